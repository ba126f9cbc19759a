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
        var (site, errors) = ContentLoader.load(contentFolder: options.content, displayPrefix: options.display(options.content),
                                                includeDrafts: options.includeDrafts, jobs: options.jobs, cached: cached)
        if let baseURL = options.baseURL { site.config.baseURL = baseURL }
        let theme = ThemeLocator.load(options, config: site.config, configFile: site.sourceFile("site.yml"), errors: &errors)
        return Staged(value: Loaded(site: site, theme: theme), diagnostics: errors)
    }
}
