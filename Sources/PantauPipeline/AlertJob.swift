import Foundation
import PantauAlert
import PantauFetch
import PantauModel
import PantauStore

/// Evaluates alerts and sends them to every configured notifier, keeping each notifier's state in
/// the database: fire once, repeat at most every `repeat`, resolve when cleared, never lose one.
public struct AlertJob: Sendable {
    public var registry: Registry
    public var database: any AlertStore
    public var engine: FetchEngine
    public var zone: TimeZone
    /// Telegram Bot API base (tests point it at a loopback receiver).
    public var telegramBase = "https://api.telegram.org"

    public init(registry: Registry, database: any AlertStore, engine: FetchEngine) {
        self.registry = registry
        self.database = database
        self.engine = engine
        self.zone = TimeZone(identifier: registry.settings.timezone) ?? ISOWeek.jakarta
    }

    public struct Report: Sendable, Codable {
        public var notifier: String
        public var delivered: Int
        public var failed: Int
        public var errors: [String]
    }

    /// The notifiers the settings name (stdout when none is configured).
    public func notifiers() -> [(any Notifier, Seconds)] {
        let lang = registry.settings.language
        if registry.settings.alerts.isEmpty { return [(StdoutNotifier(language: lang, zone: zone), 86_400)] }
        return registry.settings.alerts.compactMap { t -> (any Notifier, Seconds)? in
            switch t.kind {
            case .stdout: return (StdoutNotifier(language: lang, zone: zone), t.repeatEvery)
            case .webhook: return (WebhookNotifier(url: t.url!.reveal, engine: engine, language: lang, zone: zone), t.repeatEvery)
            case .telegram:
                return (TelegramNotifier(token: t.token!, chatID: t.chatID!, apiBase: t.url?.reveal ?? telegramBase,
                                         engine: engine, language: lang, zone: zone), t.repeatEvery)
            case .email:
                return (EmailNotifier(url: t.url!.reveal, from: t.from!, to: t.to, language: lang, zone: zone), t.repeatEvery)
            }
        }
    }

    /// Runs the lifecycle for every notifier with the alerts that hold now.
    public func run(alerts: [Alert], now: Date) async throws -> [Report] {
        var reports: [Report] = []
        for (notifier, repeatEvery) in notifiers() {
            let previous = try await database.alertStates(notifier: notifier.key)
            let o = await AlertDispatcher.dispatch(previous: previous, current: alerts, notifier: notifier, now: now,
                                                   repeatEvery: repeatEvery, unitName: { registry.unit($0)?.name },
                                                   language: registry.settings.language)
            let events = o.events.map {
                AlertEvent(at: $0.at, notifier: notifier.key, fingerprint: $0.fingerprint, unitID: $0.unitID, kind: $0.kind,
                           delivered: $0.delivered, error: $0.error, message: $0.message)
            }
            try await database.saveAlertStates(notifier: notifier.key, o.states, events: events)
            reports.append(Report(notifier: notifier.key, delivered: o.delivered.reduce(0) { $0 + $1.notifications.count },
                                  failed: o.failed.reduce(0) { $0 + $1.group.notifications.count },
                                  errors: o.failed.map(\.error)))
        }
        return reports
    }
}
