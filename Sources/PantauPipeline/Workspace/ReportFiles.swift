import Foundation
import PantauModel
import PantauReport

/// Rendering reports and evidence, and writing them into a folder. Pure apart from the file writes.
enum ReportFiles {
    /// The weekly report in one format, under its file name `report-<week>[-<units>].<ext>`.
    static func render(_ report: WeeklyReport, as format: ReportFormat, unitIDs: Set<String>?, language: Language,
                       csvStyle: CSVStyle) -> RenderedFile {
        let text = switch format {
        case .html: HTMLReport.render(report, language: language)
        case .md: MarkdownReport.render(report, language: language)
        case .csv: CSVReport.render(report, language: language, style: csvStyle)
        case .json: JSONReport.render(report, language: language)
        }
        let scope = unitIDs.map { "-" + fileScope($0) } ?? ""
        return RenderedFile(name: "report-\(report.week)\(scope).\(format.rawValue)", text: text)
    }

    /// The evidence export: one HTML page, or the posts CSV and the answers CSV.
    static func render(_ evidence: EvidenceReport, as format: EvidenceFormat, stem: String, language: Language,
                       csvStyle: CSVStyle) -> [RenderedFile] {
        switch format {
        case .html:
            return [RenderedFile(name: "evidence-\(stem).html", text: EvidenceHTML.render(evidence, language: language))]
        case .csv:
            return [RenderedFile(name: "evidence-\(stem).csv", text: EvidenceCSV.render(evidence, language: language, style: csvStyle)),
                    RenderedFile(name: "evidence-answers-\(stem).csv",
                                 text: EvidenceCSV.renderAnswers(evidence, language: language, style: csvStyle))]
        }
    }

    /// Writes the files into `folder` (created if needed), replacing files of the same name.
    static func write(_ files: [RenderedFile], into folder: String) throws -> [WrittenFile] {
        try createFolder(folder)
        return try files.map { f in
            let path = (folder as NSString).appendingPathComponent(f.name)
            let existed = FileManager.default.fileExists(atPath: path)
            return WrittenFile(path: try write(f.text, to: path), replacedEarlier: existed)
        }
    }

    /// Writes the files into `folder` without replacing any: when one of the names is taken, all
    /// of them get the next free number together (`…-2.csv`).
    static func writeFresh(_ files: [RenderedFile], into folder: String) throws -> [String] {
        try createFolder(folder)
        var n = 1
        while true {
            let paths = files.map { f in
                let ext = (f.name as NSString).pathExtension, stem = (f.name as NSString).deletingPathExtension
                return (folder as NSString).appendingPathComponent(n == 1 ? f.name : "\(stem)-\(n).\(ext)")
            }
            if !paths.contains(where: { FileManager.default.fileExists(atPath: $0) }) {
                return try zip(files, paths).map { try write($0.text, to: $1) }
            }
            n += 1
        }
    }

    /// "polres-tuban" or "polres-tuban+polsek-senori": the units of an export, for its file name.
    static func fileScope(_ ids: Set<String>) -> String { ids.sorted().joined(separator: "+") }

    /// The evidence file stem: the units (or `semua`/`all`) and the day.
    static func evidenceStem(unitIDs: Set<String>?, now: Date, zone: TimeZone, language: Language) -> String {
        "\(unitIDs.map(fileScope) ?? (language == .id ? "semua" : "all"))-\(LocalFormat.isoDay(now, zone: zone))"
    }

    private static func createFolder(_ folder: String) throws {
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw PipelineError.cannotWrite(path: folder, reason: error.localizedDescription)
        }
    }

    private static func write(_ text: String, to path: String) throws -> String {
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw PipelineError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        return path
    }
}
