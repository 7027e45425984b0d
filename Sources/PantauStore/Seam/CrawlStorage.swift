import Foundation
import PantauModel

/// What a crawl run needs of the database, shaped by the run (not by SQL). `AppDatabase` (SQLite)
/// implements it; a PostgreSQL store with several workers implements it with `FOR UPDATE SKIP
/// LOCKED` claims and expiring leases.
///
/// A run goes: `recoverAbandonedClaims` → `startRun` → (`dueSourceIDs`) → `claimSources` a window
/// at a time → sources crawled concurrently with no database access, a suspect's parse alone between
/// `markParsesUnderWay` and `parsesEnded` → `saveCrawled` per batch → `finishRun`.
///
/// The parse guard (a source whose parse stops the process twice in a row is quarantined) costs no
/// write in the common case: a claim is the batch's "under way" mark, and `saveCrawled` clears it
/// (releases the lease) in the transaction that saves the batch. A source still claimed by a dead
/// owner was under way when the process died: `recoverAbandonedClaims` makes it a suspect
/// (`ClaimedSource.deaths` ≥ 1). A suspect's parse is then marked alone (`markParsesUnderWay`) and
/// runs while no other parse does, so a death during that mark is its own: the second quarantines
/// the source (`ParseQuarantine`) for the content that did it.
public protocol CrawlStorage: Sendable {
    /// Frees the claims of owners that are dead (`isAlive` false) or whose lease expired by `at`:
    /// each source they held becomes a suspect (one death, at least), and each source whose own
    /// parse mark was left by a dead owner counts a death; a second death in a row quarantines it.
    /// Returns the sources quarantined now.
    func recoverAbandonedClaims(isAlive: @Sendable (String) -> Bool, at: Date) async throws -> [String]

    /// Starts a run (`command`: crawl | run) and returns its id.
    func startRun(command: String, at: Date) async throws -> Int64
    /// Records how the run ended.
    func finishRun(_ id: Int64, at: Date, sources: Int, newPosts: Int, errors: Int) async throws

    /// Claims the given sources for `owner` until `until`, atomically. A source another live owner
    /// holds (its lease not expired by `at`), or one not in the store, is left out. Returns only
    /// the sources claimed, each with its state, known post ids, deaths and quarantine.
    func claimSources(_ sourceIDs: [String], owner: String, at: Date, until: Date) async throws -> [ClaimedSource]

    /// Registered sources due at `at`: never crawled, or their next due time has come (held or not;
    /// `claimSources` leaves out those another live owner holds).
    func dueSourceIDs(at: Date) async throws -> Set<String>

    /// Gives back claims that end without an outcome to save (cancelled, held back, save failed).
    func releaseClaims(_ sourceIDs: [String], owner: String) async throws

    /// Writes down, in one write, that `owner` is about to parse these sources' content.
    func markParsesUnderWay(_ marks: [ParseMark], owner: String, at: Date) async throws
    /// The parses of these sources ended with the process alive: their deaths in a row start again
    /// from 0 and any quarantine is lifted.
    func parsesEnded(_ sourceIDs: [String]) async throws

    /// Saves a batch of outcomes in one transaction: each source's attempt, new state and posts
    /// (with matches of new posts and changed counters), its parse watch cleared when `parsed`, and
    /// its claim released. An outcome that cannot be saved is left out alone, with its error in its
    /// slot; the others are kept. Returns, in order, new posts per outcome or why it was not saved.
    /// Outcomes with `skip` set are not given here.
    func saveCrawled(_ outcomes: [CrawlOutcome], owner: String) async throws -> [Result<Int, StoreError>]

    /// Every quarantined source, by id.
    func parseQuarantines() async throws -> [String: ParseQuarantine]

    /// Records that an API channel is held back (rate limit, quota) until a time said in `note`,
    /// without a crawl; a channel whose token expired or that is broken keeps that state.
    func noteChannelWaiting(_ sourceID: String, note: String, at: Date) async throws

    /// The earliest next-due time among registered sources (nil: some source was never crawled).
    func earliestDue() async throws -> Date?

    /// Totals after a run.
    func counts() async throws -> StoreCounts
}
