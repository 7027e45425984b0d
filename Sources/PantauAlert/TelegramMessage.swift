import Foundation
import PantauModel

/// Telegram Bot API `sendMessage` for one unit's notifications: plain text (no parse mode, so feed
/// or registry text cannot inject markup), at most 4,096 characters.
public enum TelegramMessage {
    public static let limit = 4_096

    public static func text(_ g: AlertNotificationGroup, unitName: String?, language: Language, zone: TimeZone) -> String {
        var out = AlertText.headline(g, unitName: unitName, language)
        for (i, n) in g.notifications.enumerated() {
            let line = "\n\n" + AlertText.line(n, language, zone: zone)
            let rest = g.notifications.count - i
            let more = "\n\n" + AlertText.t(language, "… dan \(rest) lainnya", "… and \(rest) more")
            if out.count + line.count + more.count > limit {
                return out + more
            }
            out += line
        }
        return out
    }

    /// The JSON body for `POST https://api.telegram.org/bot<token>/sendMessage`.
    public static func body(chatID: String, text: String) -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? enc.encode(Body(chat_id: chatID, text: text, disable_web_page_preview: true))) ?? Data("{}".utf8)
    }

    struct Body: Encodable {
        var chat_id: String
        var text: String
        var disable_web_page_preview: Bool
    }
}
