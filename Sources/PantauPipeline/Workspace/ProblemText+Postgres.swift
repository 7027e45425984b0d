import Foundation
import PantauStore

extension ProblemText {
    /// A PostgreSQL store's error in Bahasa Indonesia: the server named without credentials, as in
    /// the English `PostgresStoreError.description`.
    static func indonesian(_ e: PostgresStoreError) -> String {
        switch e {
        case let .badAddress(reason): "URL basis data: \(reason)"
        case let .notAnswering(server, reason): "Server PostgreSQL \(server) tidak menjawab: \(reason)"
        case let .passwordRefused(server, user): "Server PostgreSQL \(server) menolak kata sandi pengguna \(user)"
        case let .passwordMissing(server, user):
            "Server PostgreSQL \(server) meminta kata sandi pengguna \(user), dan tidak ada yang diberikan "
                + "(isi PGPASSWORD atau tambahkan baris di ~/.pgpass; jangan pernah di _settings.yaml)"
        case let .refused(server, reason): "Server PostgreSQL \(server) menolak sambungan: \(reason)"
        case let .migration(server, reason): "Skema basis data PostgreSQL \(server) tidak bisa diperbarui: \(reason)"
        case let .query(server, reason): "Basis data PostgreSQL \(server): \(reason)"
        }
    }
}
