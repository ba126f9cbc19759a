import Foundation
@testable import TouchpointCore
import FuzzDriver

/// One input read two ways, because both reach Yams through `YAMLDocument`:
/// as a Markdown page (front matter split, then typed keys) and as `site.yml`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // As `ContentLoader.readText` reads a file: NUL and broken UTF-8 are
    // errors at their position, line endings become LF.
    let pageFile = SourceFile(displayPath: "Content/fuzz/page.md")
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let decoded = SourceText.decode(bytes, file: pageFile)
    guard let text = decoded.value else {
        let lines = bytes.reduce(into: 1) { count, byte in if byte == 0x0A || byte == 0x0D { count += 1 } }
        check(decoded.diagnostics, lines: lines)
        return 0
    }
    let lines = text.reduce(into: 1) { count, c in if c.isNewline { count += 1 } }

    let loaded = ContentLoader.loadPage("fuzz/page.md", text: text, file: pageFile)
    if let page = loaded.value {
        // Templates read these; they must not trap on any value the YAML held.
        _ = page.frontMatter.paramsValue
        _ = page.frontMatter.date.map { ($0.display, $0.rfc3339, $0.day10) }
        guard page.bodyFirstLine >= 1, page.bodyFirstLine <= lines + 1 else {
            fatalError("body starts on line \(page.bodyFirstLine) of \(lines)")
        }
    }
    check(loaded.diagnostics, lines: lines)

    let config = SiteConfigParser.parse(text, file: SourceFile(displayPath: "Content/site.yml"))
    _ = config.value.params.map { $0.value.templateValue }
    check(config.diagnostics, lines: lines)
    return 0
}

/// Every diagnostic must point into the file it blames.
private func check(_ diagnostics: [Diagnostic], lines: Int) {
    for diagnostic in diagnostics where diagnostic.line > lines + 1 {
        fatalError("diagnostic past the end of a \(lines)-line file: \(diagnostic)")
    }
}

@main
enum FuzzFrontMatterMain {
    static func main() {
        exit(touchpoint_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
    }
}
