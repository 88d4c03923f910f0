#include "CShims.h"
/* libedit wrappers are added with the interactive REPL (non-variadic versions of el_set,
 * history()); kept in their own file. */
