import Foundation
import PantauModel

/// Small inline SVG charts. Labels are escaped; sizes are fixed so the report prints the same.
enum SVGChart {
    static let socialColor = "#1b7f3b", otherColor = "#e0a030", grid = "#dadce0", ink = "#202124"

    /// Horizontal stacked bars, one row per item: social posts, then other (website) posts.
    static func stackedRows(_ rows: [(label: String, social: Int, other: Int)], legend: (String, String),
                            title: String, number: (Int) -> String) -> String {
        let rowH = 20, labelW = 260, barW = 560, top = 30
        let height = top + rows.count * rowH + 10
        let maxV = max(1, rows.map { $0.social + $0.other }.max() ?? 1)
        var s = open(width: labelW + barW + 60, height: height, title: title)
        s += legendMarks(x: labelW, y: 12, legend)
        for (i, r) in rows.enumerated() {
            let y = top + i * rowH
            let ws = Double(barW) * Double(r.social) / Double(maxV)
            let wo = Double(barW) * Double(r.other) / Double(maxV)
            s += "<text x=\"\(labelW - 6)\" y=\"\(y + 14)\" text-anchor=\"end\" font-size=\"12\" fill=\"\(ink)\">\(Escape.html(Escape.clip(r.label, 42)))</text>"
            s += rect(x: Double(labelW), y: y + 3, w: ws, h: rowH - 6, fill: socialColor)
            s += rect(x: Double(labelW) + ws, y: y + 3, w: wo, h: rowH - 6, fill: otherColor)
            let total = r.social + r.other
            s += "<text x=\"\(fmt(Double(labelW) + ws + wo + 4))\" y=\"\(y + 14)\" font-size=\"11\" fill=\"\(ink)\">\(Escape.html(number(total)))</text>"
        }
        return s + "</svg>"
    }

    /// Vertical stacked bars per week: social at the bottom, other on top.
    static func weeklyTrend(weeks: [ISOWeek], social: [Int], other: [Int], legend: (String, String),
                            title: String, number: (Int) -> String) -> String {
        let width = 820, height = 220, left = 50, bottom = 30, top = 28
        let plotH = height - bottom - top
        let n = max(1, weeks.count)
        let slot = Double(width - left - 10) / Double(n)
        let step = max(1, Int((Double(zip(social, other).map { $0 + $1 }.max() ?? 1) / 4).rounded(.up)))
        let maxV = step * 4
        var s = open(width: width, height: height, title: title)
        s += legendMarks(x: left, y: 12, legend)
        for k in 0...4 {
            let v = Double(step * k)
            let y = Double(top) + Double(plotH) * (1 - Double(k) / 4)
            s += "<line x1=\"\(left)\" x2=\"\(width - 10)\" y1=\"\(fmt(y))\" y2=\"\(fmt(y))\" stroke=\"\(grid)\" stroke-width=\"1\"/>"
            s += "<text x=\"\(left - 6)\" y=\"\(fmt(y + 4))\" text-anchor=\"end\" font-size=\"11\" fill=\"\(ink)\">\(Escape.html(number(Int(v.rounded()))))</text>"
        }
        for (i, w) in weeks.enumerated() {
            let x = Double(left) + slot * Double(i) + slot * 0.15
            let bw = slot * 0.7
            let hs = Double(plotH) * Double(i < social.count ? social[i] : 0) / Double(maxV)
            let ho = Double(plotH) * Double(i < other.count ? other[i] : 0) / Double(maxV)
            let base = Double(top + plotH)
            s += rect(x: x, y: base - hs, w: bw, h: hs, fill: socialColor)
            s += rect(x: x, y: base - hs - ho, w: bw, h: ho, fill: otherColor)
            s += "<text x=\"\(fmt(x + bw / 2))\" y=\"\(height - 10)\" text-anchor=\"middle\" font-size=\"11\" fill=\"\(ink)\">W\(w.week < 10 ? "0" : "")\(w.week)</text>"
        }
        return s + "</svg>"
    }

    /// Horizontal bars per platform.
    static func channelMix(_ mix: [PlatformCount], name: (Platform) -> String, title: String, number: (Int) -> String) -> String {
        let rowH = 22, labelW = 110, barW = 420, top = 8
        let height = top + max(1, mix.count) * rowH + 8
        let maxV = max(1, mix.map(\.posts).max() ?? 1)
        var s = open(width: labelW + barW + 70, height: height, title: title)
        for (i, m) in mix.enumerated() {
            let y = top + i * rowH
            let w = Double(barW) * Double(m.posts) / Double(maxV)
            s += "<text x=\"\(labelW - 6)\" y=\"\(y + 15)\" text-anchor=\"end\" font-size=\"12\" fill=\"\(ink)\">\(Escape.html(name(m.platform)))</text>"
            s += rect(x: Double(labelW), y: y + 3, w: w, h: rowH - 6, fill: m.platform.isSocial ? socialColor : otherColor)
            s += "<text x=\"\(fmt(Double(labelW) + w + 4))\" y=\"\(y + 15)\" font-size=\"11\" fill=\"\(ink)\">\(Escape.html(number(m.posts)))</text>"
        }
        return s + "</svg>"
    }

    static func open(width: Int, height: Int, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(Escape.html(title))\"><title>\(Escape.html(title))</title>"
    }

    static func legendMarks(x: Int, y: Int, _ legend: (String, String)) -> String {
        "<rect x=\"\(x)\" y=\"\(y - 9)\" width=\"10\" height=\"10\" fill=\"\(socialColor)\"/><text x=\"\(x + 14)\" y=\"\(y)\" font-size=\"11\" fill=\"\(ink)\">\(Escape.html(legend.0))</text>"
            + "<rect x=\"\(x + 150)\" y=\"\(y - 9)\" width=\"10\" height=\"10\" fill=\"\(otherColor)\"/><text x=\"\(x + 164)\" y=\"\(y)\" font-size=\"11\" fill=\"\(ink)\">\(Escape.html(legend.1))</text>"
    }

    static func rect(x: Double, y: Int, w: Double, h: Int, fill: String) -> String {
        w <= 0 ? "" : "<rect x=\"\(fmt(x))\" y=\"\(y)\" width=\"\(fmt(w))\" height=\"\(h)\" fill=\"\(fill)\"/>"
    }

    static func rect(x: Double, y: Double, w: Double, h: Double, fill: String) -> String {
        h <= 0 ? "" : "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(w))\" height=\"\(fmt(h))\" fill=\"\(fill)\"/>"
    }

    /// One decimal, dot separator ("12.5"): SVG numbers, not prose.
    static func fmt(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return "\(sign)\(a / 10).\(a % 10)"
    }
}
