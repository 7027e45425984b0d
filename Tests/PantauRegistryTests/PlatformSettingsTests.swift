import Foundation
import PantauModel
import Testing
@testable import PantauRegistry

/// `kind: api` sources and the `platforms:` settings (registry spec, "Platform APIs").
@Suite struct PlatformSettingsTests {
    static let settings = """
    platforms:
      instagram:
        api: http://127.0.0.1:9/graph
        credentials:
          humas-polda-jatim:
            user_id: "17841400000000000"
            token_env: PANTAU_IG_TOKEN_JATIM
      facebook:
        credentials:
          polres-tuban-page: {token_env: PANTAU_FB_TOKEN_TUBAN}
      youtube:
        key_env: PANTAU_YOUTUBE_KEY
        quota_per_day: 20000
      tiktok:
        credentials:
          polres-tuban-tiktok:
            token_file: tt.token
            refresh_token_env: PANTAU_TT_REFRESH_TUBAN
            client_key_env: PANTAU_TT_CLIENT_KEY
            client_secret_env: PANTAU_TT_CLIENT_SECRET
    """

    static let unit = """
    unit:
      id: polres-tuban
      name: Polres Tuban
    sources:
      - id: polres-tuban-ig
        platform: instagram
        kind: api
        account: "@polrestuban"
        credential: humas-polda-jatim
      - id: polres-tuban-fb
        platform: facebook
        kind: api
        account: "100064512345678"
      - id: polres-tuban-yt
        platform: youtube
        kind: api
        account: UCabcdefghijklmnopqrstuv
      - id: polres-tuban-tt
        platform: tiktok
        kind: api
        account: polrestuban
    """

    static let env = [
        "PANTAU_IG_TOKEN_JATIM": "EAAG-ig-secret", "PANTAU_FB_TOKEN_TUBAN": "EAAG-fb-secret", "PANTAU_YOUTUBE_KEY": "AIza-secret",
        "PANTAU_TT_REFRESH_TUBAN": "rft.secret", "PANTAU_TT_CLIENT_KEY": "ck", "PANTAU_TT_CLIENT_SECRET": "cs-secret",
    ]

    func dir(settings: String = settings, unit: String = unit) throws -> String {
        let d = try makeRegistry(["_settings.yaml": settings, "polres-tuban.yaml": unit])
        try "act.tt-secret\n".write(toFile: d + "/tt.token", atomically: true, encoding: .utf8)
        return d
    }

    @Test func loadsAPISourcesAndCredentials() throws {
        let r = try RegistryLoader.load(directory: try dir(), environment: Self.env)
        let ig = try #require(r.source("polres-tuban-ig"))
        #expect(ig.kind == .api && ig.account == "polrestuban" && ig.credential == "humas-polda-jatim")
        #expect(ig.url == "https://www.instagram.com/polrestuban/")
        #expect(r.source("polres-tuban-yt")?.url == "https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv")
        let p = r.settings.platforms
        #expect(p.instagram?.api == "http://127.0.0.1:9/graph")
        #expect(p.instagram?.credentials.first?.userID == "17841400000000000")
        #expect(p.instagram?.credentials.first?.token.reveal == "EAAG-ig-secret")
        #expect(p.instagram?.credentials.first?.origin == "environment variable PANTAU_IG_TOKEN_JATIM")
        #expect(p.facebook?.api == "https://graph.facebook.com/v23.0")
        #expect(p.youtube?.quotaPerDay == 20_000 && p.youtube?.key.reveal == "AIza-secret")
        let tt = try #require(p.tiktok?.credential(nil))
        #expect(tt.token.reveal == "act.tt-secret" && tt.refresh?.clientSecret.reveal == "cs-secret")
        // Nothing that describes the settings shows a value.
        let shown = "\(r.settings) \(String(reflecting: r.settings.platforms))"
        for v in Self.env.values + ["act.tt-secret"] where v.count > 2 { #expect(!shown.contains(v), "\(v)") }
    }

    @Test func aMissingVariableNamesTheSettingNotTheValue() throws {
        var env = Self.env
        env["PANTAU_IG_TOKEN_JATIM"] = nil
        let d = try dir()
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: d, environment: env) }
        #expect(error.issues.count == 1)
        #expect(error.description == "\(d)/_settings.yaml:7: platforms.instagram.credentials.humas-polda-jatim.token_env: environment variable PANTAU_IG_TOKEN_JATIM is not set or empty")
        #expect(!error.description.contains("secret"))
    }

    @Test func aMissingTokenFileIsAnError() throws {
        let d = try dir()
        try FileManager.default.removeItem(atPath: d + "/tt.token")
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: d, environment: Self.env) }
        #expect(error.issues.map(\.field) == ["platforms.tiktok.credentials.polres-tuban-tiktok.token_file"])
        #expect(error.issues[0].problem == "cannot read token file \(d)/tt.token")
    }

    @Test func anAPISourceOfAnUnconfiguredPlatformIsARegistryError() throws {
        let settings = Self.settings.components(separatedBy: "\n  tiktok:")[0]
        let d = try dir(settings: settings)
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: d, environment: Self.env) }
        let issue = try #require(error.issues.first)
        #expect(error.issues.count == 1)
        #expect(issue.file == "\(d)/polres-tuban.yaml" && issue.line == 18 && issue.field == "sources[3].platform")
        #expect(issue.problem == "tiktok has no API configuration: add platforms.tiktok to \(d)/_settings.yaml")
    }

    @Test func credentialsAndAccountsAreChecked() throws {
        let unit = Self.unit
            .replacingOccurrences(of: "credential: humas-polda-jatim", with: "credential: humas-polda-jatm")
            .replacingOccurrences(of: "account: UCabcdefghijklmnopqrstuv", with: "account: \"UC1){x}\"")
            .replacingOccurrences(of: "kind: api\n    account: polrestuban", with: "kind: api")
            + "\n  - id: polres-tuban-web\n    platform: website\n    url: https://example.org/feed\n    account: x\n"
        let d = try dir(unit: unit)
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: d, environment: Self.env) }
        let problems = error.issues.map { "\($0.field): \($0.problem)" }
        #expect(problems.contains { $0.hasPrefix("sources[2].account: \"UC1){x}\" is not a YouTube account") })
        #expect(problems.contains { $0.hasPrefix("sources[3]: missing required key \"account\"") })
        #expect(problems.contains("sources[4]: \"account\" is only for sources of kind: api"))
        #expect(problems.contains { $0.hasPrefix("sources[0].credential: no credential \"humas-polda-jatm\"") && $0.contains("did you mean \"humas-polda-jatim\"") })
    }

    @Test func settingsKeysFollowTheSpecExactly() throws {
        let bad = Self.settings.replacingOccurrences(of: "key_env: PANTAU_YOUTUBE_KEY", with: "key: AIza-in-the-file")
            .replacingOccurrences(of: "        client_key_env: PANTAU_TT_CLIENT_KEY\n", with: "")
        let d = try dir(settings: bad)
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: d, environment: Self.env) }
        let fields = error.issues.map(\.field)
        #expect(fields.contains("platforms.youtube.key"))
        #expect(error.issues.contains { $0.problem.contains("missing: client_key_env") }, "\(error)")
        #expect(!error.description.contains("AIza-in-the-file") || error.issues.allSatisfy { !$0.problem.contains("AIza") })
    }
}
