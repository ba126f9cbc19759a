import Foundation

/// Step 1 of a build: walk the content folder into a `Site`, collecting every error.
enum ContentLoader {
    /// `cached`: front matter parsed by the previous build, by source path; reused when its YAML is the same.
    static func load(contentFolder: URL, displayPrefix: String, includeDrafts: Bool, jobs: Int = 1,
                     cached: [String: BuildManifest.CachedFrontMatter] = [:]) -> Staged<Site> {
        var site = Staged(Site(config: SiteConfig(), pages: [], staticFiles: [], skippedDrafts: [],
                               contentFolder: contentFolder, displayPrefix: displayPrefix))
        let files = site.take(ContentWalker.files(in: contentFolder, displayPrefix: displayPrefix))

        let base = contentFolder.path
        var pagePaths: [String] = []
        for path in files {
            let file = site.value.sourceFile(path)
            if path == "site.yml" || path == "site.yaml" {
                guard let text = site.take(readText(base + "/" + path, file: file)) else { continue }
                site.value.config = site.take(SiteConfigParser.parse(text, file: file))
                site.value.configHash = Fingerprint.of(text)
            } else if path.hasSuffix(".md") && !path.hasPrefix("assets/") && !path.hasPrefix("data/") {
                pagePaths.append(path)
            } else {
                site.value.staticFiles.append(path)
            }
        }
        // Reading and front matter are per file, so they run in parallel; results keep file order.
        let folder = site.value
        let loaded = parallelMap(pagePaths, jobs: jobs) { path -> Staged<Page?> in
            let file = folder.sourceFile(path)
            var page = Staged<Page?>(nil)
            guard let text = page.take(readText(base + "/" + path, file: file)) else { return page }
            page.value = page.take(loadPage(path, text: text, file: file, cached: cached[path]))
            return page
        }
        for (path, staged) in zip(pagePaths, loaded) {
            guard let page = site.take(staged) else {
                site.value.unreadablePages.insert(path)
                continue
            }
            if page.frontMatter.draft && !includeDrafts {
                site.value.skippedDrafts.insert(path)
            } else {
                site.value.pages.append(page)
            }
        }
        return site
    }

    static func loadPage(_ path: String, text: String, file: SourceFile,
                         cached: BuildManifest.CachedFrontMatter? = nil) -> Staged<Page?> {
        var page = Staged<Page?>(nil)
        guard let split = page.take(FrontMatterSplit.split(text, file: file)) else { return page }
        // The YAML's hash covers its first line too: positions in the parse depend on it.
        let yamlHash = Fingerprint.of(split.yaml ?? "", String(split.yamlFirstLine))
        let frontMatter: FrontMatter
        var reusable = false
        if let cached, cached.yamlHash == yamlHash {
            frontMatter = cached.frontMatter
            reusable = true
        } else {
            let parsed = FrontMatterParser.parse(split.yaml, firstLine: split.yamlFirstLine, file: file)
            frontMatter = page.take(parsed)
            reusable = parsed.diagnostics.isEmpty && frontMatter.params.isEmpty && frontMatter.generate == nil
        }
        let (kind, route, folder) = PageRoutes.route(for: path)
        var made = Page(sourcePath: path, kind: kind, route: route, folder: folder, frontMatter: frontMatter,
                        body: split.body, bodyFirstLine: split.bodyFirstLine)
        made.sourceHash = Fingerprint.of(text)
        if reusable { made.reusableFrontMatterHash = yamlHash }
        page.value = made
        return page
    }

    static func readText(_ path: String, file: SourceFile) -> Staged<String?> {
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(file.error("cannot read the file")) }
        return SourceText.decode(data, file: file)
    }
}

/// Where a source file's page goes.
enum PageRoutes {
    /// `index.md` → home; `a/index.md` → section `a/`; `a/b.md` → `a/b/`.
    static func route(for path: String) -> (PageKind, route: String, folder: String) {
        let withoutExtension = String(path.dropLast(3))
        var parts = withoutExtension.split(separator: "/").map(String.init)
        if parts == ["index"] { return (.home, "", "") }
        if parts.last == "index" {
            parts.removeLast()
            let folder = parts.joined(separator: "/")
            return (.section, folder + "/", folder)
        }
        let folder = parts.dropLast().joined(separator: "/")
        return (.page, withoutExtension + "/", folder)
    }
}
