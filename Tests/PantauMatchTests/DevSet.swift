import Foundation
import PantauModel
import PantauParse
@testable import PantauMatch

/// The labelled dev set in Fixtures/: its registry and its posts with the expected innovations.
struct DevSet {
    struct Post: Decodable {
        var id: String
        var title: String?
        var text: String
        var unit: String?
        var expect: [String]
        var note: String
        /// The post as the Pipeline hands it to the matcher: HTML turned into text by Parse.
        var matchPost: MatchPost {
            MatchPost(id: id, title: title.map(HTMLText.plainText), text: HTMLText.plainText(text), url: nil, unitID: unit)
        }
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

    var units: [PantauModel.Unit]
    var innovations: [Innovation]
    var posts: [Post]

    static func load() throws -> DevSet {
        try load(registry: "devset-registry", posts: "devset")
    }

    /// A labelled set in Fixtures/: `registry`.json and `posts`.jsonl.
    static func load(registry: String, posts postsName: String) throws -> DevSet {
        let reg = try fixture(registry, "json")
        let file = try JSONDecoder().decode(RegistryFile.self, from: reg)
        let units = file.units.map {
            PantauModel.Unit(id: $0.id, name: $0.name, kind: PantauModel.Unit.Kind(rawValue: $0.kind) ?? .other, parent: $0.parent,
                 aliases: $0.aliases ?? [])
        }
        let innovations = file.innovations.map {
            Innovation(id: $0.id, unitID: $0.unit, name: $0.name, acronym: $0.acronym, aliases: $0.aliases ?? [],
                       hashtags: $0.hashtags ?? [], keywords: $0.keywords ?? [], exclude: $0.exclude ?? [])
        }
        let lines = String(decoding: try fixture(postsName, "jsonl"), as: UTF8.self).split(separator: "\n")
        let posts = try lines.map { try JSONDecoder().decode(Post.self, from: Data($0.utf8)) }
        return DevSet(units: units, innovations: innovations, posts: posts)
    }

    /// The same registry with only names and acronyms, as the reviewers' independent set is run.
    var namesOnly: [Innovation] {
        innovations.map { Innovation(id: $0.id, unitID: $0.unitID, name: $0.name, acronym: $0.acronym) }
    }

    static func fixture(_ name: String, _ ext: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }

    /// Precision, recall and F1 over (post, innovation) pairs, with the posts that went wrong.
    struct Figures {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var mistakes: [String] = []
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var summary: String {
            String(format: "P=%.3f R=%.3f F1=%.3f (TP %d, FP %d, FN %d)", precision, recall, f1, truePositives,
                   falsePositives, falseNegatives)
        }
    }

    func evaluate(_ matcher: Matcher) -> Figures {
        var f = Figures()
        for p in posts {
            let got = Set(matcher.match(p.matchPost).map(\.innovationID))
            let want = Set(p.expect)
            f.truePositives += got.intersection(want).count
            let fp = got.subtracting(want), fn = want.subtracting(got)
            f.falsePositives += fp.count
            f.falseNegatives += fn.count
            if !fp.isEmpty || !fn.isEmpty {
                f.mistakes.append("\(p.id) [\(p.note)] extra \(fp.sorted()) missing \(fn.sorted()): \(p.text.prefix(70))")
            }
        }
        return f
    }
}
