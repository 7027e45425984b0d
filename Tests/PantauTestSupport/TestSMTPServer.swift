import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A loopback SMTP receiver for tests: accepts every message (or refuses all with 451 when down)
/// and keeps what it received.
public final class TestSMTPServer: Sendable {
    public struct Message: Sendable {
        public var from: String
        public var to: [String]
        public var data: String
    }

    public let port: Int
    private let listener: Int32
    private let state = Mutex((messages: [Message](), down: false, stopped: false))

    public init() throws {
        (listener, port) = try listenOnLoopback(backlog: 16)
        Thread { [self] in
            while !state.withLock({ $0.stopped }) {
                let c = accept(listener, nil, nil)
                if c < 0 { continue }
                Thread { [self] in serve(c) }.start()
            }
        }.start()
    }

    deinit { stop() }

    public var url: String { "smtp://127.0.0.1:\(port)" }
    public var messages: [Message] { state.withLock { $0.messages } }
    public func set(down: Bool) { state.withLock { $0.down = down } }

    public func stop() {
        let was = state.withLock { s -> Bool in defer { s.stopped = true }; return s.stopped }
        if !was { shutdown(listener, Int32(SHUT_RDWR)); close(listener) }
    }

    private func serve(_ c: Int32) {
        defer { close(c) }
        var buffer: [UInt8] = []
        func send(_ s: String) { _ = s.withCString { Glibc.send(c, $0, strlen($0), Int32(MSG_NOSIGNAL)) } }
        func line() -> String? {
            while true {
                if let i = buffer.firstIndex(of: 10) {
                    let l = String(decoding: buffer[..<i], as: UTF8.self).trimmingCharacters(in: .newlines)
                    buffer.removeSubrange(...i)
                    return l
                }
                var chunk = [UInt8](repeating: 0, count: 4096)
                let n = recv(c, &chunk, chunk.count, 0)
                if n <= 0 { return nil }
                buffer += chunk[0..<n]
            }
        }
        send("220 test ESMTP\r\n")
        var from = "", to: [String] = []
        while let l = line() {
            let upper = l.uppercased()
            if upper.hasPrefix("EHLO") || upper.hasPrefix("HELO") { send("250 test\r\n") }
            else if upper.hasPrefix("MAIL FROM:") {
                if state.withLock({ $0.down }) { send("451 try again later\r\n"); continue }
                from = String(l.dropFirst(10)); send("250 ok\r\n")
            } else if upper.hasPrefix("RCPT TO:") { to.append(String(l.dropFirst(8))); send("250 ok\r\n") }
            else if upper == "DATA" {
                send("354 go\r\n")
                var data: [String] = []
                while let d = line(), d != "." { data.append(d) }
                let m = Message(from: from, to: to, data: data.joined(separator: "\n"))
                state.withLock { $0.messages.append(m) }
                send("250 queued\r\n")
            } else if upper == "QUIT" { send("221 bye\r\n"); return }
            else if upper == "RSET" || upper == "NOOP" { send("250 ok\r\n") }
            else { send("502 not implemented\r\n") }
        }
    }
}
