import Foundation
import Logging
import PantauModel
import PostgresNIO

/// The PostgreSQL store (#17): the same seam as `AppDatabase` (SQLite), for one database that several
/// `pantau run` workers share. Holds a PostgresNIO `PostgresClient` (a pool of connections) and owns
/// the task that runs it; `close()` ends it.
///
/// The schema mirrors SQLite's table for table and column for column (`PostgresStore+Schema.swift`):
/// dates are the same text ("yyyy-MM-dd HH:mm:ss.SSS", UTC, `StorageDate`) so that answers are
/// byte-identical on both stores; names are unquoted, so PostgreSQL folds them to lower case and
/// the SQL text of `AppDatabase` names the same columns (`"fetch"` alone needs quotes).
///
/// A server that stops answering: calls wait while the pool tries to reconnect, for about a minute
/// (PostgresNIO's circuit breaker), then fail with `PostgresStoreError.notAnswering`, and later calls
/// fail at once until the server answers again; the pool reconnects by itself (`CrawlDaemon` retries).
///
/// Helpers for the other `PostgresStore+…` files: `query`, `execute`, `withTransaction`, and on a
/// transaction's connection `rows`, `run` and `savepoint` (`PostgresConnection+Pantau.swift`).
public final class PostgresStore: Sendable {
    /// Where the server is; its `description` is safe to print.
    public let address: PostgresAddress
    let client: PostgresClient
    private let runner: Task<Void, Never>

    /// Connects to the server `url` names and checks that it answers and takes the credentials; the
    /// password comes from the URL, else PGPASSWORD, else ~/.pgpass. Does not migrate: call `migrate()`.
    /// Errors (`PostgresStoreError`) name the server without credentials and the problem.
    public init(url: Secret, environment: [String: String] = ProcessInfo.processInfo.environment,
                maximumConnections: Int = 8) async throws(PostgresStoreError) {
        let address = try PostgresAddress(url: url, environment: environment)
        let password = address.password(environment: environment)
        var config = address.socket.map {
            PostgresClient.Configuration(unixSocketPath: $0, username: address.user, password: password?.reveal,
                                         database: address.database)
        } ?? PostgresClient.Configuration(host: address.host, port: address.port, username: address.user,
                                          password: password?.reveal, database: address.database, tls: Self.tls(address.tls))
        config.options.connectTimeout = .seconds(10)
        config.options.maximumConnections = max(2, maximumConnections)
        let client = PostgresClient(configuration: config, backgroundLogger: Self.quiet)
        self.address = address
        self.client = client
        runner = Task { await client.run() }
        do {
            try await Self.check(address: address, password: password)
        } catch {
            runner.cancel()
            throw error
        }
    }

    deinit { runner.cancel() }

    /// Ends the client's task: its connections close, later queries fail.
    public func close() async {
        runner.cancel()
        await runner.value
    }

    /// The server as printed: "postgres://host:5432/db".
    public var server: String { address.description }

    /// Runs one statement on a pooled connection and reads all its rows.
    public func query(_ q: PostgresQuery) async throws(PostgresStoreError) -> [PostgresRow] {
        do {
            var rows: [PostgresRow] = []
            for try await row in try await client.query(q, logger: Self.quiet) { rows.append(row) }
            return rows
        } catch { throw wrap(error) }
    }

    /// Runs one statement whose rows are not wanted.
    public func execute(_ q: PostgresQuery) async throws(PostgresStoreError) {
        _ = try await query(q)
    }

    /// Runs `body` in one transaction on one connection (BEGIN … COMMIT; ROLLBACK when it throws).
    /// Errors come out as `PostgresStoreError`.
    public func withTransaction<R: Sendable>(_ body: (PostgresConnection) async throws -> R) async throws(PostgresStoreError)
        -> R {
        do {
            return try await client.withTransaction(logger: Self.quiet) { conn in try await body(conn) }
        } catch let e as PostgresTransactionError {
            throw wrap(e.closureError ?? e.commitError ?? e.beginError ?? e.rollbackError ?? e)
        } catch { throw wrap(error) }
    }

    /// `error` as a `PostgresStoreError` naming this server.
    func wrap(_ error: any Error) -> PostgresStoreError {
        PostgresStoreError.wrapping(error, server: server, user: address.user)
    }

    /// A logger that says nothing: PostgresNIO's messages are not for Pantau's users, and errors
    /// reach them through `PostgresStoreError`.
    static let quiet = Logger(label: "pantau.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// One connection made and closed, to tell at once whether the server answers and takes the
    /// credentials (the pool itself would wait and retry in the background).
    private static func check(address: PostgresAddress, password: Secret?) async throws(PostgresStoreError) {
        do {
            var config = try address.socket.map {
                PostgresConnection.Configuration(unixSocketPath: $0, username: address.user, password: password?.reveal,
                                                 database: address.database)
            } ?? PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                                  password: password?.reveal, database: address.database,
                                                  tls: try connectionTLS(address.tls))
            config.options.connectTimeout = .seconds(10)
            let conn = try await PostgresConnection.connect(configuration: config, id: 0, logger: quiet)
            try? await conn.close()
        } catch {
            throw PostgresStoreError.wrapping(error, server: address.description, user: address.user)
        }
    }

    private static func tls(_ mode: PostgresAddress.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(tlsConfiguration(mode))
        case .require, .verifyCA, .verifyFull: .require(tlsConfiguration(mode))
        }
    }

    private static func connectionTLS(_ mode: PostgresAddress.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: tlsConfiguration(mode)))
        case .require, .verifyCA, .verifyFull: .require(try NIOSSLContext(configuration: tlsConfiguration(mode)))
        }
    }

    /// As libpq: `prefer` and `require` encrypt without checking the certificate, `verify-ca` checks
    /// it, `verify-full` checks it and the host name.
    private static func tlsConfiguration(_ mode: PostgresAddress.TLSMode) -> TLSConfiguration {
        var config = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable, .prefer, .require: config.certificateVerification = .none
        case .verifyCA: config.certificateVerification = .noHostnameVerification
        case .verifyFull: config.certificateVerification = .fullVerification
        }
        return config
    }
}
