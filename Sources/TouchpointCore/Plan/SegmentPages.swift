import TouchpointCharts

/// A page with `generate: {data: PATH, by: FIELD}` becomes one page per value
/// of FIELD: beside it in its folder (`survey/north/`), listed in its section,
/// `{{value}}` filled in its title and summary, its charts and tables over
/// PATH showing only that value's rows. The page itself is not published.
enum SegmentPages {
    static let placeholder = "{{value}}"

    /// Replaces every generating page by its segment pages; outlines and prepared bodies are shared with them.
    static func expand(_ site: inout Site, outlines: inout OutlineStage.Outlines, data: DataStore) -> [Diagnostic] {
        guard site.pages.contains(where: { $0.frontMatter.generate != nil }) else { return [] }
        var errors: [Diagnostic] = []
        // Every route a real page or folder takes: a generated page may not land on one.
        var taken: [String: String] = [:]
        for page in site.pages where page.frontMatter.generate == nil {
            taken[page.route] = page.sourcePath
            var folder = page.folder
            while !folder.isEmpty {
                if taken[folder + "/"] == nil { taken[folder + "/"] = folder + "/" }
                folder = Planner.parentFolder(of: folder)
            }
        }
        var pages: [Page] = []
        for page in site.pages {
            guard let spec = page.frontMatter.generate else { pages.append(page); continue }
            let file = site.sourceFile(page.sourcePath)
            switch segments(of: page, spec: spec, data: data, file: file) {
            case let .failure(error):
                errors.append(error)
            case let .success(found):
                for segment in found {
                    // "East & Coast" is east-coast/, not east--coast/.
                    let slug = Slug.make(segment.value).split(separator: "-").joined(separator: "-")
                    let route = (page.folder.isEmpty ? "" : page.folder + "/") + slug + "/"
                    guard !slug.isEmpty else {
                        errors.append(file.error("generate.by: the value '\(segment.value)' has no letters or digits to name "
                            + "its page's folder", line: spec.by.line, column: spec.by.column))
                        continue
                    }
                    if let owner = taken[route] {
                        let what = owner.hasSuffix("/") ? "the folder \(owner)" : owner
                        errors.append(file.error("generate: the page for '\(segment.value)' would be \(route), which "
                            + "\(what) already is; rename one of them", line: spec.line, column: spec.column))
                        continue
                    }
                    taken[route] = page.sourcePath + " ('\(segment.value)')"
                    let made = segmentPage(page, segment: segment, route: route, spec: spec)
                    pages.append(made)
                    if var outline = outlines.byPage[page.sourcePath] {
                        outline.title = filled(outline.title, segment.value)
                        outlines.byPage[made.sourcePath] = outline
                    }
                    if let body = outlines.bodies[page.sourcePath] { outlines.bodies[made.sourcePath] = body }
                }
            }
            outlines.byPage[page.sourcePath] = nil
            outlines.bodies[page.sourcePath] = nil
        }
        site.pages = pages
        return errors
    }

    struct Found {
        var value: String
        var rowsKey: String
        var data: String
        var field: String
    }

    static func segments(of page: Page, spec: GenerateSpec, data: DataStore, file: SourceFile) -> Result<[Found], Diagnostic> {
        guard page.kind == .page else {
            return .failure(file.error("generate: a section's or the home page's index.md cannot become one page per value; "
                + "move it to a page of its own", line: spec.line, column: spec.column))
        }
        let full: String
        switch DataPath.resolve(spec.data.value, known: data.knownFiles) {
        case let .failure(message):
            return .failure(file.error("generate." + message, line: spec.data.line, column: spec.data.column))
        case let .success(path): full = path
        }
        // A file that failed validation was reported once, at the file itself; it generates nothing.
        guard let loaded = data.files[full] else { return .success([]) }
        switch DataSegments.split(loaded.data, by: spec.by.value) {
        case let .failure(error):
            return .failure(file.error("generate." + error.message, line: spec.by.line, column: spec.by.column))
        case let .success(segments):
            return .success(segments.map { segment in
                Found(value: segment.value, rowsKey: SegmentKey.of(segment.data, provenance: loaded.provenance),
                      data: full, field: spec.by.value)
            })
        }
    }

    static func segmentPage(_ template: Page, segment: Found, route: String, spec: GenerateSpec) -> Page {
        var page = template
        page.sourcePath = template.sourcePath + "#" + String(route.dropLast().split(separator: "/").last ?? "")
        page.route = route
        page.frontMatter.generate = nil
        page.frontMatter.title = template.frontMatter.title.map { filled($0, segment.value) }
        page.frontMatter.summary = template.frontMatter.summary.map { filled($0, segment.value) }
        page.reusableFrontMatterHash = nil
        page.segment = PageSegment(template: template.sourcePath, data: segment.data, field: segment.field,
                                   value: segment.value, rowsKey: segment.rowsKey)
        return page
    }

    static func filled(_ text: String, _ value: String) -> String {
        text.replacingOccurrences(of: placeholder, with: value)
    }
}
