import Foundation
import Hummingbird
import HummingbirdTesting
@testable import PantauServer
import Testing

/// The JSON API in process: filters, cursor paging, errors, the OpenAPI document against the router.
@Suite(.serialized) struct APITests {
    struct PostPage: Decodable {
        struct Post: Decodable {
            let id: Int64
            let unit_id: String
            let platform: String
            let url: String?
            let matches: [Match]
        }
        struct Match: Decodable {
            let innovation_id: String
            let evidence: [String]
        }
        let posts: [Post]
        let next_cursor: String?
    }

    @Test func postsFilterByUnitInnovationWeekAndPlatformAndPageByCursor() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        let token = try await AccountAdmin.newToken(f.workspace, name: "admin")
        try await f.test { client in
            func page(_ q: String) async throws -> PostPage {
                let r = try await client.execute(uri: "/api/v1/posts" + q, method: .get, headers: bearer(token))
                #expect(r.status == .ok, "\(q): \(String(buffer: r.body))")
                return try JSONDecoder().decode(PostPage.self, from: Data(buffer: r.body))
            }
            #expect(try await page("").posts.count == 5)
            #expect(Set(try await page("?unit=polres-tuban").posts.map(\.unit_id)) == ["polres-tuban"])
            let simba = try await page("?innovation=tuban-simba").posts
            #expect(simba.count == 2)
            #expect(simba.allSatisfy { $0.matches.contains { $0.innovation_id == "tuban-simba" && !$0.evidence.isEmpty } })
            #expect(try await page("?platform=instagram").posts.map(\.url) == ["https://instagram.example/p/2"])
            #expect(try await page("?week=2026-W47").posts.count == 5)
            #expect(try await page("?week=2026-W40").posts.isEmpty)
            // Two at a time: three pages, no post twice, none lost, newest first.
            var seen: [Int64] = []
            var cursor: String? = nil
            repeat {
                let p = try await page("?limit=2" + (cursor.map { "&cursor=\($0)" } ?? ""))
                seen += p.posts.map(\.id)
                cursor = p.next_cursor
            } while cursor != nil
            #expect(seen.count == 5 && Set(seen).count == 5 && seen == seen.sorted(by: >))
            for bad in ["?week=2026-47", "?platform=myspace", "?cursor=abc"] {
                let r = try await client.execute(uri: "/api/v1/posts" + bad, method: .get, headers: bearer(token))
                #expect(r.status == .badRequest, "\(bad)")
            }
            #expect(try await client.execute(uri: "/api/v1/posts?unit=polres-nowhere", method: .get, headers: bearer(token)).status == .notFound)
        }
    }

    @Test func openAPIDocumentDescribesExactlyTheRoutedAPI() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        let routed = Set(f.dashboard.router().routes.map { "\($0.method) \($0.path)" }.filter { $0.contains("/api/v1/") }
            .map { $0.replacingOccurrences(of: "/api/v1", with: "") }
            .map { $0.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/") })
        let token = try await AccountAdmin.newToken(f.workspace, name: "admin")
        try await f.test { client in
            let r = try await client.execute(uri: "/api/v1/openapi.json", method: .get, headers: bearer(token))
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            var described: Set<String> = []
            for (path, ops) in paths { for m in ops.keys { described.insert("\(m.uppercased()) \(path)") } }
            #expect(described == routed, "described \(described.sorted()) routed \(routed.sorted())")
            #expect(!routed.isEmpty)
        }
    }

    @Test func reportAlertsSourcesAndUnitsAnswerInJSON() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        let token = try await AccountAdmin.newToken(f.workspace, name: "polda")
        try await f.test { client in
            for uri in ["/api/v1/units", "/api/v1/innovations", "/api/v1/sources", "/api/v1/alerts", "/api/v1/report?week=2026-W47",
                        "/api/v1/units/polres-gresik"] {
                let r = try await client.execute(uri: uri, method: .get, headers: bearer(token))
                #expect(r.status == .ok, "\(uri)")
                #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect((try? JSONSerialization.jsonObject(with: Data(buffer: r.body))) != nil, "\(uri) is JSON")
            }
            let sources = String(buffer: try await client.execute(uri: "/api/v1/sources", method: .get, headers: bearer(token)).body)
            #expect(sources.contains("\"state\":\"never-crawled\""), "a never-crawled channel is said as such, not as silence")
            let report = String(buffer: try await client.execute(uri: "/api/v1/report?week=2026-W47", method: .get, headers: bearer(token)).body)
            #expect(report.contains("2026-W47") && report.contains("polres-gresik"))
        }
    }

    @Test func healthReadinessAndMetrics() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .serviceUnavailable, "no summary built yet")
            let s = try #require(try await Session.login(client, "admin"))
            _ = try await s.get(client, "/")
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
            let m = String(buffer: try await client.execute(uri: "/metrics", method: .get).body)
            for name in ["pantau_http_requests_total", "pantau_http_request_duration_seconds_bucket", "pantau_fetches_total{outcome=\"ok\"}",
                         "pantau_fetch_duration_seconds_bucket", "pantau_sources{state=\"never-crawled\"} 4", "pantau_queue_depth 4",
                         "pantau_alerts_firing{rule=\"silent-innovation\"}"] {
                #expect(m.contains(name), "\(name) in /metrics")
            }
        }
    }
}
