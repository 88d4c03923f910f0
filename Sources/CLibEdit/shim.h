/* The native libedit API; never <readline/readline.h> (that may pick GNU's header). */
#include <histedit.h>
