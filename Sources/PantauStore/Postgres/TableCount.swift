import Foundation

/// Rows of one table on both sides of a copy (`PostgresStore.importSQLite`).
public struct TableCount: Sendable, Codable, Hashable {
    /// The table, as the schemas name it ("post", "alertEvent").
    public var table: String
    /// Rows in the SQLite database.
    public var sqlite: Int
    /// Rows in the PostgreSQL database after the copy.
    public var postgres: Int

    public init(table: String, sqlite: Int, postgres: Int) {
        self.table = table
        self.sqlite = sqlite
        self.postgres = postgres
    }
}
