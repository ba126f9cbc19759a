/// What a panel of a facet grid shares with its neighbours: the whole data,
/// so that every panel has the same x categories, series, colours and item
/// order, and the span of values every panel's axis must cover.
struct FacetScope {
    /// Every record, when the panels split records.
    var records: Records?
    /// The panel's rows within `records`.
    var rows: [Int] = []
    /// Every response, when the panels split a survey.
    var survey: Survey?
    /// The lowest and highest value any panel draws; empty while the panels are first measured.
    var values: [Double] = []
    /// The widest column of scores beside stacked rows (nps, likert) in any panel.
    var resultWidth: Double = 0
}
