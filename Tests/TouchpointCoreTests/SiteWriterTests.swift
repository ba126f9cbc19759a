import Foundation
import Testing
@testable import TouchpointCore

/// The writer reuses its stage between builds; these pin down what that may and may not touch.
@Suite struct SiteWriterTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("touchpoint-writer-\(UUID().uuidString)")

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func pruneKeepsOnlyWhatTheNextSiteNeeds() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("stage/keep.html", "k")
        try write("stage/gone.html", "g")
        try write("stage/a/b/keep.html", "k")
        try write("stage/a/b/gone.html", "g")
        try write("stage/old/deep/x.html", "x")
        try write("stage/clash", "a file where a folder is needed")
        let kept = try FileTree.prune(root.appendingPathComponent("stage").path,
                                      keepingFiles: ["keep.html", "a/b/keep.html", "clash/index.html"],
                                      folders: ["a", "a/b", "clash"])
        #expect(kept == ["a", "a/b"])
        #expect(FileTree.files(below: root.appendingPathComponent("stage").path).sorted() == ["a/b/keep.html", "keep.html"])
    }

    @Test func rebuildsNeverWriteThroughALinkIntoTheLiveSite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let writer = SiteWriter(output: output, workFolder: BuildCache(output: output).folder, jobs: 2)
        func site(_ text: String) -> [OutputFile] {
            [.text("index.html", "home"), .text("a/index.html", text), .text("b/index.html", "same")]
        }
        _ = try writer.write(site("one"), buildID: "1")
        _ = try writer.write(site("one"), buildID: "2")
        // The stage now holds the first site, its files linked to the live ones.
        let live = output.appendingPathComponent("a/index.html").path
        let staged = writer.stage.appendingPathComponent("a/index.html").path
        #expect(FileIdentity(staged).sharesInode(with: FileIdentity(live)))

        let result = try writer.write(site("two") + [.text("c/index.html", "new")], buildID: "3")
        #expect(result == SiteWriter.Result(written: 2, unchanged: 2, removed: 0))
        #expect(read("Output/a/index.html") == "two")
        #expect(read("Output/c/index.html") == "new")
        // The site before is intact in the stage: nothing was written through a shared inode.
        #expect(FileManager.default.contents(atPath: staged).map { String(decoding: $0, as: UTF8.self) } == "one")
        #expect(SiteWriter.readMarker(in: output) == "3")

        let shrunk = try writer.write([.text("index.html", "home")], buildID: "4")
        #expect(shrunk.removed == 3)
        #expect(FileTree.files(below: output.path).sorted() == [SiteWriter.marker, "index.html"])
    }
}
