import Foundation
import Testing

/// `generate: {data, by}` through the real binary: one page per value,
/// filtered charts, `{{value}}` filled, collisions refused, and a refresh that
/// rewrites only the page whose rows changed and equals a clean build.
@Suite struct GeneratedPagesTests {
    static let template = """
    ---
    title: "Contacts in the {{value}}"
    summary: "Monthly contacts of the {{value}} region."
    generate: {data: contacts.csv, by: region}
    ---
    Every chart here counts the {{value}} only, which the body does not fill in.

    ```chart
    data: contacts.csv
    type: bar
    x: month
    y: contacts
    ```

    ```table
    data: contacts.csv
    ```

    """

    static let contacts = """
    region,month,contacts
    North,2026-07,410
    North,2026-08,430
    South,2026-07,220
    South,2026-08,240
    East & Coast,2026-07,120
    East & Coast,2026-08,125

    """

    static func site(csv: String = contacts, extra: [String: String] = [:]) throws -> URL {
        try Harness.site([
            "Content/site.yml": "title: Regions\nmenu: [regions]\n",
            "Content/index.md": "---\ntitle: Home\n---\n# Home\n",
            "Content/regions/index.md": "---\ntitle: Regions\n---\nOne page per region.\n",
            "Content/regions/region.md": template,
            "Content/data/contacts.csv": csv,
        ].merging(extra) { $1 })
    }

    static func page(_ site: URL, _ path: String) -> String {
        (try? String(contentsOf: site.appendingPathComponent("Output/" + path), encoding: .utf8)) ?? ""
    }

    static func inode(_ site: URL, _ path: String) -> Int? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: site.appendingPathComponent("Output/" + path).path)
        return (attributes?[.systemFileNumber] as? NSNumber)?.intValue
    }

    @Test func onePagePerValueShowsOnlyItsRows() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/regions/region").path))
        let north = Self.page(site, "regions/north/index.html")
        #expect(north.contains("<title>Contacts in the North ·"))
        #expect(north.contains("Every chart here counts the {{value}} only"))
        #expect(north.contains("<td class=\"num\">410</td>") && !north.contains("<td class=\"num\">220</td>"))
        let east = Self.page(site, "regions/east-coast/index.html")
        #expect(east.contains("<title>Contacts in the East &amp; Coast ·"))
        #expect(east.contains("<td class=\"num\">125</td>") && !east.contains("<td class=\"num\">430</td>"))
        // Listed in their section, in the order of their titles, with their summaries filled in.
        let section = Self.page(site, "regions/index.html")
        let links = ["east-coast", "north", "south"].compactMap { section.range(of: "regions/\($0)/index.html\"")?.lowerBound }
        #expect(links.count == 3 && links == links.sorted(), "\(section)")
        #expect(section.contains("Monthly contacts of the South region."))
    }

    @Test func aRefreshRewritesOnlyThePageWhoseRowsChanged() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try Harness.run(["build", site.path], in: site).status == 0)
        let pages = ["north", "south", "east-coast"].map { "regions/\($0)/index.html" }
        let before = pages.map { Self.inode(site, $0) }
        #expect(before.allSatisfy { $0 != nil })

        let edited = Self.contacts.replacingOccurrences(of: "South,2026-08,240", with: "South,2026-08,275")
        try Data(edited.utf8).write(to: site.appendingPathComponent("Content/data/contacts.csv"))
        let rebuild = try Harness.run(["build", site.path], in: site)
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        let after = pages.map { Self.inode(site, $0) }
        #expect(after[0] == before[0], "North's rows did not change; its page is carried over")
        #expect(after[2] == before[2], "East's rows did not change; its page is carried over")
        #expect(after[1] != before[1], "South's page is written again")
        #expect(Self.page(site, pages[1]).contains("<td class=\"num\">275</td>"))

        // The incremental result is the clean build's, byte for byte.
        let incremental = Harness.snapshot(site.appendingPathComponent("Output"))
        #expect(try Harness.run(["build", "--clean", site.path], in: site).status == 0)
        let clean = Harness.snapshot(site.appendingPathComponent("Output"))
        #expect(incremental.keys.sorted() == clean.keys.sorted())
        for (path, bytes) in clean where incremental[path] != bytes { Issue.record("\(path) differs from a clean build") }
    }

    @Test func collisionsAndBadSpecsAreErrorsAtTheirLine() throws {
        let colliding = try Self.site(extra: ["Content/regions/north.md": "---\ntitle: North\n---\nWritten by hand.\n"])
        defer { try? FileManager.default.removeItem(at: colliding) }
        let run = try Harness.run(["build", colliding.path], in: colliding)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Content/regions/region.md:4:11: error: generate: the page for 'North' would be "
            + "regions/north/, which regions/north.md already is; rename one of them"), "\(run.stderr)")

        let alike = try Self.site(csv: Self.contacts + "north,2026-09,12\n")
        defer { try? FileManager.default.removeItem(at: alike) }
        let twice = try Harness.run(["build", alike.path], in: alike)
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("generate: the page for 'north' would be regions/north/, which regions/region.md "
            + "('North') already is"), "\(twice.stderr)")

        let badField = try Self.site(extra: ["Content/regions/region.md": Self.template.replacingOccurrences(of: "by: region", with: "by: regoin")])
        defer { try? FileManager.default.removeItem(at: badField) }
        let field = try Harness.run(["build", badField.path], in: badField)
        #expect(field.status == 1)
        #expect(field.stderr.contains("Content/regions/region.md:4:36: error: generate.by: no record has the field 'regoin'; "
            + "did you mean 'region'?"), "\(field.stderr)")

        let badData = try Self.site(extra: ["Content/regions/region.md": Self.template.replacingOccurrences(of: "data: contacts.csv, by", with: "data: contact.csv, by")])
        defer { try? FileManager.default.removeItem(at: badData) }
        let data = try Harness.run(["build", badData.path], in: badData)
        #expect(data.status == 1)
        #expect(data.stderr.contains("Content/regions/region.md:4:18: error: generate.data:"), "\(data.stderr)")
    }
}
