import Foundation
import PantauStore

/// What `pantau export` did: the rows of every table on both sides, equal (a difference undoes the copy).
public struct ExportResult: Sendable, Codable, Hashable {
    /// The SQLite file copied.
    public var from: String
    /// The PostgreSQL database written, without credentials ("postgres://host:5432/db").
    public var to: String
    /// Every table, in copy order.
    public var tables: [TableCount]
    /// How long it took, in seconds.
    public var seconds: Double

    /// All rows copied.
    public var rows: Int { tables.reduce(0) { $0 + $1.postgres } }
}
