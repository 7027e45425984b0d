import Foundation
import PantauModel
import PantauScore
import PantauStore

extension Workspace {
    /// The weekly report of `week` (default: the last complete week before `now`) for `unitIDs` and
    /// the units below them (default: every unit). `now` defaults to `defaultNow()`.
    /// Throws `WorkspaceError.noData` on a store nothing was read into yet, `.weekNotStarted` for a
    /// week after `now`, `PipelineError.unknownUnit` for a unit the registry lacks.
    public func weeklyReport(week: ISOWeek? = nil, now: Date? = nil, unitIDs: Set<String>? = nil) async throws
        -> WeeklyReportResult {
        let state = try await store.dataState()
        guard state.hasData else { throw WorkspaceError.noData }
        let clock = now ?? defaultNow(state)
        if let week, week.start(in: zone) > clock { throw WorkspaceError.weekNotStarted(week: week, now: clock, zone: zone) }
        try checkUnits(unitIDs)
        let week = week ?? ISOWeek.lastComplete(before: clock, in: zone)
        let start = week.start(in: zone), end = week.end(in: zone)
        let posts = try await readPosts(PostQuery(to: end, evidence: false, detailFrom: start))
        var input = WeeklyInput(registry: registry, posts: posts, health: try await store.health(), week: week, now: clock,
                                zone: zone, unitIDs: unitIDs, weights: registry.settings.weights)
        input.gains = try await store.engagementGains(from: start, to: end)
        return WeeklyReportResult(report: WeeklyBuilder.build(input), now: clock, provisional: end > clock)
    }

    /// The report in one format (HTML, Markdown, CSV, JSON), with the file name it is written under.
    /// `csvStyle` defaults to the language's (`CSVStyle.preferred(for:)`).
    public func render(_ result: WeeklyReportResult, as format: ReportFormat, unitIDs: Set<String>? = nil,
                       language: Language? = nil, csvStyle: CSVStyle? = nil) -> RenderedFile {
        let language = language ?? self.language
        return ReportFiles.render(result.report, as: format, unitIDs: unitIDs, language: language,
                                  csvStyle: csvStyle ?? .preferred(for: language))
    }

    /// Builds the weekly report and writes it into `folder` in every format asked for; a file of the
    /// same week and units is replaced, and said to be.
    public func writeWeeklyReport(week: ISOWeek? = nil, now: Date? = nil, unitIDs: Set<String>? = nil,
                                  formats: [ReportFormat] = [.html, .md], language: Language? = nil,
                                  csvStyle: CSVStyle? = nil, into folder: String) async throws -> WrittenReport {
        let result = try await weeklyReport(week: week, now: now, unitIDs: unitIDs)
        let files = formats.map { render(result, as: $0, unitIDs: unitIDs, language: language, csvStyle: csvStyle) }
        return WrittenReport(week: result.week, now: result.now, provisional: result.provisional,
                             files: try ReportFiles.write(files, into: folder))
    }

    /// Whether anything was read into the store yet (nothing to report or alert on before).
    public func hasData() async throws -> Bool { try await store.dataState().hasData }

    /// The clock a report defaults to: now, except on a store only `pantau demo` filled, where it is
    /// the demo's own clock (so a report after the demo shows the demo's week).
    public func defaultNow() async throws -> Date { defaultNow(try await store.dataState()) }

    /// The demo's clock: Monday 00:00 after the week of the newest stored post, so the demo reports
    /// that week whatever today's date is. Nil when nothing is stored.
    public func dataAnchoredNow() async throws -> Date? { anchored(try await store.dataState()) }

    func defaultNow(_ state: DataState) -> Date {
        state.onlyDemoRuns ? anchored(state) ?? Date() : Date()
    }

    func anchored(_ state: DataState) -> Date? {
        state.newestPost.map { ISOWeek.containing($0, in: zone).end(in: zone) }
    }

    /// Stored posts; refused stored numbers are told to `warn`.
    func readPosts(_ query: PostQuery) async throws -> [ObservedPost] {
        let read = try await store.observedPosts(query)
        read.warnings.forEach(warn)
        return read.posts
    }

    func checkUnits(_ unitIDs: Set<String>?) throws {
        for id in (unitIDs ?? []).sorted() where registry.unit(id) == nil { throw PipelineError.unknownUnit(id) }
    }
}
