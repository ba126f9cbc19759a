import Foundation
import SwiftCSV
import TouchpointCharts

/// Reads a CSV export into records: RFC 4180 records read on bytes
/// (`CSVRecords`), the delimiter guessed from the header by SwiftCSV, each
/// column typed once. Errors name
/// `path:row:col`, the header being row 1 as in a spreadsheet.
enum CSVFile {
    struct Table {
        var header: [String]
        /// Data rows with their row number in the file.
        var rows: [(number: Int, cells: [String])]
        var delimiter: Character
    }

    static func load(_ bytes: Data, file: SourceFile, sidecar: CSVSidecar?) -> Staged<LoadedData?> {
        let decoded = SourceText.decode(bytes, file: file)
        guard var text = decoded.value, decoded.diagnostics.isEmpty else { return .failure(decoded) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var out = Staged<LoadedData?>(nil)
        guard let table = out.take(read(text, file: file)) else { return out }
        let decimalComma = sidecar?.decimalComma ?? (table.delimiter == ";")
        if let sidecar, sidecar.kind == "survey" {
            let survey = out.take(SurveyCSV.read(table, spec: sidecar.survey, decimalComma: decimalComma, file: file))
            guard out.diagnostics.isEmpty, let survey else { return out }
            out.value = LoadedData(data: .survey(survey), provenance: sidecar.provenance, kind: "survey")
            return out
        }
        let records = out.take(typed(table, decimalComma: decimalComma, sidecar: sidecar, file: file))
        guard out.diagnostics.isEmpty else { return out }
        out.value = LoadedData(data: .records(records), provenance: sidecar?.provenance ?? Provenance(), kind: "records")
        return out
    }

    static func read(_ text: String, file: SourceFile) -> Staged<Table?> {
        // SwiftCSV guesses from the header alone; handing it the whole file made it trim megabytes to look at one line.
        let delimiter = CSVDelimiter.guessed(string: String(text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }))
        let read: CSVRecords.Read
        switch CSVRecords.read(text, delimiter: delimiter.rawValue.asciiValue ?? UInt8(ascii: ",")) {
        case let .success(records): read = records
        case let .failure(stray):
            return .failure(file.error("a quote inside a field that is not quoted, or text after a closing quote; "
                + "quote the whole field and double any quote inside it (\"say \"\"hi\"\"\")", line: stray.record))
        }
        let header = read.records.first ?? []
        var rows = read.records.dropFirst().enumerated().map { (number: $0.offset + 2, cells: $0.element) }
        guard !header.isEmpty, !(header.count == 1 && header[0].isEmpty) else {
            return .failure(file.error("expected a header row naming the columns, found an empty file"))
        }
        if read.unclosed {
            return .failure(file.error("a quoted field is not closed before the end of the file", line: read.records.count))
        }
        var table = Staged<Table?>(nil)
        var seen: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                table.report(file.error("column \(index + 1) has no name in the header row", line: 1, column: index + 1))
            } else if let first = seen[trimmed] {
                table.report(file.error("duplicate column '\(trimmed)' (also column \(first + 1))", line: 1, column: index + 1))
            } else { seen[trimmed] = index }
        }
        let delimiterName = ["," : "commas", ";": "semicolons", "\t": "tabs"][delimiter.rawValue] ?? "commas"
        for row in rows where row.cells.count != header.count {
            if row.cells.count == 1 && row.cells[0].isEmpty { continue }
            table.report(file.error("expected \(header.count) fields separated by \(delimiterName) as in the header, "
                + "found \(row.cells.count)", line: row.number, column: Swift.min(row.cells.count, header.count) + 1))
        }
        rows.removeAll { $0.cells.count == 1 && $0.cells[0].isEmpty && header.count > 1 }
        table.value = Table(header: header.map { $0.trimmingCharacters(in: .whitespaces) }, rows: rows,
                            delimiter: delimiter.rawValue)
        return table
    }

    /// One type per column: numbers where most cells are numbers (or numbers
    /// dressed as text), else text; an empty cell is a missing value.
    static func typed(_ table: Table, decimalComma: Bool, sidecar: CSVSidecar?, file: SourceFile) -> Staged<Records> {
        var out = Staged(Records(fields: table.header, rows: []))
        var numeric: [Bool] = []
        for (index, name) in table.header.enumerated() {
            var numbers = 0, decorated = 0, texts = 0
            for row in table.rows where index < row.cells.count {
                let cell = row.cells[index]
                if cell.isEmpty { continue }
                if NumberText.parse(cell, decimalComma: decimalComma) != nil { numbers += 1 }
                else if NumberText.intended(cell) != nil { decorated += 1 } else { texts += 1 }
            }
            switch sidecar?.columns[name]?.type {
            case .number?: numeric.append(true)
            case .text?: numeric.append(false)
            case nil: numeric.append(RecordTypes.isNumeric(numbers: numbers, decorated: decorated, texts: texts))
            }
        }
        var rows: [[String: RecordValue]] = []
        rows.reserveCapacity(table.rows.count)
        let unit = sidecar == nil ? " and give the unit in \(file.displayPath.split(separator: "/").last ?? "").yml"
            : " and give the unit under fields in the .csv.yml file"
        for row in table.rows {
            var record: [String: RecordValue] = [:]
            for (index, name) in table.header.enumerated() where index < row.cells.count {
                let cell = row.cells[index]
                if cell.trimmingCharacters(in: .whitespaces).isEmpty { record[name] = .null; continue }
                guard numeric[index] else { record[name] = .text(cell); continue }
                if let number = NumberText.parse(cell, decimalComma: decimalComma) {
                    record[name] = .number(number)
                } else {
                    let hint = NumberText.hint(for: cell, unitAdvice: unit, missing: "leave the cell empty")
                    out.report(file.error("column '\(name)' holds numbers; found text \"\(cell)\"; \(hint)",
                                          line: row.number, column: index + 1))
                }
            }
            rows.append(record)
        }
        if let sidecar {
            for (name, column) in sidecar.columns.sorted(by: { $0.key < $1.key }) {
                if table.header.contains(name) { out.value.info[name] = column.info; continue }
                out.report(Diagnostic(path: file.displayPath + ".yml", line: column.line, column: column.column,
                                      message: "fields: no column '\(name)' in the CSV header"
                                        + Suggestion.didYouMean(name, in: table.header)))
            }
        }
        out.value.rows = rows
        return out
    }
}
