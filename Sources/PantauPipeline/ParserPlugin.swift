import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parser for formats Pantau does not read, in a shared library named by `crawl: { parser_plugin:
/// PATH }`. The library exports
///
///     char *pantau_parse(const unsigned char *bytes, size_t count, const char *url);
///
/// which returns a JSON Feed (UTF-8, allocated with `malloc`; Pantau frees it) for content it
/// reads, or NULL to leave the content to Pantau's own parser. It runs inside the crawl, between
/// the "parse under way" record and its removal, so a plug-in that stops the process is caught by
/// the same quarantine as any other parse.
public final class ParserPlugin: Sendable {
    public let path: String
    private typealias Entry = @convention(c) (UnsafePointer<UInt8>?, Int, UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
    private let entry: Entry
    nonisolated(unsafe) private let library: UnsafeMutableRawPointer

    /// Loads the library; the error names the path and what went wrong.
    public init(path: String) throws(PipelineError) {
        self.path = path
        guard let lib = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let why = dlerror().map { String(cString: $0) } ?? "unknown reason"
            throw .cannotLoadPlugin(path: path, reason: why)
        }
        guard let sym = dlsym(lib, "pantau_parse") else {
            dlclose(lib)
            throw .cannotLoadPlugin(path: path, reason: "it has no pantau_parse function")
        }
        library = lib
        entry = unsafeBitCast(sym, to: Entry.self)
    }

    deinit { dlclose(library) }

    /// The plug-in's JSON Feed for `bytes`, or nil when it leaves them to Pantau.
    public func parse(_ bytes: [UInt8], url: String) -> [UInt8]? {
        let out = bytes.withUnsafeBufferPointer { b in url.withCString { entry(b.baseAddress, b.count, $0) } }
        guard let out else { return nil }
        defer { free(out) }
        return Array(UnsafeRawBufferPointer(start: out, count: strlen(out)))
    }
}
