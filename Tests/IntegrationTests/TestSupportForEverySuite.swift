// Suites added to this target see the shared test helpers (BinaryRunner, SandboxTestSupport,
// the shared test server, PsqlParity, InteractiveProcess) without importing them, as they did
// when the helpers lived here; the other test targets import PGCoachTestSupport per file.
@_exported import PGCoachTestSupport
