@testable import PantauParse
import Testing

/// XML, HTML or JSON, told apart by the first bytes (never the URL).
struct DocumentFamilyTests {
    @Test(arguments: [
        ("<!DOCTYPE html><html><body>x</body></html>", DocumentParser.Family.html),
        ("<HTML lang=id>", .html), ("<head><title>t</title></head>", .html), ("<DIV>x</DIV>", .html),
        ("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", .html),
        ("<?xml version=\"1.0\"?><HTML>", .html), ("<?xml version=\"1.0\"?><htmlx>", .xml),
        ("<html><rss version=\"2.0\">", .xml), ("<!doctype html><FEED>", .xml), ("<meta><RDF:RDF>", .xml),
        ("<rss version=\"2.0\"><channel><description>&lt;html&gt;</description>", .xml),
        ("<rss><!-- <html> -->", .xml), ("<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC>", .html), ("<!doctype htm", .xml),
        ("\u{FEFF} \n<html>", .html), ("  {\"version\": 1}", .json), ("[]", .json),
    ])
    func familyFromTheFirstBytes(_ text: String, _ family: DocumentParser.Family) throws {
        #expect(try DocumentParser.detect(Array(text.utf8), url: "u") == family)
    }

    @Test func htmlTagPastTheFirstKilobyteIsNotLookedAt() throws {
        let xml = "<?xml version=\"1.0\"?>" + String(repeating: " ", count: 1_100) + "<html>"
        #expect(try DocumentParser.detect(Array(xml.utf8), url: "u") == .xml)
    }
}
