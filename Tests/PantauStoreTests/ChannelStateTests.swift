import Foundation
import PantauModel
import PantauStore
import Testing

/// The channel state of `kind: api` sources: a refused token or a rate limit is kept apart from a
/// failing channel, and "since when" moves only when the state changes.
@Suite struct ChannelStateTests {
    let src = Source(id: "tuban-ig", unitID: "polres-tuban", platform: .instagram, kind: .api, url: "instagram:polrestuban")
    let t0 = Date(timeIntervalSince1970: 1_763_000_000)

    func read(_ state: ChannelState, at: Date, followers: Int? = nil) -> CrawlOutcome {
        var o = CrawlOutcome(sourceID: src.id, runID: nil, url: src.url, at: at, status: state == .seen ? 200 : 0,
                             problem: state == .seen ? nil : .api("Instagram refused the token (code 190)"))
        o.channel = APIChannelState(state: state, hint: state == .tokenExpired ? "Buat token baru" : nil, followers: followers)
        return o
    }

    @Test func anExpiredTokenIsNotAFailureAndKeepsItsStartTime() throws {
        let db = try AppDatabase.inMemory()
        try db.syncSources([src])
        try db.save(read(.seen, at: t0, followers: 12_300))
        for day in 1...4 { try db.save(read(.tokenExpired, at: t0 + Double(day) * 86_400)) }
        let h = try #require(try db.health().first)
        #expect(h.apiState == .tokenExpired)
        #expect(h.apiStateSince == t0 + 86_400)
        #expect(h.consecutiveFailures == 0 && !h.isBroken)
        #expect(h.lastSuccess == t0)
        #expect(h.apiHint == "Buat token baru")
        #expect(h.followers == 12_300)
    }

    @Test func waitingIsSaidButNeverHidesAnExpiredToken() throws {
        let db = try AppDatabase.inMemory()
        try db.syncSources([src])
        try db.noteChannelWaiting(src.id, note: "Menunggu sampai 10.00 WIB.", at: t0)
        #expect(try db.health().first?.apiState == .rateLimited)
        #expect(try db.health().first?.apiHint == "Menunggu sampai 10.00 WIB.")
        try db.save(read(.tokenExpired, at: t0 + 60))
        try db.noteChannelWaiting(src.id, note: "Menunggu sampai 11.00 WIB.", at: t0 + 120)
        let h = try #require(try db.health().first)
        #expect(h.apiState == .tokenExpired && h.apiStateSince == t0 + 60 && h.apiHint == "Buat token baru")
    }

    @Test func aRateLimitIsNotAFailureButABrokenReadIs() throws {
        let db = try AppDatabase.inMemory()
        try db.syncSources([src])
        for i in 0..<3 { try db.save(read(.rateLimited, at: t0 + Double(i) * 3_600)) }
        #expect(try db.health().first?.consecutiveFailures == 0)
        for i in 3..<6 { try db.save(read(.broken, at: t0 + Double(i) * 3_600)) }
        let h = try #require(try db.health().first)
        #expect(h.consecutiveFailures == 3 && h.isBroken && h.apiState == .broken)
        try db.save(read(.seen, at: t0 + 7 * 3_600, followers: 12_400))
        let seen = try #require(try db.health().first)
        #expect(seen.apiState == .seen && seen.consecutiveFailures == 0 && seen.followers == 12_400)
        #expect(seen.apiStateSince == t0 + 7 * 3_600)
    }
}
