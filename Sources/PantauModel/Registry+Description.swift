/// Short descriptions: a registry or its settings printed by accident (a log line, `dump`, an
/// interpolated service) shows counts, never its whole content and never a credential.
extension Registry: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        "Registry(\(units.count) units, \(sources.count) sources, \(innovations.count) innovations)"
    }

    public var debugDescription: String { description }
    public var customMirror: Mirror {
        Mirror(self, children: ["units": units.count, "sources": sources.count, "innovations": innovations.count],
               displayStyle: .struct)
    }
}

extension Settings: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        "Settings(language: \(language.rawValue), timezone: \(timezone), every: \(every) s, \(alerts.count) alert targets)"
    }

    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["summary": description], displayStyle: .struct) }
}

extension Settings.AlertTarget: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        "AlertTarget(\(kind.rawValue)" + (url.map { ", \($0.redactedURL)" } ?? "") + (token == nil ? "" : ", token <redacted>") + ")"
    }

    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["summary": description], displayStyle: .struct) }
}
