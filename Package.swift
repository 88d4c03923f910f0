// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pgcoach",
    products: [
        .executable(name: "pgcoach", targets: ["pgcoach"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // System libraries (Debian: libpq-dev, libedit-dev), found through pkg-config. CLibPQ's
        // header also turns libpq's char-literal PG_DIAG_* macros into constants Swift can use.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // C glue Swift cannot express, one module per concern so each layer links only its own:
        // signal handlers with a signal-safe cancel slot (libpq's PQcancel), process spawning
        // and other POSIX calls Swift cannot import (no C library beyond libc), and non-variadic
        // libedit wrappers (only the line editor links libedit).
        .target(name: "CSignals", dependencies: ["CLibPQ"]),
        .target(name: "CSystem"),
        .target(name: "CLineEditor", dependencies: ["CLibEdit"]),
        // The C library under its platform's name (Glibc or Darwin), in one place.
        .target(name: "LibC"),

        // Pure cores: no C imports, no file or network I/O. PsqlCore is the psql clone;
        // TutorCore (lessons, judging, journal, review) builds on it.
        .target(name: "PsqlCore"),
        .target(name: "TutorCore", dependencies: ["PsqlCore"]),

        // Thin layers around the core; each declares exactly what it imports.
        .target(name: "PostgresClient", dependencies: ["PsqlCore", "CLibPQ", "CSignals", "LibC"]),
        .target(name: "Sandbox", dependencies: ["TutorCore", "CLibPQ", "CSystem", "LibC"]),
        .target(name: "LineEditing", dependencies: ["PsqlCore", "CLineEditor", "LibC"]),
        .target(
            name: "PGCoachKit",
            dependencies: [
                "PsqlCore", "TutorCore", "PostgresClient", "Sandbox", "LineEditing", "CSignals", "CSystem", "LibC", "Yams",
            ]),

        // Thin executable: argument parsing and wiring only.
        .executableTarget(
            name: "pgcoach",
            dependencies: [
                "PGCoachKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // What the test targets share: a seeded random generator, the built binary and a way to
        // run it, sandbox and shared-server fixtures, the psql parity harness.
        .target(
            name: "PGCoachTestSupport",
            dependencies: ["PsqlCore", "PostgresClient", "Sandbox", "CLibPQ"],
            path: "Tests/PGCoachTestSupport"),

        // Pure cores, no server.
        .testTarget(name: "PsqlCoreTests", dependencies: ["PsqlCore", "PGCoachTestSupport"]),
        .testTarget(name: "TutorCoreTests", dependencies: ["TutorCore", "PsqlCore"]),
        .testTarget(
            name: "PGCoachKitTests",
            dependencies: ["PGCoachKit", "PsqlCore", "TutorCore", "PostgresClient", "LineEditing", "PGCoachTestSupport"]),
        // PostgresClient against a real server (the shared sandbox, or PGCOACH_TEST_CONNINFO).
        .testTarget(
            name: "ClientTests", dependencies: ["PsqlCore", "PostgresClient", "PGCoachTestSupport"]),
        // Sandboxes and the lesson engine against real servers, the whole catalog's self-test.
        // PGCoachKit is declared for suites that test its runtime in place.
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["PGCoachKit", "PsqlCore", "TutorCore", "Sandbox", "CSystem", "PGCoachTestSupport"],
            // Lesson fixtures are read from the source tree by path.
            exclude: ["Fixtures"]),
        // The built binary run on scripts: output and exit status against psql, journals, reviews.
        .testTarget(name: "EndToEndTests", dependencies: ["Sandbox", "PGCoachTestSupport"]),
        // A person at a terminal: a pty driver types at the built binary.
        .testTarget(
            name: "TerminalTests", dependencies: ["PGCoachTestSupport"],
            exclude: ["drive_terminal.py", "drive_editor.py"]),
    ],
    swiftLanguageModes: [.v6]
)

// Warnings are errors in debug builds, the ones `make test` runs, so the tree stays free of them;
// release builds (`make bench`) are left alone. Applied to every target of this package, including
// ones added later.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-warnings-as-errors"], .when(configuration: .debug))]
}
