import Foundation

/// The manifest on disk: one record per line, fields split by tabs, lists
/// inside a field by U+001F and items of a list by U+001E. Control bytes and
/// backslashes inside values are written as `\xHH`, so a separator never
/// occurs in a value. At 10,000 pages the JSON form took 0.12 s to decode
/// through Codable, most of a no-op rebuild's budget; this one is read with
/// plain splits.
///
///     S settings · B build id · T start (ns) · O path key charts
///     P path source-hash words title data-refs headings(level id text) search-terms(one space apart) snippet
///     M path yaml-hash title date summary tags weight draft layout layout-line
///     F path size modified changed inode device hash
enum ManifestFormat {
    static func encode(_ manifest: BuildManifest) -> Data {
        var out = "S\t\(escape(manifest.settings))\nB\t\(escape(manifest.buildID))\nT\t\(manifest.started)\n"
        for path in manifest.outputs.keys.sorted() {
            out += "O\t\(escape(path))\t\(escape(manifest.outputs[path] ?? ""))\t\(manifest.charts[path] ?? 0)\n"
        }
        for path in manifest.outlines.keys.sorted() {
            guard let outline = manifest.outlines[path] else { continue }
            let headings = outline.headings.map { $0.map(escape).joined(separator: item) }.joined(separator: list)
            out += "P\t\(escape(path))\t\(escape(outline.sourceHash))\t\(outline.wordCount)\t\(escape(outline.title))\t"
                + "\(outline.dataRefs.map(escape).joined(separator: list))\t\(headings)\t"
                + "\(escape(outline.search.words))\t\(escape(outline.search.snippet))\n"
        }
        for path in manifest.frontMatter.keys.sorted() {
            guard let cached = manifest.frontMatter[path] else { continue }
            let fm = cached.frontMatter
            let fields = [escape(path), escape(cached.yamlHash), optional(fm.title), optional(fm.date?.iso),
                          optional(fm.summary), fm.tags.map(escape).joined(separator: list),
                          fm.weight.map(String.init) ?? absent, fm.draft ? "1" : "0", optional(fm.layout), String(fm.layoutLine)]
            out += "M\t" + fields.joined(separator: "\t") + "\n"
        }
        for path in manifest.files.keys.sorted() {
            guard let stat = manifest.files[path] else { continue }
            out += "F\t\(escape(path))\t\(stat.size)\t\(stat.modified)\t\(stat.changed)\t\(stat.inode)\t\(stat.device)\t\(escape(stat.hash))\n"
        }
        return Data(out.utf8)
    }

    /// Nil for anything but a well-formed manifest: the cache is then ignored.
    /// Read as bytes: splitting a String walks grapheme clusters, ten times slower here.
    static func decode(_ data: Data) -> BuildManifest? {
        var manifest = BuildManifest(settings: "")
        let bytes = [UInt8](data)
        for line in bytes.split(separator: newline, omittingEmptySubsequences: true) {
            let fields = line.split(separator: tab, omittingEmptySubsequences: false)
            guard let tag = fields.first, tag.count == 1, let kind = tag.first else { return nil }
            switch (kind, fields.count) {
            case (UInt8(ascii: "S"), 2): manifest.settings = text(fields[1])
            case (UInt8(ascii: "B"), 2): manifest.buildID = text(fields[1])
            case (UInt8(ascii: "T"), 2):
                guard let started = Int64(text(fields[1])) else { return nil }
                manifest.started = started
            case (UInt8(ascii: "O"), 4):
                guard let charts = Int(text(fields[3])) else { return nil }
                let path = text(fields[1])
                manifest.outputs[path] = text(fields[2])
                if charts != 0 { manifest.charts[path] = charts }
            case (UInt8(ascii: "P"), 9):
                guard let words = Int(text(fields[3])) else { return nil }
                let headings = split(fields[6], by: list).map { split($0, by: item).map(text) }
                guard headings.allSatisfy({ $0.count == 3 }) else { return nil }
                manifest.outlines[text(fields[1])] = BuildManifest.CachedOutline(
                    sourceHash: text(fields[2]), title: text(fields[4]), wordCount: words,
                    dataRefs: split(fields[5], by: list).map(text), headings: headings,
                    search: SearchText(words: text(fields[7]), snippet: text(fields[8])))
            case (UInt8(ascii: "M"), 11):
                guard let cached = frontMatter(fields) else { return nil }
                manifest.frontMatter[text(fields[1])] = cached
            case (UInt8(ascii: "F"), 8):
                guard let size = Int64(text(fields[2])), let modified = Int64(text(fields[3])),
                      let changed = Int64(text(fields[4])), let inode = UInt64(text(fields[5])),
                      let device = UInt64(text(fields[6])) else { return nil }
                manifest.files[text(fields[1])] = FileStat(size: size, modified: modified, changed: changed, inode: inode,
                                                           device: device, hash: text(fields[7]))
            default: return nil
            }
        }
        return manifest
    }

    private typealias Field = ArraySlice<UInt8>

    private static func frontMatter(_ fields: [Field]) -> BuildManifest.CachedFrontMatter? {
        var fm = FrontMatter()
        fm.title = optional(fields[3])
        if let iso = optional(fields[4]) {
            guard let date = PageDate(iso) else { return nil }
            fm.date = date
        }
        fm.summary = optional(fields[5])
        fm.tags = split(fields[6], by: list).map(text)
        if let weight = optional(fields[7]) {
            guard let number = Int(weight) else { return nil }
            fm.weight = number
        }
        fm.draft = text(fields[8]) == "1"
        fm.layout = optional(fields[9])
        guard let layoutLine = Int(text(fields[10])) else { return nil }
        fm.layoutLine = layoutLine
        return BuildManifest.CachedFrontMatter(yamlHash: text(fields[2]), frontMatter: fm)
    }

    private static let newline = UInt8(ascii: "\n")
    private static let tab = UInt8(ascii: "\t")
    private static let list = "\u{1F}"
    private static let item = "\u{1E}"
    /// An absent optional; no text can be `\x00`, as text never holds a NUL.
    private static let absent = "\\x00"

    private static func optional(_ value: String?) -> String { value.map(escape) ?? absent }
    private static func optional(_ field: Field) -> String? {
        field.elementsEqual(absent.utf8) ? nil : text(field)
    }

    /// Splits on a one-byte separator; an empty field is an empty list.
    private static func split(_ field: Field, by separator: String) -> [Field] {
        guard let byte = separator.utf8.first, !field.isEmpty else { return [] }
        return field.split(separator: byte, omittingEmptySubsequences: false)
    }

    private static func text(_ field: Field) -> String {
        let raw = String(decoding: field, as: UTF8.self)
        return field.contains(UInt8(ascii: "\\")) ? unescape(raw) : raw
    }

    static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\\") }) else { return value }
        var out = ""
        for scalar in value.unicodeScalars {
            if scalar.value < 0x20 || scalar == "\\" {
                out += "\\x" + JSONText.hex(UInt8(scalar.value))
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func unescape<S: StringProtocol>(_ value: S) -> String {
        guard value.contains("\\") else { return String(value) }
        var out = ""
        var scalars = Array(value.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\\", scalars.count >= 3, scalars.first == "x",
               let byte = UInt8(String(String.UnicodeScalarView(scalars.dropFirst().prefix(2))), radix: 16) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
                scalars = scalars.dropFirst(3)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
