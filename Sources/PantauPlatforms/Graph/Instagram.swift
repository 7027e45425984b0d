import PantauModel

/// Instagram through the Graph API's Business Discovery: another professional account's media, read
/// with the credential of a monitoring professional account (`user_id`), and media insights when the
/// credential belongs to the account itself.
public struct Instagram: Sendable {
    public var api: String
    /// The monitoring account's IG user id (the credential's `user_id`).
    public var userID: String
    /// The account read (a username, checked by the registry).
    public var username: String
    public var token: Secret
    /// Media per page (Graph's default is 25).
    public var pageSize = 25

    public static let mediaFields = "id,caption,permalink,timestamp,media_type,like_count,comments_count"
    public static let insightMetrics = "views,reach,shares,saved"

    public init(api: String, userID: String, username: String, token: Secret) {
        self.api = api
        self.userID = userID
        // Only the characters a username may have reach the field expansion (the registry checks
        // accounts already; this keeps a stray ")" or "{" from changing the query).
        self.username = username.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_") }
        self.token = token
    }

    var auth: [PlatformRequest.SecretHeader] { [.init(name: "Authorization", value: Secret("Bearer " + token.reveal))] }

    /// One page of the account's media (the first when `after` is nil), with its follower count.
    public func mediaRequest(after: String? = nil) -> PlatformRequest {
        let page = after.map { "media.after(\($0)).limit(\(pageSize))" } ?? "media.limit(\(pageSize))"
        let fields = "business_discovery.username(\(username)){id,username,followers_count,media_count,\(page){\(Self.mediaFields)}}"
        return PlatformRequest(url: Query.url(api, Query.encode(userID), [("fields", fields)]), secretHeaders: auth, purpose: .list)
    }

    /// Reads a media page: posts with likes and comments, the next cursor, followers, and whether the
    /// account read is the credential's own (`ownAccount`: then insights may be read).
    public func readMedia(_ r: PlatformResponse) -> Result<(page: PlatformPage, ownAccount: Bool), PlatformError> {
        if let e = GraphError.read(r, .instagram, account: username) { return .failure(e) }
        guard let bd = JSONTree.parse(r.body)?["business_discovery"], bd.isObject else {
            return .failure(.unreadable(.instagram, detail: "no business_discovery object"))
        }
        var page = PlatformPage(followers: Count.read(bd["followers_count"]), usage: GraphUsage.read(r))
        let media = bd["media"]
        for m in media?["data"]?.array ?? [] {
            guard let id = m["id"]?.string, !id.isEmpty else { continue }
            let caption = m["caption"]?.string ?? ""
            var post = Post(stableID: id, url: m["permalink"]?.string, text: caption,
                            published: m["timestamp"]?.string.flatMap(APITime.parse))
            post.engagement = Engagement(likes: Count.read(m["like_count"]), comments: Count.read(m["comments_count"]))
            page.posts.append(PlatformPost(post: post, mediaType: m["media_type"]?.string))
        }
        let listed = media?["data"]?.array?.count ?? 0
        page.next = GraphPaging.next(media?["paging"], count: listed, pageSize: pageSize, nested: true)
        let own = bd["id"]?.string == userID
        return .success((page, own))
    }

    /// Lifetime insights of one media object (only for the credential's own account).
    public func insightsRequest(mediaID: String) -> PlatformRequest {
        PlatformRequest(url: Query.url(api, "\(Query.encode(mediaID))/insights", [("metric", Self.insightMetrics)]),
                        secretHeaders: auth, purpose: .insights)
    }

    /// Reads insights into views, reach, shares and saves (each nil when absent).
    public func readInsights(_ r: PlatformResponse) -> Result<Insights, PlatformError> {
        if let e = GraphError.read(r, .instagram, account: username) { return .failure(e) }
        guard let data = JSONTree.parse(r.body)?["data"]?.array else {
            return .failure(.unreadable(.instagram, detail: "no insights data"))
        }
        var out = Insights()
        for metric in data {
            // Older versions give values[0].value, newer ones total_value.value.
            let v = Count.read(metric["total_value"]?["value"]) ?? Count.read(metric["values"]?.array?.first?["value"])
            switch metric["name"]?.string {
            case "views": out.views = v
            case "reach": out.reach = v
            case "shares": out.shares = v
            case "saved": out.saves = v
            default: break
            }
        }
        return .success(out)
    }

    public struct Insights: Sendable, Hashable {
        public var views: Int?
        public var reach: Int?
        public var shares: Int?
        public var saves: Int?
        public init(views: Int? = nil, reach: Int? = nil, shares: Int? = nil, saves: Int? = nil) {
            self.views = views
            self.reach = reach
            self.shares = shares
            self.saves = saves
        }
    }
}
