import Foundation
import PGCoachTestSupport
import Testing

@testable import Sandbox

/// Another local user planting `/dev/shm/pgcoach-<uid>` must not keep pgcoach from starting.
/// (Tested on private stand-ins: the real path is shared by everyone on this machine.)
@Suite struct RuntimeDirectoryFallbackTests {
    @Test func aPlantedDefaultIsSkippedWithANote() throws {
        let root = SandboxTestSupport.makeRuntimeDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let account = try ServerAccount.resolve(requested: nil)
        var planted = [root + "/link"]
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: "/tmp")
        if geteuid() == 0 {
            // A directory of another user, as root sees one planted in /dev/shm.
            mkdir(root + "/foreign", 0o777)
            chown(root + "/foreign", 65534, 65534)
            planted.append(root + "/foreign")
        }
        chmod(root, 0o755)
        let fallback = root + "/ours"
        let locations = SandboxLocations(cacheDirectory: root + "/cache", runtimeCandidates: planted + [fallback])
        var notes: [String] = []
        let chosen = try locations.prepareRuntimeDirectory(for: account) { notes.append($0) }
        #expect(chosen == fallback)
        #expect(notes.count == planted.count)
        for (note, path) in zip(notes, planted) {
            #expect(note.hasPrefix(path + " cannot hold sandboxes (") && note.hasSuffix(" instead") && !note.contains("\n"), "\(note)")
        }
        // The last place left is an error, as an explicit one is.
        let only = SandboxLocations(cacheDirectory: root + "/cache", runtimeCandidates: [root + "/link"])
        #expect(throws: SandboxError.self) { try only.prepareRuntimeDirectory(for: account) { _ in } }
    }
}
