import Foundation

/// A person who logs in to the dashboard, bound to a unit (and the units below it) or, as an
/// admin, seeing every unit. The password hash never travels in this value.
public struct Account: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    /// The unit the account is bound to; nil only for an admin.
    public var unitID: String?
    public var role: Role
    /// The language the dashboard speaks to this person; nil: the registry's language.
    public var language: Language?

    public init(id: Int64, name: String, unitID: String?, role: Role, language: Language? = nil) {
        self.id = id
        self.name = name
        self.unitID = unitID
        self.role = role
        self.language = language
    }

    /// What an account may do: read, also act on alerts and sources, or everything on every unit.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case viewer, editor, admin

        public var canEdit: Bool { self != .viewer }
    }
}

/// A logged-in browser: the account behind a session cookie and the CSRF token of its forms.
public struct AccountSession: Sendable, Hashable {
    public var account: Account
    public var csrfToken: String
    public var expires: Date

    public init(account: Account, csrfToken: String, expires: Date) {
        self.account = account
        self.csrfToken = csrfToken
        self.expires = expires
    }
}

/// An editor's answer to an alert: acknowledged, or silenced until a time, with a reason. Kept as history.
public struct AlertAcknowledgement: Sendable, Hashable, Codable {
    public enum Action: String, Sendable, Hashable, Codable { case acknowledge, silence }

    public var fingerprint: String
    public var unitID: String
    public var action: Action
    public var reason: String
    public var by: String
    public var at: Date
    /// For a silence: until when the alert stays quiet on the dashboard.
    public var until: Date?

    public init(fingerprint: String, unitID: String, action: Action, reason: String, by: String, at: Date, until: Date? = nil) {
        self.fingerprint = fingerprint
        self.unitID = unitID
        self.action = action
        self.reason = reason
        self.by = by
        self.at = at
        self.until = until
    }
}
