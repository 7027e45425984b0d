import Foundation
import PantauAlert
import PantauModel
import PantauScore
import PantauStore

/// Builds the weekly report and the alerts from what is stored. Reads the database, then hands
/// values to the pure stages.
public struct Reporter: Sendable {
    public var registry: Registry
    public var database: AppDatabase
    public var zone: TimeZone
    /// Told about stored numbers that were refused on read (a line naming the post and the value).
    public var warn: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data(("warning: " + line + "\n").utf8))
    }

    public init(registry: Registry, database: AppDatabase) {
        self.registry = registry
        self.database = database
        self.zone = TimeZone(identifier: registry.settings.timezone) ?? ISOWeek.jakarta
    }

    /// Output formats of the weekly report.
    public typealias Format = ReportFormat

    /// Writes `report-<week>[-<units>].<ext>` files into `outDir` and returns their paths, and those
    /// of them that replaced an earlier file of the same name (the same week and units: said, not silent).
    public func writeWeekly(week: ISOWeek?, now: Date, unitIDs: Set<String>?, formats: [Format],
                            language: Language, outDir: String, separator: CSVSeparator = .comma,
                            csvStyle: CSVStyle? = nil) throws -> (week: ISOWeek, paths: [String], replaced: [String]) {
        try checkUnits(unitIDs)
        let week = week ?? ISOWeek.lastComplete(before: now, in: zone)
        var input = WeeklyInput(
            registry: registry,
            posts: try database.observedPosts(to: week.end(in: zone), evidence: false, detailFrom: week.start(in: zone),
                                            warn: warn),
            health: try database.health(), week: week, now: now, zone: zone, unitIDs: unitIDs,
            weights: registry.settings.weights)
        input.gains = try database.engagementGains(from: week.start(in: zone), to: week.end(in: zone))
        let report = WeeklyBuilder.build(input)
        let files = formats.map {
            ReportFiles.render(report, as: $0, unitIDs: unitIDs, language: language, csvStyle: csvStyle ?? .machine(separator))
        }
        let written = try ReportFiles.write(files, into: outDir)
        return (week, written.map(\.path), written.filter(\.replacedEarlier).map(\.path))
    }

    /// Evidence formats.
    public typealias EvidenceFormat = PantauPipeline.EvidenceFormat

    /// Writes the LKE evidence (`evidence-<units>-<day>.csv` + `evidence-answers-<units>-<day>.csv`, or
    /// `evidence-<units>-<day>.html`; `semua` for every unit) and returns the paths. An existing file is
    /// never replaced: the new one gets the next free number (`…-2.csv`).
    public func writeEvidence(now: Date, unitIDs: Set<String>?, format: EvidenceFormat, language: Language,
                              outDir: String, separator: CSVSeparator = .comma, csvStyle: CSVStyle? = nil) throws -> [String] {
        try checkUnits(unitIDs)
        let evidence = EvidenceBuilder.build(registry: registry, posts: try database.observedPosts(evidence: false, warn: warn),
                                             health: try database.health(), now: now, zone: zone, unitIDs: unitIDs)
        let stem = ReportFiles.evidenceStem(unitIDs: unitIDs, now: now, zone: zone, language: language)
        let files = ReportFiles.render(evidence, as: format, stem: stem, language: language, csvStyle: csvStyle ?? .machine(separator))
        return try ReportFiles.writeFresh(files, into: outDir)
    }

    private func checkUnits(_ unitIDs: Set<String>?) throws {
        for id in unitIDs ?? [] where registry.unit(id) == nil { throw PipelineError.unknownUnit(id) }
    }

    /// The alerts that hold at `now`.
    public func alerts(now: Date) throws -> [Alert] {
        AlertEngine.evaluate(registry: registry, posts: try database.observedPosts(evidence: false, warn: warn), health: try database.health(),
                             now: now, zone: zone)
    }

    /// The demo's clock: Monday 00:00 after the week of the newest stored post (in the report zone),
    /// so the demo reports that week and gives the same report whatever today's date is.
    public func dataAnchoredNow() throws -> Date? {
        guard let newest = try database.newestPostTime() else { return nil }
        return ISOWeek.containing(newest, in: zone).end(in: zone)
    }
}
