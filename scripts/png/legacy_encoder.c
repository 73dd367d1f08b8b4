/*
 * The libpng + zlib encoder this project used before (Sources/CPNGWriter/png_writer.c at commit 4552e8e),
 * compiled beside the new one for side-by-side measurements. measure.py extracts that file from git and
 * renames its symbols, so this wrapper only adapts its options.
 */
#include "legacy/CPNGWriter.h"

#include <stddef.h>

int legacy_encode(const unsigned char *pixels, int width, int height, int stride, int level, int filter,
                  int try_palette, unsigned char **bytes, size_t *length) {
    cm_png_options options = {0};
    options.compression_level = level;
    options.filter = filter;
    options.try_palette = try_palette;
    cm_png_buffer buffer = {0};
    char message[256];
    int status = cm_png_encode_argb32(pixels, width, height, stride, &options, &buffer, message, sizeof message);
    *bytes = buffer.bytes;
    *length = buffer.length;
    return status;
}
