import Foundation

/// Why a source was not crawled in a run; none of these is recorded against the source.
public enum CrawlSkip: Sendable, Hashable {
    /// Another live process holds its lease.
    case heldElsewhere
    /// The run was cancelled before an answer came.
    case cancelled
    /// The platform asked Pantau to hold back until then; `note` is said in `pantau sources`.
    case waiting(until: Date, note: String)
}
