import ArgumentParser
import Foundation
import PantauModel

/// `pantau sources`: each channel's crawl health.
struct Sources: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show each channel's health: last success, last error, next due.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print as JSON.")
    var json = false

    func run() async throws {
        try await friendly {
            let registry = try global.loadRegistry()
            let db = try global.openDatabase(registry)
            try db.syncSources(registry.sources)
            let health = try db.health()
            if json { printJSON(health); return }
            let f = ISO8601DateFormatter()
            f.timeZone = TimeZone(identifier: registry.settings.timezone)
            func t(_ d: Date?) -> String { d.map { f.string(from: $0) } ?? "-" }
            for h in health {
                let state = h.gone ? "GONE" : h.quarantinedSince != nil ? "QUARANTINED" : h.isBroken ? "BROKEN"
                    : h.lastSuccess == nil ? "new" : "ok"
                if let q = h.quarantinedSince {
                    print("\(h.sourceID)  QUARANTINED since \(t(q)): \(SourceHealth.quarantineReason.id) "
                          + "(\(SourceHealth.quarantineReason.en)); retried after 24 h or when its content changes")
                    continue
                }
                print("\(h.sourceID)  \(state)  last ok \(t(h.lastSuccess))  next \(t(h.nextDue))  failures \(h.consecutiveFailures)"
                      + (h.lastError.map { "  error: \($0)" } ?? ""))
            }
        }
    }
}
