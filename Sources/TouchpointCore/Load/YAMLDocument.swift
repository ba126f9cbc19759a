import Foundation
import Yams

/// A YAML value with the position it came from, so every error can point at it.
indirect enum YAMLValue: Sendable {
    case scalar(String, plain: Bool)
    case sequence([Located<YAMLValue>])
    case mapping([(key: Located<String>, value: Located<YAMLValue>)])

    /// Strings, numbers, booleans, arrays and dictionaries for templates.
    var plainValue: Any {
        switch self {
        case let .scalar(text, plain):
            guard plain else { return text }
            if let b = Bool.fromYAML(text) { return b }
            if let i = Int(text) { return i }
            if let d = Double(text), d.isFinite { return d }
            if ["~", "null", "Null", "NULL", ""].contains(text) { return "" }
            return text
        case let .sequence(items): return items.map(\.value.plainValue)
        case let .mapping(pairs):
            var dict: [String: Any] = [:]
            for pair in pairs { dict[pair.key.value] = pair.value.value.plainValue }
            return dict
        }
    }
}

struct Located<Value: Sendable>: Sendable {
    var value: Value
    var line: Int
    var column: Int
}

extension Bool {
    static func fromYAML(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE", "yes", "Yes", "on": return true
        case "false", "False", "FALSE", "no", "No", "off": return false
        default: return nil
        }
    }
}

/// Parses YAML text whose first line is line `firstLine` of `file`.
enum YAMLDocument {
    static func parse(_ text: String, file: SourceFile, firstLine: Int) -> Result<Located<YAMLValue>?, Diagnostic> {
        let node: Node?
        do {
            // Values are typed by our own parsers, so Yams need not resolve
            // tags with its regular expressions; naming the encoding spares
            // a read of the environment per document.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, firstLine: firstLine))
        } catch {
            return .failure(file.error("invalid YAML: \(error)", line: firstLine))
        }
        guard let node else { return .success(nil) }
        return convert(node, file: file, firstLine: firstLine).map { Optional($0) }
    }

    private static func convert(_ node: Node, file: SourceFile, firstLine: Int) -> Result<Located<YAMLValue>, Diagnostic> {
        let line = (node.mark?.line ?? 1) + firstLine - 1
        let column = node.mark?.column ?? 1
        switch node {
        case let .scalar(scalar):
            return .success(Located(value: .scalar(scalar.string, plain: scalar.style == .plain), line: line, column: column))
        case let .sequence(sequence):
            var items: [Located<YAMLValue>] = []
            for child in sequence {
                switch convert(child, file: file, firstLine: firstLine) {
                case let .success(item): items.append(item)
                case let .failure(error): return .failure(error)
                }
            }
            return .success(Located(value: .sequence(items), line: line, column: column))
        case let .mapping(mapping):
            var pairs: [(key: Located<String>, value: Located<YAMLValue>)] = []
            var seen = Set<String>()
            for (keyNode, valueNode) in mapping {
                let keyLine = (keyNode.mark?.line ?? 1) + firstLine - 1
                let keyColumn = keyNode.mark?.column ?? 1
                guard case let .scalar(key) = keyNode else {
                    return .failure(file.error("expected a plain key", line: keyLine, column: keyColumn))
                }
                guard seen.insert(key.string).inserted else {
                    return .failure(file.error("duplicate key '\(key.string)'", line: keyLine, column: keyColumn))
                }
                switch convert(valueNode, file: file, firstLine: firstLine) {
                case let .success(value):
                    pairs.append((Located(value: key.string, line: keyLine, column: keyColumn), value))
                case let .failure(error): return .failure(error)
                }
            }
            return .success(Located(value: .mapping(pairs), line: line, column: column))
        case .alias:
            return .failure(file.error("YAML aliases are not supported", line: line, column: column))
        }
    }

    private static func diagnostic(for error: YamlError, file: SourceFile, firstLine: Int) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return file.error("invalid YAML: \(what)", line: mark.line + firstLine - 1, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            return file.error("duplicate key '\(duplicates.joined(separator: "', '"))'",
                              line: context.mark.line + firstLine - 1, column: context.mark.column)
        case let .reader(problem, _, _, _):
            return file.error("invalid YAML: \(problem)", line: firstLine)
        default:
            return file.error("invalid YAML: \(error)", line: firstLine)
        }
    }
}

/// Typed reads of YAML values with errors that say what was expected.
extension Located where Value == YAMLValue {
    func string(_ key: String, in file: SourceFile) -> Result<String, Diagnostic> {
        if case let .scalar(text, _) = value { return .success(text) }
        return .failure(file.error("\(key): expected text", line: line, column: column))
    }

    func bool(_ key: String, in file: SourceFile) -> Result<Bool, Diagnostic> {
        if case let .scalar(text, true) = value, let b = Bool.fromYAML(text) { return .success(b) }
        return .failure(file.error("\(key): expected true or false, found \(describe)", line: line, column: column))
    }

    func int(_ key: String, in file: SourceFile) -> Result<Int, Diagnostic> {
        if case let .scalar(text, true) = value, let i = Int(text) { return .success(i) }
        return .failure(file.error("\(key): expected a whole number, found \(describe)", line: line, column: column))
    }

    /// A list of strings; a single string counts as a list of one.
    func strings(_ key: String, in file: SourceFile) -> Result<[Located<String>], Diagnostic> {
        switch value {
        case let .scalar(text, _):
            return .success([Located<String>(value: text, line: line, column: column)])
        case let .sequence(items):
            var out: [Located<String>] = []
            for item in items {
                guard case let .scalar(text, _) = item.value else {
                    return .failure(file.error("\(key): expected a list of text", line: item.line, column: item.column))
                }
                out.append(Located<String>(value: text, line: item.line, column: item.column))
            }
            return .success(out)
        case .mapping:
            return .failure(file.error("\(key): expected a list of text, found a mapping", line: line, column: column))
        }
    }

    var describe: String {
        switch value {
        case let .scalar(text, _): return "'\(text)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}
