import Foundation
import TouchpointMarkdown
@testable import TouchpointCore
import FuzzDriver

/// A page body through both Markdown passes of a build: the outline (headings,
/// directive `data:` refs) and the render, where `chart`, `table` and `kpis`
/// blocks are parsed as YAML specs and inline `values` are drawn.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(bytes: UnsafeBufferPointer(start: data, count: size), encoding: .utf8) else { return 0 }
    // Raw HTML only changes what cmark lets through; the length's parity covers
    // both settings without spending input bytes on a flag.
    let unsafeHTML = size % 2 == 1
    let options = MarkdownOptions(unsafeHTML: unsafeHTML, directiveNames: PageOutline.directiveNames)
    let page = Page(sourcePath: "fuzz/page.md", kind: .page, route: "fuzz/page/", folder: "fuzz",
                    frontMatter: FrontMatter(), body: text, bodyFirstLine: 1)
    let file = SourceFile(displayPath: "Content/fuzz/page.md")

    let (outline, _) = PageOutline.make(page, file: file, options: options)
    let ids = outline.headings.map(\.id)
    // Anchors must be unique or in-page links land on the wrong heading.
    guard Set(ids).count == ids.count else { fatalError("duplicate heading ids: \(ids)") }

    let document: MarkdownDocument
    do {
        document = try MarkdownDocument(parsing: text, options: options)
    } catch {
        return 0
    }
    // No data files: `data:` refs report a missing file, inline values are drawn.
    let directives = DirectiveRenderer(data: DataStore(files: [:], knownFiles: []))
    var number = 0
    let html: String
    do {
        html = try document.renderHTML(
            rewriteLink: { link in link.destination.hasPrefix("#") ? nil : "../" + link.destination },
            directiveHTML: { directive in
                number += 1
                return directives.render(directive, number: number, page: page, file: file).html
            })
    } catch {
        return 0
    }
    // Safe mode drops author HTML; generated figures escape author text. A
    // script tag in the output would mean one of them let markup through.
    if !unsafeHTML, html.lowercased().contains("<script") {
        fatalError("a <script> tag reached the HTML in safe mode")
    }
    return 0
}

@main
enum FuzzMarkdownMain {
    static func main() {
        exit(touchpoint_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
    }
}
