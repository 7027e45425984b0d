import CCurl
import Foundation

/// One easy handle in flight: owns the curl handle, its header list and what has been received.
/// Lives only on the engine's thread.
final class Transfer {
    let request: FetchRequest
    let handle: UnsafeMutableRawPointer
    let maxBody: Int
    let timeout: Int
    let maxRedirects: Int
    let completion: @Sendable (FetchResponse) -> Void
    let started = DispatchTime.now()
    var body: [UInt8] = []
    var headers: [(name: String, value: String)] = []
    var statusLines: [Int] = []
    var redirects: [FetchResponse.Redirect] = []
    var pendingLocation: (Int, String?)?
    var overflow = false
    var headerList: UnsafeMutablePointer<curl_slist>?
    var resolveList: UnsafeMutablePointer<curl_slist>?
    var postBody: UnsafeMutablePointer<CChar>?

    /// Whether `handle` is still this transfer's to clean up (see `releaseHandle`).
    private var ownsHandle = true

    /// With `handle`, a spare easy handle of an earlier transfer (reset by `releaseHandle`); otherwise a new one.
    init?(request: FetchRequest, config: FetchConfig, handle spare: UnsafeMutableRawPointer? = nil,
          completion: @escaping @Sendable (FetchResponse) -> Void) {
        if let spare {
            handle = spare
        } else {
            guard let h = curl_easy_init() else { return nil }
            handle = h
        }
        self.request = request
        self.maxBody = config.maxBody
        self.timeout = config.timeout
        self.maxRedirects = config.maxRedirects
        self.completion = completion
        configure(config)
    }

    deinit {
        curl_slist_free_all(headerList)
        curl_slist_free_all(resolveList)
        postBody?.deallocate()
        if ownsHandle { curl_easy_cleanup(handle) }
    }

    /// Gives the easy handle to the caller once curl is done with this transfer (it has been removed
    /// from the multi handle), reset to every option's default: it keeps only its buffers and caches,
    /// and no pointer into this transfer. nil if it was given away already.
    func releaseHandle() -> UnsafeMutableRawPointer? {
        guard ownsHandle else { return nil }
        ownsHandle = false
        curl_easy_reset(handle)
        return handle
    }

    private func configure(_ c: FetchConfig) {
        let h = handle
        _ = pantau_easy_setopt_string(h, CURLOPT_URL, request.url)
        _ = pantau_easy_setopt_string(h, CURLOPT_PROTOCOLS_STR, "http,https,file")
        _ = pantau_easy_setopt_string(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        _ = pantau_easy_setopt_long(h, CURLOPT_FOLLOWLOCATION, 1)
        _ = pantau_easy_setopt_long(h, CURLOPT_MAXREDIRS, c.maxRedirects)
        _ = pantau_easy_setopt_long(h, CURLOPT_CONNECTTIMEOUT, c.connectTimeout)
        _ = pantau_easy_setopt_long(h, CURLOPT_TIMEOUT, c.timeout)
        _ = pantau_easy_setopt_long(h, CURLOPT_NOSIGNAL, 1)
        _ = pantau_easy_setopt_long(h, CURLOPT_FILETIME, 1)
        _ = pantau_easy_setopt_string(h, CURLOPT_ACCEPT_ENCODING, "")
        _ = pantau_easy_setopt_string(h, CURLOPT_USERAGENT, c.userAgent)
        _ = pantau_easy_setopt_off(h, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(c.maxBody))
        _ = pantau_easy_setopt_long(h, CURLOPT_DNS_CACHE_TIMEOUT, 600)
        _ = pantau_easy_setopt_long(h, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))

        for line in request.headers where !line.contains("\r") && !line.contains("\n") {
            headerList = curl_slist_append(headerList, line)
        }
        if let etag = request.etag, !etag.contains("\r"), !etag.contains("\n") {
            headerList = curl_slist_append(headerList, "If-None-Match: \(etag)")
        }
        if let lm = request.lastModified {
            let t = curl_getdate(lm, nil)
            if t > 0 {
                _ = pantau_easy_setopt_long(h, CURLOPT_TIMECONDITION, Int(CURL_TIMECOND_IFMODSINCE.rawValue))
                _ = pantau_easy_setopt_long(h, CURLOPT_TIMEVALUE, t)
            }
        }
        switch request.method {
        case .get: break
        case .head: _ = pantau_easy_setopt_long(h, CURLOPT_NOBODY, 1)
        case .post:
            let bytes = request.body ?? []
            let buf = UnsafeMutablePointer<CChar>.allocate(capacity: max(bytes.count, 1))
            bytes.withUnsafeBytes { raw in
                if let base = raw.baseAddress { memcpy(buf, base, bytes.count) }
            }
            postBody = buf
            _ = pantau_easy_setopt_long(h, CURLOPT_POST, 1)
            _ = pantau_easy_setopt_off(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(bytes.count))
            _ = pantau_easy_setopt_pointer(h, CURLOPT_POSTFIELDS, buf)
            // Our POSTs are small; do not wait for "100 Continue".
            headerList = curl_slist_append(headerList, "Expect:")
        }
        if let headerList { _ = pantau_easy_setopt_slist(h, CURLOPT_HTTPHEADER, headerList) }
        for entry in c.resolve { resolveList = curl_slist_append(resolveList, entry) }
        if let resolveList { _ = pantau_easy_setopt_slist(h, CURLOPT_RESOLVE, resolveList) }

        let me = Unmanaged.passUnretained(self).toOpaque()
        _ = pantau_easy_setopt_write_cb(h, CURLOPT_WRITEFUNCTION, transferWrite)
        _ = pantau_easy_setopt_pointer(h, CURLOPT_WRITEDATA, me)
        _ = pantau_easy_setopt_write_cb(h, CURLOPT_HEADERFUNCTION, transferHeader)
        _ = pantau_easy_setopt_pointer(h, CURLOPT_HEADERDATA, me)
        _ = pantau_easy_setopt_pointer(h, CURLOPT_PRIVATE, me)
    }

    func receive(_ ptr: UnsafeRawBufferPointer) -> Bool {
        if body.count + ptr.count > maxBody {
            overflow = true
            return false
        }
        body.append(contentsOf: ptr)
        return true
    }

    /// One header line as curl hands it over (with its CRLF), parsed on bytes.
    func receiveHeader(_ raw: UnsafeRawBufferPointer) {
        let bytes = raw.bindMemory(to: UInt8.self)
        var lo = 0
        var hi = bytes.count
        while lo < hi, Self.isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, Self.isSpace(bytes[hi - 1]) { hi -= 1 }
        guard lo < hi else { return }
        let line = UnsafeBufferPointer(rebasing: bytes[lo..<hi])
        if line.starts(with: Self.httpPrefix) {
            // A new response starts (after a redirect or 100 Continue): keep only the final one's fields.
            let parts = line.split(separator: UInt8(ascii: " "), maxSplits: 2)
            let code = parts.count > 1 ? Int(String(decoding: parts[1], as: UTF8.self)) ?? 0 : 0
            if let (status, location) = pendingLocation, let location {
                redirects.append(.init(status: status, location: location))
            }
            pendingLocation = (300..<400).contains(code) ? (code, nil) : nil
            statusLines.append(code)
            headers.removeAll()
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        var nameEnd = colon
        while nameEnd > 0, Self.isSpace(line[nameEnd - 1]) { nameEnd -= 1 }
        let name = String(unsafeUninitializedCapacity: nameEnd) { out in
            for i in 0..<nameEnd { out[i] = line[i] >= 65 && line[i] <= 90 ? line[i] + 32 : line[i] }
            return nameEnd
        }
        var valueStart = colon + 1
        while valueStart < line.count, Self.isSpace(line[valueStart]) { valueStart += 1 }
        let value = String(decoding: UnsafeBufferPointer(rebasing: line[valueStart...]), as: UTF8.self)
        if name == "location", pendingLocation != nil {
            pendingLocation?.1 = value
        }
        if headers.count < 200 { headers.append((name, value)) }
    }

    private static let httpPrefix = Array("HTTP/".utf8)

    /// `url.lowercased().hasPrefix("file:")` without copying the URL.
    static func hasFilePrefix(_ url: String) -> Bool {
        var i = url.utf8.makeIterator()
        for want in "file:".utf8 {
            guard let b = i.next(), (b >= 65 && b <= 90 ? b + 32 : b) == want else { return false }
        }
        return true
    }
    private static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 || b == 10 }

    /// Builds the response after curl says the transfer is done.
    func finish(_ code: CURLcode) -> FetchResponse {
        var status = 0
        _ = pantau_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var effective: UnsafeMutablePointer<CChar>?
        _ = pantau_easy_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &effective)
        var headerSize = 0
        _ = pantau_easy_getinfo_long(handle, CURLINFO_HEADER_SIZE, &headerSize)
        var unmet = 0
        _ = pantau_easy_getinfo_long(handle, CURLINFO_CONDITION_UNMET, &unmet)
        var fileTime: curl_off_t = -1
        _ = pantau_easy_getinfo_off(handle, CURLINFO_FILETIME_T, &fileTime)
        var sizeDownload: curl_off_t = 0
        _ = pantau_easy_getinfo_off(handle, CURLINFO_SIZE_DOWNLOAD_T, &sizeDownload)
        // A redirect that was the last thing seen (limit reached) is still reported.
        if let (s, l) = pendingLocation, let l, code != CURLE_OK { redirects.append(.init(status: s, location: l)) }

        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let isFile = Self.hasFilePrefix(request.url)
        var response = FetchResponse(
            request: request,
            effectiveURL: effective.map { String(cString: $0) } ?? request.url,
            status: status, headers: headers, body: body,
            notModified: status == 304 || unmet != 0,
            redirects: redirects,
            wireBytes: headerSize + Int(sizeDownload),
            elapsed: elapsed, error: nil)
        response.lastModified = response.header("last-modified")
        if isFile, fileTime > 0 {
            response.lastModified = HTTPDate.format(Date(timeIntervalSince1970: TimeInterval(fileTime)))
        }
        if response.notModified { response.body = [] }
        response.error = error(code)
        return response
    }

    func error(_ code: CURLcode) -> FetchError? {
        if code == CURLE_OK { return nil }
        if overflow || code == CURLE_FILESIZE_EXCEEDED { return .tooLarge(limit: maxBody) }
        let message = String(cString: curl_easy_strerror(code))
        switch code {
        case CURLE_OPERATION_TIMEDOUT: return .timedOut(seconds: timeout)
        case CURLE_TOO_MANY_REDIRECTS: return .tooManyRedirects(limit: maxRedirects)
        case CURLE_COULDNT_RESOLVE_HOST: return .cannotResolve(host: request.host)
        case CURLE_COULDNT_CONNECT: return .cannotConnect(message)
        case CURLE_URL_MALFORMAT: return .invalidURL(request.url)
        case CURLE_UNSUPPORTED_PROTOCOL:
            // After a redirect: name where it pointed, not the source's own URL.
            if let target = redirects.last?.location, !statusLines.isEmpty { return .refusedRedirect(target: target) }
            return .unsupportedScheme(request.url)
        case CURLE_OUT_OF_MEMORY where !statusLines.isEmpty:
            // libcurl answers a header line over CURL_MAX_HTTP_HEADER (100 KB) with "Out of memory".
            return .headerTooLarge
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM:
            return .tls(message)
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE:
            return .connectionReset(message)
        case CURLE_FILE_COULDNT_READ_FILE:
            return .fileNotFound(request.url)
        default:
            return .transfer(code: Int(code.rawValue), message: message)
        }
    }
}

private let transferWrite: pantau_curl_write_cb = { ptr, size, count, user in
    guard let ptr, let user else { return 0 }
    let t = Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue()
    let n = size * count
    return t.receive(UnsafeRawBufferPointer(start: ptr, count: n)) ? n : 0
}

private let transferHeader: pantau_curl_write_cb = { ptr, size, count, user in
    guard let ptr, let user else { return 0 }
    let t = Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue()
    let n = size * count
    t.receiveHeader(UnsafeRawBufferPointer(start: ptr, count: n))
    return n
}
