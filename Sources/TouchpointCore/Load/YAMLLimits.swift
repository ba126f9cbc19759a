/// Limits on YAML from content folders: front matter, `site.yml` and
/// directive bodies are small, hand-written settings, so anything far past
/// these sizes is a mistake or an attack, and is refused with its position.
///
/// Yams composes aliases by sharing nodes, which is cheap, but it hashes
/// every mapping key whole to find duplicates. A key that is a collection
/// holding aliases ("billion laughs" as a key) therefore costs time and
/// memory exponential in the document's size before any of our code runs.
/// Touchpoint only accepts plain keys, so `scan` refuses collection and
/// alias keys in any document that may hold aliases, before Yams sees it.
/// Values that expand through aliases are limited while converting nodes.
enum YAMLLimits {
    static let maximumBytes = 1 << 20
    /// Values reached through aliases, summed over the whole document.
    static let maximumExpandedValues = 100_000
    static let maximumDepth = 64

    struct Problem: Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    /// The first problem that must stop the text reaching Yams, if any.
    ///
    /// The scan is deliberately coarse: it does not know quoting or
    /// comments, so it may see an alias or a collection key where there is
    /// none. It only ever errs towards refusing, and only in documents that
    /// look as if they hold an alias, which hand-written settings rarely do.
    static func scan(_ text: String) -> Problem? {
        let bytes = Array(text.utf8)
        if bytes.count > maximumBytes {
            return Problem(message: "YAML is larger than \(maximumBytes / 1024) KiB, the limit; move bulk data into a data file",
                           line: 1, column: 1)
        }
        guard mayHoldAlias(bytes) else { return nil }
        return firstCollectionKey(bytes)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private static func isFlowIndicator(_ byte: UInt8) -> Bool {
        "[]{},".utf8.contains(byte)
    }

    /// Characters of an anchor or alias name, as libyaml reads them.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return byte >= 0x80
        }
    }

    /// Where a node may start: the text's start, after white space or a flow indicator.
    private static func atNodeStart(_ bytes: [UInt8], _ index: Int) -> Bool {
        index == 0 || isSpace(bytes[index - 1]) || isFlowIndicator(bytes[index - 1])
    }

    /// libyaml ends an alias name only at a blank or one of `?:,]}%@` and a
    /// backtick, so Markdown-style `*stress*` in a value is no alias.
    private static func mayHoldAlias(_ bytes: [UInt8]) -> Bool {
        // Any `*name` not inside a word counts: `?*a` in a flow list is an alias too.
        for index in bytes.indices where bytes[index] == UInt8(ascii: "*") && (index == 0 || !isNameByte(bytes[index - 1])) {
            var end = index + 1
            while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
            guard end > index + 1 else { continue }
            if end == bytes.count || isSpace(bytes[end]) || "?:,]}%@`".utf8.contains(bytes[end]) { return true }
        }
        return false
    }

    /// An explicit key (`? `), a flow collection followed by `:`, or an alias followed by `:`.
    private static func firstCollectionKey(_ bytes: [UInt8]) -> Problem? {
        var line = 1
        var lineStart = 0
        func problem(_ message: String, at index: Int) -> Problem {
            // Columns count characters, as Yams's positions do.
            let column = bytes[lineStart..<index].filter { $0 & 0xC0 != 0x80 }.count + 1
            return Problem(message: message, line: line, column: column)
        }
        func colonFollows(_ index: Int) -> Bool {
            var next = index
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") { next += 1 }
            return next < bytes.count && bytes[next] == UInt8(ascii: ":")
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                lineStart = index + 1
            // In a flow collection libyaml reads `?` as a key indicator even with no blank after it (`[?*a]`).
            case UInt8(ascii: "?") where atNodeStart(bytes, index):
                return problem("expected a plain key: explicit '?' keys are not supported", at: index)
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if colonFollows(index + 1) { return problem("expected a plain key, found a list or mapping used as a key", at: index) }
            case UInt8(ascii: "*") where atNodeStart(bytes, index):
                var end = index + 1
                while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
                if end > index + 1, colonFollows(end) { return problem("expected a plain key, found an alias used as a key", at: index) }
            default:
                break
            }
            index += 1
        }
        return nil
    }
}
