import Testing
@testable import TouchpointCore

/// The words search indexes, as the page's script splits a query: these are the words the byte-level reader must find.
@Suite struct SearchTermsTests {
    @Test(arguments: [
        ("Claims“ waiting—gap «quoted» l'été", ["claims", "ete", "gap", "quoted", "waiting"]),
        ("Qualität QUALITÄT qualitat", ["qualitat"]),
        ("İstanbul naïve CAFÉ café cafe", ["cafe", "istanbul", "naive"]),
        ("The report on a loyalty of x 1 42", ["42", "loyalty", "report"]),
        ("한국어 텍스트 한국어", ["텍스트", "한국어"]),
        ("e\u{301}te\u{301} été ÉTÉ", ["ete"]),
        ("ab\u{2028}cd ½ ٣٤", ["ab", "cd", "٣٤"]),
        ("", []),
    ])
    func distinctWordsAreFoldedSortedAndOnce(text: String, words: [String]) {
        #expect(SearchTerms.distinct(text) == words)
    }
}
