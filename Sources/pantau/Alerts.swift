import ArgumentParser
import Foundation
import PantauFetch
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

    @Flag(help: "Send new, repeated and resolved alerts to the notifiers in _settings.yaml (stdout when none).")
    var notify = false

    @Flag(help: "Show the history of alert notifications instead.")
    var history = false

    func run() async throws {
        try await friendly {
            let registry = try global.loadRegistry()
            let db = try global.openDatabase(registry)
            let language = try parseLanguage(lang, default: registry.settings.language)
            if history {
                let events = try db.alertHistory()
                if json { printJSON(events); return }
                if events.isEmpty {
                    print(say(language, id: "Belum ada pemberitahuan peringatan (jalankan `pantau alerts --notify`).",
                              en: "No alert notifications yet (run `pantau alerts --notify`)."))
                    return
                }
                let zone = TimeZone(identifier: registry.settings.timezone) ?? ISOWeek.jakarta
                let rows = events.map { e in
                    [LocalFormat.dateTime(e.at, zone: zone, language: language), e.kind,
                     e.delivered ? say(language, id: "terkirim", en: "sent") : say(language, id: "TIDAK TERKIRIM", en: "NOT SENT"),
                     e.notifier, e.message + (e.error.map { "  (\($0))" } ?? "")]
                }
                print(Table.render(rows))
                return
            }
            let reporter = Reporter(registry: registry, database: db)
            guard try reporter.hasData() else {
                // Nothing was ever read: no alert can be true yet, and none is sent.
                if json { printJSON([Alert]()) } else { print(Reporter.noDataText(language)) }
                return
            }
            let clock = try parseNow(now) ?? Date()
            let alerts = try reporter.alerts(now: clock)
            if notify {
                let engine = FetchEngine(config: FetchConfig())
                defer { engine.shutdown() }
                let reports = try await AlertJob(registry: registry, database: db, engine: engine).run(alerts: alerts, now: clock)
                if json { printJSON(reports); return }
                for r in reports {
                    let errors = r.errors.isEmpty ? "" : ": " + r.errors.joined(separator: "; ")
                    print(say(language, id: "\(r.notifier): \(r.delivered) terkirim, \(r.failed) disimpan untuk dikirim lagi" + errors,
                              en: "\(r.notifier): \(r.delivered) sent, \(r.failed) kept for the next run" + errors))
                }
                return
            }
            if json { printJSON(alerts) } else {
                print(AlertText.render(alerts, registry: registry, language: language))
            }
        }
    }
}

/// Alerts grouped per unit, one line each.
enum AlertText {
    static func render(_ alerts: [Alert], registry: Registry, language: Language) -> String {
        if alerts.isEmpty { return language == .id ? "Tidak ada peringatan." : "No alerts." }
        var lines = [language == .id ? "\(alerts.count) peringatan:" : "\(English.count(alerts.count, "alert")):"]
        var lastUnit = ""
        for a in alerts {
            if a.unitID != lastUnit {
                lines.append("\(registry.unit(a.unitID)?.name ?? a.unitID)")
                lastUnit = a.unitID
            }
            lines.append("  [\(severityName(a.severity, language))] \(a.message.text(language))")
        }
        return lines.joined(separator: "\n")
    }

    static func severityName(_ s: AlertSeverity, _ language: Language) -> String {
        guard language == .id else { return s.rawValue }
        switch s {
        case .critical: return "kritis"
        case .warning: return "perlu perhatian"
        case .info: return "info"
        }
    }
}
