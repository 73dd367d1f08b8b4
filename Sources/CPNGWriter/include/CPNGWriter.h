#ifndef CHRONOMAP_CPNGWRITER_H
#define CHRONOMAP_CPNGWRITER_H

/*
 * PNG encoding of Cairo image surfaces, written chunk by chunk, with libdeflate for the image data.
 *
 * libpng is not used for writing: it can only compress through zlib, and libdeflate compresses the same filtered
 * rows several times faster for about the same bytes. A PNG file is a signature and a few chunks (PNG
 * specification, section 5), so the writer builds them itself and reports errors as return codes; nothing
 * longjmps. Nothing here keeps state between calls, so it is safe to use from several threads at once.
 */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Which PNG row filter to use (PNG specification, section 9). */
typedef enum {
    /* The filter measured best on maps: none, for every colour type (cm_png_filter_for_auto in png_filter.c). */
    CM_PNG_FILTER_AUTO = 0,
    CM_PNG_FILTER_NONE = 1,
    CM_PNG_FILTER_SUB = 2,
    CM_PNG_FILTER_UP = 3,
    CM_PNG_FILTER_AVG = 4,
    CM_PNG_FILTER_PAETH = 5,
    /* Per row, the filter whose output has the smallest sum of absolute (signed) bytes, as libpng chooses. */
    CM_PNG_FILTER_ALL = 6
} cm_png_filter;

/* How to encode. Zero-initialised options are valid: level 0 (stored), automatic filter, truecolour, no pHYs, no
 * text, automatic threads and bands. */
typedef struct {
    /* libdeflate level 0-12 (0 stores, 1 is fastest, 6 is zlib's default, 10-12 search hardest); -1 for 6. */
    int compression_level;
    /* A cm_png_filter value. */
    int filter;
    /* Non-zero: write an exact indexed PNG (PLTE, plus tRNS when a colour is not opaque) when the image has at
     * most 256 distinct straight RGBA colours, at 1, 2, 4 or 8 bits per pixel. */
    int try_palette;
    /* Resolution written as a pHYs chunk in pixels per metre; 0 for none. */
    double pixels_per_metre;
    /* Text chunks: keys are 1-79 printable ASCII characters; values are UTF-8. Pure ASCII values are written as
     * tEXt, anything else as uncompressed iTXt, because tEXt is defined as Latin-1. */
    const char *const *text_keys;
    const char *const *text_values;
    int text_count;
    /* Threads for converting, filtering and compressing; 0 for one per online processor. Never changes the
     * bytes written, only how fast. */
    int thread_count;
    /* Independently compressed bands of rows, joined into one zlib stream; 0 chooses from the image size alone
     * (so the bytes do not depend on the machine), 1 compresses the whole image in one call. */
    int band_count;
} cm_png_options;

/* Encoded bytes, allocated with malloc; release with cm_png_buffer_free. */
typedef struct {
    unsigned char *bytes;
    size_t length;
} cm_png_buffer;

/*
 * Encodes pixels in Cairo's CAIRO_FORMAT_ARGB32 layout (native-endian 32-bit words, premultiplied alpha) as a
 * PNG with straight alpha. Writes RGB when every pixel is opaque, RGBA otherwise, grey when every pixel is grey,
 * or an indexed image when options->try_palette allows it. Never writes a tIME chunk, so equal pixels and
 * options give equal bytes, whatever the thread count.
 *
 * Returns 0 and fills *out on success. On failure returns non-zero, leaves *out empty and copies a
 * NUL-terminated message into error_message (truncated to error_capacity).
 */
int cm_png_encode_argb32(const unsigned char *pixels, int width, int height, int stride,
                         const cm_png_options *options, cm_png_buffer *out,
                         char *error_message, size_t error_capacity);

/* Frees the bytes of a buffer filled by cm_png_encode_argb32 and empties it. Safe on an empty buffer. */
void cm_png_buffer_free(cm_png_buffer *buffer);

#ifdef __cplusplus
}
#endif

#endif
