#include "CGeographic.h"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>

using GeographicLib::Geodesic;
using GeographicLib::PolygonArea;

void cm_geodesic_inverse(double lat1, double lon1, double lat2, double lon2, double *distance, double *azimuth) {
    double s12 = 0, azi1 = 0, azi2 = 0;
    Geodesic::WGS84().Inverse(lat1, lon1, lat2, lon2, s12, azi1, azi2);
    *distance = s12;
    *azimuth = azi1;
}

void cm_geodesic_direct(double lat1, double lon1, double azimuth1, double distance, double *lat2, double *lon2) {
    Geodesic::WGS84().Direct(lat1, lon1, azimuth1, distance, *lat2, *lon2);
}

/* Feeds the vertices to GeographicLib's polygon (or, for a path, polyline) accumulator. */
static PolygonArea accumulate(const double *pairs, size_t count, bool polyline) {
    PolygonArea accumulator(Geodesic::WGS84(), polyline);
    for (size_t index = 0; index < count; index++) accumulator.AddPoint(pairs[2 * index], pairs[2 * index + 1]);
    return accumulator;
}

double cm_geodesic_ring_area(const double *pairs, size_t count) {
    double perimeter = 0, area = 0;
    /* reverse = false, sign = true: a clockwise ring gives a negative area rather than the rest of the Earth. */
    accumulate(pairs, count, false).Compute(false, true, perimeter, area);
    return area;
}

double cm_geodesic_path_length(const double *pairs, size_t count) {
    double length = 0, unused = 0;
    accumulate(pairs, count, true).Compute(false, true, length, unused);
    return length;
}
