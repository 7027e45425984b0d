import Foundation
import PantauModel
import PostgresNIO

/// Alert lifecycle states and history on PostgreSQL: the SQL of `AppDatabase+Alerts.swift`. A state
/// is kept as the same JSON text (sorted keys, dates in seconds since 1970) and read back alike.
extension PostgresStore: AlertStore {
    public func alertStates(notifier: String) async throws -> [AlertState] {
        let rows = try await query("""
            SELECT state FROM alertState WHERE notifier = \(notifier) ORDER BY unitID COLLATE "C", fingerprint COLLATE "C"
            """)
        let dec = JSONDecoder()
        dec.dateDecodingStrategy = .secondsSince1970
        let texts = try decoded { try rows.map { try $0.value(0, as: String.self) } }
        return texts.compactMap { try? dec.decode(AlertState.self, from: Data($0.utf8)) }
    }

    public func saveAlertStates(notifier: String, _ states: [AlertState], events: [AlertEvent]) async throws {
        let enc = JSONEncoder()
        enc.dateEncodingStrategy = .secondsSince1970
        enc.outputFormatting = .sortedKeys
        let encoded = try states.map { s in (s, String(decoding: try enc.encode(s), as: UTF8.self)) }
        try await withTransaction { conn in
            try await conn.run("DELETE FROM alertState WHERE notifier = \(notifier)")
            for (s, json) in encoded {
                try await conn.run("""
                    INSERT INTO alertState (notifier, fingerprint, unitID, status, state)
                    VALUES (\(notifier), \(s.fingerprint), \(s.alert.unitID), \(s.status.rawValue), \(json))
                    """)
            }
            for e in events {
                try await conn.run("""
                    INSERT INTO alertEvent (at, notifier, fingerprint, unitID, kind, delivered, error, message)
                    VALUES (\(PostgresDate.text(e.at)), \(e.notifier), \(e.fingerprint), \(e.unitID), \(e.kind),
                            \(e.delivered), \(e.error), \(e.message))
                    """)
            }
        }
    }

    public func alertHistory(limit: Int) async throws -> [AlertEvent] {
        try await alertEvents(unitIDs: nil, limit: limit)
    }

    /// Alert history newest first, at most `limit` lines (no bound when negative, as SQLite's
    /// LIMIT reads it); with `unitIDs`, only theirs among the newest 100,000 lines, as
    /// `AppDatabase.alertHistory(unitIDs:limit:)` filters them.
    func alertEvents(unitIDs: Set<String>?, limit: Int) async throws(PostgresStoreError) -> [AlertEvent] {
        let bound: Int? = limit < 0 ? nil : limit
        let columns = "at, notifier, fingerprint, unitID, kind, delivered, error, message"
        let rows: [PostgresRow]
        if let unitIDs {
            rows = try await query("""
                SELECT \(unescaped: columns) FROM (SELECT * FROM alertEvent ORDER BY id DESC LIMIT 100000) newest
                WHERE unitID = ANY(\(Array(unitIDs))) ORDER BY id DESC LIMIT \(bound)
                """)
        } else {
            rows = try await query("SELECT \(unescaped: columns) FROM alertEvent ORDER BY id DESC LIMIT \(bound)")
        }
        do {
            return try rows.map { row in
                let r = row.makeRandomAccess()
                guard let at = try r.grdbDate(0) else { throw PostgresStoreError.query(server: server, reason: "alertEvent.at is not a date") }
                return AlertEvent(at: at, notifier: try r.get(1), fingerprint: try r.get(2), unitID: try r.get(3),
                                  kind: try r.get(4), delivered: try r.get(5), error: try r.get(6), message: try r.get(7))
            }
        } catch { throw wrap(error) }
    }
}
