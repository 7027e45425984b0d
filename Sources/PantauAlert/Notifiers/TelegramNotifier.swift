import Foundation
import PantauFetch
import PantauModel

/// Sends each unit's notifications as one Telegram Bot API message.
public struct TelegramNotifier: Notifier {
    public var token: Secret
    public var chatID: String
    /// The Bot API base; a test points it at a loopback receiver.
    public var apiBase: String
    public var engine: FetchEngine
    public var language: Language
    public var zone: TimeZone
    public var key: String { "telegram \(chatID)" }

    public init(token: Secret, chatID: String, apiBase: String = "https://api.telegram.org", engine: FetchEngine,
                language: Language, zone: TimeZone) {
        self.token = token
        self.chatID = chatID
        self.apiBase = apiBase
        self.engine = engine
        self.language = language
        self.zone = zone
    }

    public func deliver(_ group: AlertNotificationGroup, unitName: String?, now: Date) async throws(AlertDeliveryError) {
        let text = TelegramMessage.text(group, unitName: unitName, language: language, zone: zone)
        let url = Secret("\(apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase)/bot\(token.reveal)/sendMessage")
        do {
            try await post(engine, url, TelegramMessage.body(chatID: chatID, text: text))
        } catch {
            // Never print the bot token.
            throw AlertDeliveryError(token.scrub(error.description))
        }
    }
}
