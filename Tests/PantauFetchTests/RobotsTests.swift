import Foundation
import PantauFetch
import PantauTestSupport
import Testing

@Suite struct RobotsTxtTests {
    let text = """
    User-agent: *
    Disallow: /admin/
    Crawl-delay: 5

    User-agent: Pantau
    User-agent: OtherBot
    Disallow: /private
    Allow: /private/berita
    Disallow: /*.pdf$
    Crawl-delay: 120
    """

    @Test func ourGroupWinsOverStar() {
        let r = RobotsTxt(parsing: text, agent: "Pantau")
        #expect(r.allows("/admin/x"))  // the * group does not apply to us
        #expect(r.allows("/private") == false)
        #expect(r.allows("/private/berita/1"))
        #expect(r.allows("/laporan.pdf") == false)
        #expect(r.allows("/laporan.pdf?x=1"))
        #expect(r.crawlDelay == 120)
    }

    @Test func starGroupForOthers() {
        let r = RobotsTxt(parsing: text, agent: "SomeCrawler")
        #expect(r.allows("/admin/x") == false)
        #expect(r.allows("/private"))
        #expect(r.crawlDelay == 5)
    }

    @Test func emptyDisallowAllowsEverything() {
        let r = RobotsTxt(parsing: "User-agent: *\nDisallow:\n", agent: "Pantau")
        #expect(r.allows("/anything"))
    }
}

@Suite struct RobotsCacheTests {
    @Test func verdictsFromServer() async throws {
        let server = try TestHTTPServer { req in
            switch req.path {
            case "/robots.txt": .text("User-agent: *\nDisallow: /feed-secret\n", type: "text/plain")
            default: .text("ok")
            }
        }
        var c = FetchConfig()
        c.delayMillis = 0
        let cache = RobotsCache(engine: FetchEngine(config: c))
        #expect(await cache.check(server.baseURL + "/feed.xml") == .allowed)
        #expect(await cache.check(server.baseURL + "/feed-secret") == .disallowed)
        #expect(server.requests.filter { $0.path == "/robots.txt" }.count == 1)
    }

    @Test func missingRobotsAllowsAndErrorMeansLater() async throws {
        let missing = try TestHTTPServer { _ in .respond(status: 404) }
        let failing = try TestHTTPServer { _ in .respond(status: 503) }
        var c = FetchConfig()
        c.delayMillis = 0
        let cache = RobotsCache(engine: FetchEngine(config: c))
        #expect(await cache.check(missing.baseURL + "/feed.xml") == .allowed)
        if case .unavailable = await cache.check(failing.baseURL + "/feed.xml") {} else {
            Issue.record("a 503 for robots.txt must mean: try later")
        }
    }
}
