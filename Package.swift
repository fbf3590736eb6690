// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "StanceGraph",
  products: [
    .library(name: "StanceGraph", targets: ["StanceGraph"]),
    .library(name: "StanceAnalysis", targets: ["StanceAnalysis"]),
    .library(name: "StanceExport", targets: ["StanceExport"]),
    .library(name: "StanceGraphviz", targets: ["StanceGraphviz"]),
    .library(name: "StanceReport", targets: ["StanceReport"]),
    .library(name: "StanceExtraction", targets: ["StanceExtraction"]),
    .library(name: "StanceEvents", targets: ["StanceEvents"]),
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

    // Machine-coded event data (GDELT, ICEWS, PLOVER) imported as statements; layouts and the
    // CAMEO mapping are data files. zlib reads .gz inputs.
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
    ),
    .target(
      name: "StanceEvents",
      dependencies: ["StanceGraph", "CZlib"],
      resources: [.copy("Resources")]
    ),

    // The exporter: DOT, GraphML and node-link JSON in pure Swift (no C library needed).
    .target(name: "StanceExport", dependencies: ["StanceGraph", "StanceAnalysis"]),

    // Rendering DOT text through libgraphviz (cgraph/gvc), in-process; its input is DOT text.
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    .target(name: "StanceGraphviz", dependencies: ["CGraphviz", "StanceGraph"]),

    // The HTML report, built from results already computed and an SVG already rendered.
    .target(name: "StanceReport", dependencies: ["StanceGraph", "StanceAnalysis"]),

    // The command-line tool.
    .executableTarget(
      name: "stancegraph",
      dependencies: [
        "StanceGraph",
        "StanceAnalysis",
        "StanceExport",
        "StanceGraphviz",
        "StanceReport",
        "StanceExtraction",
        "StanceEvents",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Benchmarks: an executable run by `make bench`, never by the tests.
    .executableTarget(
      name: "stancegraph-bench",
      dependencies: [
        "StanceGraph", "StanceAnalysis", "StanceExport", "StanceGraphviz", "StanceExtraction",
      ],
      path: "Benchmarks/StanceBench"
    ),

    // Examples that embed the API; the CLI tests build and run them.
    .executableTarget(
      name: "quick-start",
      dependencies: ["StanceGraph", "StanceAnalysis", "StanceExport", "StanceGraphviz"],
      path: "Examples/quick-start"
    ),
    .executableTarget(
      name: "build-and-draw",
      dependencies: ["StanceGraph", "StanceAnalysis", "StanceExport", "StanceGraphviz"],
      path: "Examples/build-and-draw"
    ),
    .executableTarget(
      name: "csv-stances",
      dependencies: ["StanceGraph", "StanceAnalysis"],
      path: "Examples/csv-stances"
    ),

    // Tests: one target per module, plus the built CLI end to end, and their shared fixtures.
    .target(
      name: "StanceTestSupport",
      dependencies: ["StanceGraph", "StanceAnalysis", "StanceExport"],
      path: "Tests/StanceTestSupport"
    ),
    .testTarget(
      name: "StanceGraphTests",
      dependencies: ["StanceGraph", "StanceTestSupport"]
    ),
    .testTarget(
      name: "StanceAnalysisTests",
      dependencies: ["StanceAnalysis", "StanceGraph", "StanceTestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "StanceExportTests",
      dependencies: [
        "StanceExport", "StanceGraphviz", "StanceAnalysis", "StanceGraph", "StanceTestSupport",
      ],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "StanceGraphvizTests",
      dependencies: [
        "StanceGraphviz", "StanceExport", "StanceAnalysis", "StanceGraph", "StanceTestSupport",
      ]
    ),
    .testTarget(
      name: "StanceReportTests",
      dependencies: [
        "StanceReport", "StanceGraphviz", "StanceExport", "StanceAnalysis", "StanceGraph",
        "StanceTestSupport",
      ]
    ),
    .testTarget(
      name: "StanceExtractionTests",
      dependencies: ["StanceExtraction", "StanceGraph", "StanceTestSupport"],
      exclude: ["DevSet"]
    ),
    .testTarget(
      name: "StanceEventsTests",
      dependencies: ["StanceEvents", "StanceGraph"],
      resources: [.copy("Fixtures")]
    ),
    // The ```swift examples of the README and docs/, compiled (scripts/doc-snippets.py).
    .testTarget(
      name: "DocSnippetTests",
      dependencies: [
        "StanceGraph", "StanceAnalysis", "StanceExport", "StanceGraphviz", "StanceReport",
        "StanceEvents", "StanceTestSupport",
      ]
    ),
    .testTarget(
      name: "StanceGraphCLITests",
      dependencies: ["StanceGraph", "StanceAnalysis", "StanceTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
