import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline
import ServiceLifecycle
import UnixSignals

/// `pantau run`: the daemon. Crawls sources as they fall due until SIGTERM or SIGINT.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the scheduler: crawl each source whenever it is due, until stopped (SIGTERM/SIGINT).",
        discussion: "Several `pantau run` or `pantau crawl` processes may share one database: each source is crawled by one of them at a time. "
            + "With --db postgres://user@host/db they may run on several machines; a worker that dies keeps its sources "
            + "until its 10-minute leases expire, then another takes them. While the server does not answer, the daemon "
            + "says so and tries again.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Also serve the web dashboard (see `pantau serve`) in the same process.")
    var serve = false

    @OptionGroup var serveOptions: ServeOptions

    func run() async throws {
        try await friendly {
            var logger = global.makeLogger()
            if !global.quiet, !global.verbose { logger.logLevel = .notice }
            let workspace = try await global.openWorkspaceRetrying(logger: logger)
            let language = workspace.language, zone = workspace.zone, quiet = global.quiet
            let daemon = workspace.daemon { event in
                guard !quiet else { return }
                // Written straight to the file descriptor: a line shows at once, also when stdout is a file.
                FileHandle.standardOutput.write(Data((DaemonText.line(event, language: language, zone: zone) + "\n").utf8))
            }
            var services: [any Service] = [daemon]
            if serve {
                services.append(try serveOptions.service(on: workspace, logger: serveLogger(global)))
            }
            let group = ServiceGroup(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
            try await group.run()
        }
    }
}
