import Foundation

extension Tokenizer {
    /// One character of a hashtag body; its folded bytes are out[foldStart..<foldEnd].
    struct TagChar {
        enum Case { case upper, lower, digit, other, separator }
        var kind: Case
        var start: Int
        var end: Int
        var foldStart: Int
        var foldEnd: Int
    }

    /// Reads "#SIMBATuban" or "@polres_tuban" starting at the '#' / '@' at `i`. The folded characters go
    /// straight into the output: the pieces of the body are consecutive ranges of it.
    mutating func readTag(into r: inout NormalizedText, mention: Bool) {
        let tagStart = i
        i += 1
        if tagChars.capacity == 0 { tagChars.reserveCapacity(32) }
        tagChars.removeAll(keepingCapacity: true)
        let bodyStart = count
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            let fs = count
            if b < 0x80 {
                let kind: TagChar.Case
                if b >= 0x41 && b <= 0x5A { kind = .upper } else if b >= 0x61 && b <= 0x7A { kind = .lower }
                else if b >= 0x30 && b <= 0x39 { kind = .digit } else if b == UInt8(ascii: "_") { kind = .separator }
                else if b == UInt8(ascii: "'") && isWordStart(i + 1) { i += 1; continue }
                else { break }
                if kind != .separator { put(kind == .upper ? b | 0x20 : b) }
                tagChars.append(TagChar(kind: kind, start: i, end: i + 1, foldStart: fs, foldEnd: count))
                i += 1
                continue
            }
            let (v, len) = scalar(at: i)
            switch normalizer.classify(v) {
            case .letter(let folded, let upper):
                put(folded)
                tagChars.append(TagChar(kind: upper ? .upper : (folded.first ?? 0) >= 0x80 ? .other : .lower,
                                        start: i, end: i + len, foldStart: fs, foldEnd: count))
            case .digit:
                put(bytes[i..<(i + len)])
                tagChars.append(TagChar(kind: .digit, start: i, end: i + len, foldStart: fs, foldEnd: count))
            case .joiner: break
            default:
                return finishTag(bodyStart: bodyStart, tagStart: tagStart, mention: mention, into: &r)
            }
            i += len
        }
        finishTag(bodyStart: bodyStart, tagStart: tagStart, mention: mention, into: &r)
    }

    private mutating func finishTag(bodyStart: Int, tagStart: Int, mention: Bool, into r: inout NormalizedText) {
        guard count > bodyStart else { return }
        let units = tagChars
        let firstToken = tokenCount
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
        let bodyEnd = count
        for k in 0...units.count {
            guard k == units.count || (k > 0 && boundary(k)) else { continue }
            var first: TagChar?
            var last: TagChar?
            var sawLetter = false, allUpper = true, anyUpper = false
            for u in units[pieceStart..<k] where u.kind != .separator {
                if first == nil { first = u }
                last = u
                if u.kind == .upper || u.kind == .lower {
                    sawLetter = true
                    if u.kind == .upper { anyUpper = true } else { allUpper = false }
                }
            }
            pieceStart = k
            guard let first, let last else { continue }
            var flags: NormalizedText.Flags = [.hashtag]
            if sawLetter && allUpper { flags.insert(.allUpper) }
            if anyUpper { flags.insert(.hasUpper) }
            // The piece's folded bytes are already in place: out[first.foldStart..<last.foldEnd].
            count = last.foldEnd
            append(start: first.foldStart, oStart: first.start, oEnd: last.end, flags: flags)
        }
        count = bodyEnd
        r.tags.append(.init(bodyStart: Int32(bodyStart), bodyEnd: Int32(bodyEnd), originalStart: Int32(tagStart), originalEnd: Int32(units.last?.end ?? i),
                            firstToken: firstToken, tokenCount: tokenCount - firstToken, isMention: mention))
    }
}
