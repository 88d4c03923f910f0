/// A role the learner must repair without over-granting (`held`), or a bystander role whose
/// privileges must not be taken away (`bystander`).
///
/// The engine inventories the role's effective privileges across every database right after
/// setup and at scoring (attributes, memberships in predefined or powerful roles, ownership,
/// grants incl. via PUBLIC, grant options, default privileges, CREATE on databases and
/// schemas), each as one line of `PrivilegeInventory` text. A held role may gain exactly the
/// lines in `mayGain`; anything more is a trap. A bystander that lost a line is collateral
/// damage. Grants to PUBLIC are audited for every lesson that holds any role.
public struct LeastPrivilegeRule: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case held
        case bystander
    }

    public var role: String
    public var kind: Kind
    /// Inventory lines the fix may add (e.g. `CONNECT on database billing_db`).
    public var mayGain: [String]
    /// Severity of an ordinary extra privilege; superuser-like powers are always critical.
    public var severity: TrapSeverity
    /// The front whose fix a critical extra undoes.
    public var front: String?

    public init(role: String, kind: Kind = .held, mayGain: [String] = [], severity: TrapSeverity = .major, front: String? = nil) {
        self.role = role
        self.kind = kind
        self.mayGain = mayGain
        self.severity = severity
        self.front = front
    }

    /// The trap ids the audit reports under.
    public static let overGrantTrapID = "least_privilege"
    public static let bystanderTrapID = "bystander_privileges"
}
