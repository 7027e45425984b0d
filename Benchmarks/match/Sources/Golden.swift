import Foundation
import PantauMatch
import PantauModel
import PantauParse

/// `--golden FILE`: writes what the matcher decides (matches, scores, evidence, notes) for a fixed
/// sample of posts, so a faster matcher can be checked to decide exactly the same (diff two files).
/// The sample is generated posts with noise added (HTML, entities, diacritics, clitics, typos,
/// hashtags, lowercase acronyms, titles), plus the labelled dev set when `--devset DIR` is given.
/// Posts reach the matcher as the Pipeline hands them over: HTML turned into text by Parse.
enum Golden {
    static func write(to path: String, devset: String?, units: [PantauModel.Unit], innovations: [Innovation], posts: Int) throws {
        var lines: [String] = []
        var gen = Generator(rng: .init(state: 77))
        // Some innovations get aliases, hashtags, keywords and excludes (the generator writes none).
        var innovations = innovations
        for k in stride(from: 0, to: innovations.count, by: 5) {
            let inv = innovations[k]
            innovations[k] = Innovation(id: inv.id, unitID: inv.unitID, name: inv.name, acronym: inv.acronym,
                                        aliases: [gen.word() + " " + gen.word(), gen.capitalized(gen.word() + gen.word())],
                                        hashtags: [gen.word().uppercased() + "Hebat"], keywords: [Generator.common[k % Generator.common.count]],
                                        exclude: k % 10 == 0 ? [Generator.common[(k * 7) % Generator.common.count]] : [])
        }
        let matcher = Matcher(units: units, innovations: innovations)
        for i in 0..<posts {
            var t = gen.post(length: 300, units: units, innovations: innovations)
            t = noisy(t, &gen.rng)
            let title = gen.rng.chance(0.2) ? gen.post(length: 40, units: units, innovations: innovations) : nil
            let unit = gen.rng.chance(0.3) ? units[gen.rng.int(units.count)].id : nil
            let p = MatchPost(id: "g\(i)", title: title.map(HTMLText.plainText), text: HTMLText.plainText(t), url: nil, unitID: unit)
            lines.append(describe(p, matcher))
        }
        if let dir = devset {
            let (u, inv, devPosts) = try loadDevSet(dir)
            for m in [Matcher(units: u, innovations: inv),
                      Matcher(units: u, innovations: inv.map { Innovation(id: $0.id, unitID: $0.unitID, name: $0.name, acronym: $0.acronym) })] {
                for p in devPosts { lines.append(describe(p, m)) }
            }
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    }

    static func describe(_ p: MatchPost, _ m: Matcher) -> String {
        let e = m.explain(p)
        let plain = m.match(p)
        var s = "\(p.id):"
        for x in e.matches { s += " [\(x.innovationID) \(x.score) \(x.evidence)]" }
        s += " notes \(e.notes)"
        if plain != e.matches { s += " MATCH-DIFFERS-FROM-EXPLAIN" }
        return s
    }

    /// Adds the spellings real posts have that the generator does not write.
    static func noisy(_ text: String, _ rng: inout Generator.RNG) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for k in words.indices {
            let w = words[k]
            switch rng.int(60) {
            case 0: words[k] = w + "nya"
            case 1: words[k] = w.uppercased()
            case 2: words[k] = w.lowercased()
            case 3 where w.count > 6:
                var c = Array(w)
                let j = 1 + rng.int(c.count - 2)
                c.swapAt(j, j - 1)
                words[k] = String(c)
            case 4: words[k] = "<b>" + w + "</b>"
            case 5: words[k] = w + "&amp;"
            case 6: words[k] = w.replacingOccurrences(of: "e", with: "é")
            case 7: words[k] = "#" + w.replacingOccurrences(of: " ", with: "")
            case 8: words[k] = w + "-" + w
            case 9: words[k] = w + "2"
            case 10: words[k] = "@" + w + "_" + w
            case 11: words[k] = w.replacingOccurrences(of: "a", with: "’a")
            case 12: words[k] = w + "…"
            case 13: words[k] = "https://x.id/" + w
            case 14 where w.count > 7:
                var c = Array(w)
                c.remove(at: 2 + rng.int(c.count - 3))
                words[k] = String(c)
            case 15: words[k] = w + "lah"
            case 16: words[k] = w.uppercased() + "ü"
            case 17: words[k] = "Ma" + w.lowercased()
            default: break
            }
        }
        return words.joined(separator: " ")
    }

    private struct RegistryFile: Decodable {
        struct U: Decodable { var id, name, kind: String; var parent: String?; var aliases: [String]? }
        struct I: Decodable {
            var id, unit, name: String
            var acronym: String?
            var aliases, hashtags, keywords, exclude: [String]?
        }
        var units: [U]
        var innovations: [I]
    }

    private struct DevPost: Decodable {
        var id: String
        var title: String?
        var text: String
        var unit: String?
    }

    static func loadDevSet(_ dir: String) throws -> ([PantauModel.Unit], [Innovation], [MatchPost]) {
        let reg = try Data(contentsOf: URL(fileURLWithPath: dir + "/devset-registry.json"))
        let file = try JSONDecoder().decode(RegistryFile.self, from: reg)
        let units = file.units.map {
            PantauModel.Unit(id: $0.id, name: $0.name, kind: PantauModel.Unit.Kind(rawValue: $0.kind) ?? .other, parent: $0.parent, aliases: $0.aliases ?? [])
        }
        let innovations = file.innovations.map {
            Innovation(id: $0.id, unitID: $0.unit, name: $0.name, acronym: $0.acronym, aliases: $0.aliases ?? [],
                       hashtags: $0.hashtags ?? [], keywords: $0.keywords ?? [], exclude: $0.exclude ?? [])
        }
        let text = try String(contentsOfFile: dir + "/devset.jsonl", encoding: .utf8)
        let posts = try text.split(separator: "\n").map { line in
            let p = try JSONDecoder().decode(DevPost.self, from: Data(line.utf8))
            return MatchPost(id: p.id, title: p.title.map(HTMLText.plainText), text: HTMLText.plainText(p.text), url: nil, unitID: p.unit)
        }
        return (units, innovations, posts)
    }
}
