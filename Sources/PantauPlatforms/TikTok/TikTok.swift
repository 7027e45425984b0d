import PantauModel

/// TikTok Display API v2: the authorising account's public videos (`/video/list/`, newest first,
/// cursor paging), its follower count (`/user/info/`), and the access-token refresh.
public struct TikTok: Sendable {
    public var api: String
    /// The account as registered (informative: the API reads the token owner's videos).
    public var account: String
    public var token: Secret
    /// Videos per page (the API's maximum is 20).
    public var pageSize = 20

    public static let videoFields =
        "id,create_time,share_url,title,video_description,view_count,like_count,comment_count,share_count"

    public init(api: String, account: String, token: Secret) {
        self.api = api
        self.account = account
        self.token = token
    }

    var auth: [PlatformRequest.SecretHeader] { [.init(name: "Authorization", value: Secret("Bearer " + token.reveal))] }

    /// One page of videos: the newest when `cursor` is nil, else those before it.
    public func listRequest(cursor: Int64? = nil) -> PlatformRequest {
        var body = "{\"max_count\":\(pageSize)"
        if let cursor { body += ",\"cursor\":\(cursor)" }
        body += "}"
        return PlatformRequest(method: .post, url: Query.url(api, "video/list/", [("fields", Self.videoFields)]),
                               headers: ["Content-Type: application/json"], secretHeaders: auth,
                               body: Array(body.utf8), purpose: .list)
    }

    /// Videos with views, likes, comments and shares; the next cursor while `has_more` is true.
    public func readList(_ r: PlatformResponse) -> Result<PlatformPage, PlatformError> {
        if let e = TikTokError.read(r) { return .failure(e) }
        guard let data = JSONTree.parse(r.body)?["data"], data.isObject else {
            return .failure(.unreadable(.tiktok, detail: "no data object"))
        }
        var page = PlatformPage()
        let videos = data["videos"]?.array ?? []
        for v in videos {
            guard let id = v["id"]?.string, !id.isEmpty else { continue }
            var post = Post(stableID: id, url: v["share_url"]?.string, title: v["title"]?.string.flatMap { $0.isEmpty ? nil : $0 },
                            text: v["video_description"]?.string ?? "", published: APITime.unix(v["create_time"]?.int))
            post.engagement = Engagement(views: Count.read(v["view_count"]), likes: Count.read(v["like_count"]),
                                         comments: Count.read(v["comment_count"]), shares: Count.read(v["share_count"]))
            page.posts.append(PlatformPost(post: post, mediaType: "VIDEO"))
        }
        if data["has_more"]?.bool == true, !videos.isEmpty, let c = data["cursor"]?.int, c > 0 { page.next = String(c) }
        return .success(page)
    }

    /// The token owner's follower count (needs the `user.info.stats` scope).
    public func accountRequest() -> PlatformRequest {
        PlatformRequest(url: Query.url(api, "user/info/", [("fields", "open_id,follower_count")]), secretHeaders: auth,
                        purpose: .account)
    }

    public func readAccount(_ r: PlatformResponse) -> Result<Int?, PlatformError> {
        if let e = TikTokError.read(r) { return .failure(e) }
        guard let user = JSONTree.parse(r.body)?["data"]?["user"], user.isObject else {
            return .failure(.unreadable(.tiktok, detail: "no data.user object"))
        }
        return .success(Count.read(user["follower_count"]))
    }
}
