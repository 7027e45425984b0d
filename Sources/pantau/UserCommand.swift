import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

extension Account.Role: ExpressibleByArgument {}

/// `pantau user add|token`: dashboard accounts.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Add dashboard accounts and make API tokens.",
        subcommands: [Add.self, Token.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account (or change its unit, role and password).",
            discussion: "A viewer or editor sees its unit and the units below it (parent); an admin sees every unit. "
                + "The password is asked on the terminal, or read from standard input with --password-stdin.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Login name.") var name: String
        @Option(help: "The unit the account is bound to (required except for an admin).") var unit: String?
        @Option(help: "viewer, editor or admin.") var role: Account.Role = .viewer
        @Flag(help: "Read the password from standard input (one line), for scripts.") var passwordStdin = false
        @Option(help: "The dashboard's language for this account: id or en (default: the registry's; each person can switch it on the dashboard).")
        var lang: Language?

        func validate() throws {
            if unit == nil, role != .admin { throw ValidationError("--unit is required for a \(role.rawValue)") }
        }

        func run() async throws {
            try await friendly {
                let workspace = try await global.openWorkspace()
                let password = try readPassword(fromStdin: passwordStdin)
                let a = try await workspace.addAccount(name: name, unitID: unit, role: role, password: password, language: lang)
                print("account \(a.name): \(a.role.rawValue)" + (a.unitID.map { " of \($0) and the units below it" } ?? " of every unit"))
            }
        }
    }

    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a new API token for an account (send it as Authorization: Bearer …).")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Login name.") var name: String

        func run() async throws {
            try await friendly {
                let workspace = try await global.openWorkspace()
                print(try await workspace.newAPIToken(account: name))
            }
        }
    }
}

/// One line from standard input, or asked on the terminal without echo.
func readPassword(fromStdin: Bool) throws -> String {
    if fromStdin {
        guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw CLIError("no password on standard input") }
        return line
    }
    guard let raw = getpass("Password: ") else { throw CLIError("cannot read a password from the terminal; use --password-stdin") }
    let first = String(cString: raw)
    guard let again = getpass("Password again: "), String(cString: again) == first else { throw CLIError("the passwords differ") }
    return first
}
