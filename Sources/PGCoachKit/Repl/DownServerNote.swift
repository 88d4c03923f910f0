/// The line pgcoach adds under a refused `\c` to a lesson server that is down (lost, fenced).
///
/// psql prints libpq's text, and so does pgcoach, unchanged (lessons take it as evidence). For a
/// sandbox server that text speaks of a local socket ("No such file or directory … Is the
/// server running locally"), because in the sandbox a server's host name stands for its socket
/// directory. The note says what that means in the lesson's terms, and what the same refusal
/// looks like across a network, without claiming anything libpq did not report.
enum DownServerNote {
    /// The note for a refused connection to the lesson server `server`, or nil when the error
    /// is not "nothing is listening" (a wrong password, a pg_hba.conf rejection, a full server).
    static func note(server: String, error: String) -> String? {
        let nothingListens = error.contains("No such file or directory") || error.contains("Connection refused")
        guard nothingListens else { return nil }
        return
            "pgcoach: no server is running on \(server) (its socket is the sandbox's stand-in for the host); across a network psql would report \"Connection refused\" or a timeout"
    }
}
