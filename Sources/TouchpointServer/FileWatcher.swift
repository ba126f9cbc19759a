import Foundation

/// How the server learns about edits.
public enum WatchMode: String, Sendable {
    /// inotify where the kernel offers it, else polling.
    case automatic
    /// Compare modification times and sizes every half second (network drives, containers without inotify).
    case polling
}

/// A running watch; `onChange` gets the changed paths, in batches, on a background thread.
protocol FileWatcher: AnyObject, Sendable {
    var kind: String { get }
    func stop()
}

enum FileWatchers {
    static func start(roots: [String], filter: WatchFilter, mode: WatchMode,
                      onChange: @escaping @Sendable ([String]) -> Void) -> any FileWatcher {
        if mode == .automatic, let watcher = InotifyWatcher(roots: roots, filter: filter, onChange: onChange) {
            return watcher
        }
        return PollingWatcher(roots: roots, filter: filter, interval: 0.5, onChange: onChange)
    }
}
