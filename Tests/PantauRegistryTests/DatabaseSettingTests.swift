import Foundation
import PantauRegistry
import Testing

/// `database:` in _settings.yaml: an SQLite path or a postgres:// URL without a password.
@Suite struct DatabaseSettingTests {
    @Test func aPostgresURLWithoutPasswordIsKept() throws {
        let dir = try makeRegistry(["polres-tuban.yaml": tuban,
                                    "_settings.yaml": "database: postgres://pantau@db.example:5432/pantau\n"])
        #expect(try RegistryLoader.load(directory: dir).settings.database == "postgres://pantau@db.example:5432/pantau")
    }

    @Test func aPasswordInTheURLIsARegistryErrorNamingTheFileNotThePassword() throws {
        let dir = try makeRegistry(["polres-tuban.yaml": tuban,
                                    "_settings.yaml": "database: postgresql://pantau:hunter2@db.example/pantau\n"])
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: dir) }
        #expect(error.description.contains("_settings.yaml:1: database: holds a password"))
        #expect(error.description.contains("PGPASSWORD"))
        #expect(!error.description.contains("hunter2"))
    }
}
