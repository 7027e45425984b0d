import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

/// `pantau report`: the weekly visibility report.
struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the weekly visibility report (HTML and Markdown, Bahasa Indonesia by default).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "ISO week in Asia/Jakarta, e.g. 2026-W47 (default: the last complete week).")
    var week: ISOWeek?

    @Option(help: "Only this unit and the units below it (repeatable).")
    var unit: [String] = []

    @Option(help: "Formats, comma-separated: html,md,csv,json.")
    var format = ReportFormatList([.html, .md])

    @Flag(help: "Every unit (the default when no --unit is given).")
    var all = false

    @Option(name: .customLong("csv-style"), help: "CSV style: indonesian (';', decimal comma, DD/MM/YYYY dates, headers for people; the default with language id) or machine (',', ISO dates, snake_case headers).")
    var csvStyle: CSVStyleName?

    @Flag(help: "Machine CSV with ';' between fields.")
    var semicolon = false

    @Option(help: "Language: id (Bahasa Indonesia) or en.")
    var lang: Language?

    @Option(help: "Folder to write into.")
    var out = "."

    @Option(help: "Pretend the time is this (2026-11-23 or ISO 8601); default now.")
    var now: Moment?

    func validate() throws {
        if all, !unit.isEmpty { throw ValidationError("Use either --all or --unit, not both.") }
    }

    func run() async throws {
        try await friendly {
            let workspace = try await global.openWorkspace()
            let language = global.language(lang, workspace)
            guard try await workspace.hasData() else {
                print(Reporter.noDataText(language))
                return
            }
            let units = unit.isEmpty ? nil : Set(unit)
            let clock: Date
            if let given = try now?.date() { clock = given } else { clock = try await workspace.defaultNow() }
            let written = try await workspace.writeWeeklyReport(
                week: week, now: clock, unitIDs: units, formats: format.formats,
                language: language, csvStyle: CSVStyleName.style(csvStyle, semicolon: semicolon, language: language), into: out)
            let provisional = written.provisional
            print(say(language,
                      id: "Laporan pekan \(written.week)" + (provisional ? " (sementara: pekan ini belum selesai)" : "") + ":",
                      en: "Report for \(written.week)" + (provisional ? " (provisional: the week is not over)" : "") + ":"))
            for file in written.files {
                print("  \(absolute(file.path))"
                      + (file.replacedEarlier ? say(language, id: " (menggantikan berkas lama)", en: " (replaced the earlier file)") : ""))
            }
        }
    }
}
