import Foundation
import PantauModel
import PantauParse

private let doctype = Array("<!DOCTYPE html>".utf8)

/// libFuzzer entry: any bytes as an HTML page (article and listing extraction).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let body = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? DocumentParser.parse(doctype + body, url: "https://fuzz.example.id/berita/", contentType: "text/html",
                                  kind: .page, fetchedAt: Date(timeIntervalSince1970: 1_800_000_000))
    return 0
}
