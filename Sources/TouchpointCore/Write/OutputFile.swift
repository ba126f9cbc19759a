import Foundation

/// One file of the finished site, by path below the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes(Data)
        /// Copied from the source file when written.
        case copy(URL)
        /// Unchanged since the previous build: carried over from the current output by hard link.
        case previous
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
