import Foundation
import PantauModel
#if canImport(Glibc)
import Glibc
#endif

/// `pantau demo` only: answers the platform API requests of the demo registry's `kind: api` sources
/// with the recorded responses in `<registry>/api/`, on 127.0.0.1 and a free port, for as long as
/// the demo crawl runs. Nothing else starts it and it never listens beyond loopback.
///
/// Files: `instagram-<username>.json` (Business Discovery answer; `instagram-<username>.401.json` for
/// a recorded error with that status), `tiktok-video-list.json`, `tiktok-user-info.json`.
public final class DemoAPIServer: @unchecked Sendable {
    let folder: String
    public let port: Int
    private let fd: Int32
    private let thread: Thread

    public init(folder: String) throws {
        self.folder = folder
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard s >= 0 else { throw POSIXError(.EIO) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(s, 16) == 0 else { close(s); throw POSIXError(.EADDRINUSE) }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &len) } }
        fd = s
        port = Int(UInt16(bigEndian: addr.sin_port))
        let root = folder
        thread = Thread {
            while true {
                let c = accept(s, nil, nil)
                if c < 0 { if errno == EINTR { continue } else { return } }
                DemoAPIServer.serve(c, root: root)
                close(c)
            }
        }
        thread.start()
    }

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Points the registry's platform settings at this server.
    public func serve(_ registry: inout Registry) {
        registry.settings.platforms.instagram?.api = baseURL + "/graph"
        registry.settings.platforms.facebook?.api = baseURL + "/graph"
        registry.settings.platforms.tiktok?.api = baseURL + "/tiktok"
    }

    public func stop() {
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }

    /// Reads one request (head and Content-Length body) and answers it from the folder.
    static func serve(_ c: Int32, root: String) {
        var data = [UInt8]()
        var buf = [UInt8](repeating: 0, count: 8_192)
        var headEnd: Int?
        while headEnd == nil || data.count < headEnd! + contentLength(data, headEnd!) {
            let n = read(c, &buf, buf.count)
            guard n > 0, data.count < 1 << 20 else { break }
            data += buf[0..<n]
            if headEnd == nil, let r = data.firstRange(of: Array("\r\n\r\n".utf8)) { headEnd = r.upperBound }
        }
        let line = String(decoding: data.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
        let target = line.count > 1 ? String(line[1]) : "/"
        let (status, body) = answer(target, root: root)
        let head = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Error")\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let out = Array(head.utf8) + body
        _ = out.withUnsafeBytes { write(c, $0.baseAddress, $0.count) }
    }

    static func contentLength(_ data: [UInt8], _ headEnd: Int) -> Int {
        let head = String(decoding: data[0..<headEnd], as: UTF8.self).lowercased()
        guard let r = head.range(of: "content-length:") else { return 0 }
        return Int(head[r.upperBound...].prefix { $0 != "\r" }.trimmingCharacters(in: .whitespaces)) ?? 0
    }

    /// The recorded file for a request path: (status, body).
    static func answer(_ target: String, root: String) -> (Int, [UInt8]) {
        let decoded = target.removingPercentEncoding ?? target
        var name: String?
        if decoded.hasPrefix("/graph/"), let r = decoded.range(of: "business_discovery.username(") {
            name = "instagram-" + decoded[r.upperBound...].prefix { $0 != ")" }
        } else if decoded.hasPrefix("/tiktok/video/list/") {
            name = "tiktok-video-list"
        } else if decoded.hasPrefix("/tiktok/user/info/") {
            name = "tiktok-user-info"
        }
        guard let name, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else {
            return (404, Array("{\"error\":{\"message\":\"not recorded\",\"code\":100}}".utf8))
        }
        let fm = FileManager.default
        if let d = fm.contents(atPath: root + "/" + name + ".json") { return (200, [UInt8](d)) }
        for status in [400, 401, 403] {
            if let d = fm.contents(atPath: root + "/\(name).\(status).json") { return (status, [UInt8](d)) }
        }
        return (404, Array("{\"error\":{\"message\":\"not recorded\",\"code\":100}}".utf8))
    }
}
