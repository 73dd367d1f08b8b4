#ifndef CHRONOMAP_CGEOGRAPHIC_H
#define CHRONOMAP_CGEOGRAPHIC_H

/*
 * Geodesics on the WGS84 ellipsoid through GeographicLib, Charles Karney's reference implementation of his
 * algorithms (accurate to about 15 nanometres), behind a few C functions for Swift.
 *
 * GeographicLib is one C++ library that needs only the C++ runtime; PROJ, whose geodesic routines are a C port of
 * the same code, would bring some thirty shared libraries (network, TLS, TIFF) into every process for them.
 * Nothing here throws or keeps state between calls, so every function is safe from several threads at once.
 */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The shortest path from (lat1, lon1) to (lat2, lon2), degrees: its length in metres and its initial azimuth in
 * degrees clockwise from north, in -180...180. */
void cm_geodesic_inverse(double lat1, double lon1, double lat2, double lon2, double *distance, double *azimuth);

/* Where the shortest path from (lat1, lon1) set off at azimuth1 (degrees from north) arrives after distance metres
 * (negative goes backwards); longitude within -180...180. */
void cm_geodesic_direct(double lat1, double lon1, double azimuth1, double distance, double *lat2, double *lon2);

/* The area enclosed by a ring of `count` vertices, given as latitude, longitude pairs (2 * count numbers), closed
 * implicitly: square metres, positive counter-clockwise and negative clockwise (never "the rest of the Earth"). */
double cm_geodesic_ring_area(const double *latitude_longitude_pairs, size_t count);

/* The length of a path through `count` vertices (latitude, longitude pairs), each leg a geodesic, in metres,
 * summed with GeographicLib's exact accumulator. */
double cm_geodesic_path_length(const double *latitude_longitude_pairs, size_t count);

#ifdef __cplusplus
}
#endif

#endif
