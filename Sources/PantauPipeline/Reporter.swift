import Foundation
import PantauAlert
import PantauModel
import PantauReport
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
    public enum Format: String, Sendable, CaseIterable { case html, md, csv, json }

    /// Writes `report-<week>.<ext>` files into `outDir` and returns their paths.
    public func writeWeekly(week: ISOWeek?, now: Date, unitIDs: Set<String>?, formats: [Format],
                            language: Language, outDir: String,
                            separator: CSVSeparator = .comma) throws -> (week: ISOWeek, paths: [String]) {
        if let ids = unitIDs {
            for id in ids where registry.unit(id) == nil { throw PipelineError.unknownUnit(id) }
        }
        let week = week ?? ISOWeek.lastComplete(before: now, in: zone)
        let report = WeeklyBuilder.build(WeeklyInput(
            registry: registry,
            posts: try database.observedPosts(to: week.end(in: zone), evidence: false, detailFrom: week.start(in: zone),
                                            warn: warn),
            health: try database.health(), week: week, now: now, zone: zone, unitIDs: unitIDs,
            weights: registry.settings.weights))
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        var paths: [String] = []
        for f in formats {
            let text = switch f {
            case .html: HTMLReport.render(report, language: language)
            case .md: MarkdownReport.render(report, language: language)
            case .csv: CSVReport.render(report, language: language, separator: separator)
            case .json: JSONReport.render(report, language: language)
            }
            paths.append(try write(text, to: (outDir as NSString).appendingPathComponent("report-\(week).\(f.rawValue)")))
        }
        return (week, paths)
    }

    /// Evidence formats.
    public enum EvidenceFormat: String, Sendable, CaseIterable { case csv, html }

    /// Writes the LKE evidence (`evidence.csv` + `evidence-answers.csv`, or `evidence.html`) and returns the paths.
    public func writeEvidence(now: Date, unitIDs: Set<String>?, format: EvidenceFormat, language: Language,
                              outDir: String, separator: CSVSeparator = .comma) throws -> [String] {
        if let ids = unitIDs {
            for id in ids where registry.unit(id) == nil { throw PipelineError.unknownUnit(id) }
        }
        let evidence = EvidenceBuilder.build(registry: registry, posts: try database.observedPosts(evidence: false, warn: warn),
                                             health: try database.health(), now: now, zone: zone, unitIDs: unitIDs)
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        func path(_ name: String) -> String { (outDir as NSString).appendingPathComponent(name) }
        switch format {
        case .html:
            return [try write(EvidenceHTML.render(evidence, language: language), to: path("evidence.html"))]
        case .csv:
            return [try write(EvidenceCSV.render(evidence, language: language, separator: separator), to: path("evidence.csv")),
                    try write(EvidenceCSV.renderAnswers(evidence, language: language, separator: separator),
                              to: path("evidence-answers.csv"))]
        }
    }

    private func write(_ text: String, to path: String) throws -> String {
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw PipelineError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        return path
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
