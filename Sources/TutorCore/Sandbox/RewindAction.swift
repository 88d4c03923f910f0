/// `kind: rewind`: the server `server` — stopped, its history forked from `from`'s (the old
/// primary that took writes after a failover) — is rewound with `pg_rewind` to `from`'s
/// timeline and started as a streaming standby of it (through `slot`, created on `from` when
/// missing). `from` must be a running primary and `server` must be down (fenced) first: the
/// action refuses otherwise and changes nothing.
public struct RewindAction: Sendable, Equatable {
    /// The server rewound: the primary or one of `servers:`.
    public var server: String
    /// The new primary it follows afterwards.
    public var from: String
    /// The physical replication slot on `from` it streams through, if any.
    public var slot: String?

    public init(server: String, from: String, slot: String? = nil) {
        self.server = server
        self.from = from
        self.slot = slot
    }

    /// The server settings pg_rewind needs, as the lesson must declare them under
    /// `server: settings` (the sandbox template turns `full_page_writes` off for speed, and
    /// the rewound server must log hint bits: its cluster has no data checksums).
    public static let requiredSettings = [("wal_log_hints", "on"), ("full_page_writes", "on")]
}
