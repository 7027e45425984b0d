/// The CSV could not be imported; every problem found is listed and nothing was stored.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var problems: [String]
    public var description: String {
        let head = problems.prefix(20).map { "\(file): \($0)" }.joined(separator: "\n")
        return problems.count > 20 ? head + "\n… and \(problems.count - 20) more" : head
    }
}
