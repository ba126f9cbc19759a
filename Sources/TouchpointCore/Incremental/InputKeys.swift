import Foundation

/// The fingerprint of everything an output file is made from. Equal keys
/// mean equal bytes, which is what lets a rebuild carry a page over.
struct InputKeys {
    let pageInputs: String
    let dataHashes: [String: String]
    let outlines: [String: PageOutline]
    let changes: SiteChanges

    init(site: Site, plan: SitePlan, outlines: [String: PageOutline], theme: Theme, data: DataStore, changes: SiteChanges,
         settings: String) {
        var f = Fingerprint()
        f.add(settings)
        f.add(theme.fingerprint)
        f.add(site.configHash)
        // Site-wide facts any page may show: menu, lists, tags, previous/next,
        // and the routes and anchors its links resolve against.
        for entry in plan.entries {
            let fm = entry.page.frontMatter
            f.add(entry.page.sourcePath)
            f.add(entry.page.route)
            f.add(entry.page.kind.rawValue)
            f.add(entry.title)
            f.add(fm.summary ?? "\u{0}")
            f.add(fm.date?.iso ?? "\u{0}")
            f.add(fm.tags.joined(separator: "\u{1F}"))
            f.add(fm.weight.map(String.init) ?? "\u{0}")
            f.add(entry.isGenerated ? "generated" : "written")
            f.add((outlines[entry.page.sourcePath]?.headings ?? []).map(\.id).joined(separator: "\u{1F}"))
        }
        for item in plan.menu { f.add(item.title); f.add(item.entry) }
        f.add(site.staticFiles.joined(separator: "\u{1F}"))
        f.add(site.skippedDrafts.sorted().joined(separator: "\u{1F}"))
        pageInputs = f.hex
        dataHashes = data.hashes
        self.outlines = outlines
        self.changes = changes
    }

    func pageKey(_ entry: SitePlan.Entry) -> String {
        var f = Fingerprint()
        f.add(pageInputs)
        f.add(entry.page.sourceHash)
        for ref in (outlines[entry.page.sourcePath]?.dataRefs ?? []).sorted() {
            f.add(ref)
            if let segment = entry.page.segment, segment.data == "data/" + ref {
                // A page per segment shows its rows only, without the file's notes of change.
                f.add(segment.rowsKey)
                continue
            }
            f.add(dataHashes["data/" + ref] ?? "missing")
            // The refresh's note beside its charts: a new baseline redraws only the pages of changed files.
            f.add(changes.noteKey(for: "data/" + ref))
        }
        // The home page says what the last refresh changed.
        if entry.page.kind == .home { f.add(changes.pageKey) }
        return f.hex
    }

    /// The changes page: site-wide facts and the refresh.
    var changesKey: String {
        var f = Fingerprint()
        f.add(generatedKey(ChangesPage.path))
        f.add(changes.pageKey)
        return f.hex
    }

    /// Tag pages, the tag index and the 404 page show site-wide facts only.
    func generatedKey(_ path: String) -> String {
        var f = Fingerprint()
        f.add(pageInputs)
        f.add("generated " + path)
        return f.hex
    }
}
