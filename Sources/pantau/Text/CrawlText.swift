import Foundation
import PantauModel
import PantauPipeline

/// The crawl summary in a few lines a person reads, in the registry's language.
enum CrawlText {
    static func render(_ s: CrawlSummary, language l: Language) -> String {
        let secs = LocalFormat.decimal(s.seconds, digits: 1, language: l)
        func n(_ x: Int) -> String { LocalFormat.integer(x, language: l) }
        var lines: [String]
        if l == .id {
            lines = ["Membaca \(n(s.sources)) sumber dalam \(secs) detik: \(n(s.fetched)) diambil, \(n(s.notModified)) tidak berubah, "
                     + "\(n(s.failed)) gagal" + (s.skipped > 0 ? ", \(n(s.skipped)) sedang dibaca proses lain." : "."),
                     "Unggahan baru: \(n(s.newPosts)), kecocokan inovasi baru: \(n(s.newMatches))."]
            if let t = s.totals {
                lines.append("Basis data: \(n(t.posts)) unggahan, \(n(t.matchedPosts)) cocok dengan inovasi "
                             + "(\(n(t.matches)) kecocokan), \(n(t.sources)) sumber.")
            }
        } else {
            lines = ["Crawled \(English.count(s.sources, "source")) in \(secs) s: \(n(s.fetched)) fetched, "
                     + "\(n(s.notModified)) unchanged, \(n(s.failed)) failed"
                     + (s.skipped > 0 ? ", \(n(s.skipped)) being crawled by another process." : "."),
                     "New posts: \(n(s.newPosts)), new innovation matches: \(n(s.newMatches))."]
            if let t = s.totals {
                lines.append("Database: \(English.count(t.posts, "post")), \(n(t.matchedPosts)) matched to an innovation "
                             + "(\(English.count(t.matches, "match", "matches"))), \(English.count(t.sources, "source")).")
            }
        }
        for e in s.errors { lines.append("  ✗ \(e.source): \(e.problem) (\(e.url))") }
        for c in s.channels where c.state != ChannelState.seen.rawValue {
            lines.append("  " + apiLine(c, l))
        }
        for m in s.moved {
            lines.append(l == .id ? "  → \(m.source) pindah permanen ke \(m.to): perbarui url-nya di registry."
                                  : "  → \(m.source) moved permanently to \(m.to): update its url in the registry.")
        }
        return lines.joined(separator: "\n")
    }
}

extension CrawlText {
    /// An API channel Pantau could not read now: token expired (with the hint) or waiting (until when).
    static func apiLine(_ c: CrawlSummary.APIChannel, _ l: Language) -> String {
        let until = c.waitsUntil.map { LocalFormat.dateTime($0, zone: ISOWeek.jakarta, language: l) }
        switch ChannelState(rawValue: c.state) {
        case .tokenExpired:
            return "⚠ \(c.source): " + (l == .id ? "token kedaluwarsa" : "token expired") + (c.hint.map { ". " + $0 } ?? "")
        case .rateLimited:
            return "… \(c.source): " + (l == .id ? "menunggu batas/kuota API" : "waiting for the API rate limit or quota")
                + (until.map { l == .id ? " sampai \($0)" : " until \($0)" } ?? "")
        default:
            return "✗ \(c.source): " + (l == .id ? "kanal API rusak" : "API channel broken")
        }
    }
}
