import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline
import Synchronization

/// The one place an error becomes the sentence a person reads: a `CLIError` is already phrased;
/// every stage's error is told by the Workspace's `ProblemText`, in the registry's or `--lang`'s language.
enum ErrorText {
    static func text(_ error: any Error, _ l: Language) -> String {
        if let e = error as? CLIError { return e.description }
        return ProblemText.text(error, l)
    }
}

/// The language errors are told in: the registry's, or `--lang`; Bahasa Indonesia until known.
enum CLILanguage {
    static let current = Mutex<Language>(.id)
    static func set(_ l: Language) { current.withLock { $0 = l } }
    static var value: Language { current.withLock { $0 } }
}

/// An error already phrased for a person: printed as one line, exit code 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// Runs a command body, turning any error into one clear sentence (ArgumentParser's own exits pass through).
func friendly<T>(_ body: () async throws -> T) async throws -> T {
    do { return try await body() } catch let e as CleanExit { throw e } catch let e as ExitCode { throw e } catch {
        throw CLIError(ErrorText.text(error, CLILanguage.value))
    }
}

/// The Indonesian or the English sentence, by the language the registry or `--lang` chose.
func say(_ language: Language, id: String, en: String) -> String { language == .id ? id : en }
