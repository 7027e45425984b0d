import Foundation
import PantauModel

/// `pantau user add` and `pantau user token`: accounts made from the command line.
public enum AccountAdmin {
    /// Adds (or updates) an account. A viewer or editor must name a registered unit; an admin may.
    public static func add(_ workspace: any DashboardWorkspace, name: String, unitID: String?, role: Account.Role, password: String,
                           cost: UInt8 = 12) async throws -> Account {
        guard !name.isEmpty, name.count <= 64, name.allSatisfy({ $0.isLetter || $0.isNumber || "._-@".contains($0) }) else {
            throw AccountError("the name \"\(name)\" must be 1 to 64 letters, digits, dots, dashes, underscores or @")
        }
        if let unitID, !workspace.registry.units.contains(where: { $0.id == unitID }) {
            throw AccountError("unit \(unitID) is not in the registry (see the unit files under the registry folder)")
        }
        if unitID == nil, role != .admin { throw AccountError("a \(role.rawValue) needs --unit: only an admin sees every unit") }
        guard password.count >= 10 else { throw AccountError("the password must have at least 10 characters") }
        let hash = Secrets.hashPassword(password, cost: cost)
        return try await workspace.accounts.saveAccount(name: name, unitID: unitID, role: role, passwordHash: hash)
    }

    /// A new API token for the account (shown once; only its digest is stored).
    public static func newToken(_ workspace: any DashboardWorkspace, name: String) async throws -> String {
        guard let account = try await workspace.accounts.account(named: name) else {
            throw AccountError("no account named \(name): add it first with pantau user add")
        }
        let token = "pantau_" + Secrets.token()
        try await workspace.accounts.addAPIToken(tokenDigest: Secrets.digest(token), accountID: account.id, created: Date())
        return token
    }

    /// A random password a person can type (for the demo login).
    public static func randomPassword() -> String {
        let letters = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var g = SystemRandomNumberGenerator()
        return String((0..<14).map { _ in letters[Int.random(in: 0..<letters.count, using: &g)] })
    }
}

/// An account could not be made; the message says why.
public struct AccountError: Error, CustomStringConvertible {
    public let description: String
    init(_ d: String) { description = d }
}
