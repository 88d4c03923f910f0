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
/// - `df` with `a n p t w`, `dx` (`dx+` lists each extension's objects), `dT`, `db`, `ddp`,
///   `dconfig`, `dD`, `dy`, `dc`, `dC`, `dL`, `do`, `dO`, `dl`/`lo_list`, `des`, `det`, `deu`,
///   `dew`, `dRp`, `dRs`, `dX`, `drds`, `da`, `dA` — psql 15's one-query lists (`CatalogListings`)
/// - `dP` with `t`, `i`, `n` — partitioned relations; `dd` — object comments
/// - `sf`, `sv` — a function's or view's definition (the argument is the rest of the line)
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
        _ name: String, arguments: [String], serverVersion: Int, hidesTableAccessMethod: Bool = false,
        using catalog: some CatalogQuerying
    ) throws -> [DescribeOutcome]? {
        guard let request = Request(name) else { return nil }
        var session = CatalogSession(source: catalog, serverVersion: serverVersion)
        session.hidesTableAccessMethod = hidesTableAccessMethod
        let pattern = arguments.first
        let result = try request.run(pattern: pattern, arguments: arguments, session: session)
        guard result.succeeded else { return result.outcomes }
        // Like psql: extra arguments of a command that worked are named and ignored.
        let warnings = arguments.dropFirst(request.argumentCount).map {
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
        /// One of psql's one-query lists; `key` names it in `CatalogListings`.
        case listing(key: String, verbose: Bool, showsSystem: Bool)
        case functions(FunctionListing)
        /// `\df` with letters psql does not take.
        case functionLettersRefused
        case extensionContents
        case partitioned(PartitionedListing)
        case operatorClasses(letter: Character, verbose: Bool)
        case textSearchConfigurationDetails
        case textSearchParserDetails
        case publicationDetails
        case objectDescriptions(showsSystem: Bool)
        case casts(verbose: Bool)
        case roleSettings
        case definition(ObjectDefinition)

        init?(_ name: String) {
            let verbose = name.contains("+")
            let showsSystem = name.contains("S")
            switch name {
            case "l", "list": self = .databases(verbose: false)
            case "l+", "list+": self = .databases(verbose: true)
            case "z": self = .privileges
            case "sf", "sf+": self = .definition(ObjectDefinition(kind: .function, numbersLines: verbose))
            case "sv", "sv+": self = .definition(ObjectDefinition(kind: .view, numbersLines: verbose))
            case "lo_list", "lo_list+": self = .listing(key: "lo_list", verbose: verbose, showsSystem: false)
            default:
                if let request = Self.catalogListRequest(name, verbose: verbose, showsSystem: showsSystem) {
                    self = request
                    return
                }
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

        /// psql 15's `\d` letters for the one-query lists and the other newer commands; psql
        /// ignores letters after the ones that pick the command (`\dxfoo` is `\dx`).
        private static func catalogListRequest(_ name: String, verbose: Bool, showsSystem: Bool) -> Request? {
            guard name.hasPrefix("d") else { return nil }
            let letters = Array(name.dropFirst())
            guard let first = letters.first else { return nil }
            let second = letters.count > 1 ? letters[1] : nil
            let key: String
            switch first {
            case "a": key = "da"
            case "A":
                switch second {
                case nil, "+", "S": key = "dA"
                case "c", "f", "o", "p": return .operatorClasses(letter: second!, verbose: verbose)
                default: return nil
                }
            case "b": key = "db"
            case "c": key = name.hasPrefix("dconfig") ? "dconfig" : "dc"
            case "C": return .casts(verbose: verbose)
            case "d":
                guard name.hasPrefix("ddp") else { return .objectDescriptions(showsSystem: showsSystem) }
                key = "ddp"
            case "D": key = "dD"
            case "f":
                switch second {
                case nil, "+", "S", "a", "n", "p", "t", "w":
                    guard let listing = FunctionListing(letters: String(letters.dropFirst())) else {
                        return .functionLettersRefused
                    }
                    return .functions(listing)
                default: return nil
                }
            case "P":
                switch second {
                case nil, "+", "t", "i", "n":
                    return .partitioned(PartitionedListing(letters: String(letters.dropFirst()), verbose: verbose))
                default: return nil
                }
            case "F":
                switch second {
                case nil: key = "dF"
                case "+": return .textSearchConfigurationDetails
                case "d": key = "dFd"
                case "t": key = "dFt"
                case "p": if verbose { return .textSearchParserDetails } else { key = "dFp" }
                default: return nil
                }
            case "l": key = "dl"
            case "L": key = "dL"
            case "o": key = "do"
            case "O": key = "dO"
            case "T": key = "dT"
            case "r":
                guard name.hasPrefix("drds") else { return nil }
                return .roleSettings
            case "R":
                switch second {
                case "p":
                    if verbose { return .publicationDetails }
                    key = "dRp"
                case "s": key = "dRs"
                default: return nil
                }
            case "e":
                switch second {
                case "s": key = "des"
                case "t": key = "det"
                case "u": key = "deu"
                case "w": key = "dew"
                default: return nil
                }
            case "x":
                if verbose { return .extensionContents }
                key = "dx"
            case "X": key = "dX"
            case "y": key = "dy"
            default: return nil
            }
            return .listing(key: key, verbose: verbose, showsSystem: showsSystem)
        }

        /// How many arguments the command reads; psql warns about the rest.
        var argumentCount: Int {
            switch self {
            case .roleSettings, .operatorClasses: 2
            // `\df` takes up to 100 argument types, `\do` two operand types.
            case .functions: 101
            case .listing(let key, _, _) where key == "do": 3
            // The rest of the line is the object's name.
            case .definition: Int.max
            default: 1
            }
        }

        /// The filter that vets this command's pattern, if it takes one.
        var filter: PatternFilter? {
            switch self {
            case .databases: DatabaseListing.filter
            case .relations: RelationLookup.filter
            case .relationList: RelationListing.filter
            case .roles: RoleListing.filter
            case .privileges: PrivilegeListing.filter
            case .schemas: SchemaListing.filter
            case .listing(let key, let verbose, _):
                CatalogListings.listing(key, verbose: verbose, hasPattern: true)?.filter
            case .functions: FunctionListing.filter
            case .extensionContents: ExtensionContents.filter
            case .partitioned: PartitionedListing.filter
            case .publicationDetails: PublicationDescription.filter
            case .objectDescriptions: ObjectDescriptions.filter
            case .operatorClasses: OperatorClassListings.methodFilter
            case .textSearchConfigurationDetails: TextSearchDetails.configurationFilter
            case .textSearchParserDetails: TextSearchDetails.parserFilter
            // Checked for too many parts and other databases only; their queries build their own.
            case .casts:
                PatternFilter(
                    schemaColumn: "ns.nspname", nameColumn: "ts.typname",
                    visibilityRule: "pg_catalog.pg_type_is_visible(ts.oid)", maximumParts: 3)
            case .roleSettings:
                PatternFilter(schemaColumn: nil, nameColumn: "r.rolname", visibilityRule: nil, maximumParts: 1)
            case .functionLettersRefused, .definition: nil
            }
        }

        func run(pattern: String?, arguments: [String], session: CatalogSession) throws -> Result {
            if let pattern, let filter,
                let rejection = try filter.rejection(
                    of: pattern, currentDatabase: session.currentDatabase)
            {
                return Result(outcomes: [.error(rejection)], succeeded: false)
            }
            switch self {
            case .listing("do", let verbose, let showsSystem):
                let listing = CatalogListings.operators(
                    verbose, typePatterns: Array(arguments.dropFirst()), serverVersion: session.serverVersion)
                return .worked(try listing.run(pattern: pattern, showsSystem: showsSystem, session: session))
            case .listing(let key, let verbose, let showsSystem):
                guard let listing = CatalogListings.listing(key, verbose: verbose, hasPattern: pattern != nil) else {
                    return Result(outcomes: [], succeeded: false)
                }
                return .worked(try listing.run(pattern: pattern, showsSystem: showsSystem, session: session))
            case .functions(var listing):
                listing.argumentPatterns = Array(arguments.dropFirst())
                return .worked(try listing.run(pattern: pattern, session: session))
            case .functionLettersRefused:
                return Result(outcomes: [.error("\\df only takes [anptwS+] as options")], succeeded: false)
            case .extensionContents:
                return Result(outcomes: try ExtensionContents().run(pattern: pattern, session: session), succeeded: true)
            case .partitioned(let listing):
                return .worked(try listing.run(pattern: pattern, session: session))
            case .textSearchConfigurationDetails:
                return Result(outcomes: try TextSearchDetails.configurations(pattern: pattern, session: session), succeeded: true)
            case .textSearchParserDetails:
                return Result(outcomes: try TextSearchDetails.parsers(pattern: pattern, session: session), succeeded: true)
            case .operatorClasses(let letter, let verbose):
                guard
                    let listing = OperatorClassListings.listing(
                        letter, verbose: verbose, patterns: arguments, serverVersion: session.serverVersion)
                else { return Result(outcomes: [], succeeded: false) }
                return .worked(try listing.run(pattern: nil, showsSystem: true, session: session))
            case .publicationDetails:
                return Result(outcomes: try PublicationDescription().run(pattern: pattern, session: session), succeeded: true)
            case .objectDescriptions(let showsSystem):
                return .worked(try ObjectDescriptions(showsSystem: showsSystem).run(pattern: pattern, session: session))
            case .casts(let verbose):
                var listing = CatalogListings.casts(verbose)
                listing.conditions = CatalogListings.castConditions(pattern: pattern, serverVersion: session.serverVersion)
                return .worked(try listing.run(pattern: nil, showsSystem: true, session: session))
            case .roleSettings:
                let role = pattern
                let database = arguments.dropFirst().first
                let sql = CatalogListings.roleSettingsQuery(role: role, database: database, serverVersion: session.serverVersion)
                var listing = CatalogListing(title: "List of settings", select: "", orderBy: "")
                let rows = try session.source.catalogQuery(sql)
                guard !rows.rows.isEmpty else {
                    let message: String
                    if let role, let database {
                        message = "Did not find any settings for role \"\(role)\" and database \"\(database)\"."
                    } else if let role {
                        message = "Did not find any settings for role \"\(role)\"."
                    } else {
                        message = "Did not find any settings."
                    }
                    return .worked(.error(message))
                }
                listing.title = "List of settings"
                return .worked(.table(listing.table(rows)))
            case .definition(let definition):
                let outcome = try definition.run(name: arguments.joined(separator: " "), session: session)
                if case .error = outcome { return Result(outcomes: [outcome], succeeded: false) }
                return .worked(outcome)
            case .databases(let verbose):
                return .worked(try DatabaseListing(verbose: verbose).run(pattern: pattern, session: session))
            case .relations(let verbose, let showsSystem):
                guard let pattern else {
                    let listing = RelationListing(kindLetters: "", verbose: verbose, showsSystem: showsSystem)
                    return .worked(try listing.run(pattern: nil, session: session))
                }
                let outcomes = try RelationDescription(verbose: verbose).run(pattern: pattern, session: session).map {
                    outcome -> DescribeOutcome in
                    guard case .table(var table) = outcome else { return outcome }
                    table.ignoresExpanded = !table.followsExpanded
                    return .table(table)
                }
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
