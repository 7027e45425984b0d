import Foundation
import PantauModel

private let registry = Registry(
    units: [Unit(id: "polres-tuban", name: "Polres Tuban", kind: .polres)],
    sources: [Source(id: "tuban-tiktok", unitID: "polres-tuban", platform: .tiktok, url: "https://tiktok.example/@tuban")])
private let header = Array("sumber;url;tanggal;tayangan;suka;komentar;dibagikan\n".utf8)

/// libFuzzer entry: any bytes as a CSV import file, as is and under a valid header. The reader
/// must return rows whose counts are believable, or a list of problems; never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    for file in [bytes, header + bytes] {
        guard let rows = try? CSVImport.read(file, file: "fuzz.csv", registry: registry) else { continue }
        for r in rows {
            let e = r.post.engagement
            for v in [e.views, e.likes, e.comments, e.shares] {
                if let v, v < 0 || v > Count.limit { fatalError("CSV count out of range: \(v)") }
            }
        }
    }
    return 0
}
