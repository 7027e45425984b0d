import Foundation
import Logging
import PantauModel
import PantauPlatforms
import Synchronization

/// What the API sources share while they are crawled: the YouTube quota budget and TikTok tokens
/// renewed by a refresh. With a state file (`<database>.platforms`, mode 0600) both outlive the run
/// and are shared by every process on the same database; without one they live in memory only.
/// Tokens never go to the registry, the database or a log.
public final class PlatformSession: Sendable {
    private let quota: Mutex<YouTubeQuota>
    private let tiktok = Mutex<[String: TikTokRefresh.Tokens]>([:])
    private let file: PlatformStateFile?
    /// Until when Graph API calls wait because an answer reported usage past 80 %.
    private let graphPause = Mutex<Date?>(nil)

    public init(platforms: PlatformSettings, stateFile: String? = nil) {
        quota = Mutex(YouTubeQuota(perDay: platforms.youtube?.quotaPerDay ?? 10_000))
        file = stateFile.map(PlatformStateFile.init)
    }

    /// The state file kept beside a database file; nil for an in-memory database.
    public static func stateFile(forDatabase path: String) -> String? {
        path.isEmpty || path == ":memory:" ? nil : path + ".platforms"
    }

    /// The budget's answer for `units` at `at` (the read's time): nil to go ahead, else when to come
    /// back. With a state file the units spent are read and written under its lock, so runs that
    /// overlap share one budget; if the file cannot be used, nothing is spent (the source waits).
    public func spend(at: Date) -> ChannelReader.Spend {
        { [self] units in
            let decision: YouTubeQuota.Decision
            if let file {
                do { decision = try file.update { c in spendRecorded(units, at: at, &c) } }
                catch { return at.addingTimeInterval(3_600) }
            } else {
                decision = quota.withLock { $0.request(units, at: at) }
            }
            switch decision {
            case .spend: return nil
            case let .wait(until): return until
            case .never: return Date.distantFuture
            }
        }
    }

    private func spendRecorded(_ units: Int, at: Date, _ c: inout PlatformStateFile.Contents) -> YouTubeQuota.Decision {
        quota.withLock { q in
            let today = YouTubeQuota.pacificDay(of: at).day
            let spent = c.quotaDay == today.description ? c.quotaSpent : 0
            q = YouTubeQuota(perDay: q.perDay, burst: q.burst, day: today, spent: spent)
            let d = q.request(units, at: at)
            c.quotaDay = q.day.description
            c.quotaSpent = q.spent
            return d
        }
    }

    /// The budget as it stands (for `pantau sources`).
    public func youTubeQuota(at now: Date) -> YouTubeQuota {
        if let c = file?.read(), let day = c.quotaDay {
            let q = quota.withLock { $0 }
            let today = YouTubeQuota.pacificDay(of: now).day
            return YouTubeQuota(perDay: q.perDay, burst: q.burst, day: today, spent: day == today.description ? c.quotaSpent : 0)
        }
        return quota.withLock { $0 }
    }

    /// The Graph API usage last reported, from the state file (nil without one or before any answer).
    func graphUsageSeen() -> (percent: Int, at: Date)? {
        guard let seen = file?.read()?.graphUsage else { return nil }
        return (seen.percent, seen.at)
    }

    /// When a Graph API source (Instagram, Facebook) may be read again, if not now: usage headers
    /// count for the whole app, so one answer past 80 % holds back every Graph source of the run.
    func graphWait(_ platform: Platform, at now: Date) -> Date? {
        guard platform == .instagram || platform == .facebook else { return nil }
        return graphPause.withLock { p in p.flatMap { $0 > now ? $0 : nil } }
    }

    func note(_ usage: GraphUsage?, on platform: Platform, at now: Date) {
        guard platform == .instagram || platform == .facebook, let u = usage else { return }
        // Kept for `/metrics` (quota left); a file that cannot be written only loses that figure.
        _ = try? file?.update { $0.graphUsage = .init(percent: u.percent, at: now) }
        guard u.shouldSlowDown, u.pauseSeconds > 0 else { return }
        let until = now.addingTimeInterval(TimeInterval(u.pauseSeconds))
        graphPause.withLock { $0 = max($0 ?? until, until) }
    }

    func tiktokTokens(_ credential: String) -> TikTokRefresh.Tokens? {
        if let file, let t = try? file.update({ $0.tiktok[credential] }) {
            return TikTokRefresh.Tokens(accessToken: Secret(t.accessToken), refreshToken: Secret(t.refreshToken))
        }
        return tiktok.withLock { $0[credential] }
    }

    /// Keeps renewed tokens; a state file that cannot be written is logged (without the tokens).
    func keep(_ tokens: TikTokRefresh.Tokens, for credential: String, logger: Logger) {
        tiktok.withLock { $0[credential] = tokens }
        guard let file else { return }
        do {
            try file.update {
                $0.tiktok[credential] = .init(accessToken: tokens.accessToken.reveal, refreshToken: tokens.refreshToken.reveal,
                                              renewedAt: Date())
            }
        } catch {
            logger.error("renewed TikTok tokens not saved; the next run must renew again",
                         metadata: ["credential": "\(credential)", "problem": "\(error)"])
        }
    }
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
