import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A loopback HTTP/1.1 server for tests that can misbehave on purpose: trickle, reset, never end.
/// One thread per connection, `Connection: close` on every answer. Stops when `stop()` is called.
public final class TestHTTPServer: Sendable {
    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var headers: [String: String]  // lowercased names
        public var body: [UInt8]
    }

    public enum Reply: Sendable {
        case respond(status: Int, headers: [String: String] = [:], body: [UInt8] = [])
        /// Sends the headers, then one body byte per `interval` seconds.
        case trickle(status: Int, body: [UInt8], interval: Double)
        /// Closes the connection without answering (RST).
        case reset
        /// Sends headers and then an endless body.
        case endless
        /// Waits, then answers.
        case delayed(seconds: Double, Reply.Box)

        public final class Box: Sendable {
            public let reply: Reply
            public init(_ r: Reply) { reply = r }
        }

        public static func text(_ s: String, status: Int = 200, type: String = "application/xml",
                                headers: [String: String] = [:]) -> Reply {
            var h = headers
            h["Content-Type"] = type
            return .respond(status: status, headers: h, body: Array(s.utf8))
        }
    }

    public let port: Int
    private let listener: Int32
    private let handler: @Sendable (Request) -> Reply
    private let log = Mutex<[Request]>([])
    private let stopped = Mutex(false)

    /// Starts listening on 127.0.0.1 on a free port.
    public init(handler: @escaping @Sendable (Request) -> Reply) throws {
        (listener, port) = try listenOnLoopback()
        self.handler = handler
        let t = Thread { [self] in acceptLoop() }
        t.start()
    }

    deinit { stop() }

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Requests seen so far, in order.
    public var requests: [Request] { log.withLock { $0 } }

    public func stop() {
        let already = stopped.withLock { s -> Bool in defer { s = true }; return s }
        if !already { shutdown(listener, Int32(SHUT_RDWR)); close(listener) }
    }

    private func acceptLoop() {
        while !stopped.withLock({ $0 }) {
            let c = accept(listener, nil, nil)
            if c < 0 { if stopped.withLock({ $0 }) { return }; continue }
            var nosig: Int32 = 1
            setsockopt(c, SOL_SOCKET, SO_KEEPALIVE, &nosig, socklen_t(MemoryLayout<Int32>.size))
            let t = Thread { [self] in serve(c) }
            t.start()
        }
    }

    private func serve(_ c: Int32) {
        defer { close(c) }
        guard let req = readRequest(c) else { return }
        log.withLock { $0.append(req) }
        send(handler(req), to: c)
    }

    private func send(_ reply: Reply, to c: Int32) {
        switch reply {
        case let .respond(status, headers, body):
            writeHead(c, status: status, headers: headers, length: body.count)
            writeAll(c, body)
        case let .trickle(status, body, interval):
            writeHead(c, status: status, headers: ["Content-Type": "application/xml"], length: body.count)
            for b in body {
                if !writeAll(c, [b]) || stopped.withLock({ $0 }) { return }
                Thread.sleep(forTimeInterval: interval)
            }
        case .reset:
            var l = linger(l_onoff: 1, l_linger: 0)
            setsockopt(c, SOL_SOCKET, SO_LINGER, &l, socklen_t(MemoryLayout<linger>.size))
        case .endless:
            writeAll(c, Array("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nConnection: close\r\n\r\n".utf8))
            let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 64 * 1024)
            var sent = 0
            while writeAll(c, chunk), sent < 4 << 30, !stopped.withLock({ $0 }) { sent += chunk.count }
        case let .delayed(seconds, box):
            Thread.sleep(forTimeInterval: seconds)
            send(box.reply, to: c)
        }
    }

    private func writeHead(_ c: Int32, status: Int, headers: [String: String], length: Int) {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for (k, v) in headers { head += "\(k): \(v)\r\n" }
        if headers.keys.contains(where: { $0.lowercased() == "content-length" }) == false {
            head += "Content-Length: \(length)\r\n"
        }
        head += "Connection: close\r\n\r\n"
        writeAll(c, Array(head.utf8))
    }

    @discardableResult
    private func writeAll(_ c: Int32, _ bytes: [UInt8]) -> Bool {
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { Glibc.send(c, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            off += n
        }
        return true
    }

    private func readRequest(_ c: Int32) -> Request? {
        var data: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 8192)
        var headerEnd: Int?
        while headerEnd == nil {
            let n = recv(c, &buf, buf.count, 0)
            if n <= 0 { return nil }
            data += buf[0..<n]
            headerEnd = Self.find(data, [13, 10, 13, 10])
            if data.count > 1 << 20 { return nil }
        }
        let head = String(decoding: data[0..<headerEnd!], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let first = lines.removeFirst().split(separator: " ")
        guard first.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for l in lines {
            guard let i = l.firstIndex(of: ":") else { continue }
            headers[l[..<i].lowercased()] = l[l.index(after: i)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(data[(headerEnd! + 4)...])
        let want = Int(headers["content-length"] ?? "0") ?? 0
        while body.count < want {
            let n = recv(c, &buf, buf.count, 0)
            if n <= 0 { break }
            body += buf[0..<n]
        }
        return Request(method: String(first[0]), path: String(first[1]), headers: headers, body: body)
    }

    static func find(_ hay: [UInt8], _ needle: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
            if Array(hay[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }

    static func reason(_ s: Int) -> String {
        switch s {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 404: "Not Found"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
