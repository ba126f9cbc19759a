/// How much of a request head `serve` reads before it refuses the request.
///
/// A preview's own requests are a few hundred bytes; these leave room for
/// long query strings and large cookies while keeping what one connection
/// can make the server buffer and scan to a few tens of kilobytes.
public struct RequestHeadLimits: Sendable, Equatable {
    /// Bytes of the request line without its line ending (414 past it).
    /// Empty lines before it, which RFC 9112 §2.2 lets a client send, count too.
    public var requestLine = 8 * 1024
    /// Bytes of one header line without its line ending (431 past it).
    public var headerLine = 8 * 1024
    /// Bytes of all header lines with their line endings, the final empty line included (431 past it).
    public var headerBlock = 32 * 1024
    /// Header lines (431 past it).
    public var headerCount = 100

    public init() {}
}
