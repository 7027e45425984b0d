import Foundation

extension Browser {
    /// Runs a standard-library Python script of `Tests/browser/` (e.g. `dashboard_walk.py`) with
    /// `arguments` on a thread of its own (never a Swift concurrency thread, which a server under
    /// test may need), and returns what it printed on standard output.
    public static func runScript(_ name: String, _ arguments: [String]) async throws -> Data {
        let script = packageRoot.appendingPathComponent("Tests/browser/\(name)").path
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                do {
                    let p = Process()
                    p.executableURL = URL(fileURLWithPath: which("python3") ?? "/usr/bin/python3")
                    p.arguments = [script] + arguments
                    let out = Pipe(), err = Pipe()
                    p.standardOutput = out
                    p.standardError = err
                    try p.run()
                    let data = out.fileHandleForReading.readDataToEndOfFile()
                    let errData = err.fileHandleForReading.readDataToEndOfFile()
                    p.waitUntilExit()
                    guard p.terminationStatus == 0 else {
                        throw BrowserError(message: "\(name) exited \(p.terminationStatus): "
                            + String(decoding: (data + errData).suffix(2_000), as: UTF8.self))
                    }
                    continuation.resume(returning: data)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}
