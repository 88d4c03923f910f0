#include "CSignals.h"

/* Only the main thread writes or reads this; the signal handler never looks at it (it uses
 * the cancel slot in Signals.c), so no volatile or atomics are needed. */
static PGconn *foreground = NULL;

void pgcoach_foreground_set(PGconn *conn)
{
    foreground = conn;
    pgcoach_cancel_set_connection(conn);
}

PGconn *pgcoach_foreground_get(void) { return foreground; }
