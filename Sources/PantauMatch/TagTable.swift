/// Hashtag bodies ("simbatuban", "jumatcurhat", "polrestuban") → what they point to: innovations
/// (registered hashtags, acronyms, names) and units (joined unit names and places). Looked up on the
/// folded bytes of a text's hashtags, without making Strings.
struct TagTable: Sendable {
    private var keys = Vocabulary()
    private var innovationEntries: [[Matcher.TagEntry]?] = [nil]
    private var unitEntries: [[(unit: Int32, strong: Bool)]?] = [nil]

    init(innovations: [String: [Matcher.TagEntry]], units: [String: [(unit: Int32, strong: Bool)]]) {
        for k in Set(innovations.keys).union(units.keys).sorted() {
            let id = keys.add(k)
            precondition(Int(id) == innovationEntries.count)
            innovationEntries.append(innovations[k])
            unitEntries.append(units[k])
        }
    }

    func innovations(_ body: UnsafeBufferPointer<UInt8>) -> [Matcher.TagEntry]? {
        guard let id = keys.exactID(body) else { return nil }
        return innovationEntries[Int(id)]
    }

    func units(_ body: UnsafeBufferPointer<UInt8>) -> [(unit: Int32, strong: Bool)]? {
        guard let id = keys.exactID(body) else { return nil }
        return unitEntries[Int(id)]
    }
}
