import PantauModel

extension ChannelReader {
    /// Instagram: media pages through Business Discovery, then insights when the account is the credential's own.
    func readInstagram(_ ig: Instagram, _ run: inout Run) async {
        var after: String?
        var pages = 0
        var cursors = Set<String>()
        var own = false
        while true {
            guard let r = await run.call(ig.mediaRequest(after: after)) else { return }
            pages += 1
            switch ig.readMedia(r) {
            case let .failure(e):
                run.result.error = e
                return
            case let .success((page, isOwn)):
                own = isOwn
                run.result.listed = true
                run.result.posts += page.posts
                if let f = page.followers { run.result.followers = f }
                after = page.next
                guard !run.mustSlowDown, shouldContinue(after: page.posts, next: page.next, pages: pages, seen: &cursors) else {
                    if own { await readInsights(ig, &run) }
                    return
                }
            }
        }
    }

    /// Views, reach, shares and saves of the newest posts; a refusal (e.g. a missing permission)
    /// leaves the posts as they are.
    func readInsights(_ ig: Instagram, _ run: inout Run) async {
        for i in run.result.posts.indices.prefix(maxInsights) where !run.mustSlowDown {
            guard let r = await run.call(ig.insightsRequest(mediaID: run.result.posts[i].post.stableID)) else { return }
            guard case let .success(ins) = ig.readInsights(r) else { continue }
            var p = run.result.posts[i]
            p.post.engagement.views = ins.views ?? p.post.engagement.views
            p.post.engagement.shares = ins.shares ?? p.post.engagement.shares
            p.reach = ins.reach
            p.saves = ins.saves
            run.result.posts[i] = p
        }
    }

    /// Facebook: the page's followers, then its posts page by page.
    func readFacebook(_ fb: Facebook, _ run: inout Run) async {
        guard let a = await run.call(fb.accountRequest()) else { return }
        switch fb.readAccount(a) {
        case let .success(f): run.result.followers = f
        case let .failure(e) where e.channelState != .broken:
            run.result.error = e  // a refused token or a rate limit holds for the posts too
            return
        case .failure:
            break  // the follower count stays unknown; the posts may still be readable
        }
        var after: String?
        var pages = 0
        var cursors = Set<String>()
        while !run.mustSlowDown {
            guard let r = await run.call(fb.postsRequest(after: after)) else { return }
            pages += 1
            switch fb.readPosts(r) {
            case let .failure(e):
                run.result.error = e
                return
            case let .success(page):
                run.result.listed = true
                run.result.posts += page.posts
                after = page.next
                guard shouldContinue(after: page.posts, next: page.next, pages: pages, seen: &cursors) else { return }
            }
        }
    }
}
