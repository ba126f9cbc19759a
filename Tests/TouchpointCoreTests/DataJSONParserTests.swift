import Foundation
import Testing
@testable import TouchpointCore

/// Parses and returns either a canonical rendering or "line:col: message".
func dataParse(_ bytes: [UInt8]) -> String {
    switch JSONParser.parse(bytes) {
    case .success(let value): return dataRender(value)
    case .failure(let error):
        let (line, column) = LineMap(bytes: bytes).location(of: error.offset)
        return "\(line):\(column): \(error.message)"
    }
}

func dataParse(_ text: String) -> String { dataParse(Array(text.utf8)) }

/// Compact JSON with number literals as written, to check structure and order.
func dataRender(_ value: JSONValue) -> String {
    switch value.kind {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let n): return n.literal
    case .string(let s): return "\"" + s.unicodeScalars.map { $0 == "\"" ? "\\\"" : $0 == "\\" ? "\\\\" : $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined() + "\""
    case .array(let a): return "[" + a.map(dataRender).joined(separator: ",") + "]"
    case .object(let o): return "{" + o.members.map { dataRender(JSONValue(.string($0.key), offset: 0)) + ":" + dataRender($0.value) }.joined(separator: ",") + "}"
    }
}

@Suite struct DataJSONParserTests {
    @Test(arguments: [
        ("{}", "{}"),
        ("[]", "[]"),
        ("0", "0"),
        ("-0", "-0"),
        ("\"x\"", "\"x\""),
        ("  {\"a\": [1, -2.5e3, true, false, null], \"b\": {}}  ", "{\"a\":[1,-2.5e3,true,false,null],\"b\":{}}"),
        ("{\"z\":1,\"a\":2,\"m\":3}", "{\"z\":1,\"a\":2,\"m\":3}"),
        ("[1.50, 1E+2, 1e-999, 0.0]", "[1.50,1E+2,1e-999,0.0]"),
        ("\r\n[\r\n1\t,\n2]\n", "[1,2]"),
        ("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\\"\\\\/\\u{8}\\u{c}\\u{a}\\u{d}\\u{9}\""),
        ("\"\\u00e9\\u00C9 caf\u{E9}\"", "\"éÉ café\""),
        ("\"\\uD83D\\uDE00 \u{1F600}\"", "\"😀 😀\""),
        ("\"\\u0000\"", "\"\\u{0}\""),
        ("[[[[\"deep\"]]]]", "[[[[\"deep\"]]]]"),
    ])
    func parsesValidDocuments(input: String, expected: String) {
        #expect(dataParse(input) == expected)
    }

    @Test(arguments: [
        ("", "1:1: unexpected end of file: expected a value"),
        ("   ", "1:4: unexpected end of file: expected a value"),
        ("[", "1:2: unexpected end of file: expected a value"),
        ("{\"a\":1 x}", "1:8: expected ',' or '}' after an object member, found 'x'"),
        ("{\"a\":1", "1:7: unexpected end of file: expected ',' or '}' after an object member"),
        ("{\"a\":1,}", "1:8: expected a string key after ',', found '}' (JSON does not allow trailing commas)"),
        ("[1,2,]", "1:6: expected a value after ',', found ']' (JSON does not allow trailing commas)"),
        ("[1 2]", "1:4: expected ',' or ']' after an array element, found '2'"),
        ("[1", "1:3: unexpected end of file: expected ',' or ']' after an array element"),
        ("{'a':1}", "1:2: expected a string key or '}', found a single quote (JSON strings need double quotes)"),
        ("{a:1}", "1:2: expected a string key or '}', found 'a'"),
        ("[NaN]", "1:2: expected a value, found 'NaN'"),
        ("[Infinity]", "1:2: expected a value, found 'Infinity'"),
        ("[-Infinity]", "1:3: expected a digit after '-', found 'Infinity'"),
        ("tru", "1:1: expected a value, found 'tru'"),
        ("{\"a\":1} // note", "1:9: expected end of file after the JSON value, found '/' (JSON does not allow comments)"),
        ("/* note */ {}", "1:1: expected a value, found '/' (JSON does not allow comments)"),
        ("[1]]", "1:4: expected end of file after the JSON value, found ']'"),
        ("{\"a\" 1}", "1:6: expected ':' after the object key, found '1'"),
        ("{\"a\":}", "1:6: expected a value, found '}'"),
        ("[\u{1}]", "1:2: expected a value, found control character U+0001"),
        ("[\"abc", "1:2: unterminated string"),
        ("[\"a\\qb\"]", "1:4: invalid escape '\\q' in a string"),
        ("[\"\\u12\"]", "1:3: expected four hex digits after '\\u'"),
        ("[\"\\uD83D\"]", "1:3: lone surrogate '\\uD83D' in a string"),
        ("[\"\\uDE00\"]", "1:3: lone surrogate '\\uDE00' in a string"),
        ("[\"\\uD83Dx\"]", "1:3: lone surrogate '\\uD83D' in a string"),
        ("[\"\\uD83D\\u0041\"]", "1:3: lone surrogate '\\uD83D' in a string"),
        ("[\"a\nb\"]", "1:4: line break inside a string (is a closing '\"' missing?)"),
        ("[\"a\tb\"]", "1:4: unescaped control character U+0009 in a string"),
        ("[01]", "1:2: numbers must not start with a leading zero"),
        ("[1.]", "1:4: expected a digit after the decimal point, found ']'"),
        ("[1e]", "1:4: expected a digit in the exponent, found ']'"),
        ("[-]", "1:3: expected a digit after '-', found ']'"),
        ("[1e999]", "1:2: number out of range"),
        ("[-1e999]", "1:2: number out of range"),
        ("{\"id\":1,\"id\":2}", "1:9: duplicate key 'id'"),
        ("{\n  \"a\": 1,\n  \"b\": tru\n}", "3:8: expected a value, found 'tru'"),
        ("[\r\n1,\r\nx]", "3:1: expected a value, found 'x'"),
        ("[\r1,\rx]", "3:1: expected a value, found 'x'"),
        ("{\"é\": x}", "1:7: expected a value, found 'x'"),
        ("{\"a\":1}\u{E9}", "1:8: expected end of file after the JSON value, found 'é'"),
    ])
    func reportsSyntaxErrors(input: String, expected: String) {
        #expect(dataParse(input) == expected)
    }

    @Test func duplicateKeysInLargeObjects() {
        let members = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        #expect(dataParse("{\(members),\"k17\":0}").hasSuffix(": duplicate key 'k17'"))
        #expect(dataParse("{\(members)}").hasPrefix("{\"k0\":0,"))
        // Keys in different objects may repeat.
        #expect(dataParse("[{\"id\":1},{\"id\":2}]") == "[{\"id\":1},{\"id\":2}]")
    }

    @Test(arguments: [
        ([0x5B, 0x22, 0x63, 0x61, 0x66, 0xE9, 0x22, 0x5D] as [UInt8], "1:6: invalid UTF-8 byte 0xE9; save the file as UTF-8"),
        (Array("[\n\"é\", \"".utf8) + [0xFF, 0x22, 0x5D], "2:7: invalid UTF-8 byte 0xFF; save the file as UTF-8"),
        ([0x22, 0xC0, 0x80, 0x22], "1:2: invalid UTF-8 byte 0xC0; save the file as UTF-8"),
        ([0x22, 0xED, 0xA0, 0x80, 0x22], "1:2: invalid UTF-8 byte 0xED; save the file as UTF-8"),
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "1:2: invalid UTF-8 byte 0xF4; save the file as UTF-8"),
        ([0x22, 0xE2, 0x82], "1:2: invalid UTF-8 byte 0xE2; save the file as UTF-8"),
        ([0x22, 0x80, 0x22], "1:2: invalid UTF-8 byte 0x80; save the file as UTF-8"),
    ])
    func refusesInvalidUTF8(bytes: [UInt8], expected: String) {
        #expect(dataParse(bytes) == expected)
    }

    @Test func skipsByteOrderMark() {
        #expect(dataParse(JSONText.bom + Array("{\"a\":1}".utf8)) == "{\"a\":1}")
        // Column 1 is the first visible character, not the BOM.
        #expect(dataParse(JSONText.bom + Array("{x}".utf8)) == "1:2: expected a string key or '}', found 'x'")
        // A BOM anywhere else is just an unexpected character.
        #expect(dataParse(Array("[1]".utf8) + JSONText.bom) == "1:4: expected end of file after the JSON value, found '\u{FEFF}'")
    }

    @Test func keepsBigIntegersExact() throws {
        guard case .success(let value) = JSONParser.parse("[9007199254740993, 12345678901234567890123, -9223372036854775808, 1.5]"),
              let items = value.array, items.count == 4,
              let a = items[0].number, let b = items[1].number, let c = items[2].number, let d = items[3].number
        else { Issue.record("did not parse"); return }
        #expect(a.literal == "9007199254740993")
        #expect(a.int64 == 9_007_199_254_740_993)
        #expect(a.double == 9_007_199_254_740_992)
        #expect(b.literal == "12345678901234567890123")
        #expect(b.int64 == nil)
        #expect(b.isInteger)
        #expect(c.int64 == Int64.min)
        #expect(d.int64 == nil && !d.isInteger && d.double == 1.5)
    }

    @Test func keepsOffsetsOfValuesAndKeys() {
        guard case .success(let value) = JSONParser.parse("{\"a\": [10, \"x\"]}"), let object = value.object,
              let member = object.members.first, let items = member.value.array
        else { Issue.record("did not parse"); return }
        #expect(value.offset == 0)
        #expect(member.keyOffset == 1)
        #expect(member.value.offset == 6)
        #expect(items.map(\.offset) == [7, 11])
    }

    @Test func limitsNestingTo512Levels() {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(dataParse(ok) == ok)
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(dataParse(deep) == "1:513: nesting deeper than 512 levels")
        let objects = String(repeating: "{\"a\":", count: 513) + "1" + String(repeating: "}", count: 513)
        #expect(dataParse(objects) == "1:2561: nesting deeper than 512 levels")
        // Unclosed deep input fails on depth, not on the stack.
        #expect(dataParse(String(repeating: "[", count: 100_000)) == "1:513: nesting deeper than 512 levels")
    }

    @Test func lineMapCountsCharactersNotBytes() {
        let map = LineMap(bytes: Array("ab\n€x\r\nyz".utf8))
        #expect(map.location(of: 0) == (1, 1))
        #expect(map.location(of: 3) == (2, 1))
        #expect(map.location(of: 6) == (2, 2))   // after the 3-byte euro sign
        #expect(map.location(of: 9) == (3, 1))
        #expect(map.location(of: 99) == (3, 3))  // clamped to the end
    }
}
