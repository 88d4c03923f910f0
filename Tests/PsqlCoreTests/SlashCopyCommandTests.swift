import Testing

@testable import PsqlCore

/// `\copy` read as psql 15's `parse_slash_copy` reads it: the statement it sends (server errors
/// quote it, so it must match byte for byte) and where the data goes.
@Suite struct SlashCopyCommandTests {
    @Test(arguments: [
        ("t from stdin", "COPY  t FROM STDIN ", true, SlashCopyCommand.Endpoint.session),
        ("t to stdout with (format csv)", "COPY  t TO STDOUT with (format csv)", false, .session),
        ("t (a, b) from '/tmp/x y.csv' csv", "COPY  t ( a, b ) FROM STDIN csv", true, .file("/tmp/x y.csv")),
        ("public.t to pstdout", "COPY  public.t TO STDOUT ", false, .processStandardStream),
        ("(select 1, (2)) to stdout", "COPY  ( select 1, ( 2 ) ) TO STDOUT ", false, .session),
        ("binary t to '/tmp/b'", "COPY binary t TO STDOUT ", false, .file("/tmp/b")),
        ("t from program 'gzip -dc ''f.gz'''", "COPY  t FROM STDIN ", true, .program("gzip -dc 'f.gz'")),
        ("t to ~/out.tsv", "COPY  t TO STDOUT ", false, .file("/home/u/out.tsv")),
    ])
    func buildsPsqlsStatement(_ arguments: String, _ statement: String, _ isFrom: Bool, _ endpoint: SlashCopyCommand.Endpoint) throws {
        let parsed = try SlashCopyCommand.parse(arguments, home: "/home/u").get()
        #expect(parsed.statement == statement)
        #expect(parsed.isFrom == isFrom)
        #expect(parsed.endpoint == endpoint)
    }

    @Test(arguments: [
        ("", "\\copy: arguments required"),
        ("t", "\\copy: parse error at end of line"),
        ("t sideways stdin", "\\copy: parse error at \"sideways\""),
        ("t from program gzip", "\\copy: parse error at \"gzip\""),
        ("(select 1 to stdout", "\\copy: parse error at end of line"),
    ])
    func refusesWithPsqlsMessage(_ arguments: String, _ message: String) {
        #expect(SlashCopyCommand.parse(arguments, home: nil) == .failure(SlashCopyError(message)))
    }
}
