// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Touchpoint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "touchpoint", targets: ["touchpoint"]),
        .library(name: "TouchpointCore", targets: ["TouchpointCore"]),
        // For the request-head fuzz target in Fuzz/.
        .library(name: "TouchpointServer", targets: ["TouchpointServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CAtomicRename"),
        .target(name: "TouchpointMarkdown", dependencies: ["CCmark"]),
        .target(name: "TouchpointCharts"),
        // Mustache renderer for themes; swift-mustache is only its test oracle.
        .target(name: "TouchpointTemplates"),
        .target(
            name: "TouchpointCore",
            dependencies: [
                "TouchpointMarkdown",
                "TouchpointCharts",
                "CAtomicRename",
                "TouchpointTemplates",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .target(
            name: "TouchpointServer",
            dependencies: ["TouchpointCore", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "touchpoint",
            dependencies: [
                "TouchpointCore",
                "TouchpointServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TouchpointMarkdownTests", dependencies: ["TouchpointMarkdown"]),
        .testTarget(name: "TouchpointChartsTests", dependencies: ["TouchpointCharts"], exclude: ["Golden"]),
        .testTarget(name: "TouchpointCoreTests", dependencies: ["TouchpointCore", "TouchpointTemplates"], exclude: ["Fixtures"]),
        .testTarget(
            name: "TouchpointTemplatesTests",
            dependencies: ["TouchpointTemplates", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["touchpoint"]),
        .testTarget(name: "TouchpointServerTests", dependencies: ["TouchpointServer", .product(name: "FlyingFox", package: "FlyingFox")]),
    ],
    swiftLanguageModes: [.v5]
)
