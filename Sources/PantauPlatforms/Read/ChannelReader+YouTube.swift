import PantauModel

extension ChannelReader {
    /// YouTube `kind: api`: the channel's uploads playlist page by page, then the videos' statistics.
    func readYouTube(_ yt: YouTube, channelID: String, _ run: inout Run) async {
        guard let c = await run.call(yt.channelRequest(channelID: channelID)) else { return }
        let uploads: String
        switch yt.readChannel(c, channelID: channelID) {
        case let .failure(e):
            run.result.error = e
            return
        case let .success(ch):
            uploads = ch.uploads
            run.result.followers = ch.subscribers
        }
        var token: String?
        var pages = 0
        var tokens = Set<String>()
        var paging = true
        while paging {
            guard let r = await run.call(yt.uploadsRequest(playlistID: uploads, pageToken: token)) else { break }
            pages += 1
            switch yt.readUploads(r, channelID: channelID) {
            case let .failure(e):
                run.result.error = e
                return
            case let .success(page):
                run.result.listed = true
                run.result.posts += page.posts
                token = page.next
                paging = shouldContinue(after: page.posts, next: page.next, pages: pages, seen: &tokens)
            }
        }
        await addStatistics(yt, &run)
    }

    /// Adds views, likes and comments to the videos read, 50 a call, as far as the quota allows.
    func addStatistics(_ yt: YouTube, _ run: inout Run) async {
        let ids = run.result.posts.compactMap { YouTube.videoID(stableID: $0.post.stableID, url: $0.post.url) }
        for request in yt.statisticsRequests(videoIDs: ids) {
            guard let r = await run.call(request) else { return }
            switch yt.readStatistics(r) {
            case let .failure(e):
                run.result.error = e
                return
            case let .success(byID):
                for i in run.result.posts.indices {
                    guard let id = YouTube.videoID(stableID: run.result.posts[i].post.stableID, url: nil),
                          let e = byID[id] else { continue }
                    run.result.posts[i].post.engagement = e
                }
            }
        }
    }
}
