import Foundation
import PantauModel

extension Workspace {
    /// Imports post-level numbers from a platform export (CSV). The whole file is checked first: a
    /// bad row stops the import with every problem listed (`ImportError`) and nothing is stored.
    /// Importing the same file twice adds nothing.
    public func importCSV(_ path: String, now: Date = Date()) async throws -> CSVImport.Summary {
        let p = try CSVImport.prepare(path: path, registry: registry)
        try await store.syncSources(registry.sources)
        let new = try await store.importPosts(p.batches, at: now, origins: p.origins)
        return CSVImport.Summary(rows: p.rows, newPosts: new, matched: p.matched)
    }

    /// Matches every stored post again with the current registry (after names, aliases or hashtags
    /// changed) and replaces the stored matches.
    public func rematch() async throws -> Rematch.Summary {
        let started = Date()
        let posts = try await store.postTexts()
        let all = Rematch.matches(registry: registry, posts: posts)
        let n = try await store.replaceMatches(all)
        return Rematch.Summary(posts: posts.count, matchedPosts: all.count, matches: n, seconds: Date().timeIntervalSince(started))
    }

    /// Candidate aliases and hashtags the stored posts use that the registry lacks, each with its
    /// evidence and the YAML lines to add. Nothing is written to the registry.
    public func suggest() async throws -> Suggest.Result {
        Suggest.result(registry: registry, posts: try await store.postTexts())
    }
}
