import Foundation
import PantauParse

/// libFuzzer entry: any text through the date parser, with and without a reference time.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = data.map { String(decoding: UnsafeBufferPointer(start: $0, count: size), as: UTF8.self) } ?? ""
    _ = DateParser.parse(text)
    _ = DateParser.parse(text, relativeTo: Date(timeIntervalSince1970: 1_800_000_000))
    _ = HTMLText.strip(text)
    return 0
}
