#include "CSystem.h"

#include <sys/ioctl.h>
#include <unistd.h>

int pgcoach_terminal_columns(int fd)
{
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 0;
}
