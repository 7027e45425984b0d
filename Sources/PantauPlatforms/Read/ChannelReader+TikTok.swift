import PantauModel

extension ChannelReader {
    /// TikTok: the token owner's videos page by page; a refused token is renewed once with the
    /// refresh token (when configured) and the page asked again; then the follower count.
    func readTikTok(_ platform: TikTokPlatform, _ credential: TikTokCredential, _ run: inout Run) async {
        var tt = TikTok(api: platform.api, account: source.account ?? "", token: tiktokToken ?? credential.token)
        var refresh = credential.refresh
        if let r = tiktokRefreshToken { refresh?.refreshToken = r }
        var cursor: Int64?
        var pages = 0
        var cursors = Set<String>()
        while true {
            guard let r = await run.call(tt.listRequest(cursor: cursor)) else { return }
            switch tt.readList(r) {
            case .failure(.tokenExpired) where refresh != nil && run.result.renewedTokens == nil:
                let renewer = TikTokRefresh(api: platform.api, refresh: refresh!)
                guard let rr = await run.call(renewer.request()) else { return }
                switch renewer.read(rr) {
                case let .success(tokens):
                    run.result.renewedTokens = tokens
                    tt.token = tokens.accessToken
                    continue  // the same page again, with the new token
                case let .failure(e):
                    run.result.error = e
                    return
                }
            case let .failure(e):
                run.result.error = e
                return
            case let .success(page):
                pages += 1
                run.result.listed = true
                run.result.posts += page.posts
                cursor = page.next.flatMap { Int64($0) }
                guard shouldContinue(after: page.posts, next: page.next, pages: pages, seen: &cursors) else {
                    await readTikTokFollowers(tt, &run)
                    return
                }
            }
        }
    }

    /// The follower count; a missing scope leaves it unknown and the read stands.
    func readTikTokFollowers(_ tt: TikTok, _ run: inout Run) async {
        guard let r = await run.call(tt.accountRequest()) else { return }
        if case let .success(f) = tt.readAccount(r) { run.result.followers = f }
    }
}
