import Testing

@testable import PsqlCore

/// psql's pattern rules. Expected conditions are copied from the queries real psql 15.18 sent
/// for the same patterns (seen with `\set ECHO_HIDDEN on`).
@Suite struct DescribeNamePatternTests {
    let relations = RelationListing.filter

    func conditions(_ pattern: String?) -> [String] {
        relations.conditions(for: pattern, serverVersion: 150018)
    }

    @Test func noPatternSelectsVisibleObjects() {
        #expect(conditions(nil) == ["pg_catalog.pg_table_is_visible(c.oid)"])
    }

    @Test func wildcardsBecomeRegexAndUnquotedNamesFold() {
        #expect(
            conditions("ord*") == [
                "c.relname OPERATOR(pg_catalog.~) '^(ord.*)$' COLLATE pg_catalog.default",
                "pg_catalog.pg_table_is_visible(c.oid)",
            ])
        #expect(conditions("o?ders").first == "c.relname OPERATOR(pg_catalog.~) '^(o.ders)$' COLLATE pg_catalog.default")
        #expect(conditions("MixedCase").first == "c.relname OPERATOR(pg_catalog.~) '^(mixedcase)$' COLLATE pg_catalog.default")
    }

    @Test func quotedNamesKeepCaseAndLiteralCharacters() {
        #expect(conditions("\"Mixed*\"").first == #"c.relname OPERATOR(pg_catalog.~) E'^(Mixed\\*)$' COLLATE pg_catalog.default"#)
        #expect(conditions(#""a""b""#).first == #"c.relname OPERATOR(pg_catalog.~) '^(a"b)$' COLLATE pg_catalog.default"#)
        #expect(conditions(#""ord"ers"#).first == "c.relname OPERATOR(pg_catalog.~) '^(orders)$' COLLATE pg_catalog.default")
    }

    @Test func dollarAndArrayBracketsAreAlwaysLiteral() {
        #expect(conditions("a$b").first == #"c.relname OPERATOR(pg_catalog.~) E'^(a\\$b)$' COLLATE pg_catalog.default"#)
        #expect(conditions("int[]").first == #"c.relname OPERATOR(pg_catalog.~) E'^(int\\[])$' COLLATE pg_catalog.default"#)
    }

    @Test func schemaQualifiedPatternReplacesVisibility() {
        #expect(
            conditions("public.ord*") == [
                "c.relname OPERATOR(pg_catalog.~) '^(ord.*)$' COLLATE pg_catalog.default",
                "n.nspname OPERATOR(pg_catalog.~) '^(public)$' COLLATE pg_catalog.default",
            ])
        #expect(conditions("\"public\".orders").last == "n.nspname OPERATOR(pg_catalog.~) '^(public)$' COLLATE pg_catalog.default")
    }

    @Test func starPartsAreLeftOut() {
        #expect(conditions("*.orders") == ["c.relname OPERATOR(pg_catalog.~) '^(orders)$' COLLATE pg_catalog.default"])
        #expect(conditions("public.*") == ["n.nspname OPERATOR(pg_catalog.~) '^(public)$' COLLATE pg_catalog.default"])
    }

    @Test func databasePartIsOnlyChecked() {
        #expect(
            conditions("shop.public.o*") == [
                "c.relname OPERATOR(pg_catalog.~) '^(o.*)$' COLLATE pg_catalog.default",
                "n.nspname OPERATOR(pg_catalog.~) '^(public)$' COLLATE pg_catalog.default",
            ])
        #expect(NamePattern("SHOP.public.o*", splitsQualifiedNames: true).databaseName == "shop")
        #expect(NamePattern("\"Shop\".public.o*", splitsQualifiedNames: true).databaseName == "Shop")
    }

    @Test func rejectsTooManyPartsAndOtherDatabases() {
        let current = { "shop" }
        #expect(relations.rejection(of: "x.y.z.w", currentDatabase: current) == "improper qualified name (too many dotted names): x.y.z.w")
        #expect(relations.rejection(of: "a.b.c", currentDatabase: current) == "cross-database references are not implemented: a.b.c")
        #expect(relations.rejection(of: "shop.public.orders", currentDatabase: current) == nil)
        #expect(relations.rejection(of: "public.orders", currentDatabase: current) == nil)
        // Roles and databases take no qualifier at all; schemas take one, only to refuse it.
        #expect(RoleListing.filter.rejection(of: "a.b", currentDatabase: current) == "improper qualified name (too many dotted names): a.b")
        #expect(
            DatabaseListing.filter.rejection(of: "a.b", currentDatabase: current) == "improper qualified name (too many dotted names): a.b")
        #expect(
            SchemaListing.filter.rejection(of: "shop.public", currentDatabase: current)
                == "cross-database references are not implemented: shop.public")
    }

    @Test func unqualifiedObjectsKeepDotsInTheirName() {
        let pattern = NamePattern("a.b", splitsQualifiedNames: false)
        #expect(pattern.nameRegex == "^(a.b)$")
        #expect(pattern.schemaRegex == nil)
        #expect(pattern.dotCount == 1)
    }

    @Test func literalsSurviveAnyStringSetting() {
        #expect(SQLLiteral.quoted("it's") == "'it''s'")
        #expect(SQLLiteral.quoted(#"a\b"#) == #"E'a\\b'"#)
    }
}
