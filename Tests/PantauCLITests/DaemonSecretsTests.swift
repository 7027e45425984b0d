import Foundation
import Testing

/// `pantau run -v` with every kind of credential configured: nothing it writes (standard output,
/// standard error, the database) contains one, and no log line is longer than 2,000 characters.
@Suite struct DaemonSecretsTests {
    static let secrets = [
        "123456:TELEGRAMsecretTOKENxyz",            // Telegram bot token
        "WEBHOOKsecretPATH9f8e7d",                  // the key in a webhook's path
        "SMTPsecretPASSWORD42",                     // the password in an SMTP URL
        "AIzaYOUTUBEsecretKEY0123456789",           // a YouTube Data API key (from the environment)
        "EAAGfacebookSECRETpageTOKEN987",           // a Facebook page token (from the environment)
    ]

    @Test func debugLogHoldsNoSecretAndNoHugeLine() throws {
        let dir = try TemporaryDirectory()
        try dir.write("feeds/_settings.yaml", """
            language: id
            every: 1h
            alerts:
              - kind: telegram
                token: "\(Self.secrets[0])"
                chat_id: "-100200"
                url: http://127.0.0.1:9
              - kind: webhook
                url: http://127.0.0.1:9/hooks/\(Self.secrets[1])
              - kind: email
                url: smtp://pantau:\(Self.secrets[2])@127.0.0.1:9
                from: pantau@polres.example
                to: [humas@polres.example]
            platforms:
              youtube:
                api: http://127.0.0.1:9/youtube/v3
                key_env: PANTAU_TEST_YT_KEY
              facebook:
                api: http://127.0.0.1:9/graph
                credentials:
                  polres-contoh-page: {token_env: PANTAU_TEST_FB_TOKEN}
            """)
        try dir.write("feeds/polres-contoh.yaml", """
            unit:
              id: polres-contoh
              name: Polres Contoh
              kind: polres
            sources:
              - id: polres-contoh-web
                platform: website
                url: web.xml
              - id: polres-contoh-yt
                platform: youtube
                kind: api
                account: UCabcdefghijklmnopqrstuv
              - id: polres-contoh-fb
                platform: facebook
                kind: api
                account: "100064512345678"
                credential: polres-contoh-page
            innovations:
              - id: polres-contoh-simba
                name: SIM Bhabinkamtibmas
                acronym: SIMBA
                cadence: 7d
            """)
        try dir.write("feeds/web.xml", """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Polres Contoh</title>
            <item><title>SIMBA hadir di Kecamatan Jenu</title><link>https://contoh.example/1</link>
            <pubDate>Fri, 20 Nov 2026 15:00:00 +0700</pubDate><description>Layanan SIMBA.</description></item>
            </channel></rss>
            """)
        let run = try DaemonRun(["run", "-v"], in: dir.url,
                                environment: ["PANTAU_TEST_YT_KEY": Self.secrets[3], "PANTAU_TEST_FB_TOKEN": Self.secrets[4]])
        // The first pass crawls the source, finds the innovation silent and tries every notifier
        // (all unreachable, so their errors are logged too).
        let logged = run.waitFor("alerts not delivered", seconds: 60)
        let result = try run.stop()
        #expect(logged, "the daemon never reported its notifiers: \(result.stderr.suffix(2_000))")
        let output = result.stdout + result.stderr
        // The person who started it sees one line at start, one per round and one at stop, in Indonesian.
        let status = result.stdout.split(separator: "\n").map(String.init)
        #expect(status.first == "pantau berjalan: 3 sumber, berikutnya sekarang", "\(status)")
        #expect(status.filter { $0.contains("3 sumber dibaca, 1 unggahan baru, 2 gagal; berikutnya ") && $0.contains(" WIB") }.count == 1,
                "\(status)")
        #expect(status.last == "pantau berhenti.", "\(status)")
        #expect(output.contains("CrawlService"), "the service group's debug lines were not in the output")
        var stored = ""
        for name in ["pantau.sqlite", "pantau.sqlite-wal"] {
            if let d = FileManager.default.contents(atPath: dir.path(name)) { stored += String(decoding: d, as: UTF8.self) }
        }
        #expect(!stored.isEmpty)
        for secret in Self.secrets {
            #expect(!output.contains(secret), "secret in the output")
            #expect(!stored.contains(secret), "secret in the database")
        }
        let longest = output.split(separator: "\n").map(\.count).max() ?? 0
        #expect(longest <= 2_000, "a log line of \(longest) characters")
    }
}

/// A `pantau` process left running until stopped with SIGTERM, its output going to files.
final class DaemonRun {
    let process = Process()
    let outURL: URL
    let errURL: URL

    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = try PantauBinary.url()
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.arguments = arguments
        process.currentDirectoryURL = directory
        outURL = directory.appendingPathComponent(".daemon-stdout")
        errURL = directory.appendingPathComponent(".daemon-stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
    }

    /// Waits until standard error or output contains `text`, at most `seconds`.
    func waitFor(_ text: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, process.isRunning {
            if read(errURL).contains(text) || read(outURL).contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return read(errURL).contains(text) || read(outURL).contains(text)
    }

    /// Sends SIGTERM, waits for the exit and returns what was written.
    func stop() throws -> PantauBinary.Result {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return PantauBinary.Result(status: process.terminationStatus, stdout: read(outURL), stderr: read(errURL))
    }

    private func read(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
