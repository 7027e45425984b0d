import Foundation
import PantauModel
import PostgresNIO

/// Dashboard accounts, sessions, API tokens, login attempts and answers to alerts on PostgreSQL:
/// the SQL of `AppDatabase+Accounts.swift`. Secrets arrive here only as digests and hashes.
extension PostgresStore: AccountStorage {
    public func saveAccount(name: String, unitID: String?, role: Account.Role, passwordHash: String) async throws -> Account {
        let rows = try await query("""
            INSERT INTO account (name, unitID, role, passwordHash) VALUES (\(name), \(unitID), \(role.rawValue), \(passwordHash))
            ON CONFLICT (name) DO UPDATE SET unitID = excluded.unitID, role = excluded.role, passwordHash = excluded.passwordHash
            RETURNING id, language
            """)
        return try decoded {
            Account(id: try rows[0].value(0, as: Int64.self), name: name, unitID: unitID, role: role,
                    language: try rows[0].value(1, as: String?.self).flatMap(Language.init(rawValue:)))
        }
    }

    public func account(named name: String) async throws -> Account? {
        let rows = try await query("SELECT id, name, unitID, role, language FROM account WHERE name = \(name)")
        return try decoded { try rows.first.flatMap(Self.account) }
    }

    public func accounts() async throws -> [Account] {
        let rows = try await query(#"SELECT id, name, unitID, role, language FROM account ORDER BY name COLLATE "C""#)
        return try decoded { try rows.compactMap(Self.account) }
    }

    public func setAccountLanguage(accountID: Int64, language: Language?) async throws {
        try await execute("UPDATE account SET language = \(language?.rawValue)::text WHERE id = \(accountID)")
    }

    public func passwordHash(accountID: Int64) async throws -> String? {
        let rows = try await query("SELECT passwordHash FROM account WHERE id = \(accountID)")
        return try decoded { try rows.first?.value(0, as: String.self) }
    }

    public func createSession(tokenDigest: String, accountID: Int64, csrfToken: String, expires: Date) async throws {
        try await withTransaction { conn in
            try await conn.run("DELETE FROM accountSession WHERE expires < \(PostgresDate.text(Date()))")
            try await conn.run("""
                INSERT INTO accountSession (digest, accountID, csrf, expires)
                VALUES (\(tokenDigest), \(accountID), \(csrfToken), \(PostgresDate.text(expires)))
                """)
        }
    }

    public func session(tokenDigest: String, now: Date) async throws -> AccountSession? {
        let rows = try await query("""
            SELECT a.id, a.name, a.unitID, a.role, a.language, s.csrf, s.expires FROM accountSession s
            JOIN account a ON a.id = s.accountID WHERE s.digest = \(tokenDigest) AND s.expires > \(PostgresDate.text(now))
            """)
        return try decoded {
            guard let row = rows.first, let account = try Self.account(row),
                  let expires = try row.makeRandomAccess().grdbDate(6) else { return nil }
            return AccountSession(account: account, csrfToken: try row.value(5, as: String.self), expires: expires)
        }
    }

    public func deleteSession(tokenDigest: String) async throws {
        try await execute("DELETE FROM accountSession WHERE digest = \(tokenDigest)")
    }

    public func addAPIToken(tokenDigest: String, accountID: Int64, created: Date) async throws {
        try await execute("""
            INSERT INTO apiToken (digest, accountID, created) VALUES (\(tokenDigest), \(accountID), \(PostgresDate.text(created)))
            """)
    }

    public func account(apiTokenDigest: String) async throws -> Account? {
        let rows = try await query("""
            SELECT a.id, a.name, a.unitID, a.role, a.language FROM apiToken t JOIN account a ON a.id = t.accountID
            WHERE t.digest = \(apiTokenDigest)
            """)
        return try decoded { try rows.first.flatMap(Self.account) }
    }

    public func recordLoginAttempt(name: String, address: String, at: Date, succeeded: Bool) async throws {
        try await execute("""
            INSERT INTO loginAttempt (name, address, at, succeeded) VALUES (\(name), \(address), \(PostgresDate.text(at)), \(succeeded))
            """)
    }

    public func failedLoginAttempts(name: String, address: String, since: Date) async throws -> Int {
        let rows = try await query("""
            SELECT COUNT(*) FROM loginAttempt
            WHERE at >= \(PostgresDate.text(since)) AND NOT succeeded AND (name = \(name) OR address = \(address))
            """)
        return try decoded { try rows.first?.value(0, as: Int.self) ?? 0 }
    }

    public func saveAcknowledgement(_ ack: AlertAcknowledgement) async throws {
        try await execute("""
            INSERT INTO alertAck (fingerprint, unitID, action, reason, by, at, until)
            VALUES (\(ack.fingerprint), \(ack.unitID), \(ack.action.rawValue), \(ack.reason), \(ack.by),
                    \(PostgresDate.text(ack.at)), \(PostgresDate.text(ack.until)))
            """)
    }

    /// As on SQLite: the newest `limit` answers of every unit, or, for some units, theirs among all
    /// answers newest first (an answer whose action this build does not know is skipped).
    public func acknowledgements(unitIDs: Set<String>?, limit: Int) async throws -> [AlertAcknowledgement] {
        let bound: Int? = unitIDs == nil && limit >= 0 ? limit : nil
        let rows = try await query("""
            SELECT fingerprint, unitID, action, reason, by, at, until FROM alertAck ORDER BY id DESC LIMIT \(bound)
            """)
        return try decoded {
            var out: [AlertAcknowledgement] = []
            for row in rows where out.count < limit {
                let r = row.makeRandomAccess()
                let unitID: String = try r.get(1)
                guard unitIDs?.contains(unitID) ?? true, let action = AlertAcknowledgement.Action(rawValue: try r.get(2)),
                      let at = try r.grdbDate(5) else { continue }
                out.append(AlertAcknowledgement(fingerprint: try r.get(0), unitID: unitID, action: action, reason: try r.get(3),
                                                by: try r.get(4), at: at, until: try r.grdbDate(6)))
            }
            return out
        }
    }

    /// An account from (id, name, unitID, role); nil for a role this build does not know.
    private static func account(_ row: PostgresRow) throws -> Account? {
        let r = row.makeRandomAccess()
        guard let role = Account.Role(rawValue: try r.get(3)) else { return nil }
        return Account(id: try r.get(0), name: try r.get(1), unitID: try r.get(2), role: role,
                       language: (try r.get(4) as String?).flatMap(Language.init(rawValue:)))
    }
}
