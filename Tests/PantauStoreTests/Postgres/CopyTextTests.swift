import Foundation
import GRDB
import Testing
@testable import PantauStore

/// What `pantau export` sends PostgreSQL for each SQLite value, and what it refuses to change.
@Suite struct CopyTextTests {
    func text(_ value: DatabaseValue, _ kind: CopiedTable.Kind) throws -> String {
        var out: [UInt8] = []
        try CopyText.append(value, as: kind, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func textIsEscapedSoTabsNewlinesAndBackslashesArriveAsTheyWere() throws {
        #expect(try text("a\tb\nc\r\\d é".databaseValue, .text) == #"a\tb\nc\r\\d é"#)
        #expect(try text(.null, .text) == #"\N"#)
        #expect(try text(#"\N"#.databaseValue, .text) == #"\\N"#, "the text \\N is not NULL")
    }

    @Test func numbersAndTruthValuesAreWrittenAsPostgreSQLReadsThem() throws {
        #expect(try text(Int64.max.databaseValue, .integer) == "9223372036854775807")
        #expect(try text(3.0.databaseValue, .integer) == "3")
        #expect(try text(0.1.databaseValue, .real) == "0.1")
        #expect(try text(Double(0.1 + 0.2).databaseValue, .real) == "0.30000000000000004", "every bit kept")
        #expect(try text(1.databaseValue, .boolean) == "t" && text(0.databaseValue, .boolean) == "f")
        #expect(try text(Double.infinity.databaseValue, .real) == "Infinity")
    }

    @Test func aValueTheColumnCannotHoldIsRefusedWithTheReasonNotChanged() {
        #expect(throws: CopyText.Refusal.self) { try text("lots".databaseValue, .integer) }
        #expect(throws: CopyText.Refusal.self) { try text(2.5.databaseValue, .integer) }
        #expect(throws: CopyText.Refusal.self) { try text("a\u{0}b".databaseValue, .text) }
        #expect(throws: CopyText.Refusal.self) { try text(Data([0xFF, 0xFE]).databaseValue, .text) }
    }

    @Test func everyTableAndColumnOfTheSQLiteSchemaIsCopied() throws {
        let db = try AppDatabase.inMemory()
        let source = try SQLiteCopySource(db)
        #expect(try source.schemaProblem() == nil)
        try db.writer.write { try $0.execute(sql: "CREATE TABLE newerThing (id INTEGER PRIMARY KEY)") }
        #expect(try source.schemaProblem()?.contains("newerThing") == true, "a table of a newer build is not left behind")
    }
}
