import Foundation
import PantauModel

/// The weekly report as JSON for other tools: every value of the report, times as ISO-8601 with
/// the report zone's offset, compact, keys in a fixed order. Recommendation text follows `language`.
///
/// Shape: `{week, start, end, generated, timezone, language, weights{…}, totals{…},
/// trend{weeks, social, other}, channelMix[{platform, posts}], units[{id, name, kind, parent,
/// depth, totals, rollup, visibility, rollupVisibility, recommendations[{kind, innovation, source,
/// text}], channels[{id, platform, url, posts, matchedPosts, lastPost, broken, consecutiveFailures,
/// lastError, lastSuccess, quarantinedSince, origin, apiState, followers}], platforms[{platform, visibility,
/// since}], innovations[{id, name, acronym, area, status, posts[{id, source,
/// platform, url, title, time, origin (api | feed | csv-import), engagement{views, likes, comments, shares}, rate{value, basis}}],
/// channels[{source, platform, posts}], lastPost, lastSocialPost, daysSinceLastPost, cadenceDays,
/// cadenceKept, trend, channelTrend[{source, platform, posts}], visibility{value,
/// components[{kind, value, weight}]}, engagement[{platform, basis, posts, interactions,
/// denominator, rate}]}]}]}`.
public enum JSONReport {
    public static func render(_ r: WeeklyReport, language: Language) -> String {
        var w = JSONWriter()
        w.out.reserveCapacity(r.units.count * 4_096)
        let t = { (d: Date) in LocalFormat.isoTime(d, zone: r.zone) }
        w.beginObject()
        w.field("week", r.week.description)
        w.field("start", t(r.weekStart))
        w.field("end", t(r.weekEnd))
        w.field("generated", t(r.generated))
        w.field("timezone", r.zone.identifier)
        w.field("language", language.rawValue)
        w.key("weights")
        w.beginObject()
        w.field("coverage", r.weights.coverage)
        w.field("social", r.weights.social)
        w.field("regularity", r.weights.regularity)
        w.field("engagement", r.weights.engagement)
        w.endObject()
        w.key("totals")
        totals(&w, r.totals)
        w.key("trend")
        w.beginObject()
        w.key("weeks")
        w.beginArray()
        for wk in r.trendWeeks { w.string(wk.description) }
        w.endArray()
        w.key("social"); w.ints(r.trendSocial)
        w.key("other"); w.ints(r.trendOther)
        w.endObject()
        w.key("channelMix")
        w.beginArray()
        for m in r.channelMix {
            w.beginObject(); w.field("platform", m.platform.rawValue); w.field("posts", m.posts); w.endObject()
        }
        w.endArray()
        w.key("units")
        w.beginArray()
        for u in r.units { unit(&w, u, t, language) }
        w.endArray()
        w.endObject()
        return w.out + "\n"
    }

    static func totals(_ w: inout JSONWriter, _ x: WeekTotals) {
        w.beginObject()
        w.field("innovations", x.innovations)
        w.field("onSocialMedia", x.onSocialMedia)
        w.field("websiteOnly", x.websiteOnly)
        w.field("noPublicPost", x.noPublicPost)
        w.field("posts", x.posts)
        w.field("socialPosts", x.socialPosts)
        w.field("websitePosts", x.websitePosts)
        w.field("brokenChannels", x.brokenChannels)
        w.field("coveredShare", x.coveredShare)
        w.field("socialShare", x.socialShare)
        w.endObject()
    }

    static func unit(_ w: inout JSONWriter, _ u: UnitWeek, _ t: (Date) -> String, _ l: Language) {
        w.beginObject()
        w.field("id", u.unit.id)
        w.field("name", u.unit.name)
        w.field("kind", u.unit.kind.rawValue)
        w.field("parent", u.unit.parent)
        w.field("depth", u.depth)
        w.key("totals"); totals(&w, u.totals)
        w.key("rollup"); totals(&w, u.rollup)
        w.field("visibility", u.visibility)
        w.field("rollupVisibility", u.rollupVisibility)
        w.key("recommendations")
        w.beginArray()
        for rec in u.recommendations {
            w.beginObject()
            w.field("kind", rec.kind.rawValue)
            w.field("innovation", rec.innovationID)
            w.field("source", rec.sourceID)
            w.field("text", rec.text.text(l))
            w.endObject()
        }
        w.endArray()
        w.key("channels")
        w.beginArray()
        for c in u.channels {
            w.beginObject()
            w.field("id", c.source.id)
            w.field("platform", c.source.platform.rawValue)
            w.field("url", c.source.url)
            w.field("posts", c.posts)
            w.field("matchedPosts", c.matchedPosts)
            w.field("lastPost", c.lastPost.map(t))
            w.field("broken", c.isBroken)
            w.field("consecutiveFailures", c.health?.consecutiveFailures)
            w.field("lastError", c.health?.lastError)
            w.field("lastSuccess", c.health?.lastSuccess.map(t))
            w.field("quarantinedSince", c.health?.quarantinedSince.map(t))
            w.field("origin", c.source.kind == .api ? NumberOrigin.api.rawValue : NumberOrigin.feed.rawValue)
            w.field("apiState", c.health?.apiState?.rawValue)
            w.field("followers", c.health?.followers ?? c.source.followers)
            w.endObject()
        }
        w.endArray()
        w.key("platforms")
        w.beginArray()
        for v in u.platforms {
            w.beginObject()
            w.field("platform", v.platform.rawValue)
            w.field("visibility", v.visibility.rawValue)
            w.field("since", v.since.map(t))
            w.endObject()
        }
        w.endArray()
        w.key("innovations")
        w.beginArray()
        for i in u.innovations { innovation(&w, i, t) }
        w.endArray()
        w.endObject()
    }

    static func innovation(_ w: inout JSONWriter, _ i: InnovationWeek, _ t: (Date) -> String) {
        w.beginObject()
        w.field("id", i.innovation.id)
        w.field("name", i.innovation.name)
        w.field("acronym", i.innovation.acronym)
        w.field("area", i.innovation.area.rawValue)
        w.field("status", i.status.rawValue)
        // The judgement the alerts share; "not-visible" names what Pantau cannot see.
        w.field("state", i.state.key)
        if case let .notVisible(reason) = i.state { w.field("notVisible", reason) }
        w.key("posts")
        w.beginArray()
        for p in i.posts { post(&w, p, t) }
        w.endArray()
        w.key("channels")
        w.beginArray()
        for c in i.channels {
            w.beginObject(); w.field("source", c.sourceID); w.field("platform", c.platform.rawValue); w.field("posts", c.posts); w.endObject()
        }
        w.endArray()
        w.key("weekGain")
        if let g = i.weekGain {
            w.beginObject(); w.field("views", g.views); w.field("likes", g.likes); w.field("comments", g.comments)
            w.field("shares", g.shares); w.endObject()
        } else {
            w.null()
        }
        w.field("lastPost", i.lastPost.map(t))
        w.field("lastSocialPost", i.lastSocialPost.map(t))
        w.field("daysSinceLastPost", i.daysSinceLastPost)
        w.field("cadenceDays", i.innovation.effectiveCadence / 86_400)
        w.field("cadenceKept", i.cadenceKept)
        w.key("trend"); w.ints(i.trend)
        w.key("channelTrend")
        w.beginArray()
        for c in i.channelTrend {
            w.beginObject(); w.field("source", c.sourceID); w.field("platform", c.platform.rawValue); w.key("posts"); w.ints(c.posts); w.endObject()
        }
        w.endArray()
        w.key("visibility")
        if let v = i.visibility {
            w.beginObject()
            w.field("value", v.value)
            w.key("components")
            w.beginArray()
            for c in v.components {
                w.beginObject(); w.field("kind", c.kind.rawValue); w.field("value", c.value); w.field("weight", c.weight); w.endObject()
            }
            w.endArray()
            w.endObject()
        } else {
            w.null()
        }
        w.key("engagement")
        w.beginArray()
        for e in i.engagement {
            w.beginObject()
            w.field("platform", e.platform.rawValue)
            w.field("basis", e.basis.rawValue)
            w.field("posts", e.posts)
            w.field("interactions", e.interactions)
            w.field("denominator", e.denominator)
            w.field("rate", e.rate)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// One of an innovation's posts this week, with its counters and rate.
    static func post(_ w: inout JSONWriter, _ p: PostLine, _ t: (Date) -> String) {
        w.beginObject()
        w.key("id"); w.int64(p.postID)
        w.field("source", p.sourceID)
        w.field("platform", p.platform.rawValue)
        w.field("url", p.url)
        w.field("title", p.title)
        w.field("time", t(p.time))
        w.field("origin", p.origin.rawValue)
        w.key("engagement")
        w.beginObject()
        w.field("views", p.engagement.views)
        w.field("likes", p.engagement.likes)
        w.field("comments", p.engagement.comments)
        w.field("shares", p.engagement.shares)
        w.endObject()
        w.key("rate")
        if let r = p.rate {
            w.beginObject(); w.field("value", r.value); w.field("basis", r.basis.rawValue); w.endObject()
        } else {
            w.null()
        }
        w.endObject()
    }
}
