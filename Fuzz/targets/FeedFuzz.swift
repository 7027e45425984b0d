import Foundation
import PantauConformance
import PantauModel
@testable import PantauParse

/// libFuzzer entry: any bytes through the full document parser (format detection, XML, JSON, HTML).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeed(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? DocumentParser.parse(bytes, url: "https://fuzz.example.id/feed/", contentType: nil, kind: .feed,
                                  fetchedAt: Date(timeIntervalSince1970: 1_800_000_000))
    _ = ConformanceJSON.line(bytes, file: "fuzz")
    streamAgreesWithTree(bytes)
    return 0
}

/// Whatever the stream reader reads must be exactly what the tree reader reads (else: crash).
func streamAgreesWithTree(_ bytes: [UInt8]) {
    let url = "https://fuzz.example.id/feed/"
    guard (try? DocumentParser.detect(bytes, url: url)) == .xml else { return }
    let decoded = Transcoder.decode(bytes, httpCharset: nil, flavor: .xml)
    guard decoded.delegate == nil,
          let stream = StreamFeedReader.read(decoded.bytes, url: url, wireUTF8: decoded.encoding == "utf-8") else { return }
    let tree = try? DocumentParser.treeFeed(decoded, url: url)
    if tree != stream {
        FileHandle.standardError.write(Data("stream reader differs from tree reader:\nstream: \(stream)\ntree: \(String(describing: tree))\n".utf8))
        abort()
    }
}
