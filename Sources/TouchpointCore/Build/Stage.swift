/// The named steps of a build, in the order they run. Every diagnostic says
/// which one found it, and `touchpoint build` sums them up by stage.
public enum Stage: String, Sendable, CaseIterable, Comparable {
    case load, outline, plan, data, changes, render, write

    public static func < (a: Stage, b: Stage) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// Every diagnostic of one build, each tagged with the stage that found it:
/// the build goes on after errors, so one run reports every problem. Stages
/// hand on a `Staged<Value>` (`Diagnostics/Staged.swift`), as everything inside them does.
struct BuildReport {
    private(set) var diagnostics: [Diagnostic] = []

    mutating func take<Value>(_ stage: Stage, _ staged: Staged<Value>) -> Value {
        add(stage, staged.diagnostics)
        return staged.value
    }

    mutating func add(_ stage: Stage, _ found: [Diagnostic]) {
        diagnostics += found.map { var tagged = $0; tagged.stage = tagged.stage ?? stage; return tagged }
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.sorted() }
    var failure: BuildFailure { BuildFailure(diagnostics) }
}
