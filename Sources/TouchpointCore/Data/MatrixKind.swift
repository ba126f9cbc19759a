import TouchpointCharts

/// `{"kind":"matrix","name","rows":[…],"columns":[…],"scale":{"min","max"},"cells":[…]}`
enum MatrixKind {
    static func check(_ root: Fields, _ checker: inout DataChecker) -> Matrix {
        let name = checker.requiredText(root, "name")
        let rows = labels(root, "rows", "row", &checker)
        let columns = labels(root, "columns", "column", &checker)
        let scale = ScaleCheck.check(root, "scale", &checker)
        let range = scale.map { NumberRange.within($0.min, $0.max, "the scale") }
        var cells: [MatrixCell] = []
        if let (value, path) = checker.required(root, "cells"), let items = checker.array(value, path) {
            var seen: [String: JSONPath] = [:]
            cells = items.enumerated().compactMap { index, item in
                guard let cell = checker.object(item, path.index(index)) else { return nil }
                return self.cell(cell, rows: rows, columns: columns, range, &seen, &checker)
            }
        }
        return Matrix(name: name ?? "", rows: rows ?? [], columns: columns ?? [],
                      scaleMin: scale?.min ?? 0, scaleMax: scale?.max ?? 1, cells: cells)
    }

    /// Row or column names: non-empty, unique text.
    static func labels(_ root: Fields, _ key: String, _ noun: String, _ checker: inout DataChecker) -> [String]? {
        guard let (value, path) = checker.required(root, key),
              let items = checker.array(value, path, empty: "expected at least one \(noun), found an empty array")
        else { return nil }
        var seen: [String: JSONPath] = [:]
        let names = items.enumerated().compactMap { index, item in
            checker.uniqueText(item, path.index(index), noun, owner: path.index(index), seen: &seen)
        }
        // A repeated name is declared all the same, so cells are still checked
        // against the list; a list with a broken entry would make every cell
        // naming that entry fail too.
        let broken = items.contains { $0.string.map { $0.allSatisfy(\.isWhitespace) } ?? true }
        return broken ? nil : names
    }

    static func cell(_ cell: Fields, rows: [String]?, columns: [String]?, _ range: NumberRange?,
                     _ seen: inout [String: JSONPath], _ checker: inout DataChecker) -> MatrixCell {
        let row = declared(cell, "row", rows, &checker)
        let column = declared(cell, "column", columns, &checker)
        if let row, let column {
            // The pair is the cell's identity; a tab keeps it unambiguous.
            let key = row + "\t" + column
            if let first = seen[key] {
                checker.fail(cell.offset, cell.path, "duplicate cell for row '\(row)' and column '\(column)' (also \(first))")
            } else {
                seen[key] = cell.path
            }
        }
        let value = checker.optionalNumber(cell, "value", range)
        let label = checker.optionalText(cell, "label")
        let status = checker.optional(cell, "status").flatMap { value, path in
            checker.choice(value, path, "status", CellStatus.allCases.map(\.rawValue)).flatMap(CellStatus.init(rawValue:))
        }
        return MatrixCell(row: row ?? "", column: column ?? "", value: value, label: label, status: status)
    }

    /// A cell's row or column, which must be one declared at the top.
    static func declared(_ cell: Fields, _ key: String, _ names: [String]?, _ checker: inout DataChecker) -> String? {
        guard let (value, path) = checker.required(cell, key), let name = checker.text(value, path) else { return nil }
        guard let names else { return name }
        guard names.contains(name) else {
            checker.fail(value.offset, path, "unknown \(key) '\(name)'" + Suggestion.didYouMean(name, in: names))
            return nil
        }
        return name
    }
}
