import Foundation
import PantauMatch
import PantauModel
import PantauParse
import PantauRegistry
import PantauStore

/// `pantau-crawl-bench stages REGISTRY WWW`: the crawl's CPU per stage, on one thread, without the
/// network. Reads every http source's body from WWW (the URL's path under it), then times parsing
/// all of them, matching all posts, and saving all outcomes the way the crawler does (batches of 256
/// in one transaction each) into a new database in a temp folder. Prints one JSON line with
/// milliseconds of process CPU time (user + system) per feed for each stage: CPU, not wall time, so
/// the figures hold on a busy machine too.
enum Stages {
    static func run(registryDir: String, www: String) throws {
        let registry = try RegistryLoader.load(directory: registryDir)
        var inputs: [(Source, [UInt8])] = []
        for s in registry.sources {
            guard let u = URL(string: s.url), let data = FileManager.default.contents(atPath: www + u.path) else { continue }
            inputs.append((s, Array(data)))
        }
        let clock = CPUClock()
        let at = Date()

        var t = clock.now
        var parsed: [(Source, [Post])] = []
        parsed.reserveCapacity(inputs.count)
        for (s, body) in inputs {
            let out = try DocumentParser.parse(body, url: s.url, contentType: "application/rss+xml", kind: s.kind, fetchedAt: at)
            parsed.append((s, out.posts))
        }
        let parseTime = clock.now - t

        t = clock.now
        let matcher = Matcher(units: registry.units, innovations: registry.innovations)
        let matcherBuild = clock.now - t
        t = clock.now
        var outcomes: [CrawlOutcome] = []
        var posts = 0
        var matches = 0
        for (s, ps) in parsed {
            let mps = ps.map { p in
                MatchedPost(post: p, matches: matcher.match(MatchPost(id: p.stableID, title: p.title, text: p.text,
                                                                      url: p.url, unitID: s.unitID)))
            }
            posts += mps.count
            matches += mps.reduce(0) { $0 + $1.matches.count }
            outcomes.append(CrawlOutcome(sourceID: s.id, runID: nil, url: s.url, at: at, status: 200, bytes: 0,
                                         nextDue: at + 3_600, posts: mps))
        }
        let matchTime = clock.now - t

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-stages-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try AppDatabase(path: dir.appendingPathComponent("stages.sqlite").path)
        try db.syncSources(registry.sources)
        t = clock.now
        var i = 0
        while i < outcomes.count {
            let batch = Array(outcomes[i..<min(i + 256, outcomes.count)])
            _ = try db.save(batch, releasingLeasesOf: nil)
            i += batch.count
        }
        let storeTime = clock.now - t

        func ms(_ d: Double) -> Double { d * 1_000 }
        let n = Double(max(inputs.count, 1))
        print(String(format: "{\"feeds\": %d, \"posts\": %d, \"matches\": %d, \"parse_ms_per_feed\": %.3f, "
                     + "\"match_ms_per_feed\": %.3f, \"store_ms_per_feed\": %.3f, \"matcher_build_ms\": %.0f}",
                     inputs.count, posts, matches, ms(parseTime) / n, ms(matchTime) / n, ms(storeTime) / n,
                     ms(matcherBuild)))
    }
}

/// Process CPU time (all threads, user + system), in seconds.
struct CPUClock {
    var now: Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
