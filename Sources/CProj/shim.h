#ifndef CHRONOMAP_CPROJ_SHIM_H
#define CHRONOMAP_CPROJ_SHIM_H
// PROJ's geodesic routines (Karney's algorithms): areas and distances on the ellipsoid.
#include <geodesic.h>
#endif
