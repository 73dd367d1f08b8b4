#include "png_internal.h"

#include <stdlib.h>
#include <string.h>

/*
 * Joining independently compressed deflate streams into one (RFC 1951).
 *
 * libdeflate compresses whole buffers and always marks its last block final; it cannot flush mid-stream as zlib's
 * Z_FULL_FLUSH does. A final block stops every decoder, so to put several streams one after the other, the last
 * block of each but the last stream must lose its BFINAL bit. Where that block starts is not recorded anywhere:
 * this file walks the stream's blocks to find it. The walk decodes Huffman symbols but copies no data, so it
 * costs in proportion to the compressed size, a small fraction of compressing.
 */

/* Reads the stream LSB first, as deflate packs it. */
typedef struct {
    const unsigned char *bytes;
    size_t length;
    size_t bit;
} cm_bit_reader;

/* The next 57 or more bits at the reader's position (zeros past the end). */
static inline uint64_t cm_peek(const cm_bit_reader *reader) {
    size_t byte = reader->bit >> 3;
    uint64_t word = 0;
    if (byte + 8 <= reader->length) {
        const unsigned char *b = reader->bytes + byte;
        word = (uint64_t)b[0] | (uint64_t)b[1] << 8 | (uint64_t)b[2] << 16 | (uint64_t)b[3] << 24 |
               (uint64_t)b[4] << 32 | (uint64_t)b[5] << 40 | (uint64_t)b[6] << 48 | (uint64_t)b[7] << 56;
    } else {
        for (size_t i = 0; byte + i < reader->length; i++) word |= (uint64_t)reader->bytes[byte + i] << (8 * i);
    }
    return word >> (reader->bit & 7);
}

static inline unsigned cm_take(cm_bit_reader *reader, int count) {
    unsigned value = (unsigned)(cm_peek(reader) & ((1u << count) - 1));
    reader->bit += (size_t)count;
    return value;
}

enum { CM_MAX_CODE_LENGTH = 15, CM_TABLE_SIZE = 1 << CM_MAX_CODE_LENGTH };

/* A decoding table indexed by the next max_length bits: entry = symbol << 4 | code length, 0 for no code. */
typedef struct {
    uint16_t *entries;
    int max_length;
} cm_huffman;

/* Builds the canonical code of RFC 1951 section 3.2.2. Returns -1 for an over-subscribed code. */
static int cm_build(cm_huffman *code, const unsigned char *lengths, int symbol_count) {
    int counts[CM_MAX_CODE_LENGTH + 1] = {0};
    for (int symbol = 0; symbol < symbol_count; symbol++) counts[lengths[symbol]]++;
    counts[0] = 0;
    int max_length = 1, left = 1;
    for (int length = 1; length <= CM_MAX_CODE_LENGTH; length++) {
        left = (left << 1) - counts[length];
        if (left < 0) return -1;
        if (counts[length] > 0) max_length = length;
    }
    int next_code[CM_MAX_CODE_LENGTH + 1];
    int code_value = 0;
    for (int length = 1; length <= CM_MAX_CODE_LENGTH; length++) {
        code_value = (code_value + counts[length - 1]) << 1;
        next_code[length] = code_value;
    }
    int size = 1 << max_length;
    memset(code->entries, 0, sizeof(uint16_t) * (size_t)size);
    for (int symbol = 0; symbol < symbol_count; symbol++) {
        int length = lengths[symbol];
        if (length == 0) continue;
        unsigned value = (unsigned)next_code[length]++, reversed = 0;
        for (int bit = 0; bit < length; bit++) reversed |= ((value >> bit) & 1u) << (length - 1 - bit);
        for (unsigned index = reversed; index < (unsigned)size; index += 1u << length) {
            code->entries[index] = (uint16_t)(symbol << 4 | length);
        }
    }
    code->max_length = max_length;
    return 0;
}

/* Decodes one symbol, or returns -1 for bits that are no code. */
static inline int cm_decode(cm_bit_reader *reader, const cm_huffman *code) {
    unsigned entry = code->entries[cm_peek(reader) & ((1u << code->max_length) - 1)];
    if ((entry & 15) == 0) return -1;
    reader->bit += entry & 15;
    return (int)(entry >> 4);
}

static const unsigned char cm_length_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                  2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const unsigned char cm_distance_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                                                    6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

/* Reads a dynamic block's code lengths (RFC 1951 section 3.2.7) and builds its two codes. */
static int cm_read_dynamic(cm_bit_reader *reader, cm_huffman *literals, cm_huffman *distances) {
    static const unsigned char order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    int literal_count = (int)cm_take(reader, 5) + 257;
    int distance_count = (int)cm_take(reader, 5) + 1;
    int precode_count = (int)cm_take(reader, 4) + 4;
    if (literal_count > 286 || distance_count > 30) return -1;
    unsigned char precode_lengths[19] = {0};
    for (int index = 0; index < precode_count; index++) {
        precode_lengths[order[index]] = (unsigned char)cm_take(reader, 3);
    }
    /* The precode uses the distance table's storage: it is rebuilt right after. */
    if (cm_build(distances, precode_lengths, 19) != 0) return -1;
    unsigned char lengths[286 + 30];
    int total = literal_count + distance_count;
    for (int index = 0; index < total;) {
        int symbol = cm_decode(reader, distances);
        if (symbol < 0) return -1;
        if (symbol < 16) {
            lengths[index++] = (unsigned char)symbol;
            continue;
        }
        int repeat;
        unsigned char value = 0;
        if (symbol == 16) {
            if (index == 0) return -1;
            value = lengths[index - 1];
            repeat = 3 + (int)cm_take(reader, 2);
        } else if (symbol == 17) {
            repeat = 3 + (int)cm_take(reader, 3);
        } else {
            repeat = 11 + (int)cm_take(reader, 7);
        }
        if (index + repeat > total) return -1;
        while (repeat-- > 0) lengths[index++] = value;
    }
    if (lengths[256] == 0) return -1;
    if (cm_build(literals, lengths, literal_count) != 0) return -1;
    return cm_build(distances, lengths + literal_count, distance_count);
}

static void cm_fixed_codes(cm_huffman *literals, cm_huffman *distances) {
    unsigned char lengths[288];
    for (int symbol = 0; symbol < 288; symbol++) {
        lengths[symbol] = symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8;
    }
    cm_build(literals, lengths, 288);
    for (int symbol = 0; symbol < 30; symbol++) lengths[symbol] = 5;
    cm_build(distances, lengths, 30);
}

/* Skips a compressed block's symbols up to and including end-of-block. The hot loop of the walk: it works on a
 * local copy of the position, and reads a whole 64-bit word only near the end of the stream byte by byte. */
static int cm_skip_symbols(cm_bit_reader *reader, const cm_huffman *literals, const cm_huffman *distances) {
    const unsigned char *bytes = reader->bytes;
    size_t limit = reader->length * 8, fast_end = reader->length >= 8 ? (reader->length - 8) * 8 : 0;
    size_t bit = reader->bit;
    const uint16_t *literal_entries = literals->entries, *distance_entries = distances->entries;
    uint64_t literal_mask = (1u << literals->max_length) - 1, distance_mask = (1u << distances->max_length) - 1;
    for (;;) {
        uint64_t window;
        if (bit < fast_end) {
            const unsigned char *b = bytes + (bit >> 3);
            window = ((uint64_t)b[0] | (uint64_t)b[1] << 8 | (uint64_t)b[2] << 16 | (uint64_t)b[3] << 24 |
                      (uint64_t)b[4] << 32 | (uint64_t)b[5] << 40 | (uint64_t)b[6] << 48 |
                      (uint64_t)b[7] << 56) >> (bit & 7);
        } else {
            cm_bit_reader tail = {bytes, reader->length, bit};
            window = cm_peek(&tail);
        }
        /* 57 bits in the window: a literal/length code (15), its extra bits (5), a distance code (15) and its
         * extra bits (13) fit together. */
        unsigned entry = literal_entries[window & literal_mask];
        unsigned length = entry & 15, symbol = entry >> 4;
        if (length == 0) return -1;
        bit += length;
        window >>= length;
        if (symbol < 256) {
            if (bit > limit) return -1;
            continue;
        }
        if (symbol == 256) break;
        if (symbol > 285) return -1;
        unsigned extra = cm_length_extra[symbol - 257];
        bit += extra;
        window >>= extra;
        entry = distance_entries[window & distance_mask];
        length = entry & 15;
        symbol = entry >> 4;
        if (length == 0 || symbol >= 30) return -1;
        bit += length + cm_distance_extra[symbol];
        if (bit > limit) return -1;
    }
    if (bit > limit) return -1;
    reader->bit = bit;
    return 0;
}

/* Finds the bit offsets where the last block starts and where the stream's blocks end. */
static int cm_find_last_block(const unsigned char *stream, size_t length, size_t *last_header, size_t *end_bit) {
    uint16_t *storage = (uint16_t *)malloc(sizeof(uint16_t) * CM_TABLE_SIZE * 2);
    if (storage == NULL) return -1;
    cm_huffman literals = {storage, 1}, distances = {storage + CM_TABLE_SIZE, 1};
    cm_bit_reader reader = {stream, length, 0};
    int status = 0;
    for (;;) {
        size_t header = reader.bit;
        unsigned is_final = cm_take(&reader, 1), type = cm_take(&reader, 2);
        if (type == 0) {
            reader.bit = (reader.bit + 7) & ~(size_t)7;
            size_t byte = reader.bit >> 3;
            if (byte + 4 > length) { status = -1; break; }
            size_t stored = (size_t)stream[byte] | (size_t)stream[byte + 1] << 8;
            size_t check = (size_t)stream[byte + 2] | (size_t)stream[byte + 3] << 8;
            if ((stored ^ 0xffff) != check || byte + 4 + stored > length) { status = -1; break; }
            reader.bit += (4 + stored) * 8;
        } else if (type == 1) {
            cm_fixed_codes(&literals, &distances);
            if (cm_skip_symbols(&reader, &literals, &distances) != 0) { status = -1; break; }
        } else if (type == 2) {
            if (cm_read_dynamic(&reader, &literals, &distances) != 0 ||
                cm_skip_symbols(&reader, &literals, &distances) != 0) { status = -1; break; }
        } else {
            status = -1;
            break;
        }
        if (reader.bit > length * 8) { status = -1; break; }
        if (is_final) {
            *last_header = header;
            *end_bit = reader.bit;
            break;
        }
    }
    free(storage);
    return status;
}

int cm_deflate_make_joinable(unsigned char *stream, size_t *length) {
    size_t last_header = 0, end_bit = 0;
    if (cm_find_last_block(stream, *length, &last_header, &end_bit) != 0) return -1;
    stream[last_header >> 3] &= (unsigned char)~(1u << (last_header & 7));
    /* An empty stored block: three zero header bits (not final, stored), zeros up to the byte boundary, then
     * LEN = 0 and NLEN = 0xffff. The next stream then starts on a byte boundary, as it was written to. */
    size_t header_end = (end_bit + 3 + 7) >> 3;
    for (size_t byte = end_bit >> 3; byte < header_end; byte++) {
        unsigned keep = byte == (end_bit >> 3) ? (end_bit & 7) : 0;
        stream[byte] = byte < *length ? (unsigned char)(stream[byte] & ((1u << keep) - 1)) : 0;
    }
    stream[header_end] = 0;
    stream[header_end + 1] = 0;
    stream[header_end + 2] = 0xff;
    stream[header_end + 3] = 0xff;
    *length = header_end + 4;
    return 0;
}

uint32_t cm_adler32_combine(uint32_t first, uint32_t second, size_t second_length) {
    const uint32_t base = 65521;
    uint32_t remainder = (uint32_t)(second_length % base);
    uint32_t sum1 = first & 0xffff;
    uint32_t sum2 = (uint32_t)(((uint64_t)remainder * sum1) % base);
    sum1 += (second & 0xffff) + base - 1;
    sum2 += ((first >> 16) & 0xffff) + ((second >> 16) & 0xffff) + base - remainder;
    if (sum1 >= base) sum1 -= base;
    if (sum1 >= base) sum1 -= base;
    if (sum2 >= (base << 1)) sum2 -= (base << 1);
    if (sum2 >= base) sum2 -= base;
    return sum1 | (sum2 << 16);
}
