import FlyingFox
import Foundation

/// The status line and header fields of an answer, as bytes for the wire.
enum ResponseHead {
    /// `closing` adds `Connection: close`; an HTTP/1.0 client that asked to keep
    /// the connection is told `keep-alive`, since 1.0 closes by default.
    static func encode(_ response: HTTPResponse, closing: Bool, clientMinorVersion: Int) -> Data {
        var headers = response.headers
        if case let .httpBody(body) = response.payload {
            if let count = body.count {
                if headers[.contentLength] == nil { headers[.contentLength] = String(count) }
            } else {
                // FlyingFox frames a body of unknown length in chunks as it is read.
                headers[.transferEncoding] = "chunked"
            }
        }
        headers[.connection] = closing ? "close" : (clientMinorVersion == 0 ? "keep-alive" : nil)

        var text = "HTTP/1.1 \(response.statusCode.code) \(response.statusCode.phrase)\r\n"
        let lines = headers.map { (name: $0.key.rawValue, value: $0.value) }
            .sorted { ($0.name.lowercased(), $0.value) < ($1.name.lowercased(), $1.value) }
        for line in lines where !(line.name + line.value).contains(where: \.isNewline) {
            // A handler's value must never start a header or a body of its own.
            text += "\(line.name): \(line.value)\r\n"
        }
        text += "\r\n"
        return Data(text.utf8)
    }

    /// A short plain-text answer for a refused head, after which the connection closes.
    static func refusal(_ rejection: HeadRejection) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return HTTPResponse(statusCode: HTTPStatusCode(rejection.status, phrase: rejection.phrase),
                            headers: headers, body: Data(rejection.message.utf8))
    }
}
