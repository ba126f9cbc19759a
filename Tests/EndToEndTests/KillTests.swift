import Foundation
import Testing

/// `kill -9` at random moments: Output is always the old site or the new one, never a mix.
@Suite struct KillTests {
    static func site(title: String, pages: Int) -> [String: String] {
        var files: [String: String] = ["Content/site.yml": "title: \(title)\n", "Content/index.md": "# \(title)\n"]
        for i in 0..<pages {
            files["Content/s\(i % 5)/p\(i).md"] = "---\ntitle: Page \(i)\n---\n## Part\n\n" + String(repeating: "Text of \(title). ", count: 80)
        }
        return files
    }

    @Test func killedBuildsNeverLeaveAMixedOutput() throws {
        let versionA = Self.site(title: "Version A", pages: 400)
        let versionB = Self.site(title: "Version B", pages: 400)
        let folder = try Harness.site(versionA)
        func install(_ files: [String: String]) throws {
            for (path, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(path)) }
        }
        let output = folder.appendingPathComponent("Output")
        #expect(try Harness.run(["build", "--quiet", "--clean", folder.path], in: folder).status == 0)
        let snapshotA = Harness.snapshot(output)
        try install(versionB)
        #expect(try Harness.run(["build", "--quiet", "--clean", folder.path], in: folder).status == 0)
        let snapshotB = Harness.snapshot(output)
        #expect(snapshotA != snapshotB)

        var seed: UInt64 = 0xC0FFEE
        var killedMidway = 0
        for round in 0..<12 {
            try install(round % 2 == 0 ? versionA : versionB)
            let before = Harness.snapshot(output)
            let process = Process()
            process.executableURL = Harness.binary
            process.arguments = ["build", "--quiet", "--clean", folder.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            usleep(UInt32(5_000 + (seed >> 33) % 250_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = Harness.snapshot(output)
            let expectedNew = round % 2 == 0 ? snapshotA : snapshotB
            #expect(after == before || after == expectedNew, "round \(round): Output is neither the old nor the new site")
            if after == before && before != expectedNew { killedMidway += 1 }
        }
        #expect(killedMidway > 0, "no build was killed before its swap; the test proved nothing")
        // The next build tidies what killed builds left beside the output.
        #expect(try Harness.run(["build", "--quiet", folder.path], in: folder).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".staging-") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }
}
