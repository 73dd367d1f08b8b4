#include "png_internal.h"

#include "CPNGWriter.h"

#include <libdeflate.h>
#include <stdlib.h>
#include <string.h>

/*
 * Filtering and compression, in bands of rows that run on several threads.
 *
 * With one band, the rows are filtered in parallel and libdeflate compresses the whole image in one call. With
 * several, each band is filtered and compressed on its own into a raw deflate stream; the streams are joined
 * into one (png_deflate_join.c) under one zlib header and one Adler-32, combined from the bands' own. Bands
 * lose the matches that would reach back across their first 32 KiB, which costs little on images this big.
 */

/* Bytes of filtered rows per automatic band: see scripts/png/README.md for the measurements. */
enum { CM_BYTES_PER_BAND = 2 << 20, CM_MAX_BANDS = 16 };

int cm_automatic_band_count(size_t filtered_bytes) {
    size_t count = filtered_bytes / CM_BYTES_PER_BAND;
    if (count < 1) return 1;
    return count > CM_MAX_BANDS ? CM_MAX_BANDS : (int)count;
}

/* One band's rows and, when compressed on its own, its piece of the stream. */
typedef struct {
    int first_row;
    int end_row;
    unsigned char *compressed;
    size_t length;
    uint32_t adler;
    int status;
} cm_band;

typedef struct {
    const cm_image *image;
    const cm_deflate_plan *plan;
    unsigned char *filtered;
    cm_band *bands;
    int band_count;
    int compresses_bands;
} cm_job;

static size_t cm_filtered_row_bytes(const cm_image *image) { return image->row_bytes + 1; }

/* Packs and filters the band's rows into the shared filtered buffer. Returns -1 when memory runs out. */
static int cm_filter_band(const cm_job *job, const cm_band *band) {
    const cm_image *image = job->image;
    size_t row_bytes = image->row_bytes;
    if (job->plan->filter == CM_PNG_FILTER_NONE) {
        /* The common case (see cm_png_filter_for_auto): pack straight into place, no row copies. */
        for (int y = band->first_row; y < band->end_row; y++) {
            unsigned char *out = job->filtered + (size_t)y * cm_filtered_row_bytes(image);
            out[0] = 0;
            cm_pack_row(image, y, out + 1);
        }
        return 0;
    }
    unsigned char *memory = (unsigned char *)malloc(row_bytes * 2 + row_bytes + 1);
    if (memory == NULL) return -1;
    unsigned char *current = memory, *previous = memory + row_bytes, *scratch = memory + row_bytes * 2;
    /* Up, Average and Paeth look at the row above, which belongs to the band before. */
    int has_previous = band->first_row > 0;
    if (has_previous) cm_pack_row(image, band->first_row - 1, previous);
    for (int y = band->first_row; y < band->end_row; y++) {
        cm_pack_row(image, y, current);
        unsigned char *out = job->filtered + (size_t)y * cm_filtered_row_bytes(image);
        cm_filter_row(job->plan->filter, current, has_previous ? previous : NULL, row_bytes, image->filter_stride,
                      out, scratch);
        unsigned char *swap = previous;
        previous = current;
        current = swap;
        has_previous = 1;
    }
    free(memory);
    return 0;
}

/* Compresses the band's filtered rows as raw deflate, joinable unless it is the last band. */
static int cm_compress_band(const cm_job *job, cm_band *band, int is_last) {
    size_t row_bytes = cm_filtered_row_bytes(job->image);
    const unsigned char *input = job->filtered + (size_t)band->first_row * row_bytes;
    size_t input_length = (size_t)(band->end_row - band->first_row) * row_bytes;
    struct libdeflate_compressor *compressor = libdeflate_alloc_compressor(job->plan->compression_level);
    if (compressor == NULL) return -1;
    /* Five spare bytes for the empty stored block that makes the piece joinable. */
    size_t capacity = libdeflate_deflate_compress_bound(compressor, input_length) + 5;
    band->compressed = (unsigned char *)malloc(capacity);
    if (band->compressed == NULL) {
        libdeflate_free_compressor(compressor);
        return -1;
    }
    band->length = libdeflate_deflate_compress(compressor, input, input_length, band->compressed, capacity - 5);
    libdeflate_free_compressor(compressor);
    if (band->length == 0) return -1;
    if (!is_last && cm_deflate_make_joinable(band->compressed, &band->length) != 0) return -2;
    band->adler = libdeflate_adler32(1, input, input_length);
    return 0;
}

static void cm_run_band(void *context, int index) {
    cm_job *job = (cm_job *)context;
    cm_band *band = &job->bands[index];
    band->status = cm_filter_band(job, band);
    if (band->status == 0 && job->compresses_bands) {
        band->status = cm_compress_band(job, band, index == job->band_count - 1);
    }
}

/* The zlib header (RFC 1950 section 2.2): deflate with a 32 KiB window, FLEVEL as libdeflate and zlib set it. */
static void cm_zlib_header(int level, unsigned char header[2]) {
    header[0] = 0x78;
    header[1] = level < 2 ? 0x01 : level < 6 ? 0x5e : level == 6 ? 0x9c : 0xda;
}

static int cm_join_bands(const cm_job *job, cm_bytes *zlib_stream) {
    size_t total = 2 + 4;
    for (int index = 0; index < job->band_count; index++) total += job->bands[index].length;
    if (cm_bytes_reserve(zlib_stream, total) != 0) return -1;
    unsigned char header[2];
    cm_zlib_header(job->plan->compression_level, header);
    cm_bytes_append(zlib_stream, header, 2);
    size_t row_bytes = cm_filtered_row_bytes(job->image);
    uint32_t adler = 1;
    for (int index = 0; index < job->band_count; index++) {
        const cm_band *band = &job->bands[index];
        cm_bytes_append(zlib_stream, band->compressed, band->length);
        size_t band_bytes = (size_t)(band->end_row - band->first_row) * row_bytes;
        adler = index == 0 ? band->adler : cm_adler32_combine(adler, band->adler, band_bytes);
    }
    unsigned char trailer[4] = {(unsigned char)(adler >> 24), (unsigned char)(adler >> 16),
                                (unsigned char)(adler >> 8), (unsigned char)adler};
    cm_bytes_append(zlib_stream, trailer, 4);
    return 0;
}

static int cm_compress_whole(const cm_job *job, cm_bytes *zlib_stream) {
    size_t input_length = (size_t)job->image->height * cm_filtered_row_bytes(job->image);
    struct libdeflate_compressor *compressor = libdeflate_alloc_compressor(job->plan->compression_level);
    if (compressor == NULL) return -1;
    size_t bound = libdeflate_zlib_compress_bound(compressor, input_length);
    if (cm_bytes_reserve(zlib_stream, bound) != 0) {
        libdeflate_free_compressor(compressor);
        return -1;
    }
    size_t length = libdeflate_zlib_compress(compressor, job->filtered, input_length,
                                             zlib_stream->bytes + zlib_stream->length, bound);
    libdeflate_free_compressor(compressor);
    if (length == 0) return -1;
    zlib_stream->length += length;
    return 0;
}

int cm_compress_image(const cm_image *image, const cm_deflate_plan *plan, cm_bytes *zlib_stream,
                      cm_error_sink *errors) {
    size_t filtered_bytes = (size_t)image->height * cm_filtered_row_bytes(image);
    int band_count = plan->band_count > 0 ? plan->band_count : cm_automatic_band_count(filtered_bytes);
    int compresses_bands = band_count > 1;
    /* One compression band still filters in as many pieces as there are threads. */
    int task_count = compresses_bands ? band_count : plan->thread_count;
    if (task_count > image->height) task_count = image->height;
    if (task_count < 1) task_count = 1;

    cm_job job = {image, plan, NULL, NULL, task_count, compresses_bands && task_count > 1};
    job.filtered = (unsigned char *)malloc(filtered_bytes);
    job.bands = (cm_band *)calloc((size_t)task_count, sizeof(cm_band));
    int status = job.filtered != NULL && job.bands != NULL ? 0 : -1;
    if (status == 0) {
        for (int index = 0; index < task_count; index++) {
            job.bands[index].first_row = (int)((long long)image->height * index / task_count);
            job.bands[index].end_row = (int)((long long)image->height * (index + 1) / task_count);
        }
        cm_parallel_for(task_count, plan->thread_count, cm_run_band, &job);
        for (int index = 0; index < task_count && status == 0; index++) status = job.bands[index].status;
    }
    if (status == 0) {
        status = job.compresses_bands ? cm_join_bands(&job, zlib_stream) : cm_compress_whole(&job, zlib_stream);
    }
    if (status == -2) cm_set_error(errors, "libdeflate wrote a stream this writer cannot join");
    else if (status != 0) cm_set_error(errors, "out of memory compressing a %dx%d image", image->width, image->height);
    for (int index = 0; job.bands != NULL && index < task_count; index++) free(job.bands[index].compressed);
    free(job.bands);
    free(job.filtered);
    return status == 0 ? 0 : -1;
}
