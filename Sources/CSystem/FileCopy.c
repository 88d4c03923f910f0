#define _GNU_SOURCE
#include "CSystem.h"

#include <errno.h>
#include <unistd.h>

/* Fallback for kernels or filesystems where copy_file_range is unsupported (EXDEV across
 * filesystems on old kernels, ENOSYS, EINVAL on some special filesystems). */
static int copy_by_read_write(int in_fd, int out_fd, off_t remaining)
{
    char buffer[1 << 16];
    while (remaining > 0) {
        ssize_t got = read(in_fd, buffer, sizeof(buffer));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (got == 0)
            break; /* the file shrank while we copied it: copy what there is */
        char *cursor = buffer;
        while (got > 0) {
            ssize_t put = write(out_fd, cursor, (size_t) got);
            if (put < 0) {
                if (errno == EINTR)
                    continue;
                return -1;
            }
            cursor += put;
            got -= put;
            remaining -= put;
        }
    }
    return 0;
}

int pgcoach_copy_file_contents(int in_fd, int out_fd, off_t length)
{
    off_t remaining = length;
    while (remaining > 0) {
        ssize_t copied = copy_file_range(in_fd, NULL, out_fd, NULL, (size_t) remaining, 0);
        if (copied < 0) {
            if (errno == EINTR)
                continue;
            if (errno == ENOSYS || errno == EXDEV || errno == EINVAL || errno == EOPNOTSUPP)
                return copy_by_read_write(in_fd, out_fd, remaining);
            return -1;
        }
        if (copied == 0)
            break;
        remaining -= copied;
    }
    return 0;
}
