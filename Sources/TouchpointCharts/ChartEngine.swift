/// Entry point of the chart engine: data in, SVG out.
public enum ChartEngine {
    public static func render(_ request: ChartRequest) -> Result<ChartOutput, ChartError> {
        .failure(ChartError("chart type '\(request.type.rawValue)' is not drawn yet", option: "type"))
    }
}
