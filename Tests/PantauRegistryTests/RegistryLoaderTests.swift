import Foundation
import PantauModel
import Testing
@testable import PantauRegistry

/// Writes files into a fresh temporary registry folder.
func makeRegistry(_ files: [String: String]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-reg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files {
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return dir.path
}

let tuban = """
unit:
  id: polres-tuban
  name: Polres Tuban
  kind: polres
  parent: polda-jatim
  aliases: [Kapolres Tuban]
sources:
  - id: polres-tuban-web
    platform: website
    kind: feed
    url: demo/tuban/web.xml
    every: 1h
  - id: polres-tuban-yt
    platform: youtube
    url: https://www.youtube.com/feeds/videos.xml?channel_id=abc
    followers: 12000
innovations:
  - id: polres-tuban-simba
    name: SIM Bhabinkamtibmas
    acronym: SIMBA
    aliases: [SIM Bhabin]
    hashtags: ["#SIMBA", SIMBATuban]
    launched: 2019-06-01
    cadence: 14d
"""

@Suite struct RegistryLoaderTests {
    @Test func loadsAValidUnit() throws {
        let dir = try makeRegistry(["polres-tuban.yaml": tuban])
        let r = try RegistryLoader.load(directory: dir)
        #expect(r.units.map(\.id) == ["polres-tuban"])
        #expect(r.units[0].kind == .polres)
        #expect(r.sources.count == 2)
        #expect(r.sources[0].unitID == "polres-tuban")
        #expect(r.sources[0].every == 3_600)
        #expect(r.sources[0].url == URL(fileURLWithPath: dir).appendingPathComponent("demo/tuban/web.xml").standardizedFileURL.absoluteString)
        #expect(r.sources[1].followers == 12_000)
        let simba = try #require(r.innovations.first)
        #expect(simba.acronym == "SIMBA")
        #expect(simba.hashtags == ["SIMBA", "SIMBATuban"])
        #expect(simba.launched == Day(year: 2019, month: 6, day: 1))
        #expect(simba.cadence == 14 * 86_400)
        #expect(simba.unitID == "polres-tuban")
    }

    /// Values are read as written: `~`, `null` and an empty value mean "none"; a quoted "null",
    /// a number-looking name and a "yes" stay text.
    @Test func scalarsAreTextAndNullIsSpelledOut() throws {
        let text = tuban
            .replacingOccurrences(of: "acronym: SIMBA", with: "acronym: ~")
            .replacingOccurrences(of: "  parent: polda-jatim", with: "  parent: null")
            .replacingOccurrences(of: "aliases: [SIM Bhabin]", with: "aliases: [\"null\", 110, yes]")
        let r = try RegistryLoader.load(directory: try makeRegistry(["polres-tuban.yaml": text]))
        #expect(r.innovations[0].acronym == nil)
        #expect(r.units[0].parent == nil)
        #expect(r.innovations[0].aliases == ["null", "110", "yes"])
    }

    @Test func badDurationNamesFileLineAndField() throws {
        let text = tuban.replacingOccurrences(of: "cadence: 14d", with: "cadence: 2 minggu")
        let dir = try makeRegistry(["polres-tuban.yaml": text])
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: dir) }
        #expect(error.description == "\(dir)/polres-tuban.yaml:24: innovations[0].cadence: \"2 minggu\" is not a duration (use 14d)")
    }

    @Test func unknownKeyIsAnErrorWithDidYouMean() throws {
        let text = tuban.replacingOccurrences(of: "    acronym: SIMBA", with: "    acronim: SIMBA")
        let dir = try makeRegistry(["polres-tuban.yaml": text])
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: dir) }
        let issue = try #require(error.issues.first)
        #expect(issue.line == 20)
        #expect(issue.field == "innovations[0].acronim")
        #expect(issue.problem.contains("did you mean \"acronym\""))
    }

    @Test func duplicateIDsAcrossFilesNameBothPlaces() throws {
        let other = """
        unit:
          id: polres-lain
          name: Polres Lain
        innovations:
          - id: polres-tuban-simba
            name: Sesuatu
        """
        let dir = try makeRegistry(["polres-tuban.yaml": tuban, "polres-lain.yaml": other])
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: dir) }
        let issue = try #require(error.issues.first)
        #expect(issue.file.hasSuffix("polres-tuban.yaml"))
        #expect(issue.problem.contains("already used at \(dir)/polres-lain.yaml:5"))
    }

    @Test func everyProblemIsListedAndNothingIsHalfLoaded() throws {
        let bad = """
        unit:
          id: Polres_X
          name: Polres X
          kind: polress
        sources:
          - id: x-web
            platform: web
            url: ftp://example.org/feed
        """
        let dir = try makeRegistry(["polres-tuban.yaml": tuban, "polres-x.yaml": bad])
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: dir) }
        let problems = error.issues.map(\.field)
        #expect(problems.contains("unit.id"))
        #expect(problems.contains("unit.kind"))
        #expect(problems.contains("sources[0].platform"))
        #expect(problems.contains("sources[0].url"))
        #expect(error.issues.first { $0.field == "unit.kind" }?.problem.contains("did you mean \"polres\"") == true)
    }

    @Test func brokenYAMLGivesTheLine() throws {
        let dir = try makeRegistry(["polres-tuban.yaml": "unit:\n  id: polres-tuban\n  name: [unclosed\n"])
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: dir) }
        let issue = try #require(error.issues.first)
        #expect(issue.line != nil)
        #expect(issue.problem.hasPrefix("not valid YAML"))
    }

    @Test func aliasBombIsRefused() throws {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for i in 1...8 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(i): &a\(i) [\(refs)]")
        }
        let dir = try makeRegistry(["polres-tuban.yaml": tuban, "_settings.yaml": lines.joined(separator: "\n")])
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: dir) }
        #expect(error.description.contains("too many YAML nodes"))
    }

    @Test func settingsAreReadAndValidated() throws {
        let settings = """
        every: 30m
        language: en
        crawl:
          per_host: 4
          delay: 250ms
          robots: false
          lease: 2m
          max_body: 5MB
        alerts:
          - kind: webhook
            url: http://127.0.0.1:9/hook
            repeat: 12h
        """
        let dir = try makeRegistry(["polres-tuban.yaml": tuban, "_settings.yaml": settings])
        let r = try RegistryLoader.load(directory: dir)
        #expect(r.settings.every == 1_800)
        #expect(r.settings.language == .en)
        #expect(r.settings.crawl.perHost == 4)
        #expect(r.settings.crawl.delayMillis == 250)
        #expect(r.settings.crawl.robots == false)
        #expect(r.settings.crawl.maxBody == 5 << 20)
        #expect(r.settings.crawl.lease == 120)
        #expect(r.settings.alerts.first?.repeatEvery == 43_200)

        let short = try makeRegistry(["polres-tuban.yaml": tuban, "_settings.yaml": "crawl:\n  lease: 5s\n"])
        let leaseError = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: short) }
        #expect(leaseError.description.contains("_settings.yaml:2: crawl.lease: must be between 30s and 24h"), "\(leaseError)")

        let dir2 = try makeRegistry(["polres-tuban.yaml": tuban, "_settings.yaml": "evry: 1h\n"])
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: dir2) }
        #expect(error.description.contains("_settings.yaml:1: evry: unknown key \"evry\" (did you mean \"every\"?)"))
    }

    @Test func fileNameMustMatchUnitID() throws {
        let dir = try makeRegistry(["tuban.yaml": tuban])
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: dir) }
        #expect(error.description.contains("does not match the file name"))
    }

    @Test func missingFolderIsClear() {
        #expect(throws: RegistryError.self) { try RegistryLoader.load(directory: "/nonexistent/feeds") }
    }
}

@Suite struct ScoreSettingsTests {
    @Test func weightsAreReadAndChecked() throws {
        let dir = try makeRegistry(["polres-tuban.yaml": tuban, "_settings.yaml": "score:\n  coverage: 2\n  social: 1\n  regularity: 1\n  engagement: 0\n"])
        let r = try RegistryLoader.load(directory: dir)
        #expect(r.settings.weights.coverage == 2)
        #expect(r.settings.weights.engagement == 0)
        let bad = try makeRegistry(["polres-tuban.yaml": tuban, "_settings.yaml": "score:\n  sosial: 1\n  coverage: banyak\n"])
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: bad) }
        #expect(error.issues.map(\.field) == ["score.sosial", "score.coverage"])
    }
}
