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
    }

    func make(_ output: PlannedOutput) -> Made {
        switch output.maker {
        case let .page(index):
            let rendered = pages.render(entry: index)
            return Made(contents: rendered.html.map { .bytes(Data($0.utf8)) }, diagnostics: rendered.diagnostics,
                        charts: rendered.charts)
        case let .tag(index): return generated(pages.renderTag(plan.tags[index]), output)
        case .tagIndex: return generated(pages.renderTagIndex(), output)
        case .notFound: return generated(pages.renderNotFound(), output)
        case .search: return generated(pages.renderSearch(), output)
        case let .text(text): return Made(contents: .bytes(Data(text.utf8)))
        case let .bytes(bytes): return Made(contents: .bytes(bytes))
        case let .copy(source): return Made(contents: .copy(source))
        }
    }

    private func generated(_ html: String?, _ output: PlannedOutput) -> Made {
        guard let html else {
            return Made(contents: nil, diagnostics: [.about(pages.theme.origin, "the theme could not render \(output.path)")])
        }
        return Made(contents: .bytes(Data(html.utf8)))
    }
}
