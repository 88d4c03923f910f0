#ifndef PGCOACH_CSYSTEM_H
#define PGCOACH_CSYSTEM_H

#include <sys/types.h>

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
