import Foundation
import PantauModel
import PantauParse

/// libFuzzer entry: any bytes through the full document parser (format detection, XML, JSON, HTML).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeed(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? DocumentParser.parse(bytes, url: "https://fuzz.example.id/feed/", contentType: nil, kind: .feed,
                                  fetchedAt: Date(timeIntervalSince1970: 1_800_000_000))
    _ = ConformanceJSON.line(bytes, file: "fuzz")
    return 0
}
