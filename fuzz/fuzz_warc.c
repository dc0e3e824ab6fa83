/*
 * fuzz_warc.c — bytes -> warta_warc_new + warta_warc_next (plain or gzipped,
 * read in chunks of fuzzed sizes) -> every HTML payload -> warta_html_extract.
 *
 * Input layout (seeds: fuzz/seeds.sh; regressions: tests/regress/warc/):
 *   byte 0        control bits
 *                   0x03 how the rest is given to the reader:
 *                        0 as it is (it may be gzip data itself)
 *                        1 gzipped here as one gzip member
 *                        2 gzipped here one member per record (a member
 *                          starts at each line beginning "WARC/"), as
 *                          WARC writers do
 *                        3 the same, the last member cut in half
 *                   0x04 the read function fails (-1) at the end instead of
 *                        returning 0
 *                   0x08 payloads read with WARTA_HTML_ALL_TEXT
 *                   0xF0 chunking: 0 the read function fills what it is
 *                        asked for; k > 0 it returns 1 .. 2^k bytes a call,
 *                        sizes drawn from a generator seeded by byte 1
 *   byte 1        the chunk size seed
 *   the rest      the WARC data
 *
 * What must hold, else abort:
 *   - warta_warc_next returns 1, 0 or -1; after 0 it returns 0 again; the
 *     loop ends within a bound linear in the input (no record is read twice);
 *   - records are numbered 1, 2, ... in order (a bad record takes its
 *     number too); offsets lie inside the input and do not go back;
 *     payload_len is within WARTA_MAX_PAGE_BYTES and strings are
 *     NUL-terminated;
 *   - an error has a message naming a byte and, when it is about a record,
 *     "record N" with that record's number; errcode is a failure status,
 *     errpos inside the input or -1; after a read error the next call
 *     returns 0, and with 0x04 a read error is reported before the end;
 *   - gzipped() says whether the input starts with the gzip magic;
 *   - bytes_read never passes the input's size and reaches it at the end;
 *   - the same input read whole, without chunking, gives the same sequence of
 *     records and errors (numbers, offsets, fields, payload bytes, error
 *     codes and positions): buffering does not change what is read;
 *   - each HTML payload passes the page checks of fuzz_page.h.
 */
#include <zlib.h>

#include "fuzz.h"
#include "fuzz_page.h"
#include "warta.h"

static warta_html *reader;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  reader = warta_html_new();
  if (!reader) abort();
  return 0;
}

/* ------------------------------------------------------------ input */

typedef struct src {
  const unsigned char *p;
  size_t n, at;
  int chunk_bits; /* 0: no chunking */
  uint32_t rng;
  bool fail_at_end, failed;
  size_t calls;
} src;

static long src_read(void *ctx, char *buf, size_t len) {
  src *s = ctx;
  s->calls++;
  FUZZ_CHECK(!s->failed, "read called again after it failed");
  FUZZ_CHECK(len > 0, "read asked for 0 bytes");
  if (s->at == s->n) {
    if (s->fail_at_end) {
      s->failed = true;
      return -1;
    }
    return 0;
  }
  size_t k = s->n - s->at;
  if (k > len) k = len;
  if (s->chunk_bits) {
    s->rng ^= s->rng << 13;
    s->rng ^= s->rng >> 17;
    s->rng ^= s->rng << 5;
    size_t c = 1 + (s->rng & ((1u << s->chunk_bits) - 1));
    if (k > c) k = c;
  }
  memcpy(buf, s->p + s->at, k);
  s->at += k;
  return (long)k;
}

/* gzip of p[0..n) appended to out. */
static void gz_append(const unsigned char *p, size_t n, unsigned char **out, size_t *olen, size_t *ocap) {
  z_stream z;
  memset(&z, 0, sizeof z);
  if (deflateInit2(&z, 6, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY) != Z_OK) abort();
  size_t bound = deflateBound(&z, (uLong)n) + 32;
  if (*olen + bound > *ocap) {
    size_t cap = *ocap ? *ocap : 4096;
    while (cap < *olen + bound) cap *= 2;
    unsigned char *q = realloc(*out, cap);
    if (!q) abort();
    *out = q;
    *ocap = cap;
  }
  z.next_in = (Bytef *)(uintptr_t)p;
  z.avail_in = (uInt)n;
  z.next_out = *out + *olen;
  z.avail_out = (uInt)(*ocap - *olen);
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) abort();
  *olen += (size_t)(z.next_out - (*out + *olen));
  deflateEnd(&z);
}

/* Where the gzip members start in per-record mode: 0 and each line start
 * beginning "WARC/". */
static unsigned char *gzip_input(const unsigned char *p, size_t n, int mode, size_t *outlen) {
  unsigned char *out = NULL;
  size_t olen = 0, ocap = 0, last = 0;
  if (mode == 1) {
    gz_append(p, n, &out, &olen, &ocap);
  } else {
    size_t start = 0;
    for (size_t i = 1; i <= n; i++) {
      bool cut = i == n || (p[i - 1] == '\n' && n - i >= 5 && !memcmp(p + i, "WARC/", 5));
      if (!cut) continue;
      last = olen;
      gz_append(p + start, i - start, &out, &olen, &ocap);
      start = i;
    }
    if (mode == 3 && olen > last) olen = last + (olen - last) / 2;
  }
  *outlen = olen;
  return out;
}

/* ------------------------------------------------------------ a trace */

/* What one warta_warc_next call gave, to compare a chunked read with a
 * whole one. */
typedef struct ev {
  int r;
  uint64_t number, offset, length;
  int status, html, errcode;
  int64_t errpos;
  size_t payload_len;
  bool payload;
  uint64_t hash; /* of the strings and the payload */
} ev;

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
  const unsigned char *c = p;
  for (size_t i = 0; i < n; i++) h = (h ^ c[i]) * 1099511628211ull;
  return h;
}

static uint64_t fnv_str(uint64_t h, const char *s) {
  if (!s) return fnv(h, "\xff", 1);
  return fnv(h, s, strlen(s) + 1);
}

static bool mentions(const char *msg, const char *word, uint64_t num) {
  char pat[48];
  snprintf(pat, sizeof pat, "%s %llu", word, (unsigned long long)num);
  const char *m = strstr(msg, pat);
  /* "record 1" must not be the start of "record 12" */
  while (m) {
    char c = m[strlen(pat)];
    if (c < '0' || c > '9') return true;
    m = strstr(m + 1, pat);
  }
  return false;
}

/* Reads the whole input through one reader; fills evs (up to cap). */
static size_t run(src *s, size_t filelen, bool with_html, unsigned html_flags, ev *evs, size_t cap) {
  warta_warc *w = warta_warc_new(src_read, s);
  if (!w) abort();
  size_t nev = 0;
  uint64_t number = 0, last_off = 0;
  bool ended = false, io_seen = false;
  size_t bound = 2 * filelen + 64;
  for (size_t calls = 0;; calls++) {
    FUZZ_CHECK(calls <= bound, "still reading after %zu calls on %zu bytes", calls, filelen);
    warta_warc_record rec;
    int r = warta_warc_next(w, &rec);
    FUZZ_CHECK(r == 1 || r == 0 || r == -1, "warta_warc_next returned %d", r);
    FUZZ_CHECK(warta_warc_bytes_read(w) <= filelen, "bytes_read %llu of %zu", (unsigned long long)warta_warc_bytes_read(w),
               filelen);
    ev e;
    memset(&e, 0, sizeof e);
    e.r = r;
    const char *msg = warta_warc_errmsg(w);
    FUZZ_CHECK(msg != NULL, "no message");
    if (r == 0) {
      if (s->fail_at_end && s->failed) FUZZ_CHECK(io_seen, "the read error was never reported");
      /* the end stays the end */
      for (int k = 0; k < 2; k++) FUZZ_CHECK(warta_warc_next(w, &rec) == 0, "a record after the end");
      if (!s->fail_at_end)
        FUZZ_CHECK(warta_warc_bytes_read(w) == filelen, "the end after %llu of %zu bytes",
                   (unsigned long long)warta_warc_bytes_read(w), filelen);
      ended = true;
    } else if (r == -1) {
      int code = warta_warc_errcode(w);
      int64_t pos = warta_warc_errpos(w);
      FUZZ_CHECK(code == WARTA_ERR_SYNTAX || code == WARTA_ERR_LIMIT || code == WARTA_ERR_IO,
                 "error code %d: %s", code, msg);
      FUZZ_CHECK(msg[0], "an error without a message");
      FUZZ_CHECK(strstr(msg, "byte"), "the message names no byte: %s", msg);
      FUZZ_CHECK(pos >= -1 && (pos == -1 || (uint64_t)pos <= filelen), "errpos %lld of %zu: %s", (long long)pos,
                 filelen, msg);
      if (code != WARTA_ERR_IO) FUZZ_CHECK(pos >= 0, "a record error without a position: %s", msg);
      if (rec.number) {
        FUZZ_CHECK(rec.number == number + 1, "error about record %llu after record %llu",
                   (unsigned long long)rec.number, (unsigned long long)number);
        FUZZ_CHECK(mentions(msg, "record", rec.number), "the message does not name record %llu: %s",
                   (unsigned long long)rec.number, msg);
        FUZZ_CHECK(rec.offset >= last_off && rec.offset <= filelen, "record %llu at %llu (last %llu, size %zu)",
                   (unsigned long long)rec.number, (unsigned long long)rec.offset, (unsigned long long)last_off,
                   filelen);
        number = rec.number;
        last_off = rec.offset;
      } else if (code != WARTA_ERR_IO) {
        FUZZ_CHECK(strstr(msg, "record"), "the message names no record: %s", msg);
      }
      if (code == WARTA_ERR_IO) {
        io_seen = true;
        FUZZ_CHECK(s->failed, "a read error that did not happen: %s", msg);
        FUZZ_CHECK(warta_warc_next(w, &rec) == 0, "a record after a read error");
      }
      e.number = rec.number;
      e.offset = rec.offset;
      e.errcode = code;
      e.errpos = pos;
    } else {
      FUZZ_CHECK(rec.number == number + 1, "record %llu after record %llu", (unsigned long long)rec.number,
                 (unsigned long long)number);
      FUZZ_CHECK(rec.offset >= last_off && rec.offset < filelen, "record %llu at %llu (last %llu, size %zu)",
                 (unsigned long long)rec.number, (unsigned long long)rec.offset, (unsigned long long)last_off,
                 filelen);
      FUZZ_CHECK(msg[0] == 0 && warta_warc_errcode(w) == WARTA_OK, "a record with the error '%s'", msg);
      number = rec.number;
      last_off = rec.offset;
      FUZZ_CHECK(!rec.payload || rec.payload_len <= WARTA_MAX_PAGE_BYTES, "payload of %zu bytes", rec.payload_len);
      FUZZ_CHECK(rec.payload || rec.payload_len == 0, "no payload but a length %zu", rec.payload_len);
      uint64_t h = 1469598103934665603ull;
      h = fnv_str(h, rec.type);
      h = fnv_str(h, rec.uri);
      h = fnv_str(h, rec.date);
      h = fnv_str(h, rec.record_id);
      h = fnv_str(h, rec.content_type);
      if (rec.payload) h = fnv(h, rec.payload, rec.payload_len);
      e.number = rec.number;
      e.offset = rec.offset;
      e.length = rec.length;
      e.status = rec.status;
      e.html = rec.html;
      e.payload = rec.payload != NULL;
      e.payload_len = rec.payload_len;
      e.hash = h;
      /* the HTML reader on every HTML payload (up to 2 MiB: a gzip bomb
       * inflates a small input a thousandfold, and the page reader's time
       * on 64 MiB is not what this target looks at) */
      if (with_html && rec.payload && rec.html && rec.payload_len <= (2u << 20)) {
        warta_page pg;
        int hr = warta_html_extract(reader, rec.payload, rec.payload_len, rec.content_type, rec.uri, html_flags, &pg);
        fuzz_check_page(reader, hr, &pg, rec.payload, rec.payload_len, rec.uri);
      }
    }
    if (nev < cap) evs[nev++] = e;
    if (ended) break;
  }
  if (warta_warc_bytes_read(w) >= 2 && s->n >= 2)
    FUZZ_CHECK(warta_warc_gzipped(w) == (s->p[0] == 0x1f && s->p[1] == 0x8b), "gzipped() says %d",
               warta_warc_gzipped(w));
  warta_warc_free(w);
  return nev;
}

enum { MAX_EV = 4096 };
static ev ev_a[MAX_EV], ev_b[MAX_EV];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!reader) LLVMFuzzerInitialize(NULL, NULL);
  if (size < 2) return 0;
  unsigned ctl = data[0];
  int mode = ctl & 3;
  const unsigned char *p = data + 2;
  size_t n = size - 2;
  unsigned char *gz = NULL;
  if (mode) {
    p = gz = gzip_input(p, n, mode, &n);
    if (!gz) p = (const unsigned char *)"", n = 0;
  }
  /* an exact-size copy, so that ASan sees a read past its end */
  unsigned char *in = malloc(n ? n : 1);
  if (!in) abort();
  memcpy(in, p, n);
  free(gz);

  src a = {in, n, 0, (int)(ctl >> 4), data[1] | 0x100u, (ctl & 4) != 0, false, 0};
  if (a.chunk_bits > 15) a.chunk_bits = 15;
  size_t na = run(&a, n, true, (ctl & 8) ? WARTA_HTML_ALL_TEXT : 0, ev_a, MAX_EV);
  if (a.chunk_bits) {
    src b = {in, n, 0, 0, 1, (ctl & 4) != 0, false, 0};
    size_t nb = run(&b, n, false, 0, ev_b, MAX_EV);
    FUZZ_CHECK(na == nb, "%zu calls read in chunks of up to %d bytes, %zu read whole", na, 1 << a.chunk_bits, nb);
    for (size_t i = 0; i < na; i++) {
      const ev *x = &ev_a[i], *y = &ev_b[i];
      FUZZ_CHECK(x->r == y->r && x->number == y->number && x->offset == y->offset && x->length == y->length &&
                     x->status == y->status && x->html == y->html && x->errcode == y->errcode &&
                     x->errpos == y->errpos && x->payload == y->payload && x->payload_len == y->payload_len &&
                     x->hash == y->hash,
                 "call %zu differs read in chunks of up to %d bytes: returned %d/%d, record %llu/%llu at %llu/%llu, "
                 "error %d/%d at %lld/%lld, payload %zu/%zu",
                 i, 1 << a.chunk_bits, x->r, y->r, (unsigned long long)x->number, (unsigned long long)y->number,
                 (unsigned long long)x->offset, (unsigned long long)y->offset, x->errcode, y->errcode,
                 (long long)x->errpos, (long long)y->errpos, x->payload_len, y->payload_len);
    }
  }
  free(in);
  return 0;
}
