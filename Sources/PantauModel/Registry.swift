/// Everything a ZI team registered: units, their channels, their innovations, and settings.
public struct Registry: Sendable, Hashable {
    public var units: [Unit]
    public var sources: [Source]
    public var innovations: [Innovation]
    public var settings: Settings

    public init(units: [Unit] = [], sources: [Source] = [], innovations: [Innovation] = [],
                settings: Settings = Settings()) {
        self.units = units
        self.sources = sources
        self.innovations = innovations
        self.settings = settings
    }

    public func unit(_ id: String) -> Unit? { units.first { $0.id == id } }
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
    public func innovations(of unitID: String) -> [Innovation] { innovations.filter { $0.unitID == unitID } }
    public func sources(of unitID: String) -> [Source] { sources.filter { $0.unitID == unitID } }
}

/// `_settings.yaml`: every key has a default.
public struct Settings: Sendable, Hashable {
    public var database: String = "pantau.sqlite"
    public var every: Seconds = 3_600
    public var timezone: String = "Asia/Jakarta"
    public var language: Language = .id
    public var crawl = Crawl()
    public var alerts: [AlertTarget] = []
    /// Weights of the visibility index (`score:` in `_settings.yaml`).
    public var weights = ScoreWeights()
    /// Official platform APIs and their credentials (`platforms:` in `_settings.yaml`).
    public var platforms = PlatformSettings()

    public init() {}

    public struct Crawl: Sendable, Hashable {
        public var concurrency = 32
        public var perHost = 2
        /// Minimum time between two requests to one host, in milliseconds.
        public var delayMillis = 1_000
        public var robots = true
        public var timeout: Seconds = 30
        /// `lease`: how long a worker's claim on a source holds without renewal (several workers on one
        /// database); a dead worker's sources are taken over once it ran out.
        public var lease: Seconds = 600
        public var maxBody = 20 * 1_024 * 1_024
        /// `files`: a folder whose files may be read through `file:` URLs (besides the registry folder).
        public var files: String?
        /// Folders `file:` URLs may read from (absolute): the registry folder and `files`, set by the
        /// registry loader. nil (a registry built in code) leaves file URLs unrestricted.
        public var fileRoots: [String]?
        /// `parser_plugin`: a shared library with `pantau_parse` that reads formats Pantau does not.
        public var parserPlugin: String?
        public init() {}
    }

    public struct AlertTarget: Sendable, Hashable {
        public var kind: Kind
        /// Webhook, SMTP or Telegram API address: a credential too (a webhook's path is its key, an
        /// SMTP URL may hold a password), so it is a `Secret`.
        public var url: Secret?
        /// Telegram bot token; redacted in every description.
        public var token: Secret?
        public var chatID: String?
        public var to: [String]
        public var from: String?
        public var repeatEvery: Seconds
        public enum Kind: String, Sendable, Hashable, CaseIterable { case stdout, webhook, telegram, email }
        public init(kind: Kind, url: String? = nil, token: Secret? = nil, chatID: String? = nil,
                    to: [String] = [], from: String? = nil, repeatEvery: Seconds = 86_400) {
            self.kind = kind
            self.url = url.map(Secret.init)
            self.token = token
            self.chatID = chatID
            self.to = to
            self.from = from
            self.repeatEvery = repeatEvery
        }
    }
}

/// Language of reports and alerts.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case id, en
}
