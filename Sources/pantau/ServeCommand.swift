import ArgumentParser
import Foundation
import Logging
import PantauModel
import PantauPipeline
import ServiceLifecycle
import UnixSignals

/// `pantau serve`: the web dashboard, JSON API and /metrics on the registry's database.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web dashboard, the JSON API (/api/v1) and /metrics until SIGTERM/SIGINT.",
        discussion: "Runs alone on the database a `pantau run` daemon fills, or beside it with `pantau run --serve`. "
            + "Add accounts with `pantau user add`.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var server: ServeOptions

    func run() async throws {
        try await friendly {
            let workspace = try await global.openWorkspace()
            let logger = serveLogger(global)
            let dashboard = try server.service(on: workspace, logger: logger)
            print("pantau serve: http://\(server.listen)/")
            flushOutput()
            let group = ServiceGroup(services: [dashboard], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
            try await group.run()
        }
    }
}

/// The options `serve`, `run --serve` and `demo --serve` share.
struct ServeOptions: ParsableArguments {
    @Option(help: "Address to listen on, HOST:PORT.")
    var listen = "127.0.0.1:8080"

    @Flag(help: "Mark session cookies Secure (serve behind a proxy that terminates TLS).")
    var secureCookies = false

    /// The dashboard on `workspace` as a service, listening where `--listen` says.
    func service(on workspace: Workspace, logger: Logger) throws -> any Service {
        guard let (host, port) = Workspace.listenAddress(listen) else {
            throw CLIError(say(CLILanguage.value, id: "--listen \"\(listen)\" bukan HOST:PORT (contoh: 127.0.0.1:8080).",
                               en: "--listen \"\(listen)\" is not HOST:PORT (for example 127.0.0.1:8080)."))
        }
        return workspace.dashboardService(host: host, port: port, secureCookies: secureCookies, logger: logger)
    }
}

/// Before a long-running service starts: what was printed reaches a pipe or a file (systemd's
/// journal, `> log`) now, not when the process ends.
func flushOutput() { fflush(nil) }

/// Request lines at info (each with its user), unless --quiet.
func serveLogger(_ global: GlobalOptions) -> Logger {
    var logger = Logger(label: "pantau.serve") { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = global.quiet ? .error : global.verbose ? .debug : .info
    return logger
}

/// `pantau demo --serve`: a demo admin with a fresh password, then the dashboard on the demo database.
enum DemoServe {
    static func run(workspace: Workspace, global: GlobalOptions, options: ServeOptions) async throws {
        let password = Workspace.randomPassword()
        _ = try await workspace.addAccount(name: "demo", unitID: nil, role: .admin, password: password)
        let logger = serveLogger(global)
        let dashboard = try options.service(on: workspace, logger: logger)
        let language = workspace.language
        print("")
        print(say(language, id: "Dasbor: http://\(options.listen)/  (masuk sebagai demo, kata sandi \(password)); Ctrl-C untuk berhenti.",
                  en: "Dashboard: http://\(options.listen)/  (log in as demo, password \(password)); Ctrl-C to stop."))
        flushOutput()
        let group = ServiceGroup(services: [dashboard], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        try await group.run()
    }
}
