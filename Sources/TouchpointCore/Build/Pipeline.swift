import Foundation
import TouchpointMarkdown

/// One build, as the product reads: load → outline → plan → data → render → write.
/// Each stage is a function of plain values in its own folder of the same
/// name; `BuildReport` collects what each one found, tagged with its name.
public enum Pipeline {
    /// Builds the site and swaps it into the output folder. Unless `clean`,
    /// outputs whose inputs did not change since the last build are carried over.
    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let start = Date()
        let parsesBefore = ParseCounter.shared.parses
        try checkFolders(options)
        let cache = BuildCache(output: options.output)
        var report = BuildReport()
        var reuse = Reuse.none
        if !options.clean {
            let (previous, warning) = cache.load(settings: settingsFingerprint(options))
            reuse = Reuse(previous: previous)
            if let warning { report.add(.load, [warning]) }
        }

        let planned = try prepare(options, reuse: reuse, report: &report)
        if report.hasErrors {
            // Nothing is written; every page is still rendered, so one run reports every problem.
            report.add(.render, renderAll(planned, jobs: options.jobs).flatMap(\.diagnostics))
            throw report.failure
        }
        var summary = planned.summary
        summary.warnings = report.warnings
        var manifest = planned.manifest
        if reuse.isUnchanged(manifest) {
            summary.files.unchanged = planned.outputs.count
            manifest.charts = reuse.previous?.charts ?? [:]
            summary.charts = manifest.charts.values.reduce(0, +)
            if reuse.previous?.files != manifest.files { saveCache(cache, manifest, into: &summary, options) }
        } else {
            // The cache goes first: a build killed after the swap then finds a
            // manifest whose id differs from the output's marker and ignores it.
            cache.remove()
            let writer = SiteWriter(output: options.output, workFolder: cache.folder, jobs: options.jobs)
            let written = WriteStage.run(planned, reuse: reuse, writer: writer, options: options)
            report.add(.render, written.value.diagnostics)
            guard let files = written.value.files, !report.hasErrors else { throw report.failure }
            summary.files = files
            summary.charts = written.value.charts.values.reduce(0, +)
            summary.warnings = report.warnings
            manifest.charts = written.value.charts
            // The new site is live: from here on nothing may fail the build, or its exit status would lie.
            saveCache(cache, manifest, into: &summary, options)
        }
        summary.phases = planned.clock.phases + [.init(name: "render+write", seconds: Date().timeIntervalSince(planned.clock.now))]
        summary.markdownParses = ParseCounter.shared.parses - parsesBefore
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Every validation of a build, every page rendered; writes nothing.
    public static func check(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let start = Date()
        try checkFolders(options)
        var report = BuildReport()
        let planned = try prepare(options, reuse: .none, report: &report)
        let made = renderAll(planned, jobs: options.jobs)
        report.add(.render, made.flatMap(\.diagnostics))
        if report.hasErrors { throw report.failure }
        var summary = planned.summary
        summary.charts = made.reduce(0) { $0 + $1.charts }
        summary.warnings = report.warnings
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    static func renderAll(_ planned: Planned, jobs: Int) -> [RenderStage.Made] {
        // Only what was found is kept, never the pages themselves.
        parallelMap(planned.outputs, jobs: jobs) { var made = planned.render.make($0); made.contents = nil; return made }
    }

    /// The stages up to the list of outputs: everything but rendering and
    /// writing. Stops with every error found once no output can be made.
    struct Planned {
        var outputs: [PlannedOutput]
        var render: RenderStage
        var manifest: BuildManifest
        var summary: BuildSummary
        var clock: PhaseClock
    }

    static func prepare(_ options: BuildOptions, reuse: Reuse, report: inout BuildReport) throws(BuildFailure) -> Planned {
        var clock = PhaseClock()
        let started = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        let settings = settingsFingerprint(options)

        let loaded = report.take(.load, LoadStage.run(options, cached: reuse.frontMatter))
        var site = loaded.site
        let theme = loaded.theme
        clock.mark("load")
        var outlines = report.take(.outline, OutlineStage.run(site, cached: reuse.outlines, options: options))
        clock.mark("outline")
        // The data comes before the plan: a `generate` page's values are its pages.
        let data = report.take(.data, DataStage.run(site, options: options))
        clock.mark("data")
        report.add(.plan, SegmentPages.expand(&site, outlines: &outlines, data: data))
        // A page's prepared body stands in for its text from here on; dropping
        // the text keeps one copy of each page in memory, not two.
        for index in site.pages.indices where outlines.bodies[site.pages[index].sourcePath] != nil {
            site.pages[index].body = ""
        }
        let plan = report.take(.plan, PlanStage.run(site, outlines: outlines.byPage))
        clock.mark("plan")
        let changes = report.take(.changes, ChangesStage.run(site, data: data, options: options))
        clock.mark("changes")
        guard let theme else { throw report.failure }

        let keys = InputKeys(site: site, plan: plan, outlines: outlines.byPage, theme: theme, data: data, changes: changes,
                             settings: settings)
        let listed = report.take(.plan, SiteOutputs.list(
            site: site, plan: plan, outlines: outlines.byPage, theme: theme, data: data, changes: changes, keys: keys,
            fileStat: reuse.fileStat,
            outputFolder: options.output, contentPrefix: options.display(options.content)))
        clock.mark("outputs")

        let pages = PageRenderer(
            plan: plan, theme: theme, config: site.config,
            links: LinkResolver(plan: plan, anchors: outlines.byPage.mapValues { Set($0.headings.map(\.id)) },
                                staticFiles: Set(site.staticFiles), skippedDrafts: site.skippedDrafts,
                                unreadablePages: site.unreadablePages),
            outlines: outlines.byPage, bodies: outlines.bodies,
            markdownOptions: OutlineStage.markdownOptions(site.config),
            displayPrefix: options.display(options.content), changes: changes,
            directives: DirectiveRenderer(data: data, changes: changes, locale: site.config.chartLocale))

        var manifest = BuildManifest(settings: settings)
        manifest.started = started
        for page in site.pages {
            if let outline = outlines.byPage[page.sourcePath] {
                manifest.outlines[page.sourcePath] = .init(sourceHash: page.sourceHash, outline: outline)
            }
            if let hash = page.reusableFrontMatterHash {
                manifest.frontMatter[page.sourcePath] = .init(yamlHash: hash, frontMatter: page.frontMatter)
            }
        }
        for output in listed.outputs { manifest.outputs[output.path] = output.key }
        manifest.files = listed.stats
        manifest.sealBuildID()

        var summary = BuildSummary()
        summary.pages = plan.entries.count
        summary.rendered = listed.outputs.filter { $0.isPage && !reuse.carriesOver($0) }.count
        summary.dataFiles = data.files.count
        summary.changes = ChangesFile.json(changes)
        summary.alerts = changes.alerts.count
        return Planned(outputs: listed.outputs, render: RenderStage(pages: pages, plan: plan), manifest: manifest,
                       summary: summary, clock: clock)
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
        let writer = SiteWriter(output: options.output, workFolder: BuildCache(output: options.output).folder)
        if let problem = writer.checkReplaceable() {
            throw usage(options.output, problem)
        }
        if let problem = Baseline.problem(options) {
            throw BuildFailure([.about("--baseline", problem)], isUsageError: true)
        }
        if let theme = options.theme, let problem = ThemeLocator.problem(theme, options: options) {
            throw usage(options.siteFolder.appendingPathComponent("Themes"), "--theme: " + problem)
        }
    }
}

/// Where a build's time goes, for `TOUCHPOINT_TIMINGS=1` and the benchmark.
struct PhaseClock {
    private(set) var now = Date()
    private(set) var phases: [BuildSummary.Phase] = []

    mutating func mark(_ name: String) {
        let time = Date()
        phases.append(.init(name: name, seconds: time.timeIntervalSince(now)))
        now = time
    }
}
