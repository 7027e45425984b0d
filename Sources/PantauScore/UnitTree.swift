import PantauModel

/// Units in hierarchy order (parent before children, siblings by name) with their depth.
/// A `parent` that is not registered makes a unit a root; a cycle is broken where it is found.
struct UnitTree {
    var ordered: [(unit: Unit, depth: Int)] = []
    var children: [String: [String]] = [:]

    init(units: [Unit], keep: Set<String>? = nil) {
        let byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var kids: [String: [Unit]] = [:]
        var roots: [Unit] = []
        for u in units {
            if let p = u.parent, p != u.id, byID[p] != nil { kids[p, default: []].append(u) } else { roots.append(u) }
        }
        let order: (Unit, Unit) -> Bool = { NaturalOrder.less($0.name, $0.id, $1.name, $1.id) }
        for key in kids.keys { kids[key]!.sort(by: order) }
        children = kids.mapValues { $0.map(\.id) }
        var seen = Set<String>()
        var out: [(Unit, Int)] = []
        func visit(_ u: Unit, _ depth: Int, _ inside: Bool) {
            guard seen.insert(u.id).inserted else { return }
            let included = inside || keep == nil || keep!.contains(u.id)
            if included { out.append((u, depth)) }
            for k in kids[u.id] ?? [] { visit(k, included ? depth + 1 : depth, included) }
        }
        for r in roots.sorted(by: order) { visit(r, 0, false) }
        // Units caught in a parent cycle were never reached from a root.
        for u in units.sorted(by: order) where !seen.contains(u.id) { visit(u, 0, false) }
        ordered = out
    }

    /// The unit and everything below it.
    func subtree(_ id: String) -> [String] {
        var out = [id], i = 0, seen: Set = [id]
        while i < out.count {
            for k in children[out[i]] ?? [] where seen.insert(k).inserted { out.append(k) }
            i += 1
        }
        return out
    }
}
