import Testing
@testable import PantauMatch

/// Precision, recall and F1 on the hand-written dev set (Fixtures/devset.jsonl).
@Suite struct DevSetTests {
    @Test func devSetIsLargeAndHalfNegative() throws {
        let set = try DevSet.load()
        let negatives = set.posts.filter(\.expect.isEmpty).count
        #expect(set.posts.count >= 150)
        #expect(Double(negatives) / Double(set.posts.count) >= 0.4)
        let known = Set(set.innovations.map(\.id))
        #expect(set.posts.allSatisfy { $0.expect.allSatisfy(known.contains) })
    }

    @Test func fullRegistryReachesF1Target() throws {
        let set = try DevSet.load()
        let figures = set.evaluate(Matcher(units: set.units, innovations: set.innovations))
        print("dev set, full registry: \(figures.summary)")
        for m in figures.mistakes { print("  miss: \(m)") }
        #expect(figures.f1 >= 0.95)
    }

    @Test func namesAndAcronymsOnlyReachF1Target() throws {
        let set = try DevSet.load()
        let figures = set.evaluate(Matcher(units: set.units, innovations: set.namesOnly))
        print("dev set, names and acronyms only: \(figures.summary)")
        for m in figures.mistakes { print("  miss: \(m)") }
        #expect(figures.f1 >= 0.90)
    }
}
