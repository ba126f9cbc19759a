/// Survey results: one question battery and the answers of each respondent,
/// validated by the caller. Pre-aggregated counts are respondents too: a
/// response with `count` 40 stands for 40 people who answered alike.
public struct Survey: Sendable, Hashable {
    public var questions: [SurveyQuestion]
    /// Columns to break results down by (`region`, `channel`), then the wave column if any.
    public var groupColumns: [String]
    /// The column naming the wave (a survey round or its date), when there is one.
    public var wave: String?
    public var responses: [SurveyResponse]
    /// Per question (as `questions`), the respondents who left it blank.
    public var blanks: [Int]
    /// Whether responses carry weights from the export (else every weight is 1).
    public var weighted: Bool

    public init(questions: [SurveyQuestion], groupColumns: [String] = [], wave: String? = nil,
                responses: [SurveyResponse], blanks: [Int]? = nil, weighted: Bool = false) {
        self.questions = questions
        self.groupColumns = groupColumns
        self.wave = wave
        self.responses = responses
        self.blanks = blanks ?? Array(repeating: 0, count: questions.count)
        self.weighted = weighted
    }

    public func question(_ id: String) -> Int? { questions.firstIndex { $0.id == id } }
    public func groupColumn(_ name: String) -> Int? { groupColumns.firstIndex(of: name) }
}

public struct SurveyQuestion: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 0–10, "how likely are you to recommend".
        case nps
        /// Agreement on a 5- or 7-point scale with a neutral middle.
        case likert
        /// A 1–N rating (satisfaction, effort).
        case rating
    }

    public var id: String
    public var kind: Kind
    public var text: String
    /// Points on the scale: 5 or 7 for likert and rating; nps is always 0–10.
    public var scale: Int
    /// Names of the answers, lowest first, when the export writes words.
    public var labels: [String]

    public init(id: String, kind: Kind, text: String, scale: Int = 5, labels: [String] = []) {
        self.id = id
        self.kind = kind
        self.text = text
        self.scale = kind == .nps ? 11 : scale
        self.labels = labels
    }

    /// The answers the question allows: 0…10 for nps, 1…scale otherwise.
    public var answers: ClosedRange<Int> { kind == .nps ? 0...10 : 1...Swift.max(1, scale) }
}

public struct SurveyResponse: Sendable, Hashable {
    /// Per question (as `Survey.questions`): the answer, or nil when left blank.
    public var answers: [Int?]
    /// Per group column (as `Survey.groupColumns`): the respondent's value.
    public var groups: [String]
    public var weight: Double
    /// Respondents this response stands for.
    public var count: Int

    public init(answers: [Int?], groups: [String] = [], weight: Double = 1, count: Int = 1) {
        self.answers = answers
        self.groups = groups
        self.weight = weight
        self.count = count
    }
}
