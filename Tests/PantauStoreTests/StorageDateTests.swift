import Foundation
import GRDB
import PantauModel
@testable import PantauStore
import Testing

/// The crawl writes dates as text itself; the text must be GRDB's own for the same date.
@Suite struct StorageDateTests {
    func grdbText(_ d: Date) -> String? { String.fromDatabaseValue(d.databaseValue) }

    @Test func sameTextAsGRDBForManyDates() {
        var rng = SystemRandomNumberGenerator()
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.0005), Date(timeIntervalSince1970: 951_782_400),
                     Date(timeIntervalSince1970: 4_102_444_799.999), Date(), Date(timeIntervalSinceReferenceDate: 0)]
        for _ in 0..<5_000 {
            dates.append(Date(timeIntervalSince1970: Double.random(in: -2_000_000_000...4_000_000_000, using: &rng)))
        }
        for d in dates {
            #expect(StorageDate.text(d) == grdbText(d), "\(d.timeIntervalSince1970)")
        }
    }

    @Test func parseReadsWhatGRDBWrites() {
        for _ in 0..<5_000 {
            let d = Date(timeIntervalSince1970: Double.random(in: 0...4_000_000_000))
            let text = StorageDate.text(d)
            let fast = StorageDate.parse(text)
            let grdb = Date.fromDatabaseValue(text.databaseValue)
            #expect(fast != nil && grdb != nil && abs(fast!.timeIntervalSince(grdb!)) < 0.000_5, "\(text)")
        }
        #expect(StorageDate.parse("2026-11-16 09:00:00") == Date(timeIntervalSince1970: 1_794_819_600))
        #expect(StorageDate.parse("2026-11-16T09:00:00Z") == nil)
        #expect(StorageDate.parse("2026-13-16 09:00:00") == nil)
    }

    @Test func storedCrawlTimeReadsBackToTheNearestMillisecond() throws {
        let db = try AppDatabase.inMemory()
        let at = Date(timeIntervalSince1970: 1_795_000_000.123_9)
        try db.syncSources([.init(id: "s", unitID: "u", platform: .website, url: "file:///x")])
        try db.save(CrawlOutcome(sourceID: "s", runID: nil, url: "file:///x", at: at, nextDue: at + 60))
        let h = try #require(try db.health().first)
        #expect(h.lastAttempt.map { abs($0.timeIntervalSince1970 - 1_795_000_000.124) < 0.000_5 } == true)
        #expect(h.nextDue.map { abs($0.timeIntervalSince1970 - 1_795_000_060.124) < 0.000_5 } == true)
    }
}
