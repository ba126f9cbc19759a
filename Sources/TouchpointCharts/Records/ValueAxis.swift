/// The vertical value axis: domain (niced, or fixed by yMin/yMax), ticks and labels.
struct ValueAxis {
    var domain: (Double, Double)
    var ticks: [Double]
    var labels: [String]

    init(values: [Double], options: ChartOptions, includeZero: Bool, count: Double = 5,
         formatter: ValueFormatter? = nil) {
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if includeZero { lo = Swift.min(lo, 0); hi = Swift.max(hi, 0) }
        let fixed = (options.yMin?.isFinite ?? false) || (options.yMax?.isFinite ?? false)
        if let m = options.yMin, m.isFinite { lo = m }
        if let m = options.yMax, m.isFinite { hi = m }
        let padded = LinearScale.paddedDomain(Swift.min(lo, hi), Swift.max(lo, hi))
        domain = fixed ? padded : Ticks.nice(padded, count: count)
        ticks = Ticks.ticks(domain.0, domain.1, count)
        let step = Ticks.tickStep(domain.0, domain.1, count)
        let values = ticks
        labels = formatter.map { f in values.map { f.tick($0, step: step) } } ?? Axis.labels(values, step: step)
    }

    var labelWidth: Double { Swift.max(16, Axis.maxWidth(labels)) }
}
