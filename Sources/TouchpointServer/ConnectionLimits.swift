/// What one connection may send and how long it may take: a client that
/// sends nothing, trickles its head a byte at a time or stops reading the
/// answer is closed, so it holds a socket for seconds, not forever.
public struct ConnectionLimits: Sendable, Equatable {
    public var head = RequestHeadLimits()
    /// Seconds from the moment the server waits for a request (a new connection,
    /// or a kept-alive one after its last answer) until the whole head is in.
    public var headTimeout = 10.0
    /// Seconds one write of an answer may wait for the client to take bytes.
    public var writeTimeout = 10.0

    public init() {}
}
