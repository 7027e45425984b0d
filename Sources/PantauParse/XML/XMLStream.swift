import CLibXML2

/// Streams UTF-8 XML through libxml2's SAX2 push parser into a ``StreamFeedReader``, without
/// building a tree. Same safety as ``XMLTree``: no network, no DTD loading, no entity substitution.
/// Any DOCTYPE or entity reference makes the reader give up, so that the tree reader (with its
/// entity budget) handles such documents.
enum XMLStream {
    /// Bytes handed to libxml2 per call (its push parser reads CDATA much faster than the memory parser).
    static let chunk = 64 * 1_024

    /// Feeds `bytes` (valid UTF-8) to `reader`. True when the whole document was read and was well formed.
    static func run(_ bytes: [UInt8], url: String, into reader: UnsafeMutablePointer<StreamFeedReader>) -> Bool {
        _ = libxml2Ready
        pantau_xml_silence()
        guard !bytes.isEmpty else { return false }
        var sax = handler()
        let user = UnsafeMutableRawPointer(reader)
        guard let ctxt = xmlCreatePushParserCtxt(&sax, user, nil, 0, url) else { return false }
        defer { xmlFreeParserCtxt(ctxt) }
        // No RECOVER: the first error stops the parse and the caller falls back to the tree reader.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_IGNORE_ENC.rawValue)
        xmlCtxtUseOptions(ctxt, options)
        xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
        reader.pointee.ctxt = ctxt
        defer { reader.pointee.ctxt = nil }
        bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { base in
                var offset = 0
                while offset < buf.count, !reader.pointee.failed, ctxt.pointee.wellFormed != 0 {
                    let n = min(chunk, buf.count - offset)
                    xmlParseChunk(ctxt, base + offset, Int32(n), 0)
                    offset += n
                }
                if !reader.pointee.failed, ctxt.pointee.wellFormed != 0 { xmlParseChunk(ctxt, nil, 0, 1) }
            }
        }
        return !reader.pointee.failed && ctxt.pointee.wellFormed != 0 && reader.pointee.finished
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
