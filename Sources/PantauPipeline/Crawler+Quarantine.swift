import Foundation
import PantauFetch
import PantauModel
import PantauParse
import PantauStore

/// The poison-pill guard around every parse of the crawl. A parse runs between a "parse under way"
/// record and its removal; a process that dies in between leaves the record behind, and the next
/// crawl counts it (`collectParseDeaths`). After two deaths in a row the source is quarantined: its
/// content is not parsed again for 24 hours unless it changes. The other sources go on.
extension Crawler {
    /// How long a quarantined source's unchanged content is left alone.
    static let quarantineSpan: TimeInterval = 86_400

    /// The source's quarantine, if any, as a sentence for `pantau sources`, the report and the alerts.
    struct Quarantined: Error, CustomStringConvertible {
        var since: Date
        var description: String {
            "dikarantina sejak \(LocalFormat.dateTime(since, zone: ISOWeek.jakarta, language: .id)): "
                + SourceHealth.quarantineReason.id
                + " (dua kali berturut-turut); dicoba lagi setelah 24 jam atau bila isinya berubah"
        }
    }

    /// Turns the parses that were under way in dead processes into deaths, quarantines the sources
    /// that died twice in a row, and returns every quarantine.
    func collectQuarantines(at: Date) -> [String: ParseQuarantine] {
        do {
            for id in try database.collectParseDeaths(isAlive: LeaseOwner.isAlive, at: at) {
                logger.error("source quarantined: reading it stopped the process twice in a row",
                             metadata: ["source": "\(id)"])
            }
            return try database.parseQuarantines()
        } catch {
            logger.error("cannot read the parse quarantine", metadata: ["error": "\(error)"])
            return [:]
        }
    }

    /// Parses one fetched document of `source` under the guard. `listingHash` is the hash of the
    /// source's own response (article pages of a listing are guarded under their listing's hash).
    func guardedParse(_ body: [UInt8], url: String, contentType: String?, kind: Source.Kind, source: Source,
                      listingHash: String, at: Date) throws -> ParseOutcome {
        do {
            try database.beginParse(sourceID: source.id, owner: leaseOwner, at: at, contentHash: listingHash)
        } catch {
            logger.warning("cannot record the parse under way", metadata: ["source": "\(source.id)", "error": "\(error)"])
        }
        defer {
            do { try database.endParse(sourceID: source.id) } catch {
                logger.warning("cannot clear the parse under way", metadata: ["source": "\(source.id)", "error": "\(error)"])
            }
        }
        let bytes = plugin?.parse(body, url: url) ?? body
        // A page date written without a zone is read in the registry's zone (Asia/Jakarta by default).
        return try DocumentParser.parse(bytes, url: url, contentType: contentType, kind: kind, fetchedAt: at,
                                        timeZone: TimeZone(identifier: registry.settings.timezone))
    }

    /// Throws `Quarantined` when `source` is quarantined and its content is the one that stopped the
    /// process, within the last 24 hours.
    static func checkQuarantine(_ q: ParseQuarantine?, contentHash: String, at: Date) throws(Quarantined) {
        guard let q, q.contentHash == contentHash, at.timeIntervalSince(q.since) < quarantineSpan else { return }
        throw Quarantined(since: q.since)
    }

    /// A fast 64-bit FNV-1a hash of the content, in hex: enough to tell "the same bytes again".
    static func contentHash(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(h, radix: 16) + ":" + String(bytes.count)
    }
}

extension Crawler {
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
}
