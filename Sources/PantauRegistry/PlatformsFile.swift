import Foundation
import PantauModel

/// `platforms:` in `_settings.yaml` (see the registry spec, "Platform APIs"). Credential values come
/// from the environment variable or the file a setting names; a missing one is an issue naming the
/// setting, never a value.
struct PlatformsFile {
    /// Where `*_env` settings are looked up.
    var environment: [String: String]
    /// Resolves relative `token_file` paths (the registry folder).
    var base: URL

    static let keys = ["instagram", "facebook", "youtube", "tiktok"]
    static let graphKeys = ["api", "credentials"]
    static let instagramCredentialKeys = ["user_id", "token_env", "token_file"]
    static let facebookCredentialKeys = ["token_env", "token_file"]
    static let youtubeKeys = ["api", "key_env", "quota_per_day"]
    static let tiktokKeys = ["api", "credentials"]
    static let tiktokCredentialKeys = ["token_env", "token_file", "refresh_token_env", "client_key_env", "client_secret_env"]
    /// Largest token file read.
    static let maxTokenFileBytes = 64 * 1_024

    func read(_ field: YAMLField, _ issues: inout [RegistryIssue]) -> PlatformSettings {
        var p = PlatformSettings()
        if field.isNull { return p }
        for (key, f) in field.mapping(&issues, allowed: Self.keys) {
            switch key {
            case "instagram": p.instagram = readGraph(f, .instagram, &issues)
            case "facebook": p.facebook = readGraph(f, .facebook, &issues)
            case "youtube": p.youtube = readYouTube(f, &issues)
            case "tiktok": p.tiktok = readTikTok(f, &issues)
            default: break
            }
        }
        return p
    }

    func readGraph(_ field: YAMLField, _ platform: Platform, _ issues: inout [RegistryIssue]) -> GraphPlatform? {
        var api = PlatformSettings.defaultAPI(platform)!
        var credentials: [GraphCredential] = []
        let allowed = platform == .instagram ? Self.instagramCredentialKeys : Self.facebookCredentialKeys
        for (key, f) in field.mapping(&issues, allowed: Self.graphKeys) {
            switch key {
            case "api": api = Self.baseURL(f, &issues) ?? api
            case "credentials":
                credentials = named(f, &issues) { name, c, issues in
                    readGraphCredential(name, c, platform, allowed, &issues)
                }
            default: break
            }
        }
        if credentials.isEmpty, !issues.contains(where: { $0.field.hasPrefix(field.path) }) {
            issues.append(field.issue("needs at least one credential under \"credentials:\""))
            return nil
        }
        return credentials.isEmpty ? nil : GraphPlatform(api: api, credentials: credentials)
    }

    func readGraphCredential(_ name: String, _ c: YAMLField, _ platform: Platform, _ allowed: [String],
                             _ issues: inout [RegistryIssue]) -> GraphCredential? {
        var userID: String?
        var token: (Secret, String)?
        let pairs = c.mapping(&issues, allowed: allowed)
        for (k, v) in pairs {
            switch k {
            case "user_id":
                if let t = UnitFile.text(v, &issues) {
                    if t.count <= 40, t.allSatisfy({ $0.isASCII && $0.isNumber }) { userID = t } else {
                        issues.append(v.issue("\"\(t)\" is not an Instagram user id (digits only)"))
                    }
                }
            case "token_env": token = secret(env: v, &issues)
            case "token_file": token = secret(file: v, &issues)
            default: break
            }
        }
        if pairs.filter({ $0.0 == "token_env" || $0.0 == "token_file" }).count > 1 {
            issues.append(c.issue("give either token_env or token_file, not both"))
            return nil
        }
        if platform == .instagram, !UnitFile.require(userID, "user_id", c, &issues) { return nil }
        guard let token else {
            if !pairs.contains(where: { $0.0.hasPrefix("token_") }) {
                issues.append(c.issue("missing token_env or token_file"))
            }
            return nil
        }
        return GraphCredential(name: name, userID: userID, token: token.0, origin: token.1)
    }

    func readYouTube(_ field: YAMLField, _ issues: inout [RegistryIssue]) -> YouTubePlatform? {
        var api = PlatformSettings.defaultAPI(.youtube)!
        var key: (Secret, String)?
        var quota = 10_000
        for (k, f) in field.mapping(&issues, allowed: Self.youtubeKeys) {
            switch k {
            case "api": api = Self.baseURL(f, &issues) ?? api
            case "key_env": key = secret(env: f, &issues)
            case "quota_per_day": quota = f.int(&issues, range: 1...100_000_000) ?? quota
            default: break
            }
        }
        guard let key else {
            if !issues.contains(where: { $0.field == field.path + ".key_env" || $0.field == field.path }) {
                issues.append(field.issue("missing required key \"key_env\" (the environment variable holding the API key)"))
            }
            return nil
        }
        return YouTubePlatform(api: api, key: key.0, origin: key.1, quotaPerDay: quota)
    }

    func readTikTok(_ field: YAMLField, _ issues: inout [RegistryIssue]) -> TikTokPlatform? {
        var api = PlatformSettings.defaultAPI(.tiktok)!
        var credentials: [TikTokCredential] = []
        for (key, f) in field.mapping(&issues, allowed: Self.tiktokKeys) {
            switch key {
            case "api": api = Self.baseURL(f, &issues) ?? api
            case "credentials": credentials = named(f, &issues) { name, c, issues in readTikTokCredential(name, c, &issues) }
            default: break
            }
        }
        if credentials.isEmpty, !issues.contains(where: { $0.field.hasPrefix(field.path) }) {
            issues.append(field.issue("needs at least one credential under \"credentials:\""))
        }
        return credentials.isEmpty ? nil : TikTokPlatform(api: api, credentials: credentials)
    }

    func readTikTokCredential(_ name: String, _ c: YAMLField, _ issues: inout [RegistryIssue]) -> TikTokCredential? {
        var token: (Secret, String)?
        var refresh: [String: Secret] = [:]
        let pairs = c.mapping(&issues, allowed: Self.tiktokCredentialKeys)
        for (k, v) in pairs {
            switch k {
            case "token_env": token = secret(env: v, &issues)
            case "token_file": token = secret(file: v, &issues)
            default: if let s = secret(env: v, &issues) { refresh[k] = s.0 }
            }
        }
        if pairs.filter({ $0.0 == "token_env" || $0.0 == "token_file" }).count > 1 {
            issues.append(c.issue("give either token_env or token_file, not both"))
            return nil
        }
        let refreshKeys = ["refresh_token_env", "client_key_env", "client_secret_env"]
        let given = refreshKeys.filter { k in pairs.contains { $0.0 == k } }
        if !given.isEmpty, given.count < 3 {
            let missing = refreshKeys.filter { !given.contains($0) }.joined(separator: ", ")
            issues.append(c.issue("token refresh needs refresh_token_env, client_key_env and client_secret_env together (missing: \(missing))"))
            return nil
        }
        guard let token else {
            if !pairs.contains(where: { $0.0 == "token_env" || $0.0 == "token_file" }) {
                issues.append(c.issue("missing token_env or token_file"))
            }
            return nil
        }
        var cred = TikTokCredential(name: name, token: token.0, origin: token.1)
        if let r = refresh["refresh_token_env"], let k = refresh["client_key_env"], let s = refresh["client_secret_env"] {
            cred.refresh = .init(refreshToken: r, clientKey: k, clientSecret: s)
        } else if given.count == 3 {
            return nil  // a variable was missing; the issue is already listed
        }
        return cred
    }

    /// `credentials:` — a mapping from a credential name (an id) to its settings.
    func named<T>(_ field: YAMLField, _ issues: inout [RegistryIssue],
                  _ read: (String, YAMLField, inout [RegistryIssue]) -> T?) -> [T] {
        guard case let .mapping(map) = field.node else {
            issues.append(field.issue("expected a mapping of credential names to their settings, found \(field.kindName)"))
            return []
        }
        var out: [T] = []
        var seen: Set<String> = []
        for (k, v) in map {
            let name = k.string ?? ""
            let f = field.child(name, v)
            guard ValueText.isSlug(name) else {
                issues.append(f.issue("\"\(name)\" is not a valid credential name: use lowercase a-z, 0-9 and '-'"))
                continue
            }
            guard seen.insert(name).inserted else {
                issues.append(f.issue("credential \"\(name)\" appears twice"))
                continue
            }
            if let c = read(name, f, &issues) { out.append(c) }
        }
        return out
    }

    /// A credential from the environment variable the field names.
    func secret(env f: YAMLField, _ issues: inout [RegistryIssue]) -> (Secret, String)? {
        guard let name = UnitFile.text(f, &issues) else { return nil }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            issues.append(f.issue("\"\(name)\" is not an environment variable name (letters, digits and _)"))
            return nil
        }
        let value = (environment[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else {
            issues.append(f.issue("environment variable \(name) is not set or empty"))
            return nil
        }
        return (Secret(value), "environment variable \(name)")
    }

    /// A credential from the file the field names (its whole text, trimmed).
    func secret(file f: YAMLField, _ issues: inout [RegistryIssue]) -> (Secret, String)? {
        guard let path = UnitFile.text(f, &issues) else { return nil }
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            issues.append(f.issue("cannot read token file \(url.path)"))
            return nil
        }
        guard data.count <= Self.maxTokenFileBytes, let text = String(data: data, encoding: .utf8) else {
            issues.append(f.issue("token file \(url.path) is not a token (larger than 64 KB or not UTF-8 text)"))
            return nil
        }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty, !value.contains(where: \.isNewline) else {
            issues.append(f.issue("token file \(url.path) is empty or holds more than one line"))
            return nil
        }
        return (Secret(value), "file \(url.path)")
    }

    /// An http(s) base URL, without a trailing slash.
    static func baseURL(_ f: YAMLField, _ issues: inout [RegistryIssue]) -> String? {
        guard let s = UnitFile.text(f, &issues) else { return nil }
        let lower = s.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), let u = URL(string: s),
              let host = u.host, !host.isEmpty, u.query == nil, u.fragment == nil else {
            issues.append(f.issue("\"\(s)\" is not an API base URL (e.g. https://graph.facebook.com/v23.0)"))
            return nil
        }
        return s.hasSuffix("/") ? String(s.dropLast()) : s
    }
}
