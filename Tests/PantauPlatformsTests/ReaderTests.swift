import Foundation
import PantauModel
import PantauPlatforms
import Testing

/// The pure parts: times, bounded counts, usage headers, error codes, and what may be logged.
@Suite struct ReaderTests {
    func response(_ body: String, status: Int = 200, headers: [(String, String)] = []) -> PlatformResponse {
        PlatformResponse(status: status, headers: headers.map { ($0.0.lowercased(), $0.1) }, body: Array(body.utf8))
    }

    @Test func apiTimesInEveryPlatformsSpelling() {
        let t = Date(timeIntervalSince1970: 1_714_557_600)  // 2024-05-01 10:00:00 UTC
        #expect(APITime.parse("2024-05-01T10:00:00+0000") == t)
        #expect(APITime.parse("2024-05-01T17:00:00+0700") == t)
        #expect(APITime.parse("2024-05-01T17:00:00+07:00") == t)
        #expect(APITime.parse("2024-05-01T10:00:00Z") == t)
        #expect(APITime.parse("2024-05-01T10:00:00.500Z") == t.addingTimeInterval(0.5))
        for bad in ["", "2024-05-01", "2024-13-01T10:00:00Z", "2024-05-01T10:00:00", "2024-05-01T10:00:00+07", "yesterday"] {
            #expect(APITime.parse(bad) == nil, "\(bad)")
        }
        #expect(APITime.unix(1_714_557_600) == t)
        #expect(APITime.unix(-5) == nil && APITime.unix(99_999_999_999) == nil)
    }

    @Test func countsOutsideZeroToTenToTheFifteenAreUnknown() {
        let tree = JSONTree.parse(Array(#"{"a":12,"b":"34","c":-1,"d":1000000000000001,"e":1e300,"f":"x","g":true,"h":1000000000000000}"#.utf8))!
        #expect(Count.read(tree["a"]) == 12)
        #expect(Count.read(tree["b"]) == 34)  // YouTube's counts are strings
        #expect(Count.read(tree["c"]) == nil)
        #expect(Count.read(tree["d"]) == nil)
        #expect(Count.read(tree["e"]) == nil)
        #expect(Count.read(tree["f"]) == nil)
        #expect(Count.read(tree["g"]) == nil)
        #expect(Count.read(tree["h"]) == 1_000_000_000_000_000)
    }

    @Test func graphUsageHeadersTakeTheHighestPercentage() {
        let r = response("{}", headers: [
            ("X-App-Usage", #"{"call_count":28,"total_time":25,"total_cputime":25}"#),
            ("X-Business-Use-Case-Usage", #"{"112233":[{"type":"pages","call_count":91,"total_cputime":10,"total_time":12,"estimated_time_to_regain_access":0}]}"#),
        ])
        let u = GraphUsage.read(r)
        #expect(u == GraphUsage(percent: 91))
        #expect(u?.shouldSlowDown == true && u?.pauseSeconds == 33)
        let blocked = GraphUsage.read(response("{}", headers: [
            ("X-Business-Use-Case-Usage", #"{"1":[{"type":"instagram","call_count":100,"total_cputime":1,"total_time":1,"estimated_time_to_regain_access":19}]}"#)]))
        #expect(blocked?.pauseSeconds == 19 * 60)
        #expect(GraphUsage.read(response("{}", headers: [("X-App-Usage", "not json")])) == nil)
        #expect(GraphUsage(percent: 80).shouldSlowDown == false)
    }

    @Test func graphErrorCodesMapToWhatPantauDoes() {
        func err(_ code: Int, _ sub: Int? = nil, status: Int = 400) -> PlatformError? {
            let s = sub.map { ",\"error_subcode\":\($0)" } ?? ""
            return GraphError.read(response("{\"error\":{\"message\":\"m\",\"type\":\"OAuthException\",\"code\":\(code)\(s)}}", status: status),
                                   .instagram, account: "a")
        }
        #expect(err(190, 463)?.channelState == .tokenExpired)
        for c in [4, 17, 32, 613, 80002] { #expect(err(c)?.channelState == .rateLimited, "\(c)") }
        #expect(err(10).map { if case .permission = $0 { true } else { false } } == true)
        #expect(err(110, 2207013).map { if case .accountNotFound = $0 { true } else { false } } == true)
        #expect(err(1, status: 500)?.channelState == .broken)
        #expect(GraphError.read(response("{\"data\":[]}"), .facebook, account: "a") == nil)
        #expect(GraphError.read(response("<html>", status: 502), .facebook, account: "a")?.channelState == .broken)
        #expect(GraphError.read(response("", status: 429, headers: [("Retry-After", "120")]), .facebook, account: "a")
            == .rateLimited(.facebook, retryAfter: 120, detail: "HTTP 429"))
    }

    @Test func hostileAnswersAreUnreadableNotCrashes() {
        let ig = Instagram(api: "https://graph.example/v23.0", userID: "1", username: "a", token: Secret("t"))
        for body in ["", "[]", "{\"business_discovery\":[]}", "{\"business_discovery\":{\"media\":{\"data\":[{\"id\":5},{\"nope\":1}]}}}",
                     String(repeating: "[", count: 10_000)] {
            switch ig.readMedia(response(body)) {
            case let .success((page, _)): #expect(page.posts.count <= 1)
            case let .failure(e): #expect(e.channelState == .broken)
            }
        }
        // A cursor that would break out of the field expansion ends paging.
        let evil = #"{"business_discovery":{"media":{"data":[{"id":"1"}],"paging":{"cursors":{"after":"x){id}&access_token=y"},"next":"n"}}}}"#
        #expect((try? ig.readMedia(response(evil)).get())?.page.next == nil)
    }

    @Test func credentialsNeverSitInURLsOrDescriptions() {
        let token = Secret("EAAG-very-secret-token")
        let key = Secret("AIza-very-secret-key")
        let refresh = TikTokCredential.Refresh(refreshToken: Secret("rft.secret-refresh"), clientKey: Secret("ck-secret"),
                                               clientSecret: Secret("cs-very-secret"))
        let requests = [
            Instagram(api: "https://g/v23.0", userID: "178", username: "polrestuban", token: token).mediaRequest(after: "QVFI"),
            Instagram(api: "https://g/v23.0", userID: "178", username: "polrestuban", token: token).insightsRequest(mediaID: "9"),
            Facebook(api: "https://g/v23.0", page: "100", token: token).postsRequest(after: "QVFI"),
            YouTube(api: "https://y/v3", key: key).channelRequest(channelID: "UC1"),
        ] + YouTube(api: "https://y/v3", key: key).statisticsRequests(videoIDs: ["a", "b"]) + [
            TikTok(api: "https://t/v2", account: "a", token: token).listRequest(cursor: 5),
            TikTokRefresh(api: "https://t/v2", refresh: refresh).request(),
        ]
        let secrets = ["EAAG-very-secret-token", "AIza-very-secret-key", "rft.secret-refresh", "ck-secret", "cs-very-secret"]
        for r in requests {
            let shown = [r.url, r.logURL, r.description, String(describing: r), String(reflecting: r), r.headers.joined(),
                         String(decoding: r.body ?? [], as: UTF8.self)]
            for s in secrets { #expect(!shown.contains { $0.contains(s) }, "\(r.purpose) shows \(s)") }
            // …while what is sent carries the credential.
            let sent = r.headerLines().joined() + String(decoding: r.bodyBytes() ?? [], as: UTF8.self)
            #expect(secrets.contains { sent.contains($0) })
        }
        #expect(Redaction.url("https://g/x?fields=a&access_token=EAAG-1&after=c") == "https://g/x?fields=a&access_token=<redacted>&after=c")
        #expect(Redaction.url("https://y/v3/videos?key=AIza#frag") == "https://y/v3/videos?key=<redacted>#frag")
        #expect(Redaction.text("token EAAG-1234 here", removing: [Secret("EAAG-1234")]) == "token <redacted> here")
    }

    @Test func businessDiscoveryRequestIsTheDocumentedFieldExpansion() {
        let ig = Instagram(api: "https://graph.facebook.com/v23.0", userID: "17841405309211844", username: "bluebottle", token: Secret("t"))
        let url = ig.mediaRequest(after: "QVFIabc").url
        let fields = URLComponents(string: url)!.queryItems!.first { $0.name == "fields" }!.value!
        #expect(url.hasPrefix("https://graph.facebook.com/v23.0/17841405309211844?fields="))
        #expect(fields == "business_discovery.username(bluebottle){id,username,followers_count,media_count,media.after(QVFIabc).limit(25)"
            + "{id,caption,permalink,timestamp,media_type,like_count,comments_count}}")
    }
}
