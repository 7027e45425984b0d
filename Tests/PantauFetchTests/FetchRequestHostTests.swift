import Foundation
@testable import PantauFetch
import Testing

/// The host used for politeness is read on bytes for ASCII URLs; it must agree with the version on
/// Characters (which still serves the other URLs).
@Suite struct FetchRequestHostTests {
    @Test(arguments: [
        "http://Example.COM/feed.xml", "https://example.com", "https://example.com:8443/a?b#c",
        "http://127.0.0.7:55025/polres/s01.xml", "http://user:pw@Host.example:80/x", "http://a@b@C/x",
        "http://user@/x", "http://@host/x", "http://@@/x", "http://", "http:///path", "file:///tmp/feed.xml",
        "file:/tmp/x", "no scheme here", "", "http://[::1]:8080/x", "http://[FE80::1]/", "http://[::1",
        "HTTP://EXAMPLE.org?q=1", "http://example.org#frag", "http://exa mple.org/x", "http://host:/x",
        "https://xn--bcher-kva.example/", "http://h\u{00E9}st.example/x", "http://Ünïcode.example:1/",
        "ftp://Files.Example/x",
    ])
    func agreesWithTheStringVersion(_ url: String) {
        #expect(FetchRequest.host(of: url) == FetchRequest.stringHost(of: url))
    }
}
