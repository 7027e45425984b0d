import Foundation

/// The SQL of the PostgreSQL migrations, one entry per SQLite migration of the same name
/// (`AppDatabase+Migrations.swift`, `AppDatabase+AccountTables.swift`), table for table and column for
/// column. Types: text → TEXT COLLATE "C" (`text`: bytewise order, as SQLite compares), integer →
/// BIGINT, double → DOUBLE PRECISION, boolean → BOOLEAN, an auto-incremented id → BIGSERIAL, a date →
/// the same text as SQLite keeps (`StorageDate`: "yyyy-MM-dd HH:mm:ss.SSS", UTC, milliseconds), so
/// dates compare, sort and read back alike on both stores.
/// Names are unquoted (PostgreSQL folds them to lower case); `"fetch"` is a keyword and is quoted.
///
/// Append-only: never edit an entry, add a new one at the end (and its SQLite twin).
enum PostgresSchema {
    /// The type of every text column: compared byte by byte, as SQLite does, whatever the database's
    /// locale (a locale's order would sort reports and pages differently).
    static let text = #"TEXT COLLATE "C""#

    /// (name, statements), in order.
    static let migrations: [(name: String, statements: [String])] = [
        ("v1-core", core),
        ("v2-alerts", alerts),
        ("v3-post-import", [
            """
            CREATE TABLE postImport (postID BIGINT PRIMARY KEY REFERENCES post(id) ON DELETE CASCADE,
                file \(text) NOT NULL, line BIGINT NOT NULL)
            """,
        ]),
        ("v4-parse-watch", [
            """
            CREATE TABLE parseWatch (sourceID \(text) PRIMARY KEY, parsingOwner \(text), parsingSince \(text),
                parsingHash \(text),
                deaths BIGINT NOT NULL DEFAULT 0, quarantinedAt \(text), quarantineHash \(text))
            """,
        ]),
        ("v5-channel-state", [
            """
            CREATE TABLE channelState (sourceID \(text) PRIMARY KEY REFERENCES source(id) ON DELETE CASCADE,
                state \(text) NOT NULL, since \(text) NOT NULL, at \(text) NOT NULL, hint \(text), followers BIGINT)
            """,
        ]),
        ("v7-accounts", accounts),
        // PostgreSQL only: the due sources a worker looks for, and the leases it looks at.
        ("pg1-lease-index", [
            "CREATE INDEX source_due ON source (nextDue) WHERE inRegistry",
            "CREATE INDEX source_lease ON source (leaseOwner) WHERE leaseOwner IS NOT NULL",
        ]),
        ("v8-account-language", ["ALTER TABLE account ADD COLUMN language \(text)"]),
        // PostgreSQL only: counts the writes the dashboard's change stamp cannot see in the tables' ids
        // (a rematch, an import), so the stamp never has to read the match table (PostgresStore.dataStamp).
        ("pg2-data-version", ["CREATE SEQUENCE pantau_data_version"]),
    ]

    /// v1-core: sources (with their lease), runs, fetches, posts, engagement snapshots, matches.
    static let core = [
        """
        CREATE TABLE source (id \(text) PRIMARY KEY, unitID \(text) NOT NULL, platform \(text) NOT NULL, kind \(text) NOT NULL,
            url \(text) NOT NULL, etag \(text), lastModified \(text), lastAttempt \(text), lastSuccess \(text), lastError \(text),
            consecutiveFailures BIGINT NOT NULL DEFAULT 0, nextDue \(text), gone BOOLEAN NOT NULL DEFAULT FALSE,
            movedTo \(text), leaseOwner \(text), leaseUntil \(text), inRegistry BOOLEAN NOT NULL DEFAULT TRUE)
        """,
        """
        CREATE TABLE run (id BIGSERIAL PRIMARY KEY, command \(text) NOT NULL, startedAt \(text) NOT NULL, finishedAt \(text),
            sources BIGINT NOT NULL DEFAULT 0, newPosts BIGINT NOT NULL DEFAULT 0, errors BIGINT NOT NULL DEFAULT 0)
        """,
        """
        CREATE TABLE "fetch" (id BIGSERIAL PRIMARY KEY, runID BIGINT REFERENCES run(id) ON DELETE SET NULL,
            sourceID \(text) NOT NULL, url \(text) NOT NULL, at \(text) NOT NULL, status BIGINT NOT NULL,
            notModified BOOLEAN NOT NULL, bytes BIGINT NOT NULL, elapsed DOUBLE PRECISION NOT NULL, error \(text),
            newPosts BIGINT NOT NULL DEFAULT 0)
        """,
        #"CREATE INDEX fetch_on_sourceID ON "fetch" (sourceID)"#,
        """
        CREATE TABLE post (id BIGSERIAL PRIMARY KEY, sourceID \(text) NOT NULL, stableID \(text) NOT NULL, url \(text),
            title \(text), text \(text) NOT NULL, textSHA256 \(text) NOT NULL, author \(text), published \(text),
            firstSeen \(text) NOT NULL, lastSeen \(text) NOT NULL, UNIQUE (sourceID, stableID))
        """,
        "CREATE INDEX post_published ON post (published)",
        """
        CREATE TABLE engagement (postID BIGINT NOT NULL REFERENCES post(id) ON DELETE CASCADE, at \(text) NOT NULL,
            views BIGINT, likes BIGINT, comments BIGINT, shares BIGINT, PRIMARY KEY (postID, at))
        """,
        """
        CREATE TABLE match (postID BIGINT NOT NULL REFERENCES post(id) ON DELETE CASCADE, innovationID \(text) NOT NULL,
            score DOUBLE PRECISION NOT NULL, evidence \(text) NOT NULL, PRIMARY KEY (postID, innovationID))
        """,
        "CREATE INDEX match_on_innovationID ON match (innovationID)",
    ]

    /// v2-alerts: each notifier's state per alert condition, and every decision and delivery.
    static let alerts = [
        """
        CREATE TABLE alertState (notifier \(text) NOT NULL, fingerprint \(text) NOT NULL, unitID \(text) NOT NULL,
            status \(text) NOT NULL, state \(text) NOT NULL, PRIMARY KEY (notifier, fingerprint))
        """,
        """
        CREATE TABLE alertEvent (id BIGSERIAL PRIMARY KEY, at \(text) NOT NULL, notifier \(text) NOT NULL,
            fingerprint \(text) NOT NULL, unitID \(text) NOT NULL, kind \(text) NOT NULL, delivered BOOLEAN NOT NULL,
            error \(text), message \(text) NOT NULL)
        """,
    ]

    /// v7-accounts: dashboard accounts, sessions and API tokens (SHA-256 digests), login attempts,
    /// editors' answers to alerts.
    static let accounts = [
        """
        CREATE TABLE account (id BIGSERIAL PRIMARY KEY, name \(text) NOT NULL UNIQUE, unitID \(text), role \(text) NOT NULL,
            passwordHash \(text) NOT NULL)
        """,
        """
        CREATE TABLE accountSession (digest \(text) PRIMARY KEY, accountID BIGINT NOT NULL REFERENCES account(id)
            ON DELETE CASCADE, csrf \(text) NOT NULL, expires \(text) NOT NULL)
        """,
        """
        CREATE TABLE apiToken (digest \(text) PRIMARY KEY, accountID BIGINT NOT NULL REFERENCES account(id)
            ON DELETE CASCADE, created \(text) NOT NULL)
        """,
        """
        CREATE TABLE loginAttempt (id BIGSERIAL PRIMARY KEY, name \(text) NOT NULL, address \(text) NOT NULL,
            at \(text) NOT NULL, succeeded BOOLEAN NOT NULL)
        """,
        "CREATE INDEX loginAttempt_on_at ON loginAttempt (at)",
        """
        CREATE TABLE alertAck (id BIGSERIAL PRIMARY KEY, fingerprint \(text) NOT NULL, unitID \(text) NOT NULL,
            action \(text) NOT NULL, reason \(text) NOT NULL, by \(text) NOT NULL, at \(text) NOT NULL, until \(text))
        """,
        "CREATE INDEX alertAck_on_unitID ON alertAck (unitID)",
        "CREATE INDEX post_source_id ON post (sourceID, id)",
    ]
}
