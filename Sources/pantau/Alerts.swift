import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

/// `pantau alerts`: innovations without a public post within their cadence, and broken channels.
struct Alerts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List alerts: silent innovations, website-only innovations, broken channels.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the alerts as JSON.")
    var json = false

    @Option(help: "Language: id (Bahasa Indonesia) or en.")
    var lang: String?

    @Option(help: "Pretend the time is this (2026-11-23 or ISO 8601); default now.")
    var now: String?

    func run() async throws {
        try await friendly {
            let registry = try global.loadRegistry()
            let reporter = Reporter(registry: registry, database: try global.openDatabase(registry))
            let alerts = try reporter.alerts(now: try parseNow(now) ?? Date())
            if json { printJSON(alerts) } else {
                print(AlertText.render(alerts, registry: registry, language: try parseLanguage(lang, default: registry.settings.language)))
            }
        }
    }
}

/// Alerts grouped per unit, one line each.
enum AlertText {
    static func render(_ alerts: [Alert], registry: Registry, language: Language) -> String {
        if alerts.isEmpty { return language == .id ? "Tidak ada peringatan." : "No alerts." }
        var lines = [language == .id ? "\(alerts.count) peringatan:" : "\(alerts.count) alerts:"]
        var lastUnit = ""
        for a in alerts {
            if a.unitID != lastUnit {
                lines.append("\(registry.unit(a.unitID)?.name ?? a.unitID)")
                lastUnit = a.unitID
            }
            lines.append("  [\(a.severity.rawValue)] \(a.message.text(language))")
        }
        return lines.joined(separator: "\n")
    }
}
