import Foundation

/// The manifest on disk: one record per line, fields split by tabs, lists
/// inside a field by U+001F and items of a list by U+001E. Control bytes and
/// backslashes inside values are written as `\xHH`, so a separator never
/// occurs in a value. At 10,000 pages the JSON form took 0.12 s to decode
/// through Codable, most of a no-op rebuild's budget; this one is read with
/// plain splits.
///
///     S settings · B build id · T start (ns) · O path key charts
///     P path source-hash words title data-refs headings(level id text)
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
                + "\(outline.dataRefs.map(escape).joined(separator: list))\t\(headings)\n"
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
    static func decode(_ data: Data) -> BuildManifest? {
        var manifest = BuildManifest(settings: "")
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let tag = fields.first else { return nil }
            switch (tag, fields.count) {
            case ("S", 2): manifest.settings = unescape(fields[1])
            case ("B", 2): manifest.buildID = unescape(fields[1])
            case ("T", 2):
                guard let started = Int64(fields[1]) else { return nil }
                manifest.started = started
            case ("O", 4):
                guard let charts = Int(fields[3]) else { return nil }
                let path = unescape(fields[1])
                manifest.outputs[path] = unescape(fields[2])
                if charts != 0 { manifest.charts[path] = charts }
            case ("P", 7):
                guard let words = Int(fields[3]) else { return nil }
                let headings = split(fields[6], by: list).map { split($0, by: item).map(unescape) }
                guard headings.allSatisfy({ $0.count == 3 }) else { return nil }
                manifest.outlines[unescape(fields[1])] = BuildManifest.CachedOutline(
                    sourceHash: unescape(fields[2]), title: unescape(fields[4]), wordCount: words,
                    dataRefs: split(fields[5], by: list).map(unescape), headings: headings)
            case ("M", 11):
                guard let cached = frontMatter(fields) else { return nil }
                manifest.frontMatter[unescape(fields[1])] = cached
            case ("F", 8):
                guard let size = Int64(fields[2]), let modified = Int64(fields[3]), let changed = Int64(fields[4]),
                      let inode = UInt64(fields[5]), let device = UInt64(fields[6]) else { return nil }
                manifest.files[unescape(fields[1])] = FileStat(size: size, modified: modified, changed: changed, inode: inode,
                                                               device: device, hash: unescape(fields[7]))
            default: return nil
            }
        }
        return manifest
    }

    private static func frontMatter(_ fields: [Substring]) -> BuildManifest.CachedFrontMatter? {
        var fm = FrontMatter()
        fm.title = optional(fields[3])
        if let iso = optional(fields[4]) {
            guard let date = PageDate(iso) else { return nil }
            fm.date = date
        }
        fm.summary = optional(fields[5])
        fm.tags = split(fields[6], by: list).map(unescape)
        if fields[7] != absent {
            guard let weight = Int(fields[7]) else { return nil }
            fm.weight = weight
        }
        fm.draft = fields[8] == "1"
        fm.layout = optional(fields[9])
        guard let layoutLine = Int(fields[10]) else { return nil }
        fm.layoutLine = layoutLine
        return BuildManifest.CachedFrontMatter(yamlHash: unescape(fields[2]), frontMatter: fm)
    }

    private static let list = "\u{1F}"
    private static let item = "\u{1E}"
    /// An absent optional; a present value is never empty-marked this way, as `\x00` cannot be in text.
    private static let absent = "\\x00"

    private static func optional(_ value: String?) -> String { value.map(escape) ?? absent }
    private static func optional(_ field: Substring) -> String? { field == absent ? nil : unescape(field) }

    /// Splits on a one-character separator; an empty field is an empty list.
    private static func split(_ field: Substring, by separator: String) -> [Substring] {
        field.isEmpty ? [] : field.split(separator: Character(separator), omittingEmptySubsequences: false)
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
