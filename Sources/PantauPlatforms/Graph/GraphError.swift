import Foundation
import PantauModel

/// The Graph API's error answers (`{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}`)
/// read into what Pantau does next.
public enum GraphError {
    /// Codes that mean "too many calls": app (4), user (17), page (32), custom (613), and the
    /// Business Use Case limits of Pages (80001) and Instagram (80002).
    public static let rateLimitCodes: Set<Int> = [4, 17, 32, 613, 80001, 80002]

    /// The error an answer carries, or nil when it is a success. `account` names the account read.
    public static func read(_ r: PlatformResponse, _ platform: Platform, account: String) -> PlatformError? {
        if let t = r.transportProblem { return .transport(platform, detail: t) }
        let tree = JSONTree.parse(r.body)
        guard let e = tree?["error"], e.isObject else {
            if (200..<300).contains(r.status) { return nil }
            if r.status == 429 { return .rateLimited(platform, retryAfter: retryAfter(r), detail: "HTTP 429") }
            return .failed(platform, status: r.status, detail: "no error message in the answer")
        }
        let code = Count.read(e["code"]) ?? 0
        let sub = Count.read(e["error_subcode"])
        let message = Self.message(e, code: code, sub: sub)
        switch code {
        case 190, 102: return .tokenExpired(platform, detail: message)
        case _ where rateLimitCodes.contains(code):
            return .rateLimited(platform, retryAfter: GraphUsage.read(r)?.regainSeconds ?? retryAfter(r), detail: message)
        case 10, 200...299: return .permission(platform, detail: message)
        case 110, 803: return .accountNotFound(platform, account: account, detail: message)
        case 100 where sub == 33 || sub == 2207013: return .accountNotFound(platform, account: account, detail: message)
        default: return .failed(platform, status: r.status, detail: message)
        }
    }

    /// "(#190/463) Error validating access token: Session has expired …", at most 200 characters of one line.
    static func message(_ e: JSONTree, code: Int, sub: Int?) -> String {
        let text = (e["error_user_msg"]?.string ?? e["message"]?.string ?? "no message")
        let clean = String(text.map { $0.isNewline || $0.asciiValue.map { $0 < 32 } == true ? " " : $0 }.prefix(200))
        return "(#\(code)" + (sub.map { "/\($0)" } ?? "") + ") " + clean
    }

    /// Retry-After in seconds, when it is a number.
    static func retryAfter(_ r: PlatformResponse) -> Int? {
        r.header("retry-after").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.map { min(max($0, 0), 86_400) }
    }
}
