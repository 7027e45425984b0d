/// What came back from one fetch, success or not. Never thrown: a failed fetch is a value to record.
public struct FetchResponse: Sendable {
    public var request: FetchRequest
    /// The URL after redirects.
    public var effectiveURL: String
    /// HTTP status of the final response; 0 for file URLs and for transfers that got no answer.
    public var status: Int
    /// Header fields of the final response, names lowercased, in order.
    public var headers: [(name: String, value: String)]
    /// The decoded body (Content-Encoding undone), at most the configured cap.
    public var body: [UInt8]
    /// True for HTTP 304, and for a file that has not changed since `lastModified`.
    public var notModified: Bool
    /// Every redirect followed, in order.
    public var redirects: [Redirect]
    /// Bytes received on the wire: headers plus body as sent (compressed when it was).
    public var wireBytes: Int
    /// Seconds from start to end.
    public var elapsed: Double
    public var error: FetchError?

    public struct Redirect: Sendable, Hashable {
        public var status: Int
        public var location: String
        /// 301 and 308 are permanent: the registry should be updated.
        public var isPermanent: Bool { status == 301 || status == 308 }
    }

    /// The first value of a header, by lowercase name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    public var etag: String? { header("etag") }
    /// Last-Modified of the answer (for file URLs, the file's time as an HTTP date).
    public var lastModified: String?
    public var contentType: String? { header("content-type") }
    public var retryAfter: String? { header("retry-after") }

    /// A usable answer: no transport error and a 2xx (or a file read), or a 304.
    public var succeeded: Bool {
        error == nil && (notModified || status == 0 || (200..<300).contains(status))
    }

    /// One line a person can read, e.g. "HTTP 503" or "timed out after 30 s".
    public var problem: String? {
        if let error { return error.description }
        if succeeded { return nil }
        return "HTTP \(status)"
    }

    /// The last permanent redirect's target, if the chain had one.
    public var permanentTarget: String? {
        redirects.last(where: \.isPermanent).map(\.location)
    }
}

/// Why a transfer failed, in words a person understands.
public enum FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidURL(String)
    case unsupportedScheme(String)
    case timedOut(seconds: Int)
    case tooLarge(limit: Int)
    case tooManyRedirects(limit: Int)
    case cannotResolve(host: String)
    case cannotConnect(String)
    case tls(String)
    case connectionReset(String)
    case fileNotFound(String)
    case cancelled
    case transfer(code: Int, message: String)

    public var description: String {
        switch self {
        case let .invalidURL(u): "invalid URL \(u)"
        case let .unsupportedScheme(u): "unsupported URL scheme in \(u) (use http, https or file)"
        case let .timedOut(s): "timeout: no complete answer after \(s) s"
        case let .tooLarge(limit): "body larger than \(limit / (1 << 20)) MB, stopped"
        case let .tooManyRedirects(limit): "more than \(limit) redirects"
        case let .cannotResolve(host): "DNS: cannot resolve host \(host) (no such name, or no network)"
        case let .cannotConnect(m): "cannot connect: \(m)"
        case let .tls(m): "TLS error: \(m)"
        case let .connectionReset(m): "connection failed: \(m)"
        case let .fileNotFound(p): "file not found: \(p)"
        case .cancelled: "cancelled"
        case let .transfer(code, m): "transfer failed (curl \(code)): \(m)"
        }
    }
}

