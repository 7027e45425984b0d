/// Short descriptions for the long-lived composers: swift-service-lifecycle names a service by
/// interpolating it into its debug log lines, and the default description of these structs would
/// print the whole registry and matcher (hundreds of kilobytes, credentials included).
extension CrawlRun: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "CrawlRun(\(registry.sources.count) sources)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["sources": registry.sources.count], displayStyle: .struct) }
}

extension CrawlDaemon: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "CrawlDaemon" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [:], displayStyle: .struct) }
}

extension Reporter: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "Reporter(\(registry))" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [:], displayStyle: .struct) }
}

extension AlertJob: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "AlertJob(\(registry.settings.alerts.count) targets)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [:], displayStyle: .struct) }
}

/// Text for a log line's metadata: one line, at most `limit` characters. Errors quoting a document
/// or a server's answer stay readable and never flood the log.
func logText(_ value: Any, limit: Int = 300) -> String {
    let flat = String(describing: value).split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
}
