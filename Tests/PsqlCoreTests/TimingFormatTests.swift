import Testing

@testable import PsqlCore

@Suite struct TimingFormatTests {
    @Test(arguments: [
        (0.035, "Time: 0.035 ms"),
        (999.9994, "Time: 999.999 ms"),
        (1201.963, "Time: 1201.963 ms (00:01.202)"),
        (61_000.5, "Time: 61000.500 ms (01:01.001)"),
        (3_723_004.0, "Time: 3723004.000 ms (01:02:03.004)"),
        (90_061_000.0, "Time: 90061000.000 ms (1 01:01:01.000)"),
    ])
    func psqlTimingLines(ms: Double, line: String) {
        #expect(TimingFormat.line(milliseconds: ms) == line)
    }

    @Test(arguments: [(1.0, 0, "1"), (0.0, 0, "0"), (2.5, 2, "2.50"), (-3, 1, "0.0"), (Double.nan, 3, "0.000"), (0.0049, 2, "0.00")])
    func fixedPoint(value: Double, decimals: Int, text: String) {
        #expect(TimingFormat.formatFixed(value, decimals: decimals) == text)
    }
}
