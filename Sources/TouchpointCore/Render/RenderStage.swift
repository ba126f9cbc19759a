import Foundation

/// Stage 5, render: the bytes of one planned output, from the plan, the
/// theme, the data and the page's prepared body. A pure function of its
/// inputs, so outputs render in parallel and stream to the writer.
struct RenderStage: Sendable {
    let pages: PageRenderer
    let plan: SitePlan

    struct Made: Sendable {
        var contents: OutputFile.Contents?
        var diagnostics: [Diagnostic] = []
        var charts = 0
        /// A page's part of the report edition.
        var print: PrintFragment?
    }

    func make(_ output: PlannedOutput) -> Made {
        switch output.maker {
        case let .page(index):
            let rendered = pages.render(entry: index)
            return Made(contents: rendered.html.map { .bytes(Data($0.utf8)) }, diagnostics: rendered.diagnostics,
                        charts: rendered.charts, print: rendered.print)
        case let .tag(index): return generated(pages.renderTag(plan.tags[index]), output)
        case .tagIndex: return generated(pages.renderTagIndex(), output)
        case .notFound: return generated(pages.renderNotFound(), output)
        case .search: return generated(pages.renderSearch(), output)
        case .changes: return generated(pages.renderChanges(), output)
        case .searchIndex: return Made(contents: .bytes(Data(SearchIndex.script(plan: plan, outlines: pages.outlines).utf8)))
        // Only the write stage can make it, once every page is made (`edition(_:dataAsOf:)`).
        case .edition: return Made(contents: nil)
        case let .text(text): return Made(contents: .bytes(Data(text.utf8)))
        case let .bytes(bytes): return Made(contents: .bytes(bytes))
        case let .copy(source): return Made(contents: .copy(source))
        }
    }

    /// The report edition from every page's part, in reading order. `parts`
    /// hold the tables (their sections may be left out); `section` reads a
    /// page's part whole, once its turn comes. A part not given is made again here.
    func edition(_ parts: [PrintFragment?], section: @escaping @Sendable (Int) -> PrintFragment?, dataAsOf: String?,
                 output: PlannedOutput) -> Made {
        var fragments: [PrintFragment] = []
        var missing: [Int: PrintFragment] = [:]
        for (index, part) in parts.enumerated() {
            guard let fragment = part ?? pages.render(entry: index).print else {
                return Made(contents: nil, diagnostics: [.about(pages.theme.origin, "cannot make \(output.path): page "
                                                        + "\(plan.entries[index].page.route) did not render")])
            }
            if part == nil { missing[index] = fragment }
            fragments.append(fragment)
        }
        let (pages, plan, remade) = (pages, plan, missing)
        // A part gone since its tables were read is rendered again, as a missing one is.
        let sectionOf: @Sendable (Int) -> String? = { remade[$0]?.section ?? (section($0) ?? pages.render(entry: $0).print)?.section }
        guard let layout = pages.renderEdition(fragments, body: ReportEdition.bodyMarker, dataAsOf: dataAsOf) else {
            return generated(nil, output)
        }
        guard let (head, tail) = ReportEdition.split(layout) else {
            // The layout does more with the body than print it once as it is: it is given the body whole.
            var body = ""
            for index in fragments.indices {
                guard let text = sectionOf(index) else { return generated(nil, output) }
                body += text
            }
            return generated(pages.renderEdition(fragments, body: body, dataAsOf: dataAsOf), output)
        }
        return Made(contents: .stream { file in
            file.write(head)
            for index in plan.entries.indices {
                guard let text = sectionOf(index) else { return "page \(plan.entries[index].page.route) did not render" }
                file.write(text)
            }
            file.write(tail)
            return nil
        })
    }

    private func generated(_ html: String?, _ output: PlannedOutput) -> Made {
        guard let html else {
            return Made(contents: nil, diagnostics: [.about(pages.theme.origin, "the theme could not render \(output.path)")])
        }
        return Made(contents: .bytes(Data(html.utf8)))
    }
}
