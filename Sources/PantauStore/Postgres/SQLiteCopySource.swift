import Foundation
import GRDB

/// The SQLite side of `PostgresStore.importSQLite`: one unchanging view of the database (a snapshot
/// of the WAL file: a crawl writing meanwhile changes neither what is copied nor what is counted),
/// its tables checked against `CopiedTable.all`, counted, and read a page at a time in rowid order
/// as COPY text.
struct SQLiteCopySource: Sendable {
    let reader: any DatabaseReader

    /// A snapshot of `database` (an in-memory database, which has none, is read as it is).
    init(_ database: AppDatabase) throws {
        if let pool = database.writer as? DatabasePool {
            reader = try pool.makeSnapshot()
        } else {
            reader = database.writer
        }
    }

    /// One page of a table: its rows as COPY text, how many, and the last rowid read.
    struct Page {
        var bytes: [UInt8] = []
        var rows = 0
        var lastRowID: Int64 = 0
    }

    /// A table or column that is on one side only: this build cannot copy the file faithfully (it
    /// comes from a newer Pantau, or was changed by hand).
    func schemaProblem() throws -> String? {
        try reader.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                """)
            let known = Set(CopiedTable.all.map(\.name))
            if let stray = tables.sorted().first(where: { !known.contains($0) }) {
                return "the SQLite database has a table \(stray) that this build does not copy"
            }
            for table in CopiedTable.all {
                let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table.name.quotedDatabaseIdentifier))")
                    .map { $0["name"] as String }
                let expected = table.columns.map(\.name)
                if columns.isEmpty { return "the SQLite database has no table \(table.name)" }
                if Set(columns) != Set(expected) {
                    let odd = Set(columns).symmetricDifference(expected).sorted().joined(separator: ", ")
                    return "the columns of table \(table.name) differ from this build's (\(odd))"
                }
            }
            return nil
        }
    }

    /// Rows per table.
    func counts() throws -> [String: Int] {
        try reader.read { db in
            var counts: [String: Int] = [:]
            for table in CopiedTable.all {
                counts[table.name] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.name.quotedDatabaseIdentifier)") ?? 0
            }
            return counts
        }
    }

    /// The highest id a table of `AUTOINCREMENT` ids ever gave (deleted rows included: SQLite
    /// never gives an id twice, and PostgreSQL must not either), 0 when none.
    func highestID(of table: CopiedTable) throws -> Int64 {
        try reader.read { db in
            let max = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(table.name.quotedDatabaseIdentifier)") ?? 0
            guard try db.tableExists("sqlite_sequence") else { return max }
            let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = ?", arguments: [table.name]) ?? 0
            return Swift.max(max, seq)
        }
    }

    /// Up to `limit` rows of `table` after rowid `after`, as COPY text; a value that cannot be copied
    /// throws `CopyRefusal` naming its table, row and column.
    func page(of table: CopiedTable, after: Int64, limit: Int) throws -> Page {
        let columns = table.columns.map(\.name.quotedDatabaseIdentifier).joined(separator: ", ")
        let sql = "SELECT rowid, \(columns) FROM \(table.name.quotedDatabaseIdentifier) WHERE rowid > ? ORDER BY rowid LIMIT ?"
        let kinds = table.columns.map(\.kind)
        return try reader.read { db in
            var page = Page()
            page.bytes.reserveCapacity(limit * 64)
            let rows = try Row.fetchCursor(db, sql: sql, arguments: [after, limit])
            while let row = try rows.next() {
                let rowid: Int64 = row[0]
                for (i, kind) in kinds.enumerated() {
                    if i > 0 { page.bytes.append(UInt8(ascii: "\t")) }
                    do {
                        try CopyText.append(row[i + 1] as DatabaseValue, as: kind, to: &page.bytes)
                    } catch let refusal as CopyText.Refusal {
                        throw CopyRefusal(table: table.name, row: rowid, column: table.columns[i].name, reason: refusal.reason)
                    }
                }
                page.bytes.append(UInt8(ascii: "\n"))
                page.rows += 1
                page.lastRowID = rowid
            }
            return page
        }
    }
}

/// A stored value that cannot be copied to PostgreSQL: where it is and why.
struct CopyRefusal: Error {
    let table: String
    let row: Int64
    let column: String
    let reason: String
}
