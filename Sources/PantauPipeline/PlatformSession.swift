import Foundation
import PantauModel
import PantauPlatforms
import Synchronization

/// What the API sources of one process share while they are crawled: the YouTube quota budget and
/// TikTok tokens renewed during the run (kept in memory only: never in the registry, the database
/// or a log).
public final class PlatformSession: Sendable {
    private let quota: Mutex<YouTubeQuota>
    private let tiktok = Mutex<[String: TikTokRefresh.Tokens]>([:])

    public init(platforms: PlatformSettings) {
        quota = Mutex(YouTubeQuota(perDay: platforms.youtube?.quotaPerDay ?? 10_000))
    }

    /// The budget's answer for `units` at `at` (the read's time): nil to go ahead, else when to come back.
    public func spend(at: Date) -> ChannelReader.Spend {
        { [self] units in
            switch quota.withLock({ $0.request(units, at: at) }) {
            case .spend: nil
            case let .wait(until): until
            case .never: Date.distantFuture
            }
        }
    }

    /// The budget as it stands (for `pantau sources`).
    public var youTubeQuota: YouTubeQuota { quota.withLock { $0 } }

    func tiktokTokens(_ credential: String) -> TikTokRefresh.Tokens? { tiktok.withLock { $0[credential] } }

    func keep(_ tokens: TikTokRefresh.Tokens, for credential: String) { tiktok.withLock { $0[credential] = tokens } }
}

extension PlatformSettings {
    /// Every credential value, to scrub from text quoted from an answer before it is stored or shown.
    var allSecrets: [Secret] {
        var out: [Secret] = []
        out += (instagram?.credentials ?? []).map(\.token) + (facebook?.credentials ?? []).map(\.token)
        if let y = youtube { out.append(y.key) }
        for c in tiktok?.credentials ?? [] {
            out.append(c.token)
            if let r = c.refresh { out += [r.refreshToken, r.clientKey, r.clientSecret] }
        }
        return out
    }
}
