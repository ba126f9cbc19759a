import Foundation
import TouchpointCharts
@testable import TouchpointCore
import FuzzDriver

/// A data file's bytes, as `DataStore` hands them over: parse, validate,
/// position every diagnostic; then, when the file is valid, draw each chart
/// its kind allows, since the validator exists to make that safe.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let file = SourceFile(displayPath: "Content/data/fuzz.json")
    let result = DataLoader.load(bytes, file: file)
    switch result.value {
    case let .some(loaded):
        for type in ChartType.allCases where ChartEngine.accepted(type).contains(loaded.kind) {
            let request = ChartRequest(type: type, data: loaded.data, options: ChartOptions(),
                                       provenance: loaded.provenance, idPrefix: "tp-fuzz")
            if case let .success(output) = ChartEngine.render(request) {
                _ = FigureHTML.figure(output, id: "tp-fuzz", caption: nil, provenance: loaded.provenance,
                                      title: type.rawValue)
            }
        }
        _ = FigureHTML.table(ChartEngine.table(for: loaded.data, fields: nil), caption: nil)
    case .none:
        // A rejected file must say why, at a place the author can find.
        guard !result.diagnostics.isEmpty else { fatalError("a rejected data file got no diagnostic") }
        let lines = lineCount(bytes)
        for diagnostic in result.diagnostics where diagnostic.line > lines {
            fatalError("diagnostic past the last line (\(lines)): \(diagnostic)")
        }
    }
    return 0
}

/// Lines as an editor counts them: LF, CRLF and a lone CR each end one.
private func lineCount(_ bytes: Data) -> Int {
    var lines = 1
    var previous: UInt8 = 0
    for byte in bytes {
        if byte == 0x0A, previous != 0x0D { lines += 1 }
        if byte == 0x0D { lines += 1 }
        previous = byte
    }
    return lines
}

@main
enum FuzzJSONMain {
    static func main() {
        exit(touchpoint_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
    }
}
