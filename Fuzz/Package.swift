// swift-tools-version:6.1
// libFuzzer targets for StanceGraph's readers, its DOT encoder and its extractor, outside the
// root package so that `swift build` and `swift test` there never see them. Build and run them
// with `Fuzz/run.sh [SECONDS]` (or `make fuzz`), which passes `-sanitize=fuzzer,address`;
// without it the targets do not link (LLVMFuzzerRunDriver is missing).
import PackageDescription

let package = Package(
  name: "StanceGraphFuzz",
  dependencies: [.package(name: "StanceGraph", path: "..")],
  targets: [
    // libFuzzer's driver entry point, declared for Swift.
    .systemLibrary(name: "CLibFuzzer"),

    // What every target shares: running libFuzzer, and the readers' checks.
    .target(
      name: "FuzzSupport",
      dependencies: ["CLibFuzzer", .product(name: "StanceGraph", package: "StanceGraph")]
    ),

    // One executable per reader: decode, and when that succeeds, check the round trips.
    .executableTarget(name: "fuzz-json", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "fuzz-yaml", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "fuzz-csv", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "fuzz-jsonl", dependencies: ["FuzzSupport"]),

    // The extractor: the bytes as news text; spans, quotes and sentences checked, and the graph.
    .executableTarget(
      name: "fuzz-extract",
      dependencies: [
        "FuzzSupport",
        .product(name: "StanceGraph", package: "StanceGraph"),
        .product(name: "StanceExtraction", package: "StanceGraph"),
      ]
    ),

    // The DOT encoder: a graph built from the bytes, its DOT parsed back by cgraph.
    .executableTarget(
      name: "fuzz-dot",
      dependencies: [
        "FuzzSupport",
        .product(name: "StanceGraph", package: "StanceGraph"),
        .product(name: "StanceAnalysis", package: "StanceGraph"),
        .product(name: "StanceExport", package: "StanceGraph"),
        .product(name: "StanceGraphviz", package: "StanceGraph"),
      ]
    ),

    // Layout: random graphs with random style options and views, rendered with every engine.
    .executableTarget(
      name: "fuzz-layout",
      dependencies: [
        "FuzzSupport",
        .product(name: "StanceGraph", package: "StanceGraph"),
        .product(name: "StanceAnalysis", package: "StanceGraph"),
        .product(name: "StanceExport", package: "StanceGraph"),
        .product(name: "StanceGraphviz", package: "StanceGraph"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
