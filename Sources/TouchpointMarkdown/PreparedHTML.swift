/// A page's HTML rendered once, with a hole for every link the caller may
/// rewrite and every directive block. Links are resolved only once every page
/// is known, so the tree is rendered with placeholders and the holes are filled
/// later: one parse per page, and no cmark tree kept alive between the two.
public struct PreparedHTML: Sendable, Hashable {
    public enum Hole: Sendable, Hashable {
        /// An index into the document's `links`: the hole is that link's `href`/`src` value.
        case link(Int)
        /// An index into the document's `directives`: the hole is the whole block.
        case directive(Int)
        /// An index into the document's `headings`: the hole is that heading's `id` value.
        case heading(Int)
    }

    /// The HTML between the holes: always one more piece than holes.
    public private(set) var pieces: [String]
    public private(set) var holes: [Hole]
    /// The `id` of each heading, in document order.
    public private(set) var headingIDs: [String]

    init(pieces: [String], holes: [Hole], headingIDs: [String] = []) {
        self.pieces = pieces
        self.holes = holes
        self.headingIDs = headingIDs
    }

    /// The finished HTML. `link` gives a link's destination, as cmark would
    /// have written it from the tree (it is escaped here, exactly as cmark
    /// escapes an `href`); `directive` gives trusted HTML for a block.
    /// `idPrefix` goes before every heading id: pages joined into one
    /// document keep their anchors apart.
    public func filled(link: (Int) -> String, directive: (Int) -> String, idPrefix: String = "") -> String {
        var html = ""
        html.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count } + holes.count * 64)
        var afterBlock = false
        for (index, hole) in holes.enumerated() {
            append(pieces[index], to: &html, afterBlock: afterBlock)
            afterBlock = false
            switch hole {
            case let .link(number): HrefText.append(link(number), to: &html)
            case let .directive(number):
                html += directive(number)
                afterBlock = true
            case let .heading(number):
                html += HTMLText.escape(idPrefix + (number < headingIDs.count ? headingIDs[number] : ""))
            }
        }
        append(pieces[pieces.count - 1], to: &html, afterBlock: afterBlock)
        return html
    }

    /// cmark ends a block with a newline unless its HTML already ends with one;
    /// the marker did not, so the newline it got is dropped where the block's HTML has its own.
    private func append(_ piece: String, to html: inout String, afterBlock: Bool) {
        if afterBlock, piece.utf8.first == UInt8(ascii: "\n"), html.utf8.isEmpty || html.utf8.last == UInt8(ascii: "\n") {
            html += piece.dropFirst()
        } else {
            html += piece
        }
    }
}

/// Placeholders that cannot occur in the page: `nonce` is derived from the
/// page's text and checked not to appear in it, and holds only characters
/// cmark writes unchanged into an `href`.
struct HoleMarkers {
    let nonce: String

    init(avoiding text: String) {
        var seed: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { seed = (seed ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var candidate = "tp" + String(seed, radix: 36)
        while Self.occurs(candidate, in: text) {
            seed = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
            candidate = "tp" + String(seed, radix: 36)
        }
        nonce = candidate
    }

    private static func occurs(_ candidate: String, in text: String) -> Bool {
        find(Array(candidate.utf8), in: Array(text.utf8), from: 0) != nil
    }

    func link(_ number: Int) -> String { "\(nonce)L\(number)_" }
    func directive(_ number: Int) -> String { "\(nonce)D\(number)_" }
    func heading(_ number: Int) -> String { "\(nonce)H\(number)_" }

    /// Splits rendered HTML at the markers; nil if a marker is not where the
    /// tree put it (the caller then treats the document as unrenderable).
    func split(_ html: String, expectedHoles: Int, headingIDs: [String] = []) -> PreparedHTML? {
        let bytes = Array(html.utf8)
        let marker = Array(nonce.utf8)
        var pieces: [String] = []
        var holes: [PreparedHTML.Hole] = []
        var pieceStart = 0
        var index = 0
        while let found = Self.find(marker, in: bytes, from: index) {
            pieces.append(String(decoding: bytes[pieceStart..<found], as: UTF8.self))
            var cursor = found + marker.count
            guard cursor < bytes.count else { return nil }
            let kind = bytes[cursor]
            cursor += 1
            var number = 0
            let digitsStart = cursor
            while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9"), cursor - digitsStart < 9 {
                number = number * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
                cursor += 1
            }
            guard cursor > digitsStart, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "_") else { return nil }
            switch kind {
            case UInt8(ascii: "L"): holes.append(.link(number))
            case UInt8(ascii: "D"): holes.append(.directive(number))
            case UInt8(ascii: "H"): holes.append(.heading(number))
            default: return nil
            }
            index = cursor + 1
            pieceStart = index
        }
        pieces.append(String(decoding: bytes[pieceStart...], as: UTF8.self))
        return holes.count == expectedHoles ? PreparedHTML(pieces: pieces, holes: holes, headingIDs: headingIDs) : nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

/// cmark's escaping of link destinations (`houdini_escape_href`): bytes it
/// considers safe in a URL pass, `&` and `'` become entities, the rest `%XX`.
/// Matching it byte for byte keeps a filled hole identical to cmark's output.
enum HrefText {
    private static let safe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        let allowed = "!#$%()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~"
        for byte in allowed.utf8 { table[Int(byte)] = true }
        return table
    }()
    private static let hex = Array("0123456789ABCDEF".utf8)

    static func append(_ url: String, to html: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count + 8)
        for byte in url.utf8 {
            if safe[Int(byte)] {
                bytes.append(byte)
            } else if byte == UInt8(ascii: "&") {
                bytes += Array("&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                bytes += Array("&#x27;".utf8)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        html += String(decoding: bytes, as: UTF8.self)
    }
}
