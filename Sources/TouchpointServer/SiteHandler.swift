import FlyingFox
import Foundation

/// Answers every request: the event stream, or a file of the built site.
struct SiteHandler: HTTPHandler {
    let files: SiteFiles
    let events: EventHub

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.text(.methodNotAllowed, "Only GET and HEAD are served.\n", extra: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        let rawPath = request.target.path()
        if rawPath == LiveReload.eventsPath {
            return eventStream(since: request.query.first { $0.name == "since" }.flatMap { Int($0.value) })
        }
        let response: HTTPResponse
        switch files.resolve(rawPath: rawPath, query: request.target.query()) {
        case let .file(path, type):
            response = serve(path: path, type: type, status: .ok)
        case let .redirect(location):
            response = Self.text(.movedPermanently, "Moved to \(location)\n", extra: [.location: location])
        case .forbidden:
            response = Self.text(.forbidden, "Forbidden\n")
        case .notFound:
            if let page = files.notFoundPage() {
                response = serve(path: page, type: MIMETypes.type(forPath: page), status: .notFound)
            } else {
                response = Self.text(.notFound, "Not found (no 404.html in the output folder)\n")
            }
        }
        if request.method == .HEAD {
            var headers = response.headers
            if case let .httpBody(body) = response.payload, let count = body.count { headers[.contentLength] = String(count) }
            return HTTPResponse(statusCode: response.statusCode, headers: headers)
        }
        return response
    }

    private func serve(path: String, type: String, status: HTTPStatusCode) -> HTTPResponse {
        // Read now, whole: the next build may swap the folder away right after.
        guard var body = FileManager.default.contents(atPath: path) else {
            return Self.text(.notFound, "Not found\n")
        }
        if MIMETypes.isHTML(type) {
            body = LiveReload.inject(into: body, generation: events.current.generation)
        }
        return HTTPResponse(statusCode: status, headers: Self.headers(type: type), body: body)
    }

    private func eventStream(since: Int?) -> HTTPResponse {
        var headers = Self.headers(type: "text/event-stream; charset=utf-8")
        headers[HTTPHeader("X-Accel-Buffering")] = "no"
        let stream = EventStream(messages: events.subscribe(since: since))
        return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: stream))
    }

    static func headers(type: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        // A preview must never show a page from before the last build.
        headers[.cacheControl] = "no-store"
        return headers
    }

    static func text(_ status: HTTPStatusCode, _ message: String, extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var headers = headers(type: "text/plain; charset=utf-8")
        for (name, value) in extra { headers[name] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(message.utf8))
    }
}
