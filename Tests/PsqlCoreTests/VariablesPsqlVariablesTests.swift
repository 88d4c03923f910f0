import Testing

@testable import PsqlCore

/// `\set` / `\unset` through psql's substitute and assign hooks.
@Suite struct VariablesPsqlVariablesTests {
    struct Step: Sendable, CustomTestStringConvertible {
        let name: String
        let value: String?
        /// The value afterwards (nil: unset).
        let expected: String?
        var error: String? = nil
        var testDescription: String { "\(name) ← \(value ?? "<unset>")" }
    }

    @Test(arguments: [
        Step(name: "foo", value: "bar", expected: "bar"),
        Step(name: "foo", value: "", expected: ""),
        Step(name: "foo", value: nil, expected: nil),
        Step(name: "ON_ERROR_STOP", value: nil, expected: "off"),
        Step(name: "ON_ERROR_STOP", value: "", expected: "on"),
        Step(name: "ON_ERROR_STOP", value: "yes", expected: "yes"),
        Step(
            name: "ON_ERROR_STOP", value: "maybe", expected: "off",
            error: "unrecognized value \"maybe\" for \"ON_ERROR_STOP\": Boolean expected"),
        Step(name: "FETCH_COUNT", value: nil, expected: "0"),
        Step(name: "FETCH_COUNT", value: "0x10", expected: "0x10"),
        Step(
            name: "FETCH_COUNT", value: "ten", expected: "0",
            error: "invalid value \"ten\" for \"FETCH_COUNT\": integer expected"),
        Step(name: "ECHO", value: "QUERIES", expected: "QUERIES"),
        Step(
            name: "ECHO", value: "loud", expected: "none",
            error: "unrecognized value \"loud\" for \"ECHO\"\nAvailable values are: none, errors, queries, all."),
        Step(name: "ECHO", value: nil, expected: "none"),
        Step(name: "IGNOREEOF", value: "x", expected: "10"),
        Step(name: "bad-name", value: "1", expected: nil, error: "invalid variable name: \"bad-name\""),
        Step(name: "bad-name", value: nil, expected: nil),
    ])
    func hooks(_ step: Step) {
        var variables = PsqlVariables()
        #expect(variables.set(step.name, step.value) == step.error)
        #expect(variables[step.name] == step.expected)
    }

    @Test func typedSettingsFollowTheValues() {
        var variables = PsqlVariables()
        #expect(variables.autocommit && !variables.onErrorStop && !variables.quiet && variables.fetchCount == 0)
        variables.set("AUTOCOMMIT", "off")
        variables.set("ON_ERROR_STOP", "1")
        variables.set("QUIET", "")
        variables.set("FETCH_COUNT", "100")
        variables.set("ECHO", "errors")
        #expect(!variables.autocommit && variables.onErrorStop && variables.quiet && variables.fetchCount == 100)
        #expect(variables.echo == .errors)
        // A refused value keeps the old setting.
        variables.set("FETCH_COUNT", "lots")
        #expect(variables.fetchCount == 100 && variables["FETCH_COUNT"] == "100")
        variables.set("ON_ERROR_STOP", nil)
        #expect(!variables.onErrorStop)
    }

    @Test func listingIsSortedByByteOrder() {
        var variables = PsqlVariables()
        variables.set("b", "2")
        variables.set("a", "1")
        variables.set("Z", "0")
        let names = variables.listing.map(\.name)
        #expect(names == names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(names.contains("AUTOCOMMIT") && names.firstIndex(of: "Z")! < names.firstIndex(of: "a")!)
    }
}
