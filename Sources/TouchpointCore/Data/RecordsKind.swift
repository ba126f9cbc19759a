import TouchpointCharts

/// Records for the generic charts: a top-level array of flat objects, or
/// `{"kind": "records", "source", "asOf", "fields": {…}, "records": […]}`.
enum RecordsKind {
    static func check(_ root: JSONValue, _ checker: inout DataChecker) -> Records {
        guard let items = checker.array(root, .root, empty: "expected at least one record, found an empty array") else {
            return Records(fields: [], rows: [])
        }
        return records(items, path: .root, checker: &checker)
    }

    /// The object form: records with their provenance and field labels.
    static func check(object fields: Fields, _ checker: inout DataChecker) -> Records {
        var info: [String: FieldInfo] = [:]
        var infoOffsets: [String: (Int, JSONPath)] = [:]
        if let (value, path) = checker.optional(fields, "fields"), let described = checker.object(value, path) {
            for member in described.object.members {
                let memberPath = path.key(member.key)
                guard let one = checker.object(member.value, memberPath) else { continue }
                info[member.key] = fieldInfo(one, &checker)
                infoOffsets[member.key] = (member.value.offset, memberPath)
            }
        }
        let allowed: Set<String> = ["kind", "source", "asOf", "fields", "records"]
        for member in fields.object.members where !allowed.contains(member.key) {
            checker.fail(member.value.offset, fields.path.key(member.key),
                         DataChecker.unknown("key", member.key, allowed.sorted()))
        }
        guard let (value, path) = checker.required(fields, "records"),
              let items = checker.array(value, path, empty: "expected at least one record, found an empty array")
        else { return Records(fields: [], rows: []) }
        var result = records(items, path: path, checker: &checker)
        for (name, (offset, path)) in infoOffsets.sorted(by: { $0.key < $1.key }) where !result.fields.contains(name) {
            checker.fail(offset, path, "no record has the field '\(name)'"
                + Suggestion.didYouMean(name, in: result.fields))
        }
        result.info = info
        return result
    }

    /// `{"label": "Revenue", "unit": "€", "format": "currency:EUR"}`.
    static func fieldInfo(_ fields: Fields, _ checker: inout DataChecker) -> FieldInfo {
        var info = FieldInfo()
        for member in fields.object.members where !["label", "unit", "format"].contains(member.key) {
            checker.fail(member.value.offset, fields.path.key(member.key),
                         DataChecker.unknown("key", member.key, ["label", "unit", "format"]))
        }
        info.label = checker.optionalText(fields, "label")
        info.unit = checker.optionalText(fields, "unit")
        if let (value, path) = checker.optional(fields, "format"), let text = checker.text(value, path) {
            switch ValueFormat.parse(text) {
            case .success(let format): info.format = format
            case .failure(let error): checker.fail(value.offset, path, error.message)
            }
        }
        return info
    }

    static func records(_ items: [JSONValue], path: JSONPath, checker: inout DataChecker) -> Records {
        var fields: [String] = []
        var known: Set<String> = []
        var rows: [[String: RecordValue]] = []
        rows.reserveCapacity(items.count)
        var texts: [String: [(offset: Int, path: JSONPath, text: String)]] = [:]
        var counts: [String: (numbers: Int, decorated: Int)] = [:]
        for (index, item) in items.enumerated() {
            guard let record = checker.object(item, path.index(index)) else { continue }
            var row: [String: RecordValue] = [:]
            for member in record.object.members {
                if known.insert(member.key).inserted { fields.append(member.key) }
                let memberPath = record.path.key(member.key)
                guard let value = self.value(member.value, memberPath, &checker) else { continue }
                row[member.key] = value
                switch value {
                case .number: counts[member.key, default: (0, 0)].numbers += 1
                case .text(let s):
                    if NumberText.intended(s) != nil { counts[member.key, default: (0, 0)].decorated += 1 }
                    texts[member.key, default: []].append((member.value.offset, memberPath, s))
                default: break
                }
            }
            rows.append(row)
        }
        for field in fields {
            let count = counts[field] ?? (0, 0)
            let found = texts[field] ?? []
            guard RecordTypes.isNumeric(numbers: count.numbers, decorated: count.decorated,
                                        texts: found.count - count.decorated) else { continue }
            for text in found {
                let hint = NumberText.hint(for: text.text, unitAdvice: " as a JSON number and give the unit in \"fields\"",
                                        missing: "write null")
                checker.fail(text.offset, text.path, "expected a number, found text \"\(text.text)\"; \(hint)")
            }
        }
        return Records(fields: fields, rows: rows)
    }

    /// Charts read records as a flat table, so nested values are refused.
    static func value(_ value: JSONValue, _ path: JSONPath, _ checker: inout DataChecker) -> RecordValue? {
        switch value.kind {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n.double)
        case .string(let s): return .text(s)
        case .array, .object:
            checker.fail(value.offset, path, "expected a number, text, true/false or null, found \(DataChecker.describe(value)); records must be flat")
            return nil
        }
    }
}
