import Foundation

extension Tokenizer {
    /// Reads one ordinary word starting at `i`.
    ///
    /// Part of the tokenizer's hot path (every word `runPlain` leaves: non-ASCII letters, apostrophes,
    /// hyphens, reduplication), kept as one loop for the same reason as `runPlain`.
    mutating func readWord() {
        let start = count
        let oStart = i
        var oEnd = i
        // Whether the word has capitals, and letters that are not capitals.
        var uppers = false
        var lowers = false
        let n = bytes.count
        loop: while i < n {
            if padded {
                // Eight bytes at a time while they are all ASCII letters and digits.
                let (k, u, l) = asciiRun(at: i, limit: n - i)
                count &+= k
                i &+= k
                uppers = uppers || u
                lowers = lowers || l
                if i >= n { oEnd = i; break }
            }
            // Fast path: a run of ASCII letters and digits, folded in one pass.
            var b = bytes[i]
            while true {
                let lower = b | 0x20
                if lower &- 0x61 < 26 {
                    out[count] = lower
                    if b < 0x60 { uppers = true } else { lowers = true }
                } else if b &- 0x30 < 10 {
                    out[count] = b
                } else {
                    break
                }
                count &+= 1
                i &+= 1
                guard i < n else { break }
                b = bytes[i]
            }
            oEnd = i
            if i >= n { break }
            if b < 0x80 {
                if (b == UInt8(ascii: "'") || b == UInt8(ascii: "`")) && isWordStart(i + 1) {
                    i += 1
                    continue
                }
                break loop
            }
            let (v, len) = scalar(at: i)
            switch normalizer.classify(v) {
            case .letter(let folded, let upper):
                put(folded)
                if upper { uppers = true } else { lowers = true }
            case .digit:
                put(bytes[i..<(i + len)])
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
        finishWord(start: start, oStart: oStart, oEnd: oEnd, uppers: uppers, lowers: lowers)
    }

    /// Ends the word `readWord` read (folded from `start`, written at `oStart..<oEnd`): drops a
    /// written reduplication's "2", appends the token, and notes a hyphen that links the next word.
    @inline(__always) private mutating func finishWord(start: Int, oStart: Int, oEnd: Int, uppers: Bool, lowers: Bool) {
        let n = bytes.count
        // "inovasi2" is written reduplication.
        if count - start >= 4, out[count - 1] == UInt8(ascii: "2"), out[count - 2] >= UInt8(ascii: "a") {
            count -= 1
        }
        var flags: NormalizedText.Flags = []
        if uppers && !lowers { flags.insert(.allUpper) }
        if uppers { flags.insert(.hasUpper) }
        append(start: start, oStart: oStart, oEnd: oEnd, flags: flags)
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
    mutating func append(start: Int, oStart: Int, oEnd: Int, flags: NormalizedText.Flags,
                                 ) {
        let end = count
        guard end > start else { return }
        if afterHyphen, tokenCount > 0, case let last = outTokens[tokenCount - 1], Int(last.end - last.start) == end - start,
           memcmp(out + Int(last.start), out + start, end - start) == 0 {
            count = start
            outTokens[tokenCount - 1].originalEnd = Int32(oEnd)
            return
        }
        var f = flags
        if sentenceStart { f.insert(.sentenceStart) }
        sentenceStart = false
        outTokens[tokenCount] = .init(start: Int32(start), end: Int32(end), originalStart: Int32(oStart),
                                      originalEnd: Int32(oEnd), flags: f)
        tokenCount &+= 1
    }
}
