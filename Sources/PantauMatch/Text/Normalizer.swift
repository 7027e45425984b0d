import Foundation

/// Turns Indonesian post text into folded word tokens: case and diacritics folded, hashtags and
/// mentions split on camel case, reduplication ("inovasi-inovasi", "inovasi2") collapsed, apostrophes
/// inside words joined ("Jum'at" → "jumat"), URLs skipped. The text comes as plain text: HTML is
/// turned into text upstream, by Parse (`HTMLText.plainText`, called by the Pipeline); markup left
/// in is read as punctuation and words.
///
/// Clitics (-nya, -lah, -kah, -pun) and spacing variants are resolved at lookup time by `Vocabulary`
/// and by pattern variants, because stripping them blindly would break words such as "sekolah".
struct Normalizer: Sendable {
    /// Folded ASCII bytes for U+00C0…U+024F (empty when the scalar has no ASCII folding).
    private let latinFold: [[UInt8]]
    private let latinUpper: [Bool]

    init() {
        var fold: [[UInt8]] = []
        var upper: [Bool] = []
        for v in UInt32(0xC0)...UInt32(0x24F) {
            let scalar = Unicode.Scalar(v)!
            let f = String(Character(scalar)).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            let bytes = Array(f.utf8)
            fold.append(bytes.allSatisfy { $0 < 0x80 && Self.isASCIIAlnum($0) } ? bytes : [])
            upper.append(scalar.properties.isUppercase)
        }
        latinFold = fold
        latinUpper = upper
    }

    /// Normalises `text` into tokens.
    func normalize(_ text: String) -> NormalizedText {
        normalize(text, scratch: MatchScratch.current)
    }

    /// Normalises `text` into tokens, reusing the arrays and work areas of `scratch` (give the result
    /// back with `scratch.recycle` when done with it, so the next post reuses them too).
    func normalize(_ text: String, scratch: MatchScratch) -> NormalizedText {
        var result = scratch.takeText()
        var utf8 = result.clean
        result.clean = []
        let n = text.utf8.count
        utf8.reserveCapacity(n + 8)
        utf8.append(contentsOf: text.utf8)
        // Eight zero bytes after the end (outside the array's count) let the tokenizer read ahead.
        utf8.append(contentsOf: repeatElement(0, count: 8))
        utf8.removeLast(8)
        // The tokenizer writes into the scratch's work areas (sized for the worst case); the words are
        // then copied into the text's arrays, which keep their capacity from post to post.
        scratch.reserve(folded: Tokenizer.capacity(for: utf8.count) + 8, tokens: utf8.count + 1)
        let out = scratch.folded, tokens = scratch.tokens
        utf8.withUnsafeBufferPointer { buffer in
            // A token takes at least one input byte.
            var t = Tokenizer(bytes: buffer, out: out, tokens: tokens, normalizer: self)
            t.padded = true
            swap(&t.tagChars, &scratch.tagChars)
            t.run(into: &result)
            swap(&t.tagChars, &scratch.tagChars)
            // Eight zero bytes of slack after the words, so word heads can be loaded eight bytes at once.
            (out + t.count).initialize(repeating: 0, count: 8)
            result.folded.append(contentsOf: UnsafeBufferPointer(start: out, count: t.count + 8))
            result.folded.removeLast(8)
            result.tokens.append(contentsOf: UnsafeBufferPointer(start: tokens, count: t.tokenCount))
        }
        result.clean = utf8
        return result
    }

    /// Normalises a registry phrase (name, alias, keyword) into its folded words.
    func words(_ phrase: String) -> [String] {
        let n = normalize(phrase)
        return (0..<n.tokens.count).map { n.word($0) }
    }

    /// Folds a hashtag as written in the registry ("#SIMBATuban", "simba_tuban") to its joined body.
    func hashtagBody(_ tag: String) -> String {
        words(tag).joined()
    }

    @inline(__always)
    static func isASCIIAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// What one Unicode scalar is, for tokenising.
    enum Kind {
        case letter(folded: [UInt8], upper: Bool)
        case digit
        case apostrophe
        case joiner
        case hyphen
        case sentenceEnd
        case separator
    }

    /// Classifies a non-ASCII scalar.
    func classify(_ v: UInt32) -> Kind {
        switch v {
        case 0xC0...0x24F:
            let f = latinFold[Int(v - 0xC0)]
            if v == 0xD7 || v == 0xF7 { return .separator }
            if f.isEmpty { break }
            return .letter(folded: f, upper: latinUpper[Int(v - 0xC0)])
        case 0x2018, 0x2019, 0x02BC, 0x02BB: return .apostrophe
        case 0x0300...0x036F, 0x200B...0x200D, 0x2060, 0xFEFF, 0xFE00...0xFE0F: return .joiner
        case 0x2010, 0x2011: return .hyphen
        case 0x2026, 0x3002, 0xFF01, 0xFF1F: return .sentenceEnd
        case 0x80...0xBF, 0x2000...0x206F, 0x20A0...0x2BFF, 0x3000...0x303F, 0xE000...0xF8FF, 0x1F000...0x1FFFF:
            return .separator
        default: break
        }
        guard let scalar = Unicode.Scalar(v) else { return .separator }
        if scalar.properties.isAlphabetic {
            let lower = String(scalar).lowercased()
            return .letter(folded: Array(lower.utf8), upper: scalar.properties.isUppercase)
        }
        if scalar.properties.numericType != nil { return .digit }
        return .separator
    }
}
