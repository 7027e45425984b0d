import Foundation
import PantauModel
import PostgresNIO

/// The rest of `CrawlStorage` on PostgreSQL: parse marks, quarantines, channels held back, the next
/// due time and the saving of a batch (`PostgresCrawlWriter`).
extension PostgresStore {
    public func markParsesUnderWay(_ marks: [ParseMark], owner: String, at: Date) async throws {
        guard !marks.isEmpty else { return }
        let when = StorageDate.text(at)
        try await withTransaction { conn in
            for m in marks {
                try await conn.run("""
                    INSERT INTO parseWatch (sourceID, parsingOwner, parsingSince, parsingHash)
                    VALUES (\(m.sourceID), \(owner), \(when), \(m.contentHash))
                    ON CONFLICT (sourceID) DO UPDATE SET parsingOwner = excluded.parsingOwner,
                        parsingSince = excluded.parsingSince, parsingHash = excluded.parsingHash
                    """)
            }
        }
    }

    public func parsesEnded(_ sourceIDs: [String]) async throws {
        guard !sourceIDs.isEmpty else { return }
        try await execute("DELETE FROM parseWatch WHERE sourceID = ANY(\(sourceIDs))")
    }

    /// One transaction per batch; each outcome in its own savepoint, so one that cannot be saved is
    /// left out alone (its error in its slot) and the others are kept. Outcomes are written in the
    /// order given, so posts get their ids in the same order as on SQLite.
    public func saveCrawled(_ outcomes: [CrawlOutcome], owner: String) async throws -> [Result<Int, StoreError>] {
        guard !outcomes.isEmpty else { return [] }
        return try await withTransaction { conn in
            let writer = PostgresCrawlWriter(conn: conn)
            var results: [Result<Int, StoreError>] = []
            results.reserveCapacity(outcomes.count)
            for o in outcomes {
                var tries = 0
                while true {
                    switch try await conn.savepoint({ try await writer.save(o, releasingLeaseOf: owner) }) {
                    case let .success(n): results.append(.success(n))
                    case let .failure(error) where Self.isDeadlock(error) && tries < 3:
                        // Another worker writes the same rows (a lease taken over): its transaction
                        // goes on, this outcome is written again once it committed.
                        tries += 1
                        continue
                    case let .failure(error):
                        results.append(.failure(.query("cannot save source \(o.sourceID): \(self.wrap(error))")))
                    }
                    break
                }
            }
            return results
        }
    }

    /// A deadlock or serialization failure: the statement may work when tried again.
    static func isDeadlock(_ error: any Error) -> Bool {
        guard let e = error as? PSQLError, e.code == .server, let state = e.serverInfo?[.sqlState] else { return false }
        return state == "40P01" || state == "40001"
    }

    public func parseQuarantines() async throws -> [String: ParseQuarantine] {
        let rows = try await query("""
            SELECT sourceID, quarantinedAt, quarantineHash FROM parseWatch WHERE quarantinedAt IS NOT NULL
            """)
        do {
            var out: [String: ParseQuarantine] = [:]
            for r in rows {
                let id = try r.value(0, as: String.self)
                guard let since = try r.date(1) else { continue }
                out[id] = ParseQuarantine(sourceID: id, since: since, contentHash: try r.value(2, as: String?.self) ?? "")
            }
            return out
        } catch { throw wrap(error) }
    }

    /// As `AppDatabase.noteChannelWaiting`: a token expired or a broken channel keeps that state.
    public func noteChannelWaiting(_ sourceID: String, note: String, at: Date) async throws {
        let limited = ChannelState.rateLimited.rawValue, when = StorageDate.text(at)
        try await execute("""
            INSERT INTO channelState (sourceID, state, since, at, hint) VALUES (\(sourceID), \(limited), \(when), \(when), \(note))
            ON CONFLICT (sourceID) DO UPDATE SET
              since = CASE WHEN channelState.state = excluded.state THEN channelState.since ELSE excluded.since END,
              state = excluded.state, at = excluded.at, hint = excluded.hint
            WHERE channelState.state NOT IN ('token_expired', 'broken')
            """)
    }

    public func earliestDue() async throws -> Date? {
        let rows = try await query("""
            SELECT COUNT(*) FILTER (WHERE nextDue IS NULL), MIN(nextDue) FROM source WHERE inRegistry
            """)
        do {
            guard let r = rows.first, try r.value(0, as: Int.self) == 0 else { return nil }
            return try r.date(1)
        } catch { throw wrap(error) }
    }
}
