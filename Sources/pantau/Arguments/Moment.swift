import ArgumentParser
import Foundation
import PantauModel

/// `--now 2026-11-23` (00:00 in Asia/Jakarta) or `--now 2026-11-23T08:00:00+07:00`.
struct Moment: ExpressibleByArgument {
    var date: Date

    init?(argument: String) {
        guard let date = LocalFormat.moment(argument, zone: ISOWeek.jakarta) else { return nil }
        self.date = date
    }
}
