import Foundation
@testable import PantauPipeline
import Testing

/// The demo's loopback stand-in for the platform APIs: recorded files only, loopback only.
@Suite struct DemoAPIServerTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../feeds/demo/api").standardizedFileURL.path

    @Test func answersRecordedFilesWithTheirStatus() throws {
        let ok = DemoAPIServer.answer("/graph/17841400000000000?fields=business_discovery.username(polresgresik.contoh)%7Bid%7D",
                                      root: Self.folder)
        #expect(ok.0 == 200 && String(decoding: ok.1, as: UTF8.self).contains("\"followers_count\": 38400"))
        let expired = DemoAPIServer.answer("/graph/1?fields=business_discovery.username(polreslamongan.contoh){id}", root: Self.folder)
        #expect(expired.0 == 400 && String(decoding: expired.1, as: UTF8.self).contains("\"code\": 190"))
        #expect(DemoAPIServer.answer("/tiktok/video/list/?fields=id", root: Self.folder).0 == 200)
        // Anything else, and names that could leave the folder, are not recorded.
        #expect(DemoAPIServer.answer("/graph/1?fields=business_discovery.username(../../etc/passwd)", root: Self.folder).0 == 404)
        #expect(DemoAPIServer.answer("/youtube/videos?id=x", root: Self.folder).0 == 404)
    }

    @Test func listensOnLoopbackOnly() throws {
        let server = try DemoAPIServer(folder: Self.folder)
        defer { server.stop() }
        #expect(server.baseURL.hasPrefix("http://127.0.0.1:") && server.port > 0)
    }
}
