import Foundation

/// A request line and its header fields, as read off the wire and checked
/// by `RequestHeadParser`; the body, if any, is never read.
struct RequestHead: Equatable, Sendable {
    struct Field: Equatable, Sendable {
        var name: String
        var value: String
    }

    var method: String
    /// Exactly as sent: still percent-encoded, so `RequestPath` can judge it.
    var target: String
    /// 0 or 1: the major version is always 1.
    var minorVersion: Int
    var fields: [Field]

    /// Every value of the named field, in order; names compare without case.
    func values(_ name: String) -> [String] {
        fields.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }

    /// RFC 9112 §9.3: HTTP/1.1 keeps the connection unless told `close`,
    /// HTTP/1.0 closes it unless told `keep-alive`.
    var keepsAlive: Bool {
        let options = values("Connection")
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return minorVersion >= 1 ? !options.contains("close") : options.contains("keep-alive")
    }

    /// A body follows the head. `serve` never reads one, so after answering it
    /// closes the connection rather than guess where the next request starts.
    var announcesBody: Bool {
        !values("Transfer-Encoding").isEmpty || values("Content-Length").contains { $0 != "0" }
    }
}
