import Foundation
import TouchpointTemplates

/// What every page shows the same way: the menu, the footer, the list of all
/// tags. They differ only by the page's depth (links are relative) and by
/// which menu entry is active, so each variant is made once per build and
/// shared by every page that needs it. With a hundred sections, rendering the
/// menu for every page cost half of a clean build.
final class SiteWideParts: Sendable {
    /// The values site-wide partials and layouts see, and those partials rendered.
    struct Variant: Sendable {
        var menu: TemplateValue
        var tags: TemplateValue
        var partials: [String: String]
    }

    private let variants = SharedCache<String, Variant>()

    /// The variant for links made by `linker` with the menu entries in `active` marked.
    func variant(root: String, active: [Int], make: () -> Variant) -> Variant {
        variants.value(root + "\u{1F}" + active.map(String.init).joined(separator: ","), make: make)
    }
}
