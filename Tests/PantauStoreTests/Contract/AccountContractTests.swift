import Foundation
import PantauModel
import PantauStore
import Testing

/// Dashboard accounts, sessions, API tokens and login attempts, on every backend.
@Suite struct AccountContractTests {
    let t0 = Contract.t0

    @Test(arguments: ContractBackends.all)
    func anAccountIsAddedAndReplacedByName(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            let first = try await store.saveAccount(name: "sari", unitID: "u1", role: .viewer, passwordHash: "$2b$hash1")
            _ = try await store.saveAccount(name: "admin", unitID: nil, role: .admin, passwordHash: "$2b$hash0")
            let again = try await store.saveAccount(name: "sari", unitID: "u2", role: .editor, passwordHash: "$2b$hash2")
            #expect(again == Account(id: first.id, name: "sari", unitID: "u2", role: .editor))
            #expect(try await store.account(named: "sari") == again)
            #expect(try await store.account(named: "nobody") == nil)
            #expect(try await store.accounts().map(\.name) == ["admin", "sari"])
            #expect(try await store.passwordHash(accountID: first.id) == "$2b$hash2")
        }
    }

    @Test(arguments: ContractBackends.all)
    func anAccountsLanguageIsKeptAndReadWhereverTheAccountIsRead(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            let sari = try await store.saveAccount(name: "sari", unitID: "u1", role: .viewer, passwordHash: "h")
            #expect(sari.language == nil, "none chosen: the registry's")
            try await store.setAccountLanguage(accountID: sari.id, language: .en)
            #expect(try await store.account(named: "sari")?.language == .en)
            #expect(try await store.accounts().first?.language == .en)
            try await store.createSession(tokenDigest: "d1", accountID: sari.id, csrfToken: "c", expires: Date() + Contract.day)
            #expect(try await store.session(tokenDigest: "d1", now: Date())?.account.language == .en)
            try await store.addAPIToken(tokenDigest: "t1", accountID: sari.id, created: Date())
            #expect(try await store.account(apiTokenDigest: "t1")?.language == .en)
            let replaced = try await store.saveAccount(name: "sari", unitID: "u2", role: .editor, passwordHash: "h2")
            #expect(replaced.language == .en, "a new password or role keeps the language")
            try await store.setAccountLanguage(accountID: sari.id, language: nil)
            #expect(try await store.account(named: "sari")?.language == nil)
        }
    }

    @Test(arguments: ContractBackends.all)
    func aSessionLastsUntilItExpiresOrIsDeleted(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            let sari = try await store.saveAccount(name: "sari", unitID: "u1", role: .editor, passwordHash: "h")
            let expires = Date().addingTimeInterval(Contract.day)
            try await store.createSession(tokenDigest: "digest-1", accountID: sari.id, csrfToken: "csrf-1", expires: expires)
            let session = try #require(try await store.session(tokenDigest: "digest-1", now: expires - 60))
            #expect(session.account == sari && session.csrfToken == "csrf-1")
            #expect(abs(session.expires.timeIntervalSince(expires)) < 1)
            #expect(try await store.session(tokenDigest: "digest-1", now: expires + 1) == nil, "expired")
            #expect(try await store.session(tokenDigest: "digest-2", now: expires - 60) == nil)
            try await store.deleteSession(tokenDigest: "digest-1")
            #expect(try await store.session(tokenDigest: "digest-1", now: expires - 60) == nil, "logged out")
        }
    }

    @Test(arguments: ContractBackends.all)
    func anAPITokenFindsItsAccountAndFailedLoginsAreCounted(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            let sari = try await store.saveAccount(name: "sari", unitID: "u1", role: .viewer, passwordHash: "h")
            try await store.addAPIToken(tokenDigest: "token-digest", accountID: sari.id, created: t0)
            #expect(try await store.account(apiTokenDigest: "token-digest") == sari)
            #expect(try await store.account(apiTokenDigest: "other") == nil)

            try await store.recordLoginAttempt(name: "sari", address: "10.0.0.1", at: t0, succeeded: false)
            try await store.recordLoginAttempt(name: "budi", address: "10.0.0.1", at: t0 + 10, succeeded: false)
            try await store.recordLoginAttempt(name: "sari", address: "10.0.0.2", at: t0 + 20, succeeded: true)
            try await store.recordLoginAttempt(name: "sari", address: "10.0.0.3", at: t0 - 3_600, succeeded: false)
            #expect(try await store.failedLoginAttempts(name: "sari", address: "10.0.0.9", since: t0) == 1)
            #expect(try await store.failedLoginAttempts(name: "x", address: "10.0.0.1", since: t0) == 2, "by address too")
            #expect(try await store.failedLoginAttempts(name: "sari", address: "10.0.0.1", since: t0 - 7_200) == 3)
        }
    }
}
