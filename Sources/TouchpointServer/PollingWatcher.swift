import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The fallback watcher: snapshots modification times and sizes of every file
/// under the roots and reports what differs from the previous snapshot.
final class PollingWatcher: FileWatcher, @unchecked Sendable {
    let kind = "polling"

    struct Stamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
    }

    private let roots: [String]
    private let filter: WatchFilter
    private let onChange: @Sendable ([String]) -> Void
    private let queue = DispatchQueue(label: "touchpoint.watch.poll")
    private let timer: any DispatchSourceTimer
    /// Only touched on `queue`.
    private var previous: [String: Stamp] = [:]

    init(roots: [String], filter: WatchFilter, interval: TimeInterval, onChange: @escaping @Sendable ([String]) -> Void) {
        self.roots = roots
        self.filter = filter
        self.onChange = onChange
        timer = DispatchSource.makeTimerSource(queue: queue)
        queue.sync { previous = snapshot() }
        timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(50))
        timer.setEventHandler { [weak self] in self?.tick() }
        timer.resume()
    }

    func stop() {
        timer.cancel()
        queue.sync {}
    }

    private func tick() {
        let current = snapshot()
        var changed = current.filter { previous[$0.key] != $0.value }.map(\.key)
        changed += previous.keys.filter { current[$0] == nil }
        previous = current
        if !changed.isEmpty { onChange(changed.sorted()) }
    }

    private func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for root in roots { walk(root, into: &stamps) }
        return stamps
    }

    private func walk(_ folder: String, into stamps: inout [String: Stamp]) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let path = folder + "/" + name
            guard !filter.ignores(path: path) else { continue }
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(path, into: &stamps)
            } else {
                stamps[path] = Stamp(seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec), size: Int64(info.st_size))
            }
        }
    }
}
