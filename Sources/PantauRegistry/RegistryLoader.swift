import Foundation
import Synchronization
import PantauModel
import Yams

/// Loads and validates a registry folder. Everything is checked before anything is used: a registry
/// with a mistake gives `RegistryError.invalid` listing every problem with file, line and field.
public enum RegistryLoader {
    /// Largest unit or settings file accepted.
    static let maxFileBytes = 1 << 20
    /// Largest YAML tree accepted (guards against alias bombs).
    static let maxNodes = 200_000
    /// Yams' default encoding, looked up once: `Parser.Encoding.default` reads the whole process
    /// environment (for YAMS_DEFAULT_ENCODING) every time it is asked, i.e. once per registry file.
    static var yamlEncoding: Parser.Encoding { yamlIsUTF16 ? .utf16 : .utf8 }
    private static let yamlIsUTF16 = Parser.Encoding.default == .utf16

    /// Loads `<dir>/*.yaml` (units) and `<dir>/_settings.yaml` (settings). Platform credentials are
    /// read from `environment` (the process's by default) and from the token files settings name.
    public static func load(directory: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(RegistryError) -> Registry {
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
        // Files are read and checked in parallel (a Polda-wide registry has thousands); the results are
        // then taken in file-name order, so messages and ids come out the same every time.
        let results = Mutex<[FileResult?]>(Array(repeating: nil, count: names.count))
        DispatchQueue.concurrentPerform(iterations: names.count) { i in
            let r = readFile(names[i], directory: directory, dirURL: dirURL, environment: environment)
            results.withLock { $0[i] = r }
        }
        var issues: [RegistryIssue] = []
        var registry = Registry(units: [], sources: [], innovations: [], settings: Settings())
        var unitFiles: [(String, UnitFile)] = []
        var settingsFile: (display: String, issues: [RegistryIssue])?
        for case let r? in results.withLock({ $0 }) {
            issues += r.issues
            if let settings = r.settings { registry.settings = settings; settingsFile = (r.display, r.issues) }
            if let unit = r.unit { unitFiles.append((r.display, unit)) }
        }
        if names.filter({ !$0.hasPrefix("_") }).isEmpty { throw .empty(path: directory) }
        checkIDs(unitFiles, &issues)
        checkAPISources(unitFiles, settings: registry.settings.platforms, settingsFile: settingsFile, &issues)
        guard issues.isEmpty else { throw .invalid(issues) }
        resolvePaths(&registry.settings.crawl, directory: dirURL)
        for (_, f) in unitFiles {
            registry.units.append(f.unit!)
            registry.sources += f.sources.map(\.0)
            registry.innovations += f.innovations.map(\.0)
        }
        return registry
    }

    /// `file:` URLs may read the registry folder and `crawl.files` only; paths in the crawl settings
    /// are relative to the registry folder.
    static func resolvePaths(_ c: inout Settings.Crawl, directory: URL) {
        func absolute(_ path: String) -> String {
            URL(fileURLWithPath: path, relativeTo: directory).standardizedFileURL.resolvingSymlinksInPath().path
        }
        c.fileRoots = [absolute(".")] + (c.files.map { [absolute($0)] } ?? [])
        c.parserPlugin = c.parserPlugin.map(absolute)
    }

    /// What one file gave: a unit, the settings, or nothing; and its problems.
    struct FileResult: Sendable {
        var display: String
        var unit: UnitFile?
        var settings: Settings?
        var issues: [RegistryIssue] = []
    }

    /// Reads and checks one registry file on its own.
    static func readFile(_ name: String, directory: String, dirURL: URL, environment: [String: String] = [:]) -> FileResult {
        var r = FileResult(display: display(directory, name))
        guard let root = readTree(dirURL.appendingPathComponent(name), display: r.display, &r.issues) else { return r }
        if name.hasPrefix("_") {
            if name == "_settings.yaml" || name == "_settings.yml" { r.settings = SettingsFile.read(root, &r.issues, platforms: PlatformsFile(environment: environment, base: dirURL))
            }
            return r
        }
        let file = UnitFile(root: root, base: dirURL, issues: &r.issues)
        let stem = String(name.prefix(upTo: name.lastIndex(of: ".")!))
        if let u = file.unit, u.id != stem {
            r.issues.append(RegistryIssue(file: r.display, line: file.unitLine, field: "unit.id",
                                          problem: "id \"\(u.id)\" does not match the file name (rename the file to \(u.id).yaml or change the id)"))
        }
        r.unit = file
        return r
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
            // No implicit tags: every scalar is read as text and typed by YAMLField, so the default
            // resolver's regular expressions (run again when keys are hashed) are only cost.
            guard let node = try Yams.compose(yaml: text, .basic, .default, yamlEncoding) else {
                return YAMLField(node: Node.scalar(.init("")), path: "", file: display)
            }
            guard node.count(upTo: maxNodes) <= maxNodes else {
                issues.append(RegistryIssue(file: display, line: node.lineWhereItExceeds(maxNodes), field: "",
                                            problem: "too many YAML nodes: it expands to more than \(maxNodes) here (aliases repeating aliases?); refused"))
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
