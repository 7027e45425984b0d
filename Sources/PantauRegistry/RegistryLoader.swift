import Foundation
import PantauModel
import Yams

/// Loads and validates a registry folder. Everything is checked before anything is used: a registry
/// with a mistake gives `RegistryError.invalid` listing every problem with file, line and field.
public enum RegistryLoader {
    /// Largest unit or settings file accepted.
    static let maxFileBytes = 1 << 20
    /// Largest YAML tree accepted (guards against alias bombs).
    static let maxNodes = 200_000

    /// Loads `<dir>/*.yaml` (units) and `<dir>/_settings.yaml` (settings).
    public static func load(directory: String) throws(RegistryError) -> Registry {
        let dirURL = URL(fileURLWithPath: directory, isDirectory: true)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw .unreadableDirectory(path: directory, reason: "no such folder")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw .unreadableDirectory(path: directory, reason: "\(error.localizedDescription)")
        }
        var issues: [RegistryIssue] = []
        var registry = Registry()
        var unitFiles: [(String, UnitFile)] = []
        for name in names {
            let display = display(directory, name)
            guard let root = readTree(dirURL.appendingPathComponent(name), display: display, &issues) else { continue }
            if name.hasPrefix("_") {
                if name == "_settings.yaml" || name == "_settings.yml" {
                    registry.settings = SettingsFile.read(root, &issues)
                }
                continue
            }
            let file = UnitFile(root: root, base: dirURL, issues: &issues)
            let stem = String(name.prefix(upTo: name.lastIndex(of: ".")!))
            if let u = file.unit, u.id != stem {
                issues.append(RegistryIssue(file: display, line: file.unitLine, field: "unit.id",
                                            problem: "id \"\(u.id)\" does not match the file name (rename the file to \(u.id).yaml or change the id)"))
            }
            unitFiles.append((display, file))
        }
        if names.filter({ !$0.hasPrefix("_") }).isEmpty { throw .empty(path: directory) }
        checkIDs(unitFiles, &issues)
        guard issues.isEmpty else { throw .invalid(issues) }
        for (_, f) in unitFiles {
            registry.units.append(f.unit!)
            registry.sources += f.sources.map(\.0)
            registry.innovations += f.innovations.map(\.0)
        }
        return registry
    }

    /// Parses one file's YAML into a tree, or records why not.
    static func readTree(_ url: URL, display: String, _ issues: inout [RegistryIssue]) -> YAMLField? {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            issues.append(RegistryIssue(file: display, line: nil, field: "", problem: "cannot read: \(error.localizedDescription)"))
            return nil
        }
        guard data.count <= maxFileBytes else {
            issues.append(RegistryIssue(file: display, line: nil, field: "", problem: "file is larger than 1 MB"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            issues.append(RegistryIssue(file: display, line: nil, field: "", problem: "not UTF-8 text"))
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return YAMLField(node: Node.scalar(.init("")), path: "", file: display)
            }
            guard node.count(upTo: maxNodes) <= maxNodes else {
                issues.append(RegistryIssue(file: display, line: nil, field: "", problem: "too many YAML nodes (aliases expanding?)"))
                return nil
            }
            return YAMLField(node: node, path: "", file: display)
        } catch let e as YamlError {
            issues.append(yamlIssue(e, file: display))
        } catch {
            issues.append(RegistryIssue(file: display, line: nil, field: "", problem: "not valid YAML: \(error)"))
        }
        return nil
    }

    static func yamlIssue(_ e: YamlError, file: String) -> RegistryIssue {
        switch e {
        case let .scanner(ctx, problem, mark, _), let .parser(ctx, problem, mark, _), let .composer(ctx, problem, mark, _):
            let c = ctx.map { "\($0.text) " } ?? ""
            return RegistryIssue(file: file, line: mark.line, field: "", problem: "not valid YAML: \(c)\(problem)")
        default:
            return RegistryIssue(file: file, line: nil, field: "", problem: "not valid YAML: \(e)")
        }
    }

    /// Ids are unique across the whole registry (units, sources and innovations share one namespace).
    static func checkIDs(_ files: [(String, UnitFile)], _ issues: inout [RegistryIssue]) {
        var seen: [String: String] = [:]
        func claim(_ id: String, _ file: String, _ line: Int?, _ field: String) {
            let here = line.map { "\(file):\($0)" } ?? file
            if let there = seen[id] {
                issues.append(RegistryIssue(file: file, line: line, field: field, problem: "id \"\(id)\" is already used at \(there)"))
            } else {
                seen[id] = here
            }
        }
        for (file, f) in files {
            if let u = f.unit { claim(u.id, file, f.unitLine, "unit.id") }
            for s in f.sources { claim(s.0.id, file, s.line, "\(s.field).id") }
            for i in f.innovations { claim(i.0.id, file, i.line, "\(i.field).id") }
        }
    }

    static func display(_ dir: String, _ name: String) -> String {
        dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }
}
