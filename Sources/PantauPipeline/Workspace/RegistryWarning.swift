import Foundation
import PantauModel

/// Something in the registry folder a person should fix, though the registry loaded.
public struct RegistryWarning: Sendable, Hashable {
    /// A file that looks like a unit file but is not read (`x.yaml.txt`), and the name it needs.
    public var file: String
    public var rename: String

    public init(file: String, rename: String) {
        self.file = file
        self.rename = rename
    }

    public func text(_ l: Language) -> String {
        l == .id ? "peringatan: \(file) tampak seperti berkas unit tetapi tidak dibaca; ganti namanya menjadi \(rename)"
                 : "warning: \(file) looks like a unit file but is not read; rename it to \(rename)"
    }
}
