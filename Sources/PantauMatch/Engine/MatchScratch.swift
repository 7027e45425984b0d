#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffers one thread reuses from post to post, so matching a post allocates almost nothing: the
/// tokenizer's worst-case work areas and the arrays of the last post's normalised text (emptied,
/// their capacity kept). Reached through a thread-local slot; never shared between threads.
final class MatchScratch {
    /// Work areas the tokenizer writes into (sized for the longest text seen so far).
    private(set) var folded = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    private(set) var foldedCapacity = 0
    private(set) var tokens = UnsafeMutablePointer<NormalizedText.Token>.allocate(capacity: 1)
    private(set) var tokensCapacity = 0
    /// The tokenizer's work area for hashtag characters.
    var tagChars: [Tokenizer.TagChar] = []
    /// The last post's normalised text, emptied, for the next post to fill.
    private var spare = NormalizedText()
    /// The last post's findings, emptied (their text is in `spare`).
    private var spareFindings = Matcher.Findings(text: NormalizedText())

    deinit {
        folded.deallocate()
        tokens.deallocate()
    }

    /// Makes the work areas at least this large.
    func reserve(folded f: Int, tokens t: Int) {
        if f > foldedCapacity {
            folded.deallocate()
            foldedCapacity = max(f, 2 * foldedCapacity)
            folded = .allocate(capacity: foldedCapacity)
        }
        if t > tokensCapacity {
            tokens.deallocate()
            tokensCapacity = max(t, 2 * tokensCapacity)
            tokens = .allocate(capacity: tokensCapacity)
        }
    }

    /// An empty normalised text whose arrays keep the capacity of an earlier post's.
    func takeText() -> NormalizedText {
        var t = NormalizedText()
        swap(&t, &spare)
        return t
    }

    /// Gives a finished post's text back (emptied here; nothing else may still hold its arrays, or
    /// emptying them would copy rather than reuse).
    func recycle(_ text: inout NormalizedText) {
        var t = NormalizedText()
        swap(&t, &text)
        t.folded.removeAll(keepingCapacity: true)
        t.tokens.removeAll(keepingCapacity: true)
        t.tags.removeAll(keepingCapacity: true)
        t.clean.removeAll(keepingCapacity: true)
        // A very long post should not pin its memory for the rest of the thread's life.
        if t.clean.capacity > 1 << 20 { t = NormalizedText() }
        spare = t
    }

    /// Empty findings for `text`, whose tables keep the capacity of an earlier post's.
    func takeFindings(_ text: NormalizedText) -> Matcher.Findings {
        var f = Matcher.Findings(text: NormalizedText())
        swap(&f, &spareFindings)
        f.text = text
        return f
    }

    /// Gives a finished post's findings and text back (emptied here).
    func recycle(_ f: inout Matcher.Findings) {
        recycle(&f.text)
        var g = Matcher.Findings(text: NormalizedText())
        swap(&g, &f)
        g.candidates.removeAll()
        g.namedUnits.removeAll()
        g.placedUnits.removeAll()
        g.areaUnits.removeAll()
        g.otherUnits.removeAll(keepingCapacity: true)
        g.placeHits.removeAll(keepingCapacity: true)
        g.keywordHits.removeAll(keepingCapacity: true)
        g.excludeHits.removeAll(keepingCapacity: true)
        spareFindings = g
    }

    /// This thread's scratch.
    static var current: MatchScratch {
        if let p = pthread_getspecific(scratchKey) {
            return Unmanaged<MatchScratch>.fromOpaque(p).takeUnretainedValue()
        }
        let s = MatchScratch()
        pthread_setspecific(scratchKey, Unmanaged.passRetained(s).toOpaque())
        return s
    }
}

/// The thread-local slot of `MatchScratch.current`; a thread's scratch is released when it exits.
private let scratchKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { p in
        guard let p else { return }
        Unmanaged<MatchScratch>.fromOpaque(p).release()
    }
    return key
}()
