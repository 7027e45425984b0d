/// Errors of the alert stage, with what was wrong and where.
public enum AlertError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An e-mail address in the alert settings cannot be used (`field` is e.g. "alerts[1].to").
    case invalidAddress(field: String, value: String)

    public var description: String {
        switch self {
        case let .invalidAddress(field, value):
            "\(field): \"\(value.prefix(80))\" is not a usable e-mail address (write name@domain, no line breaks or commas)"
        }
    }
}
