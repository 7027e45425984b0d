import Foundation
import Synchronization

/// A loopback stand-in for the Graph API, the YouTube Data API and the TikTok Display API that
/// answers with the response shapes of their documentation: cursor and page-token paging, empty
/// pages, their error bodies (Graph 190 and 4/17/32/613, YouTube quotaExceeded and bad keys, TikTok
/// access_token_invalid and 429), usage headers, and slow or failing endpoints on request.
///
/// Point the `api:` settings at `graphURL`, `youtubeURL` and `tiktokURL`. Credentials are checked:
/// a request whose token or key is not the one the world holds gets the platform's token error.
public final class PlatformAPIServer: Sendable {
    /// One account's posts, newest first; `time` in Unix seconds.
    public struct Item: Sendable, Hashable {
        public var id: String
        public var text: String
        public var time: Int64
        public var likes: Int64
        public var comments: Int64
        public var shares: Int64
        public var views: Int64
        public init(id: String, text: String, time: Int64, likes: Int64 = 0, comments: Int64 = 0, shares: Int64 = 0,
                    views: Int64 = 0) {
            self.id = id
            self.text = text
            self.time = time
            self.likes = likes
            self.comments = comments
            self.shares = shares
            self.views = views
        }
    }

    public struct Account: Sendable {
        /// IG username, Facebook page id, YouTube channel id, or (TikTok) the account's access token.
        public var name: String
        /// The platform's own id of the account (IG user id; YouTube uploads playlist).
        public var id: String
        public var followers: Int64
        public var items: [Item]
        public init(name: String, id: String, followers: Int64, items: [Item]) {
            self.name = name
            self.id = id
            self.followers = followers
            self.items = items
        }
    }

    /// Something to go wrong for one account (or, with name "*", for every request).
    public enum Fault: Sendable, Hashable {
        /// Graph error of this code (190, 4, 17, 32, 613…) with its documented message.
        case graph(code: Int)
        case youtubeQuotaExceeded
        case tiktokRateLimit
        /// An HTTP status with a plain body.
        case status(Int)
        /// Closes the connection without answering.
        case reset
        /// Answers after this many seconds.
        case slow(Double)
        /// Usage headers at this percentage on every Graph answer (no error).
        case graphUsage(percent: Int)
        /// Only the first page answers; the next one fails with this fault.
        case afterFirstPage(Int)
    }

    public struct World: Sendable {
        public var graphToken = "EAAG-graph-token-0123456789"
        /// The IG user id of the monitoring professional account (credential `user_id`).
        public var igUserID = "17841400000000000"
        public var instagram: [Account] = []
        public var facebook: [Account] = []
        public var youtubeKey = "AIza-youtube-key-0123456789"
        public var youtube: [Account] = []
        public var tiktok: [Account] = []
        /// TikTok refresh: refresh token accepted → (new access token, new refresh token).
        public var tiktokRefresh: [String: (String, String)] = [:]
        public var tiktokClientKey = "tt-client-key"
        public var tiktokClientSecret = "tt-client-secret-0123456789"
        public var faults: [String: Fault] = [:]
        public init() {}
    }

    let server: TestHTTPServer
    let state: State

    final class State: Sendable {
        let world: Mutex<World>
        init(_ w: World) { world = Mutex(w) }
    }

    public init(_ world: World) throws {
        let state = State(world)
        self.state = state
        server = try TestHTTPServer { req in
            PlatformAPIServer.route(req, state.world.withLock { $0 })
        }
    }

    public var graphURL: String { server.baseURL + "/graph" }
    public var youtubeURL: String { server.baseURL + "/youtube" }
    public var tiktokURL: String { server.baseURL + "/tiktok" }
    /// Every request received, in order (to check what was sent, e.g. that no URL carries a token).
    public var requests: [TestHTTPServer.Request] { server.requests }

    public func update(_ change: (inout World) -> Void) { state.world.withLock { change(&$0) } }
    public func stop() { server.stop() }

    static func route(_ req: TestHTTPServer.Request, _ w: World) -> TestHTTPServer.Reply {
        let comps = URLComponents(string: "http://x" + req.path)
        let path = comps?.path ?? req.path
        var q: [String: String] = [:]
        for item in comps?.queryItems ?? [] { q[item.name] = item.value ?? "" }
        if path.hasPrefix("/graph/") { return graph(String(path.dropFirst(7)), q, req, w) }
        if path.hasPrefix("/youtube/") { return youtube(String(path.dropFirst(9)), q, req, w) }
        if path.hasPrefix("/tiktok/") { return tiktok(String(path.dropFirst(8)), q, req, w) }
        return .text("not found", status: 404, type: "text/plain")
    }

    /// The fault for `name` on page `page` (0 = first), if any, as a reply; nil to answer normally.
    static func fault(_ name: String, page: Int, _ w: World, _ normal: () -> TestHTTPServer.Reply) -> TestHTTPServer.Reply? {
        guard var f = w.faults[name] ?? w.faults["*"] else { return nil }
        if case let .afterFirstPage(code) = f {
            guard page > 0 else { return nil }
            f = code == 0 ? .reset : .graph(code: code)
        }
        switch f {
        case let .graph(code): return graphError(code)
        case .youtubeQuotaExceeded: return Bodies.youtubeError(403, reason: "quotaExceeded", domain: "youtube.quota",
            message: "The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.")
        case .tiktokRateLimit: return Bodies.tiktokError(429, "rate_limit_exceeded", "The API rate limit was exceeded. Please try again later.")
        case let .status(s): return .text("<html><body>\(s)</body></html>", status: s, type: "text/html")
        case .reset: return .reset
        case let .slow(seconds): return .delayed(seconds: seconds, .init(normal()))
        case .graphUsage, .afterFirstPage: return nil
        }
    }

    static func graphError(_ code: Int) -> TestHTTPServer.Reply {
        let (message, sub, status): (String, Int?, Int) = switch code {
        case 190: ("Error validating access token: Session has expired on Thursday, 03-Dec-26 23:00:00 PST. The current time is Friday, 04-Dec-26 01:00:00 PST.", 463, 400)
        case 4: ("Application request limit reached", nil, 403)
        case 17: ("User request limit reached", nil, 403)
        case 32: ("Page request limit reached", nil, 403)
        case 613: ("Calls to this api have exceeded the rate limit.", nil, 403)
        case 110: ("Invalid user id", 2207013, 400)
        default: ("An unknown error has occurred.", nil, 500)
        }
        var headers: [String: String] = ["Content-Type": "application/json; charset=UTF-8", "WWW-Authenticate": "OAuth \"Facebook Platform\""]
        if [4, 17, 32, 613].contains(code) { headers["X-App-Usage"] = "{\"call_count\":100,\"total_cputime\":34,\"total_time\":41}" }
        return .respond(status: status, headers: headers, body: Array(Bodies.graphError(code, sub, message).utf8))
    }
}
