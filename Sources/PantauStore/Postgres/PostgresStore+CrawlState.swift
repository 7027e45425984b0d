import Foundation
import PantauModel
import PostgresNIO

/// The rest of `CrawlStorage` on PostgreSQL: parse marks, quarantines, channels held back, the next
/// due time and the saving of a batch (`PostgresCrawlWriter`).
extension PostgresStore {
    public func markParsesUnderWay(_ marks: [ParseMark], owner: String, at: Date) async throws {
        guard !marks.isEmpty else { return }
        let when = StorageDate.text(at)
        let ids = marks.map(\.sourceID), hashes = marks.map(\.contentHash)
        // One row per source: the last mark of a source wins, as when they were written one by one.
        var last: [String: Int] = [:]
        for (i, id) in ids.enumerated() { last[id] = i }
        let keep = ids.indices.filter { last[ids[$0]] == $0 }
        try await execute("""
            INSERT INTO parseWatch (sourceID, parsingOwner, parsingSince, parsingHash)
            SELECT u.sourceID, \(owner), \(when), u.hash
            FROM unnest(\(keep.map { ids[$0] })::text[], \(keep.map { hashes[$0] })::text[]) AS u(sourceID, hash)
            ON CONFLICT (sourceID) DO UPDATE SET parsingOwner = excluded.parsingOwner,
                parsingSince = excluded.parsingSince, parsingHash = excluded.parsingHash
            """)
    }

    public func parsesEnded(_ sourceIDs: [String]) async throws {
        guard !sourceIDs.isEmpty else { return }
        try await execute("DELETE FROM parseWatch WHERE sourceID = ANY(\(sourceIDs))")
    }

    /// One transaction per batch. The whole batch is written at once (`PostgresCrawlWriter`: a few
    /// statements whatever its size) inside a savepoint; when that fails, each outcome is written
    /// again in its own savepoint, so one that cannot be saved is left out alone (its error in its
    /// slot) and the others are kept. Posts get their ids in the order of the outcomes and of their
    /// posts, as on SQLite. A deadlock (another worker writing the same rows, a lease taken over) is
    /// tried again once that worker's transaction has gone on.
    public func saveCrawled(_ outcomes: [CrawlOutcome], owner: String) async throws -> [Result<Int, StoreError>] {
        guard !outcomes.isEmpty else { return [] }
        return try await withTransaction { conn in
            let writer = PostgresCrawlWriter(conn: conn)
            // Two outcomes of one source are written one after the other, as on SQLite.
            if outcomes.count > 1, Set(outcomes.map(\.sourceID)).count == outcomes.count,
               case let .success(counts) = try await Self.write(outcomes, with: writer, owner: owner) {
                return counts.map { .success($0) }
            }
            var results: [Result<Int, StoreError>] = []
            results.reserveCapacity(outcomes.count)
            for o in outcomes {
                switch try await Self.write([o], with: writer, owner: owner) {
                case let .success(counts): results.append(.success(counts[0]))
                case let .failure(error):
                    results.append(.failure(.query("cannot save source \(o.sourceID): \(self.wrap(error))")))
                }
            }
            return results
        }
    }

    /// Writes `outcomes` inside a savepoint, trying again up to three times after a deadlock.
    static func write(_ outcomes: [CrawlOutcome], with writer: PostgresCrawlWriter, owner: String) async throws
        -> Result<[Int], any Error> {
        var tries = 0
        while true {
            let result = try await writer.conn.savepoint { try await writer.save(outcomes, releasingLeaseOf: owner) }
            guard case let .failure(error) = result, isDeadlock(error), tries < 3 else { return result }
            tries += 1
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
