#ifndef CHRONOMAP_PNG_INTERNAL_H
#define CHRONOMAP_PNG_INTERNAL_H

/* Declarations shared by the writer's C files; not part of the module's interface. */

#include <stddef.h>
#include <stdint.h>

/* PNG colour types (PNG specification, section 11.2.2). */
enum {
    CM_COLOR_GREY = 0,
    CM_COLOR_RGB = 2,
    CM_COLOR_PALETTE = 3,
    CM_COLOR_GREY_ALPHA = 4,
    CM_COLOR_RGBA = 6
};

/* Where a failure's message goes. */
typedef struct {
    char *message;
    size_t capacity;
} cm_error_sink;

void cm_set_error(cm_error_sink *sink, const char *format, ...);

/* A growable byte buffer. */
typedef struct {
    unsigned char *bytes;
    size_t length;
    size_t capacity;
} cm_bytes;

/* Makes room for `additional` more bytes. Returns 0, or -1 when memory runs out (the buffer is unchanged). */
int cm_bytes_reserve(cm_bytes *buffer, size_t additional);
int cm_bytes_append(cm_bytes *buffer, const void *data, size_t length);

/* The image as it will be stored: Cairo's pixels or palette indices, and the PNG format chosen. */
typedef struct {
    int width;
    int height;
    int color_type;
    int bit_depth;
    /* Bytes of one packed row, without the filter-type byte. */
    size_t row_bytes;
    /* The distance filters look back to: bytes per complete pixel, at least 1 (PNG specification, 9.2). */
    int filter_stride;
    /* Cairo's ARGB32 words (premultiplied, native-endian), `stride` bytes a row. */
    const unsigned char *pixels;
    size_t stride;
    /* Palette indices, one byte a pixel, width a row; only for CM_COLOR_PALETTE. */
    const unsigned char *indices;
    unsigned char palette[256 * 3];
    unsigned char transparency[256];
    int palette_count;
    int transparency_count;
} cm_image;

/* png_pixels.c: a Cairo word as straight RGBA packed red-first: (c·255 + a/2) / a per component, 0 when a = 0. */
uint32_t cm_straight_rgba(uint32_t word);
/* Reports whether every pixel of rows [first_row, end_row) is opaque and whether every one is grey. */
void cm_scan_rows(const unsigned char *pixels, size_t stride, int width, int first_row, int end_row,
                  int *is_opaque, int *is_grey);
/* Packs row `y` of the image into `out` (image->row_bytes bytes) in the chosen colour type and bit depth. */
void cm_pack_row(const cm_image *image, int y, unsigned char *out);

/* png_palette.c: indexes the image's pixels when they have at most 256 colours. Returns 1 and fills the image's
 * indices (into `indices`, width * height bytes), palette, transparency and bit depth, and sets *is_opaque and
 * *is_grey as cm_scan_rows would over the whole image; returns 0 when there are more, leaving those two unset. */
int cm_find_palette(cm_image *image, unsigned char *indices, int *is_opaque, int *is_grey);

/* png_filter.c: the filter a CM_PNG_FILTER_AUTO request means. */
int cm_png_filter_for_auto(void);
/* Writes the filter-type byte and the filtered bytes of `row` (row_bytes long) to `out` (row_bytes + 1 long).
 * `previous` is the packed row above, or NULL for the first row. `scratch` (row_bytes + 1 bytes) is used by
 * CM_PNG_FILTER_ALL only. */
void cm_filter_row(int filter, const unsigned char *row, const unsigned char *previous, size_t row_bytes,
                   int stride, unsigned char *out, unsigned char *scratch);

/* png_deflate.c: packs, filters and compresses the image into one zlib stream (RFC 1950). */
typedef struct {
    int filter;
    int compression_level;
    int thread_count;
    int band_count;
} cm_deflate_plan;
int cm_compress_image(const cm_image *image, const cm_deflate_plan *plan, cm_bytes *zlib_stream,
                      cm_error_sink *errors);
/* The number of bands an automatic plan uses for filtered rows of this many bytes. */
int cm_automatic_band_count(size_t filtered_bytes);

/* png_deflate_join.c: turns a complete raw deflate stream (RFC 1951) into one that does not end the data: clears
 * the last block's BFINAL bit and appends an empty stored block so that the next stream starts on a byte
 * boundary. Needs 5 bytes of room past *length. Returns 0, or -1 when the stream is malformed. */
int cm_deflate_make_joinable(unsigned char *stream, size_t *length);
/* The Adler-32 of two pieces of data from theirs and the second one's length (zlib's adler32_combine). */
uint32_t cm_adler32_combine(uint32_t first, uint32_t second, size_t second_length);

/* png_parallel.c: runs task(context, index) for every index below task_count on up to thread_count threads
 * (the caller's included). Falls back to fewer threads when one cannot be started. */
void cm_parallel_for(int task_count, int thread_count, void (*task)(void *context, int index), void *context);
/* Online processors, at least 1. */
int cm_processor_count(void);

/* png_chunks.c: the whole file around an already compressed zlib stream. */
typedef struct {
    double pixels_per_metre;
    const char *const *text_keys;
    const char *const *text_values;
    int text_count;
} cm_ancillary;
int cm_write_png_file(const cm_image *image, const cm_ancillary *ancillary, const cm_bytes *zlib_stream,
                      cm_bytes *out);
/* PNG keywords (specification section 11.3.4.2): returns 1 when `key` is acceptable. */
int cm_is_valid_keyword(const char *key);

#endif
