import Foundation
import PantauModel

/// Output formats of the LKE evidence export.
public enum EvidenceFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case csv, html
}

/// One rendered output, not yet written anywhere.
public struct RenderedFile: Sendable, Hashable {
    /// The file name it is written under ("report-2026-W47.html").
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// A file written into the output folder.
public struct WrittenFile: Sendable, Hashable, Codable {
    public var path: String
    /// A file of the same name (the same week and units) was there before and was replaced.
    public var replacedEarlier: Bool

    public init(path: String, replacedEarlier: Bool) {
        self.path = path
        self.replacedEarlier = replacedEarlier
    }
}

/// The weekly report built from the store, before it is rendered.
public struct WeeklyReportResult: Sendable {
    public var report: WeeklyReport
    /// The clock it was built at.
    public var now: Date
    /// The week is not over at `now`: its numbers can still grow.
    public var provisional: Bool

    public var week: ISOWeek { report.week }
}

/// The weekly report written in every format asked for.
public struct WrittenReport: Sendable {
    public var week: ISOWeek
    public var now: Date
    public var provisional: Bool
    public var files: [WrittenFile]
}

extension CSVStyle {
    /// The style a language reads best: Indonesian Excel for `id`, machine CSV with `,` for `en`.
    public static func preferred(for language: Language) -> CSVStyle {
        language == .id ? .indonesian : .machine(.comma)
    }
}
