/// Problems of the composing stage, in words.
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    case unknownSource(String)
    case unknownUnit(String)
    case cannotWrite(path: String, reason: String)
    case noPosts
    case cannotLoadPlugin(path: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownSource(id): "no source with id \"\(id)\" in the registry"
        case let .unknownUnit(id): "no unit with id \"\(id)\" in the registry"
        case let .cannotWrite(path, reason): "cannot write \(path): \(reason)"
        case .noPosts: "the database holds no posts yet: run `pantau crawl` first"
        case let .cannotLoadPlugin(path, reason): "cannot load the parser plug-in \(path): \(reason)"
        }
    }
}
