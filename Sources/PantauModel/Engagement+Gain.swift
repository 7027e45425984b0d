import Foundation

extension Engagement {
    /// What the counters grew by since `base` (each never below zero; nil where either side is
    /// unknown). With no base (the post was new in the period) the counters themselves.
    public func gain(since base: Engagement?) -> Engagement {
        guard let base else { return self }
        func d(_ a: Int?, _ b: Int?) -> Int? {
            guard let a, let b else { return nil }
            let (r, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? nil : max(0, r)
        }
        return Engagement(views: d(views, base.views), likes: d(likes, base.likes), comments: d(comments, base.comments),
                          shares: d(shares, base.shares))
    }
}
