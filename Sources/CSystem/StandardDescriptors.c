#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

/* Runs before main (and before the Swift runtime opens anything): when pgcoach is started with
 * stdin, stdout or stderr closed (`pgcoach connect >&-`), the next descriptor opened - the
 * libpq socket, the journal - would take that number, and result text written to "stdout"
 * would go into the server connection or the journal. /dev/null takes the empty slots first,
 * as daemons and ssh do. */
__attribute__((constructor)) static void pgcoach_protect_standard_descriptors(void)
{
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        int opened = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (opened >= 0 && opened != fd) {
            /* Lower slots were taken meanwhile; move it where it belongs. */
            dup2(opened, fd);
            close(opened);
        }
    }
}
