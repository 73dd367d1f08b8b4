#include "CPNGWriter.h"
#include "png_internal.h"

#include <stdlib.h>
#include <string.h>

/* Checks the caller's arguments; returns 0 or sets the message and returns -1. */
static int cm_validate(const unsigned char *pixels, int width, int height, int stride, const cm_png_options *options,
                       cm_error_sink *errors) {
    if (pixels == NULL || width <= 0 || height <= 0) {
        cm_set_error(errors, "invalid image: %dx%d pixels", width, height);
        return -1;
    }
    if (width > INT32_MAX / 4 || stride < width * 4) {
        cm_set_error(errors, "invalid stride %d for a width of %d pixels", stride, width);
        return -1;
    }
    if ((size_t)width * (size_t)height > SIZE_MAX / 8 || (size_t)stride * (size_t)height > SIZE_MAX / 2) {
        cm_set_error(errors, "image too large: %dx%d pixels", width, height);
        return -1;
    }
    if (options->compression_level < -1 || options->compression_level > 12) {
        cm_set_error(errors, "compression level %d is not in -1...12", options->compression_level);
        return -1;
    }
    if (options->filter < CM_PNG_FILTER_AUTO || options->filter > CM_PNG_FILTER_ALL) {
        cm_set_error(errors, "unknown filter %d", options->filter);
        return -1;
    }
    if (options->thread_count < 0 || options->band_count < 0) {
        cm_set_error(errors, "negative thread or band count");
        return -1;
    }
    if (!(options->pixels_per_metre >= 0 && options->pixels_per_metre < 2147483647.0)) {
        cm_set_error(errors, "pixels per metre %g is out of range", options->pixels_per_metre);
        return -1;
    }
    if (options->text_count < 0 ||
        (options->text_count > 0 && (options->text_keys == NULL || options->text_values == NULL))) {
        cm_set_error(errors, "invalid text chunk list");
        return -1;
    }
    for (int index = 0; index < options->text_count; index++) {
        const char *key = options->text_keys[index];
        if (key == NULL || options->text_values[index] == NULL) {
            cm_set_error(errors, "text chunk %d has no key or value", index);
            return -1;
        }
        if (!cm_is_valid_keyword(key)) {
            cm_set_error(errors,
                         "text chunk key \"%.79s\" is not 1-79 printable ASCII characters without leading, "
                         "trailing or double spaces", key);
            return -1;
        }
    }
    return 0;
}

/* Which formats could hold the pixels: read in bands of rows on several threads, each with its own flags. */
typedef struct {
    const unsigned char *pixels;
    size_t stride;
    int width;
    int height;
    int band_count;
    int is_opaque[64];
    int is_grey[64];
} cm_scan;

static void cm_scan_band(void *context, int index) {
    cm_scan *scan = (cm_scan *)context;
    int first = (int)((long long)scan->height * index / scan->band_count);
    int end = (int)((long long)scan->height * (index + 1) / scan->band_count);
    cm_scan_rows(scan->pixels, scan->stride, scan->width, first, end, &scan->is_opaque[index], &scan->is_grey[index]);
}

/* Sets the truecolour or grey format: the smallest that holds every pixel exactly. */
static void cm_choose_direct_format(cm_image *image, int is_opaque, int is_grey) {
    image->bit_depth = 8;
    if (is_grey) image->color_type = is_opaque ? CM_COLOR_GREY : CM_COLOR_GREY_ALPHA;
    else image->color_type = is_opaque ? CM_COLOR_RGB : CM_COLOR_RGBA;
}

/* Sets row_bytes and filter_stride from the colour type and bit depth. */
static void cm_set_row_layout(cm_image *image) {
    int channels = image->color_type == CM_COLOR_RGBA ? 4 : image->color_type == CM_COLOR_RGB ? 3
                 : image->color_type == CM_COLOR_GREY_ALPHA ? 2 : 1;
    size_t bits = (size_t)image->width * (size_t)channels * (size_t)image->bit_depth;
    image->row_bytes = (bits + 7) / 8;
    int stride = channels * image->bit_depth / 8;
    image->filter_stride = stride > 0 ? stride : 1;
}

int cm_png_encode_argb32(const unsigned char *pixels, int width, int height, int stride,
                         const cm_png_options *options, cm_png_buffer *out,
                         char *error_message, size_t error_capacity) {
    cm_error_sink errors = {error_message, error_capacity};
    if (error_message != NULL && error_capacity > 0) error_message[0] = 0;
    if (out == NULL) {
        cm_set_error(&errors, "no output buffer given");
        return -1;
    }
    out->bytes = NULL;
    out->length = 0;
    cm_png_options defaults;
    memset(&defaults, 0, sizeof defaults);
    defaults.compression_level = -1;
    if (options == NULL) options = &defaults;
    if (cm_validate(pixels, width, height, stride, options, &errors) != 0) return -1;

    size_t pixel_count = (size_t)width * (size_t)height;
    int level = options->compression_level < 0 ? 6 : options->compression_level;
    int threads = options->thread_count > 0 ? options->thread_count : cm_processor_count();
    if (threads > 64) threads = 64;

    cm_image image;
    memset(&image, 0, sizeof image);
    image.width = width;
    image.height = height;
    image.pixels = pixels;
    image.stride = (size_t)stride;
    unsigned char *indices = options->try_palette ? (unsigned char *)malloc(pixel_count) : NULL;
    if (options->try_palette && indices == NULL) {
        cm_set_error(&errors, "out of memory for a %dx%d image", width, height);
        return -1;
    }
    /* The palette search, which gives up at the 257th colour, comes first: when it succeeds its colours say
     * whether the image is opaque or grey, and the pixels need no scan of their own. */
    int is_opaque = 1, is_grey = 1;
    int indexed = options->try_palette ? cm_find_palette(&image, indices, &is_opaque, &is_grey) : 0;
    /* Threads only pay for themselves past a few hundred thousand pixels; tiles are encoded in parallel anyway. */
    int is_large = pixel_count >= (1u << 19);
    if (!indexed) {
        cm_scan scan = {pixels, (size_t)stride, width, height, is_large ? threads : 1, {0}, {0}};
        if (scan.band_count > height) scan.band_count = height;
        cm_parallel_for(scan.band_count, threads, cm_scan_band, &scan);
        for (int index = 0; index < scan.band_count; index++) {
            is_opaque &= scan.is_opaque[index];
            is_grey &= scan.is_grey[index];
        }
    }
    /* Grey needs no PLTE (up to 780 bytes with its chunk) for the same one byte a pixel as an 8-bit palette; a
     * palette still wins when it packs indices below 8 bits, or when grey would need an alpha channel. */
    if (indexed && is_grey && image.bit_depth == 8 && is_opaque) indexed = 0;
    if (!indexed) {
        cm_choose_direct_format(&image, is_opaque, is_grey);
        image.indices = NULL;
    }
    cm_set_row_layout(&image);

    cm_deflate_plan plan;
    plan.compression_level = level;
    plan.filter = options->filter == CM_PNG_FILTER_AUTO ? cm_png_filter_for_auto() : options->filter;
    plan.thread_count = is_large ? threads : 1;
    plan.band_count = options->band_count;

    cm_bytes stream = {NULL, 0, 0}, file = {NULL, 0, 0};
    int status = cm_compress_image(&image, &plan, &stream, &errors);
    if (status == 0) {
        cm_ancillary ancillary = {options->pixels_per_metre, options->text_keys, options->text_values,
                                  options->text_count};
        status = cm_write_png_file(&image, &ancillary, &stream, &file);
        if (status != 0) cm_set_error(&errors, "out of memory writing the PNG chunks");
    }
    free(stream.bytes);
    free(indices);
    if (status != 0) {
        free(file.bytes);
        return -1;
    }
    out->bytes = file.bytes;
    out->length = file.length;
    return 0;
}

void cm_png_buffer_free(cm_png_buffer *buffer) {
    if (buffer == NULL) return;
    free(buffer->bytes);
    buffer->bytes = NULL;
    buffer->length = 0;
}
