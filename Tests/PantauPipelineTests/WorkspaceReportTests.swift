import Foundation
import PantauModel
import PantauPipeline
import Testing

/// The weekly report and the evidence export through the Workspace.
@Suite struct WorkspaceReportTests {
    func crawled() async throws -> (Workspace, WorkspaceFixture, FeedServer) {
        let feed = try FeedServer()
        feed.publish(WorkspaceFixture.week47)
        let f = try WorkspaceFixture(feedBase: feed.server.baseURL)
        let ws = try f.open()
        _ = try await ws.crawl(CrawlRequest(all: true))
        return (ws, f, feed)
    }

    @Test func nothingIsReportedBeforeAnythingWasRead() async throws {
        let ws = try WorkspaceFixture().open()
        #expect(try await ws.hasData() == false)
        await #expect(throws: WorkspaceError.noData) { try await ws.weeklyReport() }
        await #expect(throws: WorkspaceError.noData) { try await ws.evidence() }
        #expect(WorkspaceError.noData.text(.id) == "Belum ada data: jalankan `pantau crawl`.")
    }

    @Test func theWeekAfterTheDataIsReportedWithItsPosts() async throws {
        let (ws, _, _) = try await crawled()
        let anchored = try #require(try await ws.dataAnchoredNow())
        #expect(anchored == WorkspaceFixture.afterW47)
        let result = try await ws.weeklyReport(now: anchored)
        #expect(result.week == ISOWeek(year: 2026, week: 47))
        #expect(!result.provisional)
        let simba = try #require(result.report.units.flatMap(\.innovations).first { $0.innovation.id == "polres-tuban-simba" })
        #expect(simba.posts.count == 1)
        let senyap = try #require(result.report.units.flatMap(\.innovations).first { $0.innovation.id == "polres-tuban-senyap" })
        #expect(senyap.posts.isEmpty)
        let md = ws.render(result, as: .md)
        #expect(md.name == "report-2026-W47.md")
        #expect(md.text.contains("SIM Bhabinkamtibmas"))
        #expect(ws.render(result, as: .html, language: .en).text.contains("<html lang=\"en\""))
    }

    @Test func writingTwiceReplacesTheSameFilesAndSaysSo() async throws {
        let (ws, f, _) = try await crawled()
        let now = WorkspaceFixture.afterW47
        let first = try await ws.writeWeeklyReport(now: now, formats: [.html, .md, .csv, .json], into: f.out)
        #expect(first.files.map { ($0.path as NSString).lastPathComponent }
                == ["report-2026-W47.html", "report-2026-W47.md", "report-2026-W47.csv", "report-2026-W47.json"])
        #expect(first.files.allSatisfy { !$0.replacedEarlier && FileManager.default.fileExists(atPath: $0.path) })
        let second = try await ws.writeWeeklyReport(now: now, unitIDs: nil, formats: [.md], into: f.out)
        #expect(second.files.map(\.replacedEarlier) == [true])
        // The Indonesian CSV opens in Excel: ';' between fields.
        let csv = try String(contentsOfFile: first.files[2].path, encoding: .utf8)
        #expect(csv.split(separator: "\r\n").first?.contains(";") == true)
    }

    @Test func aWeekNotStartedAndAnUnknownUnitAreRefused() async throws {
        let (ws, _, _) = try await crawled()
        let now = WorkspaceFixture.afterW47
        let w49 = ISOWeek(year: 2026, week: 49)
        await #expect(throws: WorkspaceError.weekNotStarted(week: w49, now: now, zone: ws.zone)) {
            try await ws.weeklyReport(week: w49, now: now)
        }
        await #expect {
            try await ws.weeklyReport(now: now, unitIDs: ["polres-nope"])
        } throws: { ($0 as? PipelineError)?.description == PipelineError.unknownUnit("polres-nope").description }
        // The current week is said to be provisional.
        let current = try await ws.weeklyReport(week: ISOWeek(year: 2026, week: 48), now: now.addingTimeInterval(86_400))
        #expect(current.provisional)
    }

    @Test func evidenceListsEveryPostAndNeverOverwrites() async throws {
        let (ws, f, _) = try await crawled()
        let now = WorkspaceFixture.afterW47
        let evidence = try await ws.evidence(now: now)
        let simba = try #require(evidence.units.flatMap(\.innovations).first { $0.innovation.id == "polres-tuban-simba" })
        #expect(simba.posts.count == 1)
        let first = try await ws.writeEvidence(now: now, into: f.out)
        #expect(first.map { ($0 as NSString).lastPathComponent } == ["evidence-semua-2026-11-23.csv", "evidence-answers-semua-2026-11-23.csv"])
        let second = try await ws.writeEvidence(now: now, into: f.out)
        #expect(second.map { ($0 as NSString).lastPathComponent } == ["evidence-semua-2026-11-23-2.csv", "evidence-answers-semua-2026-11-23-2.csv"])
        let html = try await ws.writeEvidence(now: now, unitIDs: ["polres-tuban"], format: .html, language: .en, into: f.out)
        #expect(html.map { ($0 as NSString).lastPathComponent } == ["evidence-polres-tuban-2026-11-23.html"])
    }
}
