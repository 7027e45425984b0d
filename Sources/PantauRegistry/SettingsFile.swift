import Foundation
import PantauModel

/// `_settings.yaml`: optional; unknown keys are errors, as in unit files.
enum SettingsFile {
    static let keys = ["database", "every", "timezone", "language", "crawl", "alerts", "score", "platforms"]
    static let scoreKeys = ["coverage", "social", "regularity", "engagement"]
    static let crawlKeys = ["concurrency", "per_host", "delay", "robots", "timeout", "lease", "max_body", "files", "parser_plugin"]
    static let alertKeys = ["kind", "url", "token", "chat_id", "to", "from", "repeat"]

    /// `platforms` reads credentials from `environment` and token files relative to `base`.
    static func read(_ root: YAMLField, _ issues: inout [RegistryIssue], platforms: PlatformsFile? = nil) -> Settings {
        var s = Settings()
        if root.isNull { return s }
        for (key, f) in root.mapping(&issues, allowed: keys) {
            switch key {
            case "database": s.database = readDatabase(f, &issues) ?? s.database
            case "every": s.every = UnitFile.duration(f, &issues) ?? s.every
            case "timezone":
                if let z = UnitFile.text(f, &issues) {
                    if TimeZone(identifier: z) != nil { s.timezone = z } else {
                        issues.append(f.issue("\"\(z)\" is not a time zone (e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura)"))
                    }
                }
            case "language": s.language = UnitFile.choice(f, Language.self, &issues) ?? s.language
            case "crawl": readCrawl(f, &s.crawl, &issues)
            case "alerts":
                s.alerts = UnitFile.list(f, &issues) { readAlert($0, &$1) }.map(\.0)
            case "score": readScore(f, &s.weights, &issues)
            case "platforms":
                s.platforms = (platforms ?? PlatformsFile(environment: [:], base: URL(fileURLWithPath: "/"))).read(f, &issues)
            default: break
            }
        }
        return s
    }

    /// An SQLite path, or a postgres:// URL without a password (PGPASSWORD or ~/.pgpass hold it: a
    /// registry is copied and shared). A URL that is wrong is named by its problem, never repeated.
    static func readDatabase(_ field: YAMLField, _ issues: inout [RegistryIssue]) -> String? {
        guard let text = UnitFile.text(field, &issues) else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") else { return text }
        // No host is allowed: the local server's unix socket (postgres:///pantau), as libpq reads it.
        guard let parts = URLComponents(string: text) else {
            issues.append(field.issue("is not a postgres://user@host:5432/database URL"))
            return nil
        }
        guard parts.password == nil else {
            issues.append(field.issue("holds a password: remove it from the URL and set PGPASSWORD or a ~/.pgpass line instead"))
            return nil
        }
        return text
    }

    static func readCrawl(_ field: YAMLField, _ c: inout Settings.Crawl, _ issues: inout [RegistryIssue]) {
        for (key, f) in field.mapping(&issues, allowed: crawlKeys) {
            switch key {
            case "concurrency": c.concurrency = f.int(&issues, range: 1...1_024) ?? c.concurrency
            case "per_host": c.perHost = f.int(&issues, range: 1...64) ?? c.perHost
            case "delay":
                if let t = f.string(&issues) {
                    if t == "0" || t == "0s" { c.delayMillis = 0 }
                    else if t.hasSuffix("ms"), let n = Int(t.dropLast(2)), n >= 0 { c.delayMillis = n }
                    else if let sec = UnitFile.duration(f, &issues) { c.delayMillis = sec * 1_000 }
                }
            case "robots": c.robots = f.bool(&issues) ?? c.robots
            case "timeout": c.timeout = UnitFile.duration(f, &issues) ?? c.timeout
            case "lease":
                if let v = UnitFile.duration(f, &issues) {
                    if (30...86_400).contains(v) { c.lease = v } else {
                        issues.append(f.issue("must be between 30s and 24h (a claim is renewed every third of it)"))
                    }
                }
            case "files": c.files = UnitFile.text(f, &issues)
            case "parser_plugin": c.parserPlugin = UnitFile.text(f, &issues)
            case "max_body":
                if let t = f.string(&issues) {
                    if let n = ValueText.size(t) { c.maxBody = n } else {
                        issues.append(f.issue("\"\(t)\" is not a size (use e.g. 20MB, 512KB)"))
                    }
                }
            default: break
            }
        }
    }

    /// Visibility-index weights: non-negative numbers; they need not add up to 1 (they are normalised).
    static func readScore(_ field: YAMLField, _ w: inout ScoreWeights, _ issues: inout [RegistryIssue]) {
        for (key, f) in field.mapping(&issues, allowed: scoreKeys) {
            guard let t = f.string(&issues) else { continue }
            guard let v = Double(t.replacingOccurrences(of: ",", with: ".")), v >= 0, v <= 100 else {
                issues.append(f.issue("\"\(t)\" is not a weight (a number from 0 to 100)"))
                continue
            }
            switch key {
            case "coverage": w.coverage = v
            case "social": w.social = v
            case "regularity": w.regularity = v
            case "engagement": w.engagement = v
            default: break
            }
        }
        if w.coverage + w.social + w.regularity + w.engagement == 0 {
            issues.append(field.issue("at least one weight must be above 0"))
        }
    }

    static func readAlert(_ field: YAMLField, _ issues: inout [RegistryIssue]) -> Settings.AlertTarget? {
        var kind: Settings.AlertTarget.Kind?
        var t = Settings.AlertTarget(kind: .stdout)
        for (key, f) in field.mapping(&issues, allowed: alertKeys) {
            switch key {
            case "kind": kind = UnitFile.choice(f, Settings.AlertTarget.Kind.self, &issues)
            case "url": t.url = UnitFile.text(f, &issues).map(Secret.init)
            case "token": t.token = UnitFile.text(f, &issues).map(Secret.init)
            case "chat_id": t.chatID = UnitFile.text(f, &issues)
            case "to": t.to = f.strings(&issues)
            case "from": t.from = UnitFile.text(f, &issues)
            case "repeat": t.repeatEvery = UnitFile.duration(f, &issues) ?? t.repeatEvery
            default: break
            }
        }
        guard UnitFile.require(kind, "kind", field, &issues) else { return nil }
        t.kind = kind!
        let needs: [String] = switch t.kind {
        case .stdout: []
        case .webhook: t.url == nil ? ["url"] : []
        case .telegram: (t.token == nil ? ["token"] : []) + (t.chatID == nil ? ["chat_id"] : [])
        case .email: (t.url == nil ? ["url"] : []) + (t.to.isEmpty ? ["to"] : []) + (t.from == nil ? ["from"] : [])
        }
        for key in needs { issues.append(field.issue("alert of kind \(t.kind.rawValue) needs \"\(key)\"")) }
        return needs.isEmpty ? t : nil
    }
}
