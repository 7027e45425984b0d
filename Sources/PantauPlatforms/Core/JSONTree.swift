import Foundation

/// A JSON document as a tree, read once and then walked by the platform readers. Missing keys and
/// wrong types read as nil, so a reader states what it needs and treats anything else as absent.
public indirect enum JSONTree: Sendable, Hashable, Decodable {
    case object([String: JSONTree])
    case array([JSONTree])
    case string(String)
    case integer(Int64)
    case number(Double)
    case bool(Bool)
    case null

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int64.self) { self = .integer(i) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONTree].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONTree].self)) }
    }

    /// Parses `bytes`; nil when they are not JSON.
    public static func parse(_ bytes: [UInt8]) -> JSONTree? {
        try? JSONDecoder().decode(JSONTree.self, from: Data(bytes))
    }

    public subscript(key: String) -> JSONTree? {
        if case let .object(o) = self { return o[key] }
        return nil
    }

    public var array: [JSONTree]? {
        if case let .array(a) = self { return a }
        return nil
    }

    public var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// A string; numbers are given as their digits (ids sometimes come as numbers).
    public var string: String? {
        switch self {
        case let .string(s): s
        case let .integer(i): String(i)
        default: nil
        }
    }

    /// A whole number from a JSON number or a string of digits (YouTube sends counts as strings).
    public var int: Int64? {
        switch self {
        case let .integer(i): i
        case let .number(d): d.isFinite && d == d.rounded() && abs(d) < 9e18 ? Int64(d) : nil
        case let .string(s): Int64(s)
        default: nil
        }
    }

    public var bool: Bool? {
        if case let .bool(b) = self { return b }
        return nil
    }
}
