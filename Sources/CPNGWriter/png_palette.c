#include "png_internal.h"

#include <stdlib.h>
#include <string.h>

enum { CM_HASH_SLOTS = 1024 };

/* Works on Cairo's premultiplied words: distinct valid words are distinct straight colours, so the count is the
 * same without converting every pixel. Palette order: translucent colours first (so tRNS can stop at the last of
 * them), each group in order of first appearance (so the bytes are stable). */
int cm_find_palette(cm_image *image, unsigned char *indices, int *is_opaque, int *is_grey) {
    uint32_t keys[CM_HASH_SLOTS] = {0};
    int slot_index[CM_HASH_SLOTS];
    uint32_t colours[256];
    int count = 0;
    for (int slot = 0; slot < CM_HASH_SLOTS; slot++) slot_index[slot] = -1;

    uint32_t last_key = 0;
    int last_index = -1;
    size_t width = (size_t)image->width;
    for (int y = 0; y < image->height; y++) {
        const unsigned char *row = image->pixels + (size_t)y * image->stride;
        unsigned char *row_indices = indices + (size_t)y * width;
        for (size_t x = 0; x < width; x++) {
            uint32_t key;
            memcpy(&key, row + x * 4, sizeof key);
            /* Runs of one colour are the common case in maps: skip the hash for them. */
            if (last_index >= 0 && key == last_key) {
                row_indices[x] = (unsigned char)last_index;
                continue;
            }
            uint32_t slot = (key * 2654435761u) >> 22; /* Knuth's multiplicative hash onto 10 bits. */
            while (slot_index[slot] >= 0 && keys[slot] != key) slot = (slot + 1) & (CM_HASH_SLOTS - 1);
            if (slot_index[slot] < 0) {
                if (count == 256) return 0;
                keys[slot] = key;
                slot_index[slot] = count;
                colours[count] = cm_straight_rgba(key);
                count++;
            }
            last_key = key;
            last_index = slot_index[slot];
            row_indices[x] = (unsigned char)last_index;
        }
    }

    /* Every pixel's word is one of the palette's keys, so the keys alone say whether the image is opaque or grey
     * (with cm_scan_rows's tests), without a second pass over the pixels. */
    uint32_t alpha_and = 0xff;
    unsigned grey = 1;
    for (int slot = 0; slot < CM_HASH_SLOTS; slot++) {
        if (slot_index[slot] < 0) continue;
        uint32_t key = keys[slot];
        alpha_and &= key >> 24;
        grey &= (((key >> 16) & 0xff) == ((key >> 8) & 0xff)) & (((key >> 8) & 0xff) == (key & 0xff));
    }
    *is_opaque = alpha_and == 0xff;
    *is_grey = (int)grey;

    unsigned char remap[256];
    int next = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (int index = 0; index < count; index++) {
            int is_opaque = (colours[index] & 0xff) == 0xff;
            if (is_opaque != pass) continue;
            remap[index] = (unsigned char)next;
            image->palette[next * 3] = (unsigned char)(colours[index] >> 24);
            image->palette[next * 3 + 1] = (unsigned char)(colours[index] >> 16);
            image->palette[next * 3 + 2] = (unsigned char)(colours[index] >> 8);
            image->transparency[next] = (unsigned char)(colours[index] & 0xff);
            next++;
        }
        if (pass == 0) image->transparency_count = next;
    }
    size_t pixel_count = width * (size_t)image->height;
    for (size_t pixel = 0; pixel < pixel_count; pixel++) indices[pixel] = remap[indices[pixel]];

    image->palette_count = count;
    /* The fewest bits that hold every index: 2-8 pixels a byte give deflate less to compress. */
    image->bit_depth = count <= 2 ? 1 : count <= 4 ? 2 : count <= 16 ? 4 : 8;
    image->color_type = CM_COLOR_PALETTE;
    image->indices = indices;
    return 1;
}
