/// pgcoach's own version, shown by `--version` and recorded in journals.
public enum PGCoachVersion {
    public static let current = "0.1.0"
}
