import CLibXML2

/// libxml2 is initialised once per process, before any parse.
let libxml2Ready: Bool = {
    xmlInitParser()
    return true
}()

/// A libxml2 document that lives only for the duration of one closure call.
///
/// Parsing never touches the network (`NONET`), never loads a DTD and never substitutes entities;
/// entity references left in the tree are expanded by ``XNode`` with a size budget.
enum XMLTree {
    /// What libxml2 said about the document.
    struct Status {
        /// False when the document was not well formed and was read in recovery mode.
        var wellFormed: Bool
        var line: Int
        var message: String
    }

    /// Parses XML (already UTF-8 unless `encoding` names another) and hands the root element to `body`.
    static func withXML<R>(_ bytes: [UInt8], url: String, encoding: String, ignoreDeclaredEncoding: Bool,
                           _ body: (XNode, Status) throws(ParseError) -> R) throws(ParseError) -> R {
        _ = libxml2Ready
        pantau_xml_silence()
        guard let ctxt = xmlNewParserCtxt() else { throw .malformedXML(url: url, line: 0, message: "out of memory") }
        defer { xmlFreeParserCtxt(ctxt) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_RECOVER.rawValue | XML_PARSE_COMPACT.rawValue
            | (ignoreDeclaredEncoding ? XML_PARSE_IGNORE_ENC.rawValue : 0))
        guard !bytes.isEmpty else { throw .empty(url: url) }
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                xmlCtxtReadMemory(ctxt, p, Int32(clamping: buf.count), url, encoding, options)
            }
        }
        let status = Status(wellFormed: ctxt.pointee.wellFormed != 0, line: lastErrorLine(ctxt), message: lastErrorMessage(ctxt))
        guard let doc else { throw .malformedXML(url: url, line: status.line, message: status.message) }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            throw .malformedXML(url: url, line: status.line, message: status.message.isEmpty ? "no root element" : status.message)
        }
        return try body(XNode(root), status)
    }

    /// Parses HTML with libxml2's forgiving HTML parser and hands the root element to `body`.
    static func withHTML<R>(_ bytes: [UInt8], url: String, _ body: (XNode?) -> R) -> R {
        _ = libxml2Ready
        pantau_xml_silence()
        guard let ctxt = htmlNewParserCtxt() else { return body(nil) }
        defer { htmlFreeParserCtxt(ctxt) }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress, buf.count > 0 else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                htmlCtxtReadMemory(ctxt, p, Int32(clamping: buf.count), url, "UTF-8", options)
            }
        }
        guard let doc else { return body(nil) }
        defer { xmlFreeDoc(doc) }
        return body(xmlDocGetRootElement(doc).map(XNode.init))
    }

    private static func lastErrorLine(_ ctxt: xmlParserCtxtPtr) -> Int {
        guard let err = xmlCtxtGetLastError(ctxt) else { return 0 }
        return Int(err.pointee.line)
    }

    private static func lastErrorMessage(_ ctxt: xmlParserCtxtPtr) -> String {
        guard let err = xmlCtxtGetLastError(ctxt), let m = err.pointee.message else { return "" }
        return String(cString: m).trimmingQuotesAndSpaces()
    }
}
