import TouchpointCharts

/// Which fields of a set of records are meant to hold numbers: those where
/// most present values are numbers or numbers dressed as text. Their text
/// values are errors, so a chart is never drawn with values quietly missing.
enum RecordTypes {
    /// `samples` are the present (non-missing) values of one field.
    static func isNumeric(numbers: Int, decorated: Int, texts: Int) -> Bool {
        let present = numbers + decorated + texts
        return present > 0 && (numbers + decorated) * 2 >= present && numbers + decorated > 0
    }
}
