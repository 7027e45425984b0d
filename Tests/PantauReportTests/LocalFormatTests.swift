import Foundation
import Testing
import PantauModel
import PantauTestSupport

@Suite struct LocalFormatTests {
    @Test func indonesianLongDate() {
        #expect(LocalFormat.longDate(Sample.wib(2026, 11, 16), zone: Sample.zone, language: .id) == "Senin, 16 November 2026")
        #expect(LocalFormat.longDate(Sample.wib(2026, 11, 22), zone: Sample.zone, language: .id) == "Minggu, 22 November 2026")
        #expect(LocalFormat.longDate(Sample.wib(2026, 11, 16), zone: Sample.zone, language: .en) == "Monday, 16 November 2026")
    }

    @Test func dateIsTakenInJakartaNotUTC() {
        // 17:30 UTC on Sunday is already Monday 00:30 in Jakarta.
        let d = Sample.wib(2026, 11, 16, 0, 30)
        #expect(LocalFormat.longDate(d, zone: Sample.zone, language: .id) == "Senin, 16 November 2026")
        #expect(LocalFormat.longDate(d, zone: TimeZone(identifier: "UTC")!, language: .id) == "Minggu, 15 November 2026")
        #expect(LocalFormat.dateTime(d, zone: Sample.zone, language: .id) == "16 Nov 2026 00.30 WIB")
        #expect(LocalFormat.isoTime(d, zone: Sample.zone) == "2026-11-16T00:30:00+07:00")
    }

    @Test func indonesianShortMonths() {
        #expect(LocalFormat.shortDate(Sample.wib(2026, 8, 17), zone: Sample.zone, language: .id) == "17 Agu 2026")
        #expect(LocalFormat.shortDate(Sample.wib(2026, 5, 1), zone: Sample.zone, language: .id) == "1 Mei 2026")
    }

    @Test func numbers() {
        #expect(LocalFormat.integer(1_234, language: .id) == "1.234")
        #expect(LocalFormat.integer(1_234_567, language: .en) == "1,234,567")
        #expect(LocalFormat.integer(999, language: .id) == "999")
        #expect(LocalFormat.integer(-1_000, language: .id) == "-1.000")
        #expect(LocalFormat.decimal(1_234.5, language: .id) == "1.234,5")
        #expect(LocalFormat.decimal(1_234.5, language: .en) == "1,234.5")
        #expect(LocalFormat.decimal(0.06, digits: 1, language: .id) == "0,1")
        #expect(LocalFormat.decimal(-0.01, digits: 1, language: .id) == "0,0")
        #expect(LocalFormat.percent(0.455, digits: 1, language: .id) == "45,5%")
        #expect(LocalFormat.percent(2.0 / 3.0, language: .id) == "67%")
    }
}

@Suite struct LocalFormatCalendarAgreementTests {
    /// The arithmetic civil time agrees with Foundation's calendar in several kinds of zone.
    @Test(arguments: ["Asia/Jakarta", "Asia/Makassar", "Asia/Kolkata", "America/New_York", "UTC", "Pacific/Chatham"])
    func agreesWithCalendar(_ id: String) {
        let zone = TimeZone(identifier: id)!
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        var seed: UInt64 = 7
        for _ in 0..<2_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            // From 1901 to 2100, whole seconds.
            let t = Double(Int64(seed >> 33) % 6_311_000_000 - 2_177_000_000)
            let d = Date(timeIntervalSince1970: t)
            let p = c.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: d)
            let ours = LocalFormat.isoTime(d, zone: zone)
            let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
            #expect(ours.hasPrefix(expected), "\(id) \(t)")
            let weekday = LocalFormat.longDate(d, zone: zone, language: .en).split(separator: ",")[0]
            #expect(String(weekday) == ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][p.weekday! - 1])
        }
    }
}
