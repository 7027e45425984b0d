/// The result of normalising one text: folded tokens plus where each came from, for evidence.
struct NormalizedText: Sendable {
    /// One word of the text, lowercased and folded to ASCII where possible.
    struct Token: Sendable, Hashable {
        /// Range of the folded bytes in `NormalizedText.folded`.
        var start: Int32
        var end: Int32
        /// Range of the original bytes in `NormalizedText.clean` (the text as given).
        var originalStart: Int32
        var originalEnd: Int32
        var flags: Flags

        var count: Int { Int(end - start) }
    }

    /// Facts about a token's spelling in the original text.
    struct Flags: OptionSet, Sendable, Hashable {
        var rawValue: UInt8
        /// Every letter was uppercase ("SIMBA").
        static let allUpper = Flags(rawValue: 1)
        /// Part of a hashtag or @mention body ("#SIMBATuban" → "simba", "tuban").
        static let hashtag = Flags(rawValue: 2)
        /// The first word after a sentence end or the start of the text.
        static let sentenceStart = Flags(rawValue: 4)
        /// Contained at least one uppercase letter.
        static let hasUpper = Flags(rawValue: 8)
    }

    /// A hashtag or mention: its whole folded body ("simbatuban") and its tokens.
    struct Tag: Sendable, Hashable {
        /// Where its whole folded body ("simbatuban") is in `NormalizedText.folded`: the pieces' folded
        /// bytes, one after the other.
        var bodyStart: Int32
        var bodyEnd: Int32
        var originalStart: Int32
        var originalEnd: Int32
        var firstToken: Int
        var tokenCount: Int
        var isMention: Bool
    }

    var folded: [UInt8] = []
    var tokens: [Token] = []
    var tags: [Tag] = []
    /// The text as given (UTF-8; plain text: HTML is turned into text before the matcher).
    var clean: [UInt8] = []

    /// The folded body of hashtag `k` ("simbatuban").
    func tagBody(_ k: Int) -> ArraySlice<UInt8> {
        folded[Int(tags[k].bodyStart)..<Int(tags[k].bodyEnd)]
    }

    /// The folded token `i` as a String.
    func word(_ i: Int) -> String {
        String(decoding: folded[Int(tokens[i].start)..<Int(tokens[i].end)], as: UTF8.self)
    }

    /// The original words covering tokens `range`, as written in the text, with each run of
    /// whitespace between them written as one space (as ``sentence(around:)`` writes it): evidence is
    /// one line, and how markup or a line break separated two words does not show in it.
    func original(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let a = Int(tokens[range.lowerBound].originalStart)
        let b = Int(tokens[range.upperBound - 1].originalEnd)
        guard a < b, b <= clean.count else { return "" }
        return Self.singleSpaced(clean[a..<b])
    }

    /// `bytes` (UTF-8) with every run of whitespace (Unicode White_Space: also no-break spaces and
    /// line breaks) written as one space.
    static func singleSpaced(_ bytes: ArraySlice<UInt8>) -> String {
        var previous: UInt8 = 0
        let plain = !bytes.contains { b in
            defer { previous = b }
            return (b >= 0x09 && b <= 0x0D) || b >= 0x80 || (b == 0x20 && previous == 0x20)
        }
        let s = String(decoding: bytes, as: UTF8.self)
        return plain ? s : s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Hashtag `k` as written in the text ("#SIMBATuban").
    func tagAsWritten(_ k: Int) -> String {
        let a = Int(tags[k].originalStart), b = Int(tags[k].originalEnd)
        guard a <= b, b <= clean.count else { return "" }
        return String(decoding: clean[a..<b], as: UTF8.self)
    }

    /// The original bytes of token `i`.
    func originalBytes(_ i: Int) -> ArraySlice<UInt8> {
        clean[Int(tokens[i].originalStart)..<Int(tokens[i].originalEnd)]
    }

    /// All folded tokens joined by single spaces (what the benchmark feeds the Python baselines).
    var joined: String {
        var out: [UInt8] = []
        out.reserveCapacity(folded.count + tokens.count)
        for (i, t) in tokens.enumerated() {
            if i > 0 { out.append(0x20) }
            out.append(contentsOf: folded[Int(t.start)..<Int(t.end)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
