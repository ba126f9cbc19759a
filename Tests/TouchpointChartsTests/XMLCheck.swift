/// A small well-formedness checker for the SVG the engine writes: balanced tags, quoted
/// attributes, known entities only. Returns the elements with their attributes for further checks.
struct XMLElement { var name: String; var attributes: [(String, String)] }

enum XMLCheck {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func parse(_ text: String) throws -> [XMLElement] {
        let chars = Array(text.unicodeScalars)
        var i = 0
        var stack: [String] = []
        var elements: [XMLElement] = []
        func fail(_ m: String) -> Failure { Failure(description: "\(m) at \(i)") }
        func checkEntities(_ s: String) throws {
            var rest = Substring(s)
            while let amp = rest.firstIndex(of: "&") {
                let after = rest[amp...]
                guard let semi = after.firstIndex(of: ";") else { throw fail("bare &") }
                let name = after[after.index(after: amp)..<semi]
                guard ["amp", "lt", "gt", "quot", "#39", "apos"].contains(String(name)) else { throw fail("unknown entity \(name)") }
                rest = after[after.index(after: semi)...]
            }
        }
        var rootSeen = false
        while i < chars.count {
            if chars[i] != "<" {
                var text = ""
                while i < chars.count && chars[i] != "<" { if chars[i] == ">" { throw fail("bare >") }; text.unicodeScalars.append(chars[i]); i += 1 }
                if stack.isEmpty && !text.allSatisfy({ $0 == " " || $0 == "\n" }) { throw fail("text outside root") }
                try checkEntities(text)
                continue
            }
            i += 1
            guard i < chars.count else { throw fail("eof in tag") }
            if chars[i] == "/" {
                i += 1
                var name = ""
                while i < chars.count && chars[i] != ">" { name.unicodeScalars.append(chars[i]); i += 1 }
                i += 1
                guard stack.popLast() == name else { throw fail("mismatched </\(name)>") }
                continue
            }
            var name = ""
            while i < chars.count && (chars[i].properties.isAlphabetic || chars[i] == "-" || chars[i] == ":" || (chars[i].value >= 48 && chars[i].value <= 57)) {
                name.unicodeScalars.append(chars[i]); i += 1
            }
            guard !name.isEmpty else { throw fail("empty tag name") }
            if stack.isEmpty { if rootSeen { throw fail("second root") }; rootSeen = true }
            var attrs: [(String, String)] = []
            var selfClosing = false
            while true {
                while i < chars.count && (chars[i] == " " || chars[i] == "\n") { i += 1 }
                guard i < chars.count else { throw fail("eof in <\(name)>") }
                if chars[i] == ">" { i += 1; break }
                if chars[i] == "/" {
                    guard i + 1 < chars.count, chars[i + 1] == ">" else { throw fail("bad /") }
                    i += 2; selfClosing = true; break
                }
                var key = ""
                while i < chars.count && chars[i] != "=" && chars[i] != " " && chars[i] != ">" { key.unicodeScalars.append(chars[i]); i += 1 }
                guard i + 1 < chars.count, chars[i] == "=", chars[i + 1] == "\"" else { throw fail("unquoted attribute \(key) in <\(name)>") }
                i += 2
                var value = ""
                while i < chars.count && chars[i] != "\"" {
                    if chars[i] == "<" { throw fail("< in attribute") }
                    value.unicodeScalars.append(chars[i]); i += 1
                }
                i += 1
                try checkEntities(value)
                if attrs.contains(where: { $0.0 == key }) { throw fail("duplicate attribute \(key)") }
                attrs.append((key, value))
            }
            elements.append(XMLElement(name: name, attributes: attrs))
            if !selfClosing { stack.append(name) }
        }
        guard stack.isEmpty, rootSeen else { throw Failure(description: "unclosed: \(stack)") }
        return elements
    }
}
