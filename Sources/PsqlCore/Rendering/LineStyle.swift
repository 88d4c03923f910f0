/// psql's `\pset linestyle`: the characters the aligned and wrapped formats draw borders,
/// rules and continuation marks with (`printTextFormat` in psql's `print.c`).
///
/// Every piece is bytes, so the writers append them without looking; `ascii`, psql's default,
/// is all single bytes.
public struct LineStyle: Sendable, Equatable {
    /// The line style's name as `\pset linestyle` shows it.
    public let name: String

    /// Characters of one kind of horizontal rule, or of a data line (`hrule` unused there).
    struct Rule: Sendable, Equatable {
        let hrule: [UInt8]
        let left: [UInt8]
        let middle: [UInt8]
        let right: [UInt8]
    }

    /// Where a rule is drawn: above the table (border 2), under the headers (and between
    /// expanded records), below the table (border 2); `data` is the vertical lines of rows.
    enum RulePosition { case top, middle, bottom, data }

    let top: Rule
    let middle: Rule
    let bottom: Rule
    let data: Rule
    /// Column divider on a line that continues a value after a newline in it.
    let midvruleNewline: [UInt8]
    /// Column divider on a line that continues a value wrapped for width.
    let midvruleWrap: [UInt8]
    /// Column divider before a column that has no more lines in this row.
    let midvruleBlank: [UInt8]
    let headerNewlineLeft: [UInt8]
    let headerNewlineRight: [UInt8]
    let newlineLeft: [UInt8]
    let newlineRight: [UInt8]
    let wrapLeft: [UInt8]
    let wrapRight: [UInt8]
    /// Whether border 0 still gets a column at the right edge for the marks.
    let wrapRightBorder: Bool

    func rule(_ position: RulePosition) -> Rule {
        switch position {
        case .top: top
        case .middle: middle
        case .bottom: bottom
        case .data: data
        }
    }

    /// psql 15's default.
    public static let ascii: LineStyle = {
        let rule = Rule(hrule: b("-"), left: b("+"), middle: b("+"), right: b("+"))
        return LineStyle(
            name: "ascii", top: rule, middle: rule, bottom: rule,
            data: Rule(hrule: [], left: b("|"), middle: b("|"), right: b("|")),
            midvruleNewline: b("|"), midvruleWrap: b("|"), midvruleBlank: b("|"),
            headerNewlineLeft: b(" "), headerNewlineRight: b("+"), newlineLeft: b(" "), newlineRight: b("+"),
            wrapLeft: b("."), wrapRight: b("."), wrapRightBorder: true)
    }()

    /// PostgreSQL 8.4's look: marks in the column dividers (`:` newline, `;` wrapped) and `+`
    /// at the left of continued header lines.
    public static let oldASCII: LineStyle = {
        let rule = Rule(hrule: b("-"), left: b("+"), middle: b("+"), right: b("+"))
        return LineStyle(
            name: "old-ascii", top: rule, middle: rule, bottom: rule,
            data: Rule(hrule: [], left: b("|"), middle: b("|"), right: b("|")),
            midvruleNewline: b(":"), midvruleWrap: b(";"), midvruleBlank: b(" "),
            headerNewlineLeft: b("+"), headerNewlineRight: b(" "), newlineLeft: b(" "), newlineRight: b(" "),
            wrapLeft: b(" "), wrapRight: b(" "), wrapRightBorder: false)
    }()

    /// Box-drawing characters; the outer border, the column dividers and the rule under the
    /// headers are each single or double (`\pset unicode_border_linestyle` and friends).
    public static func unicode(border: UnicodeLine, column: UnicodeLine, header: UnicodeLine) -> LineStyle {
        let bd = border == .double
        let cd = column == .double
        let hd = header == .double
        // Borders: up-and-right, vertical, down-and-right, horizontal, down-and-left, up-and-left.
        let borderH = bd ? "═" : "─"
        let borderV = bd ? "║" : "│"
        // Columns: vertical; then crossings indexed by the border (or header) style.
        let columnV = cd ? "║" : "│"
        let columnCross = cd ? ["╫", "╬"] : ["┼", "╪"]
        let columnUp = cd ? ["╨", "╩"] : ["┴", "╧"]
        let columnDown = cd ? ["╥", "╦"] : ["┬", "╤"]
        // Header rule: horizontal, vertical-and-right, vertical-and-left by border style.
        let headerH = hd ? "═" : "─"
        let headerRight = hd ? ["╞", "╠"] : ["├", "╟"]
        let headerLeft = hd ? ["╡", "╣"] : ["┤", "╢"]
        let bi = bd ? 1 : 0
        let hi = hd ? 1 : 0
        return LineStyle(
            name: "unicode",
            top: Rule(hrule: b(borderH), left: b(bd ? "╔" : "┌"), middle: b(columnDown[bi]), right: b(bd ? "╗" : "┐")),
            middle: Rule(hrule: b(headerH), left: b(headerRight[bi]), middle: b(columnCross[hi]), right: b(headerLeft[bi])),
            bottom: Rule(hrule: b(borderH), left: b(bd ? "╚" : "└"), middle: b(columnUp[bi]), right: b(bd ? "╝" : "┘")),
            data: Rule(hrule: [], left: b(borderV), middle: b(columnV), right: b(borderV)),
            midvruleNewline: b(columnV), midvruleWrap: b(columnV), midvruleBlank: b(columnV),
            headerNewlineLeft: b(" "), headerNewlineRight: b("↵"), newlineLeft: b(" "), newlineRight: b("↵"),
            wrapLeft: b("…"), wrapRight: b("…"), wrapRightBorder: true)
    }

    /// `single` or `double`, for each of the three unicode line style settings.
    public enum UnicodeLine: String, Sendable, Equatable {
        case single
        case double
    }

    private static func b(_ text: String) -> [UInt8] { Array(text.utf8) }
}
