/// The Content-Security-Policy of every HTML page Pantau writes: nothing may load or run (no
/// scripts, no outside resources, no forms); only the page's own inline styles and inline SVG.
/// A page is a file opened from disk or sent by mail, so the policy travels in a `<meta>`.
public enum ContentSecurityPolicy {
    public static let value = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The `<meta>` element, to go first in `<head>` (before anything it governs).
    public static let meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"\(value)\">\n"
}
