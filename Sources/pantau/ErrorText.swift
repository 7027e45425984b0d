import Foundation
import PantauModel
import PantauPipeline
import PantauRegistry
import PantauStore
import Synchronization

/// The language errors are told in: the registry's, or `--lang`; Bahasa Indonesia until known.
enum CLILanguage {
    static let current = Mutex<Language>(.id)
    static func set(_ l: Language) { current.withLock { $0 = l } }
    static var value: Language { current.withLock { $0 } }
}

/// Errors of the stages, told in the person's language (file names, ids and lines stay as they are).
enum ErrorText {
    static func text(_ error: any Error, _ l: Language) -> String {
        switch error {
        case let e as PipelineError where l == .id:
            switch e {
            case let .unknownSource(id): return "Tidak ada sumber dengan id \"\(id)\" di registry."
            case let .unknownUnit(id): return "Tidak ada satuan dengan id \"\(id)\" di registry."
            case let .cannotWrite(path, reason): return "Tidak bisa menulis \(path): \(reason)"
            case .noPosts: return "Basis data belum berisi unggahan: jalankan `pantau crawl` dulu."
            }
        case let e as RegistryError where l == .id:
            switch e {
            case let .unreadableDirectory(path, reason):
                return "Folder registry \(path) tidak bisa dibaca: \(reason == "no such folder" ? "folder tidak ada" : reason)"
            case let .empty(path):
                return "Folder registry \(path) belum berisi berkas unit (<id-unit>.yaml): salin \(path)/_contoh-unit.yaml menjadi "
                    + "\(path)/<id-unit>.yaml lalu isi (lihat README.md), atau coba `pantau demo` dulu."
            case let .invalid(issues):
                if issues.count == 1 { return "Masalah di registry: \(issues[0])" }
                let head = issues.prefix(20).map(\.description).joined(separator: "\n")
                return "\(issues.count) masalah di registry:\n" + head + (issues.count > 20 ? "\n… dan \(issues.count - 20) lagi" : "")
            }
        case let e as StoreError where l == .id:
            switch e {
            case let .cannotOpen(path, reason): return "Basis data \(path) tidak bisa dibuka: \(reason)"
            case let .migration(m): return "Skema basis data tidak bisa diperbarui: \(m)"
            case let .query(m): return "Galat basis data: \(m)"
            }
        default:
            return String(describing: error)
        }
    }
}
