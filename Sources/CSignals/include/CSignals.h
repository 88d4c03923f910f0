#ifndef PGCOACH_CSIGNALS_H
#define PGCOACH_CSIGNALS_H

#include <libpq-fe.h>

/* ---- Signals: Ctrl-C cancels the running query (fe_utils/cancel.c design) ----
 * The handlers are written in C because a signal handler must be async-signal-safe;
 * they only touch a volatile flag and call PQcancel, which is signal-safe. */

/* Install SIGINT, SIGTERM and SIGHUP handlers with sa_flags = 0 (no SA_RESTART), so a
 * blocking read (el_gets, fgets) returns EINTR and the main loop can react. */
void pgcoach_signals_install(void);
/* Point the cancel slot at this connection (NULL clears it). Call after every connect/reset. */
void pgcoach_cancel_set_connection(PGconn *conn);
/* The foreground connection: the one Ctrl-C cancels. Setting it records the owner and fills
 * the cancel slot (NULL clears both), so a connection can tell whether the slot is still its
 * own before refreshing it after a reset or clearing it when it goes away. Main thread only. */
void pgcoach_foreground_set(PGconn *conn);
PGconn *pgcoach_foreground_get(void);
/* 1 if SIGINT arrived since the last reset. */
int pgcoach_sigint_pending(void);
void pgcoach_sigint_reset(void);
/* The terminating signal (SIGTERM/SIGHUP) received, or 0. */
int pgcoach_terminate_signal(void);
/* When on, a Ctrl-C that sent a cancel prints "Cancel request sent" as psql does. */
void pgcoach_set_interactive(int on);
/* Ctrl-C sends a cancel request only while a query runs (set around each execution). */
void pgcoach_set_query_running(int on);

#endif
