import Foundation
import Testing

/// Hostile and careless input, through the real binary: every case exits as
/// promised, names `path:line:col`, and leaves Output either untouched or
/// equal to a clean build.
@Suite struct HardeningTests {
    static func url(_ site: URL, _ path: String) -> URL { site.appendingPathComponent(path) }

    static func write(_ site: URL, _ path: String, _ text: String) throws {
        try write(site, path, Data(text.utf8))
    }

    static func write(_ site: URL, _ path: String, _ bytes: Data) throws {
        let target = url(site, path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: target)
    }

    /// A built minimal site and a snapshot of its Output.
    static func builtSite(_ extra: [String: String] = [:]) throws -> (URL, [String: Data]) {
        let site = try Harness.site(Harness.minimalSite.merging(extra) { $1 })
        let first = try Harness.run(["build", "--quiet", site.path], in: site)
        try #require(first.status == 0, "\(first.stderr)")
        return (site, Harness.snapshot(url(site, "Output")))
    }

    /// Output equals a clean build of the same content into another folder, byte for byte.
    static func expectSameAsCleanBuild(_ site: URL, output: String = "Output") throws {
        let clean = try Harness.run(["build", "--clean", "--quiet", "--output", "Clean", site.path], in: site)
        try #require(clean.status == 0, "\(clean.stderr)")
        let built = Harness.snapshot(url(site, output).resolvingSymlinksInPath())
        #expect(!built.isEmpty)
        #expect(built == Harness.snapshot(url(site, "Clean")))
    }

    /// Runs `build` and `check` on a bad input; both must refuse it with `expected`.
    static func expectRefused(_ site: URL, before: [String: Data], _ expected: [String]) throws {
        for command in ["check", "build"] {
            let run = try Harness.run([command, site.path], in: site)
            #expect(run.status == 1, "\(command): \(run.stderr)")
            for message in expected {
                #expect(run.stderr.contains(message), "\(command) stderr was: \(run.stderr)")
            }
        }
        #expect(Harness.snapshot(url(site, "Output")) == before)
    }

    // MARK: 1. YAML limits

    static func laughs(levels: Int) -> String {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        let names = Array("abcdefghijklmnop").map(String.init)
        for level in 1..<levels {
            lines.append("\(names[level]): &\(names[level]) [" + Array(repeating: "*" + names[level - 1], count: 9).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func yamlAliasBombsAreRefusedWhereverYAMLIsRead() throws {
        let (site, before) = try Self.builtSite()
        let bomb = Self.laughs(levels: 9)
        try Self.write(site, "Content/index.md", "---\n" + bomb + "---\n# Home\n")
        try Self.write(site, "Content/site.yml", "title: T\nmenu: [journeys]\nparams:\n  " + bomb.replacingOccurrences(of: "\n", with: "\n  "))
        try Self.write(site, "Content/journeys/claims.md", "## The gap\n\n```chart\n" + bomb + "```\n")
        try Self.expectRefused(site, before: before, [
            // The list that first expands past the limit: f, the sixth level.
            "Content/index.md:7:4: error: YAML aliases expand to more than 100000 values, the limit",
            "Content/site.yml:9:6: error: YAML aliases expand to more than 100000 values, the limit",
            "Content/journeys/claims.md:9:4: error: YAML aliases expand to more than 100000 values, the limit",
        ])
    }

    @Test func aCollectionOrAliasAsAKeyIsRefusedBeforeItIsHashed() throws {
        let (site, before) = try Self.builtSite()
        try Self.write(site, "Content/index.md", "---\n" + Self.laughs(levels: 9) + "? *i\n: boom\n---\n# Home\n")
        try Self.write(site, "Content/journeys/index.md", "---\n" + Self.laughs(levels: 9) + "*i : boom\n---\nAll.\n")
        try Self.expectRefused(site, before: before, [
            "Content/index.md:11:1: error: expected a plain key: explicit '?' keys are not supported",
            "Content/journeys/index.md:11:1: error: expected a plain key, found an alias used as a key",
        ])
    }

    @Test func deepNestingAndHugeYAMLAreRefused() throws {
        let (site, before) = try Self.builtSite()
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        try Self.write(site, "Content/index.md", "---\nx: " + deep + "\n---\n# Home\n")
        try Self.write(site, "Content/journeys/index.md",
                       "---\nx: [" + Array(repeating: "1", count: 600_000).joined(separator: ",") + "]\n---\nAll.\n")
        try Self.expectRefused(site, before: before, [
            "Content/index.md:2:", "error: YAML is nested more than 64 levels deep, the limit",
            "Content/journeys/index.md:2:1: error: YAML is larger than 1024 KiB, the limit",
        ])
    }

    @Test func aliasesWithinTheLimitStillWork() throws {
        let (site, _) = try Self.builtSite(["Content/journeys/claims.md": "---\ntitle: &t Claims\nsummary: *t\n---\n## The gap\n"])
        let page = try String(contentsOf: Self.url(site, "Output/journeys/index.html"), encoding: .utf8)
        #expect(page.contains("Claims"))
    }

    // MARK: 3. A truthful exit status

    @Test func aCacheThatCannotBeSavedAfterTheSwapIsAWarningAndExitZero() throws {
        let (site, _) = try Self.builtSite()
        let manifest = Self.url(site, ".touchpoint/Output.manifest")
        try FileManager.default.removeItem(at: manifest)
        try FileManager.default.createDirectory(at: manifest, withIntermediateDirectories: false)
        try Self.write(site, "Content/journeys/claims.md", "---\ntitle: Claims, revised\n---\n## The gap\n")
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains(".touchpoint: warning: the new site is live, but cannot save the incremental cache"))
        #expect(run.stderr.contains("the next build will be a full one"))
        #expect(!run.stderr.contains("unchanged"))
        let page = try String(contentsOf: Self.url(site, "Output/journeys/claims/index.html"), encoding: .utf8)
        #expect(page.contains("Claims, revised"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: Self.url(site, ".touchpoint").path)
        #expect(leftovers.sorted() == ["Output.manifest", "Output.print", "Output.staging"])
        try Self.expectSameAsCleanBuild(site)
    }

    @Test func aFailureBeforeTheSwapLeavesOutputAsItWas() throws {
        let (site, before) = try Self.builtSite()
        // The cache folder, where the new site is staged, cannot be made.
        try FileManager.default.removeItem(at: Self.url(site, ".touchpoint"))
        try Self.write(site, ".touchpoint", "in the way")
        try Self.write(site, "Content/journeys/claims.md", "---\ntitle: Claims, revised\n---\n## The gap\n")
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Output: error: cannot write the site: "), "\(run.stderr)")
        #expect(run.stderr.contains("the previous output is unchanged"))
        #expect(!run.stderr.contains("Error Domain"))
        #expect(Harness.snapshot(Self.url(site, "Output")) == before)
    }

    @Test func leftoverTemporaryCacheFilesAreRemoved() throws {
        let (site, _) = try Self.builtSite()
        // A pid no process has: the build that wrote it is gone.
        try Self.write(site, ".touchpoint/.Output.manifest.999999999", "partial")
        let run = try Harness.run(["build", "--quiet", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: Self.url(site, ".touchpoint/.Output.manifest.999999999").path))
    }

    // MARK: 4. Safe links from any name

    @Test func folderNamesWithAColonNeverBecomeURLSchemes() throws {
        let (site, _) = try Self.builtSite([
            "Content/javascript:alert(1)/index.md": "# Script\n",
            "Content/Q1:2026/index.md": "# Quarter\n",
            "Content/Q1:2026/review.md": "# Review\n\nBack to [home](../index.md).\n",
        ])
        let home = try String(contentsOf: Self.url(site, "Output/index.html"), encoding: .utf8)
        #expect(home.contains(#"href="./javascript:alert(1)/index.html""#))
        #expect(home.contains(#"href="./Q1:2026/index.html""#))
        #expect(!home.contains(#"href="javascript:"#))
        #expect(!home.contains(#"href="Q1:"#))
        let review = try String(contentsOf: Self.url(site, "Output/Q1:2026/review/index.html"), encoding: .utf8)
        #expect(review.contains(#"href="../../index.html""#))
        try Self.expectSameAsCleanBuild(site)
    }

    // MARK: 5. A cache that cannot mislead

    @Test func anEditedCacheIsIgnoredWithAWarning() throws {
        let (site, _) = try Self.builtSite()
        let manifest = Self.url(site, ".touchpoint/Output.manifest")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        #expect(text.contains("\tClaims\t"))
        try Data(text.replacingOccurrences(of: "\tClaims\t", with: "\tForged\t").utf8).write(to: manifest)
        try Self.write(site, "Content/index.md", "---\ntitle: Home\n---\n# Welcome back\n\nSee [claims](journeys/claims.md#the-gap).\n")
        let run = try Harness.run(["build", "--quiet", site.path], in: site)
        #expect(run.status == 0)
        #expect(run.stderr.contains(".touchpoint/Output.manifest: warning: the cache is damaged or was edited"))
        #expect(Harness.snapshot(Self.url(site, "Output")).values.allSatisfy { !String(decoding: $0, as: UTF8.self).contains("Forged") })
        try Self.expectSameAsCleanBuild(site)
    }

    @Test func aDamagedCacheByteIsCaught() throws {
        let (site, _) = try Self.builtSite()
        let manifest = Self.url(site, ".touchpoint/Output.manifest")
        var bytes = try [UInt8](Data(contentsOf: manifest))
        // A digit inside the records, changed to another digit: still well-formed.
        let index = try #require(bytes.indices.last { (48...56).contains(bytes[$0]) })
        bytes[index] += 1
        try Data(bytes).write(to: manifest)
        try Self.write(site, "Content/journeys/claims.md", "---\ntitle: Claims\n---\n## The gap\n\nMore.\n")
        let run = try Harness.run(["build", "--quiet", site.path], in: site)
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: the cache is damaged or was edited"))
        try Self.expectSameAsCleanBuild(site)
    }

    // MARK: 6. Changes seen by content

    @Test func anAssetChangedWithItsSizeAndTimeKeptIsCopiedAgain() throws {
        let (site, _) = try Self.builtSite(["Content/assets/brand.css": "body { color: red; }\n"])
        let asset = Self.url(site, "Content/assets/brand.css")
        var before = stat()
        try #require(stat(asset.path, &before) == 0)
        try Data("body { color: tan; }\n".utf8).write(to: asset)
        // As `touch -r` or `rsync -t` would: the old modification time, to the nanosecond.
        var times = [before.st_atim, before.st_mtim]
        try #require(utimensat(AT_FDCWD, asset.path, &times, 0) == 0)
        var after = stat()
        try #require(stat(asset.path, &after) == 0)
        #expect(after.st_size == before.st_size)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        let run = try Harness.run(["build", "--quiet", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: Self.url(site, "Output/assets/brand.css"), encoding: .utf8) == "body { color: tan; }\n")
        try Self.expectSameAsCleanBuild(site)
    }

    // MARK: 7–8. Pages as written

    @Test func aNulByteOrABrokenByteIsAnErrorAtItsPosition() throws {
        let (site, before) = try Self.builtSite()
        try Self.write(site, "Content/journeys/claims.md", Data("a\n\nb\u{0}c\n\nThird.".utf8))
        try Self.write(site, "Content/journeys/renewal.md", Data("---\ntitle: R".utf8) + Data([0xE9]) + Data("sum\u{E9}\n---\n".utf8))
        try Self.expectRefused(site, before: before, [
            "Content/journeys/claims.md:3:2: error: a NUL byte (0x00) is not text",
            "Content/journeys/renewal.md:2:9: error: invalid UTF-8 byte 0xE9; save the file as UTF-8",
        ])
    }

    @Test func crlfLineEndingsWorkEverywhere() throws {
        var files = Harness.minimalSite
        files["Content/journeys/claims.md"] = "---\ntitle: Claims from Windows\ntags: [claims, windows]\n---\n## The gap\n\n```table\nvalues: [{a: 1}]\n```\n"
        var crlf: [String: String] = [:]
        for (path, text) in files { crlf[path] = text.replacingOccurrences(of: "\n", with: "\r\n") }
        let site = try Harness.site(crlf)
        let run = try Harness.run(["build", "--quiet", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: Self.url(site, "Output/journeys/claims/index.html"), encoding: .utf8)
        #expect(page.contains("<title>Claims from Windows"))
        #expect(page.contains("<table"))
        #expect(FileManager.default.fileExists(atPath: Self.url(site, "Output/tags/windows/index.html").path))
    }

    // MARK: 9. A symlinked Output

    @Test func aSymlinkedOutputUpdatesItsTargetAndStaysALink() throws {
        let site = try Harness.site(Harness.minimalSite)
        let served = Self.url(site, "srv/report")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: Self.url(site, "Output").path, withDestinationPath: served.path)
        for title in ["First", "Second"] {
            try Self.write(site, "Content/journeys/claims.md", "---\ntitle: \(title)\n---\n## The gap\n")
            let run = try Harness.run(["build", "--quiet", site.path], in: site)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: Self.url(site, "Output").path) == served.path)
            let page = try String(contentsOf: served.appendingPathComponent("journeys/claims/index.html"), encoding: .utf8)
            #expect(page.contains("<title>\(title)"))
        }
        try Self.expectSameAsCleanBuild(site)
    }

    @Test func aDanglingOutputLinkIsAUsageError() throws {
        let site = try Harness.site(Harness.minimalSite)
        try FileManager.default.createSymbolicLink(atPath: Self.url(site, "Output").path, withDestinationPath: "/nonexistent/report")
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 2)
        #expect(run.stderr.contains("Output: error: "))
        #expect(run.stderr.contains("is a link to /nonexistent/report, which does not exist; create that folder or remove the link"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: Self.url(site, "Output").path) == "/nonexistent/report")
    }

    // MARK: 10–11. check is build without writing

    @Test func aTagTooLongForAFileNameFailsCheckAsBuild() throws {
        let (site, before) = try Self.builtSite()
        try Self.write(site, "Content/journeys/claims.md", "---\ntitle: Claims\ntags: [ok, " + String(repeating: "x", count: 400) + "]\n---\n## The gap\n")
        try Self.expectRefused(site, before: before, [
            "Content/journeys/claims.md:3:12: error: tags: a tag of 400 characters is too long to name its page's folder",
        ])
    }

    @Test func siteAbsoluteLinksResolveLikeRelativeOnes() throws {
        let (site, before) = try Self.builtSite([
            "Content/journeys/renewal.md": "# Renewal\n\nSee [claims](/journeys/claims.md#the-gap) and [home](/index.md).\n",
        ])
        let page = try String(contentsOf: Self.url(site, "Output/journeys/renewal/index.html"), encoding: .utf8)
        #expect(page.contains(#"href="../../journeys/claims/index.html#the-gap""#))
        #expect(page.contains(#"href="../../index.html""#))
        try Self.write(site, "Content/journeys/renewal.md", "# Renewal\n\nSee [claims](/journeys/claim.md).\n")
        try Self.expectRefused(site, before: before, [
            "Content/journeys/renewal.md:3:5: error: link '/journeys/claim.md' points to a missing page (looked for journeys/claim.md)",
        ])
    }

    // MARK: Errors for people

    @Test func clashesAreReportedAtRealSourcePaths() throws {
        let (site, before) = try Self.builtSite()
        try Self.write(site, "Content/journeys/claims/index.md", "# Also claims\n")
        try Self.write(site, "Content/tags/index.md", "# My tags\n")
        try Self.expectRefused(site, before: before, [
            "Content/journeys/claims/index.md:1:1: error: writes journeys/claims/index.html, which Content/journeys/claims.md writes too",
            "Content/tags/index.md:1:1: error: writes tags/index.html, which the tag index writes too",
        ])
        let run = try Harness.run(["check", site.path], in: site)
        #expect(!run.stderr.contains("tag '"))
        #expect(!run.stderr.contains("\njourneys/"))
    }

    @Test func oneBadKeyDoesNotHideAnother() throws {
        let (site, before) = try Self.builtSite()
        try Self.write(site, "Content/data/m.json",
                       #"{"kind":"matrix","name":"M","rows":["A","A"],"columns":["X"],"scale":{"min":0,"max":10},"cells":[{"row":"B","column":"X","value":1}]}"#)
        try Self.write(site, "Content/journeys/claims.md", "## The gap\n\n```chart\ndata: m.json\ntyp: matrix\ntype: matrx\n```\n")
        try Self.expectRefused(site, before: before, [
            "Content/journeys/claims.md:5:1: error: chart: unknown key 'typ'; did you mean 'type'?",
            "Content/journeys/claims.md:6:7: error: type: unknown chart type 'matrx'; did you mean 'matrix'?",
            "Content/data/m.json:1:41: error: rows[1]: duplicate row 'A' (also rows[0])",
            "Content/data/m.json:1:105: error: cells[0].row: unknown row 'B'; did you mean 'A'?",
        ])
    }

    @Test func aRepeatedFrontMatterKeyIsReportedWhereItIsRepeated() throws {
        let (site, before) = try Self.builtSite()
        try Self.write(site, "Content/journeys/claims.md", "---\ntitle: Claims\nsummary: One\ntitle: Claims again\n---\n## The gap\n")
        try Self.expectRefused(site, before: before, ["Content/journeys/claims.md:4:1: error: duplicate key 'title': it is set already on line 2"])
    }

    @Test func newOntoAFileSaysSoInWords() throws {
        let site = try Harness.site(["taken": "a file"])
        let run = try Harness.run(["new", "taken"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("taken: error: "))
        #expect(run.stderr.contains("exists and is not a folder; pick a new folder"))
        #expect(!run.stderr.contains("Domain"))
    }
}

/// A nearly full or read-only disk: whatever fails, the exit status tells the
/// truth and the message says why in words. Needs a small tmpfs, so root;
/// skipped elsewhere.
@Suite(.serialized) struct DiskFullTests {
    static let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("touchpoint-full-\(getpid())")

    static func sh(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    static let canMount: Bool = {
        guard geteuid() == 0 else { return false }
        try? FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        guard sh(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint.path]) == 0 else { return false }
        _ = sh(["umount", mountPoint.path])
        return true
    }()

    @Test(.enabled(if: canMount)) func theExitStatusTellsTheTruthAtEveryFillLevel() throws {
        let site = Self.mountPoint
        try #require(Self.sh(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", site.path]) == 0)
        defer { _ = Self.sh(["umount", site.path]) }
        for (path, text) in Harness.minimalSite { try HardeningTests.write(site, path, text) }
        let first = try Harness.run(["build", "--quiet", site.path], in: site)
        try #require(first.status == 0, "\(first.stderr)")

        var outcomes = Set<Int32>()
        // From room to spare down to none. The stage is emptied each time, or
        // a build could reclaim the space its own older files hold.
        for (step, room) in stride(from: 48 * 1024, through: 0, by: -4096).enumerated() {
            try? FileManager.default.removeItem(at: HardeningTests.url(site, ".touchpoint/Output.staging"))
            let before = Harness.snapshot(HardeningTests.url(site, "Output"))
            let title = "Claims, take \(step)"
            try HardeningTests.write(site, "Content/journeys/claims.md", "---\ntitle: \(title)\n---\n## The gap\n")
            var info = statvfs()
            try #require(statvfs(site.path, &info) == 0)
            let fill = max(0, Int(info.f_bavail) * Int(info.f_frsize) - room)
            let filler = HardeningTests.url(site, "filler")
            FileManager.default.createFile(atPath: filler.path, contents: nil)
            let handle = try FileHandle(forWritingTo: filler)
            try? handle.write(contentsOf: Data(count: fill))
            try? handle.close()

            let run = try Harness.run(["build", site.path], in: site)
            outcomes.insert(run.status)
            #expect(!run.stderr.contains("Domain="), "\(run.stderr)")
            if run.status == 0 {
                let page = try String(contentsOf: HardeningTests.url(site, "Output/journeys/claims/index.html"), encoding: .utf8)
                #expect(page.contains(title), "exit 0 must mean the new site is live (room \(room))")
            } else {
                #expect(run.status == 1)
                #expect(run.stderr.contains("the previous output is unchanged"))
                #expect(Harness.snapshot(HardeningTests.url(site, "Output")) == before, "room \(room): \(run.stderr)")
            }
            let cache = (try? FileManager.default.contentsOfDirectory(atPath: HardeningTests.url(site, ".touchpoint").path)) ?? []
            #expect(!cache.contains { $0.hasPrefix(".Output.manifest.") }, "room \(room): \(cache)")
            try FileManager.default.removeItem(at: filler)
        }
        // The sweep reached both sides: builds that fit, and builds that did not.
        #expect(outcomes.contains(0) && outcomes.contains(1), "\(outcomes)")
    }

    @Test(.enabled(if: canMount)) func aReadOnlyOutputIsReportedInWords() throws {
        let site = try Harness.site(Harness.minimalSite)
        let mount = Self.mountPoint
        try #require(Self.sh(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.path]) == 0)
        defer { _ = Self.sh(["umount", mount.path]) }
        let output = mount.appendingPathComponent("Output")
        let first = try Harness.run(["build", "--quiet", "--output", output.path, site.path], in: site)
        try #require(first.status == 0, "\(first.stderr)")
        let before = Harness.snapshot(output)
        try #require(Self.sh(["mount", "-o", "remount,ro", mount.path]) == 0)
        try HardeningTests.write(site, "Content/journeys/claims.md", "---\ntitle: Claims, revised\n---\n## The gap\n")
        let run = try Harness.run(["build", "--output", output.path, site.path], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: cannot write the site: "), "\(run.stderr)")
        #expect(run.stderr.contains("Read-only file system"), "\(run.stderr)")
        #expect(!run.stderr.contains("Domain="))
        #expect(Harness.snapshot(output) == before)
    }
}
