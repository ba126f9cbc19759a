import Testing
import TouchpointTemplates

/// Random templates and values, rendered by both engines.
@Suite struct PropertyDifferentialTests {
    static let cases = 2_000

    @Test func randomTemplatesMatchSwiftMustache() {
        var compared = 0
        var orderDependent = 0
        var rejected = 0
        for seed in 0..<UInt64(Self.cases) {
            var generator = TemplateGenerator(seed: seed)
            let templates = generator.templates()
            let context = generator.context()
            let ours = Engine.render(templates, name: "main", context: context)
            // swift-mustache prints a dictionary in hash order, which no
            // template can rely on; such cases are counted, not compared.
            if ours != Engine.render(templates, name: "main", context: context.keysReversed) {
                orderDependent += 1
                continue
            }
            let theirs = Oracle.render(templates, name: "main", context: context)
            if theirs == nil { rejected += 1 }
            #expect(ours == theirs, "seed \(seed): \(templates.map { "\($0.name): \(String(reflecting: $0.source))" }.joined(separator: "\n"))\ncontext: \(context)")
            compared += 1
            if ours != theirs { break }
        }
        #expect(compared > Self.cases * 3 / 4, "compared \(compared), order-dependent \(orderDependent)")
        #expect(rejected < compared / 4, "both rejected \(rejected) of \(compared)")
    }
}
