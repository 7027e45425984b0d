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

    /// Writes `report-<week>[-<units>].<ext>` files into `outDir` and returns their paths, and those
    /// of them that replaced an earlier file of the same name (the same week and units: said, not silent).
    public func writeWeekly(week: ISOWeek?, now: Date, unitIDs: Set<String>?, formats: [Format],
                            language: Language, outDir: String, separator: CSVSeparator = .comma,
                            csvStyle: CSVStyle? = nil) throws -> (week: ISOWeek, paths: [String], replaced: [String]) {
        if let ids = unitIDs {
            for id in ids where registry.unit(id) == nil { throw PipelineError.unknownUnit(id) }
        }
        let week = week ?? ISOWeek.lastComplete(before: now, in: zone)
        var input = WeeklyInput(
            registry: registry,
            posts: try database.observedPosts(to: week.end(in: zone), evidence: false, detailFrom: week.start(in: zone),
                                            warn: warn),
            health: try database.health(), week: week, now: now, zone: zone, unitIDs: unitIDs,
            weights: registry.settings.weights)
        input.gains = try database.engagementGains(from: week.start(in: zone), to: week.end(in: zone))
        let report = WeeklyBuilder.build(input)
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        var paths: [String] = [], replaced: [String] = []
        let scope = unitIDs.map { "-" + Self.fileScope($0) } ?? ""
        for f in formats {
            let text = switch f {
            case .html: HTMLReport.render(report, language: language)
            case .md: MarkdownReport.render(report, language: language)
            case .csv: CSVReport.render(report, language: language, style: csvStyle ?? .machine(separator))
            case .json: JSONReport.render(report, language: language)
            }
            let path = (outDir as NSString).appendingPathComponent("report-\(week)\(scope).\(f.rawValue)")
            if FileManager.default.fileExists(atPath: path) { replaced.append(path) }
            paths.append(try write(text, to: path))
        }
        return (week, paths, replaced)
    }

    /// Evidence formats.
    public enum EvidenceFormat: String, Sendable, CaseIterable { case csv, html }

    /// Writes the LKE evidence (`evidence-<units>-<day>.csv` + `evidence-answers-<units>-<day>.csv`, or
    /// `evidence-<units>-<day>.html`; `semua` for every unit) and returns the paths. An existing file is
    /// never replaced: the new one gets the next free number (`…-2.csv`).
    public func writeEvidence(now: Date, unitIDs: Set<String>?, format: EvidenceFormat, language: Language,
                              outDir: String, separator: CSVSeparator = .comma, csvStyle: CSVStyle? = nil) throws -> [String] {
        if let ids = unitIDs {
            for id in ids where registry.unit(id) == nil { throw PipelineError.unknownUnit(id) }
        }
        let evidence = EvidenceBuilder.build(registry: registry, posts: try database.observedPosts(evidence: false, warn: warn),
                                             health: try database.health(), now: now, zone: zone, unitIDs: unitIDs)
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        let stem = "\(unitIDs.map(Self.fileScope) ?? (language == .id ? "semua" : "all"))-\(LocalFormat.isoDay(now, zone: zone))"
        let style = csvStyle ?? .machine(separator)
        switch format {
        case .html:
            let (p, _) = Self.freshPaths(outDir, ["evidence-\(stem)"], ext: "html")
            return [try write(EvidenceHTML.render(evidence, language: language), to: p[0])]
        case .csv:
            let (p, _) = Self.freshPaths(outDir, ["evidence-\(stem)", "evidence-answers-\(stem)"], ext: "csv")
            return [try write(EvidenceCSV.render(evidence, language: language, style: style), to: p[0]),
                    try write(EvidenceCSV.renderAnswers(evidence, language: language, style: style), to: p[1])]
        }
    }

    /// "polres-tuban" or "polres-tuban+polsek-senori": the units of an export, for its file name.
    static func fileScope(_ ids: Set<String>) -> String { ids.sorted().joined(separator: "+") }

    /// Paths `<dir>/<stem>.<ext>` for every stem, numbered `-2`, `-3`… together until none exists.
    static func freshPaths(_ dir: String, _ stems: [String], ext: String) -> ([String], Int) {
        var n = 1
        while true {
            let paths = stems.map { (dir as NSString).appendingPathComponent(n == 1 ? "\($0).\(ext)" : "\($0)-\(n).\(ext)") }
            if !paths.contains(where: { FileManager.default.fileExists(atPath: $0) }) { return (paths, n) }
            n += 1
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
