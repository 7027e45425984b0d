import Foundation
@testable import PantauParse
import Testing

/// The name part of RSS author strings, as feedparser takes it.
struct AuthorTextTests {
    @Test(arguments: [
        ("jo@example.org (Jo Doe)", "Jo Doe"), ("Jo Doe <jo@example.org>", "Jo Doe"), ("jo@example.org", nil),
        ("Jo Doe &lt;jo@example.org&gt;", "Jo Doe"), ("Jö Döe (jo@example.org)", "Jö Döe"), ("Jo Doe", "Jo Doe"),
        ("(jo@a.id) (jo@a.id)", nil), ("jo@a.id?subject=x (Jo)", "Jo"),
    ] as [(String, String?)])
    func nameWithoutTheAddress(_ raw: String, _ name: String?) {
        #expect(AuthorText.name(from: raw) == name)
    }

    @Test(arguments: ["a()b()", "()", "x", "", "(((", "a<>b&lt;&gt;c", "é()e\u{301}()", "\r\n()\r\n", "aaa"])
    func removingMatchesFoundation(_ s: String) {
        for pattern in ["()", "<>", "&lt;&gt;", "aa", "jo@a.id"] {
            #expect(AuthorText.removing(pattern, from: s) == s.replacingOccurrences(of: pattern, with: ""), "\(s) \(pattern)")
        }
    }
}
