#define _GNU_SOURCE
#include "CSystem.h"

#include <locale.h>

int pgcoach_locale_available(const char *name)
{
    locale_t probe = newlocale(LC_ALL_MASK, name, (locale_t) 0);
    if (probe == (locale_t) 0)
        return 0;
    freelocale(probe);
    return 1;
}
