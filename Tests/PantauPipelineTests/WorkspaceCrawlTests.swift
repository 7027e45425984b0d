import Foundation
import PantauModel
import PantauPipeline
import Synchronization
import Testing

/// Crawling through the Workspace: one pass, a pass over chosen sources, the daemon.
@Suite struct WorkspaceCrawlTests {
    @Test func aPassStoresPostsNamesFailuresAndTheNextIsConditional() async throws {
        let feed = try FeedServer()
        feed.publish(WorkspaceFixture.week47)
        let ws = try WorkspaceFixture(feedBase: feed.server.baseURL).open()
        let first = try await ws.crawl(CrawlRequest(all: true))
        #expect(first.sources == 3)
        #expect(first.newPosts == 2)
        #expect(first.newMatches == 1)
        #expect(first.errors.map(\.source) == ["tuban-broken", "tuban-garbage"])
        #expect(first.errors.first?.problem == "HTTP 500")
        #expect(first.totals?.posts == 2)

        let again = try await ws.crawl(CrawlRequest(sourceIDs: ["tuban-web"]))
        #expect(again.sources == 1)
        #expect(again.notModified == 1)
        #expect(again.newPosts == 0)

        // Nothing is due right after a pass.
        let due = try await ws.crawl()
        #expect(due.sources == 0)
    }

    @Test func anUnknownSourceIsNamed() async throws {
        let ws = try WorkspaceFixture().open()
        await #expect {
            try await ws.crawl(CrawlRequest(sourceIDs: ["tuban-nope"]))
        } throws: { ($0 as? PipelineError)?.description == PipelineError.unknownSource("tuban-nope").description }
    }

    @Test func theDaemonCrawlsUntilItsTaskIsCancelled() async throws {
        let feed = try FeedServer()
        feed.publish(WorkspaceFixture.week47)
        let ws = try WorkspaceFixture(feedBase: feed.server.baseURL).open()
        let events = Mutex<[String]>([])
        let (rounds, roundSeen) = AsyncStream<Int>.makeStream()
        let service = ws.daemon { event in
            switch event {
            case .started(let n, _): events.withLock { $0.append("started \(n)") }
            case .round(let s, _):
                events.withLock { $0.append("round \(s.newPosts)") }
                roundSeen.yield(s.newPosts)
            case .stopped: events.withLock { $0.append("stopped") }
            }
        }
        let task = Task { try await service.run() }
        var iterator = rounds.makeAsyncIterator()
        #expect(await iterator.next() == 2)
        task.cancel()
        _ = try? await task.value
        #expect(events.withLock { $0 } == ["started 3", "round 2", "stopped"])
        #expect(try await ws.store.counts().posts == 2)
    }
}
