#define _GNU_SOURCE
#include "CSystem.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/prctl.h>
#include <unistd.h>

/* Default signal dispositions and an empty mask, as a freshly started program expects. */
static void reset_signals(void)
{
    struct sigaction sa;
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGPIPE, &sa, NULL);
    sigaction(SIGCHLD, &sa, NULL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}

/* In the child: become the program. Async-signal-safe calls only. */
static void become(const char *path, char *const argv[], char *const envp[], const char *workdir,
                   int devnull, int out_fd, int new_session, int change_user, uid_t uid, gid_t gid)
{
    reset_signals();
    if (new_session)
        setsid();
    if (change_user) {
        if (setgroups(1, &gid) != 0 || setgid(gid) != 0 || setuid(uid) != 0)
            _exit(126);
    }
    if (workdir != NULL && chdir(workdir) != 0)
        _exit(126);
    dup2(devnull, 0);
    dup2(out_fd >= 0 ? out_fd : devnull, 1);
    dup2(out_fd >= 0 ? out_fd : devnull, 2);
    /* Do not leak pgcoach's descriptors (client sockets, journal) into the server. */
    for (int fd = 3; fd < 1024; fd++)
        close(fd);
    execve(path, argv, envp);
    _exit(127);
}

pid_t pgcoach_spawn(const char *path, char *const argv[], char *const envp[],
                    const char *workdir, int out_fd, int new_session,
                    int change_user, uid_t uid, gid_t gid)
{
    int devnull = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (devnull < 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0) {
        int saved = errno;
        close(devnull);
        errno = saved;
        return -1;
    }
    if (pid == 0)
        become(path, argv, envp, workdir, devnull, out_fd, new_session, change_user, uid, gid);
    close(devnull);
    return pid;
}

/* SIGKILL every child of the calling (single-threaded) process, as listed by
 * /proc/<pid>/task/<pid>/children. Async-signal-safe: open/read/kill only. */
static void kill_children(pid_t self)
{
    char path[64];
    int n = 0;
    /* "/proc/" + pid + "/task/" + pid + "/children", built by hand (no snprintf). */
    char digits[16];
    int d = 0;
    for (pid_t v = self; v > 0 && d < 15; v /= 10)
        digits[d++] = (char) ('0' + v % 10);
    const char *parts[] = {"/proc/", NULL, "/task/", NULL, "/children"};
    for (int p = 0; p < 5; p++) {
        if (parts[p] == NULL) {
            for (int i = d - 1; i >= 0; i--)
                path[n++] = digits[i];
        } else {
            for (const char *c = parts[p]; *c; c++)
                path[n++] = *c;
        }
    }
    path[n] = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    char buffer[4096];
    long value = 0;
    int in_number = 0;
    for (;;) {
        ssize_t got = read(fd, buffer, sizeof(buffer));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        for (ssize_t i = 0; i < got; i++) {
            if (buffer[i] >= '0' && buffer[i] <= '9') {
                value = value * 10 + (buffer[i] - '0');
                in_number = 1;
            } else if (in_number) {
                kill((pid_t) value, SIGKILL);
                value = 0;
                in_number = 0;
            }
        }
    }
    if (in_number)
        kill((pid_t) value, SIGKILL);
    close(fd);
}

/* The keeper: reaper of everything the server leaves behind. It reports the server's pid,
 * waits; once the server has exited it kills every process that was handed to it (the
 * orphans of the server's descendants: whatever a learner started through COPY ... TO
 * PROGRAM, setsid or not), waits until none is left, and exits with the server's status. */
static void keep(pid_t server, int report_fd)
{
    pid_t self = getpid();
    while (write(report_fd, &server, sizeof server) < 0 && errno == EINTR)
        ;
    close(report_fd);
    int server_status = -1;
    int status = 0;
    for (;;) {
        pid_t r = waitpid(-1, &status, 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            break; /* ECHILD: nothing of the sandbox is left */
        }
        if (r == server)
            server_status = status;
        if (server_status != -1)
            kill_children(self);
    }
    if (server_status == -1)
        _exit(125);
    if (WIFEXITED(server_status))
        _exit(WEXITSTATUS(server_status));
    _exit(128 + WTERMSIG(server_status));
}

pid_t pgcoach_spawn_kept(const char *path, char *const argv[], char *const envp[],
                         const char *workdir, int out_fd, int change_user, uid_t uid,
                         gid_t gid, pid_t *server_pid)
{
    int devnull = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (devnull < 0)
        return -1;
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) {
        int saved = errno;
        close(devnull);
        errno = saved;
        return -1;
    }
    pid_t keeper = fork();
    if (keeper < 0) {
        int saved = errno;
        close(devnull);
        close(report[0]);
        close(report[1]);
        errno = saved;
        return -1;
    }
    if (keeper == 0) {
        /* The keeper: its own session, away from the terminal, holding nothing of pgcoach. */
        reset_signals();
        setsid();
        prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
        for (int fd = 3; fd < 1024; fd++)
            if (fd != devnull && fd != report[1] && fd != out_fd)
                close(fd);
        pid_t server = fork();
        if (server < 0)
            _exit(124);
        if (server == 0)
            become(path, argv, envp, workdir, devnull, out_fd, 1, change_user, uid, gid);
        close(devnull);
        if (out_fd >= 0)
            close(out_fd);
        keep(server, report[1]);
    }
    close(devnull);
    close(report[1]);
    pid_t server = -1;
    ssize_t got;
    while ((got = read(report[0], &server, sizeof server)) < 0 && errno == EINTR)
        ;
    close(report[0]);
    if (got != (ssize_t) sizeof server) {
        kill(keeper, SIGKILL);
        pgcoach_wait(keeper);
        errno = ECHILD;
        return -1;
    }
    *server_pid = server;
    return keeper;
}

int pgcoach_wait(pid_t pid)
{
    int status = 0;
    for (;;) {
        pid_t r = waitpid(pid, &status, 0);
        if (r == pid)
            break;
        if (r < 0 && errno == EINTR)
            continue;
        return -1;
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return -1;
}
