// pantau-report-bench: generates a large registry and post set in memory and times the weekly
// report (WeeklyBuilder + renderers), the alert rules and the LKE evidence on it.
//
//   pantau-report-bench [--units 5000] [--innovations-per-unit 10] [--posts 1000000] [--out DIR]
import Foundation
import PantauModel
import PantauScore
import PantauReport
import PantauAlert

/// A small deterministic generator (SplitMix64), so every run measures the same data.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

func option(_ name: String, _ fallback: Int) -> Int {
    let a = CommandLine.arguments
    guard let i = a.firstIndex(of: name), i + 1 < a.count, let v = Int(a[i + 1]) else { return fallback }
    return v
}
let outDir: String? = {
    let a = CommandLine.arguments
    guard let i = a.firstIndex(of: "--out"), i + 1 < a.count else { return nil }
    return a[i + 1]
}()

let unitCount = option("--units", 5_000)
let perUnit = option("--innovations-per-unit", 10)
let postCount = option("--posts", 1_000_000)
let zone = ISOWeek.jakarta
let week = ISOWeek(year: 2026, week: 47)
let now = week.end(in: zone).addingTimeInterval(8 * 3_600)

/// CPU time (user + system) of this process so far, in milliseconds: unlike wall time it does not
/// grow when other builds share the machine.
func cpuMillis() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3
}

func clock<T>(_ label: String, _ body: () -> T) -> T {
    let t0 = DispatchTime.now().uptimeNanoseconds
    let c0 = cpuMillis()
    let r = body()
    let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
    let cpu = cpuMillis() - c0
    let padded = label + String(repeating: " ", count: max(1, 26 - label.count))
    print(padded + String(format: "%9.1f ms wall %9.1f ms cpu", ms, cpu))
    return r
}

func peakRSSMB() -> String {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return "?" }
    let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
    return "\(kb / 1024) MB"
}

var rng = SplitMix(state: 2026)
let platforms: [Platform] = [.website, .instagram, .youtube, .tiktok, .facebook]
let (registry, posts): (Registry, [ObservedPost]) = clock("generate") {
    var units: [PantauModel.Unit] = [], sources: [Source] = [], innovations: [Innovation] = []
    let poldas = max(1, unitCount / 150), polres = max(1, unitCount / 10)
    for u in 0..<unitCount {
        let kind: PantauModel.Unit.Kind = u < poldas ? .polda : u < poldas + polres ? .polres : .polsek
        let parent: String? = kind == .polda ? nil : kind == .polres ? "u\(u % poldas)" : "u\(poldas + u % polres)"
        units.append(PantauModel.Unit(id: "u\(u)", name: "Satuan \(u)", kind: kind, parent: parent))
        for k in 0..<3 {
            let p = k == 0 ? Platform.website : platforms[1 + (u + k) % 4]
            sources.append(Source(id: "u\(u)-s\(k)", unitID: "u\(u)", platform: p, url: "https://example.org/\(u)/\(k)",
                                  followers: p == .instagram ? 1_000 + u : nil))
        }
        for i in 0..<perUnit {
            innovations.append(Innovation(id: "u\(u)-i\(i)", unitID: "u\(u)", name: "Inovasi \(i) Satuan \(u)", acronym: "IN\(i)",
                                          cadence: i % 3 == 0 ? 7 * 86_400 : nil))
        }
    }
    let windowStart = week.adding(-11, in: zone).start(in: zone).timeIntervalSince1970
    let span = week.end(in: zone).timeIntervalSince1970 - windowStart
    var posts: [ObservedPost] = []
    posts.reserveCapacity(postCount)
    for n in 0..<postCount {
        let u = rng.int(unitCount)
        let s = rng.int(3)
        let platform = sources[u * 3 + s].platform
        let t = Date(timeIntervalSince1970: windowStart + Double(rng.int(Int(span))))
        // Popular innovations get most posts; about a fifth of the posts match nothing.
        let i = min(rng.int(perUnit), rng.int(perUnit))
        var matches: [InnovationMatch] = []
        if rng.int(5) > 0 { matches.append(InnovationMatch(innovationID: "u\(u)-i\(i)", score: 0.9, evidence: ["name"])) }
        if rng.int(20) == 0 { matches.append(InnovationMatch(innovationID: "u\(u)-i\(rng.int(perUnit))", score: 0.6, evidence: ["alias"])) }
        let e = platform == .website ? Engagement()
            : Engagement(views: 100 + rng.int(20_000), likes: rng.int(500), comments: rng.int(50), shares: rng.int(30))
        posts.append(ObservedPost(id: Int64(n), sourceID: "u\(u)-s\(s)", unitID: "u\(u)", platform: platform, stableID: "p\(n)",
                                  url: "https://example.org/\(u)/p/\(n)", title: "Kegiatan <\(n)> & sosialisasi inovasi \(i)",
                                  published: t, firstSeen: t, lastSeen: t, engagement: e, matches: matches,
                                  textSHA256: String(repeating: "0", count: 64)))
    }
    return (Registry(units: units, sources: sources, innovations: innovations, settings: Settings()), posts)
}
let health = registry.sources.enumerated().compactMap { i, s in
    i % 97 == 0 ? SourceHealth(sourceID: s.id, lastError: "HTTP 503", consecutiveFailures: 3) : nil
}
print("units \(registry.units.count), innovations \(registry.innovations.count), sources \(registry.sources.count), posts \(posts.count)")

let report = clock("WeeklyBuilder.build") {
    WeeklyBuilder.build(WeeklyInput(registry: registry, posts: posts, health: health, week: week, now: now, zone: zone))
}
let html = clock("HTMLReport.render") { HTMLReport.render(report, language: .id) }
let md = clock("MarkdownReport.render") { MarkdownReport.render(report, language: .id) }
let csv = clock("CSVReport.render") { CSVReport.render(report, language: .id, separator: .semicolon) }
let json = clock("JSONReport.render") { JSONReport.render(report, language: .id) }
let alerts = clock("AlertEngine.evaluate") {
    AlertEngine.evaluate(registry: registry, posts: posts, health: health, now: now, zone: zone)
}
let evidence = clock("EvidenceBuilder.build") {
    EvidenceBuilder.build(registry: registry, posts: posts, health: health, now: now, zone: zone)
}
let evidenceCSV = clock("EvidenceCSV.render") { EvidenceCSV.render(evidence, language: .id) }
print("report: \(report.totals.innovations) innovations, \(report.totals.posts) innovation posts this week; alerts \(alerts.count)")
print("sizes: html \(html.utf8.count / 1_048_576) MB, md \(md.utf8.count / 1_048_576) MB, csv \(csv.utf8.count / 1_048_576) MB, json \(json.utf8.count / 1_048_576) MB, evidence csv \(evidenceCSV.utf8.count / 1_048_576) MB")
print("peak RSS \(peakRSSMB())")
if let outDir {
    try? FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
    try? html.write(toFile: "\(outDir)/report-\(week).html", atomically: true, encoding: .utf8)
    print("wrote \(outDir)/report-\(week).html")
}
