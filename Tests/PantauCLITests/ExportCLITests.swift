import Foundation
import Testing

/// `pantau export --to postgres://…` as a user runs it: the counts of both sides, JSON for scripts,
/// and the server named without its password, whatever happens.
@Suite struct ExportCLITests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../feeds/demo").standardizedFileURL.path

    @Test func aServerThatDoesNotAnswerIsNamedWithoutThePassword() throws {
        let dir = try TemporaryDirectory()
        try FirstRunTests.realUnit(dir)
        let r = try PantauBinary.run(["export", "--registry", "feeds", "--to", "postgres://pantau:s3cret-pw@127.0.0.1:9/pantau"],
                                     in: dir.url)
        #expect(r.status != 0)
        #expect(r.stderr.contains("postgres://127.0.0.1:9/pantau") && r.stderr.contains("tidak menjawab"))
        #expect(!(r.stdout + r.stderr).contains("s3cret-pw"))
    }

    @Test func theTargetMustBeAPostgreSQLServer() throws {
        let dir = try TemporaryDirectory()
        try FirstRunTests.realUnit(dir)
        let r = try PantauBinary.run(["export", "--registry", "feeds", "--to", "other.sqlite"], in: dir.url)
        #expect(r.status != 0 && r.stderr.contains("--to") && r.stderr.contains("postgres://"))
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("other.sqlite").path))
    }

    /// Needs `psql` beside the server of PANTAU_TEST_POSTGRES_URL, to make a database of its own.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PANTAU_TEST_POSTGRES_URL"] != nil,
                   "PANTAU_TEST_POSTGRES_URL is not set: no PostgreSQL server to export to"))
    func theDemoExportedPrintsEqualCountsAndNeverThePassword() throws {
        let dir = try TemporaryDirectory()
        let demo = try PantauBinary.run(["demo", "--registry", Self.demo, "--out", "out", "--quiet"], in: dir.url)
        try #require(demo.status == 0, "\(demo.stderr)")
        let sqlite = dir.url.appendingPathComponent("demo.sqlite").path
        try Self.withDatabase { url in
            let to = url.replacingOccurrences(of: "postgres://pantau@", with: "postgres://pantau:s3cret-pw@")
            let first = try PantauBinary.run(["export", "--registry", Self.demo, "--db", sqlite, "--to", to], in: dir.url)
            #expect(first.status == 0, "\(first.stderr)")
            let post = try #require(first.lines.first { $0.hasPrefix("post ") }).split(separator: " ")
            #expect(post.count == 3 && post[1] == post[2] && Int(post[1]) ?? 0 > 50, "\(post)")
            #expect(first.stdout.contains("jumlah baris tiap tabel sama di kedua sisi"))
            let again = try PantauBinary.run(["export", "--registry", Self.demo, "--db", sqlite, "--to", to], in: dir.url)
            #expect(again.status != 0 && again.stderr.contains("--replace"))
            let json = try PantauBinary.run(["export", "--registry", Self.demo, "--db", sqlite, "--to", to, "--replace", "--json"],
                                            in: dir.url)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let tables = try #require(object?["tables"] as? [[String: Any]])
            #expect(tables.count == 16 && object?["seconds"] is Double)
            for table in tables { #expect(table["sqlite"] as? Int == table["postgres"] as? Int, "\(table)") }
            for output in [first, again, json] { #expect(!(output.stdout + output.stderr).contains("s3cret-pw")) }
        }
    }

    /// Runs `body` with the URL of a new database on the test server, dropped afterwards.
    static func withDatabase(_ body: (String) throws -> Void) throws {
        let server = try #require(ProcessInfo.processInfo.environment["PANTAU_TEST_POSTGRES_URL"])
        let name = "pantau_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        try psql(server, "CREATE DATABASE \(name)")
        defer { try? psql(server, "DROP DATABASE \(name) WITH (FORCE)") }
        var parts = try #require(URLComponents(string: server))
        parts.path = "/" + name
        try body(try #require(parts.string))
    }

    static func psql(_ url: String, _ statement: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-q", "-v", "ON_ERROR_STOP=1", "-c", statement]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "psql \(statement)")
    }
}
