import Foundation
import GRDB

extension AppDatabase {
    /// True once the database holds something to judge by: a channel read successfully at least
    /// once, or a post (crawled or imported). A fresh database has neither.
    public func hasData() throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM source WHERE lastSuccess IS NOT NULL)
                    OR EXISTS (SELECT 1 FROM post)
                """) ?? false
        }
    }

    /// True when every crawl recorded in the database was made by `pantau demo` (a demo database).
    public func onlyDemoRuns() throws -> Bool {
        try writer.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM run") ?? 0
            let demo = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM run WHERE command = 'demo'") ?? 0
            return total > 0 && total == demo
        }
    }
}
