import Foundation
import PantauModel
import PantauStore
import Testing

/// Reading a `postgres://` URL and finding its password (URL, PGPASSWORD, ~/.pgpass).
@Suite struct PostgresAddressTests {
    @Test func theURLGivesUserHostPortDatabaseAndTLSAndPrintsWithoutCredentials() throws {
        let a = try PostgresAddress(url: Secret("postgresql://ana:p%40ss@db.example:6543/pantau?sslmode=require"), environment: [:])
        #expect(a.user == "ana" && a.host == "db.example" && a.port == 6_543 && a.database == "pantau" && a.tls == .require)
        #expect(a.urlPassword?.reveal == "p@ss")
        #expect(a.description == "postgres://db.example:6543/pantau")
        let b = try PostgresAddress(url: Secret("postgres://ana@db.example/pantau"), environment: [:])
        #expect(b.port == 5_432 && b.tls == .prefer && b.urlPassword == nil)
    }

    @Test func thePasswordComesFromTheURLThenPGPASSWORDThenThePasswordFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("pgpass").path
        try """
            # comment
            other.example:5432:pantau:ana:nope
            db.example:*:pantau:ana:from\\:file
            *:*:*:*:fallback
            """.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let a = try PostgresAddress(url: Secret("postgres://ana@db.example:5432/pantau"), environment: [:])
        #expect(a.password(environment: ["PGPASSFILE": file])?.reveal == "from:file")
        #expect(a.password(environment: ["PGPASSFILE": file, "PGPASSWORD": "env"])?.reveal == "env")
        let withURL = try PostgresAddress(url: Secret("postgres://ana:url@db.example/pantau"), environment: [:])
        #expect(withURL.password(environment: ["PGPASSWORD": "env"])?.reveal == "url")
        // A password file others may read is ignored, as libpq does.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(a.password(environment: ["PGPASSFILE": file]) == nil)
    }
}
