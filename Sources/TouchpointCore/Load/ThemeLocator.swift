import TouchpointCharts
import Foundation

/// Finds the theme a build uses: `--theme`, else `site.yml`'s `theme`, else
/// the built-in default; a folder in `Themes/` of that name wins over it.
enum ThemeLocator {
    static func load(_ options: BuildOptions, config: SiteConfig, configFile: SourceFile) -> Staged<Theme?> {
        let name = options.theme ?? config.theme ?? "default"
        let folder = options.siteFolder.appendingPathComponent("Themes").appendingPathComponent(name)
        if let problem = problem(name, options: options) {
            // An option's problem is a usage error, found before the build; this one is in site.yml.
            return .failure(configFile.error("theme: " + problem, line: config.themePosition.line,
                                             column: config.themePosition.column))
        }
        let exists = isFolder(folder)
        return Theme.load(name: name, folder: exists ? folder : nil,
                          displayPath: exists ? options.display(folder) : Theme.builtInOrigin)
    }

    /// Why no theme of that name can be used, if none can.
    static func problem(_ name: String, options: BuildOptions) -> String? {
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
