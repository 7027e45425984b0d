import Foundation
import PantauModel

/// Names a person types for the report and evidence formats (`pantau report --format html,md`).
extension ReportFormat {
    /// `html`, `md` (also `markdown`), `csv` or `json`, in any case and with spaces around; nil otherwise.
    public init?(name: String) {
        let t = name.trimmingCharacters(in: .whitespaces).lowercased()
        self.init(rawValue: t == "markdown" ? "md" : t)
    }

    /// A comma-separated list of formats ("html,md"); nil when one of them is not a format.
    public static func list(_ text: String) -> [ReportFormat]? {
        var formats: [ReportFormat] = []
        for part in text.split(separator: ",") {
            guard let f = ReportFormat(name: String(part)) else { return nil }
            formats.append(f)
        }
        return formats
    }
}

extension EvidenceFormat {
    /// `csv` or `html`, in any case; nil otherwise.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }
}
