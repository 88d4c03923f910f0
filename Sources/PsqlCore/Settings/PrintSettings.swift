/// psql's `\pset` state and the rules for changing and showing it (`do_pset`, `printPsetInfo`,
/// `\pset` without arguments), as pure logic: the REPL applies what the learner typed and prints
/// the messages this returns.
public struct PrintSettings: Sendable, Equatable {
    public var format: OutputFormat = .aligned
    /// Kept as psql keeps it, in an unsigned short: `\pset border -1` is 65535.
    public var border = 1
    public var expanded: ExpandedMode = .off
    public var nullDisplay = ""
    public var fieldSeparator: Separator = .text("|")
    public var recordSeparator: Separator = .text("\n")
    public var csvFieldSeparator = ","
    public var tuplesOnly = false
    public var title: String?
    /// `\pset footer`: psql's default footer, `(N rows)`.
    public var footer = true
    /// 0 off, 1 on, 2 always. pgcoach never pages (like psql writing to a file or pipe), but
    /// keeps the setting so `\pset` shows what was asked for.
    public var pager = 1
    public var pagerMinLines = 0
    public var tableAttributes: String?
    /// `\pset columns`: target width of the wrapped format; 0 is unset.
    public var columns = 0
    public var numericLocale = false
    /// `\pset linestyle`: ascii, old-ascii or unicode.
    public var lineStyleName = "ascii"
    public var unicodeBorderLineStyle = "single"
    public var unicodeColumnLineStyle = "single"
    public var unicodeHeaderLineStyle = "single"
    /// The client encoding text is measured in (`\encoding` changes it).
    public var encoding: ClientEncoding = .utf8

    /// The line style the aligned and wrapped formats draw with.
    public var lineStyle: LineStyle {
        switch lineStyleName {
        case "old-ascii": return .oldASCII
        case "unicode":
            return .unicode(
                border: LineStyle.UnicodeLine(rawValue: unicodeBorderLineStyle) ?? .single,
                column: LineStyle.UnicodeLine(rawValue: unicodeColumnLineStyle) ?? .single,
                header: LineStyle.UnicodeLine(rawValue: unicodeHeaderLineStyle) ?? .single)
        default: return .ascii
        }
    }

    public init() {}

    /// What a `\pset` command did.
    public enum Outcome: Sendable, Equatable {
        /// It worked: print this line (unless psql is quiet).
        case changed(String)
        /// It worked and psql says nothing (`tuples_only`, `footer` and `numericlocale` given
        /// a value return before reporting).
        case silent
        /// It failed: print these lines as an error (the first is the `\pset: …` message).
        case failed(String)
    }

    /// The formats psql 15 knows, in its order (used for abbreviations and the error message).
    static let psqlFormats = [
        "aligned", "asciidoc", "csv", "html", "latex", "latex-longtable", "troff-ms", "unaligned", "wrapped",
    ]

    /// Every parameter, in the order `\pset` lists them.
    public static let parameterNames = [
        "border", "columns", "csv_fieldsep", "expanded", "fieldsep", "fieldsep_zero", "footer", "format",
        "linestyle", "null", "numericlocale", "pager", "pager_min_lines", "recordsep", "recordsep_zero",
        "tableattr", "title", "tuples_only", "unicode_border_linestyle", "unicode_column_linestyle",
        "unicode_header_linestyle",
    ]

    /// `\pset NAME [VALUE]`: changes the parameter (some toggle without a value) and returns the
    /// line psql prints afterwards, or its error.
    public mutating func apply(_ name: String, _ value: String?) -> Outcome {
        switch name {
        case "format":
            if let value {
                switch Self.matchFormat(value) {
                case .success(let format): self.format = format
                case .failure(let error): return .failed(error.message)
                }
            }
        case "linestyle":
            // psql takes any prefix, trying the names in this order ("" is ascii).
            if let value {
                let lowered = value.lowercased()
                guard let style = ["ascii", "old-ascii", "unicode"].first(where: { $0.hasPrefix(lowered) }) else {
                    return .failed("\\pset: allowed line styles are ascii, old-ascii, unicode")
                }
                lineStyleName = style
            }
        case "unicode_border_linestyle", "unicode_column_linestyle", "unicode_header_linestyle":
            if let value {
                let lowered = value.lowercased()
                let style: String
                if "single".hasPrefix(lowered) {
                    style = "single"
                } else if "double".hasPrefix(lowered) {
                    style = "double"
                } else {
                    let which = name.split(separator: "_")[1]
                    return .failed("\\pset: allowed Unicode \(which) line styles are single, double")
                }
                switch name {
                case "unicode_border_linestyle": unicodeBorderLineStyle = style
                case "unicode_column_linestyle": unicodeColumnLineStyle = style
                default: unicodeHeaderLineStyle = style
                }
            }
        case "border":
            if let value { border = Self.atoi(value) & 0xFFFF }
        case "x", "expanded", "vertical":
            if let value, value.lowercased() == "auto" {
                expanded = .auto
            } else if let value {
                guard let on = PsqlBoolean.parse(value) else {
                    return .failed("unrecognized value \"\(value)\" for \"\(name)\"\nAvailable values are: on, off, auto.")
                }
                expanded = on ? .on : .off
            } else {
                expanded = expanded == .off ? .on : .off
            }
        case "csv_fieldsep":
            if let value {
                guard value.utf8.count == 1 else {
                    return .failed("\\pset: csv_fieldsep must be a single one-byte character")
                }
                guard value != "\"", value != "\n", value != "\r" else {
                    return .failed("\\pset: csv_fieldsep cannot be a double quote, a newline, or a carriage return")
                }
                csvFieldSeparator = value
            }
        case "numericlocale":
            if let outcome = Self.setOrToggle(&numericLocale, value, name) { return outcome }
        case "null":
            if let value { nullDisplay = value }
        case "fieldsep":
            if let value { fieldSeparator = .text(value) }
        case "fieldsep_zero":
            fieldSeparator = .zero
        case "recordsep":
            if let value { recordSeparator = .text(value) }
        case "recordsep_zero":
            recordSeparator = .zero
        case "t", "tuples_only":
            if let outcome = Self.setOrToggle(&tuplesOnly, value, name) { return outcome }
        case "C", "title":
            title = value
        case "T", "tableattr":
            tableAttributes = value
        case "pager":
            if let value, value.lowercased() == "always" {
                pager = 2
            } else if let value {
                guard let on = PsqlBoolean.parse(value) else {
                    return .failed("unrecognized value \"\(value)\" for \"\(name)\"\nAvailable values are: on, off, always.")
                }
                pager = on ? 1 : 0
            } else {
                pager = pager == 1 ? 0 : 1
            }
        case "pager_min_lines":
            if let value { pagerMinLines = Self.atoi(value) }
        case "footer":
            if let outcome = Self.setOrToggle(&footer, value, name) { return outcome }
        case "columns":
            if let value { columns = Self.atoi(value) }
        default:
            return .failed("\\pset: unknown option: \(name)")
        }
        return .changed(describe(name))
    }

    /// The line psql prints about one parameter after `\pset` (`Border style is 2.`).
    public func describe(_ name: String) -> String {
        switch name {
        case "border": return "Border style is \(border)."
        case "columns": return columns == 0 ? "Target width is unset." : "Target width is \(columns)."
        case "x", "expanded", "vertical":
            switch expanded {
            case .auto: return "Expanded display is used automatically."
            case .on: return "Expanded display is on."
            case .off: return "Expanded display is off."
            }
        case "csv_fieldsep": return "Field separator for CSV is \"\(csvFieldSeparator)\"."
        case "fieldsep", "fieldsep_zero":
            if case .text(let text) = fieldSeparator { return "Field separator is \"\(text)\"." }
            return "Field separator is zero byte."
        case "footer": return footer ? "Default footer is on." : "Default footer is off."
        case "format": return "Output format is \(format.rawValue)."
        case "linestyle": return "Line style is \(lineStyleName)."
        case "null": return "Null display is \"\(nullDisplay)\"."
        case "numericlocale":
            return numericLocale ? "Locale-adjusted numeric output is on." : "Locale-adjusted numeric output is off."
        case "pager":
            switch pager {
            case 1: return "Pager is used for long output."
            case 2: return "Pager is always used."
            default: return "Pager usage is off."
            }
        case "pager_min_lines":
            return "Pager won't be used for less than \(pagerMinLines) line\(pagerMinLines == 1 ? "" : "s")."
        case "recordsep", "recordsep_zero":
            switch recordSeparator {
            case .zero: return "Record separator is zero byte."
            case .text("\n"): return "Record separator is <newline>."
            case .text(let text): return "Record separator is \"\(text)\"."
            }
        case "T", "tableattr":
            return tableAttributes.map { "Table attributes are \"\($0)\"." } ?? "Table attributes unset."
        case "C", "title": return title.map { "Title is \"\($0)\"." } ?? "Title is unset."
        case "t", "tuples_only": return tuplesOnly ? "Tuples only is on." : "Tuples only is off."
        case "unicode_border_linestyle": return "Unicode border line style is \"\(unicodeBorderLineStyle)\"."
        case "unicode_column_linestyle": return "Unicode column line style is \"\(unicodeColumnLineStyle)\"."
        case "unicode_header_linestyle": return "Unicode header line style is \"\(unicodeHeaderLineStyle)\"."
        default: return ""
        }
    }

    /// `\pset` without arguments: every parameter and its value, one per line.
    public var listing: [String] {
        Self.parameterNames.map { name in
            let padded = name + String(repeating: " ", count: max(0, 24 - name.count))
            return padded + " " + value(of: name)
        }
    }

    /// A parameter's value as the listing shows it (`pset_value_string`).
    func value(of name: String) -> String {
        func onOff(_ flag: Bool) -> String { flag ? "on" : "off" }
        func separatorText(_ separator: Separator) -> String {
            if case .text(let text) = separator { return Self.quoted(text) }
            return "''"
        }
        switch name {
        case "border": return String(border)
        case "columns": return String(columns)
        case "csv_fieldsep": return Self.quoted(csvFieldSeparator)
        case "expanded": return expanded == .auto ? "auto" : onOff(expanded == .on)
        case "fieldsep": return separatorText(fieldSeparator)
        case "fieldsep_zero": return onOff(fieldSeparator == .zero)
        case "footer": return onOff(footer)
        case "format": return format.rawValue
        case "linestyle": return lineStyleName
        case "null": return Self.quoted(nullDisplay)
        case "numericlocale": return onOff(numericLocale)
        case "pager": return String(pager)
        case "pager_min_lines": return String(pagerMinLines)
        case "recordsep": return separatorText(recordSeparator)
        case "recordsep_zero": return onOff(recordSeparator == .zero)
        case "tableattr": return tableAttributes.map(Self.quoted) ?? ""
        case "title": return title.map(Self.quoted) ?? ""
        case "tuples_only": return onOff(tuplesOnly)
        case "unicode_border_linestyle": return unicodeBorderLineStyle
        case "unicode_column_linestyle": return unicodeColumnLineStyle
        case "unicode_header_linestyle": return unicodeHeaderLineStyle
        default: return ""
        }
    }

    /// The options to print a query result with.
    public var printOptions: PrintOptions {
        var options = PrintOptions()
        options.format = format
        options.border = border
        options.lineStyle = lineStyle
        options.encoding = encoding
        options.expanded = expanded
        options.nullDisplay = nullDisplay
        options.fieldSeparator = fieldSeparator
        options.recordSeparator = recordSeparator
        options.csvFieldSeparator = csvFieldSeparator.utf8.first ?? UInt8(ascii: ",")
        options.tuplesOnly = tuplesOnly
        options.title = title
        options.showRowCount = footer
        options.tableAttributes = tableAttributes
        options.targetColumns = columns
        options.numericLocale = numericLocale
        return options
    }

    /// psql's `'…'` quoting in the listing: `'` and newline escaped with a backslash.
    static func quoted(_ text: String) -> String {
        var result = "'"
        for ch in text {
            switch ch {
            case "\n": result += "\\n"
            case "'": result += "\\'"
            default: result.append(ch)
            }
        }
        return result + "'"
    }

    /// psql's on/off parameters: a value sets the flag and says nothing (psql returns before
    /// reporting), no value toggles it and reports (`nil` here: the caller reports).
    static func setOrToggle(_ flag: inout Bool, _ value: String?, _ name: String) -> Outcome? {
        guard let value else {
            flag.toggle()
            return nil
        }
        guard let on = PsqlBoolean.parse(value) else {
            return .failed("unrecognized value \"\(value)\" for \"\(name)\": Boolean expected")
        }
        flag = on
        return .silent
    }

    /// C's `atoi`: optional blanks and sign, then digits; anything else ends the number.
    static func atoi(_ text: String) -> Int {
        var scalars = Substring(text).drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        var sign = 1
        if let first = scalars.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            scalars = scalars.dropFirst()
        }
        var value = 0
        for ch in scalars {
            guard let digit = ch.wholeNumberValue, ch.isASCII else { break }
            value = value &* 10 &+ digit
            if value > Int(Int32.max) { break }
        }
        return Int(Int32(truncatingIfNeeded: sign * value))
    }

    /// `\pset format` accepts any unambiguous prefix of psql's format names. As in psql,
    /// latex-longtable is tried only when nothing else matched, so `l` and `latex` are latex.
    static func matchFormat(_ value: String) -> Result<OutputFormat, FormatError> {
        let lowered = value.lowercased()
        let matches = psqlFormats.filter { $0 != "latex-longtable" && $0.hasPrefix(lowered) }
        let chosen: String
        if matches.count > 1 {
            return .failure(
                FormatError(
                    "\\pset: ambiguous abbreviation \"\(value)\" matches both \"\(matches[0])\" and \"\(matches[1])\""))
        } else if let only = matches.first {
            chosen = only
        } else if "latex-longtable".hasPrefix(lowered) {
            chosen = "latex-longtable"
        } else {
            return .failure(FormatError("\\pset: allowed formats are \(psqlFormats.joined(separator: ", "))"))
        }
        guard let format = OutputFormat(rawValue: chosen) else {
            return .failure(FormatError("\\pset: allowed formats are \(psqlFormats.joined(separator: ", "))"))
        }
        return .success(format)
    }

    struct FormatError: Error, Equatable {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
