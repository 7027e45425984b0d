import Foundation
import PantauModel

/// Everything a Workspace needs from a store, apart from the crawl (`CrawlStorage`); the dashboard's
/// accounts and page queries (`AccountStorage`, `DashboardStorage`, #16) included. SQLite
/// (`AppDatabase`) is one implementation; PostgreSQL is the other.
public protocol WorkspaceStore: RegistryStore, ReportStore, AlertStore, PostStore, AccountStorage, DashboardStorage {}
