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
        var bytes = url
        if let host = bytes.withUTF8({ asciiHost(of: $0) }) { return host }
        return stringHost(of: url)
    }

    /// `host(of:)` on Characters, for URLs that are not all ASCII.
    static func stringHost(of url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "" }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@").last ?? ""
        if hostPort.hasPrefix("[") { return String(hostPort.prefix { $0 != "]" }) + "]" }
        return String(hostPort.prefix { $0 != ":" }).lowercased()
    }

    /// `host(of:)` on the bytes of an all-ASCII URL (nil otherwise): the same steps without
    /// Foundation's string search or grapheme breaking. Runs for every request on the engine's thread.
    static func asciiHost(of url: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0
        while i < url.count {
            guard url[i] < 0x80 else { return nil }
            i += 1
        }
        let slash = UInt8(ascii: "/"), colon = UInt8(ascii: ":")
        var start = -1
        i = 0
        while i + 2 < url.count {
            if url[i] == colon, url[i + 1] == slash, url[i + 2] == slash { start = i + 3; break }
            i += 1
        }
        guard start >= 0 else { return "" }
        var end = start
        while end < url.count, url[end] != slash, url[end] != UInt8(ascii: "?"), url[end] != UInt8(ascii: "#") { end += 1 }
        // The last non-empty part between "@"s (as `split(separator: "@").last`).
        let at = UInt8(ascii: "@")
        while end > start, url[end - 1] == at { end -= 1 }
        guard end > start else { return "" }
        var from = end
        while from > start, url[from - 1] != at { from -= 1 }
        if url[from] == UInt8(ascii: "[") {
            var k = from
            while k < end, url[k] != UInt8(ascii: "]") { k += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: url[from..<k]), as: UTF8.self) + "]"
        }
        var k = from
        while k < end, url[k] != colon { k += 1 }
        return String(unsafeUninitializedCapacity: k - from) { out in
            for n in 0..<(k - from) {
                let b = url[from + n]
                out[n] = b >= 65 && b <= 90 ? b + 32 : b
            }
            return k - from
        }
    }
}
