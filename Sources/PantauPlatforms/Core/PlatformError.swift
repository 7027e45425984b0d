import PantauModel

/// Why a platform answer gave no posts, by what Pantau should do about it. Descriptions name the
/// platform and the problem the platform stated; they never contain a credential.
public enum PlatformError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The token or key was refused as expired, revoked or invalid (Graph 190, TikTok
    /// `access_token_invalid`, YouTube `keyInvalid`): the channel cannot be seen until it is renewed.
    case tokenExpired(Platform, detail: String)
    /// Too many calls (Graph 4/17/32/613 and 80001/80002, TikTok 429, YouTube rate limits).
    /// `retryAfter`: seconds, when the platform said.
    case rateLimited(Platform, retryAfter: Int?, detail: String)
    /// The YouTube project's daily quota is spent (`quotaExceeded`); it comes back at midnight Pacific time.
    case quotaExceeded(detail: String)
    /// The account does not exist, is not a professional account, or is not visible to the credential.
    case accountNotFound(Platform, account: String, detail: String)
    /// The credential lacks a permission or scope the call needs.
    case permission(Platform, detail: String)
    /// The platform failed or refused the call in another way (HTTP status and its message).
    case failed(Platform, status: Int, detail: String)
    /// The answer was not what the documented response looks like.
    case unreadable(Platform, detail: String)
    /// No answer came (timeout, connection refused…).
    case transport(Platform, detail: String)

    public var platform: Platform {
        switch self {
        case let .tokenExpired(p, _), let .rateLimited(p, _, _), let .accountNotFound(p, _, _), let .permission(p, _),
             let .failed(p, _, _), let .unreadable(p, _), let .transport(p, _): p
        case .quotaExceeded: .youtube
        }
    }

    /// The channel state this error means: token expired, rate limited (waits), or broken.
    public var channelState: ChannelState {
        switch self {
        case .tokenExpired: .tokenExpired
        case .rateLimited, .quotaExceeded: .rateLimited
        default: .broken
        }
    }

    public var description: String {
        let p = platform.displayName
        switch self {
        case let .tokenExpired(_, d): return "\(p) API: token expired or revoked — \(d)"
        case let .rateLimited(_, after, d):
            return "\(p) API: rate limited" + (after.map { ", retry in \($0) s" } ?? "") + " — \(d)"
        case let .quotaExceeded(d): return "YouTube API: daily quota spent — \(d)"
        case let .accountNotFound(_, a, d): return "\(p) API: account \"\(a)\" not found or not visible — \(d)"
        case let .permission(_, d): return "\(p) API: the credential lacks a permission — \(d)"
        case let .failed(_, status, d): return "\(p) API: HTTP \(status) — \(d)"
        case let .unreadable(_, d): return "\(p) API: unexpected answer — \(d)"
        case let .transport(_, d): return "\(p) API: \(d)"
        }
    }

    /// What a person should do, in the report's language; nil when there is nothing to do but wait.
    public func hint(_ language: Language) -> String? {
        let p = platform.displayName
        switch (self, language) {
        case (.tokenExpired(.tiktok, _), .id):
            return "Token TikTok kedaluwarsa: minta pemilik akun masuk ulang lewat TikTok Login Kit, simpan token dan refresh token baru di tempat yang disebut _settings.yaml, lalu jalankan pantau crawl lagi."
        case (.tokenExpired(.tiktok, _), .en):
            return "The TikTok token expired: have the account owner log in again through TikTok Login Kit, store the new access and refresh tokens where _settings.yaml names them, then run pantau crawl again."
        case (.tokenExpired(.youtube, _), .id):
            return "Kunci API YouTube ditolak: buat kunci baru di Google Cloud Console (YouTube Data API v3), simpan di variabel lingkungan yang disebut _settings.yaml."
        case (.tokenExpired(.youtube, _), .en):
            return "The YouTube API key was refused: create a new key in Google Cloud Console (YouTube Data API v3) and store it in the environment variable _settings.yaml names."
        case (.tokenExpired, .id):
            return "Token \(p) kedaluwarsa atau dicabut: buat token baru di Meta Business Suite (token pengguna sistem tidak kedaluwarsa), simpan di variabel lingkungan atau berkas yang disebut _settings.yaml, lalu jalankan pantau crawl lagi."
        case (.tokenExpired, .en):
            return "The \(p) token expired or was revoked: create a new one in Meta Business Suite (a system user token does not expire), store it in the environment variable or file _settings.yaml names, then run pantau crawl again."
        case (.permission, .id):
            return "Token \(p) tidak punya izin yang dibutuhkan: beri izin instagram_basic, instagram_manage_insights, pages_read_engagement (Meta) atau video.list (TikTok)."
        case (.permission, .en):
            return "The \(p) token lacks a needed permission: grant instagram_basic, instagram_manage_insights, pages_read_engagement (Meta) or video.list (TikTok)."
        case (.accountNotFound, .id):
            return "Akun tidak ditemukan: periksa \"account\" di berkas unit; akun Instagram harus akun profesional (bisnis atau kreator)."
        case (.accountNotFound, .en):
            return "Account not found: check \"account\" in the unit file; an Instagram account must be a professional (business or creator) account."
        default:
            return nil
        }
    }
}
