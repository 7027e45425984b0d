import Foundation
import PantauModel

/// The store's view of the registry: which sources exist.
public protocol RegistryStore: Sendable {
    /// Makes the stored sources mirror the registry: new ones added, changed ones updated (a new URL
    /// forgets what was known of the old one), removed ones kept but marked out of the registry.
    /// Crawl state stays.
    func syncSources(_ sources: [Source]) async throws
}
