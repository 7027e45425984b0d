import Foundation
import PantauModel
import PantauStore

/// Keeps the leases of a run's claimed sources alive while they are crawled: every third of the
/// lease, the sources claimed and not yet finished are claimed again by the same owner, which moves
/// their expiry on. A source whose crawl takes longer than one lease (many slow article pages) is so
/// not taken over by another worker meanwhile. A source another owner took after all (its lease
/// expired while this process was stopped) stays with that owner.
final class LeaseRenewal: @unchecked Sendable {
    private let lock = NSLock()
    private var held = Set<String>()
    private var task: Task<Void, Never>?

    /// Starts renewing for `owner` on `storage`, each lease `seconds` long from `now()`.
    init(storage: any CrawlStorage, owner: String, seconds: TimeInterval, now: @escaping @Sendable () -> Date) {
        let every = max(1, seconds / 3)
        task = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(every))
                guard let ids = self?.current(), !ids.isEmpty, !Task.isCancelled else { continue }
                let at = now()
                _ = try? await storage.claimSources(ids, owner: owner, at: at, until: at + seconds)
            }
        }
    }

    deinit { task?.cancel() }

    /// Stops renewing.
    func stop() { task?.cancel() }

    /// These sources were claimed.
    func claimed(_ ids: [String]) { lock.withLock { held.formUnion(ids) } }

    /// This source's crawl ended (its outcome is saved or its claim given back by the run).
    func finished(_ id: String) { _ = lock.withLock { held.remove(id) } }

    private func current() -> [String] { lock.withLock { held.sorted() } }
}
