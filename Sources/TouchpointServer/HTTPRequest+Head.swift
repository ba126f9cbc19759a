import FlyingFox

extension HTTPRequest {
    /// The request a `SiteHandler` sees for a head read by `RequestHeadParser`.
    /// The body is always empty: `serve` answers only GET and HEAD.
    init(head: RequestHead) {
        let parts = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var headers = HTTPHeaders()
        for field in head.fields { headers.addValue(field.value, for: HTTPHeader(field.name)) }
        self.init(method: HTTPMethod(head.method),
                  version: HTTPVersion("HTTP/1.\(head.minorVersion)"),
                  target: Target(path: String(parts.first ?? ""), query: parts.count > 1 ? String(parts[1]) : ""),
                  headers: headers,
                  body: HTTPBodySequence())
    }
}
