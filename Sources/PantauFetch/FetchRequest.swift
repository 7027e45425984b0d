/// One thing to fetch: an http(s) or file URL, with what we remember from the last time.
public struct FetchRequest: Sendable, Hashable {
    public var url: String
    public var method: Method
    /// Extra header lines, e.g. ["Content-Type: application/json"].
    public var headers: [String]
    public var body: [UInt8]?
    /// Sent back as If-None-Match.
    public var etag: String?
    /// Sent back as If-Modified-Since (an HTTP date).
    public var lastModified: String?

    public enum Method: String, Sendable, Hashable { case get = "GET", post = "POST", head = "HEAD" }

    public init(url: String, method: Method = .get, headers: [String] = [], body: [UInt8]? = nil,
                etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.etag = etag
        self.lastModified = lastModified
    }

    /// Host name used for politeness ("" for file URLs).
    var host: String { FetchRequest.host(of: url) }

    static func host(of url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "" }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@").last ?? ""
        if hostPort.hasPrefix("[") { return String(hostPort.prefix { $0 != "]" }) + "]" }
        return String(hostPort.prefix { $0 != ":" }).lowercased()
    }
}
