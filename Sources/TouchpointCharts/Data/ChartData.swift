/// The chart engine's input: plain values, already validated by the caller.
/// The engine knows nothing of files, Markdown or themes.

public struct Provenance: Sendable, Hashable {
    public var source: String?
    /// ISO date, e.g. `2026-09-30`.
    public var asOf: String?
    public init(source: String? = nil, asOf: String? = nil) {
        self.source = source
        self.asOf = asOf
    }
}

public enum Direction: String, Sendable, Hashable {
    /// Higher is better.
    case up
    /// Lower is better.
    case down
}

public struct KPIPoint: Sendable, Hashable {
    /// `2026-01` or `2026-01-15`.
    public var date: String
    /// nil for a gap in the series.
    public var value: Double?
    public init(date: String, value: Double?) {
        self.date = date
        self.value = value
    }
}

public struct KPI: Sendable, Hashable {
    public var id: String
    public var name: String
    public var unit: String?
    public var target: Double?
    public var direction: Direction
    public var points: [KPIPoint]
    public init(id: String, name: String, unit: String?, target: Double?, direction: Direction, points: [KPIPoint]) {
        self.id = id
        self.name = name
        self.unit = unit
        self.target = target
        self.direction = direction
        self.points = points
    }
}

public struct Touchpoint: Sendable, Hashable {
    public var name: String
    public var channel: String?
    public var emotion: Double?
    public var effort: Double?
    public var satisfaction: Double?
    public init(name: String, channel: String?, emotion: Double?, effort: Double?, satisfaction: Double?) {
        self.name = name
        self.channel = channel
        self.emotion = emotion
        self.effort = effort
        self.satisfaction = satisfaction
    }
}

public struct JourneyStage: Sendable, Hashable {
    public var name: String
    public var customers: Double?
    public var ideal: Double?
    public var actual: Double?
    public var touchpoints: [Touchpoint]
    public init(name: String, customers: Double?, ideal: Double?, actual: Double?, touchpoints: [Touchpoint]) {
        self.name = name
        self.customers = customers
        self.ideal = ideal
        self.actual = actual
        self.touchpoints = touchpoints
    }
}

public struct Journey: Sendable, Hashable {
    public var name: String
    public var persona: String?
    public var emotionMin: Double
    public var emotionMax: Double
    /// The scale of stage scores (`ideal`, `actual`) when it differs from the emotion scale, e.g. 1–5 ratings.
    public var stageScale: (min: Double, max: Double)? {
        guard let stageMin, let stageMax else { return nil }
        return (stageMin, stageMax)
    }
    public var stageMin: Double?
    public var stageMax: Double?
    public var stages: [JourneyStage]
    public init(name: String, persona: String?, emotionMin: Double, emotionMax: Double, stages: [JourneyStage],
                stageMin: Double? = nil, stageMax: Double? = nil) {
        self.name = name
        self.persona = persona
        self.emotionMin = emotionMin
        self.emotionMax = emotionMax
        self.stageMin = stageMin
        self.stageMax = stageMax
        self.stages = stages
    }

    /// The range stage scores are read against: the stage scale when given, else the emotion scale.
    public var stageRange: (min: Double, max: Double) {
        stageScale ?? (emotionMin, emotionMax)
    }
}

public enum CellStatus: String, Sendable, Hashable, CaseIterable {
    case ours, competitor, threat, opportunity
}

public struct MatrixCell: Sendable, Hashable {
    public var row: String
    public var column: String
    public var value: Double?
    public var label: String?
    public var status: CellStatus?
    public init(row: String, column: String, value: Double?, label: String?, status: CellStatus?) {
        self.row = row
        self.column = column
        self.value = value
        self.label = label
        self.status = status
    }
}

public struct Matrix: Sendable, Hashable {
    public var name: String
    public var rows: [String]
    public var columns: [String]
    public var scaleMin: Double
    public var scaleMax: Double
    public var cells: [MatrixCell]
    public init(name: String, rows: [String], columns: [String], scaleMin: Double, scaleMax: Double, cells: [MatrixCell]) {
        self.name = name
        self.rows = rows
        self.columns = columns
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
        self.cells = cells
    }
}

public enum ExpectationLayerKind: String, Sendable, Hashable, CaseIterable {
    case base, efficiency, joy
}

public struct ExpectationItem: Sendable, Hashable {
    public var name: String
    public var score: Double
    public var target: Double?
    public init(name: String, score: Double, target: Double?) {
        self.name = name
        self.score = score
        self.target = target
    }
}

public struct ExpectationLayer: Sendable, Hashable {
    public var layer: ExpectationLayerKind
    public var items: [ExpectationItem]
    public init(layer: ExpectationLayerKind, items: [ExpectationItem]) {
        self.layer = layer
        self.items = items
    }
}

public struct Outcome: Sendable, Hashable {
    public var name: String
    public var importance: Double
    public var satisfaction: Double
    /// importance + max(importance − satisfaction, 0), on 0–10 scales.
    public var opportunity: Double { importance + max(importance - satisfaction, 0) }
    public init(name: String, importance: Double, satisfaction: Double) {
        self.name = name
        self.importance = importance
        self.satisfaction = satisfaction
    }
}

/// One value of a generic record.
public enum RecordValue: Sendable, Hashable {
    case number(Double)
    case text(String)
    case bool(Bool)
    case null
}

/// What a data file says about one of its fields, for axis titles and labels.
public struct FieldInfo: Sendable, Hashable {
    public var label: String?
    public var unit: String?
    public var format: ValueFormat?
    public init(label: String? = nil, unit: String? = nil, format: ValueFormat? = nil) {
        self.label = label
        self.unit = unit
        self.format = format
    }
}

/// An array of records for the generic charts, in file order.
public struct Records: Sendable, Hashable {
    /// Field names in first-seen order.
    public var fields: [String]
    public var rows: [[String: RecordValue]]
    /// Labels, units and formats by field name, where the file gives them.
    public var info: [String: FieldInfo]
    public init(fields: [String], rows: [[String: RecordValue]], info: [String: FieldInfo] = [:]) {
        self.fields = fields
        self.rows = rows
        self.info = info
    }

    /// The field's label for axis titles and table headings, else its name.
    public func label(_ field: String) -> String {
        info[field]?.label ?? field
    }
}
