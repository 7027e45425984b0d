import ArgumentParser
import Foundation
import Logging
import PantauModel
import PantauPipeline
import PantauRegistry
import PantauStore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Registry folder (unit YAML files and _settings.yaml).")
    var registry = "feeds"

    @Option(name: .long, help: "SQLite database file (default: the registry's `database` setting, else pantau.sqlite).")
    var db: String?

    @Flag(help: "Create the database given with --db if it does not exist yet (otherwise a mistyped --db is an error).")
    var create = false

    @Flag(name: .shortAndLong, help: "Log every source, not only problems.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Log nothing but errors.")
    var quiet = false

    /// Loads the registry; a broken one stops the run with every problem listed.
    func loadRegistry() throws -> Registry {
        let result = Result { () throws(RegistryError) -> Registry in try RegistryLoader.load(directory: registry) }
        let language = (try? result.get())?.settings.language ?? .id
        // Unit files saved under another name (x.yaml.txt) are not read: say so, with the fix.
        for stray in RegistryLoader.strayFiles(directory: registry) {
            let line = say(language,
                           id: "peringatan: \(stray.file) tampak seperti berkas unit tetapi tidak dibaca; ganti namanya menjadi \(stray.rename)",
                           en: "warning: \(stray.file) looks like a unit file but is not read; rename it to \(stray.rename)")
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if let r = try? result.get() { CLILanguage.set(r.settings.language) }
        do { return try result.get() } catch { throw CLIError(ErrorText.text(error, language)) }
    }

    /// Opens the database. A `--db` file must exist unless `--create` is given; the registry's
    /// default file is created on first use. A missing folder is named.
    func openDatabase(_ r: Registry) throws -> AppDatabase {
        try Pantau.openDatabase(db ?? r.settings.database, mustExist: db != nil && !create, language: r.settings.language)
    }

    func makeLogger() -> Logger {
        let level: Logger.Level = quiet ? .error : verbose ? .debug : .warning
        var logger = Logger(label: "pantau") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = level
        return logger
    }
}

/// An error already phrased for a person: printed as one line, exit code 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// Parses `--now` (ISO 8601, or a plain date taken as 00:00 in Asia/Jakarta).
func parseNow(_ text: String?) throws -> Date? {
    guard let text else { return nil }
    let iso = ISO8601DateFormatter()
    if let d = iso.date(from: text) { return d }
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = ISOWeek.jakarta
    f.dateFormat = "yyyy-MM-dd"
    if let d = f.date(from: text) { return d }
    throw CLIError(say(CLILanguage.value, id: "--now \"\(text)\" bukan tanggal (contoh: 2026-11-23 atau 2026-11-23T08:00:00+07:00).", en: "--now \"\(text)\" is not a date (use 2026-11-23 or 2026-11-23T08:00:00+07:00)"))
}

/// Runs a command body, turning any error into one clear sentence.
func friendly<T>(_ body: () async throws -> T) async throws -> T {
    do { return try await body() } catch let e as CLIError { throw e } catch let e as CleanExit { throw e } catch let e as ExitCode { throw e } catch {
        throw CLIError(ErrorText.text(error, CLILanguage.value))
    }
}

func printJSON<T: Encodable>(_ value: T) {
    let enc = JSONEncoder()
    enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    enc.dateEncodingStrategy = .iso8601
    if let data = try? enc.encode(value) { print(String(decoding: data, as: UTF8.self)) }
}
