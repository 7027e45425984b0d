import Foundation
import Logging
import PantauModel
import PantauParse
import PantauStore

/// The poison-pill guard around every parse of a crawl (a source whose parse stops the process
/// twice in a row is quarantined; the other sources go on), at no database cost for the usual source.
///
/// A run's claim of a window of sources is their "under way" mark, and the transaction that saves
/// a batch clears it (see `CrawlStorage`). A process that dies leaves claims behind; the next run
/// makes each of those sources a suspect. A suspect's parse runs alone (no other parse at the same
/// moment), between a mark of its own and its removal, so a death during it is its own: the
/// second in a row quarantines the source for that content, for 24 hours or until it changes.
struct ParseGuard: Sendable {
    var storage: any CrawlStorage
    var owner: String
    var logger: Logger
    let gate = ParseGate()

    /// Runs `parse`: side by side with other parses when `mark` is nil, else alone under `mark`.
    func parse(_ mark: ParseMark?, at: Date, _ parse: () -> Result<ParseOutcome, ParseError>) async
        -> Result<ParseOutcome, ParseError> {
        guard let mark else {
            await gate.enter(alone: false)
            defer { gate.leave(alone: false) }
            return parse()
        }
        await gate.enter(alone: true)
        defer { gate.leave(alone: true) }
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
