// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

// Release builds of `prompt-lint` on Linux link the Swift runtime and FoundationEssentials statically: loading shared
// libraries was two thirds of a pre-commit-sized call, and a static binary copied to another machine needs no Swift
// toolchain. The CLI uses FoundationEssentials only, so full Foundation, CoreFoundation and ICU are not linked at all
// (tens of megabytes, and thousands of protocol conformance records the runtime would scan at start-up). The
// toolchain's own static libraries are listed as the `swiftc -static-stdlib` driver lists them (one linker group);
// SwiftPM's `--static-swift-stdlib` does the same for every product.
let staticRuntime: [String] = [
    "-static-stdlib", "-Xlinker", "--start-group",
    "-lFoundationEssentials", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftDispatch", "-ldispatch",
    "-lBlocksRuntime", "-lswiftSynchronization", "-lswiftCore", "-lswift_Concurrency", "-lswift_StringProcessing",
    "-lswift_RegexParser", "-lswiftGlibc", "-Xlinker", "--end-group", "-lstdc++", "-use-ld=lld",
]

let package = Package(
    name: "prompt-lint",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "prompt-lint", targets: ["prompt-lint"]),
        .library(name: "PromptLintCore", targets: ["PromptLintCore"]),
        .library(name: "PCRE2Kit", targets: ["PCRE2Kit"]),
        .library(name: "PromptLintClient", targets: ["PromptLintClient"]),
        .library(name: "MessagesEmulator", targets: ["MessagesEmulator"]),
        .executable(name: "prompt-lint-emulator", targets: ["prompt-lint-emulator"]),
        .executable(name: "prompt-lint-send", targets: ["prompt-lint-send"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
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
        // Regenerates Sources/PromptLintCore/EmbeddedRules.swift from Rules/, then the rule snapshot and automaton in
        // Sources/PromptLintData from the embedded rules (scripts/embed-rules).
        .executableTarget(name: "EmbedRules", dependencies: ["PromptLintCore"], swiftSettings: strict),
        // The built-in rules parsed ahead of time and their keyword prefilter, written by scripts/embed-rules and
        // compiled into the binary as they are (C's `#embed`), so a process uses them where they lie.
        .target(name: "PromptLintData", exclude: ["rules.snapshot", "prefilter.layout"]),
        // Rules, matching, scoring and rewriting. No file or network I/O.
        .target(
            name: "PromptLintCore",
            dependencies: ["PCRE2Kit", "PromptLintData"],
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
        .executableTarget(
            name: "prompt-lint",
            dependencies: ["PromptLintCLI"],
            swiftSettings: strict,
            linkerSettings: [.unsafeFlags(staticRuntime, .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "prompt-lint-bench",
            dependencies: ["PromptLintCore", "PromptLintCLI"],
            swiftSettings: strict
        ),
        // The Messages API's wire format: typed requests and responses, JSON values, the SSE decoder and the stream
        // accumulator. No networking, so the fuzzer builds it with sanitizers in seconds.
        .target(name: "MessagesWire", swiftSettings: strict),
        // The Messages API client: transport retries and the smart retry, over MessagesWire's types.
        // Only this target (and the emulator) touches the network; the core and the CLI do not depend on it.
        .target(
            name: "PromptLintClient",
            dependencies: [
                "PromptLintCore", "PCRE2Kit", "MessagesWire",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // A loopback Messages API emulator with refusal triggers and injected faults, for tests and users.
        .target(
            name: "MessagesEmulator",
            dependencies: [
                "PCRE2Kit",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "prompt-lint-emulator",
            dependencies: [
                "MessagesEmulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // `prompt-lint send`: a binary of its own so the lint path never links the HTTP client.
        .executableTarget(
            name: "prompt-lint-send",
            dependencies: [
                "PromptLintClient", "PromptLintCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // The README's smart-retry walkthrough, runnable: `swift run smart-retry-example`.
        .executableTarget(
            name: "smart-retry-example",
            dependencies: ["PromptLintClient", "PromptLintCore", "MessagesEmulator"],
            path: "Examples/SmartRetry",
            swiftSettings: strict
        ),
        .testTarget(
            name: "PromptLintClientTests",
            dependencies: ["PromptLintClient", "MessagesEmulator", "PromptLintCore"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        // libFuzzer targets (scripts/fuzz.sh); built normally, it replays a corpus as a regression check.
        .executableTarget(name: "prompt-lint-fuzz", dependencies: ["PromptLintCore", "PCRE2Kit", "MessagesWire"], swiftSettings: strict),
        .testTarget(name: "PCRE2KitTests", dependencies: ["PCRE2Kit"], swiftSettings: strict),
        .testTarget(name: "PromptLintCoreTests", dependencies: ["PromptLintCore", "PCRE2Kit"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "PromptLintCLITests",
            dependencies: ["PromptLintCLI", "PromptLintCore", "prompt-lint", "prompt-lint-send", "prompt-lint-emulator"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
