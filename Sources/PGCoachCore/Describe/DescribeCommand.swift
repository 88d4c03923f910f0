/// psql's describe meta-commands as pure logic: given the command and its arguments, runs the
/// catalog queries through an injected `CatalogQuerying` and returns what psql 15 would print.
///
/// Supported (with psql's `+` for more columns and `S` for system objects wherever psql 15
/// accepts them, in any order, e.g. `dS+`):
/// - `l`, `l+`, `list`, `list+` — databases
/// - `d`, `d+`, `dS` — relation list without a pattern; with one, describes each match
///   (tables, views, materialized views, indexes, sequences, composite types, TOAST and
///   foreign tables)
/// - `dt`, `dv`, `dm`, `di`, `ds`, `dE` and combinations (`dtv`, `dti+`) — relation lists
/// - `du`, `dg` — roles
/// - `dp`, `z` — access privileges
/// - `dn` — schemas
///
/// Arguments are expected as psql's argument scanner yields them: double quotes kept (they
/// matter to patterns), single quotes and variables already resolved.
public enum DescribeCommand {
    /// Whether `name` (a command without its backslash) is one of the commands `run` handles.
    public static func handles(_ name: String) -> Bool {
        Request(name) != nil
    }

    /// Runs the command named `name` (without the backslash, e.g. `"dt+"`) and returns what psql
    /// prints, in order; `nil` if `name` is not a describe command handled here.
    ///
    /// - Parameters:
    ///   - arguments: the command's arguments; the first is the pattern, and any others are
    ///     ignored with psql's warning.
    ///   - serverVersion: `server_version_num`, e.g. 150018; selects catalog columns that differ
    ///     between releases.
    ///   - catalog: runs the queries, normally on the learner's connection.
    /// - Throws: whatever `catalog` throws, or `DescribeFailure` for an unreadable answer.
    public static func run(
        _ name: String, arguments: [String], serverVersion: Int, using catalog: some CatalogQuerying
    ) throws -> [DescribeOutcome]? {
        guard let request = Request(name) else { return nil }
        let session = CatalogSession(source: catalog, serverVersion: serverVersion)
        let pattern = arguments.first
        let result = try request.run(pattern: pattern, session: session)
        guard result.succeeded else { return result.outcomes }
        // Like psql: extra arguments of a command that worked are named and ignored.
        let warnings = arguments.dropFirst().map {
            DescribeOutcome.error("\\\(name): extra argument \"\($0)\" ignored")
        }
        return result.outcomes + warnings
    }

    /// What a command printed and whether psql would count it as having worked.
    private struct Result {
        var outcomes: [DescribeOutcome]
        var succeeded: Bool

        static func worked(_ outcome: DescribeOutcome) -> Result {
            Result(outcomes: [outcome], succeeded: true)
        }
    }

    /// A parsed command name.
    private enum Request {
        case databases(verbose: Bool)
        case relations(verbose: Bool, showsSystem: Bool)
        case relationList(kindLetters: String, verbose: Bool, showsSystem: Bool)
        case roles(verbose: Bool, showsSystem: Bool)
        case privileges
        case schemas(verbose: Bool, showsSystem: Bool)

        init?(_ name: String) {
            switch name {
            case "l", "list": self = .databases(verbose: false)
            case "l+", "list+": self = .databases(verbose: true)
            case "z": self = .privileges
            default:
                guard name.first == "d" else { return nil }
                let modifiers = name.dropFirst()
                let verbose = modifiers.contains("+")
                let showsSystem = modifiers.contains("S")
                switch modifiers.first {
                case nil, "+", "S": self = .relations(verbose: verbose, showsSystem: showsSystem)
                case "t", "v", "m", "i", "s", "E":
                    self = .relationList(
                        kindLetters: String(modifiers), verbose: verbose, showsSystem: showsSystem)
                case "u", "g": self = .roles(verbose: verbose, showsSystem: showsSystem)
                case "p": self = .privileges
                case "n": self = .schemas(verbose: verbose, showsSystem: showsSystem)
                default: return nil
                }
            }
        }

        /// The filter that vets this command's pattern.
        var filter: PatternFilter {
            switch self {
            case .databases: DatabaseListing.filter
            case .relations: RelationLookup.filter
            case .relationList: RelationListing.filter
            case .roles: RoleListing.filter
            case .privileges: PrivilegeListing.filter
            case .schemas: SchemaListing.filter
            }
        }

        func run(pattern: String?, session: CatalogSession) throws -> Result {
            if let pattern,
                let rejection = try filter.rejection(
                    of: pattern, currentDatabase: session.currentDatabase)
            {
                return Result(outcomes: [.error(rejection)], succeeded: false)
            }
            switch self {
            case .databases(let verbose):
                return .worked(try DatabaseListing(verbose: verbose).run(pattern: pattern, session: session))
            case .relations(let verbose, let showsSystem):
                guard let pattern else {
                    let listing = RelationListing(kindLetters: "", verbose: verbose, showsSystem: showsSystem)
                    return .worked(try listing.run(pattern: nil, session: session))
                }
                let outcomes = try RelationDescription(verbose: verbose).run(pattern: pattern, session: session)
                let succeeded = outcomes.allSatisfy { if case .table = $0 { true } else { false } }
                return Result(outcomes: outcomes, succeeded: succeeded)
            case .relationList(let kindLetters, let verbose, let showsSystem):
                let listing = RelationListing(kindLetters: kindLetters, verbose: verbose, showsSystem: showsSystem)
                // An empty list is reported on stderr yet still counts as success in psql.
                return .worked(try listing.run(pattern: pattern, session: session))
            case .roles(let verbose, let showsSystem):
                let listing = RoleListing(verbose: verbose, showsSystem: showsSystem)
                return .worked(try listing.run(pattern: pattern, session: session))
            case .privileges:
                return .worked(try PrivilegeListing().run(pattern: pattern, session: session))
            case .schemas(let verbose, let showsSystem):
                let listing = SchemaListing(verbose: verbose, showsSystem: showsSystem)
                return .worked(try listing.run(pattern: pattern, session: session))
            }
        }
    }
}
