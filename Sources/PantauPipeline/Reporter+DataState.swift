import Foundation
import PantauModel

extension Reporter {
    /// False on a database that was never crawled nor imported into: there is nothing to report or
    /// alert on yet, and saying "silent" would be a false alarm.
    public func hasData() throws -> Bool { try database.hasData() }

    /// The sentence shown instead of a report or alerts when there is no data yet.
    public static func noDataText(_ language: Language) -> String {
        language == .id ? "Belum ada data: jalankan `pantau crawl`." : "No data yet: run `pantau crawl`."
    }

    /// The clock a report defaults to: now, except on a database only `pantau demo` filled, where it
    /// is the demo's own clock (so `pantau report` after `pantau demo` shows the demo's week).
    public func defaultNow() throws -> Date {
        if try database.onlyDemoRuns(), let anchored = try dataAnchoredNow() { return anchored }
        return Date()
    }
}
