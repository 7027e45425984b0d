import PantauModel
import Testing

/// `JSONText`'s byte escaper (used by `pantau parse` and the conformance lines) writes what its
/// `String` escaper writes, for every kind of character that needs escaping.
struct JSONTextBytesTests {
    static let samples: [String] = [
        "", "plain ascii text longer than eight bytes", "Polres \"Kota\" \\ Bogor",
        "line\nbreak\r\ttab", "\u{0}\u{1}\u{1F}\u{7F}", "sep\u{2028}and\u{2029}end",
        "€ and – are E2 but not separators", "\u{2028}", "ab\u{E2}", "Jl. Merdeka № 1 — 🚓 ok",
        String(repeating: "x", count: 15) + "\"" + String(repeating: "y", count: 9) + "\n",
    ]

    @Test(arguments: samples)
    func bytesMatchTheStringEscaper(_ s: String) {
        var bytes: [UInt8] = []
        JSONText.quote(s, into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == JSONText.quote(s))
    }

    @Test func escapesAreTheJSONOnes() {
        var bytes: [UInt8] = []
        JSONText.quote("a\"b\\c\nd\u{1}e\u{2028}", into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #""a\"b\\c\nd\u0001e\u2028""#)
    }
}
