import Testing

@testable import PsqlCore

/// psql's ParseVariableBool, as `\if` and the boolean variables read values.
@Suite struct VariablesPsqlBooleanTests {
    @Test(arguments: [
        ("true", true), ("t", true), ("TRUE", true), ("tr", true), ("yes", true), ("y", true), ("on", true),
        ("ON", true), ("1", true), ("false", false), ("f", false), ("fa", false), ("no", false), ("n", false),
        ("off", false), ("of", false), ("0", false),
    ])
    func accepts(_ text: String, _ value: Bool) {
        #expect(PsqlBoolean.parse(text) == value)
    }

    @Test(arguments: ["", "o", "truex", "2", "01", "yess", "maybe", " on", "on "])
    func refuses(_ text: String) {
        #expect(PsqlBoolean.parse(text) == nil)
    }

    @Test func messageIsPsqls() {
        #expect(
            PsqlBoolean.error(value: "maybe", name: "\\if expression")
                == "unrecognized value \"maybe\" for \"\\if expression\": Boolean expected")
    }
}
