/// Splits cleaned UTF-8 text into folded tokens (the working half of `Normalizer`).
struct Tokenizer {
    /// The cleaned text; valid while `run` runs (see `Normalizer.normalize`).
    let bytes: UnsafeBufferPointer<UInt8>
    let normalizer: Normalizer
    private var i = 0
    private var sentenceStart = true
    private var afterHyphen = false

    init(bytes: UnsafeBufferPointer<UInt8>, normalizer: Normalizer) {
        self.bytes = bytes
        self.normalizer = normalizer
    }

    /// One decoded scalar: its value and its length in bytes.
    @inline(__always)
    private func scalar(at j: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[j])
        if b0 < 0x80 { return (b0, 1) }
        let n = bytes.count
        if b0 & 0xE0 == 0xC0, j + 1 < n { return ((b0 & 0x1F) << 6 | UInt32(bytes[j + 1] & 0x3F), 2) }
        if b0 & 0xF0 == 0xE0, j + 2 < n {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[j + 1] & 0x3F) << 6 | UInt32(bytes[j + 2] & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, j + 3 < n {
            return ((b0 & 0x07) << 18 | UInt32(bytes[j + 1] & 0x3F) << 12 | UInt32(bytes[j + 2] & 0x3F) << 6
                | UInt32(bytes[j + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// True when a word character starts at `j`.
    @inline(__always)
    private func isWordStart(_ j: Int) -> Bool {
        guard j < bytes.count else { return false }
        let b = bytes[j]
        if b < 0x80 { return Normalizer.isASCIIAlnum(b) }
        switch normalizer.classify(scalar(at: j).0) {
        case .letter, .digit: return true
        default: return false
        }
    }

    private func hasPrefix(_ p: StaticString, at j: Int) -> Bool {
        let count = p.utf8CodeUnitCount
        guard j + count <= bytes.count else { return false }
        let base = p.utf8Start
        for k in 0..<count where bytes[j + k] | 0x20 != base[k] { return false }
        return true
    }

    mutating func run(into r: inout NormalizedText) {
        let n = bytes.count
        r.folded.reserveCapacity(n)
        r.tokens.reserveCapacity(n / 6)
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if Normalizer.isASCIIAlnum(b) {
                    if (b | 0x20 == UInt8(ascii: "h") && (hasPrefix("http://", at: i) || hasPrefix("https://", at: i)))
                        || (b | 0x20 == UInt8(ascii: "w") && hasPrefix("www.", at: i)) {
                        skipURL()
                        continue
                    }
                    readWord(into: &r)
                    continue
                }
                switch b {
                case UInt8(ascii: "#"), UInt8(ascii: "@"):
                    if isWordStart(i + 1) {
                        readTag(into: &r, mention: b == UInt8(ascii: "@"))
                        continue
                    }
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n"):
                    sentenceStart = true
                default: break
                }
                afterHyphen = false
                i += 1
            } else {
                let (v, len) = scalar(at: i)
                switch normalizer.classify(v) {
                case .letter, .digit:
                    readWord(into: &r)
                    continue
                case .sentenceEnd: sentenceStart = true
                default: break
                }
                afterHyphen = false
                i += len
            }
        }
    }

    /// 0: not a letter or digit; 1: digit; 2: lowercase letter; 3: uppercase letter.
    @inline(__always)
    static func asciiClass(_ b: UInt8) -> UInt8 {
        if b &- 0x61 < 26 { return 2 }
        if b &- 0x41 < 26 { return 3 }
        if b &- 0x30 < 10 { return 1 }
        return 0
    }

    private mutating func skipURL() {
        while i < bytes.count, bytes[i] > 0x20 { i += 1 }
    }

    /// Reads one ordinary word starting at `i`.
    private mutating func readWord(into r: inout NormalizedText) {
        let start = r.folded.count
        let oStart = i
        var oEnd = i
        var letters = 0
        var uppers = 0
        let n = bytes.count
        loop: while i < n {
            // Fast path: a run of ASCII letters and digits.
            var j = i
            while j < n, Self.asciiClass(bytes[j]) != 0 { j += 1 }
            if j > i {
                let at = r.folded.count
                r.folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                for k in i..<j {
                    switch Self.asciiClass(bytes[k]) {
                    case 3:
                        letters += 1
                        uppers += 1
                        r.folded[at + k - i] |= 0x20
                    case 2: letters += 1
                    default: break
                    }
                }
                i = j
                oEnd = i
                if i >= n { break }
            }
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A {
                    r.folded.append(b | 0x20)
                    letters += 1
                    uppers += 1
                } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    r.folded.append(b)
                    if b >= 0x61 { letters += 1 }
                } else if (b == UInt8(ascii: "'") || b == UInt8(ascii: "`")) && isWordStart(i + 1) {
                    i += 1
                    continue
                } else {
                    break loop
                }
                i += 1
                oEnd = i
                continue
            }
            let (v, len) = scalar(at: i)
            switch normalizer.classify(v) {
            case .letter(let folded, let upper):
                r.folded.append(contentsOf: folded)
                letters += 1
                if upper { uppers += 1 }
            case .digit:
                r.folded.append(contentsOf: bytes[i..<(i + len)])
            case .joiner:
                break
            case .apostrophe:
                guard isWordStart(i + len) else { break loop }
            default:
                break loop
            }
            i += len
            oEnd = i
        }
        // "inovasi2" is written reduplication.
        let count = r.folded.count - start
        if count >= 4, r.folded[r.folded.count - 1] == UInt8(ascii: "2"),
           r.folded[r.folded.count - 2] >= UInt8(ascii: "a") {
            r.folded.removeLast()
        }
        var flags: NormalizedText.Flags = []
        if letters > 0 && uppers == letters { flags.insert(.allUpper) }
        if uppers > 0 { flags.insert(.hasUpper) }
        append(start: start, oStart: oStart, oEnd: oEnd, flags: flags, into: &r)
        // A hyphen directly followed by a word links the next word (door-to-door, inovasi-inovasi).
        if i < n, bytes[i] == UInt8(ascii: "-") || (bytes[i] == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80
                                                        && (bytes[i + 2] == 0x90 || bytes[i + 2] == 0x91)) {
            let skip = bytes[i] == UInt8(ascii: "-") ? 1 : 3
            if isWordStart(i + skip) {
                i += skip
                afterHyphen = true
                return
            }
        }
        afterHyphen = false
    }

    /// Appends the token whose folded bytes start at `start`, collapsing "x-x" reduplication.
    private mutating func append(start: Int, oStart: Int, oEnd: Int, flags: NormalizedText.Flags,
                                 into r: inout NormalizedText) {
        let end = r.folded.count
        guard end > start else { return }
        if afterHyphen, let last = r.tokens.last, Int(last.end - last.start) == end - start,
           r.folded[Int(last.start)..<Int(last.end)].elementsEqual(r.folded[start..<end]) {
            r.folded.removeSubrange(start..<end)
            r.tokens[r.tokens.count - 1].originalEnd = Int32(oEnd)
            return
        }
        var f = flags
        if sentenceStart { f.insert(.sentenceStart) }
        sentenceStart = false
        r.tokens.append(.init(start: Int32(start), end: Int32(end), originalStart: Int32(oStart),
                              originalEnd: Int32(oEnd), flags: f))
    }

    /// One character of a hashtag body.
    private struct Unit {
        enum Case { case upper, lower, digit, other, separator }
        var folded: [UInt8]
        var kind: Case
        var start: Int
        var end: Int
    }

    /// Reads "#SIMBATuban" or "@polres_tuban" starting at the '#' / '@' at `i`.
    private mutating func readTag(into r: inout NormalizedText, mention: Bool) {
        let tagStart = i
        i += 1
        var units: [Unit] = []
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                let kind: Unit.Case
                if b >= 0x41 && b <= 0x5A { kind = .upper } else if b >= 0x61 && b <= 0x7A { kind = .lower }
                else if b >= 0x30 && b <= 0x39 { kind = .digit } else if b == UInt8(ascii: "_") { kind = .separator }
                else if b == UInt8(ascii: "'") && isWordStart(i + 1) { i += 1; continue }
                else { break }
                units.append(Unit(folded: kind == .separator ? [] : [kind == .upper ? b | 0x20 : b], kind: kind,
                                  start: i, end: i + 1))
                i += 1
                continue
            }
            let (v, len) = scalar(at: i)
            switch normalizer.classify(v) {
            case .letter(let folded, let upper):
                units.append(Unit(folded: folded, kind: upper ? .upper : (folded.first ?? 0) >= 0x80 ? .other : .lower,
                                  start: i, end: i + len))
            case .digit:
                units.append(Unit(folded: Array(bytes[i..<(i + len)]), kind: .digit, start: i, end: i + len))
            case .joiner: break
            default:
                return finishTag(units, tagStart: tagStart, mention: mention, into: &r)
            }
            i += len
        }
        finishTag(units, tagStart: tagStart, mention: mention, into: &r)
    }

    private mutating func finishTag(_ units: [Unit], tagStart: Int, mention: Bool, into r: inout NormalizedText) {
        let body = units.flatMap(\.folded)
        guard !body.isEmpty else { return }
        let firstToken = r.tokens.count
        var pieceStart = 0
        func boundary(_ k: Int) -> Bool {
            let a = units[k - 1].kind, b = units[k].kind
            if a == .separator || b == .separator { return true }
            if a == .lower && b == .upper { return true }
            if (a == .digit) != (b == .digit) { return true }
            if a == .upper && b == .upper && k + 1 < units.count && units[k + 1].kind == .lower { return true }
            return false
        }
        afterHyphen = false
        for k in 0...units.count {
            guard k == units.count || (k > 0 && boundary(k)) else { continue }
            let piece = units[pieceStart..<k].filter { $0.kind != .separator }
            pieceStart = k
            guard let first = piece.first, let last = piece.last else { continue }
            let start = r.folded.count
            for u in piece { r.folded.append(contentsOf: u.folded) }
            var flags: NormalizedText.Flags = [.hashtag]
            let letters = piece.filter { $0.kind == .upper || $0.kind == .lower }
            if !letters.isEmpty && letters.allSatisfy({ $0.kind == .upper }) { flags.insert(.allUpper) }
            if letters.contains(where: { $0.kind == .upper }) { flags.insert(.hasUpper) }
            append(start: start, oStart: first.start, oEnd: last.end, flags: flags, into: &r)
        }
        r.tags.append(.init(body: body, originalStart: Int32(tagStart), originalEnd: Int32(units.last?.end ?? i),
                            firstToken: firstToken, tokenCount: r.tokens.count - firstToken, isMention: mention))
    }
}
