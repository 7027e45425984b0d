import Foundation
import PantauModel
import PantauRegistry
import PantauStore

/// Errors of every stage, told in the person's language (file names, ids and lines stay as they
/// are). English is each error's own description. The one place the CLI and the server turn an
/// error into a sentence.
public enum ProblemText {
    public static func text(_ error: any Error, _ l: Language) -> String {
        switch error {
        case let e as WorkspaceError: return e.text(l)
        case let e as PipelineError where l == .id: return indonesian(e)
        case let e as RegistryError where l == .id: return indonesian(e)
        case let e as StoreError where l == .id: return indonesian(e)
        case let e as PostgresStoreError where l == .id: return indonesian(e)
        default: return String(describing: error)
        }
    }

    static func indonesian(_ e: PipelineError) -> String {
        switch e {
        case let .unknownSource(id): "Tidak ada sumber dengan id \"\(id)\" di registry."
        case let .unknownUnit(id): "Tidak ada satuan dengan id \"\(id)\" di registry."
        case let .cannotWrite(path, reason): "Tidak bisa menulis \(path): \(reason)"
        case .noPosts: "Basis data belum berisi unggahan: jalankan `pantau crawl` dulu."
        case let .cannotLoadPlugin(path, reason): "Pengurai tambahan \(path) tidak bisa dimuat: \(reason)"
        }
    }

    static func indonesian(_ e: RegistryError) -> String {
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
    }

    static func indonesian(_ e: StoreError) -> String {
        switch e {
        case let .cannotOpen(path, reason): "Basis data \(path) tidak bisa dibuka: \(reason)"
        case let .migration(m): "Skema basis data tidak bisa diperbarui: \(m)"
        case let .query(m): "Galat basis data: \(m)"
        }
    }
}
