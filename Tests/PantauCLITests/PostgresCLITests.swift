import Foundation
import Testing

/// `--db postgres://…` and `database:` from the command line: the server is named, its password never.
@Suite struct PostgresCLITests {
    @Test func aServerThatDoesNotAnswerIsNamedWithoutThePassword() throws {
        let dir = try TemporaryDirectory()
        try FirstRunTests.realUnit(dir)
        let r = try PantauBinary.run(["migrate", "--registry", "feeds", "--db", "postgres://pantau:s3cret-pw@127.0.0.1:9/pantau"],
                                     in: dir.url)
        #expect(r.status != 0)
        #expect(r.stderr.contains("postgres://127.0.0.1:9/pantau") && r.stderr.contains("tidak menjawab"))
        #expect(!(r.stdout + r.stderr).contains("s3cret-pw"))
    }

    @Test func aPasswordInTheSettingsIsARegistryErrorThatDoesNotRepeatIt() throws {
        let dir = try TemporaryDirectory()
        try FirstRunTests.realUnit(dir)
        try dir.write("feeds/_settings.yaml", "language: id\ndatabase: postgres://pantau:s3cret-pw@db.example/pantau\n")
        let r = try PantauBinary.run(["sources", "--registry", "feeds"], in: dir.url)
        #expect(r.status != 0)
        #expect(r.stderr.contains("_settings.yaml") && r.stderr.contains("PGPASSWORD"))
        #expect(!(r.stdout + r.stderr).contains("s3cret-pw"))
    }
}
