/// A credential (token, key, password) read from settings or the environment.
///
/// Its descriptions are redacted, so a `Secret` that ends up in a log line, an error message, a
/// `dump` or string interpolation shows `<redacted>` instead of its value. Only code that sends the
/// credential to the service it belongs to reads `reveal`.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable {
    /// The credential itself. Use only where it is sent to its service.
    public let reveal: String

    public init(_ value: String) { reveal = value }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
    public var isEmpty: Bool { reveal.isEmpty }
}
