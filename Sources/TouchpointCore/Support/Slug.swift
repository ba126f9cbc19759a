import Foundation
import TouchpointMarkdown

/// URL slugs for tags: the same rule as heading anchors.
enum Slug {
    static func make(_ text: String) -> String { HeadingSlug.slug(text.trimmingCharacters(in: .whitespaces)) }
}
