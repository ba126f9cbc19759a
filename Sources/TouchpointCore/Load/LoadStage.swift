import Foundation

/// Stage 1, load: the content folder read into pages, front matter, static
/// files and `site.yml`, and the theme compiled.
enum LoadStage {
    struct Loaded {
        var site: Site
        /// Nil when the theme cannot be used; the build goes on to find other errors.
        var theme: Theme?
    }

    static func run(_ options: BuildOptions, cached: [String: BuildManifest.CachedFrontMatter]) -> Staged<Loaded> {
        options.progress?("Loading content")
        var loaded = ContentLoader.load(contentFolder: options.content, displayPrefix: options.display(options.content),
                                        includeDrafts: options.includeDrafts, jobs: options.jobs, cached: cached)
            .map { Loaded(site: $0, theme: nil) }
        if let baseURL = options.baseURL { loaded.value.site.config.baseURL = baseURL }
        let site = loaded.value.site
        loaded.value.theme = loaded.take(ThemeLocator.load(options, config: site.config, configFile: site.sourceFile("site.yml")))
        return loaded
    }
}
