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

/// A local server through its unix socket, as libpq and Debian's `peer` login expect.
@Suite struct PostgresSocketAddressTests {
    @Test func aURLWithoutHostUsesPGHOSTOrDebiansSocketDirectory() throws {
        let a = try PostgresAddress(url: Secret("postgres:///pantau"), environment: ["USER": "humas"])
        #expect(a.socket == "/var/run/postgresql/.s.PGSQL.5432" && a.host == "localhost" && a.user == "humas")
        #expect(a.tls == .disable)
        #expect(a.description == "postgres:///pantau?host=/var/run/postgresql")
        let b = try PostgresAddress(url: Secret("postgres://ana@/pantau"), environment: ["PGHOST": "/run/pg", "PGPORT": "6543"])
        #expect(b.socket == "/run/pg/.s.PGSQL.6543" && b.port == 6_543 && b.user == "ana")
        #expect(b.description == "postgres:///pantau?host=/run/pg&port=6543")
        let c = try PostgresAddress(url: Secret("postgres:///pantau"), environment: ["USER": "x", "PGHOST": "db.example"])
        #expect(c.socket == nil && c.host == "db.example", "PGHOST may name a machine too")
    }

    @Test func aSocketDirectoryInTheURL() throws {
        let a = try PostgresAddress(url: Secret("postgresql://ana@/pantau?host=/tmp/pg/socket&port=7000"), environment: [:])
        #expect(a.socket == "/tmp/pg/socket/.s.PGSQL.7000")
        let encoded = try PostgresAddress(url: Secret("postgresql://ana@%2Ftmp%2Fpg/pantau"), environment: [:])
        #expect(encoded.socket == "/tmp/pg/.s.PGSQL.5432", "a percent-encoded directory as the host, as libpq reads it")
        #expect(throws: PostgresStoreError.self) { try PostgresAddress(url: Secret("postgres://ana@db.example/pantau?host=/x"), environment: [:]) }
        #expect(throws: PostgresStoreError.self) { try PostgresAddress(url: Secret("postgres://ana@/pantau?host=relative"), environment: [:]) }
        #expect(throws: PostgresStoreError.self) { try PostgresAddress(url: Secret("postgres://ana@db.example:5432/pantau?port=1"), environment: [:]) }
    }

    @Test func theRealServerAnswersThroughItsSocket() async throws {
        guard let url = ProcessInfo.processInfo.environment["PANTAU_TEST_POSTGRES_URL"] else {
            print("skipped: PANTAU_TEST_POSTGRES_URL is not set (no PostgreSQL server to reach through its socket)")
            return
        }
        let tcp = try await PostgresStore(url: Secret(url))
        let dirs = try await tcp.socketDirectories()
        await tcp.close()
        guard let dir = dirs.first(where: { $0.hasPrefix("/") }) else {
            print("skipped: the test server listens on no unix socket")
            return
        }
        let address = try PostgresAddress(url: Secret(url), environment: [:])
        var parts = try #require(URLComponents(string: url))
        parts.host = ""
        parts.port = nil
        parts.queryItems = [URLQueryItem(name: "host", value: dir), URLQueryItem(name: "port", value: String(address.port))]
        let socketURL = try #require(parts.string)
        let store = try await PostgresStore(url: Secret(socketURL))
        defer { Task { await store.close() } }
        #expect(store.server.hasPrefix("postgres:///"))
        #expect(try await store.socketDirectories().contains(dir), "the same server, through its socket")
    }
}
