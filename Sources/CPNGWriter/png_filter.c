#include "png_internal.h"

#include "CPNGWriter.h"

#include <stdlib.h>
#include <string.h>

/* PNG filter types (PNG specification, section 9.2). */
enum { CM_TYPE_NONE = 0, CM_TYPE_SUB = 1, CM_TYPE_UP = 2, CM_TYPE_AVERAGE = 3, CM_TYPE_PAETH = 4 };

int cm_png_filter_for_auto(void) {
    /* Measured on the demo's map renders and tiles (scripts/png/README.md): at levels 1, 2, 6 and 9, rows
     * deflate smallest unfiltered, for truecolour and palette alike. Sub, Up and Paeth cost 16-35% more bytes,
     * Average 30-40%, libpng's per-row heuristic 14-18%: maps are flat fills, whose runs deflate finds anyway, and
     * antialiased edges and hatching that repeat exactly in the raw bytes but not once filtered. The PNG
     * specification's advice to filter truecolour is for photographs. */
    return CM_PNG_FILTER_NONE;
}

static inline unsigned char cm_paeth(unsigned char left, unsigned char above, unsigned char upper_left) {
    int estimate = (int)left + (int)above - (int)upper_left;
    int to_left = abs(estimate - (int)left);
    int to_above = abs(estimate - (int)above);
    int to_upper_left = abs(estimate - (int)upper_left);
    if (to_left <= to_above && to_left <= to_upper_left) return left;
    if (to_above <= to_upper_left) return above;
    return upper_left;
}

/* Writes the filter type and the filtered bytes of one row to out (row_bytes + 1 bytes). A missing row above
 * counts as zeros, as the specification defines. */
static void cm_apply(int type, const unsigned char *row, const unsigned char *previous, size_t row_bytes,
                     size_t stride, unsigned char *out) {
    out[0] = (unsigned char)type;
    unsigned char *filtered = out + 1;
    size_t head = stride < row_bytes ? stride : row_bytes;
    switch (type) {
    case CM_TYPE_SUB:
        memcpy(filtered, row, head);
        for (size_t i = stride; i < row_bytes; i++) filtered[i] = (unsigned char)(row[i] - row[i - stride]);
        return;
    case CM_TYPE_UP:
        if (previous == NULL) {
            memcpy(filtered, row, row_bytes);
            return;
        }
        for (size_t i = 0; i < row_bytes; i++) filtered[i] = (unsigned char)(row[i] - previous[i]);
        return;
    case CM_TYPE_AVERAGE:
        for (size_t i = 0; i < row_bytes; i++) {
            unsigned left = i >= stride ? row[i - stride] : 0;
            unsigned above = previous != NULL ? previous[i] : 0;
            filtered[i] = (unsigned char)(row[i] - ((left + above) >> 1));
        }
        return;
    case CM_TYPE_PAETH:
        if (previous == NULL) {
            /* With no row above, Paeth predicts the left neighbour: the same as Sub. */
            memcpy(filtered, row, head);
            for (size_t i = stride; i < row_bytes; i++) filtered[i] = (unsigned char)(row[i] - row[i - stride]);
            return;
        }
        for (size_t i = 0; i < head; i++) filtered[i] = (unsigned char)(row[i] - previous[i]);
        for (size_t i = stride; i < row_bytes; i++) {
            filtered[i] = (unsigned char)(row[i] - cm_paeth(row[i - stride], previous[i], previous[i - stride]));
        }
        return;
    case CM_TYPE_NONE:
    default:
        memcpy(filtered, row, row_bytes);
        return;
    }
}

/* libpng's heuristic: the sum of the filtered bytes read as signed values' magnitudes; smaller usually deflates
 * smaller. Stops counting once past `limit`, since that candidate has lost already. */
static size_t cm_signed_sum(const unsigned char *bytes, size_t length, size_t limit) {
    size_t sum = 0;
    for (size_t i = 0; i < length; i++) {
        unsigned value = bytes[i];
        sum += value < 128 ? value : 256 - value;
        if ((i & 255) == 255 && sum > limit) return sum;
    }
    return sum;
}

void cm_filter_row(int filter, const unsigned char *row, const unsigned char *previous, size_t row_bytes,
                   int stride, unsigned char *out, unsigned char *scratch) {
    size_t distance = (size_t)stride;
    switch (filter) {
    case CM_PNG_FILTER_SUB: cm_apply(CM_TYPE_SUB, row, previous, row_bytes, distance, out); return;
    case CM_PNG_FILTER_UP: cm_apply(CM_TYPE_UP, row, previous, row_bytes, distance, out); return;
    case CM_PNG_FILTER_AVG: cm_apply(CM_TYPE_AVERAGE, row, previous, row_bytes, distance, out); return;
    case CM_PNG_FILTER_PAETH: cm_apply(CM_TYPE_PAETH, row, previous, row_bytes, distance, out); return;
    case CM_PNG_FILTER_ALL: break;
    case CM_PNG_FILTER_NONE:
    default: cm_apply(CM_TYPE_NONE, row, previous, row_bytes, distance, out); return;
    }
    /* Try each type into scratch; keep the best in out. The order breaks ties toward the cheaper filters. */
    cm_apply(CM_TYPE_NONE, row, previous, row_bytes, distance, out);
    size_t best = cm_signed_sum(out + 1, row_bytes, (size_t)-1);
    for (int type = CM_TYPE_SUB; type <= CM_TYPE_PAETH && best > 0; type++) {
        cm_apply(type, row, previous, row_bytes, distance, scratch);
        size_t sum = cm_signed_sum(scratch + 1, row_bytes, best);
        if (sum < best) {
            best = sum;
            memcpy(out, scratch, row_bytes + 1);
        }
    }
}
