#ifndef CHRONOMAP_CPNGWRITER_H
#define CHRONOMAP_CPNGWRITER_H

/*
 * PNG encoding of Cairo image surfaces through libpng.
 *
 * libpng reports errors by longjmp-ing out of the failing call. Swift frames cannot be unwound that way, so
 * every libpng call happens inside cm_png_encode_argb32, which owns the setjmp frame and turns a libpng error
 * into a return code and a message. Nothing here keeps state between calls, so it is safe to use from several
 * threads at once.
 */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Which PNG row filter to use (PNG specification section 9). */
typedef enum {
    /* No filter. The specification suggests adaptive filtering for truecolour, but rendered maps (flat fills,
     * antialiased edges) come out about a third smaller unfiltered: libpng's adaptive heuristic also switches
     * zlib to Z_FILTERED, which suits photographs, not maps. Choose CM_PNG_FILTER_ALL for photographic images. */
    CM_PNG_FILTER_AUTO = 0,
    CM_PNG_FILTER_NONE = 1,
    CM_PNG_FILTER_SUB = 2,
    CM_PNG_FILTER_UP = 3,
    CM_PNG_FILTER_AVG = 4,
    CM_PNG_FILTER_PAETH = 5,
    /* Adaptive choice among all five, for every colour type. */
    CM_PNG_FILTER_ALL = 6
} cm_png_filter;

/* How to encode. Zero-initialised options are valid: default zlib level, automatic filter, truecolour, no
 * pHYs, no text. */
typedef struct {
    /* zlib level 0-9; -1 for zlib's default (6). */
    int compression_level;
    /* A cm_png_filter value. */
    int filter;
    /* Non-zero: write an exact indexed PNG (PLTE, plus tRNS when a colour is not opaque) when the image has at
     * most 256 distinct straight RGBA colours. Maps with flat fills often do, and shrink to a third. */
    int try_palette;
    /* Resolution written as a pHYs chunk in pixels per metre; 0 for none. */
    double pixels_per_metre;
    /* Text chunks: keys are 1-79 printable ASCII characters; values are UTF-8. Pure ASCII values are written as
     * tEXt, anything else as uncompressed iTXt, because tEXt is defined as Latin-1. */
    const char *const *text_keys;
    const char *const *text_values;
    int text_count;
} cm_png_options;

/* Encoded bytes, allocated with malloc; release with cm_png_buffer_free. */
typedef struct {
    unsigned char *bytes;
    size_t length;
} cm_png_buffer;

/*
 * Encodes pixels in Cairo's CAIRO_FORMAT_ARGB32 layout (native-endian 32-bit words, premultiplied alpha) as a
 * PNG with straight alpha. Writes RGB when every pixel is opaque, RGBA otherwise, or an indexed image when
 * options->try_palette allows it. Never writes a tIME chunk, so equal pixels give equal bytes.
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
