/// One problem found in the registry, with the place it was found.
public struct RegistryIssue: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user would type it, e.g. "feeds/polres-tuban.yaml".
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// The field path, e.g. "innovations[2].cadence"; empty for the whole file.
    public var field: String
    public var problem: String

    public init(file: String, line: Int?, field: String, problem: String) {
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem
    }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        if !field.isEmpty { s += "\(field): " }
        return s + problem
    }
}

/// The registry could not be loaded; nothing of it is used.
public enum RegistryError: Error, Sendable, CustomStringConvertible {
    /// The folder does not exist or cannot be listed.
    case unreadableDirectory(path: String, reason: String)
    /// The folder holds no unit files.
    case empty(path: String)
    /// One or more files break the schema. Every issue found is listed, in file order.
    case invalid([RegistryIssue])

    public var description: String {
        switch self {
        case let .unreadableDirectory(path, reason):
            return "cannot read registry folder \(path): \(reason)"
        case let .empty(path):
            return "registry folder \(path) holds no unit file (<unit-id>.yaml) yet: copy \(path)/_contoh-unit.yaml to "
                + "\(path)/<unit-id>.yaml and fill it in (see README.md), or try `pantau demo` first"
        case let .invalid(issues):
            if issues.count == 1 { return issues[0].description }
            let head = issues.prefix(20).map(\.description).joined(separator: "\n")
            let more = issues.count > 20 ? "\n… and \(issues.count - 20) more" : ""
            return "\(issues.count) problems in the registry:\n" + head + more
        }
    }

    public var issues: [RegistryIssue] {
        if case let .invalid(list) = self { return list }
        return []
    }
}
