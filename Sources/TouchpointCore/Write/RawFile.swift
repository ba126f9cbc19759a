import Foundation

/// Plain POSIX file writes. Foundation's `Data.write` syncs every file to
/// disk; a site of ten thousand pages does not need that, since the atomic
/// swap, not each file, is what keeps the output consistent.
enum RawFile {
    /// Creates a new file: never writes into one that exists, which may be
    /// a hard link into the live site.
    static func write(_ data: Data, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return data.withUnsafeBytes { writeAll(fd, $0) }
    }

    static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        guard var base = buffer.baseAddress else { return true }
        var remaining = buffer.count
        while remaining > 0 {
            let n = Glibc.write(fd, base, remaining)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            remaining -= n
            base += n
        }
        return true
    }

    /// Creates a new file (as `write(_:to:)` does) and lets `body` fill it.
    /// Nil once written; else why not: `body`'s reason, or the system's.
    static func write(to path: String, _ body: (OutputFile.Sink) -> String?) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return SystemError.errnoText() }
        defer { close(fd) }
        let sink = OutputFile.Sink(fd: fd)
        if let problem = body(sink) { return problem }
        sink.flush()
        return sink.failed ? SystemError.errnoText() : nil
    }

    static func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// Whether two files hold the same bytes, read a piece at a time; false if either cannot be read.
    static func sameBytes(_ path: String, _ other: String) -> Bool {
        guard let size = size(path), size == Self.size(other) else { return false }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let otherFD = open(other, O_RDONLY | O_CLOEXEC)
        guard otherFD >= 0 else { return false }
        defer { close(otherFD) }
        var mine = [UInt8](repeating: 0, count: 64 * 1024)
        var theirs = [UInt8](repeating: 0, count: 64 * 1024)
        var offset = 0
        while offset < size {
            guard let n = readFully(fd, &mine, min(mine.count, size - offset)), readFully(otherFD, &theirs, n) == n else {
                return false
            }
            let equal = mine.withUnsafeBytes { a in
                theirs.withUnsafeBytes { b in
                    guard let a = a.baseAddress, let b = b.baseAddress else { return false }
                    return memcmp(a, b, n) == 0
                }
            }
            guard equal else { return false }
            offset += n
        }
        return true
    }

    /// Reads `count` bytes (fewer only at the end of the file); nil on an error or an empty read.
    private static func readFully(_ fd: Int32, _ buffer: inout [UInt8], _ count: Int) -> Int? {
        var done = 0
        while done < count {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress.map { $0 + done }, count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        return done > 0 ? done : nil
    }

    /// Whether the file at `path` holds exactly `data`; false if it cannot be read.
    static func holds(_ data: Data, at path: String) -> Bool {
        guard size(path) == data.count else { return false }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var offset = 0
        while offset < data.count {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0, offset + n <= data.count else { return false }
            let equal = buffer.withUnsafeBytes { chunk in
                data.withUnsafeBytes { whole in
                    guard let mine = chunk.baseAddress, let theirs = whole.baseAddress else { return false }
                    return memcmp(mine, theirs + offset, n) == 0
                }
            }
            guard equal else { return false }
            offset += n
        }
        return true
    }
}
