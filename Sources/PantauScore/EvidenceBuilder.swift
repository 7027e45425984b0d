import Foundation
import PantauModel

/// Builds the LKE evidence: every public post per innovation and suggested answers.
///
/// Suggested answers look at the posts of the last `window` (default 365 days) that are matched to
/// the unit's own innovations:
/// - PP ii.b (information through various media): A when posts exist both on a website and on
///   social media — SIPPN linkage is not visible to Pantau and must be checked by hand (B without
///   it); B when only one of the two; C when nothing is online (information only at the service
///   point, or D when it is hard to reach — Pantau cannot tell these apart).
/// - PP ii.f (innovations exist and are documented): A when every registered innovation has a
///   public post, B when at least half, C when at least one, D otherwise.
/// - MP ii.c (periodic socialisation through media): per innovation, the share of 30-day periods
///   with a public post, counted from the unit's earliest recorded post (published time, else
///   first seen; at most the window back); the unit's value is the mean. A ≥ 75 %, B ≥ 50 %,
///   C ≥ 25 %, D below. Under three periods of data the reason says the suggestion is weak.
public enum EvidenceBuilder {
    public static func build(registry: Registry, posts: [ObservedPost], health: [SourceHealth], now: Date,
                             zone: TimeZone = ISOWeek.jakarta, unitIDs: Set<String>? = nil,
                             window: Seconds = 365 * 86_400) -> EvidenceReport {
        let tree = UnitTree(units: registry.units, keep: unitIDs)
        let included = Set(tree.ordered.map(\.unit.id))
        let windowStart = now.addingTimeInterval(-TimeInterval(window))
        let lastSuccess = Dictionary(health.compactMap { h in h.lastSuccess.map { (h.sourceID, $0) } },
                                     uniquingKeysWith: { a, b in max(a, b) })
        var unitOf: [String: String] = [:]
        for i in registry.innovations where included.contains(i.unitID) && unitOf[i.id] == nil { unitOf[i.id] = i.unitID }

        var byInnovation: [String: [EvidencePost]] = [:]
        var firstPostByUnit: [String: Date] = [:]
        var seen: [String] = []
        for p in posts where p.time <= now {
            seen.removeAll(keepingCapacity: true)
            var evidence: EvidencePost?
            for m in p.matches {
                guard let u = unitOf[m.innovationID], !seen.contains(m.innovationID) else { continue }
                seen.append(m.innovationID)
                if evidence == nil {
                    // An imported post was never fetched: no hash of a text Pantau saw, online status unknown.
                    let imported = p.importedFrom != nil
                    let online = imported ? nil : lastSuccess[p.sourceID].map { p.lastSeen >= $0.addingTimeInterval(-300) }
                    evidence = EvidencePost(
                        postID: p.id, sourceID: p.sourceID, platform: p.platform, url: p.url, title: p.title,
                        published: p.published, firstSeen: p.firstSeen, lastSeen: p.lastSeen, engagement: p.engagement,
                        textSHA256: imported ? "" : p.textSHA256, stillOnline: online)
                    evidence!.importedFrom = p.importedFrom
                }
                byInnovation[m.innovationID, default: []].append(evidence!)
                if let f = firstPostByUnit[u], f <= p.time { continue }
                firstPostByUnit[u] = p.time
            }
        }

        // What Pantau cannot see per unit (token expired, broken, stale social channels).
        let views = ChannelVisibilityRules.units(registry, health: health, postTimes: [:], now: now)
        var innovationsByUnit: [String: [Innovation]] = [:]
        for i in registry.innovations where unitOf[i.id] == i.unitID { innovationsByUnit[i.unitID, default: []].append(i) }
        var units: [UnitEvidence] = []
        for (unit, _) in tree.ordered {
            let invs = (innovationsByUnit[unit.id] ?? []).sorted { NaturalOrder.less($0.name, $0.id, $1.name, $1.id) }
            let evidence = invs.map { inv in
                InnovationEvidence(innovation: inv, posts: (byInnovation[inv.id] ?? []).sorted { ($1.time, $1.postID) < ($0.time, $0.postID) })
            }
            let monitoringStart = max(windowStart, firstPostByUnit[unit.id] ?? now)
            let answers = [
                LKERules.ppIIb(evidence, windowStart: windowStart, blindSpot: ChannelVisibilityRules.blindSpot(views[unit.id])),
                LKERules.ppIIf(evidence, windowStart: windowStart),
                LKERules.mpIIc(evidence, from: monitoringStart, now: now, zone: zone),
            ]
            units.append(UnitEvidence(unit: unit, innovations: evidence, answers: answers))
        }
        return EvidenceReport(generated: now, zone: zone, windowStart: windowStart, units: units)
    }
}
