// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets, built apart from the main package because every module
// must be compiled with the fuzzer and address sanitizers.
let package = Package(
    name: "TouchpointFuzz",
    platforms: [.macOS(.v13)],
    // Named, because a path dependency's identity is otherwise its folder's
    // name, which differs between worktrees and CI clones.
    dependencies: [.package(name: "Touchpoint", path: "..")],
    targets: [
        .executableTarget(name: "FuzzRequestHead", dependencies: [.product(name: "TouchpointServer", package: "Touchpoint")]),
    ],
    swiftLanguageModes: [.v5]
)
