import PantauModel

/// One call to a platform API, built by a connector and sent by the caller (the pipeline, through
/// PantauFetch). The URL never carries a credential: tokens and keys travel in `secretHeaders` or a
/// `secretBody`, which only `headerLines()` and `bodyBytes()` reveal, at the moment of sending.
public struct PlatformRequest: Sendable, CustomStringConvertible {
    public enum Method: String, Sendable { case get = "GET", post = "POST" }

    /// What the call is for; the reader of its answer depends on it.
    public enum Purpose: Sendable, Hashable {
        case list, account, insights, statistics, uploads, refresh
    }

    public var method: Method
    /// The full URL, free of credentials, safe to log.
    public var url: String
    /// Header lines that may be logged, e.g. "Content-Type: application/json".
    public var headers: [String]
    /// Header lines that carry a credential, e.g. `Authorization: Bearer …`.
    public var secretHeaders: [SecretHeader]
    /// A body that may be logged (TikTok's list cursor).
    public var body: [UInt8]?
    /// A body that carries credentials (the TikTok token refresh form).
    public var secretBody: Secret?
    public var purpose: Purpose
    /// YouTube quota units the call costs (0 for other platforms).
    public var quotaCost: Int

    public struct SecretHeader: Sendable {
        public var name: String
        public var value: Secret
        public init(name: String, value: Secret) {
            self.name = name
            self.value = value
        }
    }

    public init(method: Method = .get, url: String, headers: [String] = [], secretHeaders: [SecretHeader] = [],
                body: [UInt8]? = nil, secretBody: Secret? = nil, purpose: Purpose, quotaCost: Int = 0) {
        self.method = method
        self.url = url
        self.headers = headers
        self.secretHeaders = secretHeaders
        self.body = body
        self.secretBody = secretBody
        self.purpose = purpose
        self.quotaCost = quotaCost
    }

    /// Every header line to send, credentials included. Use only to hand the request to the network.
    public func headerLines() -> [String] {
        headers + secretHeaders.map { "\($0.name): \($0.value.reveal)" }
    }

    /// The body to send, credentials included. Use only to hand the request to the network.
    public func bodyBytes() -> [UInt8]? {
        if let secretBody { return Array(secretBody.reveal.utf8) }
        return body
    }

    /// The URL for logs and messages: query values whose names carry credentials elsewhere are
    /// replaced by `<redacted>`, so even a URL copied from an answer (a Graph `next` link) is safe.
    public var logURL: String { Redaction.url(url) }

    public var description: String { "\(method.rawValue) \(logURL)" }
}
