import Testing
@testable import PantauMatch

/// The word automaton and the vocabulary behind it.
@Suite struct TokenAutomatonTests {
    @Test func findsOverlappingPatterns() {
        // Patterns: [1 2], [2 3], [1 2 3 4], [3]
        let a = TokenAutomaton(patterns: [[1, 2], [2, 3], [1, 2, 3, 4], [3]], vocabularySize: 5)
        var found: [String] = []
        a.scan([0, 1, 2, 3, 4, 1, 2]) { p, end in found.append("\(p)@\(end)") }
        #expect(found == ["0@3", "1@4", "3@4", "2@5", "0@7"])
    }

    @Test func resetsOnUnknownWords() {
        let a = TokenAutomaton(patterns: [[1, 2]], vocabularySize: 3)
        var count = 0
        a.scan([1, 0, 2, 1, 2]) { _, _ in count += 1 }
        #expect(count == 1)
    }

    @Test func vocabularyStripsClitics() {
        var v = Vocabulary()
        let id = v.add("simba")
        let sekolah = v.add("sekolah")
        func look(_ s: String) -> (Int32, Vocabulary.Reach) { Array(s.utf8).withUnsafeBufferPointer { v.lookup($0) } }
        #expect(look("simbanya") == (id, .clitic))
        #expect(look("sekolah") == (sekolah, .exact))
        #expect(look("simbalah").0 == id)
        #expect(look("sekola").0 == 0)
    }

    @Test func typosOnlyNextToPhraseWords() {
        var v = Vocabulary()
        let jumat = v.add("jumat"), curhat = v.add("curhat")
        v.allowTypos(in: [jumat, curhat])
        func typo(_ s: String, before: Int32) -> Int32? {
            Array(s.utf8).withUnsafeBufferPointer { v.typo($0, before: before, after: 0) }
        }
        #expect(typo("curhta", before: jumat) == curhat)
        #expect(typo("curhatt", before: jumat) == curhat)
        #expect(typo("curhta", before: 0) == nil)
        #expect(typo("cuxhta", before: jumat) == nil)
    }

    @Test func editDistanceOfOne() {
        func w(_ a: String, _ b: String) -> Bool { EditDistance.withinOne(Array(a.utf8), Array(b.utf8)) }
        #expect(w("kamtibmas", "kamtibmas"))
        #expect(w("kamtibmas", "kamtibmaz"))
        #expect(w("kamtibmas", "kamtbmas"))
        #expect(w("kamtibmas", "kamtibmass"))
        #expect(w("kamtibmas", "katmibmas"))
        #expect(!w("kamtibmas", "kamtibm"))
        #expect(!w("kamtibmas", "kamtbimaz"))
    }
}
