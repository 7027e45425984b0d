import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

/// `pantau evidence`: the LKE *bukti dukung* for the pelayanan publik area.
struct EvidenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Export LKE evidence: every public post per innovation, with suggested answers for PP ii.b, PP ii.f and MP ii.c.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this unit and the units below it (repeatable).")
    var unit: [String] = []

    @Option(help: "csv or html.")
    var format = EvidenceFormat.csv

    @Option(help: "Language: id or en.")
    var lang: Language?

    @Option(help: "Folder to write into.")
    var out = "."

    @Option(name: .customLong("csv-style"), help: "CSV style: indonesian (the default with language id) or machine.")
    var csvStyle: CSVStyleName?

    @Flag(help: "Machine CSV with ';' between fields.")
    var semicolon = false

    @Option(help: "Pretend the time is this (2026-11-23 or ISO 8601); default now.")
    var now: Moment?

    func run() async throws {
        try await friendly {
            let workspace = try await global.openWorkspace()
            let language = global.language(lang, workspace)
            guard try await workspace.hasData() else {
                print(Reporter.noDataText(language))
                return
            }
            let clock: Date
            if let given = try now?.date() { clock = given } else { clock = try await workspace.defaultNow() }
            let paths = try await workspace.writeEvidence(
                now: clock, unitIDs: unit.isEmpty ? nil : Set(unit), format: format, language: language,
                csvStyle: CSVStyleName.style(csvStyle, semicolon: semicolon, language: language), into: out)
            print(say(language, id: "Bukti dukung ditulis:", en: "Evidence written:"))
            for p in paths { print("  \(absolute(p))") }
        }
    }
}
