import Foundation
import PantauModel
import PantauStore

extension CrawlRun {
    /// Sources go through a window of at most `window` in flight. Their leases are claimed a window
    /// at a time (the claim brings each source's state and known post ids), and outcomes are saved
    /// in batches from this one task (one transaction per batch, leases released in it): a batch is
    /// written once it holds `saveBatch` outcomes or `saveInterval` seconds have passed since the last.
    ///
    /// A source another worker crawled since this run began (`startedAt`) is given back, not crawled
    /// again (see `claim`).
    func crawlWindows(_ sources: [Source], runID: Int64, startedAt: Date, now: @escaping @Sendable () -> Date,
                      progress: Progress, crawl: SourceCrawl, dueOnly: Bool = false) async -> CrawlSummary {
        var summary = CrawlSummary()
        summary.sources = sources.count
        let window = max(engine.config.concurrency * 4, 64)
        let renewal = LeaseRenewal(storage: storage, owner: leaseOwner, seconds: leaseSeconds, now: now)
        defer { renewal.stop() }
        await withTaskGroup(of: CrawlOutcome.self) { group in
            var next = 0
            var ready: [(Source, ClaimedSource)] = []
            var readyHead = 0
            var inFlight = 0
            var pending: [CrawlOutcome] = []
            var lastSave = Date()
            while true {
                while inFlight < window {
                    if readyHead == ready.count {
                        guard next < sources.count else { break }
                        let chunk = Array(sources[next..<min(next + window, sources.count)])
                        next += chunk.count
                        ready = await claim(chunk, now: now(), runStart: startedAt, into: &summary, progress: progress,
                                            dueOnly: dueOnly)
                        renewal.claimed(ready.map(\.1.sourceID))
                        readyHead = 0
                        continue
                    }
                    let (source, claimed) = ready[readyHead]
                    readyHead += 1
                    inFlight += 1
                    group.addTask { await crawl.crawl(source, claimed, runID: runID, now: now) }
                }
                guard let done = await group.next() else { break }
                renewal.finished(done.sourceID)
                inFlight -= 1
                pending.append(done)
                if pending.count >= saveBatch || Date().timeIntervalSince(lastSave) >= saveInterval || inFlight == 0 {
                    await save(pending, into: &summary, progress: progress)
                    pending.removeAll(keepingCapacity: true)
                    lastSave = Date()
                }
            }
            await save(pending, into: &summary, progress: progress)
        }
        return summary
    }

    /// Claims the leases of `chunk` at once and returns the sources claimed with their claims; the
    /// others (held by another live process, or not claimable at all) are counted right away.
    ///
    /// A source another worker crawled since this run began is given back and counted as held
    /// elsewhere, not fetched again: its last attempt lies after `runStart` (several workers running
    /// `crawl --all` at once), or, in a run of the due sources (`dueOnly`), its next due time now
    /// lies ahead.
    func claim(_ chunk: [Source], now at: Date, runStart: Date, into summary: inout CrawlSummary,
               progress: Progress, dueOnly: Bool = false) async -> [(Source, ClaimedSource)] {
        do {
            let claims = try await storage.claimSources(chunk.map(\.id), owner: leaseOwner, at: at, until: at + leaseSeconds)
            var byID: [String: ClaimedSource] = [:]
            byID.reserveCapacity(claims.count)
            var crawledSince: [String] = []
            for c in claims {
                if Self.crawledSince(c.state, runStart: runStart, now: at, dueOnly: dueOnly) {
                    crawledSince.append(c.sourceID)
                } else {
                    byID[c.sourceID] = c
                }
            }
            if !crawledSince.isEmpty { try? await storage.releaseClaims(crawledSince, owner: leaseOwner) }
            var out: [(Source, ClaimedSource)] = []
            out.reserveCapacity(claims.count)
            for s in chunk {
                if let c = byID[s.id] { out.append((s, c)) } else { count(.skipped(s, .heldElsewhere), into: &summary, progress) }
            }
            return out
        } catch {
            logger.error("cannot claim sources", metadata: ["error": "\(logText(error))"])
            for s in chunk {
                var o = CrawlOutcome(sourceID: s.id, runID: nil, url: s.url, at: at)
                o.problem = .claim(error)
                count(o, into: &summary, progress)
            }
            return []
        }
    }

    /// Whether a claimed source was crawled by another worker since the run began. Times are stored
    /// to the millisecond, rounded: a last attempt less than 1 ms after the start is the start's
    /// own (a run on a fixed clock, as the demo's).
    static func crawledSince(_ state: SourceState, runStart: Date, now: Date, dueOnly: Bool) -> Bool {
        if let last = state.lastAttempt, last.timeIntervalSince(runStart) >= 0.001 { return true }
        if dueOnly, let due = state.nextDue, due > now { return true }
        return false
    }

    /// Saves finished sources in one transaction and counts them; a source whose save failed counts
    /// as failed (its lease is given back so a later run retries it). Skipped sources only give
    /// their lease back (a platform holding a channel back is noted in its channel state).
    func save(_ batch: [CrawlOutcome], into summary: inout CrawlSummary, progress: Progress) async {
        var giveBack: [String] = []
        var toSave: [CrawlOutcome] = []
        toSave.reserveCapacity(batch.count)
        for o in batch {
            guard let skip = o.skip else { toSave.append(o); continue }
            giveBack.append(o.sourceID)
            if case let .waiting(_, note) = skip { await noteWaiting(o.sourceID, note: note) }
            count(o, into: &summary, progress)
        }
        if !toSave.isEmpty {
            let saved: [Result<Int, StoreError>]
            do { saved = try await storage.saveCrawled(toSave, owner: leaseOwner) } catch {
                saved = toSave.map { _ in .failure(.query("\(error)")) }
            }
            for (o, s) in zip(toSave, saved) {
                var o = o
                switch s {
                case let .success(n):
                    o.newPosts = n
                    if n > 0 { o.newMatches = o.posts.reduce(0) { $0 + $1.matches.count } }
                    if o.failed {
                        logger.warning("source failed", metadata: ["source": "\(o.sourceID)", "url": "\(o.url)",
                                                                   "problem": "\(logText(o.problem!))"])
                    } else {
                        logger.debug("source crawled", metadata: ["source": "\(o.sourceID)", "new": "\(n)"])
                    }
                case let .failure(e):
                    o.problem = .save(e)
                    giveBack.append(o.sourceID)
                    logger.error("cannot save", metadata: ["source": "\(o.sourceID)", "error": "\(logText(e))"])
                }
                count(o, into: &summary, progress)
            }
        }
        if !giveBack.isEmpty {
            do { try await storage.releaseClaims(giveBack, owner: leaseOwner) } catch {
                logger.error("cannot give sources back", metadata: ["error": "\(logText(error))"])
            }
        }
    }

    private func noteWaiting(_ sourceID: String, note: String) async {
        do { try await storage.noteChannelWaiting(sourceID, note: note, at: Date()) } catch {
            logger.error("channel state not saved", metadata: ["source": "\(sourceID)", "problem": "\(error)"])
        }
    }

    private func count(_ o: CrawlOutcome, into summary: inout CrawlSummary, _ progress: Progress) {
        summary.add(o)
        progress.sourceDone(newPosts: o.newPosts, failed: o.skip == nil && o.failed)
    }
}
