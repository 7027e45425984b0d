import ArgumentParser
import PantauModel
import PantauPipeline

/// One report format (`html`, `md`, `csv`, `json`).
extension ReportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

/// `--format html,md`: report formats, comma-separated.
struct ReportFormatList: ExpressibleByArgument {
    var formats: [ReportFormat]

    init(_ formats: [ReportFormat]) { self.formats = formats }

    init?(argument: String) {
        guard let formats = ReportFormat.list(argument) else { return nil }
        self.formats = formats
    }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }

    static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
}
