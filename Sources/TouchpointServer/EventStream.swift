import FlyingSocks
import Foundation

/// The bytes of one server-sent-events response, produced as events happen.
/// FlyingFox sends a body of unknown length with chunked encoding and writes
/// each buffer as soon as `nextBuffer` returns it, which is all SSE needs.
struct EventStream: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    let messages: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator { Iterator(messages: messages.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var messages: AsyncStream<Data>.Iterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            guard let buffer = try await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty {
                guard let message = await messages.next() else { return nil }
                pending = [UInt8](message)
            }
            let size = Swift.max(1, Swift.min(count, pending.count))
            let buffer = Array(pending.prefix(size))
            pending.removeFirst(buffer.count)
            return buffer
        }
    }
}
