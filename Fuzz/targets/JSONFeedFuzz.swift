import Foundation
import PantauModel
@testable import PantauParse

private let head = Array("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[".utf8)

/// libFuzzer entry: any bytes as a JSON Feed, whole and as the items array of a valid one, so that
/// the partial-acceptance path (numbers Foundation cannot hold) is reached often.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONFeed(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    for doc in [bytes, head + bytes + Array("]}".utf8)] {
        if let feed = try? JSONFeedReader.read(doc, url: "https://fuzz.example.id/feed.json") {
            _ = feed.itemWarnings
            for e in feed.entries { if let l = e.enclosures.first?.length, l < 0 || l > Count.limit { fatalError("length \(l)") } }
        }
        _ = try? DocumentParser.parse(doc, url: "https://fuzz.example.id/feed.json", contentType: "application/feed+json",
                                      kind: .feed, fetchedAt: Date(timeIntervalSince1970: 1_800_000_000))
    }
    return 0
}
