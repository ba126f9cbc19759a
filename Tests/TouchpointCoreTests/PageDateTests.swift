import Testing
@testable import TouchpointCore

@Suite struct PageDateTests {
    @Test(arguments: [
        ("2026-03-12", "12 March 2026"),
        ("2024-02-29", "29 February 2024"),
        ("2026-12-31T23:59:59Z", "31 December 2026"),
        ("2026-01-01T09:30", "1 January 2026"),
        ("2026-01-01T09:30:00+02:00", "1 January 2026"),
    ])
    func valid(_ text: String, _ display: String) throws {
        let date = try #require(PageDate(text))
        #expect(date.display == display)
        #expect(date.day10 == String(text.prefix(10)))
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-5", "12/03/2026", "2026-03-12T25:00",
                      "2026-03-12 nonsense", "", "2100-02-29", "2026-04-31"])
    func invalid(_ text: String) {
        #expect(PageDate(text) == nil)
    }

    @Test func feedTimestamps() throws {
        #expect(try #require(PageDate("2026-03-12")).rfc3339 == "2026-03-12T00:00:00Z")
        #expect(try #require(PageDate("2026-03-12T10:00:00+01:00")).rfc3339 == "2026-03-12T10:00:00+01:00")
    }
}
