import Foundation
import PantauFetch
import PantauModel
import PantauPipeline
import PantauStore
import PantauTestSupport
import Synchronization
import Testing

/// A webhook receiver that can be switched off (answers 503) and counts what it accepted.
final class Receiver: Sendable {
    final class State: Sendable { let value = Mutex((up: true, accepted: [String]())) }
    let state = State()
    let server: TestHTTPServer

    init() throws {
        let state = self.state
        server = try TestHTTPServer { req in
            state.value.withLock { s in
                guard s.up else { return .respond(status: 503) }
                s.accepted.append(String(decoding: req.body, as: UTF8.self))
                return .respond(status: 204)
            }
        }
    }

    func set(up: Bool) { state.value.withLock { $0.up = up } }
    var accepted: [String] { state.value.withLock { $0.accepted } }
}

@Suite struct AlertJobTests {
    let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    func job(_ url: String, _ db: AppDatabase) -> AlertJob {
        job([.init(kind: .webhook, url: url, repeatEvery: 86_400)], db)
    }

    func job(_ targets: [Settings.AlertTarget], _ db: AppDatabase) -> AlertJob {
        var settings = Settings()
        settings.alerts = targets
        let registry = Registry(units: [Unit(id: "polres-tuban", name: "Polres Tuban", kind: .polres)],
                                innovations: [Innovation(id: "simba", unitID: "polres-tuban", name: "SIM Bhabinkamtibmas")],
                                settings: settings)
        var c = FetchConfig()
        c.delayMillis = 0
        c.timeout = 3
        return AlertJob(registry: registry, database: db, engine: FetchEngine(config: c))
    }

    let silent = Alert(rule: .silentInnovation, unitID: "polres-tuban", innovationID: "simba", severity: .critical,
                       message: LocalizedText(id: "SIMBA senyap", en: "SIMBA is silent"), since: nil)

    @Test func fireRepeatResolveRefire() async throws {
        let rx = try Receiver()
        let db = try AppDatabase.inMemory()
        let j = job(rx.server.baseURL + "/hook", db)
        _ = try await j.run(alerts: [silent], now: t0)
        #expect(rx.accepted.count == 1)
        #expect(rx.accepted[0].contains("\"kind\":\"firing\""))
        _ = try await j.run(alerts: [silent], now: t0 + 3_600)
        #expect(rx.accepted.count == 1, "a repeat within 24 h is suppressed")
        _ = try await j.run(alerts: [silent], now: t0 + 86_400)
        #expect(rx.accepted.count == 2)
        #expect(rx.accepted[1].contains("\"kind\":\"repeating\""))
        _ = try await j.run(alerts: [], now: t0 + 90_000)
        #expect(rx.accepted.count == 3)
        #expect(rx.accepted[2].contains("\"kind\":\"resolved\""))
        _ = try await j.run(alerts: [silent], now: t0 + 100_000)
        #expect(rx.accepted.count == 4)
        #expect(rx.accepted[3].contains("\"kind\":\"firing\""))
        let history = try db.alertHistory()
        #expect(history.count == 4)
        #expect(history.allSatisfy { $0.delivered })
    }

    @Test func receiverDownForAnHourLosesNothingAndSendsOnce() async throws {
        let rx = try Receiver()
        let db = try AppDatabase.inMemory()
        let j = job(rx.server.baseURL + "/hook", db)
        rx.set(up: false)
        for minute in stride(from: 0, to: 60, by: 15) {
            let reports = try await j.run(alerts: [silent], now: t0 + Double(minute * 60))
            #expect(reports.first?.failed == 1)
        }
        #expect(rx.accepted.isEmpty)
        rx.set(up: true)
        _ = try await j.run(alerts: [silent], now: t0 + 3_600)
        _ = try await j.run(alerts: [silent], now: t0 + 3_700)
        #expect(rx.accepted.count == 1)
        #expect(rx.accepted[0].contains("SIMBA senyap"))
        let history = try db.alertHistory()
        #expect(history.filter { !$0.delivered }.count == 4)
        #expect(history.filter { $0.delivered }.count == 1)
    }

    /// The e-mail notifier through the whole job: one message per unit when the alert fires, none
    /// while the mail server refuses (recorded as not delivered), one when it is back.
    @Test func emailIsSentThroughTheJobAndRetriedWhenTheServerWasDown() async throws {
        let smtp = try TestSMTPServer()
        let db = try AppDatabase.inMemory()
        let j = job([.init(kind: .email, url: smtp.url, to: ["humas@polres-tuban.example"], from: "pantau@polres-tuban.example",
                           repeatEvery: 86_400)], db)
        _ = try await j.run(alerts: [silent], now: t0)
        #expect(smtp.messages.count == 1)
        #expect(smtp.messages.first?.to == ["<humas@polres-tuban.example>"])
        _ = try await j.run(alerts: [], now: t0 + 3_600)
        #expect(smtp.messages.count == 2, "the resolution is mailed too")
        smtp.set(down: true)
        let down = try await j.run(alerts: [silent], now: t0 + 7_200)
        #expect(down.first?.failed == 1)
        #expect(smtp.messages.count == 2)
        smtp.set(down: false)
        _ = try await j.run(alerts: [silent], now: t0 + 7_500)
        _ = try await j.run(alerts: [silent], now: t0 + 7_800)
        #expect(smtp.messages.count == 3, "sent once when the server is back, not again")
        let history = try db.alertHistory()
        #expect(history.filter { !$0.delivered }.count == 1)
        #expect(history.filter { $0.delivered }.count == 3)
    }
}
