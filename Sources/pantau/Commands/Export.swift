import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

/// `pantau export --to postgres://…`: copies the SQLite database into PostgreSQL, counts checked on both sides.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the SQLite database into a PostgreSQL database (ids kept, rows counted on both sides).",
        discussion: "Copies the SQLite file --db names (default: the registry's) into the PostgreSQL database --to names, "
            + "in one transaction: the target is migrated, every table copied, and the rows of each table counted on both "
            + "sides before anything is kept. A target that already holds data is refused unless --replace is given. "
            + "The password comes from PGPASSWORD or ~/.pgpass (or the URL); it is never printed.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The PostgreSQL database to copy into: postgres://user@host:5432/database.")
    var to: String

    @Flag(help: "Empty the target database first when it already holds data (in the same transaction).")
    var replace = false

    @Flag(help: "Print as JSON.")
    var json = false

    func run() async throws {
        try await friendly {
            guard DatabaseLocation.isPostgresURL(to) else { throw WorkspaceError.exportNeedsPostgres }
            let workspace = try await global.openWorkspace()
            let result: ExportResult
            do {
                result = try await workspace.export(to: .postgres(url: Secret(to)), replace: replace, progress: !json && !global.quiet)
            } catch {
                await workspace.close()
                throw error
            }
            await workspace.close()
            if json { printJSON(result); return }
            print(Self.text(result, workspace.language))
        }
    }

    /// The table of counts and one line saying where it went and how fast.
    static func text(_ r: ExportResult, _ l: Language) -> String {
        let number = { (n: Int) in LocalFormat.integer(n, language: l) }
        var rows = [[say(l, id: "tabel", en: "table"), "SQLite", "PostgreSQL"]]
        rows += r.tables.map { [$0.table, number($0.sqlite), number($0.postgres)] }
        let seconds = LocalFormat.decimal(r.seconds, digits: 1, language: l)
        let rate = number(r.seconds > 0 ? Int(Double(r.rows) / r.seconds) : r.rows)
        let line = say(l, id: "\(number(r.rows)) baris disalin dari \(r.from) ke \(r.to) dalam \(seconds) s (\(rate) baris/s); "
                           + "jumlah baris tiap tabel sama di kedua sisi.",
                       en: "\(number(r.rows)) rows copied from \(r.from) to \(r.to) in \(seconds) s (\(rate) rows/s); "
                           + "every table has the same rows on both sides.")
        return Table.render(rows, rightAligned: [1, 2]) + "\n\n" + line
    }
}
