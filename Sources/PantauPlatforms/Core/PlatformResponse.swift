/// What came back from one platform call, as the caller received it.
public struct PlatformResponse: Sendable {
    /// HTTP status; 0 when no answer came.
    public var status: Int
    /// Header fields, names lowercased.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// Why no answer came (timeout, connection refused…), in words; nil when one did.
    public var transportProblem: String?

    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = [],
                transportProblem: String? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.transportProblem = transportProblem
    }

    public func header(_ name: String) -> String? {
        let n = name.lowercased()
        return headers.first { $0.name == n }?.value
    }
}
