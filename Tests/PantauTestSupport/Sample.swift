import Foundation
import PantauModel

/// Shared by the Score, Report and Alert tests: a small registry and posts around ISO week 2026-W47 (Senin 16 – Minggu 22 November 2026, WIB).
public enum Sample {
    public static let zone = ISOWeek.jakarta
    public static let week = ISOWeek(year: 2026, week: 47)

    /// A time in Asia/Jakarta.
    public static func wib(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 10, _ min: Int = 0) -> Date {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        return c.date(from: DateComponents(year: y, month: m, day: d, hour: h, minute: min))!
    }

    public static let now = wib(2026, 11, 23, 8)

    public static let registry = Registry(
        units: [
            Unit(id: "polres-tuban", name: "Polres Tuban", kind: .polres, parent: "polda-jatim"),
            Unit(id: "polsek-senori", name: "Polsek Senori", kind: .polsek, parent: "polres-tuban"),
            Unit(id: "polda-jatim", name: "Polda Jawa Timur", kind: .polda),
            Unit(id: "polres-buleleng", name: "Polres Buleleng", kind: .polres),
        ],
        sources: [
            Source(id: "tuban-web", unitID: "polres-tuban", platform: .website, url: "file:///x"),
            Source(id: "tuban-ig", unitID: "polres-tuban", platform: .instagram, url: "file:///y"),
            Source(id: "tuban-yt", unitID: "polres-tuban", platform: .youtube, url: "file:///z", followers: 2_000),
            Source(id: "buleleng-web", unitID: "polres-buleleng", platform: .website, url: "file:///b"),
        ],
        innovations: [
            Innovation(id: "simba", unitID: "polres-tuban", name: "SIM Bhabinkamtibmas", acronym: "SIMBA"),
            Innovation(id: "taman", unitID: "polsek-senori", name: "Taman Lalu Lintas"),
            Innovation(id: "panic", unitID: "polres-tuban", name: "Panic Button"),
            Innovation(id: "sipandu", unitID: "polres-buleleng", name: "Si Pandu"),
        ])

    public static func post(_ id: Int64, _ source: String, _ platform: Platform, _ time: Date, _ innovations: [String],
                     title: String? = nil, url: String? = nil, unit: String = "polres-tuban",
                     engagement: Engagement = Engagement()) -> ObservedPost {
        ObservedPost(id: id, sourceID: source, unitID: unit, platform: platform, stableID: "s\(id)", url: url,
                     title: title ?? "Post \(id)", published: time, firstSeen: time, lastSeen: time,
                     engagement: engagement, matches: innovations.map { InnovationMatch(innovationID: $0, score: 1, evidence: []) })
    }

    public static let posts: [ObservedPost] = [
        post(1, "tuban-ig", .instagram, wib(2026, 11, 17), ["simba"], engagement: Engagement(views: 1_234, likes: 56)),
        post(2, "tuban-web", .website, wib(2026, 11, 18), ["simba"]),
        post(3, "tuban-web", .website, wib(2026, 11, 19), ["taman"]),
        post(4, "tuban-yt", .youtube, wib(2026, 11, 2), ["panic"]),
        post(5, "buleleng-web", .website, wib(2026, 11, 20), ["sipandu"], unit: "polres-buleleng"),
        post(6, "buleleng-web", .website, wib(2026, 11, 21), ["sipandu"], unit: "polres-buleleng"),
        post(7, "tuban-web", .website, wib(2026, 11, 20), []),
    ]
}
