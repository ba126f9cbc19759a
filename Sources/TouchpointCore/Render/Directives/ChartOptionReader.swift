import TouchpointCharts

/// The chart options that shape how data reads: combining repeats, order,
/// titles, number and date formats, series colours and annotations.
enum ChartOptionReader {
    static func read(_ key: String, _ value: Located<YAMLValue>, into options: inout ChartOptions,
                     file: SourceFile) -> Staged<Void> {
        var out = Staged(())
        func fail(_ message: String, at place: Located<YAMLValue>) {
            out.report(file.error("\(key): \(message)", line: place.line, column: place.column))
        }
        switch key {
        case "aggregate":
            guard let text = out.take(value.string(key, in: file)) else { break }
            guard let aggregate = Aggregate(rawValue: text) else {
                fail(DataChecker.unknown("aggregate", text, Aggregate.allCases.map(\.rawValue)), at: value)
                break
            }
            options.aggregate = aggregate
        case "sort":
            guard let text = out.take(value.string(key, in: file)) else { break }
            if text == "none" { options.sort = nil; break }
            guard let order = SortOrder(rawValue: text) else {
                fail(DataChecker.unknown("order", text, SortOrder.allCases.map(\.rawValue) + ["none"]), at: value)
                break
            }
            options.sort = order
        case "xTitle": options.xTitle = out.take(value.string(key, in: file))
        case "yTitle": options.yTitle = out.take(value.string(key, in: file))
        case "format":
            guard let text = out.take(value.string(key, in: file)) else { break }
            switch ValueFormat.parse(text) {
            case .success(let format): options.format = format
            case .failure(let error): fail(error.message, at: value)
            }
        case "xFormat":
            guard let text = out.take(value.string(key, in: file)) else { break }
            switch DatePattern.parse(text) {
            case .success: options.xFormat = text
            case .failure(let error): fail(error.message, at: value)
            }
        case "colors":
            guard case let .mapping(pairs) = value.value else {
                fail("expected one line per series, such as 'Detractors: negative'", at: value)
                break
            }
            for (series, token) in pairs {
                guard case let .scalar(text, _) = token.value else {
                    fail("\(series.value): expected a colour such as c3, negative or #D55E00", at: token)
                    continue
                }
                options.colors[series.value] = text
            }
        case "annotations":
            guard case let .sequence(items) = value.value else {
                fail("expected a list such as '- {x: 2026-03, label: Price change}'", at: value)
                break
            }
            for item in items {
                if let note = annotation(item, file: file, report: { out.report($0) }) { options.annotations.append(note) }
            }
        default: break
        }
        return out
    }

    /// `{x: 2026-03, label: "Price change"}` or `{y: 40, label: Target}`.
    static func annotation(_ item: Located<YAMLValue>, file: SourceFile, report: (Diagnostic) -> Void) -> Annotation? {
        guard case let .mapping(pairs) = item.value else {
            report(file.error("annotations: expected {x: …, label: …} or {y: …, label: …}", line: item.line, column: item.column))
            return nil
        }
        var position: Annotation.Position?
        var label: String?
        for (key, value) in pairs {
            guard case let .scalar(text, plain) = value.value else {
                report(file.error("annotations: \(key.value): expected a single value", line: value.line, column: value.column))
                return nil
            }
            switch key.value {
            case "x": position = .x(text)
            case "y":
                guard plain, let number = Double(text), number.isFinite else {
                    report(file.error("annotations: y: expected a number, found '\(text)'", line: value.line, column: value.column))
                    return nil
                }
                position = .y(number)
            case "label": label = text
            default:
                report(file.error("annotations: unknown key '\(key.value)'" + Suggestion.didYouMean(key.value, in: ["x", "y", "label"]),
                                  line: key.line, column: key.column))
                return nil
            }
        }
        guard let position else {
            report(file.error("annotations: give 'x' (a point on the x axis) or 'y' (a value)", line: item.line, column: item.column))
            return nil
        }
        guard let label, !label.isEmpty else {
            report(file.error("annotations: give a 'label' saying what happened", line: item.line, column: item.column))
            return nil
        }
        return Annotation(position: position, label: label)
    }
}
