import Foundation
import GRDB
import PantauModel

extension AppDatabase: AccountStorage {
    public func saveAccount(name: String, unitID: String?, role: Account.Role, passwordHash: String) throws -> Account {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO account (name, unitID, role, passwordHash) VALUES (?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET unitID = excluded.unitID, role = excluded.role, passwordHash = excluded.passwordHash
                """, arguments: [name, unitID, role.rawValue, passwordHash])
            let row = try Row.fetchOne(db, sql: "SELECT id, language FROM account WHERE name = ?", arguments: [name])
            return Account(id: row?[0] ?? db.lastInsertedRowID, name: name, unitID: unitID, role: role,
                           language: (row?[1] as String?).flatMap(Language.init(rawValue:)))
        }
    }

    public func account(named name: String) throws -> Account? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, unitID, role, language FROM account WHERE name = ?", arguments: [name]).flatMap(Self.account)
        }
    }

    public func accounts() throws -> [Account] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, unitID, role, language FROM account ORDER BY name").compactMap(Self.account)
        }
    }

    public func setAccountLanguage(accountID: Int64, language: Language?) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE account SET language = ? WHERE id = ?", arguments: [language?.rawValue, accountID])
        }
    }

    public func passwordHash(accountID: Int64) throws -> String? {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT passwordHash FROM account WHERE id = ?", arguments: [accountID])
        }
    }

    public func createSession(tokenDigest: String, accountID: Int64, csrfToken: String, expires: Date) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM accountSession WHERE expires < ?", arguments: [Date()])
            try db.execute(sql: "INSERT INTO accountSession (digest, accountID, csrf, expires) VALUES (?, ?, ?, ?)",
                           arguments: [tokenDigest, accountID, csrfToken, expires])
        }
    }

    public func session(tokenDigest: String, now: Date) throws -> AccountSession? {
        try writer.read { db in
            // Cached statements: every dashboard request asks one of these two.
            guard let r = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT a.id, a.name, a.unitID, a.role, a.language, s.csrf, s.expires FROM accountSession s
                JOIN account a ON a.id = s.accountID WHERE s.digest = ? AND s.expires > ?
                """), arguments: [tokenDigest, now]), let account = Self.account(r) else { return nil }
            return AccountSession(account: account, csrfToken: r[5], expires: r[6])
        }
    }

    public func deleteSession(tokenDigest: String) throws {
        try writer.write { db in try db.execute(sql: "DELETE FROM accountSession WHERE digest = ?", arguments: [tokenDigest]) }
    }

    public func addAPIToken(tokenDigest: String, accountID: Int64, created: Date) throws {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO apiToken (digest, accountID, created) VALUES (?, ?, ?)",
                           arguments: [tokenDigest, accountID, created])
        }
    }

    public func account(apiTokenDigest: String) throws -> Account? {
        try writer.read { db in
            try Row.fetchOne(db.cachedStatement(sql: """
                SELECT a.id, a.name, a.unitID, a.role, a.language FROM apiToken t JOIN account a ON a.id = t.accountID WHERE t.digest = ?
                """), arguments: [apiTokenDigest]).flatMap(Self.account)
        }
    }

    public func recordLoginAttempt(name: String, address: String, at: Date, succeeded: Bool) throws {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO loginAttempt (name, address, at, succeeded) VALUES (?, ?, ?, ?)",
                           arguments: [name, address, at, succeeded])
        }
    }

    public func failedLoginAttempts(name: String, address: String, since: Date) throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM loginAttempt WHERE at >= ? AND succeeded = 0 AND (name = ? OR address = ?)
                """, arguments: [since, name, address]) ?? 0
        }
    }

    public func saveAcknowledgement(_ ack: AlertAcknowledgement) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO alertAck (fingerprint, unitID, action, reason, by, at, until) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ack.fingerprint, ack.unitID, ack.action.rawValue, ack.reason, ack.by, ack.at, ack.until])
        }
    }

    public func acknowledgements(unitIDs: Set<String>?, limit: Int) throws -> [AlertAcknowledgement] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM alertAck ORDER BY id DESC LIMIT ?", arguments: [unitIDs == nil ? limit : -1])
            var out: [AlertAcknowledgement] = []
            for r in rows where out.count < limit {
                let unitID: String = r["unitID"]
                guard unitIDs?.contains(unitID) ?? true,
                      let action = AlertAcknowledgement.Action(rawValue: r["action"]) else { continue }
                out.append(AlertAcknowledgement(fingerprint: r["fingerprint"], unitID: unitID, action: action, reason: r["reason"],
                                                by: r["by"], at: r["at"], until: r["until"]))
            }
            return out
        }
    }

    private static func account(_ r: Row) -> Account? {
        guard let role = Account.Role(rawValue: r[3]) else { return nil }
        return Account(id: r[0], name: r[1], unitID: r[2], role: role, language: (r[4] as String?).flatMap(Language.init(rawValue:)))
    }
}
