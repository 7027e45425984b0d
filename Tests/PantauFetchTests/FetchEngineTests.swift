import Foundation
import Synchronization
import PantauFetch
import PantauTestSupport
import Testing

func quickConfig(timeout: Int = 3, maxBody: Int = 1 << 20) -> FetchConfig {
    var c = FetchConfig()
    c.delayMillis = 0
    c.perHost = 4
    c.timeout = timeout
    c.maxBody = maxBody
    return c
}

@Suite struct FetchEngineTests {
    @Test func fetchesAndSendsUserAgent() async throws {
        let server = try TestHTTPServer { _ in .text("<rss/>", headers: ["ETag": "\"v1\""]) }
        let engine = FetchEngine(config: quickConfig())
        let r = await engine.fetch(FetchRequest(url: server.baseURL + "/feed"))
        #expect(r.succeeded)
        #expect(r.status == 200)
        #expect(String(decoding: r.body, as: UTF8.self) == "<rss/>")
        #expect(r.etag == "\"v1\"")
        #expect(server.requests.first?.headers["user-agent"]?.hasPrefix("Pantau/") == true)
    }

    @Test func conditionalGetGives304() async throws {
        let server = try TestHTTPServer { req in
            if req.headers["if-none-match"] == "\"v1\"" { return .respond(status: 304) }
            return .text("<rss/>", headers: ["ETag": "\"v1\"", "Last-Modified": "Mon, 16 Nov 2026 01:00:00 GMT"])
        }
        let engine = FetchEngine(config: quickConfig())
        let first = await engine.fetch(FetchRequest(url: server.baseURL + "/f"))
        let second = await engine.fetch(FetchRequest(url: server.baseURL + "/f", etag: first.etag, lastModified: first.lastModified))
        #expect(first.notModified == false)
        #expect(second.notModified)
        #expect(second.body.isEmpty)
        #expect(second.succeeded)
        #expect(server.requests.last?.headers["if-modified-since"] == "Mon, 16 Nov 2026 01:00:00 GMT")
    }

    @Test func fileURLsAndUnchangedFiles() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID()).xml")
        try "<feed/>".write(to: path, atomically: true, encoding: .utf8)
        let engine = FetchEngine(config: quickConfig())
        let r = await engine.fetch(FetchRequest(url: path.absoluteString))
        #expect(r.succeeded)
        #expect(String(decoding: r.body, as: UTF8.self) == "<feed/>")
        let lm = try #require(r.lastModified)
        let again = await engine.fetch(FetchRequest(url: path.absoluteString, lastModified: lm))
        #expect(again.notModified)
        let missing = await engine.fetch(FetchRequest(url: path.absoluteString + ".nope"))
        #expect(missing.succeeded == false)
        #expect(missing.problem?.contains("not found") == true)
    }

    @Test func redirectsAreFollowedAndPermanentOnesReported() async throws {
        let server = try TestHTTPServer { req in
            switch req.path {
            case "/old": .respond(status: 301, headers: ["Location": "/new"])
            case "/new": .text("<rss/>")
            default: .respond(status: 302, headers: ["Location": req.path + "x"])
            }
        }
        let engine = FetchEngine(config: quickConfig())
        let r = await engine.fetch(FetchRequest(url: server.baseURL + "/old"))
        #expect(r.succeeded)
        #expect(r.effectiveURL == server.baseURL + "/new")
        #expect(r.permanentTarget == "/new")
        let loop = await engine.fetch(FetchRequest(url: server.baseURL + "/loop"))
        #expect(loop.error == .tooManyRedirects(limit: 5))
    }

    @Test func redirectToFileIsRefused() async throws {
        let server = try TestHTTPServer { _ in .respond(status: 302, headers: ["Location": "file:///etc/passwd"]) }
        let engine = FetchEngine(config: quickConfig())
        let r = await engine.fetch(FetchRequest(url: server.baseURL + "/"))
        #expect(r.succeeded == false)
        #expect(r.body.isEmpty)
    }

    @Test func limitsHold() async throws {
        let server = try TestHTTPServer { req in
            switch req.path {
            case "/endless": .endless
            case "/trickle": .trickle(status: 200, body: Array(repeating: 65, count: 100), interval: 0.5)
            case "/reset": .reset
            default: .respond(status: 500)
            }
        }
        let engine = FetchEngine(config: quickConfig(timeout: 2, maxBody: 256 * 1024))
        async let endless = engine.fetch(FetchRequest(url: server.baseURL + "/endless"))
        async let trickle = engine.fetch(FetchRequest(url: server.baseURL + "/trickle"))
        async let reset = engine.fetch(FetchRequest(url: server.baseURL + "/reset"))
        async let error = engine.fetch(FetchRequest(url: server.baseURL + "/500"))
        let (e, t, r, s) = await (endless, trickle, reset, error)
        #expect(e.error == .tooLarge(limit: 256 * 1024))
        #expect(e.body.count <= 256 * 1024)
        #expect(t.error == .timedOut(seconds: 2))
        #expect(r.succeeded == false)
        #expect(s.status == 500)
        #expect(s.problem == "HTTP 500")
    }

    @Test func perHostLimitIsKept() async throws {
        let active = ActiveCounter()
        let server = try TestHTTPServer { _ in
            active.enter()
            Thread.sleep(forTimeInterval: 0.1)
            active.leave()
            return .text("ok")
        }
        var c = quickConfig()
        c.perHost = 2
        let engine = FetchEngine(config: c)
        await withTaskGroup(of: Void.self) { g in
            for i in 0..<8 { g.addTask { _ = await engine.fetch(FetchRequest(url: server.baseURL + "/\(i)")) } }
        }
        #expect(active.peak <= 2)
        #expect(server.requests.count == 8)
    }

    @Test func postSendsBody() async throws {
        let server = try TestHTTPServer { req in .text(String(decoding: req.body, as: UTF8.self), status: 202) }
        let engine = FetchEngine(config: quickConfig())
        let r = await engine.fetch(FetchRequest(url: server.baseURL + "/hook", method: .post,
                                                headers: ["Content-Type: application/json"], body: Array("{\"a\":1}".utf8)))
        #expect(r.status == 202)
        #expect(String(decoding: r.body, as: UTF8.self) == "{\"a\":1}")
        #expect(server.requests.first?.headers["content-type"] == "application/json")
    }

    @Test func cancellationStopsATransfer() async throws {
        let server = try TestHTTPServer { _ in .trickle(status: 200, body: Array(repeating: 65, count: 100), interval: 1) }
        let engine = FetchEngine(config: quickConfig(timeout: 30))
        let task = Task { await engine.fetch(FetchRequest(url: server.baseURL + "/slow")) }
        try await Task.sleep(for: .milliseconds(300))
        task.cancel()
        let r = await task.value
        #expect(r.error == .cancelled)
    }
}

/// Counts concurrent entries, remembering the peak.
final class ActiveCounter: Sendable {
    private let state = Mutex((now: 0, peak: 0))
    func enter() { state.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) } }
    func leave() { state.withLock { $0.now -= 1 } }
    var peak: Int { state.withLock { $0.peak } }
}
