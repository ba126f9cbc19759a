// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets, built apart from the main package because every module
// must be compiled with the fuzzer and address sanitizers: see docs/fuzzing.md
// or run `make fuzz`.

/// What every fuzz target links: the code under test and libFuzzer's entry.
let fuzzTarget: [Target.Dependency] = [
    "FuzzDriver",
    .product(name: "TouchpointCore", package: "Touchpoint"),
]

let package = Package(
    name: "TouchpointFuzz",
    platforms: [.macOS(.v13)],
    // Named, because a path dependency's identity is otherwise its folder's
    // name, which differs between worktrees and CI clones.
    dependencies: [.package(name: "Touchpoint", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzJSON", dependencies: fuzzTarget),
        .executableTarget(name: "FuzzFrontMatter", dependencies: fuzzTarget),
        .executableTarget(name: "FuzzMarkdown", dependencies: fuzzTarget),
        .executableTarget(name: "FuzzRequestHead",
                          dependencies: fuzzTarget + [.product(name: "TouchpointServer", package: "Touchpoint")]),
    ],
    swiftLanguageModes: [.v5]
)
