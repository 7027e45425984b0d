import Foundation
import Hummingbird
import HummingbirdTesting
import PantauModel
import PantauPipeline
@testable import PantauServer
import Testing

/// The pages as a person reads them: Indonesian by default, English on request, feed text escaped,
/// evidence next to each matched post, the report the same as `pantau report`.
@Suite(.serialized) struct PageTests {
    @Test func pagesSpeakIndonesianAndEnglishOnRequest() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let s = try #require(try await Session.login(client, "admin"))
            let id = String(buffer: try await s.get(client, "/").body)
            #expect(id.contains("<html lang=\"id\">") && id.contains("Indeks visibilitas") && id.contains("Polres Tuban"))
            let en = String(buffer: try await s.get(client, "/?lang=en").body)
            #expect(en.contains("<html lang=\"en\">") && en.contains("Visibility index"))
            #expect(en.contains("href=\"/unit/polres-tuban?lang=en\""), "links keep the language")
            for uri in ["/", "/unit/polres-tuban", "/innovation/tuban-simba", "/sources", "/alerts", "/report"] {
                let r = try await s.get(client, uri)
                #expect(r.status == .ok, "\(uri)")
                #expect(!String(buffer: r.body).contains("<script"), "\(uri) needs no script and lets none in")
            }
            #expect(id.contains("@media print"))
        }
    }

    @Test func innovationPageShowsEachMatchedPostWithWhyItMatchedAndEscapesFeedText() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let s = try #require(try await Session.login(client, "tuban"))
            let page = String(buffer: try await s.get(client, "/innovation/tuban-simba").body)
            #expect(page.contains("https://tuban.example/berita/1") && page.contains("https://instagram.example/p/2"))
            #expect(page.contains("<mark>"), "the words that made the match are shown")
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(page.contains("900 tayang"), "engagement in Indonesian")
            #expect(page.contains("PP ii.f") && page.contains("MP ii.c"), "LKE items with suggested answers")
            #expect(page.contains("<svg"), "engagement chart")
            #expect(page.contains("<circle"), "each day of the engagement history is a dot, so a single day shows")
            #expect(page.contains("akronim: SIMBA") && page.contains("(kanal unit sendiri)"), "why it matched, in Indonesian")
            #expect(!page.contains("own channel"))
            let unit = String(buffer: try await s.get(client, "/unit/polres-tuban").body)
            #expect(unit.contains("id=\"grid\"") && unit.contains("SIM Bhabinkamtibmas") && unit.contains("tuban-ig"))
            #expect(unit.contains("href=\"/innovation/tuban-simba\""), "posts link to their evidence")
        }
    }

    @Test func reportPageIsThePantauReportHTMLAndDownloadsComeInEveryFormat() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let s = try #require(try await Session.login(client, "admin"))
            let page = String(buffer: try await s.get(client, "/report?week=2026-W47").body)
            let summaryNow = try await f.workspace.defaultNow()
            let expected = f.workspace.render(try await f.workspace.weeklyReport(week: ISOWeek(year: 2026, week: 47), now: summaryNow),
                                              as: .html, language: .id).text
            #expect(Self.withoutGenerated(page) == Self.withoutGenerated(expected))
            for (format, type) in [("csv", "text/csv"), ("json", "application/json"), ("md", "text/markdown"), ("html", "text/html")] {
                let r = try await s.get(client, "/report/download?week=2026-W47&format=\(format)")
                #expect(r.status == .ok && r.headers[.contentType]?.hasPrefix(type) == true, "\(format)")
                #expect(r.headers[.contentDisposition] == "attachment; filename=\"report-2026-W47.\(format)\"")
            }
            for format in ["html", "csv", "answers.csv"] {
                let r = try await s.get(client, "/evidence?unit=polres-tuban&format=\(format)")
                #expect(r.status == .ok, "\(format)")
                #expect(String(buffer: r.body).contains("tuban") , "\(format)")
            }
            #expect(try await s.get(client, "/report?week=banyak").status == .badRequest)
        }
    }

    @Test func editorsAnswerAlertsWithAReasonKeptInHistory() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let s = try #require(try await Session.login(client, "tuban-editor"))
            let page = String(buffer: try await s.get(client, "/alerts").body)
            let fingerprint = try #require(Session.hiddenValue(page, "fingerprint"), "an alert is firing in Tuban: \(page)")
            let token = try await s.csrf(client)
            #expect(try await s.post(client, "/alerts/answer", "_csrf=\(token)&fingerprint=\(fingerprint)&action=silence&reason=").status == .badRequest)
            let r = try await s.post(client, "/alerts/answer", "_csrf=\(token)&fingerprint=\(fingerprint)&action=silence&reason=Admin+cuti+sampai+Senin")
            #expect(r.status == .found)
            let after = String(buffer: try await s.get(client, "/alerts").body)
            #expect(after.contains("dibungkam sampai") && after.contains("Admin cuti sampai Senin") && after.contains("tuban-editor"))
            let viewer = try #require(try await Session.login(client, "tuban"))
            let vt = try await viewer.csrf(client)
            #expect(try await viewer.post(client, "/alerts/answer", "_csrf=\(vt)&fingerprint=\(fingerprint)&action=acknowledge&reason=x").status == .forbidden)
            #expect(!String(buffer: try await viewer.get(client, "/alerts").body).contains("name=\"fingerprint\""), "viewers get no form")
        }
        let answers = try await f.workspace.accounts.acknowledgements(unitIDs: ["polres-tuban", "polsek-senori"], limit: 10)
        #expect(answers.count == 1 && answers[0].by == "tuban-editor" && answers[0].action == .silence)
    }

    /// The report's own "generated" line carries the time it was made.
    static func withoutGenerated(_ html: String) -> String {
        html.split(separator: "\n").filter { !$0.contains("Dibuat") && !$0.contains("dibuat") }.joined(separator: "\n")
    }
}
