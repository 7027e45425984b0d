import Foundation

/// Prints `value` as pretty JSON with sorted keys and ISO 8601 dates.
func printJSON<T: Encodable>(_ value: T) {
    let enc = JSONEncoder()
    enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    enc.dateEncodingStrategy = .iso8601
    if let data = try? enc.encode(value) { print(String(decoding: data, as: UTF8.self)) }
}

/// `path` made absolute against the current folder, for the lines that say where files went.
func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
}
