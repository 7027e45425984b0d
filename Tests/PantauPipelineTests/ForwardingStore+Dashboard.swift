import Foundation
import PantauModel
import PantauStore

/// The dashboard's part of the seam (#16: accounts and page queries), forwarded like the rest.
extension ForwardingStore {
    func saveAccount(name: String, unitID: String?, role: Account.Role, passwordHash: String) async throws -> Account {
        note("saveAccount"); return try db.saveAccount(name: name, unitID: unitID, role: role, passwordHash: passwordHash)
    }
    func account(named name: String) async throws -> Account? { note("account"); return try db.account(named: name) }
    func accounts() async throws -> [Account] { note("accounts"); return try db.accounts() }
    func setAccountLanguage(accountID: Int64, language: Language?) async throws {
        note("setAccountLanguage"); try db.setAccountLanguage(accountID: accountID, language: language)
    }
    func passwordHash(accountID: Int64) async throws -> String? { note("passwordHash"); return try db.passwordHash(accountID: accountID) }
    func createSession(tokenDigest: String, accountID: Int64, csrfToken: String, expires: Date) async throws {
        note("createSession"); try db.createSession(tokenDigest: tokenDigest, accountID: accountID, csrfToken: csrfToken, expires: expires)
    }
    func session(tokenDigest: String, now: Date) async throws -> AccountSession? { note("session"); return try db.session(tokenDigest: tokenDigest, now: now) }
    func deleteSession(tokenDigest: String) async throws { note("deleteSession"); try db.deleteSession(tokenDigest: tokenDigest) }
    func addAPIToken(tokenDigest: String, accountID: Int64, created: Date) async throws {
        note("addAPIToken"); try db.addAPIToken(tokenDigest: tokenDigest, accountID: accountID, created: created)
    }
    func account(apiTokenDigest: String) async throws -> Account? { note("accountByToken"); return try db.account(apiTokenDigest: apiTokenDigest) }
    func recordLoginAttempt(name: String, address: String, at: Date, succeeded: Bool) async throws {
        note("recordLoginAttempt"); try db.recordLoginAttempt(name: name, address: address, at: at, succeeded: succeeded)
    }
    func failedLoginAttempts(name: String, address: String, since: Date) async throws -> Int {
        note("failedLoginAttempts"); return try db.failedLoginAttempts(name: name, address: address, since: since)
    }
    func saveAcknowledgement(_ ack: AlertAcknowledgement) async throws { note("saveAcknowledgement"); try db.saveAcknowledgement(ack) }
    func acknowledgements(unitIDs: Set<String>?, limit: Int) async throws -> [AlertAcknowledgement] {
        note("acknowledgements"); return try db.acknowledgements(unitIDs: unitIDs, limit: limit)
    }
    func dataStamp() async throws -> String { note("dataStamp"); return try db.dataStamp() }
    func posts(_ query: DashboardPostQuery) async throws -> [DashboardPost] { note("posts"); return try db.posts(query) }
    func engagementHistory(innovationID: String, zone: TimeZone) async throws -> [EngagementPoint] {
        note("engagementHistory"); return try db.engagementHistory(innovationID: innovationID, zone: zone)
    }
    func observedPosts(sourceIDs: [String]) async throws -> [ObservedPost] { note("observedPostsOfSources"); return try db.observedPosts(sourceIDs: sourceIDs) }
    func alertHistory(unitIDs: Set<String>?, limit: Int) async throws -> [AlertEvent] {
        note("alertHistoryOfUnits"); return try db.alertHistory(unitIDs: unitIDs, limit: limit)
    }
    func markDue(sourceID: String, at: Date) async throws -> Bool { note("markDue"); return try db.markDue(sourceID: sourceID, at: at) }
    func fetchSummary() async throws -> FetchSummary { note("fetchSummary"); return try db.fetchSummary() }
}
