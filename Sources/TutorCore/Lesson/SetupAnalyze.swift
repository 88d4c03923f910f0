import PsqlCore

/// A bare `ANALYZE` in a lesson's setup, narrowed to the lesson's own tables.
///
/// Setup SQL ends with `ANALYZE;` so that the planner knows the tables it just filled. A bare
/// `ANALYZE` also reads every system catalog of the database, about 80 ms of a lesson's setup
/// per database, to arrive at statistics the template's catalogs already have (initdb analyzed
/// them, and every database is copied from it). So setup runs each bare `ANALYZE` statement as
/// an `ANALYZE` of every table, partitioned table and materialized view outside `pg_catalog`
/// and `information_schema`, in place: statements before and after it, and what they do to the
/// statistics, stay as the lesson wrote them. `ANALYZE` with a table, a column list or options
/// is the author's own choice and runs unchanged; so does one inside a string or a function body.
public enum SetupAnalyze {
    /// The `DO` block a bare `ANALYZE` becomes: ANALYZE may run inside one (VACUUM may not).
    /// Partitions are left to their parent, whose ANALYZE covers them, as the bare one would.
    static let lessonTables = """
        DO $pgcoach_analyze$
        DECLARE t regclass;
        BEGIN
            FOR t IN SELECT c.oid FROM pg_class c
                     WHERE c.relkind IN ('r', 'm', 'p') AND NOT c.relispartition
                       AND c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
                       AND c.relpersistence <> 't'
                     ORDER BY c.oid
            LOOP
                EXECUTE format('ANALYZE %s', t);
            END LOOP;
        END
        $pgcoach_analyze$
        """

    /// `sql` with every statement that is exactly `ANALYZE` (any case, comments and spaces
    /// around it) replaced by `lessonTables`; everything else byte for byte as it was.
    public static func scoped(_ sql: String) -> String {
        let bytes = Array(sql.utf8)
        let tokens = SQLToken.tokens(of: bytes)
        var output: [UInt8] = []
        var statementStart = 0  // index into tokens
        var copied = 0  // bytes of `sql` already in `output`
        func flush(through index: Int, endingAt end: Int) {
            let meaningful = tokens[statementStart..<index].filter { $0.kind != .space && $0.kind != .comment }
            if meaningful.count == 1, meaningful[0].kind == .word,
                String(decoding: bytes[meaningful[0].range], as: UTF8.self).uppercased() == "ANALYZE"
            {
                let word = meaningful[0].range
                output += bytes[copied..<word.lowerBound]
                output += Array(lessonTables.utf8)
                copied = word.upperBound
            }
            output += bytes[copied..<end]
            copied = end
        }
        for (index, token) in tokens.enumerated() where token.kind == .semicolon {
            flush(through: index, endingAt: token.range.upperBound)
            statementStart = index + 1
        }
        flush(through: tokens.count, endingAt: bytes.count)
        return String(decoding: output, as: UTF8.self)
    }
}
