import Foundation

/// How far a copy (`PostgresStore.importSQLite`) is, told after each page of rows.
public struct CopyStep: Sendable, Hashable {
    /// The table being copied.
    public var table: String
    /// Rows copied so far, all tables together.
    public var copied: Int
    /// Rows to copy, all tables together.
    public var total: Int
}
