import Testing
@testable import TouchpointCharts
@testable import TouchpointCore

@Suite struct SuggestionTests {
    @Test func suggestsTheClosestKey() {
        #expect(Suggestion.closest(to: "menus", in: SiteConfigParser.keys) == "menu")
        #expect(Suggestion.closest(to: "baseUrl", in: SiteConfigParser.keys) == "baseURL")
        #expect(Suggestion.closest(to: "zzzzzzz", in: SiteConfigParser.keys) == nil)
    }

    @Test func editDistanceTable() {
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("same", "same") == 0)
    }
}
