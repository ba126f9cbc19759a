import Foundation
import Testing
@testable import TouchpointCore

/// What reaches Yams, and what comes back, stays within `YAMLLimits`; page
/// text is decoded or refused at the exact byte.
@Suite struct InputLimitsTests {
    let file = SourceFile(displayPath: "Content/p.md")

    @Test(arguments: [
        // Hand-written settings pass untouched, even with stars and brackets in them.
        ("title: A\ntags: [a, b]\n", nil as YAMLLimits.Problem?),
        ("summary: rated *four* stars\nnote: '[x]: y'\n", nil),
        ("a: &a [1, 2]\nb: *a\n", nil),
        ("list: [*ref]\n", nil),
        // Only documents that may hold aliases are checked for collection keys.
        ("[1, 2]: v\n", nil),
        ("a: &a [x]\n? *a\n: v\n", YAMLLimits.Problem(message: "expected a plain key: explicit '?' keys are not supported", line: 2, column: 1)),
        ("a: &a [x]\nb: [x, ?*a]\n", YAMLLimits.Problem(message: "expected a plain key: explicit '?' keys are not supported", line: 2, column: 8)),
        ("a: &a [x]\n*a : v\n", YAMLLimits.Problem(message: "expected a plain key, found an alias used as a key", line: 2, column: 1)),
        ("a: &a [x]\nb: {[*a, *a]: v}\n", YAMLLimits.Problem(message: "expected a plain key, found a list or mapping used as a key", line: 2, column: 12)),
        ("é: &a [x]\n  é: {*a: v}\n", YAMLLimits.Problem(message: "expected a plain key, found an alias used as a key", line: 2, column: 7)),
    ])
    func scan(_ text: String, _ expected: YAMLLimits.Problem?) {
        #expect(YAMLLimits.scan(text) == expected)
    }

    @Test func sizeIsLimitedBeforeParsing() {
        let big = "x: \"" + String(repeating: "a", count: YAMLLimits.maximumBytes) + "\"\n"
        #expect(YAMLLimits.scan(big)?.message.hasPrefix("YAML is larger than 1024 KiB") == true)
    }

    @Test func aliasExpansionIsCountedAcrossTheDocument() {
        // 4 levels of 10: 10,000 values, allowed; 5 levels: 100,000 plus the rest, refused.
        func nested(_ levels: Int) -> String {
            var lines = ["l0: &l0 [" + Array(repeating: "x", count: 10).joined(separator: ",") + "]"]
            for level in 1..<levels {
                lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ",") + "]")
            }
            return lines.joined(separator: "\n") + "\n"
        }
        if let error = YAMLDocument.parse(nested(4), file: file, firstLine: 2).failure {
            Issue.record("4 levels should pass: \(error)")
        }
        guard let error = YAMLDocument.parse(nested(6), file: file, firstLine: 2).failure else {
            Issue.record("6 levels should be refused")
            return
        }
        #expect(error.description.hasPrefix("Content/p.md:"))
        #expect(error.message.hasPrefix("YAML aliases expand to more than 100000 values, the limit"))
    }

    @Test func nestingIsLimited() throws {
        let ok = "x: " + String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
        #expect(throws: Never.self) { try YAMLDocument.parse(ok, file: file, firstLine: 1).get() }
        let deep = "x: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        guard let error = YAMLDocument.parse(deep, file: file, firstLine: 1).failure else {
            Issue.record("70 levels should be refused")
            return
        }
        #expect(error.message == "YAML is nested more than 64 levels deep, the limit")
    }

    @Test func aRepeatedKeyIsReportedAtTheRepeat() {
        guard let error = YAMLDocument.parse("a: 1\nb:\n  c: 2\n  c: 3\n", file: file, firstLine: 2).failure else {
            Issue.record("expected an error")
            return
        }
        #expect(error.description == "Content/p.md:5:3: error: duplicate key 'c': it is set already on line 4")
    }

    @Test(arguments: [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb\r", "a\nb\n"),
        ("a\r\n\r\nb", "a\n\nb"),
        ("plain\n", "plain\n"),
    ])
    func lineEndingsBecomeLF(_ text: String, _ expected: String) throws {
        #expect(try SourceText.decode(Data(text.utf8), file: file).get() == expected)
    }

    @Test(arguments: [
        (Data("ok\n\nb\u{0}c".utf8), "Content/p.md:3:2: error: a NUL byte (0x00) is not text"),
        (Data("é\n\u{FEFF}x\u{0}".utf8), "Content/p.md:2:3: error: a NUL byte (0x00) is not text"),
        (Data("ab".utf8) + Data([0xC3, 0x28]), "Content/p.md:1:3: error: invalid UTF-8 byte 0xC3"),
        (Data("é\r\nx".utf8) + Data([0xFF]), "Content/p.md:2:2: error: invalid UTF-8 byte 0xFF"),
    ])
    func badBytesAreErrorsAtTheirPosition(_ bytes: Data, _ expected: String) {
        guard let error = SourceText.decode(bytes, file: file).failure else {
            Issue.record("expected an error")
            return
        }
        #expect(error.description.hasPrefix(expected), "\(error)")
    }

    @Test func outputNamesTheFileSystemCannotHold() {
        #expect(OutputSet.nameProblem("tags/" + String(repeating: "a", count: 255) + "/index.html", folderBytes: 10) == nil)
        #expect(OutputSet.nameProblem("tags/" + String(repeating: "a", count: 256) + "/index.html", folderBytes: 10)?
            .hasPrefix("makes an output file name of 256 bytes") == true)
        #expect(OutputSet.nameProblem("tags/" + String(repeating: "é", count: 128) + "/index.html", folderBytes: 10) != nil)
        let deep = Array(repeating: String(repeating: "d", count: 200), count: 21).joined(separator: "/")
        #expect(OutputSet.nameProblem(deep, folderBytes: 10)?.hasPrefix("makes an output path of") == true)
    }

    @Test func systemErrorsAreWords() {
        let full = NSError(domain: NSCocoaErrorDomain, code: NSFileWriteOutOfSpaceError, userInfo: [NSFilePathErrorKey: "/srv/x"])
        #expect(SystemError.describe(full) == "/srv/x: no space left on the device")
        let posix = NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [
            NSFilePathErrorKey: "/srv/y", NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS)),
        ])
        #expect(SystemError.describe(posix) == "/srv/y: Read-only file system")
        #expect(!SystemError.describe(NSError(domain: NSCocoaErrorDomain, code: 9999)).contains("Domain"))
    }
}
