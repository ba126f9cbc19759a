import Foundation
import TouchpointMarkdown

/// One build, as the product reads: load → outline → plan → render → write.
public enum Pipeline {
    /// Builds the site and swaps it into the output folder.
    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let start = Date()
        var (files, summary) = try assemble(options)
        do {
            options.progress?("Writing \(files.count) files")
            summary.files = try SiteWriter(output: options.output).write(files)
        } catch {
            throw BuildFailure([Diagnostic(path: options.display(options.output), message: "cannot write the site: \(error)")])
        }
        files.removeAll()
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Every validation of a build; writes nothing.
    public static func check(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let start = Date()
        var (_, summary) = try assemble(options)
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    static func assemble(_ options: BuildOptions) throws(BuildFailure) -> ([OutputFile], BuildSummary) {
        try checkFolders(options)
        let prefix = options.display(options.content)

        options.progress?("Loading content")
        var (site, errors) = ContentLoader.load(contentFolder: options.content, displayPrefix: prefix,
                                                includeDrafts: options.includeDrafts)
        if let baseURL = options.baseURL { site.config.baseURL = baseURL }
        let theme = loadTheme(options, config: site.config, errors: &errors)

        let markdownOptions = MarkdownOptions(unsafeHTML: site.config.unsafeHTML, directiveNames: PageOutline.directiveNames)
        options.progress?("Reading \(site.pages.count) pages")
        let outlineResults = parallelMap(site.pages, jobs: options.jobs) {
            PageOutline.make($0, file: site.sourceFile($0.sourcePath), options: markdownOptions)
        }
        var outlines: [String: PageOutline] = [:]
        for (page, result) in zip(site.pages, outlineResults) {
            outlines[page.sourcePath] = result.0
            errors += result.1
        }

        let (plan, planErrors) = Planner.plan(site: site, titles: outlines.mapValues(\.title))
        errors += planErrors

        // Keep going after errors so one run reports every problem of the build.
        guard let theme else { throw BuildFailure(errors) }

        let renderer = PageRenderer(
            plan: plan, theme: theme, config: site.config,
            links: LinkResolver(plan: plan, anchors: outlines.mapValues { Set($0.headings.map(\.id)) },
                                staticFiles: Set(site.staticFiles), skippedDrafts: site.skippedDrafts),
            outlines: outlines, markdownOptions: markdownOptions, displayPrefix: prefix,
            directives: DirectiveRenderer())
        options.progress?("Rendering \(plan.entries.count) pages")
        let rendered = parallelMap(Array(plan.entries.indices), jobs: options.jobs) { renderer.render(entry: $0) }

        var files = OutputSet()
        for (index, result) in rendered.enumerated() {
            errors += result.diagnostics
            if let html = result.html {
                files.add(.text(plan.entries[index].page.outputPath, html), from: plan.entries[index].page.sourcePath, errors: &errors)
            }
        }
        for tag in plan.tags {
            if let html = renderer.renderTag(tag) { files.add(.text(tag.route + "index.html", html), from: "tag '\(tag.name)'", errors: &errors) }
        }
        if let html = renderer.renderTagIndex() { files.add(.text("tags/index.html", html), from: "the tag index", errors: &errors) }
        if let html = renderer.renderNotFound() { files.add(.text("404.html", html), from: "the 404 page", errors: &errors) }
        if let base = site.config.normalizedBaseURL {
            files.add(.text("sitemap.xml", Feeds.sitemap(plan: plan, base: base)), from: "the sitemap", errors: &errors)
            let feed = Feeds.atom(plan: plan, config: site.config, base: base) { $0.page.frontMatter.summary }
            files.add(.text("feed.xml", feed), from: "the feed", errors: &errors)
        }
        for asset in theme.assets {
            files.add(OutputFile(path: "theme/" + asset.path, contents: .bytes(asset.contents)), from: theme.origin + "/assets/" + asset.path, errors: &errors)
        }
        for path in site.staticFiles {
            files.add(OutputFile(path: path, contents: .copy(options.content.appendingPathComponent(path))), from: prefix + "/" + path, errors: &errors)
        }

        let problems = errors.filter { $0.severity == .error }
        guard problems.isEmpty else { throw BuildFailure(errors) }
        var summary = BuildSummary()
        summary.pages = plan.entries.count
        summary.dataFiles = site.staticFiles.filter { $0.hasPrefix("data/") }.count
        summary.warnings = errors.sorted()
        return (files.files, summary)
    }

    static func checkFolders(_ options: BuildOptions) throws(BuildFailure) {
        let content = options.content.resolvingSymlinksInPath().path
        let output = options.output.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure([Diagnostic(path: options.display(options.content),
                                           message: "no content folder here; expected a folder with site.yml and index.md (create one with 'touchpoint new')")])
        }
        if output == content || content.hasPrefix(output + "/") || output.hasPrefix(content + "/") || output == "/" {
            throw BuildFailure([Diagnostic(path: options.display(options.output),
                                           message: "the output folder may not be, contain or lie inside the content folder (\(options.display(options.content))); every build replaces it")])
        }
        if let problem = SiteWriter(output: options.output).checkReplaceable() {
            throw BuildFailure([Diagnostic(path: options.display(options.output), message: problem)])
        }
    }

    static func loadTheme(_ options: BuildOptions, config: SiteConfig, errors: inout [Diagnostic]) -> Theme? {
        let name = options.theme ?? config.theme ?? "default"
        let themes = options.siteFolder.appendingPathComponent("Themes")
        let folder = themes.appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
        guard name.range(of: #"^[A-Za-z0-9_.-]+$"#, options: .regularExpression) != nil, name != "..", name != "." else {
            errors.append(Diagnostic(path: options.display(themes), message: "theme name '\(name)' must be a plain folder name"))
            return nil
        }
        if !exists && name != "default" {
            let available = ((try? FileManager.default.contentsOfDirectory(atPath: themes.path)) ?? []).filter { !$0.hasPrefix(".") }
            errors.append(Diagnostic(path: options.display(folder),
                                     message: "unknown theme '\(name)': no folder \(options.display(folder))"
                                        + (available.isEmpty ? "; the built-in theme is 'default'" : Suggestion.didYouMean(name, in: available + ["default"]))))
            return nil
        }
        switch Theme.load(name: name, folder: exists ? folder : nil,
                          displayPath: exists ? options.display(folder) : "built-in theme 'default'") {
        case let .success(theme): return theme
        case let .failure(failure):
            errors += failure.diagnostics
            return nil
        }
    }
}

/// Output files by path; two sources claiming one path is an error.
struct OutputSet {
    private(set) var files: [OutputFile] = []
    private var owners: [String: String] = [:]

    mutating func add(_ file: OutputFile, from origin: String, errors: inout [Diagnostic]) {
        if let owner = owners[file.path] {
            errors.append(Diagnostic(path: origin.hasPrefix("\u{0}") ? file.path : origin,
                                     message: "writes \(file.path), which \(owner) writes too; rename one of them"))
            return
        }
        owners[file.path] = origin
        files.append(file)
    }
}
