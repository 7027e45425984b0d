/// Output formats of the weekly report.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case html, md, csv, json
}

/// The evidence downloads of the dashboard: the HTML page, the posts CSV or the answers CSV.
public enum EvidenceDownload: String, Sendable, CaseIterable { case html, csv, answersCSV = "answers.csv" }
