#include "CSignals.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <pthread.h>

/* The cancel slot: written only from the main thread, read from the handler.
 * Set to NULL before freeing so the handler never sees a freed object. */
static PGcancel *volatile cancel_slot = NULL;
static volatile sig_atomic_t sigint_pending = 0;
static volatile sig_atomic_t terminate_signal = 0;
static volatile sig_atomic_t interactive = 0;
static volatile sig_atomic_t query_running = 0;
/* The REPL thread: only a signal handled there interrupts its blocking read. */
static pthread_t main_thread;

/* A process signal may land on any thread (a background copy, a Dispatch worker); pass it on
 * to the REPL thread so its read returns EINTR. Returns 1 when the signal was forwarded. */
static int forward_to_main(int signo)
{
    if (pthread_equal(pthread_self(), main_thread))
        return 0;
    pthread_kill(main_thread, signo);
    return 1;
}

static int send_cancel(void)
{
    PGcancel *c = cancel_slot;
    if (c != NULL) {
        char errbuf[256];
        return PQcancel(c, errbuf, sizeof(errbuf));
    }
    return 0;
}

static void on_sigint(int signo)
{
    int saved = errno;
    if (forward_to_main(signo)) {
        errno = saved;
        return;
    }
    sigint_pending = 1;
    /* While the learner types there is nothing to cancel: the interrupted read clears the line.
     * Like psql, tell a person at the terminal when the server was asked to cancel. */
    if (query_running && send_cancel() && interactive) {
        static const char msg[] = "Cancel request sent\n";
        (void) !write(STDERR_FILENO, msg, sizeof(msg) - 1);
    }
    errno = saved;
}

static void on_terminate(int signo)
{
    int saved = errno;
    if (forward_to_main(signo)) {
        errno = saved;
        return;
    }
    terminate_signal = signo;
    send_cancel();
    /* We are leaving. A read already blocked on stdin returns EINTR; but the signal may land
     * just before the REPL calls read, which would then block for good. With stdin closed that
     * read fails at once instead. */
    close(STDIN_FILENO);
    errno = saved;
}

void pgcoach_signals_install(void)
{
    main_thread = pthread_self();
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: blocking reads must see EINTR */
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = on_terminate;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    /* A closed pipe on stdout must be an error, not a silent death. */
    signal(SIGPIPE, SIG_IGN);
    /* A parent (a test runner, a service manager) may have left these blocked; exec keeps the
     * mask, and a blocked Ctrl-C would never cancel anything. */
    sigset_t ours;
    sigemptyset(&ours);
    sigaddset(&ours, SIGINT);
    sigaddset(&ours, SIGTERM);
    sigaddset(&ours, SIGHUP);
    sigprocmask(SIG_UNBLOCK, &ours, NULL);
}

void pgcoach_cancel_set_connection(PGconn *conn)
{
    PGcancel *old = cancel_slot;
    cancel_slot = NULL;
    if (old != NULL)
        PQfreeCancel(old);
    if (conn != NULL)
        cancel_slot = PQgetCancel(conn);
}

int pgcoach_sigint_pending(void) { return sigint_pending; }
void pgcoach_sigint_reset(void) { sigint_pending = 0; }
int pgcoach_terminate_signal(void) { return terminate_signal; }

void pgcoach_set_interactive(int on) { interactive = on ? 1 : 0; }
void pgcoach_set_query_running(int on) { query_running = on ? 1 : 0; }
