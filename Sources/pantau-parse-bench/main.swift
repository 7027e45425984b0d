// Benchmark driver for Benchmarks/parse/run.sh: parses files in memory with DocumentParser and
// prints bytes, seconds and MB/s. Usage: pantau-parse-bench [--min-seconds S] FILE...
import Foundation
import PantauModel
import PantauParse

var args = Array(CommandLine.arguments.dropFirst())
var minSeconds = 2.0
if args.first == "--min-seconds", args.count >= 2 {
    minSeconds = Double(args[1]) ?? 2.0
    args.removeFirst(2)
}
let files = args.compactMap { path -> (String, [UInt8])? in
    guard let d = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
        return nil
    }
    return (path, [UInt8](d))
}
let totalBytes = files.reduce(0) { $0 + $1.1.count }
let fetched = Date(timeIntervalSince1970: 1_800_000_000)
var rounds = 0
var posts = 0
var failures = 0
/// CPU seconds used by this process (the machine is shared, so wall time is noisy).
func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
let cpuStart = cpuSeconds()
let start = DispatchTime.now().uptimeNanoseconds
var elapsed = 0.0
repeat {
    for (path, bytes) in files {
        do {
            let out = try DocumentParser.parse(bytes, url: "file://" + path, contentType: nil, kind: .feed, fetchedAt: fetched)
            posts += out.posts.count
        } catch {
            failures += 1
        }
    }
    rounds += 1
    elapsed = cpuSeconds() - cpuStart
} while elapsed < minSeconds
let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let mb = Double(totalBytes * rounds) / 1_000_000
print(String(format: "pantau files=%d bytes=%d rounds=%d cpu_seconds=%.3f MB/s=%.1f wall_MB/s=%.1f posts/round=%d failures/round=%d",
             files.count, totalBytes, rounds, elapsed, mb / elapsed, mb / wall, posts / rounds, failures / rounds))
