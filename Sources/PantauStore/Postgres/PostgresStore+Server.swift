import Foundation
import PostgresNIO

extension PostgresStore {
    /// The directories where the server offers its unix socket (`unix_socket_directories`), for an
    /// operator checking which `postgres:///db?host=…` URL reaches it.
    public func socketDirectories() async throws(PostgresStoreError) -> [String] {
        let rows = try await query("SHOW unix_socket_directories")
        let text = try decoded { try rows.first?.decode(String.self) ?? "" }
        return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
