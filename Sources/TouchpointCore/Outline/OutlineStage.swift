import Foundation
import TouchpointMarkdown

/// Stage 2, outline: each page's one parse, for its title, headings and data
/// references (which the plan needs of every page before any is rendered)
/// and its HTML with holes. An unchanged page's outline comes from the cache
/// and its Markdown is parsed only if it must be rendered again.
enum OutlineStage {
    struct Outlines: Sendable {
        var byPage: [String: PageOutline] = [:]
        /// Prepared bodies of the pages parsed here, by source path.
        var bodies: [String: PreparedBody] = [:]
    }

    static func run(_ site: Site, cached: [String: BuildManifest.CachedOutline], options: BuildOptions) -> Staged<Outlines> {
        let markdown = markdownOptions(site.config)
        let reading = ProgressMeter("Reading", total: site.pages.count, "pages", report: options.progress)
        let parsed = parallelMap(site.pages, jobs: options.jobs) { page -> PageParser.Parsed in
            defer { reading.step() }
            if let entry = cached[page.sourcePath], entry.sourceHash == page.sourceHash, let outline = entry.outline {
                return PageParser.Parsed(outline: outline, body: nil, diagnostics: [])
            }
            return PageParser.parse(page, file: site.sourceFile(page.sourcePath), options: markdown)
        }
        var result = Staged(value: Outlines())
        for (page, one) in zip(site.pages, parsed) {
            result.value.byPage[page.sourcePath] = one.outline
            result.value.bodies[page.sourcePath] = one.body
            result.diagnostics += one.diagnostics
        }
        return result
    }

    static func markdownOptions(_ config: SiteConfig) -> MarkdownOptions {
        MarkdownOptions(unsafeHTML: config.unsafeHTML, directiveNames: PageParser.directiveNames)
    }
}
