/// What Pantau can say about a channel read through an API.
public enum ChannelState: String, Sendable, Hashable, Codable, CaseIterable {
    /// The API answered and the account's posts were read.
    case seen
    /// The credential was refused: the channel is a blind spot until it is renewed.
    case tokenExpired = "token_expired"
    /// The API or the account failed; kept apart from "silent".
    case broken
    /// The platform asked to slow down or the quota is spent; the channel waits.
    case rateLimited = "rate_limited"
}
