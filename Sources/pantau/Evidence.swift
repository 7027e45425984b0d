import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline
import PantauReport

/// `pantau evidence`: the LKE *bukti dukung* for the pelayanan publik area.
struct EvidenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Export LKE evidence: every public post per innovation, with suggested answers for PP ii.b, PP ii.f and MP ii.c.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this unit and the units below it (repeatable).")
    var unit: [String] = []

    @Option(help: "csv or html.")
    var format = "csv"

    @Option(help: "Language: id or en.")
    var lang: String?

    @Option(help: "Folder to write into.")
    var out = "."

    @Option(name: .customLong("csv-style"), help: "CSV style: indonesian (the default with language id) or machine.")
    var csvStyle: String?

    @Flag(help: "Machine CSV with ';' between fields.")
    var semicolon = false

    @Option(help: "Pretend the time is this (2026-11-23 or ISO 8601); default now.")
    var now: String?

    func run() async throws {
        try await friendly {
            let registry = try global.loadRegistry()
            guard let f = Reporter.EvidenceFormat(rawValue: format.lowercased()) else {
                throw CLIError(say(CLILanguage.value, id: "--format \"\(format)\": pakai csv atau html.", en: "--format \"\(format)\": use csv or html"))
            }
            let reporter = Reporter(registry: registry, database: try global.openDatabase(registry))
            let language = try parseLanguage(lang, default: registry.settings.language)
            guard try reporter.hasData() else {
                print(Reporter.noDataText(language))
                return
            }
            let paths = try reporter.writeEvidence(
                now: try parseNow(now) ?? reporter.defaultNow(), unitIDs: unit.isEmpty ? nil : Set(unit), format: f,
                language: language, outDir: out,
                csvStyle: try parseCSVStyle(csvStyle, semicolon: semicolon, language: language))
            print(say(language, id: "Bukti dukung ditulis:", en: "Evidence written:"))
            for p in paths { print("  \(absolute(p))") }
        }
    }
}
