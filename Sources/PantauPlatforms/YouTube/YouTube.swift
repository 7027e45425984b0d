import PantauModel

/// YouTube Data API v3 with an API key: a channel's uploads (for `kind: api`) and the statistics of
/// videos (for every YouTube source), 50 ids a call. Every call here costs 1 quota unit.
public struct YouTube: Sendable {
    public var api: String
    public var key: Secret
    /// Most ids `videos.list` takes in one call.
    public static let batch = 50
    public static let unitsPerCall = 1

    public init(api: String, key: Secret) {
        self.api = api
        self.key = key
    }

    var auth: [PlatformRequest.SecretHeader] { [.init(name: "X-Goog-Api-Key", value: key)] }

    /// The channel's uploads playlist and subscriber count.
    public func channelRequest(channelID: String) -> PlatformRequest {
        PlatformRequest(url: Query.url(api, "channels", [("part", "contentDetails,statistics"), ("id", channelID)]),
                        secretHeaders: auth, purpose: .account, quotaCost: Self.unitsPerCall)
    }

    /// (uploads playlist id, subscribers — nil when the channel hides them).
    public func readChannel(_ r: PlatformResponse, channelID: String) -> Result<(uploads: String, subscribers: Int?), PlatformError> {
        if let e = YouTubeError.read(r, account: channelID) { return .failure(e) }
        // An unknown channel id gives a list answer without "items".
        guard let tree = JSONTree.parse(r.body), tree.isObject else {
            return .failure(.unreadable(.youtube, detail: "the channel answer is not a JSON object"))
        }
        let items = tree["items"]?.array ?? []
        guard let ch = items.first(where: { $0["id"]?.string == channelID }) ?? items.first,
              let uploads = ch["contentDetails"]?["relatedPlaylists"]?["uploads"]?.string, Query.isPlainCursor(uploads) else {
            return .failure(.accountNotFound(.youtube, account: channelID, detail: "no such channel"))
        }
        let hidden = ch["statistics"]?["hiddenSubscriberCount"]?.bool == true
        return .success((uploads, hidden ? nil : Count.read(ch["statistics"]?["subscriberCount"])))
    }

    /// One page of the uploads playlist, newest first.
    public func uploadsRequest(playlistID: String, pageToken: String? = nil) -> PlatformRequest {
        var q = [("part", "snippet,contentDetails"), ("playlistId", playlistID), ("maxResults", String(Self.batch))]
        if let pageToken { q.append(("pageToken", pageToken)) }
        return PlatformRequest(url: Query.url(api, "playlistItems", q), secretHeaders: auth, purpose: .uploads,
                               quotaCost: Self.unitsPerCall)
    }

    /// Videos of an uploads page (no counts yet: those come from `statisticsRequests`).
    public func readUploads(_ r: PlatformResponse, channelID: String) -> Result<PlatformPage, PlatformError> {
        if let e = YouTubeError.read(r, account: channelID) { return .failure(e) }
        guard let tree = JSONTree.parse(r.body), let items = tree["items"]?.array else {
            return .failure(.unreadable(.youtube, detail: "no items list"))
        }
        var page = PlatformPage()
        for it in items {
            guard let id = it["contentDetails"]?["videoId"]?.string ?? it["snippet"]?["resourceId"]?["videoId"]?.string,
                  Query.isPlainCursor(id) else { continue }
            let sn = it["snippet"]
            let published = (it["contentDetails"]?["videoPublishedAt"]?.string ?? sn?["publishedAt"]?.string).flatMap(APITime.parse)
            let post = Post(stableID: "yt:video:" + id, url: "https://www.youtube.com/watch?v=" + id, title: sn?["title"]?.string,
                            text: sn?["description"]?.string ?? "", published: published)
            page.posts.append(PlatformPost(post: post, mediaType: "VIDEO"))
        }
        page.next = tree["nextPageToken"]?.string.flatMap { items.isEmpty || !Query.isPlainCursor($0) ? nil : $0 }
        return .success(page)
    }

    /// `videos.list?part=statistics` calls for `ids`, 50 a call, in order (duplicates dropped).
    public func statisticsRequests(videoIDs ids: [String]) -> [PlatformRequest] {
        var seen = Set<String>()
        let unique = ids.filter { Query.isPlainCursor($0) && seen.insert($0).inserted }
        return stride(from: 0, to: unique.count, by: Self.batch).map { i in
            let chunk = unique[i..<min(i + Self.batch, unique.count)]
            return PlatformRequest(url: Query.url(api, "videos", [("part", "statistics"), ("id", chunk.joined(separator: ",")),
                                                                  ("maxResults", String(Self.batch))]),
                                   secretHeaders: auth, purpose: .statistics, quotaCost: Self.unitsPerCall)
        }
    }

    /// Counters by video id. Ids YouTube left out (deleted or private videos) are simply absent;
    /// a hidden like count reads as nil.
    public func readStatistics(_ r: PlatformResponse) -> Result<[String: Engagement], PlatformError> {
        if let e = YouTubeError.read(r, account: "videos") { return .failure(e) }
        guard let items = JSONTree.parse(r.body)?["items"]?.array else {
            return .failure(.unreadable(.youtube, detail: "no items list"))
        }
        var out: [String: Engagement] = [:]
        for it in items {
            guard let id = it["id"]?.string, let st = it["statistics"] else { continue }
            out[id] = Engagement(views: Count.read(st["viewCount"]), likes: Count.read(st["likeCount"]),
                                 comments: Count.read(st["commentCount"]))
        }
        return .success(out)
    }

    /// The video id of a stored YouTube post ("yt:video:ID" from feeds and the API, or a watch URL).
    public static func videoID(stableID: String, url: String?) -> String? {
        if stableID.hasPrefix("yt:video:") { return String(stableID.dropFirst(9)) }
        guard let url, let r = url.range(of: "watch?v=") else { return nil }
        let id = url[r.upperBound...].prefix { $0 != "&" && $0 != "#" }
        return id.isEmpty ? nil : String(id)
    }
}
