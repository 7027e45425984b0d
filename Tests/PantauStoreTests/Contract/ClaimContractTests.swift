import Foundation
import PantauModel
import PantauStore
import Testing

/// Claims on every backend: one owner at a time, a live lease respected, an expired one taken over.
@Suite struct ClaimContractTests {
    let t0 = Contract.t0

    @Test(arguments: ContractBackends.all)
    func aSourceHasOneOwnerAtATime(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store)
            #expect(try await store.claimSources(["a"], owner: "w1", at: t0, until: t0 + 600).map(\.sourceID) == ["a"])
            #expect(try await store.claimSources(["a", "b"], owner: "w2", at: t0 + 1, until: t0 + 601).map(\.sourceID) == ["b"])
            #expect(try await store.claimSources(["a", "b"], owner: "w1", at: t0 + 2, until: t0 + 602).map(\.sourceID) == ["a"],
                    "an owner may renew its own claim, not take another's")
        }
    }

    @Test(arguments: ContractBackends.all)
    func concurrentClaimsNeverHandASourceToTwoOwners(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            let ids = (0..<40).map { "s\($0)" }
            try await store.syncSources(ids.map { Contract.source($0) })
            let claimed = try await withThrowingTaskGroup(of: [String].self) { group in
                for w in 0..<4 {
                    group.addTask { try await store.claimSources(ids, owner: "w\(w)", at: t0, until: t0 + 600).map(\.sourceID) }
                }
                return try await group.reduce(into: [String]()) { $0 += $1 }
            }
            #expect(claimed.count == ids.count && Set(claimed) == Set(ids))
        }
    }

    @Test(arguments: ContractBackends.all)
    func aLiveOwnersLeaseIsRespectedUntilItExpiresAndThenTakenOver(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store)
            _ = try await store.claimSources(["a"], owner: "alive-1", at: t0, until: t0 + 600)
            #expect(try await store.recoverAbandonedClaims(parseDeaths: [], isAlive: Contract.isAlive, at: t0 + 60).isEmpty)
            #expect(try await store.claimSources(["a"], owner: "w2", at: t0 + 599, until: t0 + 1_200).isEmpty)
            #expect(try await store.claimSources(["a"], owner: "w2", at: t0 + 601, until: t0 + 1_200).map(\.sourceID) == ["a"])
            // The first owner's late save records its crawl but does not free the new owner's claim.
            #expect(Contract.newPosts(try await store.saveCrawled([Contract.outcome(Contract.source("a"), at: t0 + 602)],
                                                                  owner: "alive-1")) == [0])
            #expect(try await store.claimSources(["a"], owner: "w3", at: t0 + 603, until: t0 + 1_200).isEmpty)
        }
    }

    @Test(arguments: ContractBackends.all)
    func aDeadOwnersClaimsAreFreedByRecovery(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store)
            _ = try await store.claimSources(["a", "b"], owner: "dead-1", at: t0, until: t0 + 600)
            _ = try await store.recoverAbandonedClaims(parseDeaths: [], isAlive: Contract.isAlive, at: t0 + 10)
            #expect(try await store.claimSources(["a", "b"], owner: "w", at: t0 + 11, until: t0 + 600).count == 2)
        }
    }

    @Test(arguments: ContractBackends.all)
    func releasedClaimsCanBeTakenAtOnceAndOnlyTheOwnerReleases(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store)
            _ = try await store.claimSources(["a", "b"], owner: "w1", at: t0, until: t0 + 600)
            try await store.releaseClaims(["a", "b"], owner: "w2")
            #expect(try await store.claimSources(["a", "b"], owner: "w2", at: t0 + 1, until: t0 + 600).isEmpty)
            try await store.releaseClaims(["a"], owner: "w1")
            #expect(try await store.claimSources(["a", "b"], owner: "w2", at: t0 + 2, until: t0 + 600).map(\.sourceID) == ["a"])
        }
    }

    @Test(arguments: ContractBackends.all)
    func aClaimBringsTheStateKnownPostsAndQuarantineAndLeavesOutUnknownSources(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            let a = Contract.source("a")
            try await Contract.sync(store)
            _ = try await store.saveCrawled([Contract.outcome(a, at: t0, posts: [Contract.post("p1"), Contract.post("p2")])], owner: "w")
            let claimed = try await store.claimSources(["a", "missing"], owner: "w", at: t0 + 1, until: t0 + 600)
            let c = try #require(claimed.first)
            #expect(claimed.count == 1)
            #expect(c.state.etag == "\"a\"" && c.state.lastSuccess == t0 && c.state.lastAttempt == t0)
            #expect(c.state.nextDue == t0 + Contract.hour && c.state.consecutiveFailures == 0 && !c.state.gone)
            #expect(c.knownIDs == ["p1", "p2"] && c.quarantine == nil)
        }
    }
}
