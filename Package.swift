// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "prompt-lint",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "prompt-lint", targets: ["prompt-lint"]),
        .library(name: "PromptLintCore", targets: ["PromptLintCore"]),
        .library(name: "PCRE2Kit", targets: ["PCRE2Kit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The only C library prompt-lint links: PCRE2, 8-bit code units.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        // The one module that talks to PCRE2. It knows nothing about prompts.
        .target(name: "PCRE2Kit", dependencies: ["CPCRE2"], swiftSettings: strict),
        // Regenerates Sources/PromptLintCore/EmbeddedRules.swift from Rules/ (scripts/embed-rules).
        .executableTarget(name: "EmbedRules", swiftSettings: strict),
        // Rules, matching, scoring and rewriting. No file or network I/O.
        .target(
            name: "PromptLintCore",
            dependencies: ["PCRE2Kit"],
            swiftSettings: strict
        ),
        // Everything the command line needs: inputs, file walking, reporters, commands.
        .target(
            name: "PromptLintCLI",
            dependencies: [
                "PromptLintCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "prompt-lint", dependencies: ["PromptLintCLI"], swiftSettings: strict),
        .executableTarget(
            name: "prompt-lint-bench",
            dependencies: ["PromptLintCore", "PromptLintCLI"],
            swiftSettings: strict
        ),
        // libFuzzer targets (scripts/fuzz.sh); built normally, it replays a corpus as a regression check.
        .executableTarget(name: "prompt-lint-fuzz", dependencies: ["PromptLintCore", "PCRE2Kit"], swiftSettings: strict),
        .testTarget(name: "PCRE2KitTests", dependencies: ["PCRE2Kit"], swiftSettings: strict),
        .testTarget(name: "PromptLintCoreTests", dependencies: ["PromptLintCore", "PCRE2Kit"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "PromptLintCLITests",
            dependencies: ["PromptLintCLI", "PromptLintCore", "prompt-lint"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
