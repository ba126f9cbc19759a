/// A rectangle in viewBox units.
struct Rect {
    var x: Double, y: Double, width: Double, height: Double
    var left: Double { x }
    var right: Double { x + width }
    var top: Double { y }
    var bottom: Double { y + height }
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }

    init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y
        self.width = Swift.max(1, width); self.height = Swift.max(1, height)
    }
    init(left: Double, top: Double, right: Double, bottom: Double) {
        self.init(x: left, y: top, width: right - left, height: bottom - top)
    }

    func intersects(_ o: Rect) -> Bool {
        left < o.right && o.left < right && top < o.bottom && o.top < bottom
    }
    func contains(_ o: Rect) -> Bool {
        o.left >= left && o.right <= right && o.top >= top && o.bottom <= bottom
    }
}
