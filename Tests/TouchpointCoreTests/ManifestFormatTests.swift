import Foundation
import Testing
@testable import TouchpointCore

@Suite struct ManifestFormatTests {
    /// Values with every separator and escape the format uses, and the escape's own spelling.
    static let awkward = ["", "plain", "tab\there", "new\nline", "cr\r", "back\\slash", "\\x41 looks escaped",
                          "unit\u{1F}record\u{1E}", "ünïcødé ✓", "\\x00"]

    @Test func everyFieldSurvivesARoundTrip() throws {
        var manifest = BuildManifest(settings: "settings\twith tab")
        manifest.buildID = "abc"
        manifest.started = 1_764_000_000_123_456_789
        for (index, text) in Self.awkward.enumerated() {
            let path = "p\(index)/\(text).md"
            manifest.outputs[path] = "key " + text
            manifest.charts[path] = index
            manifest.outlines[path] = .init(sourceHash: "h\(index)", title: text, wordCount: index,
                                            dataRefs: [text, "b.json"], headings: [["2", "id-\(index)", text], ["3", "x", ""]],
                                            search: SearchText(terms: index % 3 == 0 ? [] : [text, "zz"], snippet: text))
            var fm = FrontMatter()
            fm.title = text
            fm.summary = index % 2 == 0 ? nil : text
            fm.tags = [text, "second"]
            fm.weight = index % 3 == 0 ? nil : -index
            fm.draft = index % 2 == 0
            fm.layout = index % 2 == 0 ? "wide" : nil
            fm.layoutLine = index + 2
            fm.date = PageDate("2026-03-1\(index % 10)")
            manifest.frontMatter[path] = .init(yamlHash: "y" + text, frontMatter: fm)
            manifest.files[path] = FileStat(size: Int64(index), modified: 5, changed: 6, inode: 7, device: 8, hash: text)
        }
        let decoded = try #require(ManifestFormat.decode(ManifestFormat.encode(manifest)))
        #expect(decoded.settings == manifest.settings)
        #expect(decoded.buildID == manifest.buildID)
        #expect(decoded.started == manifest.started)
        #expect(decoded.outputs == manifest.outputs)
        #expect(decoded.charts == manifest.charts.filter { $0.value != 0 })
        #expect(decoded.files == manifest.files)
        for (path, outline) in manifest.outlines {
            let other = try #require(decoded.outlines[path])
            #expect((other.sourceHash, other.title, other.wordCount) == (outline.sourceHash, outline.title, outline.wordCount))
            #expect(other.dataRefs == outline.dataRefs)
            #expect(other.headings == outline.headings)
            #expect(other.search == outline.search)
        }
        for (path, cached) in manifest.frontMatter {
            let other = try #require(decoded.frontMatter[path])
            let (a, b) = (cached.frontMatter, other.frontMatter)
            #expect(other.yamlHash == cached.yamlHash)
            #expect(a.title == b.title && a.summary == b.summary && a.tags == b.tags && a.weight == b.weight)
            #expect(a.draft == b.draft && a.layout == b.layout && a.layoutLine == b.layoutLine && a.date?.iso == b.date?.iso)
        }
    }

    @Test(arguments: ["X\tunknown record", "O\tonly-two-fields", "T\tnot-a-number", "P\ta\th\tnot-a-count\tt\t\t",
                      "F\ta\t1\t2\t3\t4\t5", "M\ta\th\tt\tnot-a-date\t\\x00\t\t\\x00\t0\t\\x00\t2"])
    func aMalformedRecordRejectsTheWholeManifest(line: String) {
        #expect(ManifestFormat.decode(Data("S\ts\n\(line)\n".utf8)) == nil)
    }
}
