import Foundation
import PantauModel
@testable import PantauParse

/// libFuzzer entry: number readers and the engagement arithmetic. The text goes through every
/// count reader; the raw bytes, read as 64-bit integers, go through every sum, rate, delta and
/// weekly bucket. Any trap (overflow, bad conversion) is a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let text = String(decoding: bytes, as: UTF8.self)
    check(Count.parse(text))
    check(EngagementCounts.parseCount(text))
    check(JSONLD.number(text))
    if let d = Double(text) { check(Count.bounded(d)); _ = Count.seconds(d, within: 0...86_400) }
    if case let .success(v) = CSVNumber.count(text) { check(v) }
    var ints: [Int] = []
    var i = 0
    while i + 8 <= bytes.count {
        var v: UInt64 = 0
        for k in 0..<8 { v = v << 8 | UInt64(bytes[i + k]) }
        ints.append(Int(truncatingIfNeeded: v))
        i += 8
    }
    arithmetic(ints)
    return 0
}

/// A count reader may only give a count within 0…10^15.
private func check(_ v: Int?) {
    if let v, v < 0 || v > Count.limit { fatalError("count out of range: \(v)") }
}

private func arithmetic(_ ints: [Int]) {
    guard !ints.isEmpty else { return }
    func at(_ k: Int) -> Int? { k < ints.count ? ints[k] : nil }
    let e = Engagement(views: at(0), likes: at(1), comments: at(2), shares: at(3))
    let f = Engagement(views: at(4), likes: at(5), comments: at(6), shares: at(7))
    _ = e.interactions
    _ = e.interactionDelta(since: f)
    let (b, _) = e.bounded()
    check(b.views); check(b.likes); check(b.comments); check(b.shares)
    var tally = EngagementTally()
    for (k, v) in ints.enumerated() { tally.add(k % 2 == 0 ? e : f, denominator: v) }
    _ = tally.rate
    _ = tally.perPost
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    var weeks = EngagementWeeks(starts: (0..<4).map { start.addingTimeInterval(Double($0) * 604_800) },
                                end: start.addingTimeInterval(4 * 604_800))
    for v in ints { weeks.add(e, at: start.addingTimeInterval(Double(v % 3_000_000))) }
    for x in ints { for y in ints.prefix(4) {
        _ = Count.add(x, y); _ = Count.subtract(x, y); _ = Count.multiply(x, y); _ = Count.rate(x, over: y)
    } }
    _ = Count.sum(ints)
}
