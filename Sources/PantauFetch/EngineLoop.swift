import CCurl
import Foundation
import Synchronization

/// The engine thread's loop: admit jobs politely, drive curl, hand back results.
final class EngineLoop {
    let core: EngineCore
    var multi: MultiHandle { core.multi }
    let config: FetchConfig
    var hosts = HostQueues()
    var running: [UInt64: (Job, Transfer)] = [:]
    var byHandle: [UnsafeMutableRawPointer: UInt64] = [:]
    /// Transfers in flight that read local files (no socket to poll).
    var localRunning = 0
    /// Easy handles of finished transfers, reset, for the next ones (at most `concurrency`).
    var spareHandles: [UnsafeMutableRawPointer] = []

    init(core: EngineCore, config: FetchConfig) {
        self.core = core
        self.config = config
    }

    deinit {
        for h in spareHandles { curl_easy_cleanup(h) }
    }

    func run() {
        let m = multi.pointer
        while true {
            let (incoming, cancelled, shutdown, delays) = core.state.withLock { s -> ([Job], Set<UInt64>, Bool, [String: Int]) in
                let r = (s.submitted, s.cancelled, s.shutdown, s.hostDelays)
                s.submitted.removeAll(keepingCapacity: true)
                s.cancelled.removeAll()
                return r
            }
            for job in incoming { hosts.enqueue(job) }
            hosts.delays = delays
            if shutdown {
                for job in hosts.drainAll() { job.complete(.cancelled(job.request)) }
                for id in Array(running.keys) { abort(id) }
                return
            }
            for id in cancelled {
                if running[id] != nil { abort(id) } else if let job = hosts.remove(id) { job.complete(.cancelled(job.request)) }
            }
            admit()
            var stillRunning: Int32 = 0
            _ = curl_multi_perform(m, &stillRunning)
            collect()
            // All slots busy: only curl activity (or a wakeup) can change anything, and curl_multi_poll
            // also ends early for curl's own timers. Otherwise wake when the next host's delay is over.
            // file: transfers have no socket to wait on: keep driving them without sleeping.
            let wait = localRunning > 0 ? 0 : running.count >= config.concurrency ? 1_000
                : hosts.millisUntilNextReady(config: config).map { min($0, 1_000) } ?? 1_000
            var fds: Int32 = 0
            _ = curl_multi_poll(m, nil, 0, Int32(max(wait, 0)), &fds)
        }
    }

    /// Starts as many waiting jobs as the limits allow.
    func admit() {
        while running.count < config.concurrency, let job = hosts.next(config: config) {
            let jobID = job.id
            guard let t = Transfer(request: job.request, config: config, handle: spareHandles.popLast(),
                                   completion: job.complete) else {
                hosts.finished(job.host)
                job.complete(FetchResponse(request: job.request, effectiveURL: job.request.url, status: 0, headers: [],
                                           body: [], notModified: false, redirects: [], wireBytes: 0, elapsed: 0,
                                           error: .transfer(code: -1, message: "cannot create transfer")))
                continue
            }
            running[jobID] = (job, t)
            byHandle[t.handle] = jobID
            if job.host.isEmpty { localRunning += 1 }
            curl_multi_add_handle(multi.pointer, t.handle)
        }
    }

    /// Hands back every finished transfer.
    func collect() {
        var left: Int32 = 0
        while let msg = curl_multi_info_read(multi.pointer, &left) {
            guard msg.pointee.msg == CURLMSG_DONE, let h = msg.pointee.easy_handle,
                  let id = byHandle[h], let (job, t) = running[id] else { continue }
            let code = msg.pointee.data.result
            finish(id, job: job, transfer: t, response: t.finish(code))
        }
    }

    func abort(_ id: UInt64) {
        guard let (job, t) = running[id] else { return }
        finish(id, job: job, transfer: t, response: .cancelled(job.request))
    }

    private func finish(_ id: UInt64, job: Job, transfer t: Transfer, response: FetchResponse) {
        curl_multi_remove_handle(multi.pointer, t.handle)
        byHandle[t.handle] = nil
        running[id] = nil
        if job.host.isEmpty { localRunning -= 1 }
        hosts.finished(job.host)
        // The easy handle is reset and used again for a later transfer (its buffers stay allocated).
        if spareHandles.count < config.concurrency, let h = t.releaseHandle() { spareHandles.append(h) }
        job.complete(response)
    }
}
