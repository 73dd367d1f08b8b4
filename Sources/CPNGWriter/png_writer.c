#include "CPNGWriter.h"

#include <math.h>
#include <png.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The message buffer libpng's error handler writes into. */
typedef struct {
    char *message;
    size_t capacity;
} cm_error_sink;

/* The growable output libpng's write callback appends to. */
typedef struct {
    unsigned char *bytes;
    size_t length;
    size_t capacity;
} cm_output;

/* Everything the libpng part of the work needs, prepared before any libpng call. It lives in the frame of
 * cm_png_encode_argb32, not in the frame that calls setjmp, so a longjmp cannot leave it indeterminate
 * (C11 7.13.2.1 only protects volatile locals of the function that called setjmp). */
typedef struct {
    int width;
    int height;
    int color_type;
    int bit_depth;
    size_t row_bytes;
    unsigned char *rows_data;
    png_bytep *rows;
    png_color palette[256];
    png_byte transparency[256];
    int palette_count;
    int transparency_count;
    int filters;
    int compression_level;
    double pixels_per_metre;
    png_text *texts;
    int text_count;
    cm_output output;
    cm_error_sink errors;
} cm_job;

static void cm_set_error(cm_error_sink *sink, const char *format, ...) {
    if (sink->message == NULL || sink->capacity == 0) return;
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(sink->message, sink->capacity, format, arguments);
    va_end(arguments);
}

static void cm_on_error(png_structp png, png_const_charp message) {
    cm_error_sink *sink = (cm_error_sink *)png_get_error_ptr(png);
    if (sink != NULL) cm_set_error(sink, "libpng: %s", message != NULL ? message : "unknown error");
    png_longjmp(png, 1);
}

static void cm_on_warning(png_structp png, png_const_charp message) {
    /* Warnings concern recoverable oddities in what we asked for; the output is still valid, and library code
     * has nowhere to print them. */
    (void)png;
    (void)message;
}

static void cm_on_write(png_structp png, png_bytep data, png_size_t length) {
    cm_output *output = (cm_output *)png_get_io_ptr(png);
    if (length > SIZE_MAX - output->length) png_error(png, "output too large");
    size_t needed = output->length + length;
    if (needed > output->capacity) {
        size_t capacity = output->capacity > 0 ? output->capacity : 4096;
        while (capacity < needed) {
            if (capacity > SIZE_MAX / 2) { capacity = needed; break; }
            capacity *= 2;
        }
        unsigned char *grown = (unsigned char *)realloc(output->bytes, capacity);
        if (grown == NULL) png_error(png, "out of memory for the encoded image");
        output->bytes = grown;
        output->capacity = capacity;
    }
    memcpy(output->bytes + output->length, data, length);
    output->length = needed;
}

static void cm_on_flush(png_structp png) {
    (void)png; /* Memory needs no flushing. */
}

/* Runs libpng. The only function with a setjmp frame; it touches no local it changes after setjmp. */
static int cm_run_libpng(cm_job *job) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &job->errors, cm_on_error, cm_on_warning);
    if (png == NULL) {
        cm_set_error(&job->errors, "libpng: cannot create the write structure");
        return -1;
    }
    png_infop info = png_create_info_struct(png);
    if (info == NULL) {
        png_destroy_write_struct(&png, NULL);
        cm_set_error(&job->errors, "libpng: cannot create the info structure");
        return -1;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return -1;
    }

    png_set_write_fn(png, &job->output, cm_on_write, cm_on_flush);
    if (job->compression_level >= 0) png_set_compression_level(png, job->compression_level);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, job->filters);
    png_set_IHDR(png, info, (png_uint_32)job->width, (png_uint_32)job->height, job->bit_depth, job->color_type,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (job->color_type == PNG_COLOR_TYPE_PALETTE) {
        png_set_PLTE(png, info, job->palette, job->palette_count);
        if (job->transparency_count > 0) png_set_tRNS(png, info, job->transparency, job->transparency_count, NULL);
    }
    if (job->pixels_per_metre > 0) {
        png_uint_32 resolution = (png_uint_32)floor(job->pixels_per_metre + 0.5);
        png_set_pHYs(png, info, resolution, resolution, PNG_RESOLUTION_METER);
    }
    if (job->text_count > 0) png_set_text(png, info, job->texts, job->text_count);

    png_write_info(png, info);
    /* Indexed rows hold one byte per pixel; libpng packs them to the chosen bit depth. */
    if (job->color_type == PNG_COLOR_TYPE_PALETTE && job->bit_depth < 8) png_set_packing(png);
    png_write_image(png, job->rows);
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return 0;
}

/* PNG keywords (specification section 11.3.4.2): 1-79 Latin-1 characters, no leading, trailing or double
 * spaces. We accept the printable ASCII subset, which is all a map needs and is the same in UTF-8. */
static int cm_is_valid_keyword(const char *key) {
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

static int cm_filters_for(int filter) {
    switch (filter) {
    case CM_PNG_FILTER_AUTO: return PNG_FILTER_NONE;
    case CM_PNG_FILTER_NONE: return PNG_FILTER_NONE;
    case CM_PNG_FILTER_SUB: return PNG_FILTER_SUB;
    case CM_PNG_FILTER_UP: return PNG_FILTER_UP;
    case CM_PNG_FILTER_AVG: return PNG_FILTER_AVG;
    case CM_PNG_FILTER_PAETH: return PNG_FILTER_PAETH;
    case CM_PNG_FILTER_ALL: return PNG_ALL_FILTERS;
    default: return -1;
    }
}

/* Reads one Cairo ARGB32 pixel (a native-endian 32-bit word, premultiplied) as straight RGBA bytes. */
static inline void cm_unpremultiply(const unsigned char *source, unsigned char *rgba) {
    uint32_t word;
    memcpy(&word, source, sizeof word);
    uint32_t alpha = word >> 24;
    uint32_t red = (word >> 16) & 0xff, green = (word >> 8) & 0xff, blue = word & 0xff;
    if (alpha == 0) {
        /* Fully transparent pixels have no colour; one value keeps them one palette entry. */
        rgba[0] = rgba[1] = rgba[2] = rgba[3] = 0;
        return;
    }
    if (alpha < 255) {
        red = (red * 255 + alpha / 2) / alpha;
        green = (green * 255 + alpha / 2) / alpha;
        blue = (blue * 255 + alpha / 2) / alpha;
        /* A well-formed premultiplied value never exceeds alpha, but the caller's bytes are not ours to trust. */
        if (red > 255) red = 255;
        if (green > 255) green = 255;
        if (blue > 255) blue = 255;
    }
    rgba[0] = (unsigned char)red;
    rgba[1] = (unsigned char)green;
    rgba[2] = (unsigned char)blue;
    rgba[3] = (unsigned char)alpha;
}

enum { CM_HASH_SLOTS = 1024 };

/* Builds an indexed image in place of the RGBA rows when there are at most 256 colours. Returns 1 when it did,
 * 0 when there are too many colours, -1 when memory ran out. Palette order: translucent colours first (so
 * tRNS can stop at the last of them), each group in order of first appearance (so the bytes are stable). */
static int cm_try_palette(cm_job *job, unsigned char *rgba, size_t pixel_count) {
    uint32_t keys[CM_HASH_SLOTS] = {0};
    int slot_index[CM_HASH_SLOTS];
    uint32_t colours[256];
    int count = 0;
    for (int slot = 0; slot < CM_HASH_SLOTS; slot++) slot_index[slot] = -1;

    unsigned char *indices = (unsigned char *)malloc(pixel_count > 0 ? pixel_count : 1);
    if (indices == NULL) return -1;

    uint32_t last_key = 0;
    int last_index = -1;
    for (size_t pixel = 0; pixel < pixel_count; pixel++) {
        const unsigned char *p = rgba + pixel * 4;
        uint32_t key = ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
        if (last_index >= 0 && key == last_key) {
            indices[pixel] = (unsigned char)last_index;
            continue;
        }
        uint32_t slot = (key * 2654435761u) >> 22; /* Knuth's multiplicative hash onto 10 bits. */
        while (slot_index[slot] >= 0 && keys[slot] != key) slot = (slot + 1) & (CM_HASH_SLOTS - 1);
        if (slot_index[slot] < 0) {
            if (count == 256) {
                free(indices);
                return 0;
            }
            keys[slot] = key;
            slot_index[slot] = count;
            colours[count] = key;
            count++;
        }
        last_key = key;
        last_index = slot_index[slot];
        indices[pixel] = (unsigned char)last_index;
    }

    int remap[256];
    int next = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (int index = 0; index < count; index++) {
            int is_opaque = (colours[index] & 0xff) == 0xff;
            if (is_opaque != pass) continue;
            remap[index] = next;
            job->palette[next].red = (png_byte)(colours[index] >> 24);
            job->palette[next].green = (png_byte)(colours[index] >> 16);
            job->palette[next].blue = (png_byte)(colours[index] >> 8);
            job->transparency[next] = (png_byte)(colours[index] & 0xff);
            next++;
        }
        if (pass == 0) job->transparency_count = next;
    }
    for (size_t pixel = 0; pixel < pixel_count; pixel++) indices[pixel] = (unsigned char)remap[indices[pixel]];

    /* The indices replace the RGBA data, one byte per pixel. */
    memcpy(rgba, indices, pixel_count);
    free(indices);
    job->palette_count = count;
    job->bit_depth = count <= 2 ? 1 : count <= 4 ? 2 : count <= 16 ? 4 : 8;
    job->color_type = PNG_COLOR_TYPE_PALETTE;
    job->row_bytes = (size_t)job->width;
    return 1;
}

int cm_png_encode_argb32(const unsigned char *pixels, int width, int height, int stride,
                         const cm_png_options *options, cm_png_buffer *out,
                         char *error_message, size_t error_capacity) {
    cm_job job;
    memset(&job, 0, sizeof job);
    job.errors.message = error_message;
    job.errors.capacity = error_capacity;
    if (error_message != NULL && error_capacity > 0) error_message[0] = 0;

    if (out == NULL) {
        cm_set_error(&job.errors, "no output buffer given");
        return -1;
    }
    out->bytes = NULL;
    out->length = 0;

    cm_png_options defaults;
    memset(&defaults, 0, sizeof defaults);
    defaults.compression_level = -1;
    if (options == NULL) options = &defaults;

    if (pixels == NULL || width <= 0 || height <= 0) {
        cm_set_error(&job.errors, "invalid image: %dx%d pixels", width, height);
        return -1;
    }
    if (width > INT32_MAX / 4 || stride < width * 4) {
        cm_set_error(&job.errors, "invalid stride %d for a width of %d pixels", stride, width);
        return -1;
    }
    if (options->compression_level < -1 || options->compression_level > 9) {
        cm_set_error(&job.errors, "compression level %d is not in -1...9", options->compression_level);
        return -1;
    }
    if (cm_filters_for(options->filter) < 0) {
        cm_set_error(&job.errors, "unknown filter %d", options->filter);
        return -1;
    }
    if (!(options->pixels_per_metre >= 0 && options->pixels_per_metre < 2147483647.0)) {
        cm_set_error(&job.errors, "pixels per metre %g is out of range", options->pixels_per_metre);
        return -1;
    }
    if (options->text_count < 0 ||
        (options->text_count > 0 && (options->text_keys == NULL || options->text_values == NULL))) {
        cm_set_error(&job.errors, "invalid text chunk list");
        return -1;
    }
    for (int index = 0; index < options->text_count; index++) {
        const char *key = options->text_keys[index];
        if (key == NULL || options->text_values[index] == NULL) {
            cm_set_error(&job.errors, "text chunk %d has no key or value", index);
            return -1;
        }
        if (!cm_is_valid_keyword(key)) {
            cm_set_error(&job.errors,
                         "text chunk key \"%.79s\" is not 1-79 printable ASCII characters without leading, "
                         "trailing or double spaces", key);
            return -1;
        }
    }

    size_t pixel_count = (size_t)width * (size_t)height;
    if (pixel_count > SIZE_MAX / 4) {
        cm_set_error(&job.errors, "image too large: %dx%d pixels", width, height);
        return -1;
    }

    job.width = width;
    job.height = height;
    job.compression_level = options->compression_level;
    job.pixels_per_metre = options->pixels_per_metre;

    unsigned char *rgba = (unsigned char *)malloc(pixel_count * 4);
    png_bytep *rows = (png_bytep *)malloc(sizeof(png_bytep) * (size_t)height);
    png_text *texts = options->text_count > 0 ? (png_text *)calloc((size_t)options->text_count, sizeof(png_text))
                                              : NULL;
    if (rgba == NULL || rows == NULL || (options->text_count > 0 && texts == NULL)) {
        free(rgba);
        free(rows);
        free(texts);
        cm_set_error(&job.errors, "out of memory for a %dx%d image", width, height);
        return -1;
    }

    int all_opaque = 1;
    for (int y = 0; y < height; y++) {
        const unsigned char *source = pixels + (size_t)y * (size_t)stride;
        unsigned char *target = rgba + (size_t)y * (size_t)width * 4;
        for (int x = 0; x < width; x++) {
            cm_unpremultiply(source + (size_t)x * 4, target + (size_t)x * 4);
            if (target[(size_t)x * 4 + 3] != 255) all_opaque = 0;
        }
    }

    int indexed = 0;
    if (options->try_palette) {
        indexed = cm_try_palette(&job, rgba, pixel_count);
        if (indexed < 0) {
            free(rgba);
            free(rows);
            free(texts);
            cm_set_error(&job.errors, "out of memory for a %dx%d image", width, height);
            return -1;
        }
    }
    if (!indexed) {
        job.bit_depth = 8;
        if (all_opaque) {
            /* Drop the alpha bytes in place: each write lands at or before the byte it replaces. */
            for (size_t pixel = 0; pixel < pixel_count; pixel++) {
                rgba[pixel * 3] = rgba[pixel * 4];
                rgba[pixel * 3 + 1] = rgba[pixel * 4 + 1];
                rgba[pixel * 3 + 2] = rgba[pixel * 4 + 2];
            }
            job.color_type = PNG_COLOR_TYPE_RGB;
            job.row_bytes = (size_t)width * 3;
        } else {
            job.color_type = PNG_COLOR_TYPE_RGB_ALPHA;
            job.row_bytes = (size_t)width * 4;
        }
    }
    for (int y = 0; y < height; y++) rows[y] = rgba + (size_t)y * job.row_bytes;
    job.rows_data = rgba;
    job.rows = rows;
    job.filters = cm_filters_for(options->filter);

    for (int index = 0; index < options->text_count; index++) {
        const char *value = options->text_values[index];
        texts[index].key = (png_charp)options->text_keys[index];
        texts[index].text = (png_charp)value;
        if (cm_is_ascii(value)) {
            texts[index].compression = PNG_TEXT_COMPRESSION_NONE;
            texts[index].text_length = strlen(value);
        } else {
            texts[index].compression = PNG_ITXT_COMPRESSION_NONE;
            texts[index].itxt_length = strlen(value);
            texts[index].lang = NULL;
            texts[index].lang_key = NULL;
        }
    }
    job.texts = texts;
    job.text_count = options->text_count;

    int status = cm_run_libpng(&job);
    free(rgba);
    free(rows);
    free(texts);
    if (status != 0) {
        free(job.output.bytes);
        return status;
    }
    out->bytes = job.output.bytes;
    out->length = job.output.length;
    return 0;
}

void cm_png_buffer_free(cm_png_buffer *buffer) {
    if (buffer == NULL) return;
    free(buffer->bytes);
    buffer->bytes = NULL;
    buffer->length = 0;
}
