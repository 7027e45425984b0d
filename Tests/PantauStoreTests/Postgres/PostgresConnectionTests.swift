import Foundation
import PantauModel
import PantauStore
import PostgresNIO
import Testing

/// Reaching a PostgreSQL server: errors name the server and the problem, never a password.
@Suite struct PostgresConnectionTests {
    @Test func aServerThatDoesNotAnswerIsNamedWithoutUserOrPassword() async throws {
        // Port 9 on the loopback (discard): nothing listens there on a test machine.
        let url = Secret("postgres://pantau:s3cret-pw@127.0.0.1:9/pantau")
        await #expect {
            _ = try await PostgresStore(url: url)
        } throws: { error in
            guard let e = error as? PostgresStoreError, e.isTransient else { return false }
            let text = "\(e)"
            return text.contains("postgres://127.0.0.1:9/pantau") && text.contains("does not answer")
                && !text.contains("s3cret-pw") && !text.contains("pantau:")
        }
    }

    @Test func aURLThatIsNotPostgresIsRefusedWithoutRepeatingIt() throws {
        #expect {
            _ = try PostgresAddress(url: Secret("mysql://root:hunter2@db/x"))
        } throws: { "\($0)".contains("postgres://") && !"\($0)".contains("hunter2") }
        #expect(throws: PostgresStoreError.self) { _ = try PostgresAddress(url: Secret("postgres://u@h/db?sslmode=sometimes")) }
    }

    @Test(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
    func aRefusedPasswordIsSaidWithoutThePassword() async throws {
        try await PostgresTestServer.withFreshDatabase { url in
            let admin = try await PostgresStore(url: url)
            let role = "pantau_pw_" + UUID().uuidString.prefix(8).lowercased()
            try await admin.execute(PostgresQuery(unsafeSQL: "CREATE ROLE \(role) LOGIN PASSWORD 'right-one'"))
            var parts = URLComponents(string: url.reveal)!
            parts.user = role
            parts.password = "wr0ng-pw"
            let outcome: Result<PostgresStore, any Error>
            do { outcome = .success(try await PostgresStore(url: Secret(parts.string!), environment: [:])) } catch {
                outcome = .failure(error)
            }
            try await admin.execute(PostgresQuery(unsafeSQL: "DROP ROLE \(role)"))
            await admin.close()
            switch outcome {
            case let .success(store):
                await store.close()
                print("PostgresConnectionTests: the test server lets any password in (trust): refused passwords not checked")
            case let .failure(error):
                let e = try #require(error as? PostgresStoreError)
                guard case .passwordRefused = e else { Issue.record("not a refused password: \(e)"); return }
                #expect(!"\(e)".contains("wr0ng-pw") && "\(e)".contains(role))
            }
        }
    }
}
