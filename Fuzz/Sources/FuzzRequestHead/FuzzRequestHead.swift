import FlyingFox
import Foundation
import FuzzDriver
@testable import TouchpointServer

/// Bytes from a client, as `serve` reads them: parsed whole and again in
/// chunks (the answers must agree), with tight limits so every limit is
/// reached by short inputs and with the real ones; an accepted head must
/// survive being written out and read back, and must turn into the request
/// the site handler sees without trouble.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    for limits in [tight, RequestHeadLimits()] {
        var whole = RequestHeadParser(limits: limits)
        let outcome = whole.parse(bytes)
        let step = size == 0 ? 1 : Int(bytes[0] % 13) + 1
        let chunked = parseInChunks(bytes, step: step, limits: limits)
        guard outcome == chunked else { fatalError("whole: \(outcome), in chunks of \(step): \(chunked)") }
        switch outcome {
        case .needMore:
            break
        case let .rejected(rejection):
            guard [400, 414, 431, 505].contains(rejection.status) else { fatalError("status \(rejection.status)") }
        case let .complete(head, consumed):
            guard (1...size).contains(consumed) else { fatalError("consumed \(consumed) of \(size)") }
            guard head.fields.count <= limits.headerCount else { fatalError("\(head.fields.count) fields") }
            checkRoundTrip(head)
            _ = (head.keepsAlive, head.announcesBody)
            let request = HTTPRequest(head: head)
            _ = RequestPath(raw: request.target.path())
        }
    }
    return 0
}

private let tight: RequestHeadLimits = {
    var limits = RequestHeadLimits()
    limits.requestLine = 40
    limits.headerLine = 24
    limits.headerBlock = 80
    limits.headerCount = 4
    return limits
}()

private func parseInChunks(_ bytes: UnsafeBufferPointer<UInt8>, step: Int, limits: RequestHeadLimits) -> RequestHeadParser.Outcome {
    var parser = RequestHeadParser(limits: limits)
    var offset = 0
    var outcome = parser.parse(bytes[0..<0])
    while offset < bytes.count {
        let end = min(offset + step, bytes.count)
        outcome = parser.parse(bytes[offset..<end])
        if case let .complete(head, consumed) = outcome { return .complete(head, consumed: offset + consumed) }
        if case .rejected = outcome { return outcome }
        offset = end
    }
    return outcome
}

/// Written out in the canonical form and read back (with room for UTF-8 that
/// was Latin-1), an accepted head must come back unchanged.
private func checkRoundTrip(_ head: RequestHead) {
    var text = "\(head.method) \(head.target) HTTP/1.\(head.minorVersion)\r\n"
    for field in head.fields { text += "\(field.name): \(field.value)\r\n" }
    text += "\r\n"
    var roomy = RequestHeadLimits()
    roomy.requestLine *= 2
    roomy.headerLine *= 2
    roomy.headerBlock *= 2
    var parser = RequestHeadParser(limits: roomy)
    let again = parser.parse(Array(text.utf8))
    guard again == .complete(head, consumed: text.utf8.count) else { fatalError("\(head) came back as \(again)") }
}

@main
enum FuzzRequestHeadMain {
    static func main() {
        exit(touchpoint_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
    }
}
