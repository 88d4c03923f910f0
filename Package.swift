// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pgcoach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pgcoach", targets: ["pgcoach"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // System libraries (Debian: libpq-dev, libedit-dev), found through pkg-config.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // C glue Swift cannot express: variadic libedit calls, a signal-safe cancel slot,
        // libpq's char-literal macros, spawning a server under another uid.
        .target(name: "CShims", dependencies: ["CLibPQ", "CLibEdit"]),

        // Pure cores: no C imports, no file or network I/O. PsqlCore is the psql clone;
        // TutorCore (lessons, judging, journal, review) builds on it.
        .target(name: "PsqlCore"),
        .target(name: "TutorCore", dependencies: ["PsqlCore"]),

        // Thin layers around the core.
        .target(name: "PostgresClient", dependencies: ["PsqlCore", "CShims", "CLibPQ"]),
        .target(name: "Sandbox", dependencies: ["PsqlCore", "TutorCore", "PostgresClient", "CShims", "CLibPQ"]),
        .target(name: "LineEditing", dependencies: ["PsqlCore", "CShims", "CLibEdit"]),
        .target(
            name: "PGCoachKit",
            dependencies: ["PsqlCore", "TutorCore", "PostgresClient", "Sandbox", "LineEditing", "Yams"]),

        // Thin executable: argument parsing and wiring only.
        .executableTarget(
            name: "pgcoach",
            dependencies: [
                "PGCoachKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "PsqlCoreTests", dependencies: ["PsqlCore"]),
        .testTarget(name: "TutorCoreTests", dependencies: ["TutorCore", "PsqlCore"]),
        .testTarget(name: "PGCoachKitTests", dependencies: ["PGCoachKit", "PsqlCore", "TutorCore", "LineEditing"]),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["PGCoachKit", "PsqlCore", "TutorCore", "PostgresClient", "Sandbox", "CLibPQ", "CShims"],
            // Lesson fixtures and the pty driver are read from the source tree by path.
            exclude: ["Fixtures", "Terminal/drive_terminal.py", "Terminal/drive_editor.py"]),
    ],
    swiftLanguageModes: [.v6]
)
