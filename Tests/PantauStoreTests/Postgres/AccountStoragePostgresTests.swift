import Foundation
import PantauModel
@testable import PantauStore
import Testing

/// `AccountStorage` on PostgreSQL answers as on SQLite: accounts (listed by name as bytes order
/// them), sessions that expire, API tokens, the login rate limit's count and answers to alerts.
@Suite(.enabled(if: TwinStores.configured, TwinStores.skipReason))
struct AccountStoragePostgresTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000.555_5)

    static func write(_ store: any WorkspaceStore & CrawlStorage) async throws {
        let bob = try await store.saveAccount(name: "bob", unitID: "unit-a", role: .editor, passwordHash: "$2b$12$bob")
        let carol = try await store.saveAccount(name: "Carol", unitID: nil, role: .admin, passwordHash: "$2b$12$carol")
        _ = try await store.saveAccount(name: "_ops", unitID: "Unit-b", role: .viewer, passwordHash: "$2b$12$ops")
        _ = try await store.saveAccount(name: "bob", unitID: "unit-b", role: .viewer, passwordHash: "$2b$12$bob2")
        try await store.createSession(tokenDigest: "s-live", accountID: bob.id, csrfToken: "csrf1", expires: now + 3_600.000_4)
        try await store.createSession(tokenDigest: "s-old", accountID: carol.id, csrfToken: "csrf2", expires: now - 1)
        try await store.createSession(tokenDigest: "s-gone", accountID: carol.id, csrfToken: "csrf3", expires: now + 60)
        try await store.deleteSession(tokenDigest: "s-gone")
        try await store.addAPIToken(tokenDigest: "t1", accountID: carol.id, created: now)
        for (i, (name, address, ok)) in [("bob", "10.0.0.1", false), ("bob", "10.0.0.2", false), ("x", "10.0.0.1", false),
                                         ("bob", "10.0.0.1", true), ("y", "10.0.0.9", false)].enumerated() {
            try await store.recordLoginAttempt(name: name, address: address, at: now - 600 + Double(i) * 60.000_3, succeeded: ok)
        }
        for (i, unit) in ["unit-a", "Unit-b", "unit-a", "unit-c"].enumerated() {
            let ack = AlertAcknowledgement(fingerprint: "broken-channel:\(unit):web", unitID: unit,
                                           action: i % 2 == 0 ? .acknowledge : .silence, reason: "sedang diperbaiki \(i)",
                                           by: "bob", at: now + Double(i) + 0.000_2, until: i % 2 == 0 ? nil : now + 86_400.5)
            try await store.saveAcknowledgement(ack)
        }
    }

    @Test func accountsSessionsTokensAttemptsAndAnswersAreTheSame() async throws {
        try await TwinStores.with { twins in
            try await twins.both(Self.write)
            let b = twins.postgres
            let accounts = try await twins.ask { try await $0.accounts() }
            #expect(accounts.postgres == accounts.sqlite)
            #expect(accounts.postgres.map(\.name) == ["Carol", "_ops", "bob"], "by name as bytes order them")
            for name in ["bob", "Carol", "nobody"] {
                let one = try await twins.ask { try await $0.account(named: name) }
                #expect(one.postgres == one.sqlite, "\(name)")
            }
            let bob = try #require(try await b.account(named: "bob"))
            #expect(bob.role == .viewer && bob.unitID == "unit-b", "saving a name again replaces unit and role")
            let hash = try await twins.ask { try await $0.passwordHash(accountID: bob.id) }
            #expect(hash.postgres == "$2b$12$bob2" && hash.postgres == hash.sqlite)
            for digest in ["s-live", "s-old", "s-gone", "none"] {
                for at in [Self.now, Self.now + 3_600.000_4, Self.now + 3_601] {
                    let session = try await twins.ask { try await $0.session(tokenDigest: digest, now: at) }
                    #expect(session.postgres == session.sqlite, "\(digest) at \(at)")
                }
            }
            #expect(try await b.session(tokenDigest: "s-live", now: Self.now)?.csrfToken == "csrf1")
            #expect(try await b.session(tokenDigest: "s-old", now: Self.now) == nil)
            let token = try await twins.ask { try await $0.account(apiTokenDigest: "t1") }
            #expect(token.postgres == token.sqlite && token.postgres?.name == "Carol")
            for since in [Self.now - 601, Self.now - 540, Self.now - 479.999_4, Self.now] {
                for (name, address) in [("bob", "10.0.0.1"), ("x", "10.0.0.9"), ("nobody", "nowhere")] {
                    let failed = try await twins.ask { try await $0.failedLoginAttempts(name: name, address: address, since: since) }
                    #expect(failed.postgres == failed.sqlite, "\(name) \(since)")
                }
            }
            #expect(try await b.failedLoginAttempts(name: "bob", address: "10.0.0.1", since: Self.now - 601) == 3)
            for units in [nil, ["unit-a"], ["Unit-b", "unit-c"], []] as [Set<String>?] {
                for limit in [0, 1, 3, 50] {
                    let acks = try await twins.ask { try await $0.acknowledgements(unitIDs: units, limit: limit) }
                    #expect(acks.postgres == acks.sqlite, "\(String(describing: units)) \(limit)")
                }
            }
            #expect(try await b.acknowledgements(unitIDs: ["unit-a"], limit: 50).map(\.reason) == ["sedang diperbaiki 2", "sedang diperbaiki 0"])
        }
    }
}
