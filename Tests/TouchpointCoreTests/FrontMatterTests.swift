import Testing
import TouchpointTemplates
@testable import TouchpointCore

@Suite struct FrontMatterTests {
    let file = SourceFile(displayPath: "Content/p.md")

    @Test func splitsFrontMatterAndKeepsLineNumbers() throws {
        let split = try FrontMatterSplit.split("---\ntitle: A\ntags: [x]\n---\n# Body\n", file: file).get()
        #expect(split.yaml == "title: A\ntags: [x]")
        #expect(split.body == "# Body\n")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func noFrontMatter() throws {
        let split = try FrontMatterSplit.split("# Just text\n---\n", file: file).get()
        #expect(split.yaml == nil)
        #expect(split.bodyFirstLine == 1)
    }

    @Test func unclosedFrontMatterIsAnError() {
        guard let error = FrontMatterSplit.split("---\ntitle: A\n", file: file).failure else {
            Issue.record("expected an error")
            return
        }
        #expect(error.description.hasPrefix("Content/p.md:1:1: error: front matter is not closed"))
    }

    @Test func parsesKnownKeysAndKeepsOthers() {
        let yaml = "title: \"Q3 & Q4 <review>\"\ndate: 2026-03-12\nsummary: S\ntags: [a, b]\nweight: 3\ndraft: true\nlayout: wide\nowner: CX team\n"
        let parsed = FrontMatterParser.parse(yaml, firstLine: 2, file: file)
        let (fm, errors) = (parsed.value, parsed.diagnostics)
        #expect(errors.isEmpty)
        #expect(fm.title == "Q3 & Q4 <review>")
        #expect(fm.date?.iso == "2026-03-12")
        #expect(fm.tags == ["a", "b"])
        #expect(fm.weight == 3)
        #expect(fm.draft)
        #expect(fm.layout == "wide")
        #expect(fm.paramsValue == .object(["owner": "CX team"]))
    }

    @Test func reportsEveryBadValueWithItsFileLine() {
        let yaml = "title: [a, b]\ndate: 03/12/2026\nweight: 1.5\ndraft: maybe\n"
        let errors = FrontMatterParser.parse(yaml, firstLine: 2, file: file).diagnostics
        #expect(errors.map(\.description) == [
            "Content/p.md:2:8: error: title: expected text",
            "Content/p.md:3:7: error: date: expected an ISO 8601 date such as 2026-03-12, found '03/12/2026'",
            "Content/p.md:4:9: error: weight: expected a whole number, found '1.5'",
            "Content/p.md:5:8: error: draft: expected true or false, found 'maybe'",
        ])
    }

    @Test func yamlSyntaxErrorsPointIntoTheFile() {
        let errors = FrontMatterParser.parse("title: a\n  bad: : x\n", firstLine: 2, file: file).diagnostics
        #expect(errors.count == 1)
        #expect(errors.first?.line == 3)
        #expect(errors.first?.message.hasPrefix("invalid YAML") == true)
    }

    @Test func duplicateKeysAreErrors() {
        let errors = FrontMatterParser.parse("title: a\ntitle: b\n", firstLine: 2, file: file).diagnostics
        #expect(errors.first?.description.contains("duplicate key 'title'") == true)
    }
}
