import Foundation
import TouchpointMarkdown
@testable import TouchpointCore
import FuzzDriver

/// A page body through a build's one parse (headings, directive specs, the
/// HTML with holes) and the render, where `chart`, `table` and `kpis` blocks
/// are drawn from their specs and inline `values`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(bytes: UnsafeBufferPointer(start: data, count: size), encoding: .utf8) else { return 0 }
    // Raw HTML only changes what cmark lets through; the length's parity covers
    // both settings without spending input bytes on a flag.
    let unsafeHTML = size % 2 == 1
    let options = MarkdownOptions(unsafeHTML: unsafeHTML, directiveNames: PageParser.directiveNames)
    let page = Page(sourcePath: "fuzz/page.md", kind: .page, route: "fuzz/page/", folder: "fuzz",
                    frontMatter: FrontMatter(), body: text, bodyFirstLine: 1)
    let file = SourceFile(displayPath: "Content/fuzz/page.md")

    let parsed = PageParser.parse(page, file: file, options: options)
    let ids = parsed.outline.headings.map(\.id)
    // Anchors must be unique or in-page links land on the wrong heading.
    guard Set(ids).count == ids.count else { fatalError("duplicate heading ids: \(ids)") }
    guard let body = parsed.body else { return 0 }

    // No data files: `data:` refs report a missing file, inline values are drawn.
    let directives = DirectiveRenderer(data: DataStore(files: [:], knownFiles: []))
    // Links the resolver may rewrite get "../" in front; the rest (external ones) stay, as in a build.
    func rewritten(_ link: Link) -> String? {
        LinkResolver.mayRewrite(link.destination) && !link.destination.hasPrefix("#") ? "../" + link.destination : nil
    }
    let html = body.html.filled(
        link: { rewritten(body.links[$0]) ?? body.links[$0].destination },
        directive: { directives.render(body.directives[$0], number: $0 + 1, page: page, file: file).html })
    // The prepared HTML with its holes filled is what cmark writes from the edited tree.
    if let document = try? MarkdownDocument(parsing: text, options: options) {
        var number = 0
        let direct = try? document.renderHTML(
            rewriteLink: rewritten,
            directiveHTML: { _ in
                defer { number += 1 }
                guard number < body.directives.count else { return "" }
                return directives.render(body.directives[number], number: number + 1, page: page, file: file).html
            })
        if let direct, direct != html { fatalError("filled holes differ from cmark's own rendering") }
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
