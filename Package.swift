// swift-tools-version: 6.1
import PackageDescription

// The targets follow the pipeline: a source file becomes a located document (ASLLoad),
// then a typed model (ASLModel), then findings and metrics (ASLAnalysis), then text
// (ASLRender; ASLGraphviz for in-process layout). The `aslkit` executable is a thin adapter.
let package = Package(
    name: "aslkit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "aslkit", targets: ["aslkit"]),
        .library(name: "ASLKit", targets: ["ASLLoad", "ASLModel", "ASLAnalysis", "ASLRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
    ],
    targets: [
        .target(name: "ASLSource"),
        .target(
            name: "ASLLoad",
            dependencies: [
                "ASLSource", "CLibYAML",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .target(name: "ASLExpressions", dependencies: ["ASLSource"]),
        .target(
            name: "ASLModel",
            dependencies: ["ASLSource", "ASLLoad", .product(name: "OrderedCollections", package: "swift-collections")]
        ),
        .target(
            name: "ASLAnalysis",
            dependencies: [
                "ASLSource", "ASLLoad", "ASLModel", "ASLExpressions",
                .product(name: "BigInt", package: "BigInt"),
            ]
        ),
        .target(name: "ASLRender", dependencies: ["ASLSource", "ASLLoad", "ASLModel", "ASLAnalysis"]),
        // libyaml's event parser, read straight into the document arena (a composed tree of a
        // higher-level YAML library costs ~40× the text; issue #12).
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Graphviz's headers only: no pkgConfig, whose `--libs` would link libgvc (and the six
        // libraries it needs) into every start of the binary. Linux opens libgvc on the first layout
        // (GraphvizLibrary); macOS links it through CGraphvizLinked (Homebrew's paths).
        .systemLibrary(
            name: "CGraphviz",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .systemLibrary(
            name: "CGraphvizLinked",
            pkgConfig: "libgvc",
            providers: [.brew(["graphviz"])]
        ),
        .target(
            name: "ASLGraphviz",
            dependencies: ["CGraphviz", .target(name: "CGraphvizLinked", condition: .when(platforms: [.macOS]))]
        ),
        .systemLibrary(name: "CMallocControl", path: "Sources/CMallocControl"),
        .executableTarget(
            name: "aslkit",
            dependencies: [
                "ASLSource", "ASLLoad", "ASLModel", "ASLAnalysis", "ASLRender", "ASLGraphviz", "CMallocControl",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Rainbow", package: "Rainbow"),
            ]
        ),
        .executableTarget(
            name: "aslkit-bench",
            dependencies: ["ASLSource", "ASLLoad", "ASLModel", "ASLAnalysis", "ASLRender", "ASLGraphviz"]
        ),
        // libFuzzer targets (Tests/Tools/fuzz.sh builds them with -sanitize=fuzzer,address
        // -DASLKIT_FUZZ); a normal build replays inputs through them (FuzzReplayTests).
        .executableTarget(
            name: "aslkit-fuzz",
            dependencies: ["ASLSource", "ASLLoad", "ASLModel", "ASLExpressions", "ASLAnalysis", "ASLRender", "ASLGraphviz"]
        ),
        .target(name: "TestSupport", dependencies: [], path: "Tests/TestSupport"),
        .testTarget(name: "ASLLoadTests", dependencies: ["ASLLoad", "TestSupport"]),
        .testTarget(name: "ASLExpressionsTests", dependencies: ["ASLExpressions", "TestSupport"]),
        .testTarget(name: "ASLModelTests", dependencies: ["ASLModel", "ASLLoad", "TestSupport"]),
        .testTarget(
            name: "ASLAnalysisTests",
            dependencies: ["ASLAnalysis", "ASLModel", "ASLLoad", "TestSupport", .product(name: "BigInt", package: "BigInt")],
            exclude: ["Fixtures", "Golden", "Paths/Golden"]
        ),
        .testTarget(
            name: "ASLRenderTests",
            dependencies: ["ASLRender", "ASLAnalysis", "ASLModel", "ASLLoad", "ASLGraphviz", "TestSupport"],
            exclude: ["Golden", "Diagnostics/Golden", "PathsReport/Golden", "TimingReport/Golden", "DiffReport/Golden"]
        ),
        .testTarget(name: "aslkitTests", dependencies: ["TestSupport", "ASLAnalysis", "ASLRender"]),
        .testTarget(name: "ASLGraphvizTests", dependencies: ["ASLGraphviz"]),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny")
    ]
}
