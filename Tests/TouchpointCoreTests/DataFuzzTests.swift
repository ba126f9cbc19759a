import Foundation
import Testing
@testable import TouchpointCore

/// SplitMix64: tiny, seeded, so a failing case can be replayed.
struct DataSeededRNG: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct DataFuzzTests {
    static let seeds: [String] = [
        #"{"kind":"kpis","asOf":"2026-09-30","kpis":[{"id":"nps","name":"NPS","direction":"up","points":[{"date":"2026-01","value":28},{"date":"2026-02","value":null}]}]}"#,
        "{\"kind\":\"journey\",\"name\":\"J\",\"emotionScale\":{\"min\":-3,\"max\":3},\"stages\":[{\"name\":\"A\",\"actual\":1,\"touchpoints\":[{\"name\":\"é\",\"effort\":2}]}]}",
        #"{"kind":"matrix","name":"M","rows":["a","b"],"columns":["c"],"scale":{"min":0,"max":10},"cells":[{"row":"a","column":"c","value":5,"status":"ours"}]}"#,
        #"{"kind":"expectations","layers":[{"layer":"joy","items":[{"name":"a","score":1,"target":9}]}]}"#,
        #"{"kind":"opportunities","outcomes":[{"name":"a","importance":8,"satisfaction":3}]}"#,
        #"[{"a":1,"b":"x\u00e9\n","c":true},{"a":-2.5e3,"d":null}]"#,
        #"["\uD83D\uDE00", 12345678901234567890, [[[]]], {"k":{}}]"#,
    ]

    /// Bytes that matter to the grammar, so random input gets past the first byte.
    static let alphabet = Array("{}[]:,\"\\ \n\t-+.0123456789eEtrufalsn/uD8Cd'".utf8) + [0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xFF, 0x00, 0xEF, 0xBB, 0xBF]

    @Test func neverCrashesOnRandomOrMutatedInput() {
        var rng = DataSeededRNG(state: 20_260_930)
        var failures = 0
        for index in 0..<2_000 {
            let bytes = index % 2 == 0 ? Self.randomBytes(&rng) : Self.mutated(Self.seeds[index / 2 % Self.seeds.count], &rng)
            let result = DataLoader.load(Data(bytes), file: dataTestFile)
            switch result.value {
            case .some: break
            case .none:
                let diagnostics = result.diagnostics
                failures += 1
                let lines = bytes.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
                #expect(!diagnostics.isEmpty)
                for d in diagnostics {
                    #expect(d.line >= 1 && d.line <= lines && d.column >= 1 && d.column <= bytes.count + 1,
                            "case \(index): \(d)")
                }
            }
        }
        // Most random input is invalid; if nearly none failed the mutator is broken.
        #expect(failures > 1_000)
    }

    static func randomBytes(_ rng: inout DataSeededRNG) -> [UInt8] {
        let count = Int.random(in: 0...200, using: &rng)
        return (0..<count).map { _ in
            Bool.random(using: &rng) ? alphabet.randomElement(using: &rng) ?? 0 : UInt8.random(in: 0...255, using: &rng)
        }
    }

    static func mutated(_ seed: String, _ rng: inout DataSeededRNG) -> [UInt8] {
        var bytes = Array(seed.utf8)
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let at = Int.random(in: 0...bytes.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0 where at < bytes.count: bytes[at] = alphabet.randomElement(using: &rng) ?? 0
            case 1: bytes.insert(alphabet.randomElement(using: &rng) ?? 0, at: at)
            case 2 where at < bytes.count: bytes.remove(at: at)
            case 3: bytes = Array(bytes[..<at])
            case 4 where at < bytes.count:
                let end = min(bytes.count, at + Int.random(in: 1...20, using: &rng))
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            default: bytes.insert(UInt8.random(in: 0...255, using: &rng), at: at)
            }
        }
        return bytes
    }

    @Test func parsesAFiveMegabyteFile() {
        var text = "["
        var count = 0
        while text.utf8.count < 5_000_000 {
            if count > 0 { text += ",\n" }
            text += "{\"id\":\(count),\"name\":\"customer \(count) caf\\u00e9\",\"score\":\(count % 100).5,\"ok\":\(count % 2 == 0),\"note\":null}"
            count += 1
        }
        text += "]"
        guard let loaded = DataLoader.load(Data(text.utf8), file: dataTestFile).value,
              case .records(let records) = loaded.data
        else { Issue.record("did not load"); return }
        #expect(records.rows.count == count)
        #expect(records.fields == ["id", "name", "score", "ok", "note"])
        #expect(records.rows.last?["name"] == .text("customer \(count - 1) café"))
    }
}
