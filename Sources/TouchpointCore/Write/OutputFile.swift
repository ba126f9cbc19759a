import Foundation

/// One file of the finished site, by path below the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes(Data)
        /// Copied from the source file when written.
        case copy(URL)
        /// Unchanged since the previous build: carried over from the current output by hard link.
        case previous
        /// Written a piece at a time, for a file too large to hold whole (the
        /// report edition); the closure gives the reason when it cannot finish.
        case stream(@Sendable (Sink) -> String?)
    }

    /// Where `Contents.stream` writes: pieces gathered into writes of a few hundred KiB.
    public final class Sink {
        private let fd: Int32
        private var buffer: [UInt8] = []
        private(set) var failed = false
        private static let chunk = 256 * 1024

        init(fd: Int32) {
            self.fd = fd
            buffer.reserveCapacity(Self.chunk)
        }

        public func write(_ text: String) {
            buffer += text.utf8
            if buffer.count >= Self.chunk { flush() }
        }

        func flush() {
            if !failed && !buffer.withUnsafeBytes({ RawFile.writeAll(fd, $0) }) { failed = true }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    static func text(_ path: String, _ text: String) -> OutputFile {
        OutputFile(path: path, contents: .bytes(Data(text.utf8)))
    }
}
