import Foundation
import TouchpointMarkdown

/// One build, as the product reads: load → outline → plan → data → render → write.
public enum Pipeline {
    /// Builds the site and swaps it into the output folder. Unless `clean`,
    /// pages whose inputs did not change since the last build are carried over.
    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let start = Date()
        let parsesBefore = ParseCounter.shared.parses
        try checkFolders(options)
        let cache = BuildCache(output: options.output)
        let settings = settingsFingerprint(options)
        var previous: BuildManifest?
        var cacheWarning: Diagnostic?
        if !options.clean { (previous, cacheWarning) = cache.load(settings: settings) }

        var assembled = try assemble(options, previous: previous, settings: settings)
        if let cacheWarning { assembled.summary.warnings.insert(cacheWarning, at: 0) }
        // Every output's inputs are as the live site's marker says they were
        // (the cache was checked against it): there is nothing to write or swap.
        if let previous, previous.buildID == assembled.manifest.buildID {
            assembled.summary.files.unchanged = assembled.files.count
            if previous.files != assembled.manifest.files { saveCache(cache, assembled.manifest, into: &assembled.summary, options) }
            assembled.summary.markdownParses = ParseCounter.shared.parses - parsesBefore
            assembled.summary.seconds = Date().timeIntervalSince(start)
            return assembled.summary
        }
        let writing = ProgressMeter("Writing", total: assembled.files.count, "files", report: options.progress)
        let writeStart = Date()
        // The cache goes first: a build killed after the swap then finds a
        // manifest whose id differs from the output's marker and ignores it.
        cache.remove()
        do {
            assembled.summary.files = try SiteWriter(output: options.output, jobs: options.jobs)
                .write(assembled.files, buildID: assembled.manifest.buildID, previousPaths: previous.map { Set($0.outputs.keys) },
                       progress: writing)
        } catch {
            throw BuildFailure([.about(options.display(options.output), "cannot write the site: \(SystemError.describe(error))")])
        }
        // The new site is live: from here on nothing may fail the build, or its exit status would lie.
        saveCache(cache, assembled.manifest, into: &assembled.summary, options)
        assembled.summary.phases.append(.init(name: "write", seconds: Date().timeIntervalSince(writeStart)))
        assembled.summary.markdownParses = ParseCounter.shared.parses - parsesBefore
        assembled.summary.seconds = Date().timeIntervalSince(start)
        return assembled.summary
    }

    /// Saves the manifest once the new site is live; a failure is a warning, not a failed build.
    private static func saveCache(_ cache: BuildCache, _ manifest: BuildManifest, into summary: inout BuildSummary,
                                  _ options: BuildOptions) {
        do {
            try cache.save(manifest)
        } catch {
            summary.warnings.append(.about(options.display(cache.folder), severity: .warning,
                                           "the new site is live, but \(error.message); the next build will be a full one"))
        }
    }

    /// Every validation of a build; writes nothing.
    public static func check(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let start = Date()
        try checkFolders(options)
        var summary = try assemble(options, previous: nil, settings: settingsFingerprint(options)).summary
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    struct Assembled {
        var files: [OutputFile]
        var summary: BuildSummary
        var manifest: BuildManifest
    }

    static func assemble(_ options: BuildOptions, previous: BuildManifest?, settings: String) throws(BuildFailure) -> Assembled {
        let prefix = options.display(options.content)
        var clock = PhaseClock()
        let started = Int64(Date().timeIntervalSince1970 * 1_000_000_000)

        options.progress?("Loading content")
        var (site, errors) = ContentLoader.load(contentFolder: options.content, displayPrefix: prefix,
                                                includeDrafts: options.includeDrafts, jobs: options.jobs)
        if let baseURL = options.baseURL { site.config.baseURL = baseURL }
        let theme = loadTheme(options, config: site.config, configFile: site.sourceFile("site.yml"), errors: &errors)
        clock.mark("load")

        let markdownOptions = MarkdownOptions(unsafeHTML: site.config.unsafeHTML, directiveNames: PageParser.directiveNames)
        let reading = ProgressMeter("Reading", total: site.pages.count, "pages", report: options.progress)
        let parsedPages = parallelMap(site.pages, jobs: options.jobs) { page -> PageParser.Parsed in
            defer { reading.step() }
            if let cached = previous?.outlines[page.sourcePath], cached.sourceHash == page.sourceHash,
               let outline = cached.outline {
                return PageParser.Parsed(outline: outline, body: nil, diagnostics: [])
            }
            return PageParser.parse(page, file: site.sourceFile(page.sourcePath), options: markdownOptions)
        }
        var outlines: [String: PageOutline] = [:]
        var bodies: [String: PreparedBody] = [:]
        var manifest = BuildManifest(settings: settings)
        manifest.started = started
        for (page, parsed) in zip(site.pages, parsedPages) {
            outlines[page.sourcePath] = parsed.outline
            bodies[page.sourcePath] = parsed.body
            manifest.outlines[page.sourcePath] = .init(sourceHash: page.sourceHash, outline: parsed.outline)
            errors += parsed.diagnostics
        }

        clock.mark("outline")
        let (plan, planErrors) = Planner.plan(site: site, titles: outlines.mapValues(\.title))
        errors += planErrors

        options.progress?("Validating data")
        let (data, dataErrors) = DataStore.load(site: site, jobs: options.jobs)
        errors += dataErrors
        clock.mark("plan+data")

        // Keep going after errors so one run reports every problem of the build.
        guard let theme else { throw BuildFailure(errors) }

        let renderer = PageRenderer(
            plan: plan, theme: theme, config: site.config,
            links: LinkResolver(plan: plan, anchors: outlines.mapValues { Set($0.headings.map(\.id)) },
                                staticFiles: Set(site.staticFiles), skippedDrafts: site.skippedDrafts,
                                unreadablePages: site.unreadablePages),
            outlines: outlines, bodies: bodies, markdownOptions: markdownOptions, displayPrefix: prefix,
            directives: DirectiveRenderer(data: data))

        let inputs = InputKeys(site: site, plan: plan, outlines: outlines, theme: theme, data: data, settings: settings)
        let keys = plan.entries.map { inputs.pageKey($0) }
        let toRender = plan.entries.indices.filter { i in
            previous?.outputs[plan.entries[i].page.outputPath] != keys[i] || keys[i].isEmpty
        }
        let rendering = ProgressMeter("Rendering", total: toRender.count, "pages", report: options.progress)
        let rendered = parallelMap(toRender, jobs: options.jobs) { index in
            defer { rendering.step() }
            return renderer.render(entry: index)
        }
        let renderedByIndex = Dictionary(uniqueKeysWithValues: zip(toRender, rendered))
        clock.mark("render")

        var files = OutputSet(outputFolder: options.output.path, contentFolder: prefix)
        var charts = 0
        for (index, entry) in plan.entries.enumerated() {
            let path = entry.page.outputPath
            manifest.outputs[path] = keys[index]
            guard let result = renderedByIndex[index] else {
                let carried = previous?.charts[path] ?? 0
                manifest.charts[path] = carried
                charts += carried
                files.add(OutputFile(path: path, contents: .previous), from: origin(of: entry, in: site), errors: &errors)
                continue
            }
            errors += result.diagnostics
            charts += result.charts
            manifest.charts[path] = result.charts
            if let html = result.html { files.add(.text(path, html), from: origin(of: entry, in: site), errors: &errors) }
        }
        // Pages made of site-wide facts only: carried over while those stay the same.
        var generated: [(path: String, source: String, render: () -> String?)] = plan.tags.map { tag in
            (tag.route + "index.html", "the page of tag '\(tag.name)'", { renderer.renderTag(tag) })
        }
        generated.append(("tags/index.html", "the tag index", renderer.renderTagIndex))
        generated.append(("404.html", "the 404 page", renderer.renderNotFound))
        let generatedKeys = generated.map { inputs.generatedKey($0.path) }
        let stale = generated.indices.filter { previous?.outputs[generated[$0].path] != generatedKeys[$0] }
        let fresh = Dictionary(uniqueKeysWithValues: zip(stale, parallelMap(stale, jobs: options.jobs) { generated[$0].render() }))
        for (index, page) in generated.enumerated() {
            // A theme without the layout makes no file, and nothing to carry over.
            let contents: OutputFile.Contents
            switch fresh[index] {
            case let .some(.some(html)): contents = .bytes(Data(html.utf8))
            case .some(.none): continue
            case .none: contents = .previous
            }
            manifest.outputs[page.path] = generatedKeys[index]
            files.add(OutputFile(path: page.path, contents: contents), from: .generated(page.source), errors: &errors)
        }
        if let base = site.config.normalizedBaseURL {
            files.add(.text("sitemap.xml", Feeds.sitemap(plan: plan, base: base)), from: .generated("the sitemap"), errors: &errors)
            let feed = Feeds.atom(plan: plan, config: site.config, base: base) { $0.page.frontMatter.summary }
            files.add(.text("feed.xml", feed), from: .generated("the feed"), errors: &errors)
        }
        for asset in theme.assets {
            let path = "theme/" + asset.path
            var print = Fingerprint()
            print.add(bytes: asset.contents)
            let key = "asset " + print.hex
            manifest.outputs[path] = key
            let contents: OutputFile.Contents = previous?.outputs[path] == key ? .previous : .bytes(asset.contents)
            let source = theme.origin + "/assets/" + asset.path
            files.add(OutputFile(path: path, contents: contents), from: theme.isBuiltIn ? .generated(source) : .source(source),
                      errors: &errors)
        }
        let content = options.content
        for path in site.staticFiles {
            let source = content.appendingPathComponent(path)
            var key = data.hashes[path].map { "data " + $0 } ?? ""
            if key.isEmpty, let stat = FileStat.hash(of: source.path, previous: previous?.files[path],
                                                     previousBuildStart: previous?.started ?? 0) {
                manifest.files[path] = stat
                key = "file " + stat.hash
            }
            manifest.outputs[path] = key
            let contents: OutputFile.Contents = !key.isEmpty && previous?.outputs[path] == key ? .previous : .copy(source)
            files.add(OutputFile(path: path, contents: contents), from: .source(prefix + "/" + path), errors: &errors)
        }

        let problems = errors.filter { $0.severity == .error }
        guard problems.isEmpty else { throw BuildFailure(errors) }
        // Every file is listed, so the next build knows the output without reading it.
        for file in files.files where manifest.outputs[file.path] == nil { manifest.outputs[file.path] = "" }
        manifest.sealBuildID()
        clock.mark("lists")
        var summary = BuildSummary()
        summary.phases = clock.phases
        summary.pages = plan.entries.count
        summary.rendered = toRender.count
        summary.dataFiles = data.files.count
        summary.charts = charts
        summary.warnings = errors.sorted()
        return Assembled(files: files.files, summary: summary, manifest: manifest)
    }

    /// The file a page's output comes from, as messages name it.
    static func origin(of entry: SitePlan.Entry, in site: Site) -> OutputSet.Origin {
        if entry.isGenerated { return .generated("the generated page of folder '\(entry.page.folder)'") }
        return .source(site.sourceFile(entry.page.sourcePath).displayPath)
    }

    /// Options that change every output: a change of any means a full rebuild.
    /// Where the content folder lies is not one of them: the same content
    /// built in two folders gives the same tree, its marker included.
    static func settingsFingerprint(_ options: BuildOptions) -> String {
        Fingerprint.of(TouchpointVersion.string, options.baseURL ?? "-", options.theme ?? "-",
                       options.includeDrafts ? "drafts" : "-")
    }

    /// Problems with the folders named on the command line are usage errors:
    /// the fix is another argument, not an edit to the content.
    static func checkFolders(_ options: BuildOptions) throws(BuildFailure) {
        let content = options.content.resolvingSymlinksInPath().path
        let output = options.output.resolvingSymlinksInPath().path
        func usage(_ folder: URL, _ message: String) -> BuildFailure {
            BuildFailure([.about(options.display(folder), message)], isUsageError: true)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw usage(options.content, "no content folder here; expected a folder with site.yml and index.md (create one with 'touchpoint new')")
        }
        if output == content || content.hasPrefix(output + "/") || output.hasPrefix(content + "/") || output == "/" {
            throw usage(options.output, "the output folder may not be, contain or lie inside the content folder "
                        + "(\(options.display(options.content))); every build replaces it")
        }
        if let problem = SiteWriter(output: options.output).checkReplaceable() {
            throw usage(options.output, problem)
        }
        if let theme = options.theme, let problem = themeProblem(theme, options: options) {
            throw usage(options.siteFolder.appendingPathComponent("Themes"), "--theme: " + problem)
        }
    }

    static func loadTheme(_ options: BuildOptions, config: SiteConfig, configFile: SourceFile,
                          errors: inout [Diagnostic]) -> Theme? {
        let name = options.theme ?? config.theme ?? "default"
        let folder = options.siteFolder.appendingPathComponent("Themes").appendingPathComponent(name)
        if let problem = themeProblem(name, options: options) {
            // An option's problem is a usage error, found before the build; this one is in site.yml.
            errors.append(configFile.error("theme: " + problem, line: config.themePosition.line, column: config.themePosition.column))
            return nil
        }
        let exists = isFolder(folder)
        switch Theme.load(name: name, folder: exists ? folder : nil,
                          displayPath: exists ? options.display(folder) : Theme.builtInOrigin) {
        case let .success(theme): return theme
        case let .failure(failure):
            errors += failure.diagnostics
            return nil
        }
    }

    /// Why no theme of that name can be used, if none can.
    static func themeProblem(_ name: String, options: BuildOptions) -> String? {
        let themes = options.siteFolder.appendingPathComponent("Themes")
        let folder = themes.appendingPathComponent(name)
        guard name.range(of: #"^[A-Za-z0-9_.-]+$"#, options: .regularExpression) != nil, name != "..", name != "." else {
            return "theme name '\(name)' must be a plain folder name in \(options.display(themes))"
        }
        guard !isFolder(folder) && name != "default" else { return nil }
        let available = ((try? FileManager.default.contentsOfDirectory(atPath: themes.path)) ?? []).filter { !$0.hasPrefix(".") }
        return "unknown theme '\(name)': no folder \(options.display(folder))"
            + (available.isEmpty ? "; the built-in theme is 'default'" : Suggestion.didYouMean(name, in: available + ["default"]))
    }

    static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// Where a build's time goes, for `TOUCHPOINT_TIMINGS=1` and the benchmark.
struct PhaseClock {
    private var last = Date()
    private(set) var phases: [BuildSummary.Phase] = []

    mutating func mark(_ name: String) {
        let now = Date()
        phases.append(.init(name: name, seconds: now.timeIntervalSince(last)))
        last = now
    }
}
