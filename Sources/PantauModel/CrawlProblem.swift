import Foundation

/// Why one source's crawl failed, typed by stage. The stage's own error travels inside (a
/// `FetchError`, a `ParseError`, a `StoreError`…), so callers can switch on it; words are made only
/// when the problem is shown or stored (`description`, unchanged from what `pantau` always said).
public enum CrawlProblem: Error, Sendable, CustomStringConvertible {
    /// The transfer failed: the fetch engine's `FetchError`.
    case fetch(any Error & Sendable)
    /// The server answered with an error status.
    case http(status: Int)
    /// robots.txt forbids the URL.
    case robotsDisallowed
    /// robots.txt could not be read, so the source was not fetched (the reason in words).
    case robotsUnavailable(String)
    /// The answer could not be read: the parser's `ParseError` (or the plug-in's).
    case parse(any Error & Sendable)
    /// The content stopped the process twice in a row while it was parsed (see `ParseQuarantine`).
    case quarantined(since: Date)
    /// A platform API read failed; the words have every secret removed already.
    case api(String)
    /// The source's lease could not be claimed.
    case claim(any Error & Sendable)
    /// The outcome could not be saved.
    case save(any Error & Sendable)

    public var description: String {
        switch self {
        case let .fetch(e): "\(e)"
        case let .http(status): "HTTP \(status)"
        case .robotsDisallowed: "disallowed by robots.txt"
        case let .robotsUnavailable(why): why
        case let .parse(e): "cannot parse: \(e)"
        case let .quarantined(since):
            "dikarantina sejak \(LocalFormat.dateTime(since, zone: ISOWeek.jakarta, language: .id)): "
                + SourceHealth.quarantineReason.id
                + " (dua kali berturut-turut); dicoba lagi setelah 24 jam atau bila isinya berubah"
        case let .api(words): words
        case let .claim(e): "cannot claim source: \(e)"
        case let .save(e): "cannot save: \(e)"
        }
    }
}
