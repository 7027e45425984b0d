import PantauParse
import Testing

/// `HTMLText.plainText`: what the matcher reads of a post that may hold HTML (imports, stored
/// posts, `pantau match` lines); the job the matcher's own HTML cleaner used to do.
struct HTMLTextPlainTests {
    @Test func removesHTMLAndDecodesEntities() {
        #expect(HTMLText.plainText("<p>Polres&nbsp;Tuban &amp; <b>SIMBA</b></p>&#39;ok&#x27;") == "Polres Tuban & SIMBA 'ok'")
        #expect(HTMLText.plainText("Layanan <b>SIM</b> <i>Keliling</i> hadir") == "Layanan SIM Keliling hadir")
        #expect(HTMLText.plainText("a<!-- note -->b<br/>c") == "ab c")
    }

    @Test func referencesAloneKeepLineBreaks() {
        #expect(HTMLText.plainText("Polres Tuban &amp; warga\nSIMBA&nbsp;hadir") == "Polres Tuban & warga\nSIMBA\u{A0}hadir")
    }

    @Test func plainTextIsLeftAsItIs() {
        let s = "Polres  Tuban\nSIMBA: 3 < 5, a <- b"
        #expect(HTMLText.plainText(s) == s)
        #expect(HTMLText.plainText("") == "")
    }

    @Test func survivesHostileInput() {
        #expect(HTMLText.plainText("&#0; &#xFFFFFFFF;") == "\u{FFFD} \u{FFFD}")
        #expect(HTMLText.plainText("<") == "<")
        #expect(HTMLText.plainText("<b") == "")
        #expect(HTMLText.plainText(String(repeating: "<a ", count: 10_000)) == "")
    }
}
