import Foundation

/// A real browser for tests that check what a person sees: Debian's headless `chromium`, driven
/// over WebDriver by `Tests/browser/inspect_page.py` (standard-library Python, no Selenium).
///
/// Use it in a test guarded by `.enabled(if: Browser.isAvailable, "…")`, so that a machine without
/// chromium skips with a reason while CI (which installs it in scripts/setup.sh) runs it in full.
public enum Browser {
    /// Why the browser cannot run here, or nil when it can.
    public static let unavailableReason: String? = {
        for tool in ["python3", "chromium", "chromedriver"] where which(tool) == nil {
            return "\(tool) is not installed (scripts/setup.sh installs Debian's chromium and chromium-driver)"
        }
        return FileManager.default.fileExists(atPath: script.path) ? nil : "\(script.path) is missing"
    }()

    public static var isAvailable: Bool { unavailableReason == nil }

    /// Opens `file` at a viewport `width` × `height` CSS pixels, evaluates each expression of `eval`
    /// after the page loaded, and writes a full-page PNG to `screenshot` when given.
    public static func inspect(_ file: URL, width: Int, height: Int = 900, screenshot: URL? = nil,
                               eval: [String] = []) throws -> PageInspection {
        var args = [script.path, file.path, "--width", String(width), "--height", String(height)]
        if let screenshot { args += ["--screenshot", screenshot.path] }
        for e in eval { args += ["--eval", e] }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: which("python3") ?? "/usr/bin/python3")
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw BrowserError(message: "inspect_page.py exited \(p.terminationStatus): "
                + String(decoding: (data + errData).suffix(2_000), as: UTF8.self))
        }
        return try JSONDecoder().decode(PageInspection.self, from: data)
    }

    /// Where tests keep screenshots as artifacts: `$PANTAU_ARTIFACTS` or `.build/artifacts/screenshots`.
    public static func artifactURL(_ name: String) -> URL {
        let base = ProcessInfo.processInfo.environment["PANTAU_ARTIFACTS"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.appendingPathComponent(".build/artifacts/screenshots")
        try? FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        return base.appendingPathComponent(name)
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = packageRoot.appendingPathComponent("Tests/browser/inspect_page.py")

    static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

public struct BrowserError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// What the browser saw on a page (see `Tests/browser/inspect_page.py`).
public struct PageInspection: Decodable, Sendable {
    public struct Overflow: Decodable, Sendable {
        public let tag: String
        public let id: String?
        public let cls: String?
        public let right: Int
        public let text: String
    }

    public struct SVG: Decodable, Sendable {
        public let width: Double
        public let height: Double
        /// The smallest rendered height of a `<text>` in the SVG, in CSS pixels.
        public let minTextHeight: Double?
    }

    public let title: String
    /// The `Content-Security-Policy` meta's content, or nil when the page has none.
    public let csp: String?
    /// Browser console messages, CSP violations included.
    public let console: [String]
    public let viewportWidth: Int
    public let scrollWidth: Int
    /// Elements whose right edge passes the viewport and that no scrolling or clipping box holds.
    public let overflow: [Overflow]
    public let svgs: [SVG]
    /// The value of each `eval` expression: a string as it is, any other value as JSON text.
    public let eval: [String]
    public let screenshot: String?

}
