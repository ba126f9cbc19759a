import Testing
@testable import TouchpointCore

@Suite struct PageParserTests {
    @Test(arguments: [("", 0), ("one", 1), ("  two words  ", 2), ("a\nb\tc d", 4), ("\n\n\t ", 0),
                      ("ünï cødé ✓", 3), ("**bold** and `code`", 3)])
    func wordsAreRunsBetweenBlanks(text: String, words: Int) {
        #expect(PageParser.wordCount(text) == words)
    }
}
