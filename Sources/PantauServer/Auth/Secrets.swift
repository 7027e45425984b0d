import Crypto
import Foundation
import HummingbirdBcrypt

/// Passwords (bcrypt), random tokens for cookies, CSRF and the API, and the digests stored in their place.
public enum Secrets {
    /// A bcrypt hash of a password (cost 12; tests pass a lower one to stay quick).
    public static func hashPassword(_ password: String, cost: UInt8 = 12) -> String { Bcrypt.hash(password, cost: cost) }

    public static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

    /// 32 random bytes as URL-safe text.
    public static func token() -> String {
        var g = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &g) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// What the store keeps of a cookie or API token: its SHA-256, hex.
    public static func digest(_ token: String) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in SHA256.hash(data: Data(token.utf8)) { out += [hex[Int(b >> 4)], hex[Int(b & 0x0F)]] }
        return String(decoding: out, as: UTF8.self)
    }

    /// Compares two secrets in time that does not depend on where they differ.
    public static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}
