import Testing
@testable import PantauMatch

/// Precision, recall and F1 on the blind set of real texts (Fixtures/blindset.jsonl, Fixtures/README.md):
/// labelled by hand before the matcher ran, scored with a lean registry (official names and
/// acronyms) and a full one (every alias the texts use).
@Suite struct BlindSetTests {
    @Test func blindSetIsLargeAndLabelled() throws {
        let set = try DevSet.load(registry: "blindset-registry-lean", posts: "blindset")
        #expect(set.posts.count >= 100)
        #expect(set.posts.filter(\.expect.isEmpty).count >= 50)
        let known = Set(set.innovations.map(\.id))
        #expect(set.posts.allSatisfy { $0.expect.allSatisfy(known.contains) })
    }

    @Test func leanRegistryReachesTarget() throws {
        let set = try DevSet.load(registry: "blindset-registry-lean", posts: "blindset")
        let figures = set.evaluate(Matcher(units: set.units, innovations: set.innovations))
        print("blind set, lean registry: \(figures.summary)")
        for m in figures.mistakes { print("  miss: \(m)") }
        #expect(figures.f1 >= 0.92)
        #expect(figures.precision >= 0.95)
    }

    @Test func fullRegistryReachesTarget() throws {
        let set = try DevSet.load(registry: "blindset-registry-full", posts: "blindset")
        let figures = set.evaluate(Matcher(units: set.units, innovations: set.innovations))
        print("blind set, full registry: \(figures.summary)")
        for m in figures.mistakes { print("  miss: \(m)") }
        #expect(figures.f1 >= 0.97)
    }
}
