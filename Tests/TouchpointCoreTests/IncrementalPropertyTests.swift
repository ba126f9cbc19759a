import Foundation
import Testing
@testable import TouchpointCore

/// Random edit sequences: after every step the incremental build must equal a
/// clean build of the same content, byte for byte.
@Suite(.serialized) struct IncrementalPropertyTests {
    struct RNG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
        mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[int(items.count)] }
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    final class Site {
        let root: URL
        var rng: RNG
        var counter = 0
        init(seed: UInt64) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("tp-incr-\(seed)-\(UUID().uuidString)")
            rng = RNG(state: seed)
            let fm = FileManager.default
            try fm.createDirectory(at: root.appendingPathComponent("Themes"), withIntermediateDirectories: true)
            try fm.copyItem(at: IncrementalPropertyTests.repository.appendingPathComponent("Themes/default"),
                            to: root.appendingPathComponent("Themes/default"))
            write("Content/site.yml", "title: Random report\nbaseURL: https://cx.example.com/\n")
            write("Content/index.md", "---\ntitle: Home\n---\nWelcome.\n")
            for section in ["journeys", "kpis"] {
                write("Content/\(section)/index.md", "---\ntitle: \(section.capitalized)\n---\nSection \(section).\n")
            }
            write("Content/data/contacts.json", "[{\"month\": \"2026-01\", \"n\": 10}, {\"month\": \"2026-02\", \"n\": 12}]")
            write("Content/journeys/charted.md", "---\ntitle: Charted\n---\n## Data\n\n```table\ndata: contacts.json\n```\n")
            for _ in 0..<4 { addPage() }
        }

        func url(_ path: String) -> URL { root.appendingPathComponent(path) }
        func write(_ path: String, _ text: String) {
            let target = url(path)
            try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: target)
        }
        func read(_ path: String) -> String { (try? String(contentsOf: url(path), encoding: .utf8)) ?? "" }
        var pages: [String] {
            ["journeys", "kpis"].flatMap { section in
                ((try? FileManager.default.contentsOfDirectory(atPath: url("Content/\(section)").path)) ?? [])
                    .filter { $0.hasPrefix("p") && $0.hasSuffix(".md") }.sorted().map { "Content/\(section)/\($0)" }
            }
        }
        var dataFiles: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: url("Content/data").path)) ?? [])
                .filter { $0.hasPrefix("extra") }.sorted().map { "Content/data/\($0)" }
        }

        func frontMatter() -> String {
            counter += 1
            let tags = ["claims", "nps", "Q3 & Q4", "effort"]
            var fm = "---\ntitle: Page \(counter) \(rng.pick(["Alpha", "Beta", "Gamma"]) ?? "")\n"
            if rng.int(2) == 0 { fm += "date: 2026-0\(1 + rng.int(9))-1\(rng.int(9))\n" }
            if rng.int(2) == 0 { fm += "weight: \(rng.int(5))\n" }
            if rng.int(2) == 0 { fm += "tags: [\(rng.pick(tags) ?? "x"), \(rng.pick(tags) ?? "y")]\n" }
            if rng.int(6) == 0 { fm += "draft: true\n" }
            if rng.int(3) == 0 { fm += "summary: Summary \(rng.int(100))\n" }
            return fm + "---\n"
        }

        func addPage() {
            counter += 1
            let section = rng.pick(["journeys", "kpis"]) ?? "kpis"
            write("Content/\(section)/p\(counter).md", frontMatter() + "## Heading \(rng.int(3))\n\nBody \(rng.int(1000)). Back [home](../index.md).\n")
        }

        /// One random edit; returns its name for the failure message.
        func mutate() -> String {
            let fm = FileManager.default
            switch rng.int(13) {
            case 0: addPage(); return "add page"
            case 1:
                guard let page = rng.pick(pages) else { return "noop" }
                write(page, read(page) + "\nMore text \(rng.int(1000)).\n"); return "edit \(page)"
            case 2:
                guard let page = rng.pick(pages) else { return "noop" }
                try? fm.removeItem(at: url(page)); return "delete \(page)"
            case 3:
                guard let page = rng.pick(pages) else { return "noop" }
                counter += 1
                let section = rng.pick(["journeys", "kpis"]) ?? "kpis"
                try? fm.moveItem(at: url(page), to: url("Content/\(section)/p\(counter)r.md")); return "rename \(page)"
            case 4:
                guard let page = rng.pick(pages) else { return "noop" }
                let body = read(page).components(separatedBy: "---\n").dropFirst(2).joined(separator: "---\n")
                write(page, frontMatter() + body); return "front matter \(page)"
            case 5:
                write("Content/data/contacts.json", "[{\"month\": \"2026-01\", \"n\": \(rng.int(50))}, {\"month\": \"2026-02\", \"n\": 12}]")
                return "edit charted data"
            case 6:
                counter += 1
                write("Content/data/extra\(counter).json", "[{\"a\": \(rng.int(9))}]"); return "add data"
            case 7:
                guard let file = rng.pick(dataFiles) else { return "noop" }
                try? fm.removeItem(at: url(file)); return "delete data"
            case 8:
                let path = "Themes/default/templates/layouts/page.mustache"
                write(path, read(path) + "{{! edit \(rng.int(1000)) }}x"); return "edit template"
            case 9:
                let path = "Themes/default/templates/partials/footer.mustache"
                write(path, read(path) + "<!-- \(rng.int(1000)) -->"); return "edit partial"
            case 10:
                let path = "Themes/default/assets/style.css"
                write(path, read(path) + "\n/* \(rng.int(1000)) */"); return "edit CSS"
            case 11:
                write("Content/site.yml", "title: Report \(rng.int(1000))\nbaseURL: https://cx.example.com/\n"); return "edit site.yml"
            default:
                guard let page = rng.pick(pages) else { return "noop" }
                write(page, read(page).replacingOccurrences(of: "## Heading", with: "## Title")); return "retitle heading \(page)"
            }
        }
    }

    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let path = e.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }

    func build(_ site: Site, output: String, clean: Bool) -> Result<BuildSummary, BuildFailure> {
        var options = BuildOptions(siteFolder: site.root)
        options.outputFolder = site.url(output)
        options.clean = clean
        options.jobs = 2
        do { return .success(try Pipeline.build(options)) } catch { return .failure(error) }
    }

    @Test func incrementalEqualsClean() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["TOUCHPOINT_SEED"] ?? "") ?? 0x5EED_2026
        let steps = Int(ProcessInfo.processInfo.environment["TOUCHPOINT_STEPS"] ?? "") ?? 200
        let site = try Site(seed: seed)
        var carried = 0
        for step in 0..<steps {
            let edit = step == 0 ? "initial" : site.mutate()
            let incremental = build(site, output: "Output", clean: false)
            let clean = build(site, output: "Clean", clean: true)
            switch (incremental, clean) {
            case let (.success(summary), .success):
                carried += summary.pages - summary.rendered
                let a = Self.snapshot(site.url("Output")), b = Self.snapshot(site.url("Clean"))
                let differing = Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
                #expect(differing.isEmpty, "seed \(seed), step \(step) (\(edit)): incremental differs from clean in \(differing.prefix(5))")
                if !differing.isEmpty { return }
            case let (.failure(a), .failure(b)):
                #expect(a.diagnostics.map(\.message) == b.diagnostics.map(\.message), "seed \(seed), step \(step) (\(edit))")
            default:
                Issue.record("seed \(seed), step \(step) (\(edit)): one build failed, the other did not: \(incremental) / \(clean)")
                return
            }
        }
        // The cache must actually be used, or this test proves nothing.
        #expect(carried > steps, "only \(carried) pages carried over in \(steps) steps")
    }

    @Test func corruptCacheIsIgnoredWithAWarning() throws {
        let site = try Site(seed: 7)
        guard case .success = build(site, output: "Output", clean: false) else { Issue.record("first build failed"); return }
        let manifest = site.url(".touchpoint/Output.manifest")
        try Data("{ not a manifest".utf8).write(to: manifest)
        guard case let .success(summary) = build(site, output: "Output", clean: false) else { Issue.record("rebuild failed"); return }
        #expect(summary.rendered == summary.pages)
        #expect(summary.warnings.contains { $0.message.contains("ignoring the incremental cache") })
    }

    @Test func editingOnePageRendersOnlyThatPage() throws {
        let site = try Site(seed: 11)
        guard case .success = build(site, output: "Output", clean: false) else { Issue.record("first build failed"); return }
        let page = try #require(site.pages.first)
        site.write(page, site.read(page) + "\nOne more sentence.\n")
        guard case let .success(summary) = build(site, output: "Output", clean: false) else { Issue.record("rebuild failed"); return }
        #expect(summary.rendered == 1)
        site.write("Content/data/contacts.json", "[{\"month\": \"2026-01\", \"n\": 99}]")
        guard case let .success(again) = build(site, output: "Output", clean: false) else { Issue.record("rebuild failed"); return }
        // The home page says what the refresh changed.
        #expect(again.rendered == 2, "only the page charting contacts.json, and the home page")
    }
}
