import Foundation
import GRDB
import PantauModel

extension AppDatabase {
    /// The stored lifecycle states of one notifier.
    public func alertStates(notifier: String) throws -> [AlertState] {
        try writer.read { db in
            let dec = JSONDecoder()
            dec.dateDecodingStrategy = .secondsSince1970
            return try String.fetchAll(db, sql: "SELECT state FROM alertState WHERE notifier = ? ORDER BY unitID, fingerprint",
                                       arguments: [notifier])
                .compactMap { try? dec.decode(AlertState.self, from: Data($0.utf8)) }
        }
    }

    /// Replaces one notifier's states and appends history lines, in one transaction.
    public func saveAlertStates(notifier: String, _ states: [AlertState], events: [AlertEvent]) throws {
        let enc = JSONEncoder()
        enc.dateEncodingStrategy = .secondsSince1970
        enc.outputFormatting = .sortedKeys
        try writer.write { db in
            try db.execute(sql: "DELETE FROM alertState WHERE notifier = ?", arguments: [notifier])
            for s in states {
                let json = String(decoding: try enc.encode(s), as: UTF8.self)
                try db.execute(sql: "INSERT INTO alertState (notifier, fingerprint, unitID, status, state) VALUES (?, ?, ?, ?, ?)",
                               arguments: [notifier, s.fingerprint, s.alert.unitID, s.status.rawValue, json])
            }
            for e in events {
                try db.execute(sql: """
                    INSERT INTO alertEvent (at, notifier, fingerprint, unitID, kind, delivered, error, message)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [e.at, e.notifier, e.fingerprint, e.unitID, e.kind, e.delivered, e.error, e.message])
            }
        }
    }

    /// Alert history, newest first.
    public func alertHistory(limit: Int = 500) throws -> [AlertEvent] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM alertEvent ORDER BY id DESC LIMIT ?", arguments: [limit]).map {
                AlertEvent(at: $0["at"], notifier: $0["notifier"], fingerprint: $0["fingerprint"], unitID: $0["unitID"],
                           kind: $0["kind"], delivered: $0["delivered"], error: $0["error"], message: $0["message"])
            }
        }
    }
}
