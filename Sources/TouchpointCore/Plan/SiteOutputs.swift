import Foundation

/// Every file of the new site, in a fixed order: pages, tag pages, the tag
/// index and 404 page, the changes page and the history of refreshes, the report edition, the search page and its index, sitemap and feed,
/// theme assets, copied files. Two
/// files at one path, or a path the file system cannot hold, are errors at
/// the source that asked for them.
enum SiteOutputs {
    static func list(site: Site, plan: SitePlan, outlines: [String: PageOutline], theme: Theme, data: DataStore,
                     changes: SiteChanges, keys: InputKeys,
                     fileStat: (String, URL) -> FileStat?, outputFolder: URL, contentPrefix: String)
        -> Staged<(outputs: [PlannedOutput], stats: [String: FileStat])> {
        var files = OutputSet(outputFolder: outputFolder.path, contentFolder: contentPrefix)
        var stats: [String: FileStat] = [:]

        // Each made once: the report edition's key is made of them all.
        let pageKeys = plan.entries.map(keys.pageKey)
        for (index, entry) in plan.entries.enumerated() {
            files.add(PlannedOutput(path: entry.page.outputPath, maker: .page(index), key: pageKeys[index]),
                      from: origin(of: entry, in: site))
        }
        // Made of site-wide facts only: carried over while those stay the same.
        for (index, tag) in plan.tags.enumerated() {
            let path = tag.route + "index.html"
            files.add(PlannedOutput(path: path, maker: .tag(index), key: keys.generatedKey(path)),
                      from: .generated("the page of tag '\(tag.name)'"))
        }
        files.add(PlannedOutput(path: "tags/index.html", maker: .tagIndex, key: keys.generatedKey("tags/index.html")),
                  from: .generated("the tag index"))
        files.add(PlannedOutput(path: "404.html", maker: .notFound, key: keys.generatedKey("404.html")),
                  from: .generated("the 404 page"))
        files.add(PlannedOutput(path: "search/index.html", maker: .search, key: keys.generatedKey("search/index.html")),
                  from: .generated("the search page"))
        files.add(PlannedOutput(path: ChangesPage.path, maker: .changes, key: keys.changesKey),
                  from: .generated("the changes page"))
        // Published beside the data, so the next build, wherever it runs, compares with this one.
        let history = changes.history.json
        files.add(PlannedOutput(path: RefreshHistory.path, maker: .text(history), key: "refreshes " + Fingerprint.of(history)),
                  from: .generated("the history of refreshes"))
        // Made of every page: it changes when any of them does.
        let dataAsOf = data.files.values.compactMap(\.provenance.asOf).max()
        var edition = Fingerprint()
        edition.add(keys.generatedKey(ReportEdition.path))
        edition.add(dataAsOf ?? "-")
        for key in pageKeys { edition.add(key) }
        files.add(PlannedOutput(path: ReportEdition.path, maker: .edition(dataAsOf: dataAsOf), key: edition.hex),
                  from: .generated("the report edition"))
        // Made of every page's outline, which its source decides: built only
        // when some page's text or a site-wide fact changed, not to learn its key.
        var search = Fingerprint()
        search.add(keys.generatedKey(SearchIndex.path))
        for entry in plan.entries { search.add(entry.page.sourceHash) }
        files.add(PlannedOutput(path: SearchIndex.path, maker: .searchIndex, key: search.hex),
                  from: .generated("the search index"))
        if let base = site.config.normalizedBaseURL {
            files.add(PlannedOutput(path: "sitemap.xml", maker: .text(Feeds.sitemap(plan: plan, base: base)), key: ""),
                      from: .generated("the sitemap"))
            let feed = Feeds.atom(plan: plan, config: site.config, base: base, refreshes: changes) { $0.page.frontMatter.summary }
            files.add(PlannedOutput(path: "feed.xml", maker: .text(feed), key: ""), from: .generated("the feed"))
        }
        for asset in theme.assets {
            var print = Fingerprint()
            print.add(bytes: asset.contents)
            let source = theme.origin + "/assets/" + asset.path
            files.add(PlannedOutput(path: "theme/" + asset.path, maker: .bytes(asset.contents), key: "asset " + print.hex),
                      from: theme.isBuiltIn ? .generated(source) : .source(source))
        }
        for path in site.staticFiles {
            let source = site.contentFolder.appendingPathComponent(path)
            var key = data.hashes[path].map { "data " + $0 } ?? ""
            if key.isEmpty, let stat = fileStat(path, source) {
                stats[path] = stat
                key = "file " + stat.hash
            }
            files.add(PlannedOutput(path: path, maker: .copy(source), key: key),
                      from: .source(contentPrefix + "/" + path))
        }
        return files.files.map { ($0, stats) }
    }

    /// The file a page's output comes from, as messages name it.
    static func origin(of entry: SitePlan.Entry, in site: Site) -> OutputSet.Origin {
        if entry.isGenerated { return .generated("the generated page of folder '\(entry.page.folder)'") }
        return .source(site.sourceFile(entry.page.sourcePath).displayPath)
    }
}
