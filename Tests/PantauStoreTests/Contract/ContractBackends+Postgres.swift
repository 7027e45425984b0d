import Foundation

/// The PostgreSQL backends of the contract suite. None yet: the merge of the PostgreSQL store
/// (issue #17) replaces this file with one that returns a backend making a fresh schema per test
/// when PANTAU_TEST_POSTGRES_URL is set, and none (SQLite only) when it is not.
extension ContractBackends {
    static var postgresBackends: [ContractBackend] { [] }
}
