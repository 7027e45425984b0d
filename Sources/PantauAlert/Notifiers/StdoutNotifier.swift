import Foundation
import PantauModel

/// Prints notifications to standard output (the default when no target is configured).
public struct StdoutNotifier: Notifier {
    public var language: Language
    public var zone: TimeZone
    public var key: String { "stdout" }

    public init(language: Language, zone: TimeZone) {
        self.language = language
        self.zone = zone
    }

    public func deliver(_ group: AlertNotificationGroup, unitName: String?, now: Date) async throws(AlertDeliveryError) {
        print(TelegramMessage.text(group, unitName: unitName, language: language, zone: zone))
    }
}
