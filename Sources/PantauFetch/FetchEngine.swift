import CCurl
import Foundation
import Synchronization

/// Fetches many URLs at once on one libcurl multi handle, driven by its own thread: connection
/// reuse, HTTP/2 where offered, a DNS cache, and per-host politeness (at most `perHost` transfers
/// to a host, and `delayMillis` between two starts). Callers just `await fetch(_:)` from any task.
public final class FetchEngine: Sendable {
    public let config: FetchConfig
    private let core: EngineCore
    private var multi: MultiHandle { core.multi }

    public init(config: FetchConfig = FetchConfig()) {
        CurlGlobal.ensureInitialised()
        self.config = config
        self.core = EngineCore()
        let thread = Thread { [core, config] in
            EngineLoop(core: core, config: config).run()
        }
        thread.name = "pantau-fetch"
        thread.start()
    }

    deinit {
        core.state.withLock { $0.shutdown = true }
        core.multi.wakeup()
    }

    /// Fetches one request, waiting for a politeness slot if its host is busy. Never throws:
    /// failures come back in `FetchResponse.error`. Task cancellation aborts the transfer.
    public func fetch(_ request: FetchRequest) async -> FetchResponse {
        if let roots = config.fileRoots, let refusal = FileAccess.refusal(request.url, roots: roots) {
            return FetchResponse(request: request, effectiveURL: request.url, status: 0, headers: [], body: [],
                                 notModified: false, redirects: [], wireBytes: 0, elapsed: 0, error: refusal)
        }
        let id = core.state.withLock { s -> UInt64 in s.nextID += 1; return s.nextID }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (cont: CheckedContinuation<FetchResponse, Never>) in
                let job = Job(id: id, request: request) { cont.resume(returning: $0) }
                // Only the first job the engine has not taken yet wakes it: it takes all waiting jobs at once.
                let accepted = core.state.withLock { s -> Bool? in
                    guard !s.shutdown else { return nil }
                    s.submitted.append(job)
                    return s.submitted.count == 1
                }
                switch accepted {
                case true?: multi.wakeup()
                case false?: break
                case nil: job.complete(.cancelled(request))
                }
            }
        } onCancel: {
            _ = core.state.withLock { $0.cancelled.insert(id) }
            multi.wakeup()
        }
    }

    /// Raises the minimum delay between two requests to `host` (robots.txt Crawl-delay).
    public func setMinimumDelay(host: String, millis: Int) {
        core.state.withLock { $0.hostDelays[host] = max(millis, $0.hostDelays[host] ?? 0) }
    }

    /// Stops the engine: transfers in flight and waiting are cancelled.
    public func shutdown() {
        core.state.withLock { $0.shutdown = true }
        multi.wakeup()
    }
}

/// A submitted request and who to tell when it is done.
struct Job: Sendable {
    let id: UInt64
    let request: FetchRequest
    /// `request.host`, worked out once by the caller (the engine's thread looks it up several times).
    let host: String
    let complete: @Sendable (FetchResponse) -> Void

    init(id: UInt64, request: FetchRequest, complete: @escaping @Sendable (FetchResponse) -> Void) {
        self.id = id
        self.request = request
        self.host = request.host
        self.complete = complete
    }
}

/// What callers hand to the engine thread.
struct EngineState: Sendable {
    var nextID: UInt64 = 0
    var submitted: [Job] = []
    var cancelled: Set<UInt64> = []
    var hostDelays: [String: Int] = [:]
    var shutdown = false
}

/// What the callers and the engine thread share.
final class EngineCore: Sendable {
    let state = Mutex(EngineState())
    let multi = MultiHandle()
}

/// The curl multi handle; used only by the engine thread except for `wakeup`, which is thread-safe.
final class MultiHandle: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer
    init() {
        pointer = curl_multi_init()!
        _ = pantau_multi_setopt_long(pointer, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX))
        _ = pantau_multi_setopt_long(pointer, CURLMOPT_MAXCONNECTS, 256)
    }
    func wakeup() { _ = curl_multi_wakeup(pointer) }
    deinit { curl_multi_cleanup(pointer) }
}

extension FetchResponse {
    static func cancelled(_ r: FetchRequest) -> FetchResponse {
        FetchResponse(request: r, effectiveURL: r.url, status: 0, headers: [], body: [], notModified: false,
                      redirects: [], wireBytes: 0, elapsed: 0, error: .cancelled)
    }
}

enum CurlGlobal {
    private static let done: Bool = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
        return true
    }()
    static func ensureInitialised() { _ = done }
}

extension FetchResponse {
    /// A request Pantau decided not to send (e.g. robots.txt), as a failed response.
    public static func refused(_ url: String, _ why: String) -> FetchResponse {
        FetchResponse(request: FetchRequest(url: url), effectiveURL: url, status: 0, headers: [], body: [],
                      notModified: false, redirects: [], wireBytes: 0, elapsed: 0,
                      error: .transfer(code: 0, message: why))
    }
}
