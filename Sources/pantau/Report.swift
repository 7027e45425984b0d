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

    @Option(name: .customLong("csv-style"), help: "CSV style: indonesian (';', decimal comma, DD/MM/YYYY dates, headers for people; the default with language id) or machine (',', ISO dates, snake_case headers).")
    var csvStyle: String?

    @Flag(help: "Machine CSV with ';' between fields.")
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
            if all, !unit.isEmpty {
                throw CLIError(say(registry.settings.language, id: "Pakai --all atau --unit, jangan keduanya.",
                                   en: "Use either --all or --unit, not both."))
            }
            let language = try parseLanguage(lang, default: registry.settings.language)
            let w = try week.map { text -> ISOWeek in
                guard let w = ISOWeek(text) else {
                    throw CLIError(say(language, id: "--week \"\(text)\" bukan pekan ISO (contoh: 2026-W47).",
                                       en: "--week \"\(text)\" is not an ISO week (use e.g. 2026-W47)."))
                }
                return w
            }
            let formats = try parseFormats(format)
            guard try reporter.hasData() else {
                print(Reporter.noDataText(language))
                return
            }
            let clock = try parseNow(now) ?? reporter.defaultNow()
            if let w, w.start(in: reporter.zone) > clock {
                let today = LocalFormat.dateTime(clock, zone: reporter.zone, language: language)
                throw CLIError(say(language, id: "Pekan \(w) belum dimulai (sekarang \(today)): tidak ada yang bisa dilaporkan.",
                                   en: "Week \(w) has not started yet (now \(today)): there is nothing to report."))
            }
            let result = try reporter.writeWeekly(week: w, now: clock,
                                                  unitIDs: unit.isEmpty ? nil : Set(unit), formats: formats,
                                                  language: language, outDir: out,
                                                  csvStyle: try parseCSVStyle(csvStyle, semicolon: semicolon, language: language))
            let provisional = result.week.end(in: reporter.zone) > clock
            print(say(language,
                      id: "Laporan pekan \(result.week)" + (provisional ? " (sementara: pekan ini belum selesai)" : "") + ":",
                      en: "Report for \(result.week)" + (provisional ? " (provisional: the week is not over)" : "") + ":"))
            for p in result.paths {
                print("  \(absolute(p))" + (result.replaced.contains(p) ? say(language, id: " (menggantikan berkas lama)", en: " (replaced the earlier file)") : ""))
            }
        }
    }
}

func parseLanguage(_ text: String?, default d: Language) throws -> Language {
    guard let text else { return d }
    guard let l = Language(rawValue: text.lowercased()) else {
        throw CLIError(say(d, id: "--lang \"\(text)\": pakai id atau en.", en: "--lang \"\(text)\": use id or en."))
    }
    CLILanguage.set(l)
    return l
}

func parseFormats(_ text: String) throws -> [Reporter.Format] {
    try text.split(separator: ",").map { part in
        let t = part.trimmingCharacters(in: .whitespaces).lowercased()
        guard let f = Reporter.Format(rawValue: t == "markdown" ? "md" : t) else {
            throw CLIError(say(CLILanguage.value, id: "--format \"\(t)\": pakai html, md, csv, json.", en: "--format \"\(t)\": use html, md, csv, json"))
        }
        return f
    }
}

func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
}

/// `--csv-style`: indonesian by default for Bahasa Indonesia, machine for English; `--semicolon`
/// asks for machine CSV with `;`.
func parseCSVStyle(_ text: String?, semicolon: Bool, language: Language) throws -> CSVStyle {
    switch text?.lowercased() {
    case nil: return semicolon ? .machine(.semicolon) : language == .id ? .indonesian : .machine(.comma)
    case "indonesian", "id", "excel": return .indonesian
    case "machine", "mesin": return .machine(semicolon ? .semicolon : .comma)
    case let other?: throw CLIError(say(language, id: "--csv-style \"\(other)\": pakai indonesian atau machine.",
                                        en: "--csv-style \"\(other)\": use indonesian or machine."))
    }
}
