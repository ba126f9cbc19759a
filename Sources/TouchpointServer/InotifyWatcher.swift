import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folder trees with Linux inotify: one watch per folder, added for
/// new folders as they appear, read on a thread of its own.
final class InotifyWatcher: FileWatcher, @unchecked Sendable {
    let kind = "inotify"
    private let fd: Int32
    private let roots: [String]
    private let filter: WatchFilter
    private let onChange: @Sendable ([String]) -> Void
    /// Watch descriptor → folder; only the reading thread touches it after init.
    private var folders: [Int32: String] = [:]
    /// Roots that did not exist at the start (a `Themes/` folder made later), by the
    /// watch on their parent that waits for them; the parent's other entries are ignored.
    private var awaited: [Int32: Set<String>] = [:]
    private let stopping = NSLock()
    private var isStopping = false
    private let finished = DispatchSemaphore(value: 0)

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB
        | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    /// Nil when inotify is unavailable or out of watches; the caller then polls.
    init?(roots: [String], filter: WatchFilter, onChange: @escaping @Sendable ([String]) -> Void) {
        #if os(Linux)
        let fd = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        self.fd = fd
        self.roots = roots
        self.filter = filter
        self.onChange = onChange
        for root in roots {
            let added = FileManager.default.fileExists(atPath: root) ? addTree(root) : awaitCreation(of: root)
            guard added else {
                close(fd)
                return nil
            }
        }
        let thread = Thread { [self] in readLoop() }
        thread.name = "touchpoint.watch"
        thread.start()
        #else
        return nil
        #endif
    }

    func stop() {
        let first = stopping.withLock {
            defer { isStopping = true }
            return !isStopping
        }
        // The loop wakes every 100 ms to look at the flag, then closes the descriptor.
        if first { _ = finished.wait(timeout: .now() + 2) }
    }

    private var shouldStop: Bool { stopping.withLock { isStopping } }

    /// Watches `path` and every folder under it; false if the kernel refused a watch.
    @discardableResult
    private func addTree(_ path: String) -> Bool {
        let wd = inotify_add_watch(fd, path, Self.mask)
        guard wd >= 0 else { return errno == ENOENT || errno == ENOTDIR }
        folders[wd] = path
        var ok = true
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            let child = path + "/" + name
            if !filter.ignores(path: child), SiteFiles.isDirectoryNoFollow(child) { ok = addTree(child) && ok }
        }
        return ok
    }

    /// Watches the parent of a missing root for the root's creation; false if the kernel refused.
    private func awaitCreation(of root: String) -> Bool {
        let parent = (root as NSString).deletingLastPathComponent
        // IN_MASK_ADD keeps the full mask should the parent be a watched folder too.
        let wd = inotify_add_watch(fd, parent, UInt32(IN_CREATE | IN_MOVED_TO | IN_ONLYDIR | IN_MASK_ADD))
        guard wd >= 0 else { return errno == ENOENT || errno == ENOTDIR }
        awaited[wd, default: []].insert(root)
        return true
    }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !shouldStop {
            var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 100) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            let changed = buffer.withUnsafeBytes { parse($0, count: count) }
            if !changed.isEmpty { onChange(changed) }
        }
        close(fd)
        finished.signal()
    }

    /// Walks the `struct inotify_event` records: wd, mask, cookie, len, then `len` bytes of name.
    private func parse(_ bytes: UnsafeRawBufferPointer, count: Int) -> [String] {
        var changed: [String] = []
        var offset = 0
        let header = 16
        while offset + header <= count {
            let wd = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameBytes = bytes[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
            offset += header + length
            let name = String(decoding: nameBytes, as: UTF8.self)

            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                // Events were lost: rebuild, and make sure every folder is watched.
                for root in roots { addTree(root) }
                changed.append(contentsOf: roots)
                continue
            }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders[wd] = nil
                continue
            }
            if let waiting = awaited[wd], mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
               let root = waiting.first(where: { ($0 as NSString).lastPathComponent == name }) {
                awaited[wd]?.remove(root)
                addTree(root)
                changed.append(root)
                continue
            }
            guard let folder = folders[wd] else { continue }
            let path = name.isEmpty ? folder : folder + "/" + name
            if !name.isEmpty && filter.ignores(path: path) { continue }
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                // Files may land in the new folder before its watch exists; the rebuild reads them anyway.
                addTree(path)
            }
            changed.append(path)
        }
        return changed
    }
}
