import GRDB

extension AppDatabase {
    /// Append-only: never edit a registered migration, add a new one at the end.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-core", migrate: createCoreTables)
        m.registerMigration("v2-alerts") { db in
            // One row per notifier and alert condition: the lifecycle state, as JSON.
            try db.create(table: "alertState") { t in
                t.column("notifier", .text).notNull()
                t.column("fingerprint", .text).notNull()
                t.column("unitID", .text).notNull()
                t.column("status", .text).notNull()
                t.column("state", .text).notNull()
                t.primaryKey(["notifier", "fingerprint"])
            }
            // Every notification decided and every delivery attempt, for `pantau alerts --history`.
            try db.create(table: "alertEvent") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("notifier", .text).notNull()
                t.column("fingerprint", .text).notNull()
                t.column("unitID", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("delivered", .boolean).notNull()
                t.column("error", .text)
                t.column("message", .text).notNull()
            }
        }
        // Where an imported post came from (the CSV file and line); a post without a row here was
        // crawled. Kept apart from `post` so the crawl's hot insert stays as it is.
        m.registerMigration("v3-post-import") { db in
            try db.create(table: "postImport") { t in
                t.primaryKey("postID", .integer).references("post", onDelete: .cascade)
                t.column("file", .text).notNull()
                t.column("line", .integer).notNull()
            }
        }
        m.registerMigration("v4-parse-watch") { db in
            // Per source: a parse under way (who, since when, which content), deaths in a row during
            // a parse, and the quarantine that follows the second one.
            try db.create(table: "parseWatch") { t in
                t.primaryKey("sourceID", .text)
                t.column("parsingOwner", .text)
                t.column("parsingSince", .datetime)
                t.column("parsingHash", .text)
                t.column("deaths", .integer).notNull().defaults(to: 0)
                t.column("quarantinedAt", .datetime)
                t.column("quarantineHash", .text)
            }
        }
        // Per `kind: api` source: the last read's channel state (seen, token expired, broken, rate
        // limited), since when it holds, the renewal hint and the followers the API gave (never a token).
        m.registerMigration("v5-channel-state") { db in
            try db.create(table: "channelState") { t in
                t.primaryKey("sourceID", .text).references("source", onDelete: .cascade)
                t.column("state", .text).notNull()
                t.column("since", .datetime).notNull()
                t.column("at", .datetime).notNull()
                t.column("hint", .text)
                t.column("followers", .integer)
            }
        }
        // Dashboard accounts (#16): accounts, browser sessions and API tokens (as SHA-256 digests),
        // login attempts for the rate limit, and editors' answers to alerts (kept as history).
        m.registerMigration("v7-accounts") { db in
            try AppDatabase.createAccountTables(db)
        }
        // Each account's dashboard language (#16); NULL: the registry's language.
        m.registerMigration("v8-account-language") { db in
            try db.alter(table: "account") { t in t.add(column: "language", .text) }
        }
        return m
    }
}

extension AppDatabase {
    /// v1-core: sources, fetches, posts, engagement snapshots, matches and runs. Never edited.
    static func createCoreTables(_ db: Database) throws {
        try db.create(table: "source") { t in
            t.primaryKey("id", .text)
            t.column("unitID", .text).notNull()
            t.column("platform", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("url", .text).notNull()
            t.column("etag", .text)
            t.column("lastModified", .text)
            t.column("lastAttempt", .datetime)
            t.column("lastSuccess", .datetime)
            t.column("lastError", .text)
            t.column("consecutiveFailures", .integer).notNull().defaults(to: 0)
            t.column("nextDue", .datetime)
            t.column("gone", .boolean).notNull().defaults(to: false)
            t.column("movedTo", .text)
            t.column("leaseOwner", .text)
            t.column("leaseUntil", .datetime)
            t.column("inRegistry", .boolean).notNull().defaults(to: true)
        }
        try db.create(table: "run") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("command", .text).notNull()
            t.column("startedAt", .datetime).notNull()
            t.column("finishedAt", .datetime)
            t.column("sources", .integer).notNull().defaults(to: 0)
            t.column("newPosts", .integer).notNull().defaults(to: 0)
            t.column("errors", .integer).notNull().defaults(to: 0)
        }
        try db.create(table: "fetch") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("runID", .integer).references("run", onDelete: .setNull)
            t.column("sourceID", .text).notNull().indexed()
            t.column("url", .text).notNull()
            t.column("at", .datetime).notNull()
            t.column("status", .integer).notNull()
            t.column("notModified", .boolean).notNull()
            t.column("bytes", .integer).notNull()
            t.column("elapsed", .double).notNull()
            t.column("error", .text)
            t.column("newPosts", .integer).notNull().defaults(to: 0)
        }
        try db.create(table: "post") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("sourceID", .text).notNull()
            t.column("stableID", .text).notNull()
            t.column("url", .text)
            t.column("title", .text)
            t.column("text", .text).notNull()
            t.column("textSHA256", .text).notNull()
            t.column("author", .text)
            t.column("published", .datetime)
            t.column("firstSeen", .datetime).notNull()
            t.column("lastSeen", .datetime).notNull()
            t.uniqueKey(["sourceID", "stableID"])
        }
        try db.create(index: "post_published", on: "post", columns: ["published"])
        try db.create(table: "engagement") { t in
            t.column("postID", .integer).notNull().references("post", onDelete: .cascade)
            t.column("at", .datetime).notNull()
            t.column("views", .integer)
            t.column("likes", .integer)
            t.column("comments", .integer)
            t.column("shares", .integer)
            t.primaryKey(["postID", "at"])
        }
        try db.create(table: "match") { t in
            t.column("postID", .integer).notNull().references("post", onDelete: .cascade)
            t.column("innovationID", .text).notNull().indexed()
            t.column("score", .double).notNull()
            t.column("evidence", .text).notNull()
            t.primaryKey(["postID", "innovationID"])
        }
    }
}
