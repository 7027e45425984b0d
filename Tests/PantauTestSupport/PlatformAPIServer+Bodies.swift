import Foundation
import PantauModel

extension PlatformAPIServer {
    /// Answer bodies in the documented shapes.
    enum Bodies {
        static func q(_ s: String) -> String { JSONText.quote(s) }

        static func graphTime(_ t: Int64) -> String {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "UTC")
            f.dateFormat = "yyyy-MM-dd'T'HH:mm:ssZ"
            return f.string(from: Date(timeIntervalSince1970: TimeInterval(t)))  // 2026-12-01T03:00:00+0000
        }

        static func isoTime(_ t: Int64) -> String {
            let f = ISO8601DateFormatter()
            return f.string(from: Date(timeIntervalSince1970: TimeInterval(t)))  // 2026-12-01T03:00:00Z
        }

        static func graphError(_ code: Int, _ sub: Int?, _ message: String) -> String {
            "{\"error\":{\"message\":\(q(message)),\"type\":\"OAuthException\",\"code\":\(code)"
                + (sub.map { ",\"error_subcode\":\($0)" } ?? "") + ",\"fbtrace_id\":\"AbCdEfGh123\"}}"
        }

        static func instagramPage(_ a: Account, userID: String, start: Int, limit: Int) -> String {
            let page = a.items.dropFirst(start).prefix(limit)
            let media = page.map { m in
                "{\"id\":\(q(m.id)),\"caption\":\(q(m.text)),\"permalink\":\"https://www.instagram.com/p/\(m.id)/\","
                    + "\"timestamp\":\"\(graphTime(m.time))\",\"media_type\":\"IMAGE\",\"like_count\":\(m.likes),\"comments_count\":\(m.comments)}"
            }.joined(separator: ",")
            // Nested edges carry cursors but no "next" link.
            let paging = page.isEmpty ? "" : ",\"paging\":{\"cursors\":{\"before\":\"\(cursor(start))\",\"after\":\"\(cursor(start + page.count))\"}}"
            return "{\"business_discovery\":{\"id\":\(q(a.id)),\"username\":\(q(a.name)),\"followers_count\":\(a.followers),"
                + "\"media_count\":\(a.items.count),\"media\":{\"data\":[\(media)]\(paging)}},\"id\":\(q(userID))}"
        }

        static func instagramInsights(_ m: Item) -> String {
            let metric = { (name: String, v: Int64) in
                "{\"name\":\"\(name)\",\"period\":\"lifetime\",\"values\":[{\"value\":\(v)}],\"title\":\"\(name)\",\"id\":\"\(m.id)/insights/\(name)/lifetime\"}"
            }
            return "{\"data\":[" + [metric("views", m.views), metric("reach", m.views / 2), metric("shares", m.shares),
                                    metric("saved", m.likes / 10)].joined(separator: ",") + "]}"
        }

        static func facebookPage(_ a: Account, start: Int, limit: Int, token: String) -> String {
            let page = a.items.dropFirst(start).prefix(limit)
            let posts = page.map { p in
                "{\"id\":\"\(a.name)_\(p.id)\",\"message\":\(q(p.text)),\"permalink_url\":\"https://www.facebook.com/\(a.name)/posts/\(p.id)\","
                    + "\"created_time\":\"\(graphTime(p.time))\"" + (p.shares > 0 ? ",\"shares\":{\"count\":\(p.shares)}" : "")
                    + ",\"reactions\":{\"data\":[],\"summary\":{\"total_count\":\(p.likes),\"viewer_reaction\":\"NONE\"}}"
                    + ",\"comments\":{\"data\":[],\"summary\":{\"order\":\"ranked\",\"total_count\":\(p.comments),\"can_comment\":false}}}"
            }.joined(separator: ",")
            var paging = ""
            if !page.isEmpty {
                paging = ",\"paging\":{\"cursors\":{\"before\":\"\(cursor(start))\",\"after\":\"\(cursor(start + page.count))\"}"
                if start + page.count < a.items.count {
                    // The documented next link repeats the token in its query.
                    paging += ",\"next\":\"https://graph.facebook.com/v23.0/\(a.name)/posts?access_token=\(token)&limit=\(limit)&after=\(cursor(start + page.count))\""
                }
                paging += "}"
            }
            return "{\"data\":[\(posts)]\(paging)}"
        }

        static func youtubeError(_ status: Int, reason: String, domain: String, message: String, detail: String? = nil) -> TestHTTPServer.Reply {
            var body = "{\"error\":{\"code\":\(status),\"message\":\(q(message)),\"errors\":[{\"message\":\(q(message)),\"domain\":\"\(domain)\",\"reason\":\"\(reason)\"}]"
            if let detail {
                body += ",\"status\":\"INVALID_ARGUMENT\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"\(detail)\",\"domain\":\"googleapis.com\"}]"
            }
            body += "}}"
            return .respond(status: status, headers: ["Content-Type": "application/json; charset=UTF-8"], body: Array(body.utf8))
        }

        static func youtubeChannel(_ a: Account?) -> String {
            guard let a else { return "{\"kind\":\"youtube#channelListResponse\",\"etag\":\"e0\",\"pageInfo\":{\"totalResults\":0,\"resultsPerPage\":5}}" }
            return "{\"kind\":\"youtube#channelListResponse\",\"etag\":\"e1\",\"pageInfo\":{\"totalResults\":1,\"resultsPerPage\":5},"
                + "\"items\":[{\"kind\":\"youtube#channel\",\"etag\":\"e2\",\"id\":\(q(a.name)),\"contentDetails\":{\"relatedPlaylists\":{\"likes\":\"\",\"uploads\":\"UU\(a.name.dropFirst(2))\"}},"
                + "\"statistics\":{\"viewCount\":\"0\",\"subscriberCount\":\"\(a.followers)\",\"hiddenSubscriberCount\":false,\"videoCount\":\"\(a.items.count)\"}}]}"
        }

        static func youtubeUploads(_ a: Account, start: Int, limit: Int) -> String {
            let page = a.items.dropFirst(start).prefix(limit)
            let items = page.map { v in
                "{\"kind\":\"youtube#playlistItem\",\"etag\":\"x\",\"id\":\"PI\(v.id)\",\"snippet\":{\"publishedAt\":\"\(isoTime(v.time + 60))\","
                    + "\"channelId\":\(q(a.name)),\"title\":\(q(v.text)),\"description\":\(q(v.text + " (deskripsi)")),"
                    + "\"resourceId\":{\"kind\":\"youtube#video\",\"videoId\":\(q(v.id))}},"
                    + "\"contentDetails\":{\"videoId\":\(q(v.id)),\"videoPublishedAt\":\"\(isoTime(v.time))\"}}"
            }.joined(separator: ",")
            let next = start + page.count < a.items.count ? ",\"nextPageToken\":\"\(cursor(start + page.count))\"" : ""
            return "{\"kind\":\"youtube#playlistItemListResponse\",\"etag\":\"p\"\(next),\"items\":[\(items)],"
                + "\"pageInfo\":{\"totalResults\":\(a.items.count),\"resultsPerPage\":\(limit)}}"
        }

        static func youtubeVideos(_ vs: [Item]) -> String {
            let items = vs.map { v in
                "{\"kind\":\"youtube#video\",\"etag\":\"v\",\"id\":\(q(v.id)),\"statistics\":{\"viewCount\":\"\(v.views)\","
                    + "\"likeCount\":\"\(v.likes)\",\"favoriteCount\":\"0\",\"commentCount\":\"\(v.comments)\"}}"
            }.joined(separator: ",")
            return "{\"kind\":\"youtube#videoListResponse\",\"etag\":\"l\",\"items\":[\(items)],\"pageInfo\":{\"totalResults\":\(vs.count),\"resultsPerPage\":\(vs.count)}}"
        }

        static func tiktokError(_ status: Int, _ code: String, _ message: String) -> TestHTTPServer.Reply {
            let body = "{\"data\":{},\"error\":{\"code\":\"\(code)\",\"message\":\(q(message)),\"log_id\":\"202612040101010000ABCDEF\"}}"
            return .respond(status: status, headers: ["Content-Type": "application/json"], body: Array(body.utf8))
        }

        /// Videos created before `cursor` (Unix milliseconds), newest first.
        static func tiktokList(_ a: Account, cursor: Int64?, max: Int) -> String {
            let older = a.items.filter { cursor == nil || $0.time * 1_000 < cursor! }
            let page = older.prefix(max)
            let videos = page.map { v in
                "{\"id\":\(q(v.id)),\"create_time\":\(v.time),\"share_url\":\"https://www.tiktok.com/@\(a.id)/video/\(v.id)\","
                    + "\"title\":\"\",\"video_description\":\(q(v.text)),\"view_count\":\(v.views),\"like_count\":\(v.likes),"
                    + "\"comment_count\":\(v.comments),\"share_count\":\(v.shares)}"
            }.joined(separator: ",")
            let next = (page.last?.time ?? 0) * 1_000
            return "{\"data\":{\"videos\":[\(videos)],\"cursor\":\(next),\"has_more\":\(older.count > page.count)},"
                + "\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"202612040101010000ABCDEF\"}}"
        }
    }
}
