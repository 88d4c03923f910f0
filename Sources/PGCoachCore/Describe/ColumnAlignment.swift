/// How a printed table column lines up its cells, as psql's aligned format does it:
/// numbers to the right, everything else to the left.
public enum ColumnAlignment: Sendable, Equatable {
    case left
    case right
}
