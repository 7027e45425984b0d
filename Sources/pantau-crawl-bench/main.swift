import CCurl
import Foundation

/// pantau-crawl-bench: the raw libcurl multi fetch-only pass the crawl benchmark compares against.
/// Fetches every URL of a file (one per line) on one multi handle with the same limits the crawl
/// runs under (transfers in flight in all, and per host), discards the bodies and prints one JSON
/// line: urls, ok, failed, bytes, seconds, per second.
///
/// usage: pantau-crawl-bench URLS_FILE CONCURRENCY PER_HOST

let args = CommandLine.arguments
guard args.count == 4, let concurrency = Int(args[2]), let perHost = Int(args[3]), concurrency > 0, perHost > 0,
      let text = try? String(contentsOfFile: args[1], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: pantau-crawl-bench URLS_FILE CONCURRENCY PER_HOST\n".utf8))
    exit(2)
}
let urls = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }

curl_global_init(Int(CURL_GLOBAL_DEFAULT))
let multi = curl_multi_init()!
_ = pantau_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, perHost)
_ = pantau_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, 256)

/// Bytes received, counted by the write callback (the engine's thread is the only one).
nonisolated(unsafe) var received = 0
let discard: pantau_curl_write_cb = { _, size, count, _ in
    received += size * count
    return size * count
}

@MainActor func start(_ url: String) {
    let h = curl_easy_init()!
    _ = pantau_easy_setopt_string(h, CURLOPT_URL, url)
    _ = pantau_easy_setopt_long(h, CURLOPT_NOSIGNAL, 1)
    _ = pantau_easy_setopt_long(h, CURLOPT_TIMEOUT, 60)
    _ = pantau_easy_setopt_string(h, CURLOPT_ACCEPT_ENCODING, "")
    _ = pantau_easy_setopt_write_cb(h, CURLOPT_WRITEFUNCTION, discard)
    curl_multi_add_handle(multi, h)
}

let began = DispatchTime.now()
var next = 0
var inFlight = 0
var ok = 0
var failed = 0
while next < urls.count || inFlight > 0 {
    while inFlight < concurrency, next < urls.count {
        start(urls[next])
        next += 1
        inFlight += 1
    }
    var still: Int32 = 0
    _ = curl_multi_perform(multi, &still)
    var left: Int32 = 0
    while let msg = curl_multi_info_read(multi, &left) {
        guard msg.pointee.msg == CURLMSG_DONE, let h = msg.pointee.easy_handle else { continue }
        var status = 0
        _ = pantau_easy_getinfo_long(h, CURLINFO_RESPONSE_CODE, &status)
        if msg.pointee.data.result == CURLE_OK && status == 200 { ok += 1 } else { failed += 1 }
        curl_multi_remove_handle(multi, h)
        curl_easy_cleanup(h)
        inFlight -= 1
    }
    if inFlight > 0 && next >= urls.count || inFlight >= concurrency {
        var fds: Int32 = 0
        _ = curl_multi_poll(multi, nil, 0, 100, &fds)
    }
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1e9
curl_multi_cleanup(multi)
print(String(format: "{\"urls\": %d, \"ok\": %d, \"failed\": %d, \"bytes\": %d, \"seconds\": %.3f, \"per_second\": %.1f}",
             urls.count, ok, failed, received, seconds, Double(urls.count) / seconds))
