import Testing

@testable import Sandbox

/// The edit `pooler_set` makes to pgbouncer.ini's text, as an operator would make it.
@Suite struct PoolerConfigurationEditTests {
    static let text = """
        ; written by pgcoach
        [databases]
        app_db = host=/run/sb port=5432 dbname=app_db
        "my db" = host='/run/s b' port=5432 dbname='my db'

        [pgbouncer]
        listen_port = 6432
        pool_mode = transaction
        default_pool_size = 2
        ;max_client_conn = 5
        query_wait_timeout = 0

        """

    @Test func replacesAGlobalSettingInPlace() throws {
        let edited = try #require(PoolerConfigurationEdit.setting("default_pool_size", to: "20", database: nil, in: Self.text))
        #expect(edited == Self.text.replacingOccurrences(of: "default_pool_size = 2\n", with: "default_pool_size = 20\n"))
    }

    @Test func addsAMissingGlobalSettingAtTheEndOfItsSection() throws {
        // The commented-out line is not the setting.
        let edited = try #require(PoolerConfigurationEdit.setting("max_client_conn", to: "300", database: nil, in: Self.text))
        #expect(
            edited
                == Self.text.replacingOccurrences(of: "query_wait_timeout = 0\n", with: "query_wait_timeout = 0\nmax_client_conn = 300\n"))
    }

    @Test func setsADatabasesOwnKey() throws {
        let edited = try #require(PoolerConfigurationEdit.setting("pool_size", to: "10", database: "app_db", in: Self.text))
        #expect(edited.contains("\napp_db = host=/run/sb port=5432 dbname=app_db pool_size=10\n"), "\(edited)")
        let again = try #require(PoolerConfigurationEdit.setting("pool_size", to: "12", database: "app_db", in: edited))
        #expect(again.contains("\napp_db = host=/run/sb port=5432 dbname=app_db pool_size=12\n"), "\(again)")
        // Quoted names and values stay whole.
        let quoted = try #require(PoolerConfigurationEdit.setting("pool_size", to: "3", database: "my db", in: Self.text))
        #expect(quoted.contains("\n\"my db\" = host='/run/s b' port=5432 dbname='my db' pool_size=3\n"), "\(quoted)")
    }

    @Test func refusesWhatTheFileDoesNotHave() {
        #expect(PoolerConfigurationEdit.setting("pool_size", to: "3", database: "other_db", in: Self.text) == nil)
        #expect(PoolerConfigurationEdit.setting("default_pool_size", to: "3", database: nil, in: "[databases]\n") == nil)
    }
}
