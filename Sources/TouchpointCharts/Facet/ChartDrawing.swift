/// A chart drawn as a part of a larger drawing: its markup without the root
/// element, its size, its title and legend, and the values its axis spans.
struct ChartDrawing: Sendable, Hashable {
    var body: String
    var width: Double
    var height: Double
    var title: String
    var legend: [LegendItem]
    /// The lowest and highest value the chart's value axis covers; empty for charts on a fixed scale.
    var values: [Double]
    /// Width of the scores written beside stacked rows, for panels to reserve alike.
    var resultWidth: Double = 0
}
