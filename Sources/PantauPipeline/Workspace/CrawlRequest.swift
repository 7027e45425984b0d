import Foundation

/// Which sources one crawl pass reads.
public struct CrawlRequest: Sendable, Hashable {
    /// Every source, due or not.
    public var all: Bool
    /// Only these sources (by id); empty: as `all` says, else the sources that are due.
    public var sourceIDs: [String]
    /// Draw a progress line on a terminal.
    public var progress: Bool
    /// The command recorded with the run ("crawl", "demo"): a database only the demo filled is known by it.
    public var command: String

    public init(all: Bool = false, sourceIDs: [String] = [], progress: Bool = false, command: String = "crawl") {
        self.all = all
        self.sourceIDs = sourceIDs
        self.progress = progress
        self.command = command
    }
}
