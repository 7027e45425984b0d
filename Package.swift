// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Pantau",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pantau", targets: ["pantau"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // C libraries, reached through their C APIs (see Sources/CCurl/shim.h, Sources/CLibXML2/shim.h).
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // Value types shared by every stage.
        .target(name: "PantauModel"),
        .target(name: "PantauRegistry", dependencies: ["PantauModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "PantauFetch", dependencies: ["CCurl"]),
        .target(name: "PantauParse", dependencies: ["PantauModel", "CLibXML2"]),
        // feedparser-shaped JSON of a parsed feed, for the conformance corpus and `pantau-dev conformance`.
        .target(name: "PantauConformance", dependencies: ["PantauParse", "PantauModel"]),
        .target(name: "PantauMatch", dependencies: ["PantauModel"]),
        // Platform API requests and answers (Graph API, YouTube Data API, TikTok Display API). No I/O.
        .target(name: "PantauPlatforms", dependencies: ["PantauModel"]),
        .target(name: "PantauStore", dependencies: [
            "PantauModel", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "PantauScore", dependencies: ["PantauModel"]),
        .target(name: "PantauReport", dependencies: ["PantauModel"]),
        .target(name: "PantauAlert", dependencies: ["PantauModel", "PantauFetch"]),
        .target(name: "PantauPipeline", dependencies: [
            "PantauModel", "PantauRegistry", "PantauFetch", "PantauParse", "PantauMatch",
            "PantauStore", "PantauScore", "PantauReport", "PantauAlert", "PantauPlatforms", "PantauServer",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "SwiftCSV", package: "SwiftCSV"),
        ]),
        // The web dashboard, JSON API and /metrics (`pantau serve`). It asks its `DashboardWorkspace`
        // (the Pipeline's Workspace) for everything; the Pipeline builds it and owns `serve`.
        .target(name: "PantauServer", dependencies: [
            "PantauModel",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .executableTarget(name: "pantau", dependencies: [
            "PantauPipeline", "PantauModel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Developer commands (the conformance corpus writer the parse benchmark and tests run).
        .executableTarget(name: "pantau-dev", dependencies: [
            "PantauPipeline", "PantauModel", "PantauConformance",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Test support: a loopback HTTP server that can misbehave on purpose.
        .target(name: "PantauTestSupport", dependencies: ["PantauModel"], path: "Tests/PantauTestSupport"),

        .testTarget(name: "PantauRegistryTests", dependencies: ["PantauRegistry"]),
        .testTarget(name: "PantauFetchTests", dependencies: ["PantauFetch", "PantauTestSupport"]),
        .testTarget(name: "PantauParseTests", dependencies: ["PantauParse", "PantauConformance"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PantauPlatformsTests", dependencies: ["PantauPlatforms", "PantauFetch", "PantauTestSupport"]),
        // Parse only to hand the labelled sets' HTML posts over as the Pipeline does (HTMLText.plainText).
        .testTarget(name: "PantauMatchTests", dependencies: ["PantauMatch", "PantauParse"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PantauStoreTests", dependencies: ["PantauStore", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .testTarget(name: "PantauScoreTests", dependencies: ["PantauScore", "PantauTestSupport"]),
        .testTarget(name: "PantauReportTests", dependencies: ["PantauReport", "PantauScore", "PantauTestSupport"]),
        .testTarget(name: "PantauAlertTests", dependencies: ["PantauAlert", "PantauTestSupport"]),
        .testTarget(name: "PantauServerTests", dependencies: [
            "PantauServer", "PantauPipeline", "PantauStore", "PantauTestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "PantauPipelineTests", dependencies: [
            "PantauPipeline", "PantauTestSupport", .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Runs the built `pantau` and `pantau-dev` binaries as subprocesses (the dependencies make SwiftPM build them first).
        .testTarget(name: "PantauCLITests", dependencies: ["pantau", "pantau-dev"]),

        // Benchmark: weekly report on 5,000 units / 50,000 innovations / 1M posts, generated in
        // memory. Run with Benchmarks/report/run.sh (release build in .build-bench).
        .executableTarget(name: "pantau-report-bench", dependencies: ["PantauModel", "PantauScore", "PantauReport", "PantauAlert"],
                          path: "Benchmarks/report", exclude: ["run.sh", "screenshot.sh"]),

        // Benchmark of the matcher (built only by Benchmarks/match/run.sh, in release, in .build-bench).
        .executableTarget(name: "pantau-match-bench", dependencies: ["PantauMatch", "PantauModel", "PantauParse"],
                          path: "Benchmarks/match/Sources"),

        // Benchmarks (built only by Benchmarks/*/run.sh, in their own scratch path).
        // The raw libcurl multi fetch-only pass that Benchmarks/crawl/run.sh compares the crawl against.
        // `pantau-crawl-bench stages` also times parse, match and store one by one (no network).
        .executableTarget(name: "pantau-crawl-bench", dependencies: [
            "CCurl", "PantauModel", "PantauRegistry", "PantauParse", "PantauMatch", "PantauStore",
        ]),

        // Parse benchmark driver (Benchmarks/parse/run.sh builds it in release with its own scratch path).
        .executableTarget(name: "pantau-parse-bench", dependencies: ["PantauParse", "PantauModel"]),
    ]
)
