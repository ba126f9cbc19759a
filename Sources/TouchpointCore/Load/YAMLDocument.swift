import Foundation
import TouchpointTemplates
import Yams

/// A YAML value with the position it came from, so every error can point at it.
indirect enum YAMLValue: Sendable {
    case scalar(String, plain: Bool)
    case sequence([Located<YAMLValue>])
    case mapping([(key: Located<String>, value: Located<YAMLValue>)])

    /// Text, numbers, booleans, lists and objects for templates.
    var templateValue: TemplateValue {
        switch self {
        case let .scalar(text, plain):
            guard plain else { return .text(text) }
            if let b = Bool.fromYAML(text) { return .bool(b) }
            if let i = Int(text) { return .int(i) }
            if let d = Double(text), d.isFinite { return .double(d) }
            if ["~", "null", "Null", "NULL", ""].contains(text) { return .text("") }
            return .text(text)
        case let .sequence(items): return .list(items.map(\.value.templateValue))
        case let .mapping(pairs):
            var object = TemplateObject()
            for pair in pairs { object[pair.key.value] = pair.value.value.templateValue }
            return .object(object)
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

/// Parses YAML text whose first line is line `firstLine` of `file`, within `YAMLLimits`.
enum YAMLDocument {
    static func parse(_ text: String, file: SourceFile, firstLine: Int) -> Staged<Located<YAMLValue>?> {
        if let problem = YAMLLimits.scan(text) {
            return .failure(file.error(problem.message, line: problem.line + firstLine - 1, column: problem.column))
        }
        let node: Node?
        do {
            // Values are typed by our own parsers, so Yams need not resolve
            // tags with its regular expressions; naming the encoding spares
            // a read of the environment per document.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, text: text, file: file, firstLine: firstLine))
        } catch {
            return .failure(file.error("invalid YAML: \(error)", line: firstLine))
        }
        guard let node else { return Staged(nil) }
        var converter = NodeConverter(file: file, firstLine: firstLine)
        return converter.convert(node, depth: 1)
    }

    private static func diagnostic(for error: YamlError, text: String, file: SourceFile, firstLine: Int) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if problem.hasPrefix("Maximum nesting level") {
                return file.error(NodeConverter.tooDeep, line: mark.line + firstLine - 1, column: mark.column)
            }
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return file.error("invalid YAML: \(what)", line: mark.line + firstLine - 1, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams marks the first occurrence; the mistake is the repeat.
            let key = duplicates.first ?? ""
            let (line, column) = repeatedKey(key, in: text, after: context.mark) ?? (context.mark.line, context.mark.column)
            return file.error("duplicate key '\(key)': it is set already on line \(context.mark.line + firstLine - 1)",
                              line: line + firstLine - 1, column: column)
        case let .reader(problem, _, _, _):
            return file.error("invalid YAML: \(problem)", line: firstLine)
        default:
            return file.error("invalid YAML: \(error)", line: firstLine)
        }
    }

    /// The next line after `first` that sets `key` at the same column.
    static func repeatedKey(_ key: String, in text: String, after first: Mark) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard !key.isEmpty, first.line >= 1, first.line < lines.count else { return nil }
        for index in first.line..<lines.count {
            let line = lines[index].drop { $0 == " " || $0 == "-" }
            let indent = lines[index].count - line.count
            guard indent + 1 == first.column, line.hasPrefix(key) else { continue }
            if line.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") { return (index + 1, indent + 1) }
        }
        return nil
    }
}

/// Typed reads of YAML values with errors that say what was expected.
extension Located where Value == YAMLValue {
    func string(_ key: String, in file: SourceFile) -> Staged<String?> {
        if case let .scalar(text, _) = value { return Staged(text) }
        return .failure(file.error("\(key): expected text", line: line, column: column))
    }

    func bool(_ key: String, in file: SourceFile) -> Staged<Bool?> {
        if case let .scalar(text, true) = value, let b = Bool.fromYAML(text) { return Staged(b) }
        return .failure(file.error("\(key): expected true or false, found \(describe)", line: line, column: column))
    }

    func int(_ key: String, in file: SourceFile) -> Staged<Int?> {
        if case let .scalar(text, true) = value, let i = Int(text) { return Staged(i) }
        return .failure(file.error("\(key): expected a whole number, found \(describe)", line: line, column: column))
    }

    /// A list of strings; a single string counts as a list of one.
    func strings(_ key: String, in file: SourceFile) -> Staged<[Located<String>]?> {
        switch value {
        case let .scalar(text, _):
            return Staged([Located<String>(value: text, line: line, column: column)])
        case let .sequence(items):
            var out: [Located<String>] = []
            for item in items {
                guard case let .scalar(text, _) = item.value else {
                    return .failure(file.error("\(key): expected a list of text", line: item.line, column: item.column))
                }
                out.append(Located<String>(value: text, line: item.line, column: item.column))
            }
            return Staged(out)
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
