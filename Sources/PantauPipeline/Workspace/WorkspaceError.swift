import Foundation
import PantauModel

/// A use case could not be carried out; every case names what it is about. `text(_:)` says it in
/// the person's language.
public enum WorkspaceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The folder that should hold the SQLite file does not exist.
    case databaseFolderMissing(folder: String, path: String)
    /// A database named explicitly does not exist and creating it was not asked for.
    case databaseMissing(path: String)
    /// This build has no such store yet.
    case storeNotAvailable(String)
    /// Nothing was stored yet (never crawled nor imported): nothing can be reported.
    case noData
    /// The week asked for starts after `now`.
    case weekNotStarted(week: ISOWeek, now: Date, zone: TimeZone)
    /// The demo crawl stored no post, so the demo has no week to report.
    case demoStoredNothing
    /// `pantau export` copies an SQLite database; the workspace's store (named without credentials) is another.
    case exportNeedsSQLite(store: String)
    /// `pantau export --to` must name a PostgreSQL server (postgres://…).
    case exportNeedsPostgres
    /// A dashboard account could not be made or found; the reason, in English (a command-line matter).
    case account(String)

    public var description: String { text(.en) }

    /// The sentence for a person.
    public func text(_ l: Language) -> String {
        let id = l == .id
        switch self {
        case let .databaseFolderMissing(folder, path):
            return id ? "Folder \(folder) untuk basis data \(path) tidak ada: buat folder itu atau periksa --db."
                      : "The folder \(folder) for the database \(path) does not exist: create it or check --db."
        case let .databaseMissing(path):
            return id ? "Basis data \(path) tidak ada. Periksa ejaan --db, atau tambahkan --create untuk membuat yang baru."
                      : "The database \(path) does not exist. Check --db, or add --create to make a new one."
        case let .storeNotAvailable(what):
            return id ? "\(what) belum tersedia di versi ini." : "\(what) is not available in this build."
        case .noData:
            return id ? "Belum ada data: jalankan `pantau crawl`." : "No data yet: run `pantau crawl`."
        case let .weekNotStarted(week, now, zone):
            let today = LocalFormat.dateTime(now, zone: zone, language: l)
            return id ? "Pekan \(week) belum dimulai (sekarang \(today)): tidak ada yang bisa dilaporkan."
                      : "Week \(week) has not started yet (now \(today)): there is nothing to report."
        case .demoStoredNothing:
            return id ? "Crawl demo tidak menyimpan satu unggahan pun." : "The demo crawl stored no posts."
        case let .exportNeedsSQLite(store):
            return id ? "`pantau export` menyalin basis data SQLite, sedangkan \(store) bukan SQLite: pilih berkasnya dengan --db."
                      : "`pantau export` copies an SQLite database, and \(store) is not one: name the file with --db."
        case .exportNeedsPostgres:
            return id ? "--to harus berupa server PostgreSQL: postgres://pengguna@host:5432/basisdata."
                      : "--to must name a PostgreSQL server: postgres://user@host:5432/database."
        case let .account(reason):
            return reason
        }
    }
}
