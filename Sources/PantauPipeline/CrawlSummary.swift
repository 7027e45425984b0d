import Foundation
import PantauModel
import PantauStore

/// What one crawl did, for people (a few lines) and scripts (`--json`).
public struct CrawlSummary: Sendable, Codable {
    public var sources = 0
    public var fetched = 0
    public var notModified = 0
    public var failed = 0
    /// Sources another process was crawling at the same moment.
    public var skipped = 0
    public var newPosts = 0
    public var newMatches = 0
    public var bytes = 0
    public var seconds = 0.0
    public var errors: [SourceProblem] = []
    /// Permanent redirects seen: update these URLs in the registry.
    public var moved: [SourceMove] = []
    /// Totals in the database after the crawl.
    public var totals: StoreCounts?
    /// Sources read through a platform API, with what Pantau could see of each.
    public var channels: [APIChannel] = []

    /// A source read through a platform API, with what Pantau could see of it.
    public typealias APIChannel = APIChannelRead

    public struct SourceProblem: Sendable, Codable, Hashable {
        public var source: String
        public var url: String
        public var problem: String
    }

    public struct SourceMove: Sendable, Codable, Hashable {
        public var source: String
        public var from: String
        public var to: String

        public init(source: String, from: String, to: String) {
            self.source = source
            self.from = from
            self.to = to
        }
    }

    public init() {}
}

extension CrawlSummary {
    /// Counts one source's outcome.
    mutating func add(_ o: CrawlOutcome) {
        bytes += o.bytes
        newPosts += o.newPosts
        newMatches += o.newMatches
        if o.skip != nil {
            skipped += 1
        } else if o.failed, let p = o.problem {
            failed += 1
            errors.append(SourceProblem(source: o.sourceID, url: o.url, problem: p.description))
        } else if o.notModified {
            notModified += 1
        } else {
            fetched += 1
        }
        if let to = o.movedTo { moved.append(SourceMove(source: o.sourceID, from: o.url, to: to)) }
        if let c = o.channelRead { channels.append(c) }
    }
}
