import Foundation
import PantauModel

/// Runs every alert rule and returns the alerts that hold now, ordered by unit, rule and subject.
public enum AlertEngine {
    /// The rules run by default, in the order their alerts are listed within a unit.
    public static let defaultRules: [any AlertRuleCheck] = [
        SilentInnovationRule(), WebsiteOnlyRule(), BlindSpotRule(), BrokenChannelRule(), EngagementDropRule(),
    ]

    public static func evaluate(registry: Registry, posts: [ObservedPost], health: [SourceHealth],
                                now: Date, zone: TimeZone) -> [Alert] {
        evaluate(AlertContext(registry: registry, posts: posts, health: health, now: now, zone: zone),
                 rules: defaultRules)
    }

    public static func evaluate(_ context: AlertContext, rules: [any AlertRuleCheck]) -> [Alert] {
        let order = Dictionary(rules.enumerated().map { ($1.rule, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        return rules.flatMap { $0.evaluate(context) }
            .filter { seen.insert($0.fingerprint).inserted }
            .sorted { ($0.unitID, order[$0.rule] ?? 99, $0.fingerprint) < ($1.unitID, order[$1.rule] ?? 99, $1.fingerprint) }
    }
}
