import Foundation
import PantauModel
import Yams

/// One unit file (`<unit-id>.yaml`) read into values, with the line of every id for later checks.
struct UnitFile: Sendable {
    var unit: PantauModel.Unit?
    var sources: [(Source, line: Int?, field: String)] = []
    var innovations: [(Innovation, line: Int?, field: String)] = []
    var unitLine: Int?

    static let topKeys = ["unit", "sources", "innovations"]
    static let unitKeys = ["id", "name", "kind", "parent", "aliases"]
    static let sourceKeys = ["id", "platform", "kind", "url", "every", "followers", "account", "credential"]
    static let innovationKeys = ["id", "name", "acronym", "aliases", "hashtags", "keywords", "exclude",
                                 "area", "launched", "cadence"]

    /// Reads the file's tree; `base` resolves relative file paths in `url`.
    init(root: YAMLField, base: URL, issues: inout [RegistryIssue]) {
        for (key, field) in root.mapping(&issues, allowed: Self.topKeys) {
            switch key {
            case "unit": readUnit(field, &issues)
            case "sources": sources = Self.list(field, &issues) { Self.readSource($0, base: base, unitID: "", &$1) }
            case "innovations": innovations = Self.list(field, &issues) { Self.readInnovation($0, unitID: "", &$1) }
            default: break
            }
        }
        if unit == nil, !issues.contains(where: { $0.field == "unit" || $0.field.hasPrefix("unit.") }) {
            issues.append(root.issue("missing \"unit:\" section (with at least id and name)"))
        }
        let unitID = unit?.id ?? ""
        for i in sources.indices { sources[i].0.unitID = unitID }
        for i in innovations.indices { innovations[i].0.unitID = unitID }
    }

    static func list<T>(_ field: YAMLField, _ issues: inout [RegistryIssue],
                        _ read: (YAMLField, inout [RegistryIssue]) -> T?) -> [(T, line: Int?, field: String)] {
        if field.isNull { return [] }
        guard case let .sequence(seq) = field.node else {
            issues.append(field.issue("expected a list (lines starting with \"- \"), found \(field.kindName)"))
            return []
        }
        var out: [(T, line: Int?, field: String)] = []
        for (i, n) in seq.enumerated() {
            let f = field.element(i, n)
            if let v = read(f, &issues) { out.append((v, f.line, f.path)) }
        }
        return out
    }

    mutating func readUnit(_ field: YAMLField, _ issues: inout [RegistryIssue]) {
        var id: String?, name: String?, kind = PantauModel.Unit.Kind.other, parent: String?, aliases: [String] = []
        for (key, f) in field.mapping(&issues, allowed: Self.unitKeys) {
            switch key {
            case "id": id = Self.slug(f, &issues)
            case "name": name = Self.text(f, &issues)
            case "kind": kind = Self.choice(f, Unit.Kind.self, &issues) ?? kind
            case "parent": parent = f.isNull ? nil : Self.slug(f, &issues)
            case "aliases": aliases = f.strings(&issues)
            default: break
            }
        }
        unitLine = field.line
        guard Self.require(id, "id", field, &issues), Self.require(name, "name", field, &issues) else { return }
        unit = PantauModel.Unit(id: id!, name: name!, kind: kind, parent: parent, aliases: aliases)
    }

    static func readSource(_ field: YAMLField, base: URL, unitID: String, _ issues: inout [RegistryIssue]) -> Source? {
        var id: String?, platform: Platform?, kind = Source.Kind.feed, url: String?, every: Seconds?, followers: Int?
        var account: YAMLField?, credential: String?
        for (key, f) in field.mapping(&issues, allowed: sourceKeys) {
            switch key {
            case "id": id = slug(f, &issues)
            case "platform": platform = choice(f, Platform.self, &issues)
            case "kind": kind = choice(f, Source.Kind.self, &issues) ?? kind
            case "url": url = sourceURL(f, base: base, &issues)
            case "every": every = duration(f, &issues)
            case "followers": followers = f.int(&issues, range: 0...2_000_000_000)
            case "account": account = f
            case "credential": credential = slug(f, &issues)
            default: break
            }
        }
        guard require(id, "id", field, &issues), require(platform, "platform", field, &issues) else { return nil }
        if kind == .api {
            return readAPISource(field, id: id!, unitID: unitID, platform: platform!, url: url, account: account,
                                 credential: credential, every: every, followers: followers, &issues)
        }
        for (key, v) in [("account", account != nil), ("credential", credential != nil)] where v {
            issues.append(field.issue("\"\(key)\" is only for sources of kind: api"))
        }
        guard require(url, "url", field, &issues) else { return nil }
        return Source(id: id!, unitID: unitID, platform: platform!, kind: kind, url: url!, every: every, followers: followers)
    }

    static func readInnovation(_ field: YAMLField, unitID: String, _ issues: inout [RegistryIssue]) -> Innovation? {
        var v = Innovation(id: "", unitID: unitID, name: "")
        var id: String?, name: String?
        for (key, f) in field.mapping(&issues, allowed: innovationKeys) {
            switch key {
            case "id": id = slug(f, &issues)
            case "name": name = text(f, &issues)
            case "acronym": v.acronym = f.isNull ? nil : text(f, &issues)
            case "aliases": v.aliases = f.strings(&issues)
            case "hashtags": v.hashtags = f.strings(&issues).map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
            case "keywords": v.keywords = f.strings(&issues)
            case "exclude": v.exclude = f.strings(&issues)
            case "area": v.area = choice(f, Innovation.Area.self, &issues) ?? v.area
            case "launched":
                if let t = f.string(&issues) {
                    if let d = ValueText.day(t) { v.launched = d } else {
                        issues.append(f.issue("\"\(t)\" is not a date (use YYYY-MM-DD, e.g. 2019-06-01)"))
                    }
                }
            case "cadence": v.cadence = duration(f, &issues)
            default: break
            }
        }
        guard require(id, "id", field, &issues), require(name, "name", field, &issues) else { return nil }
        v.id = id!
        v.name = name!
        return v
    }

    // MARK: field readers

    static func require<T>(_ v: T?, _ key: String, _ field: YAMLField, _ issues: inout [RegistryIssue]) -> Bool {
        if v != nil { return true }
        if !issues.contains(where: { $0.field == "\(field.path).\(key)" }) {
            issues.append(field.issue("missing required key \"\(key)\""))
        }
        return false
    }

    static func text(_ f: YAMLField, _ issues: inout [RegistryIssue]) -> String? {
        guard let s = f.string(&issues) else { return nil }
        if s.isEmpty { issues.append(f.issue("must not be empty")); return nil }
        return s
    }

    static func slug(_ f: YAMLField, _ issues: inout [RegistryIssue]) -> String? {
        guard let s = text(f, &issues) else { return nil }
        guard ValueText.isSlug(s) else {
            let fixed = s.lowercased().map { ($0.isLetter && $0.isASCII) || $0.isNumber ? $0 : "-" }
            issues.append(f.issue("\"\(s)\" is not a valid id: use lowercase a-z, 0-9 and '-' (e.g. \"\(String(fixed))\")"))
            return nil
        }
        return s
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ f: YAMLField, _: T.Type,
                                                           _ issues: inout [RegistryIssue]) -> T? where T.RawValue == String {
        guard let s = f.string(&issues) else { return nil }
        if let v = T(rawValue: s.lowercased()) { return v }
        let all = T.allCases.map(\.rawValue)
        var msg = "\"\(s)\" is not one of " + all.joined(separator: " | ")
        if let near = Spelling.nearest(s, in: all) { msg += " (did you mean \"\(near)\"?)" }
        issues.append(f.issue(msg))
        return nil
    }

    static func duration(_ f: YAMLField, _ issues: inout [RegistryIssue]) -> Seconds? {
        guard let s = f.string(&issues) else { return nil }
        switch ValueText.duration(s) {
        case let .success(v): return v
        case let .failure(p): issues.append(f.issue(p.text)); return nil
        }
    }

    static func sourceURL(_ f: YAMLField, base: URL, _ issues: inout [RegistryIssue]) -> String? {
        guard let s = text(f, &issues) else { return nil }
        let lower = s.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard !s.contains(where: \.isWhitespace), let u = URL(string: s), let host = u.host, !host.isEmpty else {
                issues.append(f.issue("\"\(s)\" is not a valid URL (no spaces; e.g. https://contoh.polri.go.id/feed/)"))
                return nil
            }
            guard SourceURLCheck.plausibleHost(host) else {
                issues.append(f.issue("\"\(s)\": \"\(host)\" is not a host name (e.g. polrestuban.example.go.id)"))
                return nil
            }
            return s
        }
        if lower.hasPrefix("file:") {
            guard let u = URL(string: s), u.isFileURL else {
                issues.append(f.issue("\"\(s)\" is not a valid file URL"))
                return nil
            }
            return u.absoluteString
        }
        if s.contains("://") {
            issues.append(f.issue("\"\(s)\": only http, https and file URLs are supported"))
            return nil
        }
        if let problem = SourceURLCheck.notAPath(s) {
            issues.append(f.issue(problem))
            return nil
        }
        // A plain path: relative to the registry folder.
        let url = s.hasPrefix("/") ? URL(fileURLWithPath: s) : base.appendingPathComponent(s)
        return url.standardizedFileURL.absoluteString
    }
}
