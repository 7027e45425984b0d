import PantauModel

/// A Facebook Page through the Graph API: its posts with shares, reaction and comment totals
/// (`summary(total_count)`), and its follower count.
public struct Facebook: Sendable {
    public var api: String
    /// The page id (checked by the registry).
    public var page: String
    public var token: Secret
    public var pageSize = 25

    public static let postFields =
        "id,message,permalink_url,created_time,shares,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)"

    public init(api: String, page: String, token: Secret) {
        self.api = api
        self.page = page
        self.token = token
    }

    var auth: [PlatformRequest.SecretHeader] { [.init(name: "Authorization", value: Secret("Bearer " + token.reveal))] }

    /// The page's follower count.
    public func accountRequest() -> PlatformRequest {
        PlatformRequest(url: Query.url(api, Query.encode(page), [("fields", "id,name,followers_count")]), secretHeaders: auth, purpose: .account)
    }

    public func readAccount(_ r: PlatformResponse) -> Result<Int?, PlatformError> {
        if let e = GraphError.read(r, .facebook, account: page) { return .failure(e) }
        guard let tree = JSONTree.parse(r.body), tree.isObject else {
            return .failure(.unreadable(.facebook, detail: "the page answer is not a JSON object"))
        }
        return .success(Count.read(tree["followers_count"]))
    }

    /// One page of posts (the first when `after` is nil).
    public func postsRequest(after: String? = nil) -> PlatformRequest {
        var q = [("fields", Self.postFields), ("limit", String(pageSize))]
        if let after { q.append(("after", after)) }
        return PlatformRequest(url: Query.url(api, Query.encode(page) + "/posts", q), secretHeaders: auth, purpose: .list)
    }

    public func readPosts(_ r: PlatformResponse) -> Result<PlatformPage, PlatformError> {
        if let e = GraphError.read(r, .facebook, account: page) { return .failure(e) }
        guard let tree = JSONTree.parse(r.body), let data = tree["data"]?.array else {
            return .failure(.unreadable(.facebook, detail: "no data list"))
        }
        var out = PlatformPage(usage: GraphUsage.read(r))
        for p in data {
            guard let id = p["id"]?.string, !id.isEmpty else { continue }
            var post = Post(stableID: id, url: p["permalink_url"]?.string, text: p["message"]?.string ?? "",
                            published: p["created_time"]?.string.flatMap(APITime.parse))
            // Likes are all reactions (like, love, care…), as the page shows them.
            post.engagement = Engagement(likes: Count.read(p["reactions"]?["summary"]?["total_count"]),
                                         comments: Count.read(p["comments"]?["summary"]?["total_count"]),
                                         // Graph leaves `shares` out of a post nobody shared.
                                         shares: Count.read(p["shares"]?["count"]) ?? (p["shares"] == nil ? 0 : nil))
            out.posts.append(PlatformPost(post: post))
        }
        out.next = GraphPaging.next(tree["paging"], count: data.count, pageSize: pageSize, nested: false)
        return .success(out)
    }
}
