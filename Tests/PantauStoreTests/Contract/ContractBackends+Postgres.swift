import Foundation
import PantauModel
import PantauStore
import PostgresNIO
import Synchronization

/// The PostgreSQL backend of the contract suite when PANTAU_TEST_POSTGRES_URL is set: a new database
/// per test, migrated, and dropped afterwards. Unset: the suite runs on SQLite only and says so.
extension ContractBackends {
    static var postgresBackends: [ContractBackend] {
        guard PostgresTestServer.enabled else {
            print("contract suite: PANTAU_TEST_POSTGRES_URL is not set; running on SQLite only")
            return []
        }
        return [ContractBackend(name: "PostgreSQL", make: {
            let name = "pantau_contract_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
            let admin = try await PostgresStore(url: Secret(PostgresTestServer.url ?? ""))
            // The name is made here of hex digits: nothing from outside reaches this statement.
            try await admin.execute(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
            await admin.close()
            let store = try await PostgresStore(url: PostgresTestServer.url(database: String(name)))
            try await store.migrate()
            contractDatabases.withLock { $0[ObjectIdentifier(store)] = String(name) }
            return store
        }, cleanup: { store in
            guard let pg = store as? PostgresStore,
                  let name = contractDatabases.withLock({ $0.removeValue(forKey: ObjectIdentifier(pg)) }) else { return }
            await pg.close()
            let admin = try await PostgresStore(url: Secret(PostgresTestServer.url ?? ""))
            try await admin.execute(PostgresQuery(unsafeSQL: "DROP DATABASE \(name) WITH (FORCE)"))
            await admin.close()
        })]
    }
}

/// Which database each PostgreSQL store of the suite was made on.
private let contractDatabases = Mutex<[ObjectIdentifier: String]>([:])
