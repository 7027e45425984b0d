import Foundation
import PantauModel
import PantauStore
import Testing

/// What a crawl run asks of every backend besides claims and saves: due sources, runs, counts,
/// channels held back.
@Suite struct RunContractTests {
    let t0 = Contract.t0
    let a = Contract.source("a"), b = Contract.source("b")

    @Test(arguments: ContractBackends.all)
    func dueSourcesAreTheNeverCrawledAndThoseWhoseTimeCame(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store)
            _ = try await store.saveCrawled([Contract.outcome(a, at: t0)], owner: "w")
            #expect(try await store.dueSourceIDs(at: t0 + 60) == ["b"])
            #expect(try await store.dueSourceIDs(at: t0 + Contract.hour) == ["a", "b"])
            _ = try await store.claimSources(["b"], owner: "other", at: t0, until: t0 + 600)
            #expect(try await store.dueSourceIDs(at: t0 + 60) == ["b"], "a held source is still due")
        }
    }

    @Test(arguments: ContractBackends.all)
    func earliestDueIsNilWhileASourceWasNeverCrawledThenTheSoonest(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store)
            #expect(try await store.earliestDue() == nil)
            _ = try await store.saveCrawled([Contract.outcome(a, at: t0 + 600)], owner: "w")
            #expect(try await store.earliestDue() == nil, "b was never crawled")
            _ = try await store.saveCrawled([Contract.outcome(b, at: t0)], owner: "w")
            #expect(try await store.earliestDue() == t0 + Contract.hour)
            try await Contract.sync(store, [a])
            #expect(try await store.earliestDue() == t0 + 600 + Contract.hour, "a source out of the registry does not count")
        }
    }

    @Test(arguments: ContractBackends.all)
    func aRunIsStartedAndFinishedAndItsFetchesCounted(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store)
            #expect(try await store.dataState() == DataState(hasData: false, onlyDemoRuns: false, newestPost: nil))
            let first = try await store.startRun(command: "demo", at: t0)
            let second = try await store.startRun(command: "crawl", at: t0 + 1)
            #expect(first != second)
            let results = try await store.saveCrawled([
                Contract.outcome(a, at: t0 + 2, posts: [Contract.post("p1", published: t0 - 60)], runID: second),
                Contract.outcome(b, at: t0 + 2, problem: .http(status: 500), runID: second),
            ], owner: "w")
            try await store.finishRun(second, at: t0 + 3, sources: 2, newPosts: 1, errors: 1)
            #expect(Contract.newPosts(results) == [1, 0])
            #expect(try await store.dataState() == DataState(hasData: true, onlyDemoRuns: false, newestPost: t0 - 60))
            let summary = try await store.fetchSummary()
            #expect(summary.latencyCount == 2 && summary.byOutcome["ok"] == 1)
        }
    }

    @Test(arguments: ContractBackends.all)
    func aStoreOfOnlyDemoRunsSaysSo(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            _ = try await store.startRun(command: "demo", at: t0)
            #expect(try await store.dataState().onlyDemoRuns)
        }
    }

    @Test(arguments: ContractBackends.all)
    func aChannelHeldBackIsRateLimitedButAnExpiredTokenKeepsItsState(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            let api = Source(id: "ig", unitID: "u1", platform: .instagram, kind: .api, url: "https://graph.example/ig")
            try await store.syncSources([api, Contract.source("a")])
            try await store.noteChannelWaiting("ig", note: "rate limited until 09:00", at: t0)
            var h = try #require(try await store.health().first { $0.sourceID == "ig" })
            #expect(h.apiState == .rateLimited && h.apiHint == "rate limited until 09:00" && h.apiStateSince == t0)
            var expired = Contract.outcome(api, at: t0 + 60, problem: .api("token refused"))
            expired.channel = APIChannelState(state: .tokenExpired, hint: "renew the token")
            _ = try await store.saveCrawled([expired], owner: "w")
            try await store.noteChannelWaiting("ig", note: "rate limited", at: t0 + 120)
            h = try #require(try await store.health().first { $0.sourceID == "ig" })
            #expect(h.apiState == .tokenExpired)
        }
    }
}
