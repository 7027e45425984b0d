import GRDB

extension AppDatabase {
    /// The tables of migration `v7-accounts`.
    static func createAccountTables(_ db: Database) throws {
        try db.create(table: "account") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique()
            t.column("unitID", .text)
            t.column("role", .text).notNull()
            t.column("passwordHash", .text).notNull()
        }
        try db.create(table: "accountSession") { t in
            t.primaryKey("digest", .text)
            t.column("accountID", .integer).notNull().references("account", onDelete: .cascade)
            t.column("csrf", .text).notNull()
            t.column("expires", .datetime).notNull()
        }
        try db.create(table: "apiToken") { t in
            t.primaryKey("digest", .text)
            t.column("accountID", .integer).notNull().references("account", onDelete: .cascade)
            t.column("created", .datetime).notNull()
        }
        try db.create(table: "loginAttempt") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull()
            t.column("address", .text).notNull()
            t.column("at", .datetime).notNull().indexed()
            t.column("succeeded", .boolean).notNull()
        }
        try db.create(table: "alertAck") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("fingerprint", .text).notNull()
            t.column("unitID", .text).notNull().indexed()
            t.column("action", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("by", .text).notNull()
            t.column("at", .datetime).notNull()
            t.column("until", .datetime)
        }
        // The dashboard's post list filters by source (a unit's sources) and pages by id.
        try db.create(index: "post_source_id", on: "post", columns: ["sourceID", "id"], ifNotExists: true)
    }
}
