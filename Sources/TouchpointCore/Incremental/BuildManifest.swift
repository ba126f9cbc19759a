import TouchpointMarkdown

/// What the previous build made and from what: for each output file the
/// fingerprint of its inputs, and each page's outline by source hash.
struct BuildManifest: Sendable {
    static let currentFormat = "touchpoint-manifest/6"

    var format = BuildManifest.currentFormat
    /// Options and tool version that change every output when they change.
    var settings: String
    /// Also written into the output's marker, to catch a cache that does not match the output.
    var buildID = ""
    var outlines: [String: CachedOutline] = [:]
    /// Output path → fingerprint of the inputs it was made from.
    var outputs: [String: String] = [:]
    /// Charts per page output, so a summary counts those of carried-over pages too.
    var charts: [String: Int] = [:]
    /// Parsed front matter by source path, with the hash of the YAML it was read from.
    var frontMatter: [String: CachedFrontMatter] = [:]
    /// Copied files by source path, with the hash of their bytes.
    var files: [String: FileStat] = [:]
    /// When the build that wrote this manifest began, in nanoseconds since 1970.
    var started: Int64 = 0

    /// Front matter that parsed without a problem and has no `params`
    /// (those keep YAML values, and are read again).
    struct CachedFrontMatter: Sendable {
        var yamlHash: String
        var frontMatter: FrontMatter
    }

    struct CachedOutline: Sendable {
        var sourceHash: String
        var title: String
        var wordCount: Int
        var dataRefs: [String]
        /// level, id, text
        var headings: [[String]]
        var search: SearchText

        init(sourceHash: String, title: String, wordCount: Int, dataRefs: [String], headings: [[String]],
             search: SearchText) {
            self.sourceHash = sourceHash
            self.title = title
            self.wordCount = wordCount
            self.dataRefs = dataRefs
            self.headings = headings
            self.search = search
        }

        init(sourceHash: String, outline: PageOutline) {
            self.sourceHash = sourceHash
            title = outline.title
            wordCount = outline.wordCount
            dataRefs = outline.dataRefs
            headings = outline.headings.map { [String($0.level), $0.id, $0.text] }
            search = outline.search
        }

        var outline: PageOutline? {
            var list: [Heading] = []
            for h in headings {
                guard h.count == 3, let level = Int(h[0]) else { return nil }
                list.append(Heading(level: level, text: h[2], id: h[1], location: SourceLocation(line: 1, column: 1)))
            }
            return PageOutline(title: title, headings: list, wordCount: wordCount, dataRefs: dataRefs, search: search)
        }
    }

    mutating func sealBuildID() {
        var f = Fingerprint()
        f.add(settings)
        for key in outputs.keys.sorted() {
            f.add(key)
            f.add(outputs[key] ?? "")
        }
        buildID = f.hex
    }
}
