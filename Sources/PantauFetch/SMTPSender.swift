import CCurl
import Foundation

/// Sends one message over SMTP with libcurl (smtp:// or smtps://, STARTTLS when offered).
public enum SMTPSender {
    /// Returns nil when the server accepted the message, else the problem.
    public static func send(url: String, from: String, to: [String], message: [UInt8], timeout: Int = 30) async -> String? {
        await withCheckedContinuation { cont in
            Thread {
                cont.resume(returning: sendBlocking(url: url, from: from, to: to, message: message, timeout: timeout))
            }.start()
        }
    }

    static func sendBlocking(url: String, from: String, to: [String], message: [UInt8], timeout: Int) -> String? {
        CurlGlobal.ensureInitialised()
        guard url.lowercased().hasPrefix("smtp://") || url.lowercased().hasPrefix("smtps://") else {
            return "not an smtp:// or smtps:// URL: \(url)"
        }
        guard let h = curl_easy_init() else { return "cannot create transfer" }
        defer { curl_easy_cleanup(h) }
        var rcpt: UnsafeMutablePointer<curl_slist>?
        for a in to { rcpt = curl_slist_append(rcpt, "<\(a)>") }
        defer { curl_slist_free_all(rcpt) }
        let reader = MessageReader(message)
        let box = Unmanaged.passRetained(reader)
        defer { box.release() }
        _ = pantau_easy_setopt_string(h, CURLOPT_URL, url)
        _ = pantau_easy_setopt_string(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps")
        _ = pantau_easy_setopt_string(h, CURLOPT_MAIL_FROM, "<\(from)>")
        _ = pantau_easy_setopt_slist(h, CURLOPT_MAIL_RCPT, rcpt)
        _ = pantau_easy_setopt_long(h, CURLOPT_UPLOAD, 1)
        _ = pantau_easy_setopt_long(h, CURLOPT_USE_SSL, Int(CURLUSESSL_TRY.rawValue))
        _ = pantau_easy_setopt_long(h, CURLOPT_TIMEOUT, timeout)
        _ = pantau_easy_setopt_long(h, CURLOPT_CONNECTTIMEOUT, 10)
        _ = pantau_easy_setopt_long(h, CURLOPT_NOSIGNAL, 1)
        _ = pantau_easy_setopt_write_cb(h, CURLOPT_READFUNCTION, smtpRead)
        _ = pantau_easy_setopt_pointer(h, CURLOPT_READDATA, box.toOpaque())
        let code = curl_easy_perform(h)
        return code == CURLE_OK ? nil : String(cString: curl_easy_strerror(code))
    }
}

/// Hands the message to curl in pieces.
final class MessageReader {
    let bytes: [UInt8]
    var offset = 0
    init(_ b: [UInt8]) { bytes = b }
}

private let smtpRead: pantau_curl_write_cb = { ptr, size, count, user in
    guard let ptr, let user else { return 0 }
    let r = Unmanaged<MessageReader>.fromOpaque(user).takeUnretainedValue()
    let n = min(size * count, r.bytes.count - r.offset)
    guard n > 0 else { return 0 }
    r.bytes.withUnsafeBytes { src in
        UnsafeMutableRawPointer(ptr).copyMemory(from: src.baseAddress! + r.offset, byteCount: n)
    }
    r.offset += n
    return n
}
