import Foundation
import PantauModel

/// Everything a Workspace needs from a store, apart from the crawl (`CrawlStorage`). SQLite
/// (`AppDatabase`) is one implementation; PostgreSQL is the other.
public protocol WorkspaceStore: RegistryStore, ReportStore, AlertStore, PostStore {}
