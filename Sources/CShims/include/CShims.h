#ifndef PGCOACH_CSHIMS_H
#define PGCOACH_CSHIMS_H

#include <sys/types.h>
#include <libpq-fe.h>

/* ---- libpq diagnostic field codes (char-literal macros Swift cannot import) ---- */
enum {
    PGCOACH_DIAG_SEVERITY = PG_DIAG_SEVERITY,
    PGCOACH_DIAG_SEVERITY_NONLOCALIZED = PG_DIAG_SEVERITY_NONLOCALIZED,
    PGCOACH_DIAG_SQLSTATE = PG_DIAG_SQLSTATE,
    PGCOACH_DIAG_MESSAGE_PRIMARY = PG_DIAG_MESSAGE_PRIMARY,
    PGCOACH_DIAG_MESSAGE_DETAIL = PG_DIAG_MESSAGE_DETAIL,
    PGCOACH_DIAG_MESSAGE_HINT = PG_DIAG_MESSAGE_HINT,
    PGCOACH_DIAG_STATEMENT_POSITION = PG_DIAG_STATEMENT_POSITION,
    PGCOACH_DIAG_INTERNAL_POSITION = PG_DIAG_INTERNAL_POSITION,
    PGCOACH_DIAG_INTERNAL_QUERY = PG_DIAG_INTERNAL_QUERY,
    PGCOACH_DIAG_CONTEXT = PG_DIAG_CONTEXT,
    PGCOACH_DIAG_SCHEMA_NAME = PG_DIAG_SCHEMA_NAME,
    PGCOACH_DIAG_TABLE_NAME = PG_DIAG_TABLE_NAME,
    PGCOACH_DIAG_COLUMN_NAME = PG_DIAG_COLUMN_NAME,
    PGCOACH_DIAG_DATATYPE_NAME = PG_DIAG_DATATYPE_NAME,
    PGCOACH_DIAG_CONSTRAINT_NAME = PG_DIAG_CONSTRAINT_NAME,
    PGCOACH_DIAG_SOURCE_FILE = PG_DIAG_SOURCE_FILE,
    PGCOACH_DIAG_SOURCE_LINE = PG_DIAG_SOURCE_LINE,
    PGCOACH_DIAG_SOURCE_FUNCTION = PG_DIAG_SOURCE_FUNCTION
};

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

/* ---- Spawning server binaries, possibly as another account ----
 * fork + (setsid) + (setgid/setgroups/setuid) + chdir + dup2 + execve, all in the child with
 * async-signal-safe calls only. stdin is /dev/null; stdout and stderr go to out_fd (or
 * /dev/null when out_fd < 0). Returns the child's pid, or -1 with errno set. */
pid_t pgcoach_spawn(const char *path, char *const argv[], char *const envp[],
                    const char *workdir, int out_fd, int new_session,
                    int change_user, uid_t uid, gid_t gid);

/* Like pgcoach_spawn with a new session, but through a keeper process: the keeper (our child,
 * returned) is the subreaper (PR_SET_CHILD_SUBREAPER) of the program it starts (its pid in
 * *server_pid), so every process the program's descendants leave behind - setsid, double
 * fork, cleared environment or not - becomes the keeper's child. Once the program exits, the
 * keeper kills all of them, waits for them, and exits with the program's status. */
pid_t pgcoach_spawn_kept(const char *path, char *const argv[], char *const envp[],
                         const char *workdir, int out_fd, int change_user, uid_t uid,
                         gid_t gid, pid_t *server_pid);

/* Wait for a child; returns its exit status (0-255), 128+signal when killed, -1 on error. */
int pgcoach_wait(pid_t pid);

/* Width of the terminal on fd (ioctl is variadic, so it lives here); 0 when unknown. */
int pgcoach_terminal_columns(int fd);

/* ---- Line editing (libedit's native API, wrapped because it is variadic) ---- */
typedef struct pgcoach_editor pgcoach_editor;
/* Completion callback: gets the line up to the cursor; sets *word_len to the length of the word
 * being completed; returns malloc'd newline-separated candidates (full words) or NULL. */
typedef char *(*pgcoach_complete_fn)(void *context, const char *before_cursor, int *word_len);
pgcoach_editor *pgcoach_editor_create(const char *program, int history_size);
void pgcoach_editor_destroy(pgcoach_editor *ed);
void pgcoach_editor_set_prompt(pgcoach_editor *ed, const char *prompt);
void pgcoach_editor_set_completer(pgcoach_editor *ed, pgcoach_complete_fn fn, void *context);
/* el_gets: NULL with *count == 0 at EOF, -1 on error/EINTR; else the line with its newline. */
const char *pgcoach_editor_gets(pgcoach_editor *ed, int *count);
void pgcoach_editor_reset(pgcoach_editor *ed);
/* 1 (once) when the last line ended because ^C was read as a key rather than as a signal. */
int pgcoach_editor_take_key_interrupt(pgcoach_editor *ed);
int pgcoach_editor_history_add(pgcoach_editor *ed, const char *line);
int pgcoach_editor_history_load(pgcoach_editor *ed, const char *path);
int pgcoach_editor_history_save(pgcoach_editor *ed, const char *path);
/* Every history entry, oldest first, one per line (psql's \s); malloc'd, free it. */
char *pgcoach_editor_history_text(pgcoach_editor *ed);

/* ---- Copying a cluster directory quickly ----
 * Copy `length` bytes from in_fd to out_fd with copy_file_range (in-kernel, and a reflink on
 * filesystems that support it), falling back to read/write where the kernel refuses.
 * Swift's Glibc module does not import copy_file_range. Returns 0, or -1 with errno set. */
int pgcoach_copy_file_contents(int in_fd, int out_fd, off_t length);

/* 1 if the C library can load the named locale (e.g. "C.UTF-8"), else 0. LC_ALL_MASK is a
 * macro Swift cannot import. initdb runs with the same C library, so this predicts whether
 * `initdb --locale=NAME` will accept it. */
int pgcoach_locale_available(const char *name);

#endif
