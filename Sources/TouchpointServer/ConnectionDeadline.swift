import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ends a connection whose current step (reading a head, one write) outlives
/// its deadline.
///
/// It shuts the socket down rather than cancel a task: a shut-down socket
/// wakes whatever waits on it at once, with the same end-of-stream the
/// connection already handles, and nothing needs to be cancellation-aware.
/// Closing goes through here too, under the same lock, so a late shutdown can
/// never hit a descriptor number that was closed and handed to someone else.
final class ConnectionDeadline: @unchecked Sendable {
    private let lock = NSLock()
    private let descriptor: Int32
    private let closeSocket: @Sendable () -> Void
    /// How long `watch` sleeps while nothing is armed; no deadline is ever
    /// armed closer than this, so the sleep never oversleeps one.
    private let shortestTimeout: Double
    private var deadline: ContinuousClock.Instant?
    private var ended = false
    private var expired = false

    init(descriptor: Int32, shortestTimeout: Double, close: @escaping @Sendable () -> Void) {
        self.descriptor = descriptor
        self.shortestTimeout = max(0.01, shortestTimeout)
        self.closeSocket = close
    }

    /// The next step must be done within `seconds` from now.
    func arm(_ seconds: Double) {
        lock.withLock { deadline = .now + .seconds(seconds) }
    }

    /// The current step may take as long as it likes (the handler runs, the event stream waits).
    func disarm() {
        lock.withLock { deadline = nil }
    }

    /// True once a deadline has passed and the socket was shut down.
    var hasExpired: Bool { lock.withLock { expired } }

    /// Sends the end of the stream after what was written; reading goes on.
    func finishSending() {
        lock.withLock {
            guard !ended else { return }
            _ = shutdown(descriptor, Int32(SHUT_WR))
        }
    }

    /// Closes the socket; `watch` returns soon after.
    func close() {
        lock.withLock {
            guard !ended else { return }
            ended = true
            closeSocket()
        }
    }

    /// Runs until the connection is closed, a deadline expires or the task is cancelled.
    func watch() async {
        while !Task.isCancelled {
            let (armed, done) = lock.withLock { (deadline, ended || expired) }
            if done { return }
            if let armed, armed <= .now, expire() { return }
            let wake = armed ?? .now + .seconds(shortestTimeout)
            try? await Task.sleep(until: wake, clock: .continuous)
        }
    }

    /// False when the deadline was moved or the connection closed in the meantime.
    private func expire() -> Bool {
        lock.withLock {
            guard !ended, let deadline, deadline <= .now else { return ended }
            expired = true
            _ = shutdown(descriptor, Int32(SHUT_RDWR))
            return true
        }
    }
}
