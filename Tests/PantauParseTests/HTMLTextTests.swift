import PantauParse
import Testing

/// Whitespace and markup rules of the plain-text conversion, around the eight-byte fast path.
struct HTMLTextTests {
    @Test func whitespaceCollapsesAroundWordRuns() {
        let cases: [(String, String)] = [
            ("a  b", "a b"), ("a b ", "a b"), (" a", "a"), ("a\tb", "a b"), ("a &amp; b", "a & b"),
            ("x<p>y</p>z", "x y z"), ("abcdefgh ijklmnop  qrs", "abcdefgh ijklmnop qrs"),
            ("abcdefg  hijklmnop", "abcdefg hijklmnop"), ("abcdefgh\u{A0}ijklmnop", "abcdefgh ijklmnop"),
            ("one two three four five six seven eight nine ten", "one two three four five six seven eight nine ten"),
            ("aaaaaaa <b>bold</b> ccccccc&lt;dddddddd", "aaaaaaa bold ccccccc<dddddddd"),
            ("wordword\u{7F}wordword", "wordword\u{7F}wordword"), ("1234567 \n 89", "1234567 89"),
            ("<SCRIPT>x y z</script>after words here", "after words here"), ("a<BR>b", "a b"),
            ("ends with spaces      ", "ends with spaces"), ("élan vital  élan", "élan vital élan"),
        ]
        for (input, expected) in cases {
            #expect(HTMLText.strip(input) == expected, "\(input)")
        }
    }
}
