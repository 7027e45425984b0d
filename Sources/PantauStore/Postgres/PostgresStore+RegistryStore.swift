import Foundation
import PantauModel
import PostgresNIO

extension PostgresStore: RegistryStore {
    /// As `AppDatabase.syncSources`: new sources added, changed ones updated (a new URL forgets the old
    /// ETag, Last-Modified, gone and moved-to), removed ones kept but marked out of the registry; rows
    /// that already match are left untouched, and crawl state and leases stay. One transaction, under
    /// an advisory lock, so workers starting together sync one after the other.
    public func syncSources(_ sources: [Source]) async throws {
        try await withTransaction { conn in
            try await conn.run("SELECT pg_advisory_xact_lock(\(Self.syncLock))")
            struct Stored { var unitID, platform, kind, url: String; var inRegistry: Bool }
            var stored: [String: Stored] = [:]
            for r in try await conn.rows("SELECT id, unitID, platform, kind, url, inRegistry FROM source") {
                stored[try r.value(0, as: String.self)] = Stored(
                    unitID: try r.value(1), platform: try r.value(2), kind: try r.value(3), url: try r.value(4),
                    inRegistry: try r.value(5))
            }
            var wanted = Set<String>()
            var new: [Source] = []
            for s in sources {
                wanted.insert(s.id)
                guard let r = stored[s.id] else { new.append(s); continue }
                let same = r.url == s.url && r.unitID == s.unitID && r.platform == s.platform.rawValue &&
                    r.kind == s.kind.rawValue && r.inRegistry
                if same { continue }
                let moved = r.url != s.url
                try await conn.run("""
                    UPDATE source SET unitID = \(s.unitID), platform = \(s.platform.rawValue), kind = \(s.kind.rawValue),
                        url = \(s.url), inRegistry = TRUE,
                        etag = CASE WHEN \(moved) THEN NULL ELSE etag END,
                        lastModified = CASE WHEN \(moved) THEN NULL ELSE lastModified END,
                        gone = CASE WHEN \(moved) THEN FALSE ELSE gone END,
                        movedTo = CASE WHEN \(moved) THEN NULL ELSE movedTo END
                    WHERE id = \(s.id)
                    """)
            }
            // New sources in one statement per thousand (every other column takes the schema's default).
            var start = 0
            while start < new.count {
                let chunk = new[start..<min(start + 1_000, new.count)]
                try await conn.run("""
                    INSERT INTO source (id, unitID, platform, kind, url)
                    SELECT * FROM UNNEST(\(chunk.map(\.id)), \(chunk.map(\.unitID)), \(chunk.map(\.platform.rawValue)),
                                         \(chunk.map(\.kind.rawValue)), \(chunk.map(\.url)))
                    ON CONFLICT (id) DO NOTHING
                    """)
                start += 1_000
            }
            let leaving = stored.filter { $0.value.inRegistry && !wanted.contains($0.key) }.map(\.key)
            if !leaving.isEmpty {
                try await conn.run("UPDATE source SET inRegistry = FALSE WHERE id = ANY(\(leaving))")
            }
        }
    }

    /// The key of the advisory lock registry syncs run under ("pantsync" in ASCII).
    static let syncLock: Int64 = 0x7061_6e74_7379_6e63
}
