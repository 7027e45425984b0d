import Foundation
import Logging
import PantauModel
import PantauParse
import PantauStore

/// The poison-pill guard around every parse of a crawl: a source whose parse stops the process
/// twice in a row is quarantined (for that content, 24 hours or until it changes); the other
/// sources go on.
///
/// Each parse is written down while it runs, in the process's `ParseJournal` (a local file, one
/// `pwrite` before and after: nothing waits for the database), or, without a journal folder, as a
/// mark in the store (`markParsesUnderWay` and `parsesEnded`, one write each). The next run counts a
/// death for every parse a dead process left under way (`CrawlStorage.recoverAbandonedClaims`); a
/// parse that lived clears the count in the transaction that saves its batch.
struct ParseGuard: Sendable {
    var storage: any CrawlStorage
    var owner: String
    var logger: Logger
    var journal: ParseJournal?

    /// Runs `parse` with `mark` written down until it returns.
    func parse(_ mark: ParseMark, at: Date, _ parse: () -> Result<ParseOutcome, ParseError>) async
        -> Result<ParseOutcome, ParseError> {
        if let journal {
            let slot = journal.begin(mark)
            defer { journal.end(slot) }
            return parse()
        }
        do { try await storage.markParsesUnderWay([mark], owner: owner, at: at) } catch {
            logger.warning("cannot record the parse under way", metadata: ["source": "\(mark.sourceID)", "error": "\(error)"])
        }
        let result = parse()
        do { try await storage.parsesEnded([mark.sourceID]) } catch {
            logger.warning("cannot clear the parse under way", metadata: ["source": "\(mark.sourceID)", "error": "\(error)"])
        }
        return result
    }
}
