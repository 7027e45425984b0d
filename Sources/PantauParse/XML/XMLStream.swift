import CLibXML2
import Foundation

/// Streams UTF-8 XML through libxml2's SAX2 push parser into a ``StreamFeedReader``, without
/// building a tree. Same safety as ``XMLTree``: no network, no DTD loading, no entity substitution.
/// Any DOCTYPE or entity reference makes the reader give up, so that the tree reader (with its
/// entity budget) handles such documents. Of the well-formedness errors, only those that libxml2's
/// recovery mode skips without touching the structure (a control character in text, a character
/// reference to one) are read through, as the tree reader's recovery mode reads them; any other
/// error makes the reader give up.
enum XMLStream {
    /// Bytes handed to libxml2 per call (its push parser reads CDATA much faster than the memory parser).
    static let chunk = 64 * 1_024

    /// What became of a document.
    enum Outcome: Equatable {
        /// The whole document was read; not well formed when skippable errors were read through.
        case read(wellFormed: Bool)
        /// The reader gave up: the tree reader must read the document.
        case stepAside
    }

    /// Feeds `bytes` (valid UTF-8) to `reader`.
    static func run(_ bytes: [UInt8], url: String, into reader: UnsafeMutablePointer<StreamFeedReader>) -> Outcome {
        _ = libxml2Ready
        pantau_xml_silence()
        guard !bytes.isEmpty else { return .stepAside }
        var sax = handler()
        let user = UnsafeMutableRawPointer(reader)
        guard let ctxt = xmlCreatePushParserCtxt(&sax, user, nil, 0, url) else { return .stepAside }
        defer {
            // An entity declaration makes libxml2 keep it in a document of its own ("SAX compatibility
            // mode"), which freeing the context leaves behind (LeakSanitizer found it).
            if let doc = ctxt.pointee.myDoc {
                ctxt.pointee.myDoc = nil
                xmlFreeDoc(doc)
            }
            xmlFreeParserCtxt(ctxt)
        }
        // RECOVER as in the tree reader, but every error goes through `parseError`, which stops the
        // parse on all but the skippable ones.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_RECOVER.rawValue | XML_PARSE_IGNORE_ENC.rawValue)
        xmlCtxtUseOptions(ctxt, options)
        xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
        reader.pointee.ctxt = ctxt
        defer { reader.pointee.ctxt = nil }
        bytes.withUnsafeBufferPointer { buf in
            feed(buf, ctxt, reader)
            if !reader.pointee.failed { xmlParseChunk(ctxt, nil, 0, 1) }
        }
        guard !reader.pointee.failed, reader.pointee.finished else { return .stepAside }
        let wellFormed = ctxt.pointee.wellFormed != 0
        // An error that did not come through `parseError` is never read through.
        if !wellFormed && !reader.pointee.skippedErrors { return .stepAside }
        return .read(wellFormed: wellFormed)
    }

    /// Hands the document to libxml2 in chunks, taking two shortcuts past its per-byte work:
    /// - the content of a CDATA section goes straight to the reader, and libxml2 gets `<![CDATA[`
    ///   and `]]>` with nothing between (its push parser looks at each byte of a section three times);
    /// - a long run of character data with references is decoded here (``decodeText(_:into:)``).
    /// Either only when libxml2 has just reached that point in element content with all input
    /// consumed, and the bytes hold nothing libxml2 would refuse or treat differently; otherwise
    /// the bytes go to libxml2 as they are.
    private static func feed(_ buf: UnsafeBufferPointer<UInt8>, _ ctxt: xmlParserCtxtPtr,
                             _ reader: UnsafeMutablePointer<StreamFeedReader>) {
        let base = buf.baseAddress!
        let count = buf.count
        func push(_ from: Int, _ to: Int) {
            UnsafeRawPointer(base + from).withMemoryRebound(to: CChar.self, capacity: to - from) {
                _ = xmlParseChunk(ctxt, $0, Int32(to - from), 0)
            }
        }
        /// libxml2 has read all it was given and stands in `state`.
        func caughtUp(_ state: xmlParserInputState) -> Bool {
            guard !reader.pointee.failed, ctxt.pointee.instate == state, let input = ctxt.pointee.input else { return false }
            return input.pointee.cur == input.pointee.end
        }
        var scratch = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
        defer { scratch.deallocate() }
        var offset = 0
        var nextSection = find(cdataOpen, in: buf, from: 0)
        var nextRun = findTextRun(buf, from: 0)
        while offset < count, !reader.pointee.failed {
            if let open = nextSection, open < offset { nextSection = find(cdataOpen, in: buf, from: offset) }
            if let run = nextRun, run.lowerBound < offset { nextRun = findTextRun(buf, from: offset) }
            var end = min(offset + chunk, count)
            let sectionStop = nextSection.map { $0 + cdataOpen.count }
            let runStop = nextRun?.lowerBound
            var atSection = false, atRun = false
            if let stop = sectionStop, stop <= end, runStop.map({ stop < $0 }) ?? true {
                end = stop
                atSection = true
            } else if let stop = runStop, stop <= end {
                end = stop
                atRun = true
            }
            if end > offset { push(offset, end) }
            offset = end
            if atSection {
                if caughtUp(XML_PARSER_CDATA_SECTION), let close = find(cdataClose, in: buf, from: end),
                   isPlainCDATA(UnsafeBufferPointer(rebasing: buf[end..<close])) {
                    if close > end { reader.pointee.cdataSection(base + end, close - end) }
                    offset = close
                }
                nextSection = find(cdataOpen, in: buf, from: max(offset, end))
            } else if atRun, let run = nextRun {
                if scratch.count < run.count {
                    scratch.deallocate()
                    scratch = .allocate(capacity: max(run.count, 4_096))
                }
                // After an error (read through in recovery mode) libxml2 drops entity references: it decides then.
                if caughtUp(XML_PARSER_CONTENT), ctxt.pointee.wellFormed != 0, let out = scratch.baseAddress,
                   let n = decodeText(UnsafeBufferPointer(rebasing: buf[run]), into: out) {
                    if n > 0 { reader.pointee.characters(out, n) }
                    offset = run.upperBound
                }
                nextRun = findTextRun(buf, from: run.upperBound)
            }
        }
    }

    private static let cdataOpen: [UInt8] = Array("<![CDATA[".utf8)
    private static let cdataClose: [UInt8] = Array("]]>".utf8)

    private static func find(_ needle: [UInt8], in buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = buf.baseAddress else { return nil }
        let first = Int32(needle[0])
        var i = from
        while buf.count - i >= needle.count {
            guard let hit = memchr(base + i, first, buf.count - i - needle.count + 1) else { return nil }
            i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            var k = 1
            while k < needle.count, base[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
            i += 1
        }
        return nil
    }

    /// True when libxml2 would take every character of this (valid UTF-8) CDATA content: no
    /// control characters other than tab, LF and CR, and neither U+FFFE nor U+FFFF.
    static func isPlainCDATA(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = s.baseAddress else { return true }
        let n = s.count
        var i = 0
        while i < n {
            if i + 8 <= n {
                let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                let low = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
                let x = w ^ 0xEFEF_EFEF_EFEF_EFEF
                let ef = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
                if low | ef == 0 { i += 8; continue }
            }
            let c = p[i]
            if c < 0x20, c != 0x09, c != 0x0A, c != 0x0D { return false }
            if c == 0xEF, i + 2 < n, p[i + 1] == 0xBF, p[i + 2] == 0xBE || p[i + 2] == 0xBF { return false }
            i += 1
        }
        return true
    }

    /// Errors that recovery mode skips without changing the elements: the character is dropped.
    static func isSkippable(_ error: xmlError) -> Bool {
        guard error.domain == Int32(XML_FROM_PARSER.rawValue), error.code == Int32(XML_ERR_INVALID_CHAR.rawValue),
              let message = error.message else { return false }
        return hasPrefix(message, "PCDATA invalid Char value ") || hasPrefix(message, "xmlParseCharRef: invalid xmlChar value ")
    }

    private static func hasPrefix(_ message: UnsafeMutablePointer<CChar>, _ prefix: StaticString) -> Bool {
        // The message is NUL-terminated, so a shorter message stops at its NUL.
        (0..<prefix.utf8CodeUnitCount).allSatisfy { UInt8(bitPattern: message[$0]) == prefix.utf8Start[$0] }
    }

    private static func handler() -> xmlSAXHandler {
        var h = xmlSAXHandler()
        h.initialized = UInt32(truncatingIfNeeded: XML_SAX2_MAGIC)
        h.startElementNs = { ctx, local, prefix, uri, nbNs, namespaces, nbAttrs, _, attrs in
            guard let local else { return }
            streamReader(ctx).pointee.start(local: local, prefix: prefix, uri: uri, namespaces: namespaces, nbNamespaces: Int(nbNs),
                              attributes: attrs, nbAttributes: Int(nbAttrs))
        }
        h.endElementNs = { ctx, _, _, _ in streamReader(ctx).pointee.end() }
        h.characters = { ctx, ch, len in
            guard let ch, len > 0 else { return }
            streamReader(ctx).pointee.characters(ch, Int(len))
        }
        h.ignorableWhitespace = h.characters
        h.cdataBlock = { ctx, ch, len in
            guard let ch, len > 0 else { return }
            streamReader(ctx).pointee.cdata(ch, Int(len))
        }
        // A DOCTYPE only names its DTD (never loaded: no externalSubset handler); any declaration or entity reference leaves
        // the document to the tree reader.
        h.internalSubset = { ctx, _, externalID, systemID in streamReader(ctx).pointee.doctype(externalID, systemID) }
        h.serror = { ctx, error in
            guard let error else { return }
            streamReader(ctx).pointee.parseError(error.pointee)
        }
        h.reference = { ctx, _ in streamReader(ctx).pointee.giveUp() }
        h.entityDecl = { ctx, _, _, _, _, _ in streamReader(ctx).pointee.giveUp() }
        h.attributeDecl = { ctx, _, _, _, _, _, tree in
            xmlFreeEnumeration(tree)
            streamReader(ctx).pointee.giveUp()
        }
        h.elementDecl = { ctx, _, _, _ in streamReader(ctx).pointee.giveUp() }
        h.notationDecl = { ctx, _, _, _ in streamReader(ctx).pointee.giveUp() }
        h.unparsedEntityDecl = { ctx, _, _, _, _ in streamReader(ctx).pointee.giveUp() }
        return h
    }
}

/// The reader behind libxml2's user-data pointer.
@inline(__always)
private func streamReader(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<StreamFeedReader> {
    ctx!.assumingMemoryBound(to: StreamFeedReader.self)
}
