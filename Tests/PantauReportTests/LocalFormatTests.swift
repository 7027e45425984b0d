import Foundation
import Testing
import PantauModel

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
