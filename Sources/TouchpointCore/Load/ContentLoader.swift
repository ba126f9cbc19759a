import Foundation

/// Step 1 of a build: walk the content folder into a `Site`, collecting every error.
enum ContentLoader {
    /// `cached`: front matter parsed by the previous build, by source path; reused when its YAML is the same.
    static func load(contentFolder: URL, displayPrefix: String, includeDrafts: Bool, jobs: Int = 1,
                     cached: [String: BuildManifest.CachedFrontMatter] = [:]) -> (Site, [Diagnostic]) {
        var errors: [Diagnostic] = []
        var site = Site(config: SiteConfig(), pages: [], staticFiles: [], skippedDrafts: [],
                        contentFolder: contentFolder, displayPrefix: displayPrefix)
        let files = ContentWalker.files(in: contentFolder, displayPrefix: displayPrefix, errors: &errors)

        let base = contentFolder.path
        var pagePaths: [String] = []
        for path in files {
            let file = site.sourceFile(path)
            if path == "site.yml" || path == "site.yaml" {
                guard let text = readText(base + "/" + path, file: file, errors: &errors) else { continue }
                let (config, configErrors) = SiteConfigParser.parse(text, file: file)
                site.config = config
                site.configHash = Fingerprint.of(text)
                errors += configErrors
            } else if path.hasSuffix(".md") && !path.hasPrefix("assets/") && !path.hasPrefix("data/") {
                pagePaths.append(path)
            } else {
                site.staticFiles.append(path)
            }
        }
        // Reading and front matter are per file, so they run in parallel; results keep file order.
        let loaded = parallelMap(pagePaths, jobs: jobs) { path -> (Page?, [Diagnostic]) in
            var pageErrors: [Diagnostic] = []
            let file = site.sourceFile(path)
            guard let text = readText(base + "/" + path, file: file, errors: &pageErrors) else {
                return (nil, pageErrors)
            }
            return (loadPage(path, text: text, file: file, cached: cached[path], errors: &pageErrors), pageErrors)
        }
        for (path, (page, pageErrors)) in zip(pagePaths, loaded) {
            errors += pageErrors
            guard let page else {
                site.unreadablePages.insert(path)
                continue
            }
            if page.frontMatter.draft && !includeDrafts {
                site.skippedDrafts.insert(path)
            } else {
                site.pages.append(page)
            }
        }
        return (site, errors)
    }

    static func loadPage(_ path: String, text: String, file: SourceFile, cached: BuildManifest.CachedFrontMatter? = nil,
                         errors: inout [Diagnostic]) -> Page? {
        let split: FrontMatterSplit
        switch FrontMatterSplit.split(text, file: file) {
        case let .success(s): split = s
        case let .failure(e): errors.append(e); return nil
        }
        // The YAML's hash covers its first line too: positions in the parse depend on it.
        let yamlHash = Fingerprint.of(split.yaml ?? "", String(split.yamlFirstLine))
        let frontMatter: FrontMatter
        var reusable = false
        if let cached, cached.yamlHash == yamlHash {
            frontMatter = cached.frontMatter
            reusable = true
        } else {
            let (parsed, fmErrors) = FrontMatterParser.parse(split.yaml, firstLine: split.yamlFirstLine, file: file)
            errors += fmErrors
            frontMatter = parsed
            reusable = fmErrors.isEmpty && parsed.params.isEmpty
        }
        let (kind, route, folder) = PageRoutes.route(for: path)
        var page = Page(sourcePath: path, kind: kind, route: route, folder: folder, frontMatter: frontMatter,
                        body: split.body, bodyFirstLine: split.bodyFirstLine)
        page.sourceHash = Fingerprint.of(text)
        if reusable { page.reusableFrontMatterHash = yamlHash }
        return page
    }

    static func readText(_ path: String, file: SourceFile, errors: inout [Diagnostic]) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            errors.append(file.error("cannot read the file"))
            return nil
        }
        return errors.take(SourceText.decode(data, file: file))
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
