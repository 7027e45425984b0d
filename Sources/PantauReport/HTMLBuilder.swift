import PantauModel

/// Appends HTML: `raw` for markup Pantau writes, `text` for anything else (escaped). Calls chain.
final class HTMLBuilder {
    var out = ""

    @discardableResult func raw(_ s: String) -> HTMLBuilder { out += s; return self }
    @discardableResult func text(_ s: String) -> HTMLBuilder { out += Escape.html(s); return self }

    /// The innovation's state (`InnovationState`), readable in colour and in black and white:
    /// ✔ ok, ○ within cadence, ⚠ website only, ✖ silent, ? no data or not visible.
    @discardableResult func badge(_ s: InnovationState) -> HTMLBuilder {
        switch s {
        case .ok: raw("<span class=\"b ok\">✔</span>")
        case .withinCadence: raw("<span class=\"b wait\">○</span>")
        case .websiteOnly: raw("<span class=\"b web\">⚠</span>")
        case .silent: raw("<span class=\"b none\">✖</span>")
        case .noData, .notVisible: raw("<span class=\"b unknown\">?</span>")
        }
    }

    /// A status mark that reads in colour and in black and white: ✔ social, ⚠ website only, ✖ none.
    @discardableResult func badge(_ s: WeekStatus) -> HTMLBuilder {
        switch s {
        case .onSocialMedia: raw("<span class=\"b ok\">✔</span>")
        case .websiteOnly: raw("<span class=\"b web\">⚠</span>")
        case .noPublicPost: raw("<span class=\"b none\">✖</span>")
        }
    }
}
