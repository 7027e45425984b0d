import Foundation
@_spi(Bench) import PantauMatch
import PantauModel

/// pantau-match-bench [--posts N] [--innovations N] [--out DIR] [--golden FILE [--devset DIR]]
/// Generates a registry and posts, times the matcher over all posts (one thread), and writes the
/// normalised posts and phrases to DIR for the Python baselines.
var posts = 1_000_000
var innovationCount = 1_000
var outDir = ".build-bench/match-data"
var goldenPath: String?
var devsetDir: String?
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--posts": posts = Int(args.next() ?? "") ?? posts
    case "--innovations": innovationCount = Int(args.next() ?? "") ?? innovationCount
    case "--out": outDir = args.next() ?? outDir
    case "--stages": break
    case "--golden": goldenPath = args.next()
    case "--devset": devsetDir = args.next()
    default:
        FileHandle.standardError.write(Data("unknown argument \(a)\n".utf8))
        exit(2)
    }
}

/// CPU time of this thread: the machine is shared, so wall time would measure the neighbours too.
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

var gen = Generator(rng: .init(state: 20_241_123))
let (units, innovations) = gen.registry(units: 300, innovations: innovationCount)
if let goldenPath {
    // Not a timing: what the matcher decides on a fixed sample, to diff before and after a change.
    try Golden.write(to: goldenPath, devset: devsetDir, units: units, innovations: innovations, posts: posts)
    exit(0)
}
var texts: [MatchPost] = []
texts.reserveCapacity(posts)
var bytes = 0
for i in 0..<posts {
    let t = gen.post(length: 500, units: units, innovations: innovations)
    bytes += t.utf8.count
    texts.append(MatchPost(id: "p\(i)", title: nil, text: t, url: nil, unitID: i % 3 == 0 ? units[i % units.count].id : nil))
}

let mb = Double(bytes) / 1e6
var t0 = now()
let matcher = Matcher(units: units, innovations: innovations)
let buildSeconds = now() - t0
print("swift: matcher tables: \(matcher.statistics)")

if CommandLine.arguments.contains("--stages") || ProcessInfo.processInfo.environment["MATCH_BENCH_STAGES"] != nil {
    t0 = now()
    var words = 0
    for p in texts { words += matcher.benchNormalize(p.text) }
    let tn = now() - t0
    t0 = now()
    var known = 0
    for p in texts { known += matcher.benchLookup(p.text) }
    let tl = now() - t0
    print(String(format: "swift stages: normalise+lookup %.2f s, %d known words", tl, known))
    t0 = now()
    var cands = 0
    for p in texts { cands += matcher.benchScan(p.text) }
    let ts = now() - t0
    print(String(format: "swift stages: normalise %.2f s (%.1f MB/s, %d words); normalise+scan %.2f s (%.1f MB/s, %d candidates)",
                 tn, mb / tn, words, ts, mb / ts, cands))
}

t0 = now()
var matched = 0
var links = 0
for p in texts {
    let m = matcher.match(p)
    if !m.isEmpty { matched += 1 }
    links += m.count
}
let seconds = now() - t0
print(String(format: "swift: %d innovations, %d posts, %.1f MB raw text; build %.3f s; match %.2f s CPU = %.1f MB/s; %d posts matched, %d links",
             innovations.count, posts, mb, buildSeconds, seconds, mb / seconds, matched, links))

// Data for the Python baselines: normalised posts (one per line) and normalised phrases.
try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
var out = Data()
out.reserveCapacity(bytes)
t0 = now()
var normalizedTexts: [String] = []
normalizedTexts.reserveCapacity(posts)
for p in texts { normalizedTexts.append(matcher.normalized(p.text)) }
let normalizeSeconds = now() - t0
for n in normalizedTexts {
    out.append(contentsOf: n.utf8)
    out.append(0x0A)
}
print(String(format: "swift: normalising alone (to a joined string) %.2f s CPU = %.1f MB/s", normalizeSeconds, mb / normalizeSeconds))

// The same matcher fed the normalised text the Python baselines read (same input bytes).
let normalizedPosts = normalizedTexts.enumerated().map { i, t in
    MatchPost(id: "p\(i)", title: nil, text: t, url: nil, unitID: texts[i].unitID)
}
let normalizedMB = Double(normalizedTexts.reduce(0) { $0 + $1.utf8.count }) / 1e6
t0 = now()
var matchedNormalized = 0
for p in normalizedPosts where !matcher.match(p).isEmpty { matchedNormalized += 1 }
let normalizedSeconds = now() - t0
print(String(format: "swift: same matcher over the normalised text: %.2f s CPU = %.1f MB/s of raw-text equivalent (%.1f MB/s of normalised text); %d posts matched",
             normalizedSeconds, mb / normalizedSeconds, normalizedMB / normalizedSeconds, matchedNormalized))
try out.write(to: URL(fileURLWithPath: outDir + "/posts.txt"))
try Data((matcher.innovationPhrases.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: outDir + "/phrases.txt"))
let result: [String: Any] = ["posts": posts, "raw_mb": mb, "seconds": seconds, "normalized_seconds": normalizedSeconds,
                             "innovations": innovations.count]
try JSONSerialization.data(withJSONObject: result).write(to: URL(fileURLWithPath: outDir + "/swift.json"))
