import Foundation
import PantauConformance
import PantauParse
import Testing

/// Runs the shared feed conformance corpus (feedparser 6.0.14 expectations) when it is present.
struct ConformanceCorpusTests {
    static let corpus: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance/feeds")

    static var corpusExists: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("MANIFEST.tsv").path) }

    @Test(.enabled(if: ConformanceCorpusTests.corpusExists, "shared/conformance/feeds is not next to the package"))
    func corpusMeetsTargets() throws {
        let result = try ConformanceRun.run(corpus: Self.corpus)
        let caseRate = Double(result.exactCases) / Double(result.wellFormedCases)
        let fieldRate = Double(result.rightFields) / Double(result.totalFields)
        let summary = "cases \(result.exactCases)/\(result.wellFormedCases) = \(String(format: "%.2f", caseRate * 100))%, "
            + "fields \(result.rightFields)/\(result.totalFields) = \(String(format: "%.2f", fieldRate * 100))%, "
            + "loose parsed \(result.looseParsed)/\(result.looseCases)"
        print("conformance: " + summary)
        if let path = ProcessInfo.processInfo.environment["PANTAU_CONFORMANCE_REPORT"] {
            try result.mismatches.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(result.wellFormedCases >= 500, "the corpus should hold ~526 well-formed cases")
        #expect(caseRate >= 0.99, "\(summary)\nfirst mismatches:\n\(result.mismatches.prefix(15).joined(separator: "\n"))")
        #expect(fieldRate >= 0.99, "\(summary)")
        #expect(result.looseCases == 5)
    }
}

/// Compares Pantau's normalised output with every expectation of the corpus.
enum ConformanceRun {
    struct Result {
        var wellFormedCases = 0
        var exactCases = 0
        var totalFields = 0
        var rightFields = 0
        var looseCases = 0
        var looseParsed = 0
        var mismatches: [String] = []
    }

    static func run(corpus: URL) throws -> Result {
        let manifest = try String(contentsOf: corpus.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        var result = Result()
        for line in manifest.split(separator: "\n").dropFirst() {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 8 else { continue }
            let name = cols[0], file = cols[1], loose = cols[7].contains("LOOSE")
            let input = corpus.appendingPathComponent("cases/" + file)
            let bytes = [UInt8](try Data(contentsOf: input))
            let actual = try? ConformanceJSON.normalised(bytes, url: input.path)
            if loose {
                result.looseCases += 1
                if actual != nil { result.looseParsed += 1 }
                continue
            }
            let expectedData = try Data(contentsOf: corpus.appendingPathComponent("cases/\(name).expected.json"))
            let expected = JSONValue(any: try JSONSerialization.jsonObject(with: expectedData))
            result.wellFormedCases += 1
            var diffs: [String] = []
            compare(expected["feed"], actual?["feed"], path: "feed", total: &result.totalFields, right: &result.rightFields, diffs: &diffs)
            var exp: [JSONValue] = []
            var act: [JSONValue] = []
            if case .array(let a)? = expected["entries"] { exp = a }
            if case .array(let a)? = actual?["entries"] { act = a }
            for i in 0..<max(exp.count, act.count) {
                compare(i < exp.count ? exp[i] : nil, i < act.count ? act[i] : nil, path: "entries[\(i)]",
                        total: &result.totalFields, right: &result.rightFields, diffs: &diffs)
            }
            if diffs.isEmpty && actual != nil {
                result.exactCases += 1
            } else {
                result.mismatches.append("\(name): " + (actual == nil ? "parse failed; " : "") + diffs.prefix(4).joined(separator: "; "))
            }
        }
        return result
    }

    private static func compare(_ e: JSONValue?, _ a: JSONValue?, path: String, total: inout Int, right: inout Int, diffs: inout [String]) {
        var keys: [String] = []
        if case .object(let p)? = e { keys += p.map(\.0) }
        if case .object(let p)? = a { keys += p.map(\.0).filter { !keys.contains($0) } }
        if keys.isEmpty, (e == nil) != (a == nil) {
            total += 1
            diffs.append("\(path): entry missing on one side")
            return
        }
        for k in keys where !k.hasPrefix("_") {
            total += 1
            let ev = e?[k], av = a?[k]
            if ev == av {
                right += 1
            } else {
                diffs.append("\(path).\(k): expected \(ev?.text ?? "absent") got \(av?.text ?? "absent")")
            }
        }
    }
}

/// `pantau-dev conformance` writes bytes directly; they must be the normalised JSON text exactly.
struct ConformanceBytesTests {
    @Test(.enabled(if: ConformanceCorpusTests.corpusExists, "shared/conformance/feeds is not next to the package"))
    func byteWriterWritesWhatTheValueWriterWrites() throws {
        let cases = ConformanceCorpusTests.corpus.appendingPathComponent("cases")
        let files = try FileManager.default.contentsOfDirectory(atPath: cases.path).filter { !$0.hasSuffix(".expected.json") }
        #expect(files.count >= 500)
        for name in files {
            let bytes = [UInt8](try Data(contentsOf: cases.appendingPathComponent(name)))
            let fast = String(decoding: ConformanceJSON.lineBytes(bytes, file: name), as: UTF8.self)
            #expect(fast == ConformanceJSON.line(bytes, file: name), "\(name)")
        }
    }
}
