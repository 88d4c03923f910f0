import Foundation

/// Where `swift build` put the pgcoach binary the end-to-end suites run.
public enum BuiltBinary {
    /// The package root, from this file's path.
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The binary: `PGCOACH_TEST_BINARY` when set; else the one beside the running test bundle
    /// (the same build, whatever its configuration or scratch path); else where
    /// `swift build --show-bin-path` says the package builds.
    public static let pgcoach: String = {
        if let path = ProcessInfo.processInfo.environment["PGCOACH_TEST_BINARY"], !path.isEmpty { return path }
        if let bundle = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let sibling = URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("pgcoach").path
            if FileManager.default.isExecutableFile(atPath: sibling) { return sibling }
        }
        return showBinPath() + "/pgcoach"
    }()

    /// `swift build --show-bin-path` run in the package root.
    static func showBinPath() -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--show-bin-path"]
        process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return "" }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        // An empty path makes every run fail with "no such file", naming the binary it looked for.
        return process.terminationStatus == 0 ? path : ""
    }
}
