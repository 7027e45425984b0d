import Foundation

extension PlatformAPIServer {
    static func cursor(_ offset: Int) -> String { "QVFIUmx" + String(offset) }
    static func offset(_ cursor: String?) -> Int { cursor.flatMap { Int($0.dropFirst(7)) } ?? 0 }

    /// `text` between `open` and the next ")" after it.
    static func between(_ text: String, _ open: String) -> String? {
        guard let r = text.range(of: open) else { return nil }
        return String(text[r.upperBound...].prefix { $0 != ")" })
    }

    static func graph(_ path: String, _ q: [String: String], _ req: TestHTTPServer.Request, _ w: World) -> TestHTTPServer.Reply {
        guard req.headers["authorization"] == "Bearer " + w.graphToken else { return graphError(190) }
        let parts = path.split(separator: "/").map(String.init)
        let fields = q["fields"] ?? ""
        var usage: [String: String] = [:]
        if case let .graphUsage(p)? = w.faults["*"] {
            usage["X-App-Usage"] = "{\"call_count\":\(p),\"total_cputime\":\(p / 2),\"total_time\":\(p / 3)}"
            usage["X-Business-Use-Case-Usage"] = "{\"112233\":[{\"type\":\"instagram\",\"call_count\":\(p),\"total_cputime\":1,\"total_time\":1,\"estimated_time_to_regain_access\":0}]}"
        }
        if parts.count == 1, parts[0] == w.igUserID, let user = between(fields, "business_discovery.username(") {
            let after = between(fields, "media.after(")
            let limit = Int(between(fields, "limit(") ?? "25") ?? 25
            guard let a = w.instagram.first(where: { $0.name == user }) else { return graphError(110) }
            let start = offset(after)
            let normal = { json(Bodies.instagramPage(a, userID: w.igUserID, start: start, limit: limit), usage) }
            return fault(user, page: start / max(limit, 1), w, normal) ?? normal()
        }
        if parts.count == 2, parts[1] == "insights" {
            guard let item = w.instagram.flatMap(\.items).first(where: { $0.id == parts[0] }) else { return graphError(100) }
            return json(Bodies.instagramInsights(item), usage)
        }
        if parts.count == 1, let a = w.facebook.first(where: { $0.name == parts[0] }) {
            let normal = { json("{\"id\":\"\(a.name)\",\"name\":\"Page \(a.name)\",\"followers_count\":\(a.followers)}", usage) }
            return fault(a.name, page: 0, w, normal) ?? normal()
        }
        if parts.count == 2, parts[1] == "posts", let a = w.facebook.first(where: { $0.name == parts[0] }) {
            let limit = Int(q["limit"] ?? "25") ?? 25
            let start = offset(q["after"])
            let normal = { json(Bodies.facebookPage(a, start: start, limit: limit, token: w.graphToken), usage) }
            return fault(a.name, page: start / max(limit, 1), w, normal) ?? normal()
        }
        return .respond(status: 404, headers: ["Content-Type": "application/json"], body: Array(Bodies.graphError(
            803, nil, "(#803) Some of the aliases you requested do not exist: \(parts.first ?? "")").utf8))
    }

    static func json(_ body: String, _ extra: [String: String] = [:], status: Int = 200) -> TestHTTPServer.Reply {
        var h = extra
        h["Content-Type"] = "application/json; charset=UTF-8"
        return .respond(status: status, headers: h, body: Array(body.utf8))
    }
}
