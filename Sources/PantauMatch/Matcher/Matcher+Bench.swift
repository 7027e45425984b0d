/// Entry points that time one stage at a time (for Benchmarks/match only).
extension Matcher {
    /// Normalises `text`; returns the number of words.
    @_spi(Bench) public func benchNormalize(_ text: String) -> Int {
        normalizer.normalize(text).tokens.count
    }

    /// Normalises and scans `text`; returns the number of candidate innovations (no disambiguation).
    @_spi(Bench) public func benchScan(_ text: String) -> Int {
        scan(normalizer.normalize(text)).candidates.count
    }
}

extension Matcher {
    /// Normalises `text` and looks every word up; returns the number of known words.
    @_spi(Bench) public func benchLookup(_ text: String) -> Int {
        let t = normalizer.normalize(text)
        var known = 0
        t.folded.withUnsafeBufferPointer { folded in
            for tok in t.tokens where vocabulary.lookup(UnsafeBufferPointer(rebasing: folded[Int(tok.start)..<Int(tok.end)])).0 != 0 {
                known += 1
            }
        }
        return known
    }
}
