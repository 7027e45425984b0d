import Foundation
import PantauModel
import PantauParse

/// Loads a fixture's bytes from the test bundle.
func fixture(_ name: String, _ ext: String, _ dir: String = "demo") throws -> [UInt8] {
    guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures/\(dir)") else {
        throw FixtureMissing(name: "\(dir)/\(name).\(ext)")
    }
    return [UInt8](try Data(contentsOf: url))
}

struct FixtureMissing: Error { var name: String }

/// "2026-11-16T02:00:00Z" for a date.
func isoUTC(_ d: Date?) -> String? {
    guard let d else { return nil }
    let f = ISO8601DateFormatter()
    f.timeZone = TimeZone(identifier: "UTC")
    return f.string(from: d)
}

let fetchTime = Date(timeIntervalSince1970: 1_795_500_000)  // 2026-11-23T...

func parse(_ bytes: [UInt8], url: String = "https://example.id/feed", kind: Source.Kind = .feed,
           contentType: String? = nil, at time: Date = fetchTime) throws(ParseError) -> ParseOutcome {
    try DocumentParser.parse(bytes, url: url, contentType: contentType, kind: kind, fetchedAt: time)
}
