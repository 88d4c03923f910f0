/// `\dAc`, `\dAf`, `\dAo`, `\dAp [AM-PATTERN [TYPE-OR-FAMILY-PATTERN]]`: operator classes,
/// operator families, their operators and their support functions, psql 15's queries.
enum OperatorClassListings {
    static let methodFilter = PatternFilter(schemaColumn: nil, nameColumn: "am.amname", visibilityRule: nil, maximumParts: 1)

    /// An operator family's name as psql shows it: qualified only when not visible.
    private static func familyName(_ family: String, namespace: String) -> String {
        """
        CASE
            WHEN pg_catalog.pg_opfamily_is_visible(\(family).oid)
            THEN pg_catalog.format('%I', \(family).opfname)
            ELSE pg_catalog.format('%I.%I', \(namespace).nspname, \(family).opfname)
          END AS "Operator family"
        """
    }

    /// `letter` is `c`, `f`, `o` or `p`.
    static func listing(_ letter: Character, verbose: Bool, patterns: [String], serverVersion: Int) -> CatalogListing? {
        let method = patterns.first
        let second = patterns.count > 1 ? patterns[1] : nil
        var conditions = method.map { methodFilter.conditions(for: $0, serverVersion: serverVersion) } ?? []
        let typeFilter = PatternFilter(
            schemaColumn: "tn.nspname", nameColumn: "t.typname",
            visibilityRule: "pg_catalog.pg_type_is_visible(t.oid)", maximumParts: 3,
            alternateNameColumn: "pg_catalog.format_type(t.oid, NULL)")
        switch letter {
        case "c":
            var select = """
                SELECT
                  am.amname AS "AM",
                  pg_catalog.format_type(c.opcintype, NULL) AS "Input type",
                  CASE
                    WHEN c.opckeytype <> 0 AND c.opckeytype <> c.opcintype
                    THEN pg_catalog.format_type(c.opckeytype, NULL)
                    ELSE NULL
                  END AS "Storage type",
                  CASE
                    WHEN pg_catalog.pg_opclass_is_visible(c.oid)
                    THEN pg_catalog.format('%I', c.opcname)
                    ELSE pg_catalog.format('%I.%I', n.nspname, c.opcname)
                  END AS "Operator class",
                  (CASE WHEN c.opcdefault
                    THEN 'yes'
                    ELSE 'no'
                  END) AS "Default?"
                """
            if verbose {
                select += """
                    ,
                      \(familyName("of", namespace: "ofn")),
                     pg_catalog.pg_get_userbyid(c.opcowner) AS "Owner"
                    """
            }
            select += """

                FROM pg_catalog.pg_opclass c
                  LEFT JOIN pg_catalog.pg_am am on am.oid = c.opcmethod
                  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
                  LEFT JOIN pg_catalog.pg_type t ON t.oid = c.opcintype
                  LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
                """
            if verbose {
                select +=
                    "\n  LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = c.opcfamily\n  LEFT JOIN pg_catalog.pg_namespace ofn ON ofn.oid = of.opfnamespace"
            }
            if let second { conditions += typeFilter.conditions(for: second, serverVersion: serverVersion) }
            return CatalogListing(title: "List of operator classes", select: select, conditions: conditions, orderBy: "1, 2, 4")
        case "f":
            var select = """
                SELECT
                  am.amname AS "AM",
                  \(familyName("f", namespace: "n")),
                  (SELECT
                     pg_catalog.string_agg(pg_catalog.format_type(oc.opcintype, NULL), ', ')
                   FROM pg_catalog.pg_opclass oc
                   WHERE oc.opcfamily = f.oid) "Applicable types"
                """
            if verbose { select += ",\n  pg_catalog.pg_get_userbyid(f.opfowner) AS \"Owner\"" }
            select += """

                FROM pg_catalog.pg_opfamily f
                  LEFT JOIN pg_catalog.pg_am am on am.oid = f.opfmethod
                  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
                """
            if let second {
                let typeConditions = typeFilter.conditions(for: second, serverVersion: serverVersion)
                conditions.append(
                    """
                    EXISTS (
                        SELECT 1
                        FROM pg_catalog.pg_type t
                        JOIN pg_catalog.pg_opclass oc ON oc.opcintype = t.oid
                        LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
                        WHERE oc.opcfamily = f.oid
                    """ + typeConditions.map { "\n  AND " + $0 }.joined() + "\n  )")
            }
            return CatalogListing(title: "List of operator families", select: select, conditions: conditions, orderBy: "1, 2")
        case "o":
            var select = """
                SELECT
                  am.amname AS "AM",
                  \(familyName("of", namespace: "nsf")),
                  o.amopopr::pg_catalog.regoperator AS "Operator"
                ,  o.amopstrategy AS "Strategy",
                  CASE o.amoppurpose
                    WHEN 'o' THEN 'ordering'
                    WHEN 's' THEN 'search'
                  END AS "Purpose"
                """
            if verbose { select += "\n, ofs.opfname AS \"Sort opfamily\"" }
            select += """

                FROM pg_catalog.pg_amop o
                  LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = o.amopfamily
                  LEFT JOIN pg_catalog.pg_am am ON am.oid = of.opfmethod AND am.oid = o.amopmethod
                  LEFT JOIN pg_catalog.pg_namespace nsf ON of.opfnamespace = nsf.oid
                """
            if verbose { select += "\n  LEFT JOIN pg_catalog.pg_opfamily ofs ON ofs.oid = o.amopsortfamily" }
            if let second {
                conditions += PatternFilter(schemaColumn: "nsf.nspname", nameColumn: "of.opfname", visibilityRule: nil, maximumParts: 3)
                    .conditions(for: second, serverVersion: serverVersion)
            }
            return CatalogListing(
                title: "List of operators of operator families", select: select, conditions: conditions,
                orderBy: """
                    1, 2,
                      o.amoplefttype = o.amoprighttype DESC,
                      pg_catalog.format_type(o.amoplefttype, NULL),
                      pg_catalog.format_type(o.amoprighttype, NULL),
                      o.amopstrategy
                    """,
                rightAligned: ["Strategy"])
        case "p":
            var select = """
                SELECT
                  am.amname AS "AM",
                  \(familyName("of", namespace: "ns")),
                  pg_catalog.format_type(ap.amproclefttype, NULL) AS "Registered left type",
                  pg_catalog.format_type(ap.amprocrighttype, NULL) AS "Registered right type",
                  ap.amprocnum AS "Number"
                """
            select += verbose ? "\n, ap.amproc::pg_catalog.regprocedure AS \"Function\"" : "\n, p.proname AS \"Function\""
            select += """

                FROM pg_catalog.pg_amproc ap
                  LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = ap.amprocfamily
                  LEFT JOIN pg_catalog.pg_am am ON am.oid = of.opfmethod
                  LEFT JOIN pg_catalog.pg_namespace ns ON of.opfnamespace = ns.oid
                  LEFT JOIN pg_catalog.pg_proc p ON ap.amproc = p.oid
                """
            if let second {
                conditions += PatternFilter(schemaColumn: "ns.nspname", nameColumn: "of.opfname", visibilityRule: nil, maximumParts: 3)
                    .conditions(for: second, serverVersion: serverVersion)
            }
            return CatalogListing(
                title: "List of support functions of operator families", select: select, conditions: conditions,
                orderBy: "1, 2,\n  ap.amproclefttype = ap.amprocrighttype DESC,\n  3, 4, 5", rightAligned: ["Number"])
        default:
            return nil
        }
    }
}
