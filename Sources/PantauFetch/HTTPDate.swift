import CCurl
import Foundation

/// HTTP dates ("Sun, 06 Nov 1994 08:49:37 GMT"), as sent in Last-Modified and Retry-After.
public enum HTTPDate {
    public static func format(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "GMT")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return f.string(from: date)
    }

    /// Parses any date format curl understands (RFC 1123, RFC 850, asctime); nil when it cannot.
    public static func parse(_ text: String) -> Date? {
        let t = curl_getdate(text, nil)
        return t > 0 ? Date(timeIntervalSince1970: TimeInterval(t)) : nil
    }
}
