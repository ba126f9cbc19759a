import Dispatch
import Foundation

/// Turns bursts of file changes into builds, one at a time.
///
/// A build starts once changes have been quiet for `quiet` seconds, or
/// `maximum` seconds after the first change of a burst, whichever is first:
/// an editor's atomic save or an export of fifty files gives one build, and a
/// steady trickle still rebuilds every second. Builds run on one serial queue,
/// so they never overlap, and every change that arrives during a build is
/// folded into a single follow-up build.
final class RebuildScheduler: @unchecked Sendable {
    let quiet: Double
    let maximum: Double
    private let queue = DispatchQueue(label: "touchpoint.serve.build", qos: .userInitiated)
    private let build: @Sendable ([String]) -> Void
    private let lock = NSLock()
    private var burstStart: UInt64?
    private var lastChange: UInt64 = 0
    private var changes: Set<String> = []
    private var armed = false
    private var stopped = false

    init(quiet: Double, maximum: Double, build: @escaping @Sendable ([String]) -> Void) {
        self.quiet = quiet
        self.maximum = max(quiet, maximum)
        self.build = build
    }

    func noteChanges(_ paths: [String]) {
        let arm: Bool = lock.withLock {
            guard !stopped else { return false }
            let now = DispatchTime.now().uptimeNanoseconds
            changes.formUnion(paths)
            if burstStart == nil { burstStart = now }
            lastChange = now
            defer { armed = true }
            return !armed
        }
        if arm { queue.asyncAfter(deadline: .now() + quiet) { [self] in fire() } }
    }

    /// Runs on `queue`, so after any build in progress.
    private func fire() {
        enum Next { case wait(UInt64), build([String]), nothing }
        let next: Next = lock.withLock {
            guard !stopped, let start = burstStart else {
                armed = false
                return .nothing
            }
            let now = DispatchTime.now().uptimeNanoseconds
            let due = min(lastChange + Self.nanoseconds(quiet), start + Self.nanoseconds(maximum))
            if now < due { return .wait(due - now) }
            let paths = changes.sorted()
            changes = []
            burstStart = nil
            armed = false
            return .build(paths)
        }
        switch next {
        case let .wait(delay):
            queue.asyncAfter(deadline: .now() + .nanoseconds(Int(delay))) { [self] in fire() }
        case let .build(paths):
            build(paths)
        case .nothing:
            break
        }
    }

    /// Runs `work` on the build queue, in turn with rebuilds; for the first build.
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }

    /// No more builds; waits (up to `timeout`) for one under way, so its folder swap completes.
    func stop(timeout: Double = 10) {
        lock.withLock { stopped = true }
        let idle = DispatchSemaphore(value: 0)
        queue.async { idle.signal() }
        _ = idle.wait(timeout: .now() + timeout)
    }

    private static func nanoseconds(_ seconds: Double) -> UInt64 { UInt64(max(0, seconds) * 1_000_000_000) }
}
