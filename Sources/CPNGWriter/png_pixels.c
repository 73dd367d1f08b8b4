#include "png_internal.h"

#include <string.h>

/*
 * Cairo's ARGB32 pixels (native-endian 32-bit words, premultiplied alpha) read as PNG samples (straight alpha).
 * Rows are converted as they are packed, straight from Cairo's buffer: no intermediate copy of the image.
 */

static inline uint32_t cm_word(const unsigned char *source) {
    uint32_t word;
    memcpy(&word, source, sizeof word);
    return word;
}

uint32_t cm_straight_rgba(uint32_t word) {
    uint32_t alpha = word >> 24;
    uint32_t red = (word >> 16) & 0xff, green = (word >> 8) & 0xff, blue = word & 0xff;
    /* Fully transparent pixels have no colour; one value keeps them one palette entry. */
    if (alpha == 0) return 0;
    if (alpha < 255) {
        red = (red * 255 + alpha / 2) / alpha;
        green = (green * 255 + alpha / 2) / alpha;
        blue = (blue * 255 + alpha / 2) / alpha;
        /* A well-formed premultiplied value never exceeds alpha, but the caller's bytes are not ours to trust. */
        if (red > 255) red = 255;
        if (green > 255) green = 255;
        if (blue > 255) blue = 255;
    }
    return red << 24 | green << 16 | blue << 8 | alpha;
}

void cm_scan_rows(const unsigned char *pixels, size_t stride, int width, int first_row, int end_row,
                  int *is_opaque, int *is_grey) {
    uint32_t alpha_and = 0xff;
    unsigned grey = 1;
    for (int y = first_row; y < end_row; y++) {
        const unsigned char *row = pixels + (size_t)y * stride;
        for (int x = 0; x < width; x++) {
            uint32_t word = cm_word(row + (size_t)x * 4);
            /* Branch-free: this loop reads every pixel of every image. Premultiplied components are equal exactly
             * when the straight ones are. */
            alpha_and &= word >> 24;
            uint32_t red = (word >> 16) & 0xff, green = (word >> 8) & 0xff, blue = word & 0xff;
            grey &= (red == green) & (green == blue);
        }
    }
    *is_opaque = alpha_and == 0xff;
    *is_grey = (int)grey;
}

/* Packs one-byte palette indices MSB first at 1, 2 or 4 bits each (PNG specification, section 7.2). */
static void cm_pack_indices(const unsigned char *indices, int width, int bit_depth, unsigned char *out) {
    int per_byte = 8 / bit_depth;
    int x = 0;
    for (size_t byte = 0; x < width; byte++) {
        unsigned value = 0;
        for (int slot = 0; slot < per_byte; slot++, x++) {
            value <<= bit_depth;
            if (x < width) value |= indices[x];
        }
        out[byte] = (unsigned char)value;
    }
}

void cm_pack_row(const cm_image *image, int y, unsigned char *out) {
    size_t width = (size_t)image->width;
    const unsigned char *row = image->pixels + (size_t)y * image->stride;
    switch (image->color_type) {
    case CM_COLOR_PALETTE: {
        const unsigned char *indices = image->indices + (size_t)y * width;
        if (image->bit_depth == 8) memcpy(out, indices, width);
        else cm_pack_indices(indices, image->width, image->bit_depth, out);
        return;
    }
    case CM_COLOR_RGB:
        /* Every pixel is opaque: premultiplied and straight values are the same. */
        for (size_t x = 0; x < width; x++) {
            uint32_t word = cm_word(row + x * 4);
            out[x * 3] = (unsigned char)(word >> 16);
            out[x * 3 + 1] = (unsigned char)(word >> 8);
            out[x * 3 + 2] = (unsigned char)word;
        }
        return;
    case CM_COLOR_RGBA:
        for (size_t x = 0; x < width; x++) {
            uint32_t rgba = cm_straight_rgba(cm_word(row + x * 4));
            out[x * 4] = (unsigned char)(rgba >> 24);
            out[x * 4 + 1] = (unsigned char)(rgba >> 16);
            out[x * 4 + 2] = (unsigned char)(rgba >> 8);
            out[x * 4 + 3] = (unsigned char)rgba;
        }
        return;
    case CM_COLOR_GREY_ALPHA:
        for (size_t x = 0; x < width; x++) {
            uint32_t rgba = cm_straight_rgba(cm_word(row + x * 4));
            out[x * 2] = (unsigned char)(rgba >> 24);
            out[x * 2 + 1] = (unsigned char)rgba;
        }
        return;
    case CM_COLOR_GREY:
    default:
        for (size_t x = 0; x < width; x++) out[x] = (unsigned char)cm_word(row + x * 4);
        return;
    }
}
