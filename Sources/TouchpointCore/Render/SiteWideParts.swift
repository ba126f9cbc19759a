import Foundation
import TouchpointTemplates

/// What every page shows the same way: the menu, the footer, the list of all
/// tags. They differ only by the page's depth (links are relative) and by
/// which menu entry is active, so each variant is made once per build and
/// shared by every page that needs it. With a hundred sections, rendering the
/// menu for every page cost half of a clean build.
final class SiteWideParts: @unchecked Sendable {
    /// The values site-wide partials and layouts see, and those partials rendered.
    struct Variant: Sendable {
        var menu: TemplateValue
        var tags: TemplateValue
        var partials: [String: String]
    }

    private let lock = NSLock()
    private var variants: [String: Variant] = [:]

    /// The variant for links made by `linker` with the menu entries in `active` marked.
    func variant(root: String, active: [Int], make: () -> Variant) -> Variant {
        let key = root + "\u{1F}" + active.map(String.init).joined(separator: ",")
        if let known = lock.withLock({ variants[key] }) { return known }
        // Made outside the lock: two pages may both make it, and either copy is right.
        let made = make()
        lock.withLock { variants[key] = made }
        return made
    }
}
