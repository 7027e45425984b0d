import Foundation


/// Dashboard accounts, their browser sessions and API tokens, login attempts and the answers
/// editors give to alerts. Secrets cross this seam only as hashes: session cookies and API tokens
/// are stored as SHA-256 digests, passwords as bcrypt hashes.
public protocol AccountStorage: Sendable {
    /// Adds an account, or replaces the unit, role and password hash of the one with that name.
    func saveAccount(name: String, unitID: String?, role: Account.Role, passwordHash: String) async throws -> Account
    func account(named name: String) async throws -> Account?
    func accounts() async throws -> [Account]
    /// The language the dashboard speaks to the account (nil: the registry's).
    func setAccountLanguage(accountID: Int64, language: Language?) async throws
    /// The bcrypt hash to check a login against.
    func passwordHash(accountID: Int64) async throws -> String?

    func createSession(tokenDigest: String, accountID: Int64, csrfToken: String, expires: Date) async throws
    /// The unexpired session behind a cookie's digest.
    func session(tokenDigest: String, now: Date) async throws -> AccountSession?
    func deleteSession(tokenDigest: String) async throws

    func addAPIToken(tokenDigest: String, accountID: Int64, created: Date) async throws
    func account(apiTokenDigest: String) async throws -> Account?

    func recordLoginAttempt(name: String, address: String, at: Date, succeeded: Bool) async throws
    /// Failed attempts for a name or from an address since a time (the rate limit's count).
    func failedLoginAttempts(name: String, address: String, since: Date) async throws -> Int

    func saveAcknowledgement(_ ack: AlertAcknowledgement) async throws
    /// Answers to alerts of these units (every unit when nil), newest first.
    func acknowledgements(unitIDs: Set<String>?, limit: Int) async throws -> [AlertAcknowledgement]
}
