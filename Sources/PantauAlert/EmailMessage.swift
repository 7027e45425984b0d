import Foundation
import PantauModel

/// An RFC 5322 e-mail for one unit's notifications, ready for SMTP (CRLF line ends, UTF-8 subject
/// as an encoded word, base64 body). Addresses are checked so that no header can be injected.
public enum EmailMessage {
    public static func render(_ g: AlertNotificationGroup, unitName: String?, from: String, to: [String],
                              language: Language, zone: TimeZone, now: Date, messageID: String) throws(AlertError) -> String {
        let sender = try address(from, field: "alerts.from")
        guard !to.isEmpty else { throw .invalidAddress(field: "alerts.to", value: "") }
        var rcpts: [String] = []
        for (i, a) in to.enumerated() { rcpts.append(try address(a, field: "alerts.to[\(i)]")) }
        let subject = AlertText.headline(g, unitName: unitName, language)
        var body = subject + "\n\n"
        for n in g.notifications { body += "- " + AlertText.line(n, language, zone: zone) + "\n" }
        body += "\n" + AlertText.t(language, "Dikirim oleh Pantau, \(LocalFormat.dateTime(now, zone: zone, language: language)).",
                                   "Sent by Pantau, \(LocalFormat.dateTime(now, zone: zone, language: language)).") + "\n"
        let id = messageID.unicodeScalars.filter { $0.isASCII && $0.value > 0x20 && $0 != "<" && $0 != ">" }
        let headers = [
            "From: \(sender)",
            "To: \(rcpts.joined(separator: ", "))",
            "Subject: \(encodedWord(subject))",
            "Date: \(rfc5322Date(now))",
            "Message-ID: <\(String(String.UnicodeScalarView(id)))>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
        ]
        let encoded = Data(body.replacingOccurrences(of: "\n", with: "\r\n").utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + encoded + "\r\n"
    }

    /// The bare address when it is a plain `local@domain` without spaces, line breaks, commas or
    /// angle brackets.
    static func address(_ raw: String, field: String) throws(AlertError) -> String {
        let a = raw.trimmingCharacters(in: .whitespaces)
        let bad = a.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || ",;<>\"()[]\\".unicodeScalars.contains($0) }
        let parts = a.split(separator: "@", omittingEmptySubsequences: false)
        guard !bad, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else {
            throw .invalidAddress(field: field, value: raw)
        }
        return a
    }

    /// `=?UTF-8?B?…?=` words of at most 75 characters each, folded onto continuation lines.
    static func encodedWord(_ s: String) -> String {
        if s.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) && s.count <= 70 { return s }
        var words: [String] = []
        var chunk = ""
        for ch in s {
            if (chunk + String(ch)).utf8.count > 45 { words.append(chunk); chunk = "" }
            chunk.append(ch)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }

    /// "Mon, 23 Nov 2026 01:00:00 +0000" (always UTC, English names as RFC 5322 requires).
    static func rfc5322Date(_ d: Date) -> String {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        let p = c.dateComponents([.year, .month, .day, .weekday, .hour, .minute, .second], from: d)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d +0000", days[p.weekday! - 1], p.day!, months[p.month! - 1],
                      p.year!, p.hour!, p.minute!, p.second!)
    }
}
