import Foundation
import PantauModel
import PantauStore

extension Pantau {
    /// Opens the SQLite file at `path`; with `mustExist`, a file that is not there is an error
    /// instead of a new empty database (a mistyped `--db` would otherwise look like a silent registry).
    static func openDatabase(_ path: String, mustExist: Bool, language: Language) throws -> AppDatabase {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError(say(language,
                               id: "Folder \(folder) untuk basis data \(path) tidak ada: buat folder itu atau periksa --db.",
                               en: "The folder \(folder) for the database \(path) does not exist: create it or check --db."))
        }
        if mustExist, !FileManager.default.fileExists(atPath: path) {
            throw CLIError(say(language,
                               id: "Basis data \(path) tidak ada. Periksa ejaan --db, atau tambahkan --create untuk membuat yang baru.",
                               en: "The database \(path) does not exist. Check --db, or add --create to make a new one."))
        }
        do { return try AppDatabase(path: path) } catch { throw CLIError(ErrorText.text(error, language)) }
    }
}

/// The Indonesian or the English sentence, by the language the registry or `--lang` chose.
func say(_ language: Language, id: String, en: String) -> String { language == .id ? id : en }
