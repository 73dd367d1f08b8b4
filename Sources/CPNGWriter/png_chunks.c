#include "png_internal.h"

#include <libdeflate.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The file layout of PNG specification section 5: signature, then chunks of length, type, data and CRC-32. */

void cm_set_error(cm_error_sink *sink, const char *format, ...) {
    if (sink->message == NULL || sink->capacity == 0) return;
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(sink->message, sink->capacity, format, arguments);
    va_end(arguments);
}

int cm_bytes_reserve(cm_bytes *buffer, size_t additional) {
    if (additional > SIZE_MAX - buffer->length) return -1;
    size_t needed = buffer->length + additional;
    if (needed <= buffer->capacity) return 0;
    size_t capacity = buffer->capacity > 0 ? buffer->capacity : 4096;
    while (capacity < needed) capacity = capacity > SIZE_MAX / 2 ? needed : capacity * 2;
    unsigned char *grown = (unsigned char *)realloc(buffer->bytes, capacity);
    if (grown == NULL) return -1;
    buffer->bytes = grown;
    buffer->capacity = capacity;
    return 0;
}

int cm_bytes_append(cm_bytes *buffer, const void *data, size_t length) {
    if (cm_bytes_reserve(buffer, length) != 0) return -1;
    if (length > 0) memcpy(buffer->bytes + buffer->length, data, length);
    buffer->length += length;
    return 0;
}

int cm_is_valid_keyword(const char *key) {
    /* 1-79 Latin-1 characters, no leading, trailing or double spaces. We accept the printable ASCII subset, which
     * is all a map needs and is the same in UTF-8. */
    size_t length = strlen(key);
    if (length == 0 || length > 79) return 0;
    if (key[0] == ' ' || key[length - 1] == ' ') return 0;
    for (size_t index = 0; index < length; index++) {
        unsigned char character = (unsigned char)key[index];
        if (character < 32 || character > 126) return 0;
        if (character == ' ' && key[index + 1] == ' ') return 0;
    }
    return 1;
}

static int cm_is_ascii(const char *text) {
    for (const unsigned char *cursor = (const unsigned char *)text; *cursor != 0; cursor++) {
        if (*cursor >= 0x80) return 0;
    }
    return 1;
}

static void cm_put32(unsigned char *out, uint32_t value) {
    out[0] = (unsigned char)(value >> 24);
    out[1] = (unsigned char)(value >> 16);
    out[2] = (unsigned char)(value >> 8);
    out[3] = (unsigned char)value;
}

/* Appends one chunk whose data comes in up to two pieces (keyword and text need no joining copy). */
static int cm_chunk2(cm_bytes *out, const char type[4], const void *first, size_t first_length, const void *second,
                     size_t second_length) {
    size_t length = first_length + second_length;
    if (length > 0x7fffffff || cm_bytes_reserve(out, length + 12) != 0) return -1;
    unsigned char header[8];
    cm_put32(header, (uint32_t)length);
    memcpy(header + 4, type, 4);
    cm_bytes_append(out, header, 8);
    cm_bytes_append(out, first, first_length);
    cm_bytes_append(out, second, second_length);
    /* libdeflate_crc32 returns the initial value, not `crc`, for a NULL buffer: skip empty pieces. */
    uint32_t crc = libdeflate_crc32(0, header + 4, 4);
    if (first_length > 0) crc = libdeflate_crc32(crc, first, first_length);
    if (second_length > 0) crc = libdeflate_crc32(crc, second, second_length);
    unsigned char trailer[4];
    cm_put32(trailer, crc);
    return cm_bytes_append(out, trailer, 4);
}

static int cm_chunk(cm_bytes *out, const char type[4], const void *data, size_t length) {
    return cm_chunk2(out, type, data, length, NULL, 0);
}

/* tEXt for ASCII (it is defined as Latin-1), uncompressed iTXt with empty language and translated keyword for the
 * rest (section 11.3.4). */
static int cm_text_chunk(cm_bytes *out, const char *key, const char *value) {
    size_t key_length = strlen(key);
    unsigned char prefix[79 + 5];
    memcpy(prefix, key, key_length);
    if (cm_is_ascii(value)) {
        prefix[key_length] = 0;
        return cm_chunk2(out, "tEXt", prefix, key_length + 1, value, strlen(value));
    }
    /* NUL, compression flag 0, method 0, empty language tag and NUL, empty translated keyword and NUL. */
    memset(prefix + key_length, 0, 5);
    return cm_chunk2(out, "iTXt", prefix, key_length + 5, value, strlen(value));
}

/* IDAT chunks of at most this many bytes: one chunk would do, but readers that buffer a whole chunk before
 * inflating it stay within modest memory, for 12 bytes a MiB. */
enum { CM_IDAT_BYTES = 1 << 20 };

int cm_write_png_file(const cm_image *image, const cm_ancillary *ancillary, const cm_bytes *zlib_stream,
                      cm_bytes *out) {
    static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (cm_bytes_reserve(out, zlib_stream->length + 1024) != 0) return -1;
    int status = cm_bytes_append(out, signature, 8);

    unsigned char header[13];
    cm_put32(header, (uint32_t)image->width);
    cm_put32(header + 4, (uint32_t)image->height);
    header[8] = (unsigned char)image->bit_depth;
    header[9] = (unsigned char)image->color_type;
    header[10] = 0; /* Deflate. */
    header[11] = 0; /* Adaptive filtering with the five basic types. */
    header[12] = 0; /* No interlacing. */
    status |= cm_chunk(out, "IHDR", header, sizeof header);

    if (image->color_type == CM_COLOR_PALETTE) {
        status |= cm_chunk(out, "PLTE", image->palette, (size_t)image->palette_count * 3);
        if (image->transparency_count > 0) {
            status |= cm_chunk(out, "tRNS", image->transparency, (size_t)image->transparency_count);
        }
    }
    if (ancillary->pixels_per_metre > 0) {
        unsigned char physical[9];
        uint32_t resolution = (uint32_t)floor(ancillary->pixels_per_metre + 0.5);
        cm_put32(physical, resolution);
        cm_put32(physical + 4, resolution);
        physical[8] = 1; /* The unit is the metre. */
        status |= cm_chunk(out, "pHYs", physical, sizeof physical);
    }
    for (int index = 0; index < ancillary->text_count; index++) {
        status |= cm_text_chunk(out, ancillary->text_keys[index], ancillary->text_values[index]);
    }
    for (size_t offset = 0; offset < zlib_stream->length; offset += CM_IDAT_BYTES) {
        size_t left = zlib_stream->length - offset;
        status |= cm_chunk(out, "IDAT", zlib_stream->bytes + offset, left < CM_IDAT_BYTES ? left : CM_IDAT_BYTES);
    }
    status |= cm_chunk(out, "IEND", NULL, 0);
    return status == 0 ? 0 : -1;
}
