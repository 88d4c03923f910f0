#define _GNU_SOURCE
#include "CShims.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

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
    if (pid == 0) {
        /* Child: async-signal-safe calls only. */
        struct sigaction sa;
        sa.sa_handler = SIG_DFL;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = 0;
        sigaction(SIGINT, &sa, NULL);
        sigaction(SIGTERM, &sa, NULL);
        sigaction(SIGHUP, &sa, NULL);
        sigaction(SIGPIPE, &sa, NULL);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
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
    close(devnull);
    return pid;
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
