import Foundation
import Yams

/// A YAML node with the place it came from, so every error names file, line and field.
struct YAMLField {
    let node: Node
    let path: String
    let file: String
    var line: Int? { node.mark?.line }

    func issue(_ problem: String) -> RegistryIssue {
        RegistryIssue(file: file, line: line, field: path, problem: problem)
    }

    func child(_ key: String, _ node: Node) -> YAMLField {
        YAMLField(node: node, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }

    func element(_ index: Int, _ node: Node) -> YAMLField {
        YAMLField(node: node, path: "\(path)[\(index)]", file: file)
    }

    var isNull: Bool {
        if case let .scalar(s) = node {
            guard s.style == .plain else { return false }
            return s.string.isEmpty || s.string == "~" || s.string == "null" || s.string == "Null" || s.string == "NULL"
        }
        return false
    }

    /// The plain text of a scalar, or an issue.
    func string(_ issues: inout [RegistryIssue]) -> String? {
        guard case let .scalar(s) = node else {
            issues.append(issue("expected a single value, found \(kindName)"))
            return nil
        }
        let text = s.string
        // Most values have nothing to trim; Foundation's trimming is costly at 10,000 sources.
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              CharacterSet.whitespaces.contains(first) || CharacterSet.whitespaces.contains(last) else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// A list of strings; a single scalar counts as a one-element list.
    func strings(_ issues: inout [RegistryIssue]) -> [String] {
        switch node {
        case .scalar:
            if isNull { return [] }
            return string(&issues).map { [$0] } ?? []
        case let .sequence(seq):
            var out: [String] = []
            for (i, n) in seq.enumerated() {
                if let s = element(i, n).string(&issues), !s.isEmpty { out.append(s) }
            }
            return out
        default:
            issues.append(issue("expected a list of texts, found \(kindName)"))
            return []
        }
    }

    func int(_ issues: inout [RegistryIssue], range: ClosedRange<Int>) -> Int? {
        guard let text = string(&issues) else { return nil }
        let digits = text.replacingOccurrences(of: "_", with: "")
        guard let n = Int(digits), range.contains(n) else {
            issues.append(issue("\"\(text)\" is not a whole number from \(range.lowerBound) to \(range.upperBound)"))
            return nil
        }
        return n
    }

    func bool(_ issues: inout [RegistryIssue]) -> Bool? {
        guard let text = string(&issues) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on", "ya": return true
        case "false", "no", "off", "tidak": return false
        default:
            issues.append(issue("\"\(text)\" is not true or false"))
            return nil
        }
    }

    /// The pairs of a mapping, checking that every key is one of `allowed`.
    func mapping(_ issues: inout [RegistryIssue], allowed: [String]) -> [(String, YAMLField)] {
        guard case let .mapping(map) = node else {
            issues.append(issue("expected a mapping (key: value), found \(kindName)"))
            return []
        }
        var out: [(String, YAMLField)] = []
        var seen: Set<String> = []
        for (k, v) in map {
            let key = k.string ?? ""
            let field = child(key, v)
            let keyField = YAMLField(node: k, path: field.path, file: file)
            if !allowed.contains(key) {
                var msg = "unknown key \"\(key)\""
                if let near = Spelling.nearest(key, in: allowed) { msg += " (did you mean \"\(near)\"?)" }
                msg += "; allowed: " + allowed.joined(separator: ", ")
                issues.append(keyField.issue(msg))
                continue
            }
            if !seen.insert(key).inserted {
                issues.append(keyField.issue("key \"\(key)\" appears twice"))
                continue
            }
            out.append((key, field))
        }
        return out
    }

    var kindName: String {
        switch node {
        case .scalar: "a single value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

extension Node {
    /// Counts nodes up to `limit`, so a YAML alias bomb is refused before anything walks it.
    func count(upTo limit: Int) -> Int {
        var n = 0
        var stack: [Node] = [self]
        while let top = stack.popLast() {
            n += 1
            if n > limit { return n }
            switch top {
            case let .mapping(m):
                for (k, v) in m { stack.append(k); stack.append(v) }
            case let .sequence(s):
                stack.append(contentsOf: s)
            default:
                break
            }
        }
        return n
    }
}

extension Node {
    /// The line of the node where the tree grows past `limit` nodes: from the top, step into the
    /// child that is itself over the limit while there is one (an alias bomb's list of aliases).
    func lineWhereItExceeds(_ limit: Int) -> Int? {
        var node = self
        while true {
            let children: [Node] = switch node {
            case let .mapping(m): m.map(\.value)
            case let .sequence(s): Array(s)
            default: []
            }
            guard let heavy = children.first(where: { $0.count(upTo: limit) > limit }) else { break }
            node = heavy
        }
        return node.mark?.line
    }
}

