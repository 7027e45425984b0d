import Foundation
import PantauModel
import PantauPipeline
import PantauStore

extension CrawlRun {
    /// As the callers of a run do: writes the registry's sources to the database, then crawls `sources`.
    func syncAndRun(_ sources: [Source], now: @escaping @Sendable () -> Date,
                    progress: PantauPipeline.Progress) async throws -> CrawlSummary {
        guard let db = storage as? AppDatabase else { throw PipelineError.noPosts }
        try db.syncSources(registry.sources)
        return try await run(sources: sources, now: now, progress: progress)
    }
}
