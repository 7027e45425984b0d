import Foundation

/// Splits cleaned UTF-8 text into folded tokens (the working half of `Normalizer`).
/// Folded bytes go into `out`, which the caller sizes with `Tokenizer.capacity(for:)`.
struct Tokenizer {
    /// The cleaned text; valid while `run` runs (see `Normalizer.normalize`).
    let bytes: UnsafeBufferPointer<UInt8>
    let normalizer: Normalizer
    /// Where the folded bytes go, and how many there are.
    let out: UnsafeMutablePointer<UInt8>
    var count = 0
    /// Where the tokens go (room for one per input byte), and how many there are.
    let outTokens: UnsafeMutablePointer<NormalizedText.Token>
    var tokenCount = 0
    var i = 0
    var sentenceStart = true
    var afterHyphen = false
    /// Work area for one hashtag's characters (the caller may hand in one that has grown before).
    var tagChars: [TagChar] = []
    /// Eight bytes can be read from any position of `bytes` (zeros follow its end), so ASCII runs are
    /// classified eight at a time.
    var padded = false

    /// Folding never writes more than 1.5 bytes per input byte (the longest lowercase expansion,
    /// "İ" → "i̇", is 2 → 3 bytes); the buffer allows 3.
    static func capacity(for n: Int) -> Int { 3 * n + 16 }

    init(bytes: UnsafeBufferPointer<UInt8>, out: UnsafeMutablePointer<UInt8>,
         tokens: UnsafeMutablePointer<NormalizedText.Token>, normalizer: Normalizer) {
        self.bytes = bytes
        self.out = out
        self.outTokens = tokens
        self.normalizer = normalizer
    }

    /// One decoded scalar: its value and its length in bytes.
    @inline(__always)
    func scalar(at j: Int) -> (UInt32, Int) {
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
    func isWordStart(_ j: Int) -> Bool {
        guard j < bytes.count else { return false }
        let b = bytes[j]
        if b < 0x80 { return Normalizer.isASCIIAlnum(b) }
        switch normalizer.classify(scalar(at: j).0) {
        case .letter, .digit: return true
        default: return false
        }
    }

    func hasPrefix(_ p: StaticString, at j: Int) -> Bool {
        let count = p.utf8CodeUnitCount
        guard j + count <= bytes.count else { return false }
        let base = p.utf8Start
        for k in 0..<count where bytes[j + k] | 0x20 != base[k] { return false }
        return true
    }

    mutating func run(into r: inout NormalizedText) {
        let n = bytes.count
        while i < n {
            if padded {
                runPlain()
                if i >= n { break }
            }
            let b = bytes[i]
            if b < 0x80 {
                if Normalizer.isASCIIAlnum(b) {
                    if (b | 0x20 == UInt8(ascii: "h") && (hasPrefix("http://", at: i) || hasPrefix("https://", at: i)))
                        || (b | 0x20 == UInt8(ascii: "w") && hasPrefix("www.", at: i)) {
                        skipURL()
                        continue
                    }
                    if !readPlainWord() { readWord() }
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
                    readWord()
                    continue
                case .sentenceEnd: sentenceStart = true
                default: break
                }
                afterHyphen = false
                i += len
            }
        }
    }

    mutating func skipURL() {
        while i < bytes.count, bytes[i] > 0x20 { i += 1 }
    }

    /// Appends one folded byte (the buffer holds 3 bytes per input byte, more than folding makes).
    @inline(__always)
    mutating func put(_ b: UInt8) {
        out[count] = b
        count += 1
    }

    mutating func put(_ bs: [UInt8]) {
        for b in bs { put(b) }
    }

    mutating func put(_ bs: UnsafeBufferPointer<UInt8>.SubSequence) {
        for b in bs { put(b) }
    }

    /// Folds the ASCII letters and digits starting at `j` (at most `limit`) into `out[count...]`:
    /// their number, whether some are capitals, and whether some are lowercase letters.
    @inline(__always)
    func asciiRun(at j: Int, limit: Int) -> (Int, Bool, Bool) {
        let high: UInt64 = 0x8080_8080_8080_8080
        var total = 0
        var upper: UInt64 = 0, lowerCase: UInt64 = 0
        var j = j
        while total < limit {
            let x = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + j).loadUnaligned(as: UInt64.self))
            let lower = x | 0x2020_2020_2020_2020
            // Per byte below 0x80 (a carry from a byte at or above 0x80 only reaches later bytes, which
            // the run never includes): 0x80 where the byte is a letter / a digit.
            let letter = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505) & high
            let digit = (x &+ 0x5050_5050_5050_5050) & ~(x &+ 0x4646_4646_4646_4646) & high
            let stop = ~((letter | digit) & ~(x & high)) & high
            // Zeros follow the text (`padded`), so a run never goes past its end.
            let k = stop == 0 ? 8 : stop.trailingZeroBitCount &>> 3
            let keep: UInt64 = k == 8 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: 8 &* k)) &- 1
            UnsafeMutableRawPointer(out + count + total).storeBytes(of: (x | letter >> 2).littleEndian, as: UInt64.self)
            // A letter's 0x20 bit, moved to 0x80: clear for capitals.
            upper |= letter & ~(x << 2) & keep
            lowerCase |= letter & (x << 2) & keep
            total &+= k
            j &+= k
            if k < 8 { break }
        }
        return (total, upper != 0, lowerCase != 0)
    }

    /// Reads plain text from `i` in one tight loop: ASCII words (letters and digits) that `readPlainWord`
    /// takes, separated by spaces and punctuation other than '#', '@', '-', apostrophes. Stops, leaving
    /// the rest to `run`, at anything else (non-ASCII, tags, URLs, hyphens, words after a hyphen).
    ///
    /// Longer than 80 lines on purpose: this is the tokenizer's hot loop (about a quarter of the
    /// matcher's instructions), written as one function so its state stays in registers from word to
    /// word; split into calls, that state would go through memory on every word.
    private mutating func runPlain() {
        if afterHyphen { return }
        let n = bytes.count
        let base = bytes.baseAddress!
        let out = self.out
        let outTokens = self.outTokens
        var i = self.i
        var count = self.count
        var tokenCount = self.tokenCount
        var sentenceStart = self.sentenceStart
        defer {
            self.i = i
            self.count = count
            self.tokenCount = tokenCount
            self.sentenceStart = sentenceStart
        }
        let high: UInt64 = 0x8080_8080_8080_8080
        while i < n {
            let b = base[i]
            let lower = b | 0x20
            if lower &- 0x61 >= 26 && b &- 0x30 >= 10 {
                // Punctuation or space.
                if b == 0x20 {
                    i &+= 1
                    continue
                }
                if b >= 0x80 { return }
                switch b {
                case UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "`"): return
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n"): sentenceStart = true
                default: break
                }
                i &+= 1
                continue
            }
            if lower == UInt8(ascii: "h") || lower == UInt8(ascii: "w") {
                // Maybe a URL ("http…", "www."): `run` decides. Other words go on here.
                let head = UInt32(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self)) | 0x2020_2020
                if head == 0x7074_7468 || head == 0x2E77_7777 { return }
            }
            // An ASCII word, folded eight bytes at a time (zeros follow the text, so the loads stay inside).
            var k = 0
            var upper: UInt64 = 0, lowerCase: UInt64 = 0
            while true {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i + k).loadUnaligned(as: UInt64.self))
                let xl = x | 0x2020_2020_2020_2020
                let letter = (xl &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(xl &+ 0x0505_0505_0505_0505) & high
                let digit = (x &+ 0x5050_5050_5050_5050) & ~(x &+ 0x4646_4646_4646_4646) & high
                let stop = ~((letter | digit) & ~(x & high)) & high
                UnsafeMutableRawPointer(out + count + k).storeBytes(of: (x | letter >> 2).littleEndian, as: UInt64.self)
                if stop == 0 {
                    upper |= letter & ~(x << 2)
                    lowerCase |= letter & (x << 2)
                    k &+= 8
                    continue
                }
                let m = stop.trailingZeroBitCount &>> 3
                let keep: UInt64 = (1 &<< UInt64(truncatingIfNeeded: 8 &* m)) &- 1
                upper |= letter & ~(x << 2) & keep
                lowerCase |= letter & (x << 2) & keep
                k &+= m
                break
            }
            // The byte after the word (a zero at the end of the text).
            let t = base[i &+ k]
            guard t < 0x80, t != UInt8(ascii: "'"), t != UInt8(ascii: "`"), t != UInt8(ascii: "-") else {
                // `run` reads this word again; drop what was folded.
                return
            }
            let start = count
            let oStart = i
            count &+= k
            i &+= k
            // "inovasi2" is written reduplication.
            if k >= 4, out[count &- 1] == UInt8(ascii: "2"), out[count &- 2] >= UInt8(ascii: "a") {
                count &-= 1
            }
            var flags: NormalizedText.Flags = []
            if upper != 0 {
                flags.insert(.hasUpper)
                if lowerCase == 0 { flags.insert(.allUpper) }
            }
            if sentenceStart { flags.insert(.sentenceStart) }
            sentenceStart = false
            outTokens[tokenCount] = .init(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: count),
                                          originalStart: Int32(truncatingIfNeeded: oStart),
                                          originalEnd: Int32(truncatingIfNeeded: i), flags: flags)
            tokenCount &+= 1
            // The usual single space before the next word, stepped over here rather than by a turn of the loop.
            if base[i] == 0x20 { i &+= 1 }
        }
    }

    /// Reads the word at `i` when it is the common case: ASCII letters and digits ended by an ASCII
    /// character that is no apostrophe or hyphen, not right after a hyphen. Returns false (having
    /// consumed nothing) otherwise, and `readWord` reads it.
    @inline(__always)
    private mutating func readPlainWord() -> Bool {
        guard padded, !afterHyphen else { return false }
        let n = bytes.count
        let (k, uppers, lowers) = asciiRun(at: i, limit: n - i)
        // Padded: the byte at `n` is a zero.
        let t = bytes.baseAddress![i + k]
        guard t < 0x80, t != UInt8(ascii: "'"), t != UInt8(ascii: "`"), t != UInt8(ascii: "-") else { return false }
        let start = count
        let oStart = i
        count &+= k
        i &+= k
        // "inovasi2" is written reduplication.
        if k >= 4, out[count - 1] == UInt8(ascii: "2"), out[count - 2] >= UInt8(ascii: "a") {
            count -= 1
        }
        var flags: NormalizedText.Flags = []
        if uppers {
            flags.insert(.hasUpper)
            if !lowers { flags.insert(.allUpper) }
        }
        if sentenceStart { flags.insert(.sentenceStart) }
        sentenceStart = false
        outTokens[tokenCount] = .init(start: Int32(start), end: Int32(count), originalStart: Int32(oStart),
                                      originalEnd: Int32(i), flags: flags)
        tokenCount &+= 1
        return true
    }
}
