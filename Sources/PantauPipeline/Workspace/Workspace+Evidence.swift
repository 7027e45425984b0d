import Foundation
import PantauModel
import PantauScore

extension Workspace {
    /// The LKE evidence (*bukti dukung*) for `unitIDs` and the units below them (default: all):
    /// every public post per innovation, with suggested answers. `now` defaults to `defaultNow()`.
    public func evidence(now: Date? = nil, unitIDs: Set<String>? = nil) async throws -> EvidenceReport {
        let state = try await store.dataState()
        guard state.hasData else { throw WorkspaceError.noData }
        try checkUnits(unitIDs)
        let posts = try await readPosts(PostQuery(evidence: false))
        return EvidenceBuilder.build(registry: registry, posts: posts, health: try await store.health(),
                                     now: now ?? defaultNow(state), zone: zone, unitIDs: unitIDs)
    }

    /// Writes the evidence into `folder` (`evidence-<units>-<day>.csv` + `evidence-answers-…csv`, or
    /// one `.html`) and returns the paths. An existing file is never replaced: the new ones get the
    /// next free number together (`…-2.csv`).
    public func writeEvidence(now: Date? = nil, unitIDs: Set<String>? = nil, format: EvidenceFormat = .csv,
                              language: Language? = nil, csvStyle: CSVStyle? = nil, into folder: String) async throws -> [String] {
        let evidence = try await evidence(now: now, unitIDs: unitIDs)
        let language = language ?? self.language
        let stem = ReportFiles.evidenceStem(unitIDs: unitIDs, now: evidence.generated, zone: zone, language: language)
        let files = ReportFiles.render(evidence, as: format, stem: stem, language: language,
                                       csvStyle: csvStyle ?? .preferred(for: language))
        return try ReportFiles.writeFresh(files, into: folder)
    }
}
