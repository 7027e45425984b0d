import Foundation
import PantauParse
import Testing

/// RFC 822 and its variants, W3DTF, Indonesian dates and relative times.
struct DateParserTests {
    @Test(arguments: [
        ("Mon, 05 Oct 2026 09:00:00 +0700", "2026-10-05T02:00:00Z"),
        ("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Fri, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),  // wrong weekday is ignored
        ("1 Jan 2004 19:48 EST", "2004-01-02T00:48:00Z"),  // single-digit day, no seconds
        ("Thu, 01 Jan 04 19:48:21 PDT", "2004-01-02T02:48:21Z"),  // two-digit year
        ("Thursday, 01 January 2004 19:48:21 -0000", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 +05:30", "2004-01-01T14:18:21Z"),
        ("Sun Jan  4 16:29:06 2004", "2004-01-04T16:29:06Z"),  // asctime
        ("2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z"),
        ("2003-12-31T10:14:55.123-08:00", "2003-12-31T18:14:55Z"),
        ("2003-12-31T10:14", "2003-12-31T10:14:00Z"),
        ("2004-01", "2004-01-01T00:00:00Z"),
        ("2004", "2004-01-01T00:00:00Z"),
        ("2019-05-18 10:58:46 +0300", "2019-05-18T07:58:46Z"),
    ])
    func rfc822AndW3DTF(_ text: String, _ expected: String) {
        #expect(isoUTC(DateParser.parse(text)) == expected)
        #expect(isoUTC(DateParser.parseFeedDate(text)) == expected)
    }

    @Test(arguments: [
        ("Senin, 16 November 2026 09:00 WIB", "2026-11-16T02:00:00Z"),
        ("Senin, 05 Okt 2026 09:00:00 +0700", "2026-10-05T02:00:00Z"),
        ("Jumat, 13 Nov 2026 - 14.30 WITA", "2026-11-13T06:30:00Z"),
        ("Kamis, 1 Agustus 2024 | 20:15 WIT", "2024-08-01T11:15:00Z"),
        ("17 Agu 2025", "2025-08-16T17:00:00Z"),  // no zone on an Indonesian date: WIB
        ("3 Mei 2026 pukul 08.00 WIB", "2026-05-03T01:00:00Z"),
        ("Minggu, 6 Des 2026", "2026-12-05T17:00:00Z"),
        ("Rabu, 12 Agt 2026 10:00", "2026-08-12T03:00:00Z"),
        ("Sabtu, 15 Ags 2026 10:00 WIB", "2026-08-15T03:00:00Z"),
    ])
    func indonesian(_ text: String, _ expected: String) {
        #expect(isoUTC(DateParser.parse(text)) == expected)
        // Feeds (pubDate, dc:date…) read Indonesian dates the same way.
        #expect(isoUTC(DateParser.parseFeedDate(text)) == expected)
    }

    @Test(arguments: [
        ("14/02/2019", "2019-02-14T00:00:00Z"),
        ("14-02-19", "2019-02-14T00:00:00Z"),
        ("14.02.2019 10:30", "2019-02-14T10:30:00Z"),
        ("14/02/2019 10:30 WIB", "2019-02-14T03:30:00Z"),
    ])
    func numericDayFirst(_ text: String, _ expected: String) {
        #expect(isoUTC(DateParser.parse(text)) == expected)
    }

    @Test func numericAndAmPmDatesAreRefusedInFeedsAsFeedparserDoes() {
        #expect(DateParser.parseFeedDate("22.11.2022 12:16:00") == nil)
        #expect(DateParser.parseFeedDate("Friday, January 29, 2021 04:42 PM") == nil)
        #expect(DateParser.parseFeedDate("January, 29 Jan 2021 17:56:15 +0530") == nil)
        #expect(isoUTC(DateParser.parseFeedDate("Fri, 17 May 2019 23:21:44 BST")) == "2019-05-17T23:21:44Z")
        #expect(isoUTC(DateParser.parseFeedDate("20040101T194821Z")) == "2004-01-01T00:00:00Z")
    }

    @Test func relativeTimesCountBackFromTheFetch() {
        let now = Date(timeIntervalSince1970: 1_795_300_000)  // 2026-11-20T...Z
        #expect(DateParser.parse("3 jam yang lalu", relativeTo: now) == now.addingTimeInterval(-3 * 3_600))
        #expect(DateParser.parse("15 menit lalu", relativeTo: now) == now.addingTimeInterval(-15 * 60))
        #expect(DateParser.parse("2 hari yang lalu", relativeTo: now) == now.addingTimeInterval(-2 * 86_400))
        #expect(DateParser.parse("sejam yang lalu", relativeTo: now) == now.addingTimeInterval(-3_600))
        #expect(DateParser.parse("kemarin", relativeTo: now) == now.addingTimeInterval(-86_400))
        #expect(DateParser.parse("baru saja", relativeTo: now) == now)
        #expect(DateParser.parse("5 hours ago", relativeTo: now) == now.addingTimeInterval(-5 * 3_600))
        // "kemarin 14.30" is yesterday at 14:30 in Jakarta.
        let y = try? #require(DateParser.parse("kemarin 14.30", relativeTo: now))
        #expect(isoUTC(y).map { $0.hasSuffix("T07:30:00Z") } == true)
        // Without a reference time a relative phrase is not a date.
        #expect(DateParser.parse("3 jam yang lalu") == nil)
    }

    @Test(arguments: ["", "not a date", "Senin", "32 Januari 2026", "2026-13-01", "31/02/2019", "99:99", "Mon, 05 Foo 2026"])
    func nonDates(_ text: String) {
        #expect(DateParser.parse(text) == nil)
    }
}
