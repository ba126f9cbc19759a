import Foundation
import TouchpointTemplates

/// A page as lists show it (title, URL, summary, date, tags), made once per
/// folder depth and shared by every section page, tag page and home card that
/// lists it. Links are relative, so the same page listed from two pages at
/// one depth has the same values. At 10,000 pages tag and section pages list
/// 30,000 items; building each anew was a tenth of rendering.
final class PageRefCache: Sendable {
    private let refs = SharedCache<Int, TemplateObject>()

    func ref(_ index: Int, depth: Int, make: () -> TemplateObject) -> TemplateObject {
        refs.value(index &* 64 &+ min(depth, 63), make: make)
    }
}
