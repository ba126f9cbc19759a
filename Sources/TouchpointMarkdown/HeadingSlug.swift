/// GitHub-compatible heading anchors, so links written for GitHub keep working.
public enum HeadingSlug {
    /// Lower case, spaces to `-`, everything but letters, digits, `-` and `_` dropped.
    public static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                out.append("-")
            } else if scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic
                        || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Assigns ids in document order; a repeated slug gets `-1`, `-2`, … like GitHub.
    public struct Uniquer {
        private var seen: [String: Int] = [:]
        public init() {}

        public mutating func unique(_ base: String) -> String {
            guard let count = seen[base] else {
                seen[base] = 0
                return base
            }
            var n = count + 1
            while seen["\(base)-\(n)"] != nil { n += 1 }
            seen[base] = n
            let id = "\(base)-\(n)"
            seen[id] = 0
            return id
        }
    }
}
