import ArgumentParser
import PantauConformance
import PantauPipeline

/// `pantau-dev conformance`: one JSON line per file in the normalised schema of the shared feed
/// conformance corpus, with "_file" added (Benchmarks/parse/conformance.py compares them).
struct Conformance: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one normalised conformance JSON line per feed file.",
        discussion: "A file that cannot be read gives an error line naming it; the run goes on and ends with exit code 0.")

    @Argument(help: "Files or file: URLs to parse.")
    var inputs: [String]

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Give at least one file.") }
    }

    func run() {
        // Output goes out as it is made (buffered), never built whole.
        var out = ByteOutput()
        defer { out.flush() }
        for input in inputs {
            do {
                let file = try FileInput.read(input)
                out.write(ConformanceJSON.lineBytes(file.bytes, file: input))
            } catch {
                out.write(Array((ConformanceJSON.errorLine(file: input, message: error.description)).utf8))
            }
            out.write([0x0A])
        }
    }
}
