import ArgumentParser
import Foundation
import PantauModel

/// `--now 2026-11-23` (00:00 in Asia/Jakarta) or `--now 2026-11-23T08:00:00+07:00`. Read when the
/// command runs, so a wrong one is told in the registry's or `--lang`'s language.
struct Moment: ExpressibleByArgument {
    var text: String

    init?(argument: String) { text = argument }

    func date() throws -> Date {
        guard let d = LocalFormat.moment(text, zone: ISOWeek.jakarta) else {
            throw CLIError(say(CLILanguage.value, id: "--now \"\(text)\" bukan tanggal (contoh: 2026-11-23 atau 2026-11-23T08:00:00+07:00).",
                               en: "--now \"\(text)\" is not a date (use 2026-11-23 or 2026-11-23T08:00:00+07:00)"))
        }
        return d
    }
}
