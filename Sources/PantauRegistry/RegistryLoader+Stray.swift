import Foundation

extension RegistryLoader {
    /// Files in the registry folder that look like unit files but are not read: a unit saved as
    /// `polres-x.yaml.txt` (Notepad's habit), `polres-x.YAML`, or any other file holding a `unit:`
    /// line. Each comes with the name it should have. Subfolders are not looked into.
    public static func strayFiles(directory: String) -> [(file: String, rename: String)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var out: [(String, String)] = []
        for name in names.sorted() where !name.hasSuffix(".yaml") && !name.hasSuffix(".yml") && !name.hasPrefix(".") {
            let path = display(directory, name)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            let lower = name.lowercased()
            let stem: Substring
            if let r = lower.range(of: ".yaml") ?? lower.range(of: ".yml") {
                stem = name[..<r.lowerBound]
            } else if looksLikeUnit(path) {
                stem = name.split(separator: ".").first ?? Substring(name)
            } else {
                continue
            }
            out.append((path, "\(stem).yaml"))
        }
        return out
    }

    /// A small text file with a line starting with `unit:`.
    static func looksLikeUnit(_ path: String) -> Bool {
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attrs[.size] as? Int, size <= maxFileBytes,
              let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else { return false }
        return text.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("unit:") }
    }
}
