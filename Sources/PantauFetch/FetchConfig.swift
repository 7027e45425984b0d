/// How the fetcher behaves. Politeness is on by default; the benchmark relaxes it here, by configuration.
public struct FetchConfig: Sendable, Hashable {
    /// Transfers in flight in all.
    public var concurrency = 32
    /// Transfers in flight per host.
    public var perHost = 2
    /// Minimum time between the starts of two requests to one host, in milliseconds.
    public var delayMillis = 1_000
    public var connectTimeout = 10
    /// Whole transfer, in seconds.
    public var timeout = 30
    public var maxBody = 20 * 1_024 * 1_024
    public var maxRedirects = 5
    public var userAgent = "Pantau/\(PantauVersion.string)"
    /// curl --resolve entries ("host:port:address"), for tests and benchmarks on loopback.
    public var resolve: [String] = []
    /// Folders (absolute paths) that `file:` URLs may read from; nil leaves them unrestricted.
    public var fileRoots: [String]?

    public init() {}
}

/// The version Pantau reports in its User-Agent and `--version`.
public enum PantauVersion {
    public static let string = "0.1.0"
}
