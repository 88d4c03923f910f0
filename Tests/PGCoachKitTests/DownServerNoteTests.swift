import Testing

@testable import PGCoachKit

/// The note under a refused `\c` to a lesson server: only when nothing listens there.
@Suite struct DownServerNoteTests {
    @Test(arguments: [
        (
            "connection to server on socket \"/s/nodes/replica1/.s.PGSQL.5432\" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?",
            true
        ),
        ("connection to server on socket \"/s/.s.PGSQL.5432\" failed: Connection refused", true),
        ("connection to server on socket \"/s/.s.PGSQL.5432\" failed: FATAL:  pg_hba.conf rejects connection for host \"[local]\"", false),
        ("connection to server on socket \"/s/.s.PGSQL.5432\" failed: FATAL:  sorry, too many clients already", false),
        ("connection to server on socket \"/s/.s.PGSQL.5432\" failed: FATAL:  database \"nope\" does not exist", false),
    ])
    func noteOnlyWhenNothingListens(_ error: String, _ noted: Bool) {
        let note = DownServerNote.note(server: "primary", error: error)
        #expect((note != nil) == noted)
        if let note {
            #expect(note.hasPrefix("pgcoach: no server is running on primary") && !note.contains("\n"))
        }
    }
}
