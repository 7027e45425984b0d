import Foundation
import Testing

/// The built `pantau` executable, run as a subprocess the way a user runs it.
enum PantauBinary {
    /// What one run gave.
    struct Result {
        var status: Int32
        /// True when the process was ended by a signal (then `status` is the signal's number).
        var signalled = false
        var stdout: String
        var stderr: String

        /// Standard output split into lines (without the final empty one).
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
    }

    /// Folders where SwiftPM puts its products (`.build/debug`), as seen from the test bundle:
    /// the `.xctest` bundle's parent (macOS) or the folder of the test executable (Linux).
    static var productsDirectories: [URL] {
        var dirs = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }.map { $0.deletingLastPathComponent() }
        let main = Bundle.main.bundleURL
        dirs.append(main.pathExtension == "xctest" ? main.deletingLastPathComponent() : main)
        if let exe = Bundle.main.executableURL { dirs.append(exe.deletingLastPathComponent()) }
        return dirs
    }

    /// The `pantau` (or `pantau-dev`) executable next to the test bundle; fails the test with the folders searched if missing.
    static func url(_ name: String = "pantau") throws -> URL {
        var candidates: [URL] = []
        for dir in productsDirectories where !candidates.contains(dir.appendingPathComponent(name)) {
            candidates.append(dir.appendingPathComponent(name))
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw NotFound(searched: candidates.map(\.path))
        }
        return found
    }

    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "the executable was not found (build it with `swift build`); looked at: " + searched.joined(separator: ", ")
        }
    }

    /// Runs `pantau` (or `executable`) with `arguments` in `directory`, feeding `stdin` (or nothing) to standard input.
    static func run(_ arguments: [String], in directory: URL, stdin: String? = nil, executable: String = "pantau") throws -> Result {
        let process = Process()
        process.executableURL = try url(executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Output goes to files, not pipes, so a large output can never block the child.
        let outURL = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        return Result(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                      stdout: try String(contentsOf: outURL, encoding: .utf8),
                      stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}

/// A temporary folder for one test, removed when the test ends.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` (folders created as needed) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
