import Foundation
import Testing
import TutorCore

/// Preserved rows are cached in the judge's baseline and read back on every warm start.
@Suite struct TableRowsCodingTests {
    @Test(arguments: [
        Observations.TableRows(),
        Observations.TableRows(rows: ["": ""]),
        Observations.TableRows(rows: ["1": "a1b2", "2": "", "(3,\"x\ty\")": "c3\nd4", "é": "ü"]),
        Observations.TableRows(failure: "relation \"orders\" does not exist"),
        Observations.TableRows(undetermined: true),
    ])
    func readsBackWhatItWrote(_ rows: Observations.TableRows) throws {
        let data = try JSONEncoder().encode(rows)
        #expect(try JSONDecoder().decode(Observations.TableRows.self, from: data) == rows)
    }

    @Test func aLargeTableIsOneString() throws {
        let rows = Observations.TableRows(rows: Dictionary(uniqueKeysWithValues: (1...1000).map { ("\($0)", "fp\($0)") }))
        let data = try JSONEncoder().encode(rows)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["pairs"] is String)
        #expect(try JSONDecoder().decode(Observations.TableRows.self, from: data) == rows)
    }

    @Test func aDamagedCacheIsRefused() {
        let damaged = Data(#"{"pairs":"1\u0000a\u00002","undetermined":false}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Observations.TableRows.self, from: damaged) }
    }
}
