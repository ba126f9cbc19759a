import Foundation

/// Stage 6, write: every planned output placed in the staging folder as soon
/// as it is rendered (or linked from the live site when it is carried over),
/// then swapped in. Rendering happens here, file by file, so a build never
/// holds the whole site in memory.
enum WriteStage {
    struct Written {
        /// Nil when some output could not be made: the output folder was not touched.
        var files: SiteWriter.Result?
        /// Render problems; they carry their stage already.
        var diagnostics: [Diagnostic] = []
        /// Charts by page output path, carried-over pages included.
        var charts: [String: Int] = [:]
    }

    static func run(_ planned: Pipeline.Planned, reuse: Reuse, writer: SiteWriter, options: BuildOptions) -> Staged<Written> {
        let outputs = planned.outputs
        let progress = ProgressMeter("Writing", total: outputs.count, "files", report: options.progress)
        let result: (SiteWriter.Result?, [RenderStage.Made])
        // The report edition is made last, of the parts every page left in the store.
        let parts = PrintFragments(output: options.output)
        var pageKeys = [String](repeating: "", count: planned.render.plan.entries.count)
        var edition: Set<Int> = []
        for (index, output) in outputs.enumerated() {
            switch output.maker {
            case let .page(entry) where entry < pageKeys.count: pageKeys[entry] = output.key
            case .edition: edition.insert(index)
            default: break
            }
        }
        do {
            result = try writer.write(paths: outputs.map(\.path), buildID: planned.manifest.buildID,
                                      previousPaths: reuse.previousPaths, progress: progress, last: edition) { index in
                let output = outputs[index]
                if reuse.carriesOver(output) {
                    return (.previous, RenderStage.Made(contents: .previous, charts: reuse.charts(of: output.path)))
                }
                let made: RenderStage.Made
                if case let .edition(dataAsOf) = output.maker {
                    // The tables of every part first; each section is read again as it is written.
                    let tables = parallelMap(pageKeys, jobs: options.jobs) { parts.load($0, section: false) }
                    let keys = pageKeys
                    made = planned.render.edition(tables, section: { parts.load(keys[$0]) }, dataAsOf: dataAsOf,
                                                  output: output)
                    parts.keepOnly(Set(pageKeys))
                } else {
                    made = planned.render.make(output)
                    if let part = made.print, output.isPage { parts.save(part, key: output.key) }
                }
                let tagged = made.diagnostics.map { var d = $0; d.stage = .render; return d }
                // A page with errors is not written, and the stage is not swapped in.
                let usable = tagged.contains { $0.severity == .error } ? nil : made.contents
                return (usable, RenderStage.Made(contents: nil, diagnostics: tagged, charts: made.charts))
            }
        } catch {
            var problem = Diagnostic.about(options.display(options.output), "cannot write the site: \(SystemError.describe(error))")
            problem.stage = .write
            return Staged(value: Written(files: nil, diagnostics: [problem]), diagnostics: [])
        }
        var written = Written(files: result.0)
        for (output, made) in zip(outputs, result.1) {
            written.diagnostics += made.diagnostics
            if output.isPage { written.charts[output.path] = made.charts }
        }
        return Staged(value: written)
    }
}
