import Foundation
import PantauModel
import PantauStore
import Testing

/// The parse guard on every backend: a parse a dead process left under way counts as a death; the
/// second death in a row quarantines the source for the content that did it; a parse that lived
/// starts the count again.
@Suite struct ParseGuardContractTests {
    let t0 = Contract.t0
    let h1 = ParseMark(sourceID: "a", contentHash: "h1")

    @Test(arguments: ContractBackends.all)
    func theSecondParseDeathInARowQuarantinesTheSource(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store)
            // First death: read from the dead process's journal.
            #expect(try await store.recoverAbandonedClaims(parseDeaths: [h1], isAlive: Contract.isAlive, at: t0).isEmpty)
            #expect(try await store.parseQuarantines().isEmpty)
            // Second death: marked in the store by an owner that then died.
            try await store.markParsesUnderWay([h1], owner: "dead-2", at: t0 + 60)
            #expect(try await store.recoverAbandonedClaims(parseDeaths: [], isAlive: Contract.isAlive, at: t0 + 120) == ["a"])
            #expect(try await store.parseQuarantines() == ["a": ParseQuarantine(sourceID: "a", since: t0 + 120, contentHash: "h1")])
            let claimed = try await store.claimSources(["a", "b"], owner: "w", at: t0 + 121, until: t0 + 600)
            #expect(claimed.map { $0.quarantine?.contentHash } == ["h1", nil])
            #expect(try await store.health().first?.quarantinedSince == t0 + 120)
        }
    }

    @Test(arguments: ContractBackends.all)
    func aParseMarkOfALiveOwnerIsNotADeath(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store)
            try await store.markParsesUnderWay([h1], owner: "alive-1", at: t0)
            #expect(try await store.recoverAbandonedClaims(parseDeaths: [h1], isAlive: Contract.isAlive, at: t0 + 60).isEmpty,
                    "one death (from the journal), the live mark not counted")
            try await store.parsesEnded(["a"])
            #expect(try await store.recoverAbandonedClaims(parseDeaths: [h1], isAlive: Contract.isAlive, at: t0 + 120).isEmpty,
                    "the parse that lived started the count again")
        }
    }

    @Test(arguments: ContractBackends.all)
    func aParseThatLivedLiftsTheQuarantine(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store)
            _ = try await store.recoverAbandonedClaims(parseDeaths: [h1], isAlive: Contract.isAlive, at: t0)
            #expect(try await store.recoverAbandonedClaims(parseDeaths: [h1], isAlive: Contract.isAlive, at: t0 + 60) == ["a"])
            var lived = Contract.outcome(Contract.source("a"), at: t0 + 120)
            lived.parsed = true
            _ = try await store.saveCrawled([lived], owner: "w")
            #expect(try await store.parseQuarantines().isEmpty)
            #expect(try await store.recoverAbandonedClaims(parseDeaths: [h1], isAlive: Contract.isAlive, at: t0 + 180).isEmpty)
            // parsesEnded lifts a quarantine too (a process without a local journal).
            #expect(try await store.recoverAbandonedClaims(parseDeaths: [h1], isAlive: Contract.isAlive, at: t0 + 240) == ["a"])
            try await store.parsesEnded(["a"])
            #expect(try await store.parseQuarantines().isEmpty)
        }
    }
}
