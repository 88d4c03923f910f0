import CLibPQ
import PsqlCore

extension TransactionState {
    /// Maps libpq's `PQtransactionStatus` value.
    init(_ status: PGTransactionStatusType) {
        switch status {
        case PQTRANS_IDLE: self = .idle
        case PQTRANS_ACTIVE: self = .active
        case PQTRANS_INTRANS: self = .inTransaction
        case PQTRANS_INERROR: self = .inFailedTransaction
        default: self = .unknown
        }
    }
}
