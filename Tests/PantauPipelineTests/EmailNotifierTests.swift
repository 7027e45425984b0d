import Foundation
import PantauAlert
import PantauModel
import PantauTestSupport
import Testing

@Suite struct EmailNotifierTests {
    let alert = Alert(rule: .silentInnovation, unitID: "polres-tuban", innovationID: "simba", severity: .critical,
                      message: LocalizedText(id: "Inovasi SIMBA senyap 20 hari", en: "SIMBA silent for 20 days"), since: nil)

    @Test func deliversOverSMTPAndReportsRefusal() async throws {
        let smtp = try TestSMTPServer()
        let n = EmailNotifier(url: smtp.url, from: "pantau@polres.example", to: ["humas@polres.example"],
                              language: .id, zone: ISOWeek.jakarta)
        let group = AlertNotificationGroup(unitID: "polres-tuban", notifications: [
            AlertNotification(kind: .firing, alert: alert, firedAt: Date(timeIntervalSince1970: 1_795_000_000)),
        ])
        try await n.deliver(group, unitName: "Polres Tuban", now: Date(timeIntervalSince1970: 1_795_000_000))
        let m = try #require(smtp.messages.first)
        #expect(m.from == "<pantau@polres.example>")
        #expect(m.to == ["<humas@polres.example>"])
        let lines = m.data.split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.drop { !$0.isEmpty }.dropFirst().joined()
        let decoded = String(decoding: Data(base64Encoded: body.replacingOccurrences(of: "\r", with: "")) ?? Data(), as: UTF8.self)
        #expect(decoded.contains("Inovasi SIMBA senyap 20 hari"))

        smtp.set(down: true)
        await #expect(throws: AlertDeliveryError.self) {
            try await n.deliver(group, unitName: "Polres Tuban", now: Date())
        }
        #expect(smtp.messages.count == 1)
    }
}
