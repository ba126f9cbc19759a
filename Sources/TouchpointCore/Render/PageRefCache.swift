import Foundation
import TouchpointTemplates

/// A page as lists show it (title, URL, summary, date, tags), made once per
/// folder depth and shared by every section page, tag page and home card that
/// lists it. Links are relative, so the same page listed from two pages at
/// one depth has the same values. At 10,000 pages tag and section pages list
/// 30,000 items; building each anew was a tenth of rendering.
final class PageRefCache: @unchecked Sendable {
    private let lock = NSLock()
    private var refs: [Int: TemplateObject] = [:]

    func ref(_ index: Int, depth: Int, make: () -> TemplateObject) -> TemplateObject {
        let key = index &* 64 &+ min(depth, 63)
        if let known = lock.withLock({ refs[key] }) { return known }
        let made = make()
        lock.withLock { refs[key] = made }
        return made
    }
}
