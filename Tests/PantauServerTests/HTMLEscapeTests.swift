@testable import PantauServer
import Testing

/// Text from feeds goes into pages escaped, whatever characters surround the markup.
@Suite struct HTMLEscapeTests {
    @Test(arguments: [
        ("Layanan SIMBA", "Layanan SIMBA"),
        ("", ""),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("Polres \"Tuban\" & Polsek", "Polres &quot;Tuban&quot; &amp; Polsek"),
        ("🚓 Patroli <b>malam</b> — Sigap", "🚓 Patroli &lt;b&gt;malam&lt;/b&gt; — Sigap"),
        ("é&é", "é&amp;é"),
        ("&", "&amp;"),
    ])
    func escapes(_ input: String, _ expected: String) {
        #expect(HTML.escape(input) == expected)
        let h = HTML()
        h.raw("<p>").text(input).raw("</p>")
        #expect(h.out == "<p>" + expected + "</p>")
    }
}
