import Foundation
import PantauModel
@testable import PantauPipeline
import PantauStore
import Testing

/// The quarantine's rules on their own: two deaths in a row, a parse that lives resets them, and a
/// quarantine ends after 24 hours or when the content changes.
@Suite struct ParseQuarantineRulesTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func twoDeathsInARowQuarantineAndALivingParseLiftsIt() throws {
        let db = try AppDatabase.inMemory()
        let dead: @Sendable (String) -> Bool = { !$0.hasPrefix("dead") }
        try db.markParsesUnderWay([ParseMark(sourceID: "s", contentHash: "h1")], owner: "dead-1", at: t0)
        #expect(try db.recoverAbandonedClaims(parseDeaths: [], isAlive: dead, at: t0 + 60).isEmpty)
        // A parse that ends (the process lived) starts the count again.
        try db.markParsesUnderWay([ParseMark(sourceID: "s", contentHash: "h1")], owner: "alive", at: t0 + 120)
        try db.parsesEnded(["s"])
        try db.markParsesUnderWay([ParseMark(sourceID: "s", contentHash: "h1")], owner: "dead-2", at: t0 + 180)
        #expect(try db.recoverAbandonedClaims(parseDeaths: [], isAlive: dead, at: t0 + 240).isEmpty)
        try db.markParsesUnderWay([ParseMark(sourceID: "s", contentHash: "h1")], owner: "dead-3", at: t0 + 300)
        // A live owner's parse is not a death.
        try db.markParsesUnderWay([ParseMark(sourceID: "other", contentHash: "x")], owner: "alive", at: t0 + 300)
        #expect(try db.recoverAbandonedClaims(parseDeaths: [], isAlive: dead, at: t0 + 360) == ["s"])
        let q = try #require(try db.parseQuarantines()["s"])
        #expect(q.since == t0 + 360 && q.contentHash == "h1")
        #expect(try db.parseQuarantines()["other"] == nil)
        try db.parsesEnded(["s"])
        #expect(try db.parseQuarantines().isEmpty)
    }

    @Test func quarantineHoldsForTheSameContentFor24Hours() {
        let q = ParseQuarantine(sourceID: "s", since: t0, contentHash: "h1")
        #expect(q.holds(contentHash: "h1", at: t0 + 3_600))
        #expect(!q.holds(contentHash: "h2", at: t0 + 3_600))
        #expect(!q.holds(contentHash: "h1", at: t0 + 86_400))
        let words = CrawlProblem.quarantined(since: t0).description
        #expect(words.hasPrefix("dikarantina sejak 15 Jan 2027 15.00 WIB: membuat proses berhenti saat dibaca"), "\(words)")
    }
}
