import Foundation
import PantauModel
@testable import PantauParse

/// libFuzzer entry: any text as a page's JSON-LD block (counters, dates, authors), read directly
/// and through the page parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLD(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = data.map { String(decoding: UnsafeBufferPointer(start: $0, count: size), as: UTF8.self) } ?? ""
    var ld = JSONLD()
    ld.add(json: text)
    var counts = EngagementCounts()
    for o in ld.objects { JSONLD.engagement(o, into: &counts) }
    for v in [counts.views, counts.likes, counts.comments, counts.shares] {
        if let v, v < 0 || v > Count.limit { fatalError("JSON-LD count out of range: \(v)") }
    }
    let page = "<!DOCTYPE html><html><head><title>t</title><script type=\"application/ld+json\">\(text)</script></head>"
        + "<body><article><h1>t</h1><p>isi</p></article></body></html>"
    if let out = try? DocumentParser.parse(Array(page.utf8), url: "https://fuzz.example.id/berita/1", contentType: "text/html",
                                           kind: .page, fetchedAt: Date(timeIntervalSince1970: 1_800_000_000)) {
        for p in out.posts { _ = p.engagement.interactions; _ = p.engagement.bounded() }
    }
    return 0
}
