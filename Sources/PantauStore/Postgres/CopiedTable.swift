import Foundation

/// One table `PostgresStore.importSQLite` copies: its name and columns as both schemas spell them
/// (`AppDatabase+Migrations.swift`, `PostgresSchema.swift`) and what each column holds.
/// `all` lists every table in foreign-key order (a referenced table before those that refer to it);
/// the migration bookkeeping (`grdb_migrations`, `pantau_migrations`) is not copied: each side keeps its own.
/// A migration that adds a table or a column adds it here too: an SQLite file with a table or column
/// not listed is refused rather than copied in part, and the tests compare this list with both schemas.
struct CopiedTable: Sendable, Hashable {
    /// What a column holds, as PostgreSQL types it.
    enum Kind: Sendable, Hashable {
        /// TEXT (dates too: `StorageDate`'s text on both sides).
        case text
        /// BIGINT.
        case integer
        /// DOUBLE PRECISION.
        case real
        /// BOOLEAN (0 or 1 in SQLite).
        case boolean
    }

    /// The name as the schemas write it (PostgreSQL folds it to lower case).
    let name: String
    let columns: [(name: String, kind: Kind)]
    /// Whether `id` is a BIGSERIAL whose sequence must be set past the copied ids.
    let serial: Bool

    /// The name PostgreSQL keeps (unquoted names are folded to lower case).
    var postgresName: String { name.lowercased() }

    /// Every table, in foreign-key order.
    static let all: [CopiedTable] = [
        table("source", "id unitID platform kind url etag lastModified lastAttempt lastSuccess lastError",
              .integer("consecutiveFailures"), "nextDue", .boolean("gone"), "movedTo leaseOwner leaseUntil",
              .boolean("inRegistry")),
        table("run", .integer("id"), "command startedAt finishedAt", .integer("sources newPosts errors"), serial: true),
        table("fetch", .integer("id runID"), "sourceID url at", .integer("status"), .boolean("notModified"),
              .integer("bytes"), .real("elapsed"), "error", .integer("newPosts"), serial: true),
        table("post", .integer("id"), "sourceID stableID url title text textSHA256 author published firstSeen lastSeen",
              serial: true),
        table("engagement", .integer("postID"), "at", .integer("views likes comments shares")),
        table("match", .integer("postID"), "innovationID", .real("score"), "evidence"),
        table("postImport", .integer("postID"), "file", .integer("line")),
        table("parseWatch", "sourceID parsingOwner parsingSince parsingHash", .integer("deaths"), "quarantinedAt quarantineHash"),
        table("channelState", "sourceID state since at hint", .integer("followers")),
        table("alertState", "notifier fingerprint unitID status state"),
        table("alertEvent", .integer("id"), "at notifier fingerprint unitID kind", .boolean("delivered"), "error message",
              serial: true),
        table("account", .integer("id"), "name unitID role passwordHash language", serial: true),
        table("accountSession", "digest", .integer("accountID"), "csrf expires"),
        table("apiToken", "digest", .integer("accountID"), "created"),
        table("loginAttempt", .integer("id"), "name address at", .boolean("succeeded"), serial: true),
        table("alertAck", .integer("id"), "fingerprint unitID action reason by at until", serial: true),
    ]

    /// Columns of one kind, written as their names separated by spaces; a plain string is text.
    struct Group: ExpressibleByStringLiteral {
        let names: String
        let kind: Kind
        init(stringLiteral names: String) { self.init(names, .text) }
        init(_ names: String, _ kind: Kind) { self.names = names; self.kind = kind }
        static func integer(_ names: String) -> Group { Group(names, .integer) }
        static func real(_ names: String) -> Group { Group(names, .real) }
        static func boolean(_ names: String) -> Group { Group(names, .boolean) }
    }

    private static func table(_ name: String, _ groups: Group..., serial: Bool = false) -> CopiedTable {
        let columns = groups.flatMap { g in g.names.split(separator: " ").map { (name: String($0), kind: g.kind) } }
        return CopiedTable(name: name, columns: columns, serial: serial)
    }

    static func == (a: CopiedTable, b: CopiedTable) -> Bool { a.name == b.name }
    func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
