import Foundation
import PantauModel
import PantauPipeline

/// The plain-text listing of `pantau suggest`.
enum SuggestText {
    static func render(_ r: Suggest.Result, language: Language) -> String {
        let en = language == .en
        guard !r.suggestions.isEmpty else {
            return en ? "No candidate aliases in \(r.posts) stored posts." : "Tidak ada usulan alias dari \(r.posts) unggahan tersimpan."
        }
        var lines = [en ? "\(r.suggestions.count) candidates from \(r.posts) stored posts (nothing was written to the registry):"
                        : "\(r.suggestions.count) usulan dari \(r.posts) unggahan tersimpan (registry tidak diubah):"]
        for s in r.suggestions {
            let target = s.innovationID.map { "\(s.unitID) / \($0)" } ?? s.unitID
            lines.append("")
            lines.append("\"\(s.spelling)\" — \(kind(s.kind, en)) · \(target) · \(s.sources.map { source($0, en) }.joined(separator: " + ")) · \(s.posts) \(en ? "posts" : "unggahan")")
            for e in s.examples { lines.append("  « \(e.sentence) »" + (e.url.map { " \($0)" } ?? "")) }
            for y in s.yaml { lines.append("  \(y)") }
        }
        return lines.joined(separator: "\n")
    }

    static func kind(_ k: AliasSuggestion.Kind, _ en: Bool) -> String {
        switch k {
        case .unitAlias: en ? "unit alias" : "alias unit"
        case .innovationAlias: en ? "innovation alias" : "alias inovasi"
        case .hashtag: en ? "hashtag" : "tagar"
        }
    }

    static func source(_ s: AliasSuggestion.Source, _ en: Bool) -> String {
        switch s {
        case .nearMiss: en ? "innovation named beside an unregistered unit spelling" : "nama inovasi bersama ejaan unit yang belum terdaftar"
        case .ownChannel: en ? "the unit's own channel" : "kanal unit sendiri"
        case .hashtag: en ? "hashtag beside a matched innovation" : "tagar yang menyertai inovasi tercocok"
        }
    }
}
