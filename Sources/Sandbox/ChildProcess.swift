import CSystem
import Foundation

/// Starting PostgreSQL programs through `pgcoach_spawn`.
///
/// Foundation's `Process` cannot change the user id, and a postmaster must run in a session of
/// its own so that the terminal's Ctrl-C (SIGINT, which a postmaster reads as "fast shutdown")
/// never reaches it; both happen in C between fork and exec.
enum ChildProcess {
    /// Starts `executable` and returns its pid without waiting. stdout and stderr go to
    /// `outputDescriptor` (or /dev/null when it is negative).
    static func spawn(
        _ executable: String, arguments: [String], environment: [String: String],
        account: ServerAccount, workingDirectory: String? = nil,
        outputDescriptor: Int32 = -1, newSession: Bool = false
    ) throws -> pid_t {
        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let pid = (argv + [nil]).withUnsafeBufferPointer { argvBuffer in
            (envp + [nil]).withUnsafeBufferPointer { envpBuffer in
                pgcoach_spawn(
                    executable, argvBuffer.baseAddress, envpBuffer.baseAddress, workingDirectory,
                    outputDescriptor, newSession ? 1 : 0, account.needsSwitch ? 1 : 0,
                    account.uid, account.gid)
            }
        }
        guard pid > 0 else { throw SandboxError.fileSystem(operation: "spawn", path: executable, errno: errno) }
        return pid
    }

    /// Starts `executable` in a session of its own under a keeper process that ends whatever
    /// the program's descendants leave behind (see `pgcoach_spawn_kept`). Returns the keeper
    /// (our child: wait for it) and the program's pid (signal it).
    static func spawnKept(
        _ executable: String, arguments: [String], environment: [String: String],
        account: ServerAccount, workingDirectory: String, outputDescriptor: Int32
    ) throws -> (keeper: pid_t, program: pid_t) {
        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var program: pid_t = -1
        let keeper = (argv + [nil]).withUnsafeBufferPointer { argvBuffer in
            (envp + [nil]).withUnsafeBufferPointer { envpBuffer in
                pgcoach_spawn_kept(
                    executable, argvBuffer.baseAddress, envpBuffer.baseAddress, workingDirectory,
                    outputDescriptor, account.needsSwitch ? 1 : 0, account.uid, account.gid, &program)
            }
        }
        guard keeper > 0 else { throw SandboxError.fileSystem(operation: "spawn", path: executable, errno: errno) }
        return (keeper, program)
    }

    /// Runs `executable` to completion and returns its exit status and combined output.
    static func run(
        _ executable: String, arguments: [String], environment: [String: String],
        account: ServerAccount = .current, started: (pid_t) -> Void = { _ in }
    ) throws -> (status: Int32, output: String) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            throw SandboxError.fileSystem(operation: "pipe for", path: executable, errno: errno)
        }
        // Close-on-exec, so programs other threads start do not hold the write end open.
        // (pipe2, which does this atomically, is not imported into Swift.)
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let pid: pid_t
        do {
            // A session of its own, so a Ctrl-C at the terminal cannot kill initdb half-way.
            pid = try spawn(
                executable, arguments: arguments, environment: environment, account: account,
                outputDescriptor: ends[1], newSession: true)
        } catch {
            close(ends[0])
            close(ends[1])
            throw error
        }
        close(ends[1])
        started(pid)
        // Read to the end before waiting: a child blocked on a full pipe never exits.
        let output = readToEnd(ends[0])
        close(ends[0])
        let status = pgcoach_wait(pid)
        return (status, String(decoding: output, as: UTF8.self))
    }

    /// Reads a descriptor to end of file, retrying reads a signal interrupted: pgcoach's
    /// SIGINT/SIGTERM handlers are installed without SA_RESTART.
    private static func readToEnd(_ descriptor: Int32) -> [UInt8] {
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                output += chunk[0..<count]
            } else if count == 0 || errno != EINTR {
                return output
            }
        }
    }

    /// The environment PostgreSQL programs run with: nothing inherited, so a stray PGDATA,
    /// PGHOST or LANG of the user's shell cannot change what the sandbox does.
    static func controlledEnvironment(locale: String = "C") -> [String: String] {
        ["PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": locale, "LANG": locale]
    }
}
