import Foundation
import Testing

/// `pantau match` run as a user runs it: the built binary, a registry folder, a JSON Lines posts file.
@Suite struct MatchCommandTests {
    /// One unit with two innovations (registry format: /work/shared/spec/registry.md).
    static let tuban = """
        unit:
          id: polres-tuban
          name: Polres Tuban
          kind: polres
          aliases: [Kapolres Tuban]
        sources:
          - id: polres-tuban-web
            platform: website
            kind: feed
            url: https://tuban.example.polri.go.id/feed/
        innovations:
          - id: polres-tuban-simba
            name: SIM Bhabinkamtibmas
            acronym: SIMBA
            hashtags: [SIMBA, SIMBATuban]
          - id: polres-tuban-jumat-curhat
            name: Jumat Curhat
            hashtags: [JumatCurhat]
        """

    /// Three posts whose ids are not in sorted order, so input order is visible in the output.
    static let posts = """
        {"id": "p3", "title": "SIMBA hadir di desa", "text": "Layanan SIMBA membantu warga belajar ujian teori SIM.", "unit": "polres-tuban"}
        {"id": "p1", "title": "Cuaca", "text": "Cuaca cerah di pantai hari ini.", "url": null, "published": "2026-11-20"}
        {"id": "p2", "text": "Kapolres Tuban menggelar Jumat Curhat bersama warga.", "unit": null, "extra": 1}

        """

    /// A temporary folder holding `registry/polres-tuban.yaml`.
    func makeRegistry(_ yaml: String = tuban) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write("registry/polres-tuban.yaml", yaml)
        return dir
    }

    /// Parses output lines as JSON objects: (post id, innovation ids).
    func parse(_ lines: [String]) throws -> [(post: String, innovations: [String])] {
        try lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
            let post = try #require(object["post"] as? String, "no post id: \(line)")
            let list = try #require(object["innovations"] as? [[String: Any]], "no innovations list: \(line)")
            return (post, list.compactMap { $0["id"] as? String })
        }
    }

    /// Checks the three output lines of `posts`.
    func expectMatches(_ lines: [String]) throws {
        let r = try parse(lines)
        #expect(r.map(\.post) == ["p3", "p1", "p2"])
        guard r.count == 3 else { return }
        #expect(r[0].innovations == ["polres-tuban-simba"])
        #expect(r[1].innovations == [])
        #expect(r[2].innovations == ["polres-tuban-jumat-curhat"])
    }

    @Test func printsOneLinePerPostInInputOrder() throws {
        let dir = try makeRegistry()
        let file = try dir.write("posts.jsonl", Self.posts)
        let r = try PantauBinary.run(["match", "--registry", dir.path("registry"), "--posts", file], in: dir.url)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(r.lines.count == 3)
        try expectMatches(r.lines)
        // A post that names nothing registered still gets its line, with an empty list.
        #expect(r.lines.count == 3 && r.lines[1].contains("\"innovations\": []"))
    }

    @Test func outWritesTheSameLinesToTheFileAndNothingToStandardOutput() throws {
        let dir = try makeRegistry()
        let file = try dir.write("posts.jsonl", Self.posts)
        let plain = try PantauBinary.run(["match", "--registry", dir.path("registry"), "--posts", file], in: dir.url)
        let out = dir.path("out/matches.jsonl")
        try FileManager.default.createDirectory(atPath: dir.path("out"), withIntermediateDirectories: true)
        let r = try PantauBinary.run(["match", "--registry", dir.path("registry"), "--posts", file, "--out", out], in: dir.url)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.isEmpty)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(!written.isEmpty)
        #expect(written == plain.stdout)
        try expectMatches(written.split(separator: "\n").map(String.init))
    }

    @Test func dashReadsStandardInput() throws {
        let dir = try makeRegistry()
        let r = try PantauBinary.run(["match", "--registry", dir.path("registry"), "--posts", "-"], in: dir.url, stdin: Self.posts)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        try expectMatches(r.lines)
    }

    @Test func aBadLineIsReportedWithFileAndLineAndTheOthersStillMatch() throws {
        let dir = try makeRegistry()
        let lines = Self.posts.split(separator: "\n").map(String.init)
        let file = try dir.write("posts.jsonl", [lines[0], "this is not JSON", lines[1], lines[2]].joined(separator: "\n") + "\n")
        let r = try PantauBinary.run(["match", "--registry", dir.path("registry"), "--posts", file], in: dir.url)
        #expect(r.status == 1)
        try expectMatches(r.lines)
        #expect(r.stderr.contains("\(file):2: not a post"), "stderr: \(r.stderr)")
        #expect(!r.stderr.contains(":1:") && !r.stderr.contains(":3:") && !r.stderr.contains(":4:"), "stderr: \(r.stderr)")
    }

    @Test func aMissingRegistryFolderStopsTheRun() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("posts.jsonl", Self.posts)
        let missing = dir.path("no-such-registry")
        let out = dir.path("matches.jsonl")
        let r = try PantauBinary.run(["match", "--registry", missing, "--posts", file, "--out", out], in: dir.url)
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("cannot read registry folder \(missing)"), "stderr: \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func anInvalidRegistryFileStopsTheRunAndIsNamed() throws {
        let dir = try makeRegistry()
        try dir.write("registry/polres-senori.yaml", "unit:\n  id: polres-senori\n  name: [Polres Senori\n")
        let file = try dir.write("posts.jsonl", Self.posts)
        let r = try PantauBinary.run(["match", "--registry", dir.path("registry"), "--posts", file], in: dir.url)
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("polres-senori.yaml"), "stderr: \(r.stderr)")
    }

    @Test func aRegistryFileBreakingTheSchemaNamesFileLineAndField() throws {
        let dir = try makeRegistry(Self.tuban.replacingOccurrences(of: "kind: polres", with: "kind: polress"))
        let file = try dir.write("posts.jsonl", Self.posts)
        let r = try PantauBinary.run(["match", "--registry", dir.path("registry"), "--posts", file], in: dir.url)
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("polres-tuban.yaml:4: unit.kind"), "stderr: \(r.stderr)")
    }

    @Test func aMissingPostsFileStopsTheRun() throws {
        let dir = try makeRegistry()
        let missing = dir.path("no-such-posts.jsonl")
        let r = try PantauBinary.run(["match", "--registry", dir.path("registry"), "--posts", missing], in: dir.url)
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("cannot open posts file \(missing)"), "stderr: \(r.stderr)")
    }

    @Test func aFolderGivenAsPostsFileIsAnErrorNotACrash() throws {
        let dir = try makeRegistry()
        let folder = dir.path("registry")
        let r = try PantauBinary.run(["match", "--registry", folder, "--posts", folder], in: dir.url)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("cannot read posts file \(folder)"), "stderr: \(r.stderr)")
    }
}
