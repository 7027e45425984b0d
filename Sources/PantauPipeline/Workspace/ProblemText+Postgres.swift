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
        case let .notEmpty(server, tables):
            "Basis data PostgreSQL \(server) sudah berisi data (tabel \(tables.joined(separator: ", "))): tidak ada yang disalin; "
                + "pilih basis data yang kosong, atau tambahkan --replace untuk mengosongkannya dulu"
        case let .countsDiffer(server, table, sqlite, postgres):
            "Penyalinan ke basis data PostgreSQL \(server) dibatalkan: tabel \(table) berisi \(sqlite) baris di SQLite "
                + "tetapi \(postgres) di PostgreSQL; tidak ada yang disimpan"
        case let .cannotCopy(server, reason):
            "Penyalinan ke basis data PostgreSQL \(server) dibatalkan: \(reason); tidak ada yang disimpan"
        }
    }
}
