import Foundation
import PantauFetch
import PantauModel
import PantauParse

extension SourceCrawl {
    /// Reads a source's answer: its posts (article pages of a listing followed), counters bounded,
    /// new posts matched, into `outcome`. Returns the post times and the feed's ttl for the
    /// schedule. A problem is recorded in `outcome.problem`.
    func readAnswer(_ response: FetchResponse, source: Source, _ claimed: ClaimedSource,
                    outcome: inout CrawlOutcome) async -> (postTimes: [Date], ttl: Seconds?) {
        let at = outcome.at
        let hash = Self.contentHash(response.body)
        if let q = claimed.quarantine, q.holds(contentHash: hash, at: at) {
            outcome.problem = .quarantined(since: q.since)
            return ([], nil)
        }
        let read = await guardedParse(response.body, url: response.effectiveURL, contentType: response.contentType,
                                      kind: source.kind, claimed, listingHash: hash, at: at)
        outcome.parsed = true
        let parsed: ParseOutcome
        switch read {
        case let .success(p): parsed = p
        case let .failure(e):
            outcome.problem = .parse(e)
            return ([], nil)
        }
        for w in parsed.warnings.prefix(20) {
            logger.warning("part of a document left out", metadata: ["source": "\(source.id)", "problem": "\(w)"])
        }
        var posts = parsed.posts
        if !parsed.links.isEmpty {
            posts += await followArticles(parsed.links, source: source, claimed, listingHash: hash, outcome: &outcome)
        }
        posts = await withYouTubeStatistics(posts, source: source, at: at)
        posts = boundedCounts(posts, source: source)
        outcome.posts = matched(posts, source: source, known: claimed.knownIDs)
        return (posts.compactMap(\.published), parsed.ttlSeconds)
    }

    /// Fetches the article pages a listing links to that are not stored yet, politely, and parses them.
    func followArticles(_ links: [String], source: Source, _ claimed: ClaimedSource, listingHash: String,
                        outcome: inout CrawlOutcome) async -> [Post] {
        var seen = Set<String>()
        let fresh = links.filter { !claimed.knownIDs.contains($0) && seen.insert($0).inserted }.prefix(maxArticlesPerPage)
        let responses = await withTaskGroup(of: (String, FetchResponse).self) { group in
            for link in fresh {
                group.addTask {
                    if let robots, await robots.check(link) != .allowed {
                        return (link, FetchResponse.refused(link, "disallowed by robots.txt"))
                    }
                    return (link, await fetch(FetchRequest(url: link)))
                }
            }
            var out: [(String, FetchResponse)] = []
            for await r in group { out.append(r) }
            return out
        }
        var posts: [Post] = []
        for (link, r) in responses.sorted(by: { $0.0 < $1.0 }) {
            outcome.bytes += r.wireBytes
            guard r.succeeded else {
                logger.info("article failed", metadata: ["source": "\(source.id)", "url": "\(link)",
                                                         "problem": "\(logText(r.problem ?? ""))"])
                continue
            }
            switch await guardedParse(r.body, url: r.effectiveURL, contentType: r.contentType, kind: .page, claimed,
                                      listingHash: listingHash, at: outcome.at) {
            case let .success(parsed):
                for var p in parsed.posts {
                    p.stableID = link
                    posts.append(p)
                }
            case let .failure(e):
                logger.info("article unreadable", metadata: ["source": "\(source.id)", "url": "\(link)",
                                                             "problem": "\(logText(e))"])
            }
        }
        return posts
    }

    /// Parses one fetched document of the source under the parse guard. `listingHash` is the hash of
    /// the source's own response (article pages of a listing are guarded under their listing's hash).
    func guardedParse(_ body: [UInt8], url: String, contentType: String?, kind: Source.Kind, _ claimed: ClaimedSource,
                      listingHash: String, at: Date) async -> Result<ParseOutcome, ParseError> {
        await parseGuard.parse(ParseMark(sourceID: claimed.sourceID, contentHash: listingHash), at: at) { [plugin, settings] in
            let bytes = plugin?.parse(body, url: url) ?? body
            // A page date written without a zone is read in the registry's zone (Asia/Jakarta by default).
            return Result { () throws(ParseError) in
                try DocumentParser.parse(bytes, url: url, contentType: contentType, kind: kind, fetchedAt: at,
                                         timeZone: TimeZone(identifier: settings.timezone))
            }
        }
    }

    /// The posts with every counter outside 0…10^15 made unknown, each one logged with the post.
    func boundedCounts(_ posts: [Post], source: Source) -> [Post] {
        posts.map { p in
            let (e, rejected) = p.engagement.bounded()
            guard !rejected.isEmpty else { return p }
            logger.warning("counter out of range, treated as unknown", metadata: [
                "source": "\(source.id)", "post": "\(p.url ?? p.stableID)", "values": "\(rejected.joined(separator: ", "))"])
            var out = p
            out.engagement = e
            return out
        }
    }

    /// A fast 64-bit FNV-1a hash of the content, in hex: enough to tell "the same bytes again".
    static func contentHash(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(h, radix: 16) + ":" + String(bytes.count)
    }
}
