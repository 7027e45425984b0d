import Foundation
import PantauFetch
import PantauModel

/// Sends each unit's notifications as an e-mail over SMTP (libcurl), e.g. url smtp://mail.example:587.
public struct EmailNotifier: Notifier {
    /// smtp://user:password@host:587: may hold a password, so it is a `Secret`.
    public var url: Secret
    public var from: String
    public var to: [String]
    public var language: Language
    public var zone: TimeZone
    public var key: String { "email \(to.joined(separator: ","))" }

    public init(url: String, from: String, to: [String], language: Language, zone: TimeZone) {
        self.url = Secret(url)
        self.from = from
        self.to = to
        self.language = language
        self.zone = zone
    }

    public func deliver(_ group: AlertNotificationGroup, unitName: String?, now: Date) async throws(AlertDeliveryError) {
        let message: String
        do {
            message = try EmailMessage.render(group, unitName: unitName, from: from, to: to, language: language, zone: zone,
                                              now: now, messageID: "\(UUID().uuidString)@pantau")
        } catch {
            throw AlertDeliveryError("e-mail not sent: \(error)")
        }
        var last = ""
        for attempt in 1...3 {
            if let problem = await SMTPSender.send(url: url.reveal, from: from, to: to, message: Array(message.utf8)) {
                last = url.scrub(problem)
                if attempt < 3 { try? await Task.sleep(for: .milliseconds(250 << attempt)) }
            } else {
                return
            }
        }
        throw AlertDeliveryError("\(url.redactedURL): \(last)")
    }
}
