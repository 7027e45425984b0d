import Foundation
import PantauModel

/// Sources of `kind: api`: read through a platform's official API (registry spec, "Platform APIs").
extension UnitFile {
    static func readAPISource(_ field: YAMLField, id: String, unitID: String, platform: Platform, url: String?,
                              account: YAMLField?, credential: String?, every: Seconds?, followers: Int?,
                              _ issues: inout [RegistryIssue]) -> Source? {
        guard PlatformSettings.supported.contains(platform) else {
            let names = PlatformSettings.supported.map(\.rawValue).joined(separator: " | ")
            issues.append(field.child("kind", field.node).issue(
                "kind: api is for platforms with an official API (\(names)), not \(platform.rawValue)"))
            return nil
        }
        guard let account else {
            issues.append(field.issue("missing required key \"account\" (\(accountHint(platform)))"))
            return nil
        }
        guard let name = apiAccount(account, platform, &issues) else { return nil }
        return Source(id: id, unitID: unitID, platform: platform, kind: .api, url: url ?? profileURL(platform, name),
                      every: every, followers: followers, account: name, credential: credential)
    }

    /// The account as the API wants it, or an issue. Accounts go into request URLs, so only the
    /// characters the platform allows in them are accepted.
    static func apiAccount(_ f: YAMLField, _ platform: Platform, _ issues: inout [RegistryIssue]) -> String? {
        guard var s = text(f, &issues) else { return nil }
        if platform == .instagram || platform == .tiktok, s.hasPrefix("@") { s.removeFirst() }
        let ok: Bool
        let word = { (c: Character, extra: String) in c.isASCII && (c.isLetter || c.isNumber || extra.contains(c)) }
        switch platform {
        case .instagram: ok = (1...30).contains(s.count) && s.allSatisfy { word($0, "._") }
        case .tiktok: ok = (2...24).contains(s.count) && s.allSatisfy { word($0, "._") }
        case .facebook: ok = (1...50).contains(s.count) && s.allSatisfy { word($0, ".") }
        case .youtube: ok = s.count == 24 && s.hasPrefix("UC") && s.allSatisfy { word($0, "_-") }
        default: ok = false
        }
        guard ok else {
            issues.append(f.issue("\"\(s)\" is not a \(platform.displayName) account (\(accountHint(platform)))"))
            return nil
        }
        return s
    }

    static func accountHint(_ p: Platform) -> String {
        switch p {
        case .instagram: "the username, e.g. polrestuban"
        case .tiktok: "the username, e.g. polrestuban"
        case .facebook: "the page id, e.g. 100064512345678"
        case .youtube: "the channel id, UC followed by 22 letters, digits, - or _"
        default: "an account"
        }
    }

    /// Where a person finds the account; the source's link when the registry gives no `url`.
    static func profileURL(_ p: Platform, _ account: String) -> String {
        switch p {
        case .instagram: "https://www.instagram.com/\(account)/"
        case .facebook: "https://www.facebook.com/\(account)"
        case .youtube: "https://www.youtube.com/channel/\(account)"
        case .tiktok: "https://www.tiktok.com/@\(account)"
        default: account
        }
    }
}

extension RegistryLoader {
    /// Every `kind: api` source needs its platform configured in `_settings.yaml` and a credential
    /// there: the one it names, or the platform's only one.
    static func checkAPISources(_ files: [(String, UnitFile)], settings: PlatformSettings,
                                settingsFile: (display: String, issues: [RegistryIssue])?, _ issues: inout [RegistryIssue]) {
        let where_ = settingsFile?.display ?? "_settings.yaml"
        for (file, f) in files {
            for (s, line, field) in f.sources where s.kind == .api {
                let p = s.platform
                guard settings.isConfigured(p) else {
                    // A platform whose settings had problems is already reported there.
                    if settingsFile?.issues.contains(where: { $0.field.hasPrefix("platforms.\(p.rawValue)") }) != true {
                        issues.append(RegistryIssue(file: file, line: line, field: "\(field).platform", problem:
                            "\(p.rawValue) has no API configuration: add platforms.\(p.rawValue) to \(where_)"))
                    }
                    continue
                }
                guard p != .youtube else {
                    if s.credential != nil {
                        issues.append(RegistryIssue(file: file, line: line, field: "\(field).credential", problem:
                            "YouTube uses the one API key in platforms.youtube; remove \"credential\""))
                    }
                    continue
                }
                let names = settings.credentialNames(p)
                if let c = s.credential, !names.contains(c) {
                    var msg = "no credential \"\(c)\" under platforms.\(p.rawValue).credentials in \(where_)"
                    if let near = Spelling.nearest(c, in: names) { msg += " (did you mean \"\(near)\"?)" }
                    issues.append(RegistryIssue(file: file, line: line, field: "\(field).credential", problem: msg))
                } else if s.credential == nil, names.count > 1 {
                    issues.append(RegistryIssue(file: file, line: line, field: field, problem:
                        "\(p.rawValue) has several credentials; name one with \"credential:\" (" + names.joined(separator: ", ") + ")"))
                }
            }
        }
    }
}
