import Foundation

/// What the daemon tells the person who started it: one line when it starts, one per crawl round,
/// one when it stops (the CLI words them; logs stay for problems).
public enum DaemonEvent: Sendable {
    /// Running with this many sources; the next is due at `next` (nil: right away).
    case started(sources: Int, next: Date?)
    /// One round crawled; the next source is due at `next`.
    case round(CrawlSummary, next: Date?)
    case stopped
}
