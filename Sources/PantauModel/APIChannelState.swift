/// One API read's channel state as stored.
public struct APIChannelState: Sendable, Hashable {
    public var state: ChannelState
    public var hint: String?
    public var followers: Int?
    public init(state: ChannelState, hint: String? = nil, followers: Int? = nil) {
        self.state = state
        self.hint = hint
        self.followers = followers
    }

    /// A refused token or a platform asking to wait says nothing about whether the channel works.
    public var countsAsFailure: Bool { state == .broken }
}
