import Foundation
import Testing
import PantauModel
import PantauScore
@testable import PantauReport
import PantauTestSupport

/// The weekly report and the evidence are built from the same posts and must tell the same story.
@Suite struct ConsistencyTests {
    @Test func reportAndEvidenceAgree() {
        let r = WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: Sample.posts, health: [], week: Sample.week,
                                                now: Sample.now, zone: Sample.zone))
        let e = EvidenceBuilder.build(registry: Sample.registry, posts: Sample.posts, health: [], now: Sample.now, zone: Sample.zone)
        for u in r.units {
            let eu = e.units.first { $0.unit.id == u.unit.id }
            #expect(eu != nil)
            for i in u.innovations {
                let evidence = eu?.innovations.first { $0.innovation.id == i.innovation.id }?.posts ?? []
                let inWeek = evidence.filter { r.weekStart <= $0.time && $0.time < r.weekEnd }
                #expect(Set(inWeek.map(\.postID)) == Set(i.posts.map(\.postID)), "\(i.innovation.id)")
                #expect(evidence.map(\.time).max() == i.lastPost, "\(i.innovation.id)")
            }
        }
        // And both agree with the posts: each matched post once per innovation it is about.
        let matchedPairs = Sample.posts.flatMap { p in Set(p.matches.map(\.innovationID)).map { "\(p.id)/\($0)" } }
        let evidencePairs = e.units.flatMap(\.innovations).flatMap { i in i.posts.map { "\($0.postID)/\(i.innovation.id)" } }
        #expect(Set(matchedPairs) == Set(evidencePairs))
        #expect(matchedPairs.count == evidencePairs.count)
    }
}
