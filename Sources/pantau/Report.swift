import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline
import PantauReport

/// `pantau report`: the weekly visibility report.
struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the weekly visibility report (HTML and Markdown, Bahasa Indonesia by default).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "ISO week in Asia/Jakarta, e.g. 2026-W47 (default: the last complete week).")
    var week: String?

    @Option(help: "Only this unit and the units below it (repeatable).")
    var unit: [String] = []

    @Option(help: "Formats, comma-separated: html,md,csv,json.")
    var format = "html,md"

    @Flag(help: "Every unit (the default when no --unit is given).")
    var all = false

    @Flag(help: "CSV with ';' between fields (Excel on an Indonesian-locale machine).")
    var semicolon = false

    @Option(help: "Language: id (Bahasa Indonesia) or en.")
    var lang: String?

    @Option(help: "Folder to write into.")
    var out = "."

    @Option(help: "Pretend the time is this (2026-11-23 or ISO 8601); default now.")
    var now: String?

    func run() async throws {
        try await friendly {
            let registry = try global.loadRegistry()
            let reporter = Reporter(registry: registry, database: try global.openDatabase(registry))
            if all, !unit.isEmpty { throw CLIError("use either --all or --unit, not both") }
            let w = try week.map { text -> ISOWeek in
                guard let w = ISOWeek(text) else { throw CLIError("--week \"\(text)\" is not an ISO week (use e.g. 2026-W47)") }
                return w
            }
            let language = try parseLanguage(lang, default: registry.settings.language)
            let formats = try parseFormats(format)
            let result = try reporter.writeWeekly(week: w, now: try parseNow(now) ?? Date(),
                                                  unitIDs: unit.isEmpty ? nil : Set(unit), formats: formats,
                                                  language: language, outDir: out,
                                                  separator: semicolon ? .semicolon : .comma)
            print("Report for \(result.week):")
            for p in result.paths { print("  \(absolute(p))") }
        }
    }
}

func parseLanguage(_ text: String?, default d: Language) throws -> Language {
    guard let text else { return d }
    guard let l = Language(rawValue: text.lowercased()) else { throw CLIError("--lang \"\(text)\": use id or en") }
    return l
}

func parseFormats(_ text: String) throws -> [Reporter.Format] {
    try text.split(separator: ",").map { part in
        let t = part.trimmingCharacters(in: .whitespaces).lowercased()
        guard let f = Reporter.Format(rawValue: t == "markdown" ? "md" : t) else {
            throw CLIError("--format \"\(t)\": use html, md, csv, json")
        }
        return f
    }
}

func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
}
