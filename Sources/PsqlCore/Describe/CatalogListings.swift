/// psql 15's one-query list commands, each as `CatalogListing` data: its title, its query (psql's
/// own text, so results match row for row) and how its pattern is matched.
enum CatalogListings {
    /// The listing for a command name without flags (`db`, `dx`, `dconfig`, …), or `nil`.
    /// `hasPattern` only matters to `\dconfig`, whose title depends on it.
    static func listing(_ command: String, verbose: Bool, hasPattern: Bool) -> CatalogListing? {
        switch command {
        case "db": tablespaces(verbose)
        case "dx": extensions
        case "dT": types(verbose)
        case "ddp": defaultPrivileges
        case "dconfig": configuration(verbose, hasPattern: hasPattern)
        case "dD": domains(verbose)
        case "dy": eventTriggers(verbose)
        case "dc": conversions(verbose)
        case "dC": casts(verbose)
        case "dL": languages(verbose)
        case "do": operators(verbose)
        case "dO": collations(verbose)
        case "dl", "lo_list": largeObjects(verbose)
        case "des": foreignServers(verbose)
        case "det": foreignTables(verbose)
        case "deu": userMappings(verbose)
        case "dew": foreignDataWrappers(verbose)
        case "dRp": publications
        case "dRs": subscriptions(verbose)
        case "dX": extendedStatistics
        case "da": aggregates
        case "dF":
            textSearch(
                "configurations", "c.cfgname", "pg_ts_config c", "c.cfgnamespace", "pg_catalog.pg_ts_config_is_visible(c.oid)",
                "c.oid, 'pg_ts_config'")
        case "dFp":
            textSearch(
                "parsers", "p.prsname", "pg_ts_parser p", "p.prsnamespace", "pg_catalog.pg_ts_parser_is_visible(p.oid)",
                "p.oid, 'pg_ts_parser'")
        case "dFd":
            textSearch(
                "dictionaries", "d.dictname", "pg_ts_dict d", "d.dictnamespace", "pg_catalog.pg_ts_dict_is_visible(d.oid)",
                "d.oid, 'pg_ts_dict'",
                extra: verbose
                    ? """
                      ( SELECT COALESCE(nt.nspname, '(null)')::pg_catalog.text || '.' || t.tmplname FROM
                        pg_catalog.pg_ts_template t
                        LEFT JOIN pg_catalog.pg_namespace nt ON nt.oid = t.tmplnamespace
                        WHERE d.dicttemplate = t.oid ) AS  "Template",
                      d.dictinitoption as "Init options",
                    """ : "")
        case "dFt":
            textSearch(
                "templates", "t.tmplname", "pg_ts_template t", "t.tmplnamespace", "pg_catalog.pg_ts_template_is_visible(t.oid)",
                "t.oid, 'pg_ts_template'",
                extra: verbose ? "  t.tmplinit::pg_catalog.regproc AS \"Init\",\n  t.tmpllexize::pg_catalog.regproc AS \"Lexize\",\n" : "")
        case "dA": accessMethods(verbose)
        default: nil
        }
    }

    /// psql's `CASE WHEN options IS NULL …` rendering of an FDW options array.
    private static func optionsColumn(_ column: String) -> String {
        " CASE WHEN \(column) IS NULL THEN '' ELSE   '(' || pg_catalog.array_to_string(ARRAY(SELECT   pg_catalog.quote_ident(option_name) ||  ' ' ||   pg_catalog.quote_literal(option_value)  FROM   pg_catalog.pg_options_to_table(\(column))),  ', ') || ')'   END AS \"FDW options\""
    }

    static func tablespaces(_ verbose: Bool) -> CatalogListing {
        var select = """
            SELECT spcname AS "Name",
              pg_catalog.pg_get_userbyid(spcowner) AS "Owner",
              pg_catalog.pg_tablespace_location(oid) AS "Location"
            """
        if verbose {
            select += """
                ,
                  pg_catalog.array_to_string(spcacl, E'\\n') AS "Access privileges",
                  spcoptions AS "Options",
                  pg_catalog.pg_size_pretty(pg_catalog.pg_tablespace_size(oid)) AS "Size",
                  pg_catalog.shobj_description(oid, 'pg_tablespace') AS "Description"
                """
        }
        return CatalogListing(
            title: "List of tablespaces", select: select + "\nFROM pg_catalog.pg_tablespace",
            filter: PatternFilter(schemaColumn: nil, nameColumn: "spcname", visibilityRule: nil, maximumParts: 1),
            orderBy: "1")
    }

    /// `\dF`, `\dFd`, `\dFp`, `\dFt`: text search configurations, dictionaries, parsers and
    /// templates, with `pg_catalog`'s shown (psql hides nothing here).
    static func textSearch(
        _ what: String, _ nameColumn: String, _ catalog: String, _ namespaceColumn: String, _ visibility: String,
        _ descriptionArguments: String, extra: String = ""
    ) -> CatalogListing {
        CatalogListing(
            title: "List of text search \(what)",
            select: """
                SELECT
                  n.nspname as "Schema",
                  \(nameColumn) as "Name",
                \(extra)  pg_catalog.obj_description(\(descriptionArguments)) as "Description"
                FROM pg_catalog.\(catalog)
                LEFT JOIN pg_catalog.pg_namespace n ON n.oid = \(namespaceColumn)
                """,
            filter: PatternFilter(
                schemaColumn: "n.nspname", nameColumn: nameColumn, visibilityRule: visibility, maximumParts: 3),
            orderBy: "1, 2")
    }

    static let aggregates = CatalogListing(
        title: "List of aggregate functions",
        select: """
            SELECT n.nspname as "Schema",
              p.proname AS "Name",
              pg_catalog.format_type(p.prorettype, NULL) AS "Result data type",
              CASE WHEN p.pronargs = 0
                THEN CAST('*' AS pg_catalog.text)
                ELSE pg_catalog.pg_get_function_arguments(p.oid)
              END AS "Argument data types",
              pg_catalog.obj_description(p.oid, 'pg_proc') as "Description"
            FROM pg_catalog.pg_proc p
                 LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            """,
        conditions: ["p.prokind = 'a'"], filter: FunctionListing.filter,
        userObjectConditions: CatalogListing.hidesSystemSchemas, orderBy: "1, 2, 4")

    static func accessMethods(_ verbose: Bool) -> CatalogListing {
        var select = "SELECT amname AS \"Name\",\n  CASE amtype WHEN 'i' THEN 'Index' WHEN 't' THEN 'Table' END AS \"Type\""
        if verbose {
            select += ",\n  amhandler AS \"Handler\",\n  pg_catalog.obj_description(oid, 'pg_am') AS \"Description\""
        }
        return CatalogListing(
            title: "List of access methods", select: select + "\nFROM pg_catalog.pg_am",
            filter: PatternFilter(schemaColumn: nil, nameColumn: "amname", visibilityRule: nil, maximumParts: 1),
            orderBy: "1")
    }

    static let extensions = CatalogListing(
        title: "List of installed extensions",
        select: """
            SELECT e.extname AS "Name", e.extversion AS "Version", n.nspname AS "Schema", c.description AS "Description"
            FROM pg_catalog.pg_extension e LEFT JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace LEFT JOIN pg_catalog.pg_description c ON c.objoid = e.oid AND c.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass
            """,
        filter: ExtensionContents.filter, orderBy: "1")

    static func types(_ verbose: Bool) -> CatalogListing {
        var select = """
            SELECT n.nspname as "Schema",
              pg_catalog.format_type(t.oid, NULL) AS "Name",
            """
        if verbose {
            select += """

                  t.typname AS "Internal name",
                  CASE WHEN t.typrelid != 0
                      THEN CAST('tuple' AS pg_catalog.text)
                    WHEN t.typlen < 0
                      THEN CAST('var' AS pg_catalog.text)
                    ELSE CAST(t.typlen AS pg_catalog.text)
                  END AS "Size",
                  pg_catalog.array_to_string(
                      ARRAY(
                          SELECT e.enumlabel
                          FROM pg_catalog.pg_enum e
                          WHERE e.enumtypid = t.oid
                          ORDER BY e.enumsortorder
                      ),
                      E'\\n'
                  ) AS "Elements",
                  pg_catalog.pg_get_userbyid(t.typowner) AS "Owner",
                pg_catalog.array_to_string(t.typacl, E'\\n') AS "Access privileges",
                """
        }
        select += """

              pg_catalog.obj_description(t.oid, 'pg_type') as "Description"
            FROM pg_catalog.pg_type t
                 LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            """
        return CatalogListing(
            title: "List of data types", select: select,
            conditions: [
                "(t.typrelid = 0 OR (SELECT c.relkind = 'c' FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid))",
                "NOT EXISTS(SELECT 1 FROM pg_catalog.pg_type el WHERE el.oid = t.typelem AND el.typarray = t.oid)",
            ],
            filter: PatternFilter(
                schemaColumn: "n.nspname", nameColumn: "t.typname",
                visibilityRule: "pg_catalog.pg_type_is_visible(t.oid)", maximumParts: 3,
                alternateNameColumn: "pg_catalog.format_type(t.oid, NULL)"),
            userObjectConditions: CatalogListing.hidesSystemSchemas, orderBy: "1, 2")
    }

    static let defaultPrivileges = CatalogListing(
        title: "Default access privileges",
        select: """
            SELECT pg_catalog.pg_get_userbyid(d.defaclrole) AS "Owner",
              n.nspname AS "Schema",
              CASE d.defaclobjtype WHEN 'r' THEN 'table' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'function' WHEN 'T' THEN 'type' WHEN 'n' THEN 'schema' END AS "Type",
              pg_catalog.array_to_string(d.defaclacl, E'\\n') AS "Access privileges"
            FROM pg_catalog.pg_default_acl d
                 LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
            """,
        // psql allows three parts here (so `db.x.y` is a cross-database reference), though with
        // no schema column every dot stays in the name.
        filter: PatternFilter(
            schemaColumn: nil, nameColumn: "n.nspname", visibilityRule: nil, maximumParts: 3,
            alternateNameColumn: "pg_catalog.pg_get_userbyid(d.defaclrole)"),
        orderBy: "1, 2, 3")

    static func configuration(_ verbose: Bool, hasPattern: Bool) -> CatalogListing {
        var select = "SELECT s.name AS \"Parameter\", pg_catalog.current_setting(s.name) AS \"Value\""
        if verbose {
            select +=
                ", s.vartype AS \"Type\", s.context AS \"Context\", pg_catalog.array_to_string(p.paracl, E'\\n') AS \"Access privileges\""
        }
        select += "\nFROM pg_catalog.pg_settings s"
        if verbose {
            select += "\n  LEFT JOIN pg_catalog.pg_parameter_acl p\n  ON pg_catalog.lower(s.name) = p.parname"
        }
        return CatalogListing(
            title: hasPattern ? "List of configuration parameters" : "List of non-default configuration parameters",
            select: select,
            filter: PatternFilter(
                schemaColumn: nil, nameColumn: "pg_catalog.lower(s.name)", visibilityRule: nil, maximumParts: 1),
            userObjectConditions: ["s.source <> 'default'", "s.setting IS DISTINCT FROM s.boot_val"],
            orderBy: "1")
    }

    static func domains(_ verbose: Bool) -> CatalogListing {
        var select = """
            SELECT n.nspname as "Schema",
                   t.typname as "Name",
                   pg_catalog.format_type(t.typbasetype, t.typtypmod) as "Type",
                   (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type bt
                    WHERE c.oid = t.typcollation AND bt.oid = t.typbasetype AND t.typcollation <> bt.typcollation) as "Collation",
                   CASE WHEN t.typnotnull THEN 'not null' END as "Nullable",
                   t.typdefault as "Default",
                   pg_catalog.array_to_string(ARRAY(
                     SELECT pg_catalog.pg_get_constraintdef(r.oid, true) FROM pg_catalog.pg_constraint r WHERE t.oid = r.contypid
                   ), ' ') as "Check"
            """
        if verbose {
            select += """
                ,
                  pg_catalog.array_to_string(t.typacl, E'\\n') AS "Access privileges",
                       d.description as "Description"
                """
        }
        select += """

            FROM pg_catalog.pg_type t
                 LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            """
        if verbose {
            select += "\n     LEFT JOIN pg_catalog.pg_description d ON d.classoid = t.tableoid AND d.objoid = t.oid AND d.objsubid = 0"
        }
        return CatalogListing(
            title: "List of domains", select: select, conditions: ["t.typtype = 'd'"],
            filter: PatternFilter(
                schemaColumn: "n.nspname", nameColumn: "t.typname",
                visibilityRule: "pg_catalog.pg_type_is_visible(t.oid)", maximumParts: 3),
            userObjectConditions: CatalogListing.hidesSystemSchemas, orderBy: "1, 2")
    }

    static func eventTriggers(_ verbose: Bool) -> CatalogListing {
        var select = """
            SELECT evtname as "Name", evtevent as "Event", pg_catalog.pg_get_userbyid(e.evtowner) as "Owner",
             case evtenabled when 'O' then 'enabled'  when 'R' then 'replica'  when 'A' then 'always'  when 'D' then 'disabled' end as "Enabled",
             e.evtfoid::pg_catalog.regproc as "Function", pg_catalog.array_to_string(array(select x from pg_catalog.unnest(evttags) as t(x)), ', ') as "Tags"
            """
        if verbose { select += ",\npg_catalog.obj_description(e.oid, 'pg_event_trigger') as \"Description\"" }
        return CatalogListing(
            title: "List of event triggers", select: select + "\nFROM pg_catalog.pg_event_trigger e",
            filter: PatternFilter(schemaColumn: nil, nameColumn: "evtname", visibilityRule: nil, maximumParts: 1),
            orderBy: "1")
    }

    static func conversions(_ verbose: Bool) -> CatalogListing {
        var select = """
            SELECT n.nspname AS "Schema",
                   c.conname AS "Name",
                   pg_catalog.pg_encoding_to_char(c.conforencoding) AS "Source",
                   pg_catalog.pg_encoding_to_char(c.contoencoding) AS "Destination",
                   CASE WHEN c.condefault THEN 'yes'
                   ELSE 'no' END AS "Default?"
            """
        if verbose { select += ",\n       d.description AS \"Description\"" }
        select += "\nFROM pg_catalog.pg_conversion c\n     JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace"
        if verbose {
            select +=
                "\nLEFT JOIN pg_catalog.pg_description d ON d.classoid = c.tableoid\n          AND d.objoid = c.oid AND d.objsubid = 0"
        }
        return CatalogListing(
            title: "List of conversions", select: select,
            filter: PatternFilter(
                schemaColumn: "n.nspname", nameColumn: "c.conname",
                visibilityRule: "pg_catalog.pg_conversion_is_visible(c.oid)", maximumParts: 3),
            userObjectConditions: CatalogListing.hidesSystemSchemas, orderBy: "1, 2")
    }

    static func casts(_ verbose: Bool) -> CatalogListing {
        var select = """
            SELECT pg_catalog.format_type(castsource, NULL) AS "Source type",
                   pg_catalog.format_type(casttarget, NULL) AS "Target type",
                   CASE WHEN c.castmethod = 'b' THEN '(binary coercible)'
                        WHEN c.castmethod = 'i' THEN '(with inout)'
                        ELSE p.proname
                   END AS "Function",
                   CASE WHEN c.castcontext = 'e' THEN 'no'
                        WHEN c.castcontext = 'a' THEN 'in assignment'
                        ELSE 'yes'
                   END AS "Implicit?"
            """
        if verbose { select += ",\n       d.description AS \"Description\"" }
        select += """

            FROM pg_catalog.pg_cast c LEFT JOIN pg_catalog.pg_proc p
                 ON c.castfunc = p.oid
                 LEFT JOIN pg_catalog.pg_type ts
                 ON c.castsource = ts.oid
                 LEFT JOIN pg_catalog.pg_namespace ns
                 ON ns.oid = ts.typnamespace
                 LEFT JOIN pg_catalog.pg_type tt
                 ON c.casttarget = tt.oid
                 LEFT JOIN pg_catalog.pg_namespace nt
                 ON nt.oid = tt.typnamespace
            """
        if verbose {
            select +=
                "\n     LEFT JOIN pg_catalog.pg_description d\n     ON d.classoid = c.tableoid AND d.objoid = c.oid AND d.objsubid = 0"
        }
        return CatalogListing(title: "List of casts", select: select, orderBy: "1, 2")
    }

    /// `\dC`'s pattern matches the source type or the target type.
    static func castConditions(pattern: String?, serverVersion: Int) -> [String] {
        func side(_ type: String, _ namespace: String) -> String {
            let filter = PatternFilter(
                schemaColumn: "\(namespace).nspname", nameColumn: "\(type).typname",
                visibilityRule: "pg_catalog.pg_type_is_visible(\(type).oid)", maximumParts: 3,
                alternateNameColumn: "pg_catalog.format_type(\(type).oid, NULL)")
            return (["true"] + filter.conditions(for: pattern, serverVersion: serverVersion)).joined(separator: " AND ")
        }
        return ["( (\(side("ts", "ns"))) OR (\(side("tt", "nt"))) )"]
    }

    static func languages(_ verbose: Bool) -> CatalogListing {
        var select = """
            SELECT l.lanname AS "Name",
                   pg_catalog.pg_get_userbyid(l.lanowner) as "Owner",
                   l.lanpltrusted AS "Trusted"
            """
        if verbose {
            select += """
                ,
                       NOT l.lanispl AS "Internal language",
                       l.lanplcallfoid::pg_catalog.regprocedure AS "Call handler",
                       l.lanvalidator::pg_catalog.regprocedure AS "Validator",
                       l.laninline::pg_catalog.regprocedure AS "Inline handler",
                       pg_catalog.array_to_string(l.lanacl, E'\\n') AS "Access privileges"
                """
        }
        select += """
            ,
                   d.description AS "Description"
            FROM pg_catalog.pg_language l
            LEFT JOIN pg_catalog.pg_description d
              ON d.classoid = l.tableoid AND d.objoid = l.oid
              AND d.objsubid = 0
            """
        return CatalogListing(
            title: "List of languages", select: select,
            // psql takes `db.language` (refused unless db is the current database).
            filter: PatternFilter(schemaColumn: nil, nameColumn: "l.lanname", visibilityRule: nil, maximumParts: 2),
            userObjectConditions: ["l.lanplcallfoid != 0"], orderBy: "1")
    }

    /// `\do [PATTERN [TYPE [TYPE]]]`: one type is a prefix operator's right operand, two are
    /// the left and right operands.
    static func operators(_ verbose: Bool, typePatterns: [String], serverVersion: Int) -> CatalogListing {
        var listing = operators(verbose)
        switch typePatterns.count {
        case 0: return listing
        case 1:
            listing.select += TypePatterns.joins(count: 1) { _ in "o.oprright" }
            listing.conditions.append("o.oprleft = 0")
        default:
            listing.select += TypePatterns.joins(count: 2) { $0 == 0 ? "o.oprleft" : "o.oprright" }
        }
        listing.conditions += TypePatterns.conditions(Array(typePatterns.prefix(2)), serverVersion: serverVersion)
        return listing
    }

    static func operators(_ verbose: Bool) -> CatalogListing {
        var select = """
            SELECT n.nspname as "Schema",
              o.oprname AS "Name",
              CASE WHEN o.oprkind='l' THEN NULL ELSE pg_catalog.format_type(o.oprleft, NULL) END AS "Left arg type",
              CASE WHEN o.oprkind='r' THEN NULL ELSE pg_catalog.format_type(o.oprright, NULL) END AS "Right arg type",
              pg_catalog.format_type(o.oprresult, NULL) AS "Result type",
            """
        if verbose { select += "\n  o.oprcode AS \"Function\"," }
        select += """

              coalesce(pg_catalog.obj_description(o.oid, 'pg_operator'),
                       pg_catalog.obj_description(o.oprcode, 'pg_proc')) AS "Description"
            FROM pg_catalog.pg_operator o
                 LEFT JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
            """
        return CatalogListing(
            title: "List of operators", select: select,
            filter: PatternFilter(
                schemaColumn: "n.nspname", nameColumn: "o.oprname",
                visibilityRule: "pg_catalog.pg_operator_is_visible(o.oid)", maximumParts: 3,
                escapesEverything: true),
            userObjectConditions: CatalogListing.hidesSystemSchemas, orderBy: "1, 2, 3, 4")
    }

    static func collations(_ verbose: Bool) -> CatalogListing {
        var select = """
            SELECT n.nspname AS "Schema",
                   c.collname AS "Name",
                   c.collcollate AS "Collate",
                   c.collctype AS "Ctype",
                   c.colliculocale AS "ICU Locale",
                   CASE c.collprovider WHEN 'd' THEN 'default' WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END AS "Provider",
                   CASE WHEN c.collisdeterministic THEN 'yes' ELSE 'no' END AS "Deterministic?"
            """
        if verbose { select += ",\n       pg_catalog.obj_description(c.oid, 'pg_collation') AS \"Description\"" }
        return CatalogListing(
            title: "List of collations",
            select: select + "\nFROM pg_catalog.pg_collation c, pg_catalog.pg_namespace n",
            conditions: [
                "n.oid = c.collnamespace",
                "c.collencoding IN (-1, pg_catalog.pg_char_to_encoding(pg_catalog.getdatabaseencoding()))",
            ],
            filter: PatternFilter(
                schemaColumn: "n.nspname", nameColumn: "c.collname",
                visibilityRule: "pg_catalog.pg_collation_is_visible(c.oid)", maximumParts: 3),
            userObjectConditions: CatalogListing.hidesSystemSchemas, orderBy: "1, 2")
    }

    static func largeObjects(_ verbose: Bool) -> CatalogListing {
        var select = "SELECT oid as \"ID\",\n  pg_catalog.pg_get_userbyid(lomowner) as \"Owner\","
        if verbose { select += "\n  pg_catalog.array_to_string(lomacl, E'\\n') AS \"Access privileges\"," }
        select += "\n  pg_catalog.obj_description(oid, 'pg_largeobject') as \"Description\"\nFROM pg_catalog.pg_largeobject_metadata"
        return CatalogListing(title: "Large objects", select: select, orderBy: "oid", rightAligned: ["ID"])
    }

    static func foreignServers(_ verbose: Bool) -> CatalogListing {
        var select = """
            SELECT s.srvname AS "Name",
              pg_catalog.pg_get_userbyid(s.srvowner) AS "Owner",
              f.fdwname AS "Foreign-data wrapper"
            """
        if verbose {
            select +=
                ",\n  pg_catalog.array_to_string(s.srvacl, E'\\n') AS \"Access privileges\",\n  s.srvtype AS \"Type\",\n  s.srvversion AS \"Version\",\n"
                + optionsColumn("srvoptions") + ",\n  d.description AS \"Description\""
        }
        select += "\nFROM pg_catalog.pg_foreign_server s\n     JOIN pg_catalog.pg_foreign_data_wrapper f ON f.oid=s.srvfdw"
        if verbose {
            select += "\nLEFT JOIN pg_catalog.pg_description d\n       ON d.classoid = s.tableoid AND d.objoid = s.oid AND d.objsubid = 0"
        }
        return CatalogListing(
            title: "List of foreign servers", select: select,
            filter: PatternFilter(schemaColumn: nil, nameColumn: "s.srvname", visibilityRule: nil, maximumParts: 1),
            orderBy: "1")
    }

    static func foreignTables(_ verbose: Bool) -> CatalogListing {
        var select = "SELECT n.nspname AS \"Schema\",\n  c.relname AS \"Table\",\n  s.srvname AS \"Server\""
        if verbose { select += ",\n" + optionsColumn("ftoptions") + ",\n  d.description AS \"Description\"" }
        select += """

            FROM pg_catalog.pg_foreign_table ft
              INNER JOIN pg_catalog.pg_class c ON c.oid = ft.ftrelid
              INNER JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              INNER JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver
            """
        if verbose {
            select +=
                "\n   LEFT JOIN pg_catalog.pg_description d\n          ON d.classoid = c.tableoid AND d.objoid = c.oid AND d.objsubid = 0"
        }
        return CatalogListing(
            title: "List of foreign tables", select: select,
            filter: PatternFilter(
                schemaColumn: "n.nspname", nameColumn: "c.relname",
                visibilityRule: "pg_catalog.pg_table_is_visible(c.oid)", maximumParts: 3),
            orderBy: "1, 2")
    }

    static func userMappings(_ verbose: Bool) -> CatalogListing {
        var select = "SELECT um.srvname AS \"Server\",\n  um.usename AS \"User name\""
        if verbose { select += ",\n" + optionsColumn("umoptions") }
        return CatalogListing(
            title: "List of user mappings", select: select + "\nFROM pg_catalog.pg_user_mappings um",
            filter: PatternFilter(schemaColumn: nil, nameColumn: "um.srvname", visibilityRule: nil, maximumParts: 1),
            orderBy: "1, 2")
    }

    static func foreignDataWrappers(_ verbose: Bool) -> CatalogListing {
        var select = """
            SELECT fdw.fdwname AS "Name",
              pg_catalog.pg_get_userbyid(fdw.fdwowner) AS "Owner",
              fdw.fdwhandler::pg_catalog.regproc AS "Handler",
              fdw.fdwvalidator::pg_catalog.regproc AS "Validator"
            """
        if verbose {
            select +=
                ",\n  pg_catalog.array_to_string(fdwacl, E'\\n') AS \"Access privileges\",\n" + optionsColumn("fdwoptions")
                + ",\n  d.description AS \"Description\" "
        }
        select += "\nFROM pg_catalog.pg_foreign_data_wrapper fdw"
        if verbose {
            select +=
                "\nLEFT JOIN pg_catalog.pg_description d\n       ON d.classoid = fdw.tableoid AND d.objoid = fdw.oid AND d.objsubid = 0"
        }
        return CatalogListing(
            title: "List of foreign-data wrappers", select: select,
            filter: PatternFilter(schemaColumn: nil, nameColumn: "fdwname", visibilityRule: nil, maximumParts: 1),
            orderBy: "1")
    }

    static let publications = CatalogListing(
        title: "List of publications",
        select: """
            SELECT pubname AS "Name",
              pg_catalog.pg_get_userbyid(pubowner) AS "Owner",
              puballtables AS "All tables",
              pubinsert AS "Inserts",
              pubupdate AS "Updates",
              pubdelete AS "Deletes",
              pubtruncate AS "Truncates",
              pubviaroot AS "Via root"
            FROM pg_catalog.pg_publication
            """,
        filter: PatternFilter(schemaColumn: nil, nameColumn: "pubname", visibilityRule: nil, maximumParts: 1),
        orderBy: "1")

    static func subscriptions(_ verbose: Bool) -> CatalogListing {
        var select = """
            SELECT subname AS "Name"
            ,  pg_catalog.pg_get_userbyid(subowner) AS "Owner"
            ,  subenabled AS "Enabled"
            ,  subpublications AS "Publication"
            """
        if verbose {
            select += """

                , subbinary AS "Binary"
                , substream AS "Streaming"
                , subtwophasestate AS "Two-phase commit"
                , subdisableonerr AS "Disable on error"
                ,  subsynccommit AS "Synchronous commit"
                ,  subconninfo AS "Conninfo"
                , subskiplsn AS "Skip LSN"
                """
        }
        return CatalogListing(
            title: "List of subscriptions", select: select + "\nFROM pg_catalog.pg_subscription",
            conditions: [
                "subdbid = (SELECT oid\n                 FROM pg_catalog.pg_database\n                 WHERE datname = pg_catalog.current_database())"
            ],
            filter: PatternFilter(schemaColumn: nil, nameColumn: "subname", visibilityRule: nil, maximumParts: 1),
            orderBy: "1")
    }

    static let extendedStatistics = CatalogListing(
        title: "List of extended statistics",
        select: """
            SELECT 
            es.stxnamespace::pg_catalog.regnamespace::pg_catalog.text AS "Schema", 
            es.stxname AS "Name", 
            pg_catalog.format('%s FROM %s', 
              pg_catalog.pg_get_statisticsobjdef_columns(es.oid), 
              es.stxrelid::pg_catalog.regclass) AS "Definition",
            CASE WHEN 'd' = any(es.stxkind) THEN 'defined' 
            END AS "Ndistinct", 
            CASE WHEN 'f' = any(es.stxkind) THEN 'defined' 
            END AS "Dependencies",
            CASE WHEN 'm' = any(es.stxkind) THEN 'defined' 
            END AS "MCV"  
            FROM pg_catalog.pg_statistic_ext es 
            """,
        filter: PatternFilter(
            schemaColumn: "es.stxnamespace::pg_catalog.regnamespace::pg_catalog.text", nameColumn: "es.stxname",
            visibilityRule: "pg_catalog.pg_statistics_obj_is_visible(es.oid)", maximumParts: 3),
        orderBy: "1, 2")

    /// `\drds [ROLE [DATABASE]]`: per-role and per-database settings; each pattern optional.
    static func roleSettingsQuery(role: String?, database: String?, serverVersion: Int) -> String {
        var conditions: [String] = []
        if let role {
            conditions += PatternFilter(schemaColumn: nil, nameColumn: "r.rolname", visibilityRule: nil, maximumParts: 1)
                .conditions(for: role, serverVersion: serverVersion)
        }
        if let database {
            conditions += PatternFilter(schemaColumn: nil, nameColumn: "d.datname", visibilityRule: nil, maximumParts: 1)
                .conditions(for: database, serverVersion: serverVersion)
        }
        return """
            SELECT rolname AS "Role", datname AS "Database",
            pg_catalog.array_to_string(setconfig, E'\\n') AS "Settings"
            FROM pg_catalog.pg_db_role_setting s
            LEFT JOIN pg_catalog.pg_database d ON d.oid = setdatabase
            LEFT JOIN pg_catalog.pg_roles r ON r.oid = setrole

            """ + CatalogSession.whereClause(conditions) + "ORDER BY 1, 2"
    }
}
