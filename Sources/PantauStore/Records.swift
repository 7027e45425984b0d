import Foundation
import GRDB

/// A row of `source`: a registered channel and its crawl state.
struct SourceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "source"
    var id: String
    var unitID: String
    var platform: String
    var kind: String
    var url: String
    var etag: String?
    var lastModified: String?
    var lastAttempt: Date?
    var lastSuccess: Date?
    var lastError: String?
    var consecutiveFailures: Int
    var nextDue: Date?
    var gone: Bool
    var movedTo: String?
    var leaseOwner: String?
    var leaseUntil: Date?
    var inRegistry: Bool
}

/// A row of `match`: a post linked to an innovation, with its evidence as JSON.
struct MatchRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "match"
    var postID: Int64
    var innovationID: String
    var score: Double
    var evidence: String
}

/// A row of `run`: one command that crawled.
struct RunRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "run"
    var id: Int64?
    var command: String
    var startedAt: Date
    var finishedAt: Date?
    var sources: Int
    var newPosts: Int
    var errors: Int
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
