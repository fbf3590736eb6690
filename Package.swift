// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "StanceGraph",
  products: [
    .library(name: "StanceGraph", targets: ["StanceGraph"]),
    .library(name: "StanceAnalysis", targets: ["StanceAnalysis"]),
    .library(name: "StanceGraphviz", targets: ["StanceGraphviz"]),
    .library(name: "StanceExtraction", targets: ["StanceExtraction"]),
    .executable(name: "stancegraph", targets: ["stancegraph"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    // Documentation only: `swift package generate-documentation`.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
  ],
  targets: [
    // The graph module: the claim-stance model and its file formats.
    .target(
      name: "StanceGraph",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),

    // The analysis module: signed projection, stances, positions, blocs, balance. The exact
    // solvers prove optima with COIN-OR CBC through its C interface (CbcSolver.swift only).
    .systemLibrary(
      name: "CCbc",
      pkgConfig: "cbc",
      providers: [.apt(["coinor-libcbc-dev"]), .brew(["cbc"])]
    ),
    .target(name: "StanceAnalysis", dependencies: ["StanceGraph", "CCbc"]),

    // The extractor: statements coded from news text by rules and a gazetteer (data files).
    .target(
      name: "StanceExtraction",
      dependencies: ["StanceGraph"],
      resources: [.copy("Resources")]
    ),

    // The exporter: DOT in pure Swift, rendering through libgraphviz (cgraph/gvc).
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    .target(
      name: "StanceGraphviz",
      dependencies: ["StanceGraph", "StanceAnalysis", "CGraphviz"]
    ),

    // The command-line tool.
    .executableTarget(
      name: "stancegraph",
      dependencies: [
        "StanceGraph",
        "StanceAnalysis",
        "StanceGraphviz",
        "StanceExtraction",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Benchmarks: an executable run by `make bench`, never by the tests.
    .executableTarget(
      name: "stancegraph-bench",
      dependencies: ["StanceGraph", "StanceAnalysis", "StanceGraphviz", "StanceExtraction"],
      path: "Benchmarks/StanceBench"
    ),

    // Examples that embed the API; the CLI tests build and run them.
    .executableTarget(
      name: "build-and-draw",
      dependencies: ["StanceGraph", "StanceAnalysis", "StanceGraphviz"],
      path: "Examples/build-and-draw"
    ),
    .executableTarget(
      name: "csv-stances",
      dependencies: ["StanceGraph", "StanceAnalysis"],
      path: "Examples/csv-stances"
    ),

    // Tests: one target per module, plus the built CLI end to end.
    .testTarget(
      name: "StanceGraphTests",
      dependencies: ["StanceGraph"]
    ),
    .testTarget(
      name: "StanceAnalysisTests",
      dependencies: ["StanceAnalysis", "StanceGraph"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "StanceGraphvizTests",
      dependencies: ["StanceGraphviz", "StanceAnalysis", "StanceGraph"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "StanceExtractionTests",
      dependencies: ["StanceExtraction", "StanceGraph"],
      exclude: ["DevSet"]
    ),
    .testTarget(
      name: "StanceGraphCLITests",
      dependencies: ["StanceGraph"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
