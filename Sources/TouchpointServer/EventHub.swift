import Foundation

/// The browsers listening at `/__touchpoint/events`, and what they are told.
final class EventHub: @unchecked Sendable {
    /// What the last build left: the count of good builds, and the failure since, if any.
    struct State: Sendable {
        var generation = 0
        var failure: String?
    }

    private let lock = NSLock()
    private var state = State()
    private var listeners: [UUID: AsyncStream<Data>.Continuation] = [:]
    private var closed = false

    var current: State { lock.withLock { state } }
    var listenerCount: Int { lock.withLock { listeners.count } }

    /// A new listener's stream. It starts with what a page from build `since`
    /// has missed: the errors of a failed build, or a reload if it is stale.
    func subscribe(since: Int?) -> AsyncStream<Data> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        let snapshot: State? = lock.withLock {
            if closed { return nil }
            listeners[id] = continuation
            return state
        }
        guard let snapshot else {
            continuation.finish()
            return stream
        }
        // Reconnect quickly after a restart of `touchpoint serve`.
        continuation.yield(Data("retry: 1000\n\n".utf8))
        if let failure = snapshot.failure {
            continuation.yield(Self.event("error", failure))
        } else if let since, since < snapshot.generation {
            continuation.yield(Self.event("reload", String(snapshot.generation)))
        }
        return stream
    }

    func buildSucceeded() {
        let (generation, targets) = lock.withLock {
            state.generation += 1
            state.failure = nil
            return (state.generation, Array(listeners.values))
        }
        let message = Self.event("reload", String(generation))
        for listener in targets { listener.yield(message) }
    }

    func buildFailed(_ diagnostics: String) {
        let targets = lock.withLock {
            state.failure = diagnostics
            return Array(listeners.values)
        }
        let message = Self.event("error", diagnostics)
        for listener in targets { listener.yield(message) }
    }

    /// A comment line; a write to a closed tab fails and frees its connection.
    func keepAlive() {
        let targets = lock.withLock { Array(listeners.values) }
        for listener in targets { listener.yield(Data(": keep-alive\n\n".utf8)) }
    }

    /// Ends every stream so the server can close its connections on stop.
    func close() {
        let targets = lock.withLock {
            closed = true
            defer { listeners.removeAll() }
            return Array(listeners.values)
        }
        for listener in targets { listener.finish() }
    }

    private func remove(_ id: UUID) {
        _ = lock.withLock { listeners.removeValue(forKey: id) }
    }

    /// One SSE event; every line of `data` gets its own `data:` field.
    static func event(_ name: String, _ data: String) -> Data {
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "data: " + $0.replacingOccurrences(of: "\r", with: "") }
        return Data(("event: \(name)\n" + lines.joined(separator: "\n") + "\n\n").utf8)
    }
}
