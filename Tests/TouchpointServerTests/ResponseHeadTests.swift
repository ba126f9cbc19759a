import FlyingFox
import Foundation
import Testing
@testable import TouchpointServer

struct ResponseHeadTests {
    @Test func statusLengthAndSortedFields() {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/plain"
        headers[HTTPHeader("X-Evil")] = "a\r\nSet-Cookie: b"
        let response = HTTPResponse(statusCode: .notFound, headers: headers, body: Data("gone".utf8))
        let text = String(decoding: ResponseHead.encode(response, closing: false, clientMinorVersion: 1), as: UTF8.self)
        #expect(text == "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\nContent-Type: text/plain\r\n\r\n")
    }

    @Test func connectionAndChunking() {
        let stream = HTTPResponse(statusCode: .ok, headers: [:], body: HTTPBodySequence(from: EventStream(messages: AsyncStream { $0.finish() })))
        let closing = String(decoding: ResponseHead.encode(stream, closing: true, clientMinorVersion: 1), as: UTF8.self)
        #expect(closing == "HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n")
        let old = String(decoding: ResponseHead.encode(HTTPResponse(statusCode: .ok), closing: false, clientMinorVersion: 0), as: UTF8.self)
        #expect(old == "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n")
    }

    @Test func refusalsSayWhy() {
        let response = ResponseHead.refusal(.headerBlockTooLarge)
        #expect(response.statusCode.code == 431)
        #expect(response.statusCode.phrase == "Request Header Fields Too Large")
        #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
    }
}
