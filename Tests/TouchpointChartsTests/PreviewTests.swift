import Testing
@testable import TouchpointCharts

/// With TOUCHPOINT_PREVIEW=<dir>, writes each fixture chart as an HTML page for a look in a browser.
@Suite struct PreviewTests {
    @Test func writePreviews() throws {
        guard let dir = Env.value("TOUCHPOINT_PREVIEW") else { return }
        var requests = ChartType.allCases.map { (Fixtures.request($0), $0.rawValue) }
        for type in [ChartType.opportunities, .funnel] {
            requests.append((RealData.request(type), "real-\(type.rawValue)"))
            requests.append((RealData.request(type, width: 544), "real-\(type.rawValue)-544"))
        }
        for (request, name) in requests {
            guard case .success(let out) = ChartEngine.render(request) else { continue }
            let html = """
            <!doctype html><html><head><meta charset="utf-8"><style>
            :root { --tp-c1:#0072B2; --tp-c2:#E69F00; --tp-c3:#009E73; --tp-c4:#CC79A7; --tp-c5:#56B4E9; --tp-c6:#D55E00; --tp-c7:#F0E442; --tp-c8:#000;
            --tp-good:#00795c; --tp-bad:#b8470a; --tp-neutral:#5f6875; --tp-axis:#8a929e; --tp-grid:#e6e9ed; --tp-text:#1a1d23; --tp-muted:#586170; --tp-bg:#fff;
            --tp-seq1:#fde725; --tp-seq2:#5ec962; --tp-seq3:#21918c; --tp-seq4:#3b528b; --tp-seq5:#440154; }
            body { margin: 10px; font-family: system-ui, sans-serif; } svg { width: \(Int(request.options.width ?? 720))px; height: auto; display: block; }
            </style></head><body>\(out.svg)<p style="width:720px;font-size:12px">\(XMLEscape.escape(out.summary)) | \(XMLEscape.escape(out.notes.joined(separator: "; ")))</p></body></html>
            """
            try FileIO.write(html, to: "\(dir)/\(name).html")
        }
    }
}
