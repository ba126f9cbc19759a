import Foundation
import Testing
import TouchpointCharts
@testable import TouchpointCore

/// CSV exports split into header and numbered rows, or refused at
/// `path:row:col`, the header being row 1: quoting, line breaks, blanks and
/// the delimiter read as a spreadsheet export writes them.
@Suite struct CSVFileTests {
    static let file = SourceFile(displayPath: "data.csv")

    /// Header, then each row as its number and cells; or every problem, one a line.
    static func read(_ text: String) -> String {
        let read = CSVFile.read(text, file: file)
        guard read.diagnostics.isEmpty, let table = read.value else { return read.diagnostics.map(\.description).joined(separator: "\n") }
        return ([table.header.debugDescription] + table.rows.map { "\($0.number): \($0.cells.debugDescription)" })
            .joined(separator: "\n")
    }

    @Test(arguments: [
        // A quoted field holds delimiters, line breaks and doubled quotes.
        ("name,note\nA,\"x, y\"\nB,z\n", "[\"name\", \"note\"]\n2: [\"A\", \"x, y\"]\n3: [\"B\", \"z\"]"),
        ("a,b\n\"say \"\"hi\"\"\",x\"\"y\n", "[\"a\", \"b\"]\n2: [\"say \\\"hi\\\"\", \"x\\\"y\"]"),
        ("a,b\n\"\",\"\"\"\"\n", "[\"a\", \"b\"]\n2: [\"\", \"\\\"\"]"),
        // A row is a record, not a line: a quoted line break does not count.
        ("a,b\n\"one\ntwo\",1\n\"three\n\nfour\",2\n5,6\n",
         "[\"a\", \"b\"]\n2: [\"one\\ntwo\", \"1\"]\n3: [\"three\\n\\nfour\", \"2\"]\n4: [\"5\", \"6\"]"),
        // CRLF and a lone CR end records as LF does; inside quotes they are kept.
        ("a,b\r\n1,2\r\n3,4\r\n", "[\"a\", \"b\"]\n2: [\"1\", \"2\"]\n3: [\"3\", \"4\"]"),
        ("a,b\r1,2\r3,4", "[\"a\", \"b\"]\n2: [\"1\", \"2\"]\n3: [\"3\", \"4\"]"),
        ("a,b\r\n\"x\r\ny\",2\r\n", "[\"a\", \"b\"]\n2: [\"x\\r\\ny\", \"2\"]"),
        // Without a final line break; a trailing empty cell stays a cell.
        ("a,b\n1,2", "[\"a\", \"b\"]\n2: [\"1\", \"2\"]"),
        ("a,b\n1,", "[\"a\", \"b\"]\n2: [\"1\", \"\"]"),
        ("a,b,c\n1,,", "[\"a\", \"b\", \"c\"]\n2: [\"1\", \"\", \"\"]"),
        ("a,b\n1,\n", "[\"a\", \"b\"]\n2: [\"1\", \"\"]"),
        // Blank lines are skipped, the rows after them keep their numbers.
        ("a,b\n\n1,2\n   \n3,4\n\n", "[\"a\", \"b\"]\n3: [\"1\", \"2\"]\n5: [\"3\", \"4\"]"),
        // In a one-column file a blank line is a missing value.
        ("a\n1\n\n2\n", "[\"a\"]\n2: [\"1\"]\n3: [\"\"]\n4: [\"2\"]"),
        // Blanks before a field or after its closing quote are dropped; inside and after it they are kept.
        ("a , b\n  x,  y \n\"q\"  ,\tz\n", "[\"a\", \"b\"]\n2: [\"x\", \"y \"]\n3: [\"q\", \"z\"]"),
        // UTF-8 text of any length, in quoted and unquoted cells.
        ("städte;wert\nMünchen;\"Zürich; 😀\"\n東京;ß\n", "[\"städte\", \"wert\"]\n2: [\"München\", \"Zürich; 😀\"]\n3: [\"東京\", \"ß\"]"),
        // The delimiter is the header's first comma, semicolon or tab outside quotes; a comma when there is none.
        ("\"x,y\";b\n1;2\n", "[\"x,y\", \"b\"]\n2: [\"1\", \"2\"]"),
        ("a\tb,c\n1\t2,3\n", "[\"a\", \"b,c\"]\n2: [\"1\", \"2,3\"]"),
        ("only\n1;2\n", "[\"only\"]\n2: [\"1;2\"]"),
    ])
    func splits(_ text: String, _ expected: String) {
        #expect(Self.read(text) == expected)
    }

    @Test(arguments: [
        ("", "data.csv:1:1: error: expected a header row naming the columns, found an empty file"),
        ("\n\na,b\n", "data.csv:1:1: error: expected a header row naming the columns, found an empty file"),
        ("a,b\n1,\"open\n2,3\n", "data.csv:2:1: error: a quoted field is not closed before the end of the file"),
        ("a,b\n1,2\n3,\"x\"\"\n", "data.csv:3:1: error: a quoted field is not closed before the end of the file"),
        ("a,b\n1,x\"y\n", "data.csv:2:1: error: a quote inside a field that is not quoted, or text after a closing quote; "
            + "quote the whole field and double any quote inside it (\"say \"\"hi\"\"\")"),
        ("a,b\n\"x\ny\",1\n\"z\"q,2\n", "data.csv:3:1: error: a quote inside a field that is not quoted, or text after a closing quote; "
            + "quote the whole field and double any quote inside it (\"say \"\"hi\"\"\")"),
        ("a\"b,c\n1,2\n", "data.csv:1:1: error: a quote inside a field that is not quoted, or text after a closing quote; "
            + "quote the whole field and double any quote inside it (\"say \"\"hi\"\"\")"),
        ("a,b,c\n1,2\n\"x\ny\",2,3,4\n", "data.csv:2:3: error: expected 3 fields separated by commas as in the header, found 2\n"
            + "data.csv:3:4: error: expected 3 fields separated by commas as in the header, found 4"),
        ("a;b\n1\n", "data.csv:2:2: error: expected 2 fields separated by semicolons as in the header, found 1"),
        ("a\tb\n1\t2\t3\n", "data.csv:2:3: error: expected 2 fields separated by tabs as in the header, found 3"),
        ("a,,a, \n1,2,3,4\n", "data.csv:1:2: error: column 2 has no name in the header row\n"
            + "data.csv:1:3: error: duplicate column 'a' (also column 1)\n"
            + "data.csv:1:4: error: column 4 has no name in the header row"),
    ])
    func refuses(_ text: String, _ expected: String) {
        #expect(Self.read(text) == expected)
    }

    /// Through the file's bytes: a byte-order mark is not part of the first name, and CRLF reads as LF.
    @Test func bytesWithAByteOrderMarkAndCRLF() throws {
        let bytes = Data([0xEF, 0xBB, 0xBF] + Array("name,score\r\n\"Ann\r\nB\",4\r\nBo,5".utf8))
        let loaded = CSVFile.load(bytes, file: Self.file, sidecar: nil)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        guard case let .records(records)? = loaded.value?.data else { Issue.record("not read as records"); return }
        #expect(records.fields == ["name", "score"])
        #expect(records.rows.map { $0["name"] } == [.text("Ann\nB"), .text("Bo")])
        #expect(records.rows.map { $0["score"] } == [.number(4), .number(5)])
    }

    /// A large export keeps every row's number and cells.
    @Test func manyRowsKeepTheirNumbersAndCells() {
        var text = "id,city,note\n"
        for n in 1...2_000 { text += n % 7 == 0 ? "\(n),\"Zürich, CH\",\"a \"\"b\"\"\nc\"\n" : "\(n),Köln,\n" }
        let read = CSVFile.read(text, file: Self.file)
        #expect(read.diagnostics.isEmpty)
        let rows = read.value?.rows ?? []
        #expect(rows.count == 2_000)
        #expect(rows.map(\.number) == Array(2...2_001))
        #expect(rows.count > 7 && rows[6].cells == ["7", "Zürich, CH", "a \"b\"\nc"])
        #expect(rows.count > 7 && rows[7].cells == ["8", "Köln", ""])
    }
}
