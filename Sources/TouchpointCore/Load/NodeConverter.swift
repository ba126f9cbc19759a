import Yams

/// Turns Yams nodes into located values, within `YAMLLimits`.
///
/// Yams hands an alias back as the very node its anchor names (and holds
/// anchor names only weakly, so they are gone by now). A second visit of a
/// node that starts at the same position is therefore an alias being
/// expanded; values reached that way count against one budget per document.
struct NodeConverter {
    static let tooDeep = "YAML is nested more than \(YAMLLimits.maximumDepth) levels deep, the limit"

    let file: SourceFile
    let firstLine: Int
    private var positionsSeen = Set<Int>()
    private var expanded = 0
    private var expanding = 0
    /// Where the outermost alias being expanded is written: in the list or mapping at this position.
    private var aliasSite = (line: 1, column: 1)

    init(file: SourceFile, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
    }

    private func position(_ node: Node) -> (line: Int, column: Int) {
        ((node.mark?.line ?? 1) + firstLine - 1, node.mark?.column ?? 1)
    }

    /// `container` is the position of the nearest list or mapping written out, not reached through an alias.
    mutating func convert(_ node: Node, depth: Int, container: (line: Int, column: Int) = (1, 1))
        -> Staged<Located<YAMLValue>?> {
        let (line, column) = position(node)
        guard depth <= YAMLLimits.maximumDepth else { return .failure(file.error(Self.tooDeep, line: line, column: column)) }
        let isAlias = !positionsSeen.insert(line << 24 | column).inserted
        if isAlias {
            if expanding == 0 { aliasSite = container }
            expanding += 1
        }
        defer { if isAlias { expanding -= 1 } }
        if expanding > 0 {
            expanded += 1
            if expanded > YAMLLimits.maximumExpandedValues {
                return .failure(file.error("YAML aliases expand to more than \(YAMLLimits.maximumExpandedValues) values, the limit; "
                                           + "the aliases here repeat values that hold aliases themselves",
                                           line: aliasSite.line, column: aliasSite.column))
            }
        }
        switch node {
        case let .scalar(scalar):
            return Staged(Located(value: .scalar(scalar.string, plain: scalar.style == .plain), line: line, column: column))
        case let .sequence(sequence):
            var items: [Located<YAMLValue>] = []
            let here = expanding > 0 ? container : (line, column)
            for child in sequence {
                let converted = convert(child, depth: depth + 1, container: here)
                guard let item = converted.value else { return .failure(converted) }
                items.append(item)
            }
            return Staged(Located(value: .sequence(items), line: line, column: column))
        case let .mapping(mapping):
            var pairs: [(key: Located<String>, value: Located<YAMLValue>)] = []
            let here = expanding > 0 ? container : (line, column)
            for (keyNode, valueNode) in mapping {
                let (keyLine, keyColumn) = position(keyNode)
                guard case let .scalar(key) = keyNode else {
                    return .failure(file.error("expected a plain key", line: keyLine, column: keyColumn))
                }
                let converted = convert(valueNode, depth: depth + 1, container: here)
                guard let value = converted.value else { return .failure(converted) }
                pairs.append((Located(value: key.string, line: keyLine, column: keyColumn), value))
            }
            return Staged(Located(value: .mapping(pairs), line: line, column: column))
        case .alias:
            return .failure(file.error("YAML aliases are not supported here", line: line, column: column))
        }
    }
}
