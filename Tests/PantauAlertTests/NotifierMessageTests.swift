import Foundation
import Testing
import PantauModel
@testable import PantauAlert
import PantauTestSupport

@Suite struct NotifierMessageTests {
    let now = Sample.wib(2026, 11, 23, 8)

    func group() -> AlertNotificationGroup {
        let fire = Alert(rule: .silentInnovation, unitID: "polres-tuban", innovationID: "panic", severity: .warning,
                         message: LocalizedText(id: "Inovasi Panic Button diam.\nBaris <b>dua</b>", en: "Innovation Panic Button is silent."),
                         since: Sample.wib(2026, 11, 16))
        let gone = Alert(rule: .brokenChannel, unitID: "polres-tuban", sourceID: "tuban-yt", severity: .critical,
                         message: LocalizedText(id: "Kanal YouTube rusak.", en: "YouTube channel broken."), since: nil)
        return AlertNotificationGroup(unitID: "polres-tuban", notifications: [
            AlertNotification(kind: .firing, alert: fire, firedAt: now),
            AlertNotification(kind: .resolved, alert: gone, firedAt: Sample.wib(2026, 11, 20), resolvedAt: now),
        ])
    }

    @Test func webhookJSON() throws {
        let data = WebhookMessage.body(group(), unitName: "Polres Tuban", language: .id, zone: Sample.zone, now: now)
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(obj["summary"] as? String == "Pantau — Polres Tuban: 1 peringatan baru, 1 selesai")
        #expect(obj["sentAt"] as? String == "2026-11-23T08:00:00+07:00")
        let items = try #require(obj["notifications"] as? [[String: Any]])
        #expect(items.map { $0["kind"] as? String } == ["firing", "resolved"])
        #expect(items[0]["fingerprint"] as? String == "silent-innovation:polres-tuban:panic")
        #expect(items[0]["messageEN"] as? String == "Innovation Panic Button is silent.")
        #expect(items[1]["channel"] as? String == "tuban-yt")
        #expect(items[1]["resolvedAt"] as? String == "2026-11-23T08:00:00+07:00")
    }

    @Test func telegramPlainText() throws {
        let text = TelegramMessage.text(group(), unitName: "Polres Tuban", language: .id, zone: Sample.zone)
        #expect(text == """
            Pantau — Polres Tuban: 1 peringatan baru, 1 selesai

            [BARU] Inovasi Panic Button diam. Baris <b>dua</b>

            [SELESAI] Kanal YouTube rusak. (selesai 23 Nov 2026 08.00 WIB)
            """)
        let body = try #require(try JSONSerialization.jsonObject(with: TelegramMessage.body(chatID: "-100123", text: text)) as? [String: Any])
        #expect(body["chat_id"] as? String == "-100123")
        #expect(body["parse_mode"] == nil)
    }

    @Test func telegramStaysUnderTheLimit() {
        let many = (0..<200).map { i in
            AlertNotification(kind: .firing, alert: Alert(rule: .silentInnovation, unitID: "u", innovationID: "i\(i)", severity: .warning,
                                                          message: LocalizedText(id: String(repeating: "x", count: 100), en: "x"), since: nil), firedAt: now)
        }
        let text = TelegramMessage.text(AlertNotificationGroup(unitID: "u", notifications: many), unitName: nil, language: .id, zone: Sample.zone)
        #expect(text.count <= TelegramMessage.limit)
        #expect(text.hasSuffix("lainnya"))
    }

    @Test func emailHeadersAndBody() throws {
        let mail = try EmailMessage.render(group(), unitName: "Polres Tuban", from: "pantau@polres.example", to: ["zi@polres.example", "humas@polres.example"],
                                           language: .en, zone: Sample.zone, now: now, messageID: "abc@pantau")
        let parts = mail.components(separatedBy: "\r\n\r\n")
        let headers = parts[0]
        #expect(headers.contains("From: pantau@polres.example\r\n"))
        #expect(headers.contains("To: zi@polres.example, humas@polres.example\r\n"))
        #expect(headers.contains("Date: Mon, 23 Nov 2026 01:00:00 +0000\r\n"))
        #expect(headers.contains("Subject: =?UTF-8?B?"))
        #expect(headers.contains("Message-ID: <abc@pantau>"))
        let body = String(decoding: Data(base64Encoded: parts[1].replacingOccurrences(of: "\r\n", with: ""))!, as: UTF8.self)
        #expect(body.hasPrefix("Pantau — Polres Tuban: 1 new, 1 resolved\r\n\r\n- [NEW] Innovation Panic Button is silent.\r\n"))
        #expect(!mail.contains("\n\n"))
    }

    @Test func emailRefusesHeaderInjection() {
        #expect(throws: AlertError.invalidAddress(field: "alerts.to[0]", value: "a@b.example\r\nBcc: x@y.example")) {
            try EmailMessage.render(group(), unitName: nil, from: "p@x.example", to: ["a@b.example\r\nBcc: x@y.example"],
                                    language: .id, zone: Sample.zone, now: now, messageID: "m")
        }
        #expect(throws: AlertError.self) {
            try EmailMessage.render(group(), unitName: nil, from: "not-an-address", to: ["a@b.example"], language: .id, zone: Sample.zone, now: now, messageID: "m")
        }
    }
}
