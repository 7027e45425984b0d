import Foundation
import PantauFetch
import PantauMatch
import PantauModel
import PantauParse
import PantauStore

extension Crawler {
    /// Reads a source's answer under the parse guard: its posts (article pages of a listing
    /// followed), counters bounded, new posts matched, into `outcome`. Returns the post times and the
    /// feed's ttl for the schedule. A problem is recorded in `outcome.error`.
    func readAnswer(_ response: FetchResponse, source: Source, state: SourceState?, quarantine: ParseQuarantine?,
                    at: Date, outcome: inout CrawlOutcome) async -> (postTimes: [Date], ttl: Seconds?) {
        do {
            let hash = Self.contentHash(response.body)
            try Self.checkQuarantine(quarantine, contentHash: hash, at: at)
            let parsed = try guardedParse(response.body, url: response.effectiveURL, contentType: response.contentType,
                                          kind: source.kind, source: source, listingHash: hash, at: at)
            for w in parsed.warnings.prefix(20) {
                logger.warning("part of a document left out", metadata: ["source": "\(source.id)", "problem": "\(w)"])
            }
            var posts = parsed.posts
            if !parsed.links.isEmpty {
                posts += await followArticles(parsed.links, source: source, listingHash: hash, at: at, outcome: &outcome)
            }
            // Posts stored before keep their matches: only new ones are matched (the store
            // records matches of new posts only). A never-crawled source has none stored.
            let known = state?.lastSuccess == nil ? [] : (try? database.knownStableIDs(sourceID: source.id)) ?? []
            posts = await withYouTubeStatistics(posts, source: source, at: at)
            posts = boundedCounts(posts, source: source)
            outcome.posts = posts.map { post in
                if known.contains(post.stableID) { return MatchedPost(post: post, matches: []) }
                return MatchedPost(post: post, matches: matcher.match(MatchPost(
                    id: post.stableID, title: post.title, text: post.text, url: post.url, unitID: source.unitID)))
            }
            return (posts.compactMap(\.published), parsed.ttlSeconds)
        } catch let q as Quarantined {
            outcome.error = q.description
        } catch {
            outcome.error = "cannot parse: \(error)"
        }
        return ([], nil)
    }
}
