import Foundation
import PantauModel

/// What a crawl run needs of the database, shaped by the run (not by SQL). `AppDatabase` (SQLite)
/// implements it; a PostgreSQL store with several workers implements it with `FOR UPDATE SKIP
/// LOCKED` claims and expiring leases.
///
/// A run goes: `recoverAbandonedClaims` → `startRun` → (`dueSourceIDs`) → `claimSources` a window at
/// a time (each claim brings the source's state, known post ids and quarantine: no database access
/// while sources are crawled) → `saveCrawled` per batch (posts, states, parse watch and leases in one
/// transaction) → `finishRun`.
///
/// The parse guard (a source whose parse stops the process twice in a row is quarantined) writes
/// nothing here while a run goes well: parses under way are written to a local journal of the
/// process, and the parse watch of a source whose parse lived is cleared in the transaction that
/// saves its batch. The deaths a dead process left in its journal are handed to the next run's
/// `recoverAbandonedClaims`. Without a local journal, `markParsesUnderWay` and `parsesEnded` record
/// parses in the store instead.
public protocol CrawlStorage: Sendable {
    /// Before a run: counts a death for every parse left under way by a dead process — those in
    /// `parseDeaths` (read from its local journal) and those marked in the store by an owner for
    /// which `isAlive` is false — quarantining from `at` a source at its second death in a row, for
    /// the content that did it; then frees the claims of dead owners. Returns the sources
    /// quarantined now.
    func recoverAbandonedClaims(parseDeaths: [ParseMark], isAlive: @Sendable (String) -> Bool, at: Date) async throws
        -> [String]

    /// Starts a run (`command`: crawl | run) and returns its id.
    func startRun(command: String, at: Date) async throws -> Int64
    /// Records how the run ended.
    func finishRun(_ id: Int64, at: Date, sources: Int, newPosts: Int, errors: Int) async throws

    /// Claims the given sources for `owner` until `until`, atomically. A source another live owner
    /// holds (its lease not expired by `at`), or one not in the store, is left out. Returns only
    /// the sources claimed, each with its state, known post ids and quarantine.
    func claimSources(_ sourceIDs: [String], owner: String, at: Date, until: Date) async throws -> [ClaimedSource]

    /// Registered sources due at `at`: never crawled, or their next due time has come (held or not;
    /// `claimSources` leaves out those another live owner holds).
    func dueSourceIDs(at: Date) async throws -> Set<String>

    /// Gives back claims that end without an outcome to save (cancelled, held back, save failed).
    func releaseClaims(_ sourceIDs: [String], owner: String) async throws

    /// Writes down, in one write, that `owner` is about to parse these sources' content (used when
    /// the process has no local parse journal).
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
