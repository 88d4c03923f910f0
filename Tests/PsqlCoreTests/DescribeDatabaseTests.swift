import Testing

@testable import PsqlCore

/// `\l`: databases, including one whose CONNECT privilege was revoked from PUBLIC.
///
/// Catalog rows come from a real PostgreSQL 15.18 server answering this module's queries, and
/// expected tables from real `psql -X` 15.18 output of the same commands (see `DescribeFixture`).
@Suite struct DescribeDatabaseTests {
    /// `\l`.
    @Test func listsDatabasesWithRevokedConnectPrivilege() throws {
        try expectDescribe(
            "l",
            replies: [
                Self.databases
            ],
            printed: [
                Self.listOfDatabases([
                    [
                        "archive", "postgres", "UTF8", "C.UTF-8", "C.UTF-8", "", "libc",
                        "=T/postgres\npostgres=CTc/postgres\nanalyst=c/postgres",
                    ],
                    ["postgres", "postgres", "UTF8", "C.UTF-8", "C.UTF-8", "", "libc", ""],
                    ["shop", "postgres", "UTF8", "C.UTF-8", "C.UTF-8", "", "libc", ""],
                    ["template0", "postgres", "UTF8", "C.UTF-8", "C.UTF-8", "", "libc", "=c/postgres\npostgres=CTc/postgres"],
                    ["template1", "postgres", "UTF8", "C.UTF-8", "C.UTF-8", "", "libc", "=c/postgres\npostgres=CTc/postgres"],
                ])
            ])
    }

    /// `\l a*`.
    @Test func listsMatchingDatabases() throws {
        try expectDescribe(
            "l", ["a*"],
            replies: [
                // The pattern leaves the first: archive.
                CatalogRows(columns: Self.databases.columns, rows: [Self.databases.rows[0]])
            ],
            printed: [
                Self.listOfDatabases([
                    [
                        "archive", "postgres", "UTF8", "C.UTF-8", "C.UTF-8", "", "libc",
                        "=T/postgres\npostgres=CTc/postgres\nanalyst=c/postgres",
                    ]
                ])
            ])
    }

    /// List of databases as psql prints it, with these rows.
    static func listOfDatabases(_ rows: [[String?]]) -> DescribeOutcome {
        .table(
            DescribeTable(
                title: "List of databases",
                headers: ["Name", "Owner", "Encoding", "Collate", "Ctype", "ICU Locale", "Locale Provider", "Access privileges"],
                alignments: [.left, .left, .left, .left, .left, .left, .left, .left], rows: rows, showsRowCount: true))
    }

    /// What the server answers `\l`'s query with on the fixture cluster: every database.
    static let databases = CatalogRows(
        columns: [
            "database_name", "owner_name", "encoding_name", "collate_name", "ctype_name", "icu_locale", "locale_provider",
            "access_privileges",
        ],
        rows: [
            [
                "archive", "postgres", "UTF8", "C.UTF-8", "C.UTF-8", nil, "c",
                "=T/postgres\npostgres=CTc/postgres\nanalyst=c/postgres",
            ],
            ["postgres", "postgres", "UTF8", "C.UTF-8", "C.UTF-8", nil, "c", nil],
            ["shop", "postgres", "UTF8", "C.UTF-8", "C.UTF-8", nil, "c", nil],
            ["template0", "postgres", "UTF8", "C.UTF-8", "C.UTF-8", nil, "c", "=c/postgres\npostgres=CTc/postgres"],
            ["template1", "postgres", "UTF8", "C.UTF-8", "C.UTF-8", nil, "c", "=c/postgres\npostgres=CTc/postgres"],
        ])
}
