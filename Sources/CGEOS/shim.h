#ifndef CHRONOMAP_CGEOS_SHIM_H
#define CHRONOMAP_CGEOS_SHIM_H
// The reentrant C API only: one context handle per thread.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
#endif
