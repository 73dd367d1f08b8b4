/*
 * Times PNG encoders on raw Cairo ARGB32 images (premultiplied, native-endian words) and prints one JSON line per
 * image kind: total wall and processor milliseconds (best of --runs) and total bytes. Built and driven by measure.py.
 *
 *   png_bench --encoder new|legacy|zlib-bands [--level L] [--filter F] [--threads T] [--bands B] [--palette 0|1]
 *             [--runs R] [--write DIR] --kind NAME FILE.raw...       (FILE named NAME-WIDTHxHEIGHT.raw)
 *
 * zlib-bands is the pigz way: each band of filtered rows deflated by zlib on its own thread, primed with the 32 KiB
 * before it, ended with Z_FULL_FLUSH (Z_FINISH for the last), Adler-32s combined.
 */
#include "CPNGWriter.h"
#include "png_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

int legacy_encode(const unsigned char *pixels, int width, int height, int stride, int level, int filter,
                  int try_palette, unsigned char **bytes, size_t *length);

typedef struct {
    const char *encoder;
    int level, filter, threads, bands, palette;
} settings;

static double clock_ms(clockid_t clock) {
    struct timespec time;
    clock_gettime(clock, &time);
    return time.tv_sec * 1e3 + time.tv_nsec / 1e6;
}

/* The pigz-style encoder: same conversion and filters as the new writer, zlib in bands. */
typedef struct {
    const unsigned char *filtered;
    size_t band_bytes, total;
    int level, count;
    unsigned char *out[64];
    size_t length[64];
    uint32_t adler[64];
} zlib_job;

static void zlib_band(void *context, int index) {
    zlib_job *job = (zlib_job *)context;
    size_t start = job->band_bytes * (size_t)index;
    size_t end = index == job->count - 1 ? job->total : start + job->band_bytes;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    deflateInit2(&stream, job->level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    if (start > 0) {
        size_t window = start < 32768 ? start : 32768;
        deflateSetDictionary(&stream, job->filtered + start - window, (uInt)window);
    }
    size_t capacity = deflateBound(&stream, end - start) + 16;
    job->out[index] = malloc(capacity);
    stream.next_in = (Bytef *)job->filtered + start;
    stream.avail_in = (uInt)(end - start);
    stream.next_out = job->out[index];
    stream.avail_out = (uInt)capacity;
    deflate(&stream, index == job->count - 1 ? Z_FINISH : Z_FULL_FLUSH);
    job->length[index] = capacity - stream.avail_out;
    deflateEnd(&stream);
    job->adler[index] = (uint32_t)adler32(1, job->filtered + start, (uInt)(end - start));
}

typedef struct {
    cm_image *image;
    unsigned char *filtered;
    int filter, count;
} filter_job;

static void filter_band(void *context, int index) {
    filter_job *job = (filter_job *)context;
    cm_image *image = job->image;
    int first = image->height * index / job->count, end = image->height * (index + 1) / job->count;
    size_t row = image->row_bytes;
    unsigned char *memory = malloc(row * 3 + 1), *current = memory, *previous = memory + row;
    int has_previous = first > 0;
    if (has_previous) cm_pack_row(image, first - 1, previous);
    for (int y = first; y < end; y++) {
        cm_pack_row(image, y, current);
        cm_filter_row(job->filter, current, has_previous ? previous : NULL, row, image->filter_stride,
                      job->filtered + (size_t)y * (row + 1), memory + row * 2);
        unsigned char *swap = previous;
        previous = current;
        current = swap;
        has_previous = 1;
    }
    free(memory);
}

static size_t zlib_bands_encode(const unsigned char *pixels, int width, int height, const settings *s) {
    size_t count = (size_t)width * height;
    unsigned char *indices = malloc(count);
    int opaque, grey;
    cm_scan_rows(pixels, (size_t)width * 4, width, 0, height, &opaque, &grey);
    cm_image image;
    memset(&image, 0, sizeof image);
    image.width = width;
    image.height = height;
    image.pixels = pixels;
    image.stride = (size_t)width * 4;
    if (!(s->palette && cm_find_palette(&image, indices))) {
        image.color_type = opaque ? CM_COLOR_RGB : CM_COLOR_RGBA;
        image.bit_depth = 8;
    }
    int channels = image.color_type == CM_COLOR_PALETTE ? 1 : image.color_type == CM_COLOR_RGB ? 3 : 4;
    image.row_bytes = ((size_t)width * channels * image.bit_depth + 7) / 8;
    image.filter_stride = channels * image.bit_depth / 8 > 0 ? channels * image.bit_depth / 8 : 1;
    int filter = s->filter == CM_PNG_FILTER_AUTO ? cm_png_filter_for_auto() : s->filter;
    size_t total = (image.row_bytes + 1) * height;
    filter_job filtering = {&image, malloc(total), filter, s->threads};
    cm_parallel_for(s->threads, s->threads, filter_band, &filtering);
    zlib_job job;
    memset(&job, 0, sizeof job);
    job.filtered = filtering.filtered;
    job.total = total;
    job.level = s->level;
    job.count = s->bands;
    job.band_bytes = total / s->bands;
    cm_parallel_for(s->bands, s->threads, zlib_band, &job);
    size_t bytes = 2 + 4 + 8 + 25 + 12 + 12; /* zlib wrapper, signature, IHDR, IDAT and IEND framing */
    uint32_t adler = job.adler[0];
    for (int index = 0; index < job.count; index++) {
        bytes += job.length[index];
        if (index > 0) adler = cm_adler32_combine(adler, job.adler[index], index == job.count - 1
                                                  ? total - job.band_bytes * index : job.band_bytes);
        free(job.out[index]);
    }
    if (image.color_type == CM_COLOR_PALETTE) {
        bytes += 12 + image.palette_count * 3 + (image.transparency_count ? 12 + image.transparency_count : 0);
    }
    free(filtering.filtered);
    free(indices);
    return bytes + (adler == 0xdeadbeef); /* keeps the combine from being optimised away */
}

static size_t encode_once(const unsigned char *pixels, int width, int height, const settings *s, const char *path) {
    unsigned char *bytes = NULL;
    size_t length = 0;
    if (strcmp(s->encoder, "legacy") == 0) {
        legacy_encode(pixels, width, height, width * 4, s->level, s->filter, s->palette, &bytes, &length);
    } else if (strcmp(s->encoder, "zlib-bands") == 0) {
        return zlib_bands_encode(pixels, width, height, s);
    } else {
        cm_png_options options;
        memset(&options, 0, sizeof options);
        options.compression_level = s->level;
        options.filter = s->filter;
        options.try_palette = s->palette;
        options.thread_count = s->threads;
        options.band_count = s->bands;
        cm_png_buffer buffer = {0};
        char message[256];
        if (cm_png_encode_argb32(pixels, width, height, width * 4, &options, &buffer, message, sizeof message)) {
            fprintf(stderr, "encode failed: %s\n", message);
            exit(1);
        }
        bytes = buffer.bytes;
        length = buffer.length;
    }
    if (path != NULL) {
        FILE *file = fopen(path, "wb");
        fwrite(bytes, 1, length, file);
        fclose(file);
    }
    free(bytes);
    return length;
}

int main(int argc, char **argv) {
    settings s = {"new", 6, 0, 1, 1, 1};
    int runs = 5, first_file = argc;
    const char *kind = "images", *write_dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--encoder") == 0) s.encoder = argv[++i];
        else if (strcmp(argv[i], "--level") == 0) s.level = atoi(argv[++i]);
        else if (strcmp(argv[i], "--filter") == 0) s.filter = atoi(argv[++i]);
        else if (strcmp(argv[i], "--threads") == 0) s.threads = atoi(argv[++i]);
        else if (strcmp(argv[i], "--bands") == 0) s.bands = atoi(argv[++i]);
        else if (strcmp(argv[i], "--palette") == 0) s.palette = atoi(argv[++i]);
        else if (strcmp(argv[i], "--runs") == 0) runs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--write") == 0) write_dir = argv[++i];
        else if (strcmp(argv[i], "--kind") == 0) kind = argv[++i];
        else { first_file = i; break; }
    }
    int count = argc - first_file;
    unsigned char **images = calloc(count, sizeof *images);
    int *widths = calloc(count, sizeof(int)), *heights = calloc(count, sizeof(int));
    for (int i = 0; i < count; i++) {
        const char *name = strrchr(argv[first_file + i], '-');
        sscanf(name + 1, "%dx%d", &widths[i], &heights[i]);
        size_t size = (size_t)widths[i] * heights[i] * 4;
        images[i] = malloc(size);
        FILE *file = fopen(argv[first_file + i], "rb");
        if (file == NULL || fread(images[i], 1, size, file) != size) {
            fprintf(stderr, "cannot read %s\n", argv[first_file + i]);
            return 1;
        }
        fclose(file);
    }
    /* Wall time shows what threads gain; processor time (all threads) is steadier on a shared machine. */
    double best = 1e30, best_cpu = 1e30;
    size_t bytes = 0;
    for (int run = 0; run < runs; run++) {
        double start = clock_ms(CLOCK_MONOTONIC), start_cpu = clock_ms(CLOCK_PROCESS_CPUTIME_ID);
        bytes = 0;
        for (int i = 0; i < count; i++) {
            char path[4096];
            int writes = write_dir != NULL && run == 0;
            if (writes) snprintf(path, sizeof path, "%s/%d.png", write_dir, i);
            bytes += encode_once(images[i], widths[i], heights[i], &s, writes ? path : NULL);
        }
        double elapsed = clock_ms(CLOCK_MONOTONIC) - start, cpu = clock_ms(CLOCK_PROCESS_CPUTIME_ID) - start_cpu;
        if (elapsed < best) best = elapsed;
        if (cpu < best_cpu) best_cpu = cpu;
    }
    printf("{\"kind\": \"%s\", \"encoder\": \"%s\", \"level\": %d, \"filter\": %d, \"threads\": %d, \"bands\": %d, "
           "\"palette\": %d, \"images\": %d, \"ms\": %.3f, \"cpu_ms\": %.3f, \"bytes\": %zu}\n",
           kind, s.encoder, s.level, s.filter, s.threads, s.bands, s.palette, count, best, best_cpu, bytes);
    return 0;
}
