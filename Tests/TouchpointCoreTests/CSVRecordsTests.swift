import Testing
@testable import TouchpointCore

/// The byte-level CSV reader against a table of the cases RFC 4180 and real exports bring.
@Suite struct CSVRecordsTests {
    static let cases: [(text: String, records: [[String]], unclosed: Bool)] = [
        ("a,b\n1,2\n", [["a", "b"], ["1", "2"]], false),
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]], false),
        ("a,b\r1,2", [["a", "b"], ["1", "2"]], false),
        // No final newline, and an empty last cell that must not be lost.
        ("a,b,c\n1,2,", [["a", "b", "c"], ["1", "2", ""]], false),
        ("a,b\n\"x, y\",2\n", [["a", "b"], ["x, y", "2"]], false),
        ("a\n\"say \"\"hi\"\"\"\n", [["a"], ["say \"hi\""]], false),
        ("a\nsay \"\"hi\"\"\n", [["a"], ["say \"hi\""]], false),
        // A newline inside quotes is text; the record after it is the next record.
        ("a,b\n\"two\r\nlines\",2\n3,4\n", [["a", "b"], ["two\r\nlines", "2"], ["3", "4"]], false),
        ("a,b\n\n1,2\n", [["a", "b"], [""], ["1", "2"]], false),
        ("a,b\n  1,  \"q\"  \n", [["a", "b"], ["1", "q"]], false),
        ("name,city\nZoë,Zürich\n", [["name", "city"], ["Zoë", "Zürich"]], false),
        ("a\n\"open\n", [["a"], ["open\n"]], true),
        ("", [], false),
    ]

    @Test func recordsMatchTheTable() {
        for (text, records, unclosed) in Self.cases {
            guard case let .success(read) = CSVRecords.read(text, delimiter: UInt8(ascii: ",")) else {
                Issue.record("\(text.debugDescription) failed")
                continue
            }
            #expect(read.records == records, "\(text.debugDescription)")
            #expect(read.unclosed == unclosed, "\(text.debugDescription)")
        }
    }

    @Test func spacesBeforeAFieldAreSkippedWithTheRightDelimiter() throws {
        let read = try CSVRecords.read("a;b\n  1;  \"q\"  \n", delimiter: UInt8(ascii: ";")).get()
        #expect(read.records == [["a", "b"], ["1", "q"]])
    }

    @Test func strayQuotesNameTheirRecord() {
        for (text, record) in [("a,b\n1,x\"y\n", 2), ("a\n\"q\"x\n", 2), ("a\"b\n", 1), ("a\n1\n2\n\"3\" 4\n", 4)] {
            guard case let .failure(stray) = CSVRecords.read(text, delimiter: UInt8(ascii: ",")) else {
                Issue.record("\(text.debugDescription) was read")
                continue
            }
            #expect(stray.record == record, "\(text.debugDescription)")
        }
    }

    /// Random records written as a spreadsheet would (quoted where they must be) read back as they were;
    /// random text of CSV's special bytes is read or refused, never trapped on.
    @Test func randomRecordsRoundTrip() {
        var rng = DataSeededRNG(state: 0xC5F)
        let alphabet = ["a", "Z", "1", " ", ",", ";", "\"", "\n", "\r\n", "\r", "é", "€", "\t"]
        for _ in 0..<500 {
            let columns = Int.random(in: 1...4, using: &rng)
            let records: [[String]] = (0..<Int.random(in: 1...6, using: &rng)).map { _ in
                (0..<columns).map { _ in
                    // A field starting with a space or tab would lose it, as in SwiftCSV; start with a letter.
                    "x" + (0..<Int.random(in: 0...5, using: &rng)).map { _ in alphabet.randomElement(using: &rng) ?? "a" }.joined()
                }
            }
            let text = records.map { row in
                row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
            }.joined(separator: "\r\n") + "\n"
            let read = CSVRecords.read(text, delimiter: UInt8(ascii: ","))
            #expect((try? read.get().records) == records, "\(text.debugDescription)")

            let noise = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng) ?? "a" }.joined()
            if case let .success(found) = CSVRecords.read(noise, delimiter: UInt8(ascii: ",")) {
                #expect(found.records.allSatisfy { !$0.isEmpty })
            }
        }
    }
}
