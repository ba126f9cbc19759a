import Foundation
import TouchpointCharts

/// A validated data file, ready for the chart engine.
struct LoadedData: Sendable {
    var data: ChartData
    var provenance: Provenance
    /// `kpis`, `journey`, `matrix`, `expectations`, `opportunities`, `records` or `survey`.
    var kind: String
}

/// Reads one data file under `Content/data`: parse, then validate against
/// its kind. Every problem is reported as `path:line:col: error: json.path: …`.
enum DataLoader {
    /// Callers check the file size against this before reading it, so a
    /// stray export cannot exhaust memory; `load` checks again to be safe.
    static let maxFileSize = 20 * 1024 * 1024

    /// The object kinds, in the order listed in error messages.
    static let kinds = ["expectations", "journey", "kpis", "matrix", "opportunities", "records", "survey"]

    static func load(_ bytes: Data, file: SourceFile) -> Staged<LoadedData?> {
        guard bytes.count <= maxFileSize else {
            return .failure(file.error("the file is larger than \(maxFileSize / 1_048_576) MB"))
        }
        let raw = [UInt8](bytes)
        let root: JSONValue
        switch JSONParser.parse(raw) {
        case .success(let value):
            root = value
        case .failure(let error):
            // A syntax error stops the file: nothing after it can be trusted.
            let (line, column) = LineMap(bytes: raw).location(of: error.offset)
            return .failure(file.error(error.message, line: line, column: column))
        }
        var checker = DataChecker()
        let loaded = validate(root, &checker)
        if checker.issues.isEmpty, let loaded { return Staged(loaded) }
        let map = LineMap(bytes: raw)
        var diagnostics = checker.issues.map { issue -> Diagnostic in
            let (line, column) = map.location(of: issue.offset)
            return file.error(issue.message, line: line, column: column)
        }
        if diagnostics.isEmpty { diagnostics = [file.error("the data could not be read")] }
        return Staged(nil, diagnostics.sorted())
    }

    /// Dispatches on the root shape: an array of records or an object with a `kind`.
    static func validate(_ root: JSONValue, _ checker: inout DataChecker) -> LoadedData? {
        if root.array != nil {
            let records = RecordsKind.check(root, &checker)
            return LoadedData(data: .records(records), provenance: Provenance(), kind: "records")
        }
        guard let fields = root.object.map({ Fields(object: $0, offset: root.offset, path: .root) }) else {
            checker.fail(root.offset, .root, "expected an array of records or an object with a 'kind', found \(DataChecker.describe(root))")
            return nil
        }
        let provenance = Self.provenance(fields, &checker)
        guard let kindValue = fields.object["kind"] else {
            checker.fail(root.offset, .root, "missing required key 'kind'; expected one of: \(kinds.joined(separator: ", ")) (or a bare array of records)")
            return nil
        }
        let kindPath = JSONPath.root.key("kind")
        guard let kind = checker.text(kindValue, kindPath) else { return nil }
        let data: ChartData
        switch kind {
        case "kpis": data = .kpis(KPIsKind.check(fields, &checker))
        case "journey": data = .journey(JourneyKind.check(fields, &checker))
        case "matrix": data = .matrix(MatrixKind.check(fields, &checker))
        case "expectations": data = .expectations(ExpectationsKind.check(fields, &checker))
        case "opportunities": data = .opportunities(OpportunitiesKind.check(fields, &checker))
        case "records": data = .records(RecordsKind.check(object: fields, &checker))
        case "survey": data = .survey(SurveyKind.check(fields, &checker))
        default:
            checker.fail(kindValue.offset, kindPath, DataChecker.unknown("kind", kind, kinds))
            return nil
        }
        return LoadedData(data: data, provenance: provenance, kind: kind)
    }

    /// `source` and `asOf`, allowed on every object kind.
    static func provenance(_ fields: Fields, _ checker: inout DataChecker) -> Provenance {
        let source = checker.optionalText(fields, "source")
        let asOf = checker.optional(fields, "asOf").flatMap { checker.date($0.0, $0.1, allowMonth: false) }
        return Provenance(source: source, asOf: asOf)
    }
}
