import Foundation
import PantauModel
import GRDB

extension AppDatabase {
    public func fetchSummary() throws -> FetchSummary {
        let buckets = fetchLatencyBounds.enumerated().map { "SUM(CASE WHEN elapsed <= \($0.element) THEN 1 ELSE 0 END)" }
        let sql = """
            SELECT SUM(CASE WHEN error IS NULL AND status BETWEEN 200 AND 299 AND notModified = 0 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN notModified = 1 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN error IS NULL AND status >= 300 AND notModified = 0 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN error IS NOT NULL OR status = 0 THEN 1 ELSE 0 END),
                   COUNT(*), TOTAL(elapsed), \(buckets.joined(separator: ", ")) FROM fetch
            """
        return try writer.read { db in
            let r = try Row.fetchOne(db, sql: sql)
            func int(_ i: Int) -> Int { (r?[i] as Int?) ?? 0 }
            return FetchSummary(
                byOutcome: ["ok": int(0), "not-modified": int(1), "http-error": int(2), "network-error": int(3)],
                latencyBuckets: fetchLatencyBounds.enumerated().map { ($0.element, int(6 + $0.offset)) },
                latencyCount: int(4), latencySum: (r?[5] as Double?) ?? 0)
        }
    }
}
