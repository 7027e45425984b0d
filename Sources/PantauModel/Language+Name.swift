extension Language {
    /// The language a person named: `id` or `en`, in any case. Nil for any other name.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }
}
