import PantauParse

/// Re-serialises HTML the way feedparser 6's sanitizer does (tags lower-cased, attributes
/// filtered and sorted, void elements as `<br />`, scripts dropped, references kept), for the
/// conformance schema's `summary_text` when feedparser copied it from a content element.
enum FeedparserSanitizer {
    static let acceptableAttributes: Set<String> = Set("""
        abbr accept accept-charset accesskey action align alt autocomplete autofocus axis background balance bgcolor \
        bgproperties border bordercolor bordercolordark bordercolorlight bottompadding cellpadding cellspacing ch \
        challenge char charoff charset checked choff cite class clear color cols colspan compact contenteditable \
        controls coords data datafld datapagesize datasrc datetime default delay dir disabled draggable dynsrc enctype \
        end face for form frame galleryimg gutter headers height hidden hidefocus high href hreflang hspace icon id \
        inputmode ismap keytype label lang leftspacing list longdesc loop loopcount loopend loopstart low lowsrc max \
        maxlength media method min multiple name nohref noshade nowrap open optimum pattern ping point-size poster pqg \
        preload prompt radiogroup readonly rel repeat-max repeat-min replace required rev rightspacing rows rowspan \
        rules scope selected shape size span src start step style summary suppress tabindex target template title \
        toppadding type unselectable urn usemap valign value variable volume vrml vspace width wrap xml:lang
        """.split(separator: " ").map(String.init))

    static let voidElements: Set<String> = [
        "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    ]

    static let unacceptableWithEndTag: Set<String> = ["script", "applet", "style"]

    static let acceptableSchemes: Set<String> = [
        "file", "ftp", "gopher", "h323", "hdl", "http", "https", "imap", "magnet", "mailto", "mms", "news", "nntp",
        "prospero", "rsync", "rtsp", "rtspu", "sftp", "shttp", "sip", "sips", "snews", "svn", "svn+ssh", "telnet",
        "wais", "aim", "callto", "cvs", "facetime", "feed", "git", "gtalk", "irc", "ircs", "irc6", "itms", "msnim",
        "skype", "ssh", "smb", "ymsg",
    ]

    static func sanitize(_ html: String, xhtml: Bool) -> String {
        let b = Array(html.utf8)
        var out = [UInt8]()
        out.reserveCapacity(b.count)
        var i = 0
        let n = b.count
        var unacceptable = 0
        func emit(_ s: String) { out.append(contentsOf: s.utf8) }
        func data(_ c: UInt8) { if unacceptable == 0 { out.append(c) } }
        while i < n {
            let c = b[i]
            if c == 0x3C, i + 1 < n {
                let d = b[i + 1]
                if isLetter(d) {
                    guard let (tag, attrs, selfClosing, end) = startTag(b, at: i) else { data(c); i += 1; continue }
                    i = end
                    handleStart(tag, attrs, selfClosing: selfClosing, xhtml: xhtml, unacceptable: &unacceptable, emit: emit)
                    continue
                }
                if d == 0x2F, i + 2 < n, isLetter(b[i + 2]) {
                    var k = i + 2
                    while k < n, isNameChar(b[k]) || b[k] == 0x3A { k += 1 }
                    let tag = String(decoding: b[(i + 2)..<k], as: UTF8.self).lowercased()
                    guard let gt = b[k...].firstIndex(of: 0x3E) else { data(c); i += 1; continue }
                    i = gt + 1
                    handleEnd(tag, unacceptable: &unacceptable, emit: emit)
                    continue
                }
                if d == 0x21 {
                    if i + 3 < n, b[i + 2] == 0x2D, b[i + 3] == 0x2D {
                        var k = i + 4
                        while k + 2 < n, !(b[k] == 0x2D && b[k + 1] == 0x2D && b[k + 2] == 0x3E) { k += 1 }
                        guard k + 2 < n else { data(c); i += 1; continue }
                        out.append(contentsOf: b[i..<(k + 3)])
                        i = k + 3
                        continue
                    }
                    if let gt = b[i...].firstIndex(of: 0x3E) { i = gt + 1; continue }
                }
                if d == 0x3F, let gt = b[i...].firstIndex(of: 0x3E) { i = gt + 1; continue }
                data(c)
                i += 1
                continue
            }
            if c == 0x26, let (text, next) = reference(b, at: i) {
                if unacceptable == 0 { emit(text) }
                i = next
                continue
            }
            data(c)
            i += 1
        }
        var s = String(decoding: out, as: UTF8.self)
        s = s.replacingOccurrences(of: "\r\n", with: "\n")
        return s.pythonTrimmed()
    }

    static func isLetter(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
    static func isNameChar(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F || c == 0x2E }

    /// The character reference starting at `b[i]` ("&"), written as feedparser keeps it (numeric
    /// references in the C1 range mapped through windows-1252, unknown names with "&amp;"), and the
    /// index after it; nil when no reference starts there (the "&" is then plain data).
    static func reference(_ b: [UInt8], at i: Int) -> (text: String, next: Int)? {
        let n = b.count
        guard i + 1 < n else { return nil }
        if b[i + 1] == 0x23 {
            var k = i + 2
            var hex = false
            if k < n, b[k] == 0x78 || b[k] == 0x58 { hex = true; k += 1 }
            let ds = k
            while k < n, (b[k] >= 0x30 && b[k] <= 0x39) || (hex && ((b[k] >= 0x61 && b[k] <= 0x66) || (b[k] >= 0x41 && b[k] <= 0x46))) { k += 1 }
            guard k > ds, k < n else { return nil }
            let ref = String(decoding: b[ds..<k], as: UTF8.self).lowercased()
            let value = Int(ref, radix: hex ? 16 : 10) ?? 0
            if b[k] == 0x3B { k += 1 }
            if value >= 0x80, value <= 0x9F, let table = SingleByteTables.upperHalves["windows-1252"],
               table[value - 0x80] != value {
                return ("&#x" + String(table[value - 0x80], radix: 16) + ";", k)
            }
            return ("&#" + (hex ? "x" : "") + ref + ";", k)
        }
        guard isLetter(b[i + 1]) else { return nil }
        var k = i + 1
        while k < n, isNameChar(b[k]) { k += 1 }
        guard k < n else { return nil }
        let name = String(decoding: b[(i + 1)..<k], as: UTF8.self)
        if b[k] == 0x3B { k += 1 }
        return (HTMLEntities.html4Names.contains(name) || name == "apos" ? "&" + name + ";" : "&amp;" + name, k)
    }

    private static func handleStart(_ tag: String, _ attrs: [(String, String)], selfClosing: Bool, xhtml: Bool,
                                    unacceptable: inout Int, emit: (String) -> Void) {
        guard FeedTextGuess.acceptableElements.contains(tag) else {
            if unacceptableWithEndTag.contains(tag) { unacceptable += selfClosing && xhtml ? 0 : 1 }
            return
        }
        var dict: [String: String] = [:]
        for (k, v) in attrs { dict[k.lowercased()] = (k.lowercased() == "rel" || k.lowercased() == "type") ? v.lowercased() : v }
        var s = "<" + tag
        for key in dict.keys.sorted() {
            guard acceptableAttributes.contains(key) else { continue }
            var value = dict[key]!
            if key == "style" {
                value = FeedparserStyle.sanitize(value)
                if value.isEmpty { continue }
            }
            if key == "href" {
                if let colon = value.firstIndex(of: ":") {
                    let scheme = value[..<colon].lowercased()
                    if !scheme.contains("/"), !acceptableSchemes.contains(scheme) { value = "" }
                }
            }
            value = value.replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: "\"", with: "&quot;")
            value = escapeBareAmpersands(value)
            s += " " + key + "=\"" + value + "\""
        }
        if voidElements.contains(tag) {
            emit(s + " />")
        } else {
            emit(s + ">")
            if selfClosing && xhtml { emit("</" + tag + ">") }
        }
    }

    private static func handleEnd(_ tag: String, unacceptable: inout Int, emit: (String) -> Void) {
        guard FeedTextGuess.acceptableElements.contains(tag) else {
            if unacceptableWithEndTag.contains(tag) { unacceptable = max(0, unacceptable - 1) }
            return
        }
        if !voidElements.contains(tag) { emit("</" + tag + ">") }
    }

    /// `&` not starting `&#123;`, `&#x1f;` or `&name;` becomes `&amp;`.
    static func escapeBareAmpersands(_ v: String) -> String {
        guard v.contains("&") else { return v }
        let b = Array(v.utf8)
        var out = [UInt8]()
        var i = 0
        while i < b.count {
            if b[i] == 0x26 {
                var k = i + 1
                var ok = false
                if k < b.count, b[k] == 0x23 {
                    k += 1
                    if k < b.count, b[k] == 0x78 {
                        k += 1
                        let s = k
                        while k < b.count, (b[k] >= 0x30 && b[k] <= 0x39) || (b[k] >= 0x61 && b[k] <= 0x66) || (b[k] >= 0x41 && b[k] <= 0x46) { k += 1 }
                        ok = k > s && k < b.count && b[k] == 0x3B
                    } else {
                        let s = k
                        while k < b.count, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
                        ok = k > s && k < b.count && b[k] == 0x3B
                    }
                } else {
                    let s = k
                    while k < b.count, (b[k] >= 0x30 && b[k] <= 0x39) || (b[k] >= 0x41 && b[k] <= 0x5A) || (b[k] >= 0x61 && b[k] <= 0x7A) || b[k] == 0x5F || b[k] >= 0x80 { k += 1 }
                    ok = k > s && k < b.count && b[k] == 0x3B
                }
                out.append(contentsOf: ok ? [0x26] : Array("&amp;".utf8))
                i += 1
                continue
            }
            out.append(b[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses `<tag attr="v" attr2=v2 attr3>`; returns nil when there is no closing '>'.
    private static func startTag(_ b: [UInt8], at start: Int) -> (String, [(String, String)], Bool, Int)? {
        let n = b.count
        var i = start + 1
        let ns = i
        while i < n, (b[i] >= 0x61 && b[i] <= 0x7A) || (b[i] >= 0x41 && b[i] <= 0x5A) || (b[i] >= 0x30 && b[i] <= 0x39) || b[i] == 0x2D || b[i] == 0x5F || b[i] == 0x2E || b[i] == 0x3A { i += 1 }
        let tag = String(decoding: b[ns..<i], as: UTF8.self).lowercased()
        var attrs: [(String, String)] = []
        var selfClosing = false
        while i < n {
            while i < n, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x0C { i += 1 }
            guard i < n else { return nil }
            if b[i] == 0x3E { return (tag, attrs, selfClosing, i + 1) }
            if b[i] == 0x2F { selfClosing = true; i += 1; continue }
            let an = i
            while i < n, b[i] != 0x3D, b[i] != 0x3E, b[i] != 0x20, b[i] != 0x09, b[i] != 0x0A, b[i] != 0x0D, b[i] != 0x2F || (i > an && false) { i += 1 }
            if i == an { i += 1; continue }
            let name = String(decoding: b[an..<i], as: UTF8.self)
            selfClosing = false
            var j = i
            while j < n, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0A || b[j] == 0x0D { j += 1 }
            if j < n, b[j] == 0x3D {
                j += 1
                while j < n, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0A || b[j] == 0x0D { j += 1 }
                guard j < n else { return nil }
                if b[j] == 0x22 || b[j] == 0x27 {
                    let q = b[j]
                    guard let close = b[(j + 1)...].firstIndex(of: q) else { return nil }
                    attrs.append((name, String(decoding: b[(j + 1)..<close], as: UTF8.self)))
                    i = close + 1
                } else {
                    let vs = j
                    while j < n, b[j] != 0x20, b[j] != 0x3E, b[j] != 0x09, b[j] != 0x0A, b[j] != 0x0D { j += 1 }
                    attrs.append((name, String(decoding: b[vs..<j], as: UTF8.self)))
                    i = j
                }
            } else {
                attrs.append((name, name))
            }
        }
        return nil
    }
}
