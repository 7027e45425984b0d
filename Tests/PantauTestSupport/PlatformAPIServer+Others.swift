import Foundation

extension PlatformAPIServer {
    static func youtube(_ path: String, _ q: [String: String], _ req: TestHTTPServer.Request, _ w: World) -> TestHTTPServer.Reply {
        guard req.headers["x-goog-api-key"] == w.youtubeKey else {
            return Bodies.youtubeError(400, reason: "badRequest", domain: "global", message: "API key not valid. Please pass a valid API key.",
                                       detail: "API_KEY_INVALID")
        }
        switch path {
        case "channels":
            let a = w.youtube.first { $0.name == q["id"] }
            let normal = { json(Bodies.youtubeChannel(a)) }
            return fault(a?.name ?? "", page: 0, w, normal) ?? normal()
        case "playlistItems":
            guard let a = w.youtube.first(where: { "UU" + $0.name.dropFirst(2) == q["playlistId"] }) else {
                return Bodies.youtubeError(404, reason: "playlistNotFound", domain: "youtube.playlistItem",
                                           message: "The playlist identified with the request's <code>playlistId</code> parameter cannot be found.")
            }
            let limit = Int(q["maxResults"] ?? "5") ?? 5
            let start = offset(q["pageToken"])
            let normal = { json(Bodies.youtubeUploads(a, start: start, limit: limit)) }
            return fault(a.name, page: start / max(limit, 1), w, normal) ?? normal()
        case "videos":
            let ids = (q["id"] ?? "").split(separator: ",").map(String.init)
            guard ids.count <= 50 else {
                return Bodies.youtubeError(400, reason: "badRequest", domain: "global", message: "Too many ids")
            }
            let all = w.youtube.flatMap(\.items)
            if let f = fault("videos", page: 0, w, { json("{}") }) { return f }
            return json(Bodies.youtubeVideos(ids.compactMap { id in all.first { $0.id == id } }))
        default:
            return .text("Not Found", status: 404, type: "text/html")
        }
    }

    static func tiktok(_ path: String, _ q: [String: String], _ req: TestHTTPServer.Request, _ w: World) -> TestHTTPServer.Reply {
        if path == "oauth/token/" { return tiktokRefresh(req, w) }
        let token = (req.headers["authorization"] ?? "").replacingOccurrences(of: "Bearer ", with: "")
        guard let a = w.tiktok.first(where: { $0.name == token }) else {
            return Bodies.tiktokError(401, "access_token_invalid", "The access token is invalid or not found in the request.")
        }
        switch path {
        case "video/list/":
            guard req.method == "POST", req.headers["content-type"]?.hasPrefix("application/json") == true,
                  let body = try? JSONSerialization.jsonObject(with: Data(req.body)) as? [String: Any] else {
                return Bodies.tiktokError(400, "invalid_params", "The request body is not valid JSON.")
            }
            let max = (body["max_count"] as? Int) ?? 10
            let cursor = (body["cursor"] as? Int64) ?? (body["cursor"] as? Int).map(Int64.init)
            let normal = { json(Bodies.tiktokList(a, cursor: cursor, max: min(max, 20))) }
            return fault(a.name, page: cursor == nil ? 0 : 1, w, normal) ?? normal()
        case "user/info/":
            return json("{\"data\":{\"user\":{\"open_id\":\"\(a.id)\",\"follower_count\":\(a.followers)}},\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"20261204010101\"}}")
        default:
            return Bodies.tiktokError(404, "invalid_params", "Unknown path")
        }
    }

    static func tiktokRefresh(_ req: TestHTTPServer.Request, _ w: World) -> TestHTTPServer.Reply {
        var form: [String: String] = [:]
        for pair in String(decoding: req.body, as: UTF8.self).split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? "" }
            if kv.count == 2 { form[kv[0]] = kv[1] }
        }
        guard form["client_key"] == w.tiktokClientKey, form["client_secret"] == w.tiktokClientSecret,
              form["grant_type"] == "refresh_token", let r = form["refresh_token"], let new = w.tiktokRefresh[r] else {
            return json("{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token is invalid or expired.\",\"log_id\":\"20261204010102\"}",
                        status: 400)
        }
        return json("{\"access_token\":\"\(new.0)\",\"expires_in\":86400,\"open_id\":\"open-1\",\"refresh_expires_in\":31536000,"
                    + "\"refresh_token\":\"\(new.1)\",\"scope\":\"user.info.basic,video.list\",\"token_type\":\"Bearer\"}")
    }
}
