import Foundation

/// Orders names as people expect: case-insensitive, numbers by value ("Polsek 2" before
/// "Polsek 10"), ids breaking ties so the order is total.
enum NaturalOrder {
    static func less(_ a: String, _ aID: String, _ b: String, _ bID: String) -> Bool {
        switch a.compare(b, options: [.caseInsensitive, .numeric]) {
        case .orderedAscending: true
        case .orderedDescending: false
        case .orderedSame: aID < bID
        }
    }
}
