import PantauModel

/// Which units an account may see: its own unit and every unit below it along `parent`
/// (a Polda sees its Polres and their Polsek); an admin sees all.
public struct Scope: Sendable {
    /// nil means every unit.
    public let unitIDs: Set<String>?

    public init(account: Account, tree: UnitTree) {
        if account.role == .admin {
            unitIDs = nil
        } else if let unit = account.unitID {
            unitIDs = tree.subtree(of: unit)
        } else {
            unitIDs = []
        }
    }

    public func allows(_ unitID: String) -> Bool { unitIDs?.contains(unitID) ?? true }
}

/// The registry's units indexed by id and by parent, built once per server.
public struct UnitTree: Sendable {
    public let units: [String: Unit]
    let children: [String: [String]]
    let sources: [String: [Source]]
    let innovations: [String: Innovation]

    public init(_ registry: Registry) {
        var units: [String: Unit] = [:], children: [String: [String]] = [:], sources: [String: [Source]] = [:]
        for u in registry.units {
            units[u.id] = u
            if let p = u.parent { children[p, default: []].append(u.id) }
        }
        for s in registry.sources { sources[s.unitID, default: []].append(s) }
        self.units = units
        self.children = children
        self.sources = sources
        self.innovations = Dictionary(registry.innovations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The unit's own sources.
    func sources(of unitID: String) -> [Source] { sources[unitID] ?? [] }

    /// The source ids of these units (every source when nil).
    func sourceIDs(of unitIDs: Set<String>?) -> [String]? {
        unitIDs.map { ids in ids.sorted().flatMap { sources(of: $0).map(\.id) } }
    }

    /// The unit and every unit below it (a cycle in `parent` cannot loop).
    public func subtree(of id: String) -> Set<String> {
        guard units[id] != nil else { return [] }
        var seen: Set<String> = [id], stack = [id]
        while let next = stack.popLast() {
            for c in children[next] ?? [] where seen.insert(c).inserted { stack.append(c) }
        }
        return seen
    }
}
