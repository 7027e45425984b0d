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
    var lang: Language?

    @Option(help: "Pretend the time is this (2026-11-23 or ISO 8601); default now.")
    var now: Moment?

    @Flag(help: "Send new, repeated and resolved alerts to the notifiers in _settings.yaml (stdout when none).")
    var notify = false

    @Flag(help: "Show the history of alert notifications instead.")
    var history = false

    func run() async throws {
        try await friendly {
            let workspace = try await global.openWorkspace()
            let language = global.language(lang, workspace)
            if history { return try await showHistory(workspace, language) }
            guard try await workspace.hasData() else {
                // Nothing was ever read: no alert can be true yet, and none is sent.
                if json { printJSON([Alert]()) } else { print(Reporter.noDataText(language)) }
                return
            }
            let clock = try now?.date() ?? Date()
            let alerts = try await workspace.alerts(now: clock)
            if notify {
                let reports = try await workspace.notify(alerts, now: clock)
                if json { printJSON(reports); return }
                for r in reports {
                    let errors = r.errors.isEmpty ? "" : ": " + r.errors.joined(separator: "; ")
                    print(say(language, id: "\(r.notifier): \(r.delivered) terkirim, \(r.failed) disimpan untuk dikirim lagi" + errors,
                              en: "\(r.notifier): \(r.delivered) sent, \(r.failed) kept for the next run" + errors))
                }
                return
            }
            if json { printJSON(alerts) } else {
                print(AlertText.render(alerts, registry: workspace.registry, language: language))
            }
        }
    }

    /// `--history`: what was sent to the notifiers, newest first.
    func showHistory(_ workspace: Workspace, _ language: Language) async throws {
        let events = try await workspace.alertHistory()
        if json { printJSON(events); return }
        if events.isEmpty {
            print(say(language, id: "Belum ada pemberitahuan peringatan (jalankan `pantau alerts --notify`).",
                      en: "No alert notifications yet (run `pantau alerts --notify`)."))
            return
        }
        let rows = events.map { e in
            [LocalFormat.dateTime(e.at, zone: workspace.zone, language: language), e.kind,
             e.delivered ? say(language, id: "terkirim", en: "sent") : say(language, id: "TIDAK TERKIRIM", en: "NOT SENT"),
             e.notifier, e.message + (e.error.map { "  (\($0))" } ?? "")]
        }
        print(Table.render(rows))
    }
}
