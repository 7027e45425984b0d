import Foundation
import Hummingbird
import PantauModel

extension Dashboard {
    func scope(_ context: DashboardContext) -> Scope {
        guard let account = context.account else { return Scope(account: Account(id: 0, name: "", unitID: nil, role: .viewer), tree: tree) }
        return Scope(account: account, tree: tree)
    }

    /// 403 as a page: the unit exists but is not the account's.
    func forbiddenPage(_ p: PageContext) -> Response {
        Layout.page(p.t("Tidak diizinkan", "Forbidden"), p, status: .forbidden) { h in
            h.raw("<p class=\"error\">").text(p.t("Akun Anda tidak berhak melihat unit ini.",
                                                 "Your account may not see this unit.")).raw("</p>")
        }
    }

    func notFoundPage(_ p: PageContext, _ what: String) -> Response {
        Layout.page(p.t("Tidak ditemukan", "Not found"), p, status: .notFound) { h in
            h.raw("<p class=\"error\">").text(what).raw("</p>")
        }
    }
}

/// Numbers and dates as the report writes them (Indonesian grouping, Asia/Jakarta).
struct Formats {
    let language: Language
    let zone: TimeZone

    func int(_ n: Int) -> String { LocalFormat.integer(n, language: language) }
    func int(_ n: Int?) -> String { n.map(int) ?? "–" }
    func date(_ d: Date?) -> String { d.map { LocalFormat.dateTime($0, zone: zone, language: language) } ?? "–" }
    func day(_ d: Date?) -> String { d.map { LocalFormat.shortDate($0, zone: zone, language: language) } ?? "–" }

    func engagement(_ e: Engagement) -> String {
        var parts: [String] = []
        if let v = e.views { parts.append(int(v) + (language == .id ? " tayang" : " views")) }
        if let v = e.likes { parts.append(int(v) + (language == .id ? " suka" : " likes")) }
        if let v = e.comments { parts.append(int(v) + (language == .id ? " komentar" : " comments")) }
        if let v = e.shares { parts.append(int(v) + (language == .id ? " bagikan" : " shares")) }
        return parts.isEmpty ? (language == .id ? "tidak diketahui" : "unknown") : parts.joined(separator: ", ")
    }

    /// The innovation's state in words (the report's terms).
    func state(_ s: InnovationState) -> (text: String, cls: String) {
        switch s {
        case .ok: (language == .id ? "terlihat di media sosial" : "visible on social media", "ok")
        case .withinCadence: (language == .id ? "masih dalam jadwal" : "within cadence", "")
        case .websiteOnly: (language == .id ? "hanya di situs web" : "website only", "warn")
        case let .silent(days): (language == .id ? "senyap" + (days.map { " \($0) hari" } ?? "") : "silent" + (days.map { " \($0) days" } ?? ""), "bad")
        case .noData: (language == .id ? "belum ada data" : "no data yet", "muted")
        case let .notVisible(reason): ((language == .id ? "tidak terlihat: " : "not visible: ") + reason, "muted")
        }
    }
}

/// Small inline SVG charts (no script, print as they show).
enum Chart {
    /// A sparkline of weekly counts.
    static func spark(_ values: [Int], label: String) -> String {
        let w = 80, h = 18, peak = max(values.max() ?? 0, 1)
        guard values.count > 1 else { return "" }
        let pts = values.enumerated().map { i, v in
            "\(i * w / (values.count - 1)),\(h - 1 - v * (h - 2) / peak)"
        }.joined(separator: " ")
        return "<svg width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
            + "<polyline fill=\"none\" stroke=\"#12355b\" stroke-width=\"1.5\" points=\"\(pts)\"/></svg>"
    }

    /// A line chart of one or two series over days, with the first and last day and the peak written
    /// (`peakText`: the peak in the page's number style). Every day is also a dot, so one day shows.
    static func lines(_ series: [(name: String, color: String, values: [Int])], days: [String], title: String,
                      peakText: (Int) -> String = { String($0) }) -> String {
        let w = 640, h = 200, left = 60, bottom = 24
        let peak = max(series.flatMap(\.values).max() ?? 0, 1), n = days.count
        func x(_ i: Int) -> Int { n < 2 ? (left + w - 10) / 2 : left + i * (w - left - 10) / (n - 1) }
        func y(_ v: Int) -> Int { h - bottom - max(v, 0) * (h - bottom - 10) / peak }
        var s = "<svg width=\"100%\" viewBox=\"0 0 \(w) \(h + 20)\" role=\"img\" aria-label=\"\(HTML.escape(title))\">"
        s += "<line x1=\"\(left)\" y1=\"\(h - bottom)\" x2=\"\(w)\" y2=\"\(h - bottom)\" stroke=\"#888\"/>"
        s += "<text x=\"0\" y=\"14\" font-size=\"12\">\(HTML.escape(peakText(peak)))</text>"
        s += "<text x=\"0\" y=\"\(h - bottom)\" font-size=\"12\">0</text>"
        for (k, line) in series.enumerated() {
            let pts = line.values.enumerated().map { i, v in "\(x(i)),\(y(v))" }
            if pts.count > 1 {
                s += "<polyline fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2\" points=\"\(pts.joined(separator: " "))\"/>"
            }
            for (i, v) in line.values.enumerated() {
                s += "<circle cx=\"\(x(i))\" cy=\"\(y(v))\" r=\"3\" fill=\"\(line.color)\"/>"
            }
            s += "<text x=\"\(left + 120 * k)\" y=\"\(h + 14)\" font-size=\"12\" fill=\"\(line.color)\">■ \(HTML.escape(line.name))</text>"
        }
        if let first = days.first, let last = days.last {
            s += "<text x=\"\(left)\" y=\"\(h - 6)\" font-size=\"12\">\(HTML.escape(first))</text>"
            if n > 1 { s += "<text x=\"\(w - 10)\" y=\"\(h - 6)\" font-size=\"12\" text-anchor=\"end\">\(HTML.escape(last))</text>" }
        }
        return s + "</svg>"
    }
}
