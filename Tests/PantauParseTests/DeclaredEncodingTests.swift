@testable import PantauParse
import Testing

/// The encoding named by an XML declaration: the byte reading of ASCII declarations agrees with
/// the String reading used for the rest.
struct DeclaredEncodingTests {
    @Test(arguments: [
        #"<?xml version="1.0" encoding="UTF-8"?>"#, "<?xml version='1.0' encoding='iso-8859-1'?>", "<?xml encoding = \"x\" ?>",
        "<?xml version=\"1.0\"\r\nencoding=\"windows-1251\"?>", "<?xml version=\"1.0\"\nencoding=\"koi8-r\"?>",
        "<?xml version=\"1.0\"\tencoding=utf-8?>", "<?xml version=\"1.0\" xencoding=\"a\" encoding=\"b\"?>",
        "<?xml version=\"1.0\" encoding=\"unclosed?>", "<?xml version=\"1.0\" encoding?>", "<?xml version=\"1.0\" encoding=?>",
        "<?xml version=\"1.0\" encoding=utf-8;x?>", "<?xml version=\"1.0\"?>", "<?xml encoding=\"é\"?>", "<?xmlencoding=\"a\"?>",
        "<?xml version=\"1.0\" encoding=\"a\" encoding=\"b\"?>", "<?xml version=\"1.0\" encoding=\r\n\"a\"?>",
    ])
    func bytesAndStringAgree(_ decl: String) {
        let b = Array(decl.utf8)
        let close = b.firstIndex(of: 0x3E)!
        let viaString = Transcoder.attributeValue(named: "encoding", in: String(decoding: b[0..<close], as: UTF8.self))
        if b[0..<close].allSatisfy({ $0 < 0x80 }) {
            #expect(Transcoder.asciiEncodingValue(b, 0, close) == viaString, "\(decl)")
        }
        #expect(Transcoder.xmlDeclaredEncoding(b) == viaString, "\(decl)")
    }
}
