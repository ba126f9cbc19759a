/// Path data built from points, with coordinates pinned inside the canvas.
struct PathData {
    let width: Double, height: Double
    private(set) var d = ""

    init(width: Double, height: Double) { self.width = width; self.height = height }

    private func pt(_ x: Double, _ y: Double) -> String {
        NumberFormat.coordinate(clamp(x, 0, width)) + "," + NumberFormat.coordinate(clamp(y, 0, height))
    }
    mutating func move(_ x: Double, _ y: Double) { d += (d.isEmpty ? "M" : " M") + pt(x, y) }
    mutating func line(_ x: Double, _ y: Double) { d += " L" + pt(x, y) }
    mutating func closePath() { d += " Z" }

    /// Polylines through runs of points; nil breaks the line (a gap is never joined across).
    static func polyline(_ points: [(Double, Double)?], width: Double, height: Double) -> String {
        var p = PathData(width: width, height: height)
        var drawing = false
        for point in points {
            guard let (x, y) = point else { drawing = false; continue }
            if drawing { p.line(x, y) } else { p.move(x, y); drawing = true }
        }
        return p.d
    }
}
