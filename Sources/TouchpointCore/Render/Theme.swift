import Foundation
import TouchpointTemplates

/// A theme's templates, compiled, and its static files.
public struct Theme: Sendable {
    public var name: String
    /// Where the theme came from, for messages: `Themes/default` or `built-in default theme`.
    public var origin: String
    var library: TemplateLibrary
    var layouts: Set<String>
    /// Files below `assets/`, written to `Output/theme/`.
    var assets: [(path: String, contents: Data)]
    /// Fingerprint of every file of the theme: any change re-renders every page.
    var fingerprint = ""

    /// How messages name the theme compiled into the binary.
    static let builtInOrigin = "built-in theme 'default'"
    var isBuiltIn: Bool { origin == Self.builtInOrigin }

    static let requiredLayouts = ["home", "section", "page", "tag", "tags", "404", "search", "print", "changes"]

    /// Partials rendered once per build and variant (see `SiteWideParts`)
    /// rather than once per page. They see only site-wide values: `site`,
    /// `root`, `menu`, `tags`, `feedURL`, `generator`.
    static let siteWidePartials = ["partials/menu", "partials/footer"]
    /// The name each site-wide partial's own template is kept under; its
    /// usual name then reads the rendered HTML from the page's values.
    static func renderedName(of partial: String) -> String { "touchpoint-site-wide/" + partial }
    static let renderedKey = "touchpointSiteWide"

    /// Loads `folder` over the built-in default theme, else the default alone.
    /// As in Hugo's lookup order, a theme holds only what it changes: every
    /// template, partial and asset it does not have comes from the default.
    static func load(name: String, folder: URL?, displayPath: String) -> Staged<Theme?> {
        var files: [String: Data] = [:]
        for (path, base64) in EmbeddedFiles.defaultTheme {
            files[path] = Data(base64Encoded: base64)
        }
        var own = Set<String>()
        if let folder {
            let walked = ContentWalker.files(in: folder, displayPrefix: displayPath)
            if !walked.diagnostics.isEmpty { return .failure(walked) }
            for path in walked.value {
                files[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
                own.insert(path)
            }
        }
        return compile(name: name, origin: displayPath, files: files, own: folder == nil ? nil : own)
    }

    /// `own` lists the files the theme folder holds, so a message about a
    /// default file names the built-in theme; nil when all are the theme's own.
    static func compile(name: String, origin: String, files: [String: Data], own: Set<String>? = nil) -> Staged<Theme?> {
        var compiled = Staged<Theme?>(nil)
        var library = TemplateLibrary()
        var layouts = Set<String>()
        var assets: [(String, Data)] = []
        for path in files.keys.sorted() {
            guard let data = files[path] else { continue }
            let shown = (own.map { $0.contains(path) } ?? true ? origin : builtInOrigin) + "/" + path
            if path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
                let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
                guard let text = compiled.take(SourceText.decode(data, file: SourceFile(displayPath: shown))) else { continue }
                do {
                    try library.register(source: text, named: name)
                    // Mustache closing tags cannot hold a '/', so parents are named by file name: {{<base}}…{{/base}}.
                    if let slash = name.lastIndex(of: "/") {
                        let short = String(name[name.index(after: slash)...])
                        if files["templates/\(short).mustache"] == nil { library.alias(short, to: name) }
                    }
                    if name.hasPrefix("layouts/") { layouts.insert(String(name.dropFirst("layouts/".count))) }
                } catch {
                    for problem in error.errors {
                        compiled.report(Diagnostic(path: shown, line: problem.line, column: problem.column,
                                                 message: "template syntax: \(problem.message)"))
                    }
                }
            } else if path.hasPrefix("assets/") {
                assets.append((String(path.dropFirst("assets/".count)), data))
            }
        }
        for layout in requiredLayouts where !layouts.contains(layout) {
            compiled.report(Diagnostic(path: origin + "/templates/layouts/\(layout).mustache",
                                     message: "the theme has no '\(layout)' layout; every theme needs: " + requiredLayouts.joined(separator: ", ")))
        }
        if !compiled.diagnostics.isEmpty { return compiled }
        registerSiteWidePartials(in: &library, shortNameIsFree: { files["templates/\($0).mustache"] == nil })
        var print = Fingerprint()
        for path in files.keys.sorted() {
            print.add(path)
            print.add(bytes: files[path] ?? Data())
        }
        compiled.value = Theme(name: name, origin: origin, library: library, layouts: layouts, assets: assets,
                               fingerprint: print.hex)
        return compiled
    }

    func render(layout: String, context: TemplateObject) -> String? {
        library.render("layouts/" + layout, context: .object(context))
    }

    /// The theme's site-wide partials, each rendered with `context` alone.
    func renderSiteWidePartials(_ context: TemplateObject) -> [String: String] {
        var rendered: [String: String] = [:]
        for partial in Self.siteWidePartials {
            rendered[partial.replacingOccurrences(of: "partials/", with: "")] =
                library.render(Self.renderedName(of: partial), context: .object(context)) ?? ""
        }
        return rendered
    }

    /// Keeps each site-wide partial under a name of its own and puts, under
    /// its usual names, a template that prints the HTML rendered for the variant.
    private static func registerSiteWidePartials(in library: inout TemplateLibrary, shortNameIsFree: (String) -> Bool) {
        for partial in siteWidePartials {
            let short = partial.replacingOccurrences(of: "partials/", with: "")
            guard library.contains(partial), library.alias(renderedName(of: partial), to: partial),
                  (try? library.register(source: "{{{\(renderedKey).\(short)}}}", named: partial)) != nil else { continue }
            if shortNameIsFree(short) { library.alias(short, to: partial) }
        }
    }
}
