import Foundation
import PantauModel
import PantauStore
import Testing

/// `RegistryStore.syncSources` on every backend: the store mirrors the registry and keeps what was observed.
@Suite struct RegistryContractTests {
    let t0 = Contract.t0

    @Test(arguments: ContractBackends.all)
    func syncAddsTheRegistrysSourcesAsRegisteredAndDue(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store)
            #expect(try await store.health().map(\.sourceID) == ["a", "b"])
            #expect(try await store.counts().sources == 2)
            #expect(try await store.dueSourceIDs(at: t0) == ["a", "b"])
            try await Contract.sync(store)
            #expect(try await store.counts().sources == 2, "a second sync of the same registry adds nothing")
        }
    }

    @Test(arguments: ContractBackends.all)
    func syncUpdatesASourceKeepingItsPostsAndANewURLForgetsItsETag(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            let a = Contract.source("a")
            try await Contract.sync(store, [a])
            _ = try await store.saveCrawled([Contract.outcome(a, at: t0, posts: [Contract.post("p1")], etag: "\"v1\"")], owner: "w")

            try await Contract.sync(store, [Contract.source("a", unit: "u2", platform: .youtube)])
            let moved = try await store.observedPosts(PostQuery()).posts
            #expect(moved.map(\.stableID) == ["p1"])
            #expect(moved.map(\.unitID) == ["u2"] && moved.map(\.platform) == [.youtube])
            #expect(try await store.claimSources(["a"], owner: "w", at: t0 + 1, until: t0 + 600).first?.state.etag == "\"v1\"",
                    "the same URL keeps its ETag")
            try await store.releaseClaims(["a"], owner: "w")

            var newURL = Contract.source("a", unit: "u2", platform: .youtube)
            newURL.url = "https://a.example/other.xml"
            try await Contract.sync(store, [newURL])
            let claimed = try #require(try await store.claimSources(["a"], owner: "w", at: t0 + 2, until: t0 + 600).first)
            #expect(claimed.state.etag == nil, "a new URL forgets what was known of the old one")
            #expect(claimed.knownIDs == ["p1"] && claimed.state.lastSuccess == t0, "its posts and crawl history stay")
        }
    }

    @Test(arguments: ContractBackends.all)
    func aSourceLeavingTheRegistryIsHiddenAndComesBackWithItsPosts(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            let a = Contract.source("a"), b = Contract.source("b")
            try await Contract.sync(store, [a, b])
            _ = try await store.saveCrawled([Contract.outcome(a, at: t0, posts: [Contract.post("p1")])], owner: "w")

            try await Contract.sync(store, [b])
            #expect(try await store.health().map(\.sourceID) == ["b"])
            #expect(try await store.observedPosts(PostQuery()).posts.isEmpty, "posts of a removed source are not reported")
            let counts = try await store.counts()
            #expect(counts.sources == 1 && counts.posts == 1, "but they are kept")
            #expect(try await store.dueSourceIDs(at: t0 + Contract.day) == ["b"])

            try await Contract.sync(store, [a, b])
            #expect(try await store.observedPosts(PostQuery()).posts.map(\.stableID) == ["p1"])
            #expect(try await store.health().first { $0.sourceID == "a" }?.lastSuccess == t0)
        }
    }
}
