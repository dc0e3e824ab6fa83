/*
 * warc.c — a streaming reader of WARC 1.0 / 1.1 archives, plain or gzipped.
 *
 * Layers, bottom up:
 *   raw      bytes from the caller's read function
 *   decoded  the same bytes (plain .warc), or the output of zlib's inflate
 *            over the gzip members of a .warc.gz, one member after another
 *            (writers put one record in each member; a file gzipped whole
 *            is one member and is read the same way)
 *   records  "WARC/1.x" header lines up to a blank line, then a block of
 *            Content-Length bytes, then "\r\n\r\n"
 *   payload  for a response: the HTTP status line and headers, then the body
 *            with chunked transfer coding and gzip/deflate content coding
 *            undone; for a resource: the block itself
 *
 * Recovery.  A record whose header is malformed, whose Content-Length is
 * wrong (too long: the next record's header turns up inside the block; too
 * short: no "\r\n\r\n" after it) or whose bytes end early is reported with
 * its number and byte offset, and reading goes on at the next place where a
 * line starts with "WARC/1." — found by a scan, never trusted from the bad
 * length.  Corrupt gzip data ends its member: the reader looks for the next
 * gzip member header (1f 8b 08) and goes on from there.  A truncated last
 * member is reported as such.  Records before and after a bad one are never
 * lost.
 *
 * Speed: with libdeflate (when the build found it), a gzip member that lies
 * whole in the read buffer is inflated in one call, about twice as fast as
 * zlib's inflate and with a faster CRC; anything it does not take (a member
 * longer than the buffer, a decoded record over 1 MB, corrupt data) is
 * inflated by zlib from the member's start, exactly as without it.
 *
 * Memory: the decoded window holds the current record (a block up to
 * WARTA_MAX_PAGE_BYTES plus headers); larger records are skipped in a stream
 * with their payload reported as NULL.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#ifdef WARTA_HAVE_LIBDEFLATE
#include <libdeflate.h>
#endif

#include "../alloc.h"
#include "ingest.h"

enum {
  RAW_CAP = 256 * 1024,
  MAX_HEADER = 64 * 1024,       /* a WARC or HTTP header block */
  LOAD_MAX = WARTA_MAX_PAGE_BYTES + 2 * MAX_HEADER, /* blocks up to this are held whole */
  MAX_MEMBERS = 4096
};

enum { M_UNKNOWN, M_PLAIN, M_GZIP };

struct warta_warc {
  warta_read_fn read;
  void *ctx;
  int fd;
  /* raw input (gzip mode, and the first bytes in any mode) */
  unsigned char *raw;
  size_t raw_lo, raw_hi;
  uint64_t raw_off;  /* file offset of raw[raw_lo] */
  bool raw_eof;
  int mode;
  z_stream z;
  bool z_ready, in_member;
#ifdef WARTA_HAVE_LIBDEFLATE
  struct libdeflate_decompressor *ld; /* NULL: not made yet, or no memory */
  bool ld_none;                       /* it could not be made: zlib only */
#endif
  uint64_t member_off; /* file offset of the current member */
  /* decoded window: d[0..d_hi) holds decoded bytes from offset d_base */
  char *d;
  size_t d_hi, d_cap;
  uint64_t d_base;
  bool d_eof;
  /* a stretch of lost data (corrupt gzip) just before decoded offset gap_at */
  bool gap;
  uint64_t gap_at;
  char gap_msg[192];
  /* where gzip members start: decoded offset -> file offset */
  uint64_t mem_dec[MAX_MEMBERS], mem_raw[MAX_MEMBERS];
  size_t nmem;
  /* records */
  uint64_t pos; /* decoded offset of the next record */
  uint64_t number;
  wt_buf strs, payload;
  bool dead;
  bool ioerr; /* a read failed: what was read before is still delivered, then this is reported */
  char iomsg[96];
  int errcode;
  int64_t errpos;
  char err[320];
};

static long fd_read(void *ctx, char *buf, size_t len) {
  int fd = *(int *)ctx;
  for (;;) {
    ssize_t r = read(fd, buf, len);
    if (r >= 0) return (long)r;
    if (errno != EINTR) return -1;
  }
}

warta_warc *warta_warc_new(warta_read_fn read, void *ctx) {
  if (!read) return NULL;
  warta_warc *w = wt_calloc(1, sizeof *w);
  if (!w) return NULL;
  w->raw = wt_malloc(RAW_CAP);
  if (!w->raw) {
    wt_free(w);
    return NULL;
  }
  w->read = read;
  w->ctx = ctx;
  w->errpos = -1;
  return w;
}

warta_warc *warta_warc_new_fd(int fd) {
  warta_warc *w = warta_warc_new(fd_read, NULL);
  if (!w) return NULL;
  w->fd = fd;
  w->ctx = &w->fd;
  return w;
}

void warta_warc_free(warta_warc *w) {
  if (!w) return;
  if (w->z_ready) inflateEnd(&w->z);
#ifdef WARTA_HAVE_LIBDEFLATE
  if (w->ld) libdeflate_free_decompressor(w->ld);
#endif
  wt_free(w->raw);
  wt_free(w->d);
  wt_buf_free(&w->strs);
  wt_buf_free(&w->payload);
  wt_free(w);
}

const char *warta_warc_errmsg(const warta_warc *w) { return w ? w->err : "no WARC reader"; }
int warta_warc_errcode(const warta_warc *w) { return w ? w->errcode : WARTA_ERR_ARG; }
int64_t warta_warc_errpos(const warta_warc *w) { return w ? w->errpos : -1; }
int warta_warc_gzipped(const warta_warc *w) { return w && w->mode == M_GZIP; }
uint64_t warta_warc_bytes_read(const warta_warc *w) {
  return w ? w->raw_off + (w->raw_hi - w->raw_lo) : 0;
}

static int fail(warta_warc *w, int code, int64_t pos, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static int fail(warta_warc *w, int code, int64_t pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(w->err, sizeof w->err, fmt, ap);
  va_end(ap);
  w->errcode = code;
  w->errpos = pos;
  if (code == WARTA_ERR_IO || code == WARTA_ERR_NOMEM) w->dead = true;
  return -1;
}

/* The file offset to name for decoded offset x: itself for a plain file,
 * the start of the gzip member x lies in for a .warc.gz. */
static uint64_t file_pos(const warta_warc *w, uint64_t x) {
  if (w->mode != M_GZIP) return x;
  uint64_t r = 0;
  for (size_t i = 0; i < w->nmem; i++) {
    if (w->mem_dec[i] > x) break;
    r = w->mem_raw[i];
  }
  return r;
}

/* ------------------------------------------------------------ raw bytes */

/* Reads more raw bytes; false at the end or on error (w->dead then). */
static bool raw_more(warta_warc *w) {
  if (w->raw_eof) return false;
  if (w->raw_lo > 0) {
    memmove(w->raw, w->raw + w->raw_lo, w->raw_hi - w->raw_lo);
    w->raw_hi -= w->raw_lo;
    w->raw_lo = 0;
  }
  if (w->raw_hi == RAW_CAP) return true;
  long r = w->read(w->ctx, (char *)w->raw + w->raw_hi, RAW_CAP - w->raw_hi);
  if (r < 0) {
    w->raw_eof = true;
    w->ioerr = true;
    snprintf(w->iomsg, sizeof w->iomsg, "read error at byte %llu",
             (unsigned long long)(w->raw_off + (w->raw_hi - w->raw_lo)));
    return false;
  }
  if (r == 0) {
    w->raw_eof = true;
    return false;
  }
  w->raw_hi += (size_t)r;
  return true;
}

static void raw_skip(warta_warc *w, size_t n) {
  w->raw_lo += n;
  w->raw_off += n;
}

/* ------------------------------------------------------- decoded window */

static bool room(warta_warc *w, size_t n) {
  if (w->d_hi + n <= w->d_cap) return true;
  size_t cap = w->d_cap ? w->d_cap : 256 * 1024;
  while (cap < w->d_hi + n) cap *= 2;
  char *d = wt_realloc(w->d, cap);
  if (!d) return false;
  w->d = d;
  w->d_cap = cap;
  return true;
}

static void add_member(warta_warc *w, uint64_t dec, uint64_t raw) {
  if (w->nmem == MAX_MEMBERS) {
    /* forget the oldest half that lie before the window */
    size_t k = 0;
    while (k + 1 < w->nmem && w->mem_dec[k + 1] <= w->d_base) k++;
    if (k == 0) k = MAX_MEMBERS / 2;
    memmove(w->mem_dec, w->mem_dec + k, (w->nmem - k) * sizeof w->mem_dec[0]);
    memmove(w->mem_raw, w->mem_raw + k, (w->nmem - k) * sizeof w->mem_raw[0]);
    w->nmem -= k;
  }
  w->mem_dec[w->nmem] = dec;
  w->mem_raw[w->nmem] = raw;
  w->nmem++;
}

/* Marks lost data just before the current end of the decoded stream. */
static void set_gap(warta_warc *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void set_gap(warta_warc *w, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(w->gap_msg, sizeof w->gap_msg, fmt, ap);
  va_end(ap);
  w->gap = true;
  w->gap_at = w->d_base + w->d_hi;
}

/* Looks for the next gzip member header in the raw input, discarding what
 * comes before it.  True when one is at raw[raw_lo]. */
static bool nonzero(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i]) return true;
  return false;
}

static bool find_member(warta_warc *w, bool *junk) {
  for (;;) {
    while (w->raw_hi - w->raw_lo >= 3) {
      unsigned char *p = memchr(w->raw + w->raw_lo, 0x1f, w->raw_hi - w->raw_lo - 2);
      if (!p) {
        if (nonzero(w->raw + w->raw_lo, w->raw_hi - w->raw_lo - 2)) *junk = true;
        raw_skip(w, w->raw_hi - w->raw_lo - 2);
        break;
      }
      if (nonzero(w->raw + w->raw_lo, (size_t)(p - (w->raw + w->raw_lo)))) *junk = true;
      raw_skip(w, (size_t)(p - (w->raw + w->raw_lo)));
      if (p[1] == 0x8b && p[2] == 0x08) return true;
      *junk = true;
      raw_skip(w, 1);
    }
    if (!raw_more(w)) {
      if (nonzero(w->raw + w->raw_lo, w->raw_hi - w->raw_lo)) *junk = true;
      raw_skip(w, w->raw_hi - w->raw_lo);
      return false;
    }
  }
}

#ifdef WARTA_HAVE_LIBDEFLATE
/* The gzip member at raw[raw_lo] inflated whole by libdeflate, when it lies
 * in the read buffer and decodes to at most LD_OUT bytes: true when done
 * (the member consumed, its bytes in the window); false leaves everything
 * as it was, for zlib. */
enum { LD_OUT = 1 << 20 };

static bool member_whole(warta_warc *w) {
  if (!w->ld && !w->ld_none && !(w->ld = libdeflate_alloc_decompressor())) w->ld_none = true;
  if (!w->ld) return false;
  /* the buffer is topped up when a quarter of it is left (moving what is
   * left to its front), and again if the member did not fit */
  for (int tries = 0; tries < 2; tries++) {
    if (tries == 1 && (w->raw_eof || w->raw_hi - w->raw_lo == RAW_CAP)) return false;
    if (tries == 1 || w->raw_hi - w->raw_lo < RAW_CAP / 4)
      while (w->raw_hi - w->raw_lo < RAW_CAP && !w->raw_eof && raw_more(w)) {
      }
    if (w->dead || !room(w, LD_OUT)) return false; /* zlib asks for less */
    size_t in_used = 0, out_len = 0;
    size_t space = w->d_cap - w->d_hi;
    if (space > (size_t)LD_OUT * 4) space = (size_t)LD_OUT * 4;
    enum libdeflate_result r = libdeflate_gzip_decompress_ex(w->ld, w->raw + w->raw_lo, w->raw_hi - w->raw_lo,
                                                             w->d + w->d_hi, space, &in_used, &out_len);
    if (r == LIBDEFLATE_INSUFFICIENT_SPACE) return false;
    if (r != LIBDEFLATE_SUCCESS) continue;
    w->member_off = w->raw_off;
    add_member(w, w->d_base + w->d_hi, w->raw_off);
    raw_skip(w, in_used);
    w->d_hi += out_len;
    return true;
  }
  return false;
}
#endif

/* Decodes some more bytes into the window.  False when nothing more will
 * come (the end, a read error, or out of memory). */
static bool decode_more(warta_warc *w) {
  if (w->d_eof || w->dead) return false;
  if (w->mode == M_PLAIN) {
    if (w->raw_hi > w->raw_lo) { /* bytes read while sniffing */
      size_t n = w->raw_hi - w->raw_lo;
      if (!room(w, n)) return fail(w, WARTA_ERR_NOMEM, -1, "out of memory"), false;
      memcpy(w->d + w->d_hi, w->raw + w->raw_lo, n);
      w->d_hi += n;
      raw_skip(w, n);
      return true;
    }
    if (w->raw_eof) {
      w->d_eof = true;
      return false;
    }
    if (!room(w, 256 * 1024)) return fail(w, WARTA_ERR_NOMEM, -1, "out of memory"), false;
    long r = w->read(w->ctx, w->d + w->d_hi, w->d_cap - w->d_hi);
    if (r < 0) {
      w->d_eof = w->raw_eof = true;
      w->ioerr = true;
      snprintf(w->iomsg, sizeof w->iomsg, "read error at byte %llu", (unsigned long long)w->raw_off);
      return false;
    }
    if (r == 0) {
      w->d_eof = w->raw_eof = true;
      return false;
    }
    w->d_hi += (size_t)r;
    w->raw_off += (uint64_t)r;
    return true;
  }
  /* gzip */
  if (!w->in_member) {
    while (w->raw_hi - w->raw_lo < 3 && raw_more(w)) {
    }
    if (w->dead) return false;
    if (w->raw_hi == w->raw_lo && w->raw_eof) {
      w->d_eof = true;
      return false;
    }
    unsigned char *p = w->raw + w->raw_lo;
    if (!(w->raw_hi - w->raw_lo >= 3 && p[0] == 0x1f && p[1] == 0x8b && p[2] == 0x08)) {
      uint64_t at = w->raw_off;
      bool junk = false;
      bool found = find_member(w, &junk);
      if (w->dead) return false;
      /* NUL padding at the end is not an error */
      if (junk || found)
        set_gap(w, "bytes %llu to %llu are not gzip data", (unsigned long long)at, (unsigned long long)w->raw_off);
      if (!found) {
        w->d_eof = true;
        return false;
      }
      return true; /* the gap is reported; decoding goes on at the next call */
    }
#ifdef WARTA_HAVE_LIBDEFLATE
    if (member_whole(w)) return true;
    if (w->dead) return false;
#endif
    if (!w->z_ready) {
      memset(&w->z, 0, sizeof w->z);
      if (inflateInit2(&w->z, 16 + 15) != Z_OK) return fail(w, WARTA_ERR_NOMEM, -1, "out of memory (zlib)"), false;
      w->z_ready = true;
    } else {
      inflateReset2(&w->z, 16 + 15);
    }
    w->in_member = true;
    w->member_off = w->raw_off;
    add_member(w, w->d_base + w->d_hi, w->raw_off);
  }
  if (w->raw_hi == w->raw_lo && !raw_more(w)) {
    if (w->dead) return false;
    /* the file ends inside a member */
    if (w->ioerr)
      set_gap(w, "the gzip member at byte %llu is cut short by a %s", (unsigned long long)w->member_off, w->iomsg);
    else
      set_gap(w, "the gzip member at byte %llu is truncated: the file ends inside it",
              (unsigned long long)w->member_off);
    w->in_member = false;
    w->d_eof = true;
    return false;
  }
  if (!room(w, 256 * 1024)) return fail(w, WARTA_ERR_NOMEM, -1, "out of memory"), false;
  w->z.next_in = w->raw + w->raw_lo;
  w->z.avail_in = (uInt)(w->raw_hi - w->raw_lo);
  w->z.next_out = (Bytef *)w->d + w->d_hi;
  size_t space = w->d_cap - w->d_hi;
  w->z.avail_out = (uInt)(space > (1u << 30) ? (1u << 30) : space);
  uInt out0 = w->z.avail_out;
  int r = inflate(&w->z, Z_NO_FLUSH);
  size_t used = (size_t)(w->z.next_in - (w->raw + w->raw_lo));
  raw_skip(w, used);
  w->d_hi += out0 - w->z.avail_out;
  if (r == Z_STREAM_END) {
    w->in_member = false;
    return true;
  }
  if (r == Z_OK || r == Z_BUF_ERROR) return true;
  if (r == Z_MEM_ERROR) return fail(w, WARTA_ERR_NOMEM, -1, "out of memory (zlib)"), false;
  /* corrupt data: the rest of this member is lost */
  uint64_t bad_at = w->raw_off;
  w->in_member = false;
  bool junk = false;
  bool found = find_member(w, &junk);
  if (w->dead) return false;
  set_gap(w, "corrupt gzip data in the member at byte %llu (zlib: %s, near byte %llu)",
          (unsigned long long)w->member_off, w->z.msg ? w->z.msg : "inflate error", (unsigned long long)bad_at);
  if (!found) w->d_eof = true;
  return true;
}

/* Makes up to `need` bytes available from decoded offset `at` (at >= d_base).
 * Returns how many are available, stopping early at the end of the input
 * and at a gap lying ahead of `at`. */
static size_t fill(warta_warc *w, uint64_t at, size_t need) {
  /* drop what lies before `at` once it is a good part of the window */
  size_t skip = (size_t)(at - w->d_base);
  if (skip > 0 && (skip >= w->d_hi / 2 || skip > (4u << 20))) {
    if (skip > w->d_hi) skip = w->d_hi;
    memmove(w->d, w->d + skip, w->d_hi - skip);
    w->d_hi -= skip;
    w->d_base += skip;
  }
  for (;;) {
    uint64_t end = w->d_base + w->d_hi;
    bool gap_ahead = w->gap && w->gap_at > at;
    if (gap_ahead && w->gap_at < end) end = w->gap_at;
    size_t avail = end > at ? (size_t)(end - at) : 0;
    if (avail >= need) return avail;
    if (gap_ahead && w->gap_at <= w->d_base + w->d_hi) return avail; /* stopped by lost data */
    if (!decode_more(w)) {
      end = w->d_base + w->d_hi;
      if (w->gap && w->gap_at > at && w->gap_at < end) end = w->gap_at;
      return end > at ? (size_t)(end - at) : 0;
    }
  }
}

static inline const char *at_ptr(const warta_warc *w, uint64_t at) { return w->d + (at - w->d_base); }

/* Drops the window up to `at` (no longer needed). */
static void consume(warta_warc *w, uint64_t at) {
  if (at < w->d_base) return;
  size_t k = (size_t)(at - w->d_base);
  if (k >= w->d_hi) {
    w->d_base += w->d_hi;
    w->d_hi = 0;
  } else if (k > (1u << 20)) {
    memmove(w->d, w->d + k, w->d_hi - k);
    w->d_hi -= k;
    w->d_base = at;
  }
}

/* The next place at or after `from` where a record may start: a line
 * beginning "WARC/1.0" or "WARC/1.1", or the first byte after lost data.
 * Returns its decoded offset, or UINT64_MAX at the end of the input. */
static uint64_t resync(warta_warc *w, uint64_t from) {
  uint64_t at = from;
  enum { STEP = 64 * 1024 };
  for (;;) {
    size_t avail = fill(w, at, STEP);
    if (w->dead) return UINT64_MAX;
    const char *p = at_ptr(w, at);
    for (size_t i = 0; i + 9 <= avail;) {
      const char *x = memmem(p + i, avail - i, "WARC/1.", 7);
      if (!x) break;
      size_t k = (size_t)(x - p);
      if (k + 9 > avail) break;
      uint64_t cand = at + k;
      char prev = k > 0 ? p[k - 1] : cand > w->d_base ? at_ptr(w, cand)[-1] : '\n';
      if (prev == '\n' && (x[7] == '0' || x[7] == '1') && (x[8] == '\r' || x[8] == '\n')) return cand;
      i = k + 1;
    }
    if (w->gap && w->gap_at > at && w->gap_at <= at + avail) return w->gap_at;
    if (avail < STEP) return UINT64_MAX; /* the end of the input */
    uint64_t next = at + avail - 9;
    consume(w, next);
    at = next;
  }
}

/* ---------------------------------------------------------- headers */

/* Copies a header value into strs; returns its offset + 1 (0 when none). */
static uint32_t keep_str(warta_warc *w, const char *s, size_t n) {
  while (n && wt_space((unsigned char)*s)) s++, n--;
  while (n && wt_space((unsigned char)s[n - 1])) n--;
  if (n > 8192) n = 8192;
  size_t off = w->strs.len;
  if (wt_buf_add(&w->strs, s, n) != 0 || wt_buf_addc(&w->strs, 0) != 0) return UINT32_MAX;
  return (uint32_t)off + 1;
}

/* Finds the end of a header block in p[0..n): the offset just after the
 * blank line, 0 when there is none. */
static size_t header_end(const char *p, size_t n) {
  for (size_t i = 0; i + 1 < n; i++) {
    const char *x = memchr(p + i, '\n', n - i);
    if (!x) return 0;
    size_t k = (size_t)(x - p);
    if (k + 1 < n && p[k + 1] == '\n') return k + 2;
    if (k + 2 < n && p[k + 1] == '\r' && p[k + 2] == '\n') return k + 3;
    i = k;
  }
  return 0;
}

typedef struct hfield {
  const char *name;
  uint32_t *dst;
} hfield;

/* Walks "Name: value" lines of p[0..n) (after the first line), storing the
 * fields asked for.  Returns 0, or -1 on OOM. */
static int read_fields(warta_warc *w, const char *p, size_t n, const hfield *f, size_t nf) {
  const char *e = p + n;
  const char *line = memchr(p, '\n', n);
  if (!line) return 0;
  line++;
  while (line < e) {
    const char *nl = memchr(line, '\n', (size_t)(e - line));
    const char *le = nl ? nl : e;
    const char *colon = memchr(line, ':', (size_t)(le - line));
    if (colon) {
      size_t nn = (size_t)(colon - line);
      for (size_t k = 0; k < nf; k++) {
        if (strlen(f[k].name) == nn && wt_prefix_ci(line, nn, f[k].name) && !*f[k].dst) {
          uint32_t r = keep_str(w, colon + 1, (size_t)(le - colon - 1));
          if (r == UINT32_MAX) return -1;
          *f[k].dst = r;
        }
      }
    }
    line = nl ? nl + 1 : e;
  }
  return 0;
}

static const char *str_at(const warta_warc *w, uint32_t off) { return off ? w->strs.p + off - 1 : NULL; }

/* ------------------------------------------------------------- payload */

/* Undoes chunked transfer coding of b[0..n) into w->payload.  Returns 0,
 * or the offset + 1 of the first bad byte. */
static size_t unchunk(warta_warc *w, const char *b, size_t n, bool *oom) {
  size_t i = 0;
  w->payload.len = 0;
  for (;;) {
    size_t a = i;
    uint64_t size = 0;
    int digits = 0;
    while (i < n) {
      char c = b[i];
      int v = c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
      if (v < 0) break;
      if (size > (UINT64_MAX >> 4)) return i + 1;
      size = size * 16 + (uint64_t)v;
      i++;
      digits++;
    }
    if (!digits) return a + 1;
    while (i < n && b[i] != '\n') i++; /* chunk extensions, CR */
    if (i >= n) return i + 1;
    i++;
    if (size == 0) return 0; /* trailers after the last chunk are ignored */
    if (size > n - i) return n + 1; /* the body ends inside a chunk */
    if (w->payload.len + size > WARTA_MAX_PAGE_BYTES) return i + 1;
    if (wt_buf_add(&w->payload, b + i, (size_t)size) != 0) {
      *oom = true;
      return 0;
    }
    i += (size_t)size;
    if (i < n && b[i] == '\r') i++;
    if (i < n && b[i] == '\n') i++;
    else if (i < n) return i + 1;
  }
}

/* Inflates gzip or deflate content coding of b[0..n) into dst.  0 ok,
 * -1 corrupt, -2 over the limit, -3 out of memory. */
static int inflate_body(const char *b, size_t n, bool gzip, wt_buf *dst) {
  wt_buf out = {0};
  for (int attempt = 0; attempt < 2; attempt++) {
    z_stream z;
    memset(&z, 0, sizeof z);
    int bits = gzip ? 16 + 15 : attempt == 0 ? 15 : -15;
    if (inflateInit2(&z, bits) != Z_OK) return -3;
    z.next_in = (Bytef *)b;
    z.avail_in = (uInt)(n > (1u << 30) ? (1u << 30) : n);
    out.len = 0;
    int r;
    do {
      if (wt_buf_grow(&out, 64 * 1024) != 0) {
        inflateEnd(&z);
        wt_buf_free(&out);
        return -3;
      }
      z.next_out = (Bytef *)out.p + out.len;
      z.avail_out = (uInt)(out.cap - out.len);
      uInt before = z.avail_out;
      r = inflate(&z, Z_NO_FLUSH);
      out.len += before - z.avail_out;
      if (out.len > WARTA_MAX_PAGE_BYTES) {
        inflateEnd(&z);
        wt_buf_free(&out);
        return -2;
      }
      if (r == Z_BUF_ERROR && z.avail_in == 0) break; /* truncated: keep what came out */
    } while (r == Z_OK || (r == Z_BUF_ERROR && z.avail_out == 0));
    inflateEnd(&z);
    if (r == Z_STREAM_END || (r == Z_BUF_ERROR && out.len > 0)) {
      wt_buf_free(dst);
      *dst = out;
      return 0;
    }
    if (gzip) break;
  }
  wt_buf_free(&out);
  return -1;
}

static bool html_type(const char *ct) {
  if (!ct) return false;
  size_t n = strlen(ct);
  return wt_prefix_ci(ct, n, "text/html") || wt_prefix_ci(ct, n, "application/xhtml");
}

static bool vague_type(const char *ct) {
  if (!ct || !*ct) return true;
  size_t n = strlen(ct);
  return wt_prefix_ci(ct, n, "application/octet-stream") || wt_prefix_ci(ct, n, "text/plain") ||
         wt_prefix_ci(ct, n, "unknown");
}

/* Fills the payload fields of a response or resource record from its block. */
static int payload_of(warta_warc *w, warta_warc_record *rec, const char *blk, size_t n, bool http, uint64_t blk_at) {
  const char *body = blk;
  size_t bn = n;
  uint32_t ct = 0, te = 0, ce = 0;
  if (http) {
    /* status line */
    if (n < 12 || memcmp(blk, "HTTP/", 5) != 0)
      return fail(w, WARTA_ERR_SYNTAX, (int64_t)file_pos(w, blk_at),
                  "record %llu at byte %llu: the response does not start with an HTTP status line",
                  (unsigned long long)rec->number, (unsigned long long)rec->offset);
    const char *sp = memchr(blk, ' ', n < 32 ? n : 32);
    int status = 0;
    if (sp && (size_t)(sp - blk) + 4 <= n)
      for (int k = 1; k <= 3; k++) {
        char c = sp[k];
        if (c < '0' || c > '9') {
          status = 0;
          break;
        }
        status = status * 10 + (c - '0');
      }
    rec->status = status;
    size_t he = header_end(blk, n < MAX_HEADER ? n : MAX_HEADER);
    if (!he) {
      if (n >= MAX_HEADER)
        return fail(w, WARTA_ERR_SYNTAX, (int64_t)file_pos(w, blk_at),
                    "record %llu at byte %llu: HTTP headers without an end", (unsigned long long)rec->number,
                    (unsigned long long)rec->offset);
      he = n; /* headers only, no body */
    }
    hfield f[] = {{"content-type", &ct}, {"transfer-encoding", &te}, {"content-encoding", &ce}};
    if (read_fields(w, blk, he, f, 3) != 0) return fail(w, WARTA_ERR_NOMEM, -1, "out of memory");
    body = blk + he;
    bn = n - he;
    rec->content_type = str_at(w, ct);
    const char *tes = str_at(w, te);
    if (tes && wt_find_ci(tes, strlen(tes), "chunked")) {
      bool oom = false;
      size_t bad = unchunk(w, body, bn, &oom);
      if (oom) return fail(w, WARTA_ERR_NOMEM, -1, "out of memory");
      if (bad)
        return fail(w, WARTA_ERR_SYNTAX, (int64_t)file_pos(w, blk_at),
                    "record %llu at byte %llu: bad chunked transfer coding at byte %zu of the HTTP body",
                    (unsigned long long)rec->number, (unsigned long long)rec->offset, bad - 1);
      body = w->payload.p;
      bn = w->payload.len;
    }
    const char *ces = str_at(w, ce);
    if (ces && bn) {
      size_t cn = strlen(ces);
      bool gz = wt_prefix_ci(ces, cn, "gzip") || wt_prefix_ci(ces, cn, "x-gzip");
      bool defl = wt_prefix_ci(ces, cn, "deflate");
      if (gz || defl) {
        wt_buf tmp = {0};
        int r = inflate_body(body, bn, gz, &tmp);
        if (r == -3) return fail(w, WARTA_ERR_NOMEM, -1, "out of memory");
        if (r == -2)
          return fail(w, WARTA_ERR_LIMIT, (int64_t)rec->offset,
                      "record %llu at byte %llu: the decompressed payload is over %u bytes",
                      (unsigned long long)rec->number, (unsigned long long)rec->offset, WARTA_MAX_PAGE_BYTES);
        if (r == -1)
          return fail(w, WARTA_ERR_SYNTAX, (int64_t)rec->offset,
                      "record %llu at byte %llu: corrupt %s content coding in the HTTP body",
                      (unsigned long long)rec->number, (unsigned long long)rec->offset, ces);
        wt_buf_free(&w->payload);
        w->payload = tmp;
        body = w->payload.p;
        bn = w->payload.len;
      } else if (!wt_prefix_ci(ces, cn, "identity") && !wt_prefix_ci(ces, cn, "none")) {
        return fail(w, WARTA_ERR_SYNTAX, (int64_t)rec->offset,
                    "record %llu at byte %llu: the HTTP body's Content-Encoding '%s' is not supported",
                    (unsigned long long)rec->number, (unsigned long long)rec->offset, ces);
      }
    }
  }
  if (bn > WARTA_MAX_PAGE_BYTES) {
    rec->payload = NULL;
    rec->payload_len = 0;
  } else {
    rec->payload = body;
    rec->payload_len = bn;
  }
  rec->html = html_type(rec->content_type) ||
              (vague_type(rec->content_type) && rec->payload && warta_sniff(body, bn < 4096 ? bn : 4096) == WARTA_FMT_HTML);
  return 1;
}

/* -------------------------------------------------------------- records */

int warta_warc_next(warta_warc *w, warta_warc_record *rec) {
  if (!w || !rec) return -1;
  memset(rec, 0, sizeof *rec);
  w->err[0] = 0;
  w->errcode = WARTA_OK;
  w->errpos = -1;
  if (w->dead) return 0;
  if (w->mode == M_UNKNOWN) {
    while (w->raw_hi - w->raw_lo < 2 && raw_more(w)) {
    }
    if (w->dead) return -1;
    w->mode = (w->raw_hi - w->raw_lo >= 2 && w->raw[w->raw_lo] == 0x1f && w->raw[w->raw_lo + 1] == 0x8b) ? M_GZIP : M_PLAIN;
  }
  w->strs.len = 0;
  w->payload.len = 0;
  /* room for every header string of one record (each is cut at 8 KiB), so
     that the record's pointers never move while it is read */
  if (wt_buf_grow(&w->strs, 12 * 8200) != 0) return fail(w, WARTA_ERR_NOMEM, -1, "out of memory");
  /* skip blank lines between records */
  uint64_t p = w->pos;
  size_t avail;
  for (;;) {
    avail = fill(w, p, 1);
    if (w->dead) return -1;
    if (avail == 0) break;
    const char *c = at_ptr(w, p);
    size_t k = 0;
    while (k < avail && (c[k] == '\r' || c[k] == '\n')) k++;
    p += k;
    if (k < avail) break;
  }
  if (w->gap && w->gap_at <= p) {
    /* data was lost between the last record and here */
    w->gap = false;
    w->pos = p;
    if (w->number == 0)
      return fail(w, WARTA_ERR_SYNTAX, (int64_t)file_pos(w, p), "before the first record: %s", w->gap_msg);
    return fail(w, WARTA_ERR_SYNTAX, (int64_t)file_pos(w, p), "after record %llu: %s",
                (unsigned long long)w->number, w->gap_msg);
  }
  if (avail == 0) {
    w->pos = p; /* past the blank lines that end the input: a call after the end starts here */
    consume(w, p);
    if (w->ioerr) return fail(w, WARTA_ERR_IO, (int64_t)warta_warc_bytes_read(w), "%s", w->iomsg);
    return 0;
  }
  consume(w, p);
  uint64_t start = p;
  w->number++;
  rec->number = w->number;
  rec->offset = file_pos(w, start);
  /* the WARC header */
  avail = fill(w, start, MAX_HEADER);
  if (w->dead) return -1;
  const char *hp = at_ptr(w, start);
  size_t he = header_end(hp, avail < MAX_HEADER ? avail : MAX_HEADER);
  const char *why = NULL;
  char whybuf[128];
  if (avail < 9 || memcmp(hp, "WARC/1.", 7) != 0) {
    size_t show = avail < 12 ? avail : 12;
    char vis[16];
    for (size_t i = 0; i < show; i++) vis[i] = (hp[i] >= 0x20 && hp[i] < 0x7f) ? hp[i] : '.';
    vis[show] = 0;
    snprintf(whybuf, sizeof whybuf, "not a WARC record header (\"%s\")", vis);
    why = whybuf;
  } else if (!he) {
    why = avail >= MAX_HEADER ? "the WARC header has no end within 64 KiB" : "the input ends inside the WARC header";
  }
  if (why) {
    uint64_t q = resync(w, start + 1);
    bool gap_here = w->gap && w->gap_at == q;
    char gm[200] = "";
    if (gap_here) {
      snprintf(gm, sizeof gm, "; %s", w->gap_msg);
      w->gap = false;
    }
    w->pos = q == UINT64_MAX ? w->d_base + w->d_hi : q;
    char next[96];
    if (q == UINT64_MAX) snprintf(next, sizeof next, "; no record follows");
    else if (w->mode == M_GZIP) snprintf(next, sizeof next, "; going on at the gzip member at byte %llu", (unsigned long long)file_pos(w, q));
    else snprintf(next, sizeof next, "; %llu bytes skipped to the next record", (unsigned long long)(q - start));
    int r = fail(w, WARTA_ERR_SYNTAX, (int64_t)rec->offset, "record %llu at byte %llu: %s%s%s",
                 (unsigned long long)rec->number, (unsigned long long)rec->offset, why, gm, next);
    return r;
  }
  uint32_t f_type = 0, f_uri = 0, f_date = 0, f_id = 0, f_ct = 0, f_len = 0;
  hfield f[] = {{"warc-type", &f_type},  {"warc-target-uri", &f_uri}, {"warc-date", &f_date},
                {"warc-record-id", &f_id}, {"content-type", &f_ct},    {"content-length", &f_len}};
  if (read_fields(w, hp, he, f, 6) != 0) return fail(w, WARTA_ERR_NOMEM, -1, "out of memory");
  const char *lens = str_at(w, f_len);
  uint64_t L = 0;
  bool len_ok = lens && *lens;
  for (const char *c = lens; len_ok && *c; c++) {
    if (*c < '0' || *c > '9' || L > (UINT64_MAX - 9) / 10) {
      len_ok = false;
      break;
    }
    L = L * 10 + (uint64_t)(*c - '0');
  }
  if (!len_ok) {
    uint64_t q = resync(w, start + he);
    w->pos = q == UINT64_MAX ? w->d_base + w->d_hi : q;
    return fail(w, WARTA_ERR_SYNTAX, (int64_t)rec->offset, "record %llu at byte %llu: %s",
                (unsigned long long)rec->number, (unsigned long long)rec->offset,
                lens ? "the Content-Length is not a number" : "no Content-Length");
  }
  /* WARC 1.0 writers (wget) put the target URI in angle brackets */
  if (f_uri) {
    char *u = w->strs.p + f_uri - 1;
    size_t un = strlen(u);
    if (un >= 2 && u[0] == '<' && u[un - 1] == '>') {
      memmove(u, u + 1, un - 2);
      u[un - 2] = 0;
    }
  }
  rec->type = str_at(w, f_type);
  rec->uri = str_at(w, f_uri);
  rec->date = str_at(w, f_date);
  rec->record_id = str_at(w, f_id);
  rec->length = L;
  uint64_t blk = start + he;
  if (L > LOAD_MAX) {
    /* too large to hold: stream past it */
    uint64_t at = blk, end = blk + L;
    while (at < end) {
      size_t want = end - at > (1u << 20) ? (1u << 20) : (size_t)(end - at);
      size_t got = fill(w, at, want);
      if (w->dead) return -1;
      if (got == 0) break;
      at += got < want ? got : want;
      consume(w, at);
    }
    if (at < end) {
      uint64_t q = resync(w, at);
      w->pos = q == UINT64_MAX ? w->d_base + w->d_hi : q;
      return fail(w, WARTA_ERR_SYNTAX, (int64_t)rec->offset,
                  "record %llu at byte %llu: Content-Length says %llu bytes but the input ends after %llu",
                  (unsigned long long)rec->number, (unsigned long long)rec->offset, (unsigned long long)L,
                  (unsigned long long)(at - blk));
    }
    size_t t = fill(w, end, 4);
    const char *tp = at_ptr(w, end);
    if (t >= 4 && memcmp(tp, "\r\n\r\n", 4) == 0) w->pos = end + 4;
    else {
      uint64_t q = resync(w, end);
      w->pos = q == UINT64_MAX ? w->d_base + w->d_hi : q;
    }
    /* strings were kept in strs; the payload is not */
    rec->type = str_at(w, f_type);
    rec->uri = str_at(w, f_uri);
    rec->date = str_at(w, f_date);
    rec->record_id = str_at(w, f_id);
    rec->content_type = str_at(w, f_ct);
    return 1;
  }
  size_t need = he + (size_t)L + 4;
  avail = fill(w, start, need);
  if (w->dead) return -1;
  hp = at_ptr(w, start);
  bool ok = avail >= need && memcmp(hp + he + L, "\r\n\r\n", 4) == 0;
  if (!ok && avail >= he + L && avail < need && w->d_eof && !w->gap) {
    /* the file ends right after the block, with a short or no separator */
    ok = true;
    for (size_t k = he + (size_t)L; k < avail; k++)
      if (hp[k] != '\r' && hp[k] != '\n') ok = false;
  }
  if (!ok) {
    /* the Content-Length lies, or the data ends early: find the next record */
    uint64_t q = resync(w, blk);
    bool gap_here = w->gap && q != UINT64_MAX && w->gap_at == q;
    char gm[200] = "";
    if (gap_here) {
      snprintf(gm, sizeof gm, " %s", w->gap_msg);
      w->gap = false;
    }
    w->pos = q == UINT64_MAX ? w->d_base + w->d_hi : q;
    uint64_t got = (q == UINT64_MAX ? w->d_base + w->d_hi : q) - blk;
    if (gap_here)
      return fail(w, WARTA_ERR_SYNTAX, (int64_t)rec->offset, "record %llu at byte %llu is lost:%s",
                  (unsigned long long)rec->number, (unsigned long long)rec->offset, gm);
    if (q == UINT64_MAX && got < L)
      return fail(w, WARTA_ERR_SYNTAX, (int64_t)rec->offset,
                  "record %llu at byte %llu: Content-Length says %llu bytes but the input ends after %llu%s",
                  (unsigned long long)rec->number, (unsigned long long)rec->offset, (unsigned long long)L,
                  (unsigned long long)got, w->gap_msg[0] && w->mode == M_GZIP ? "; the gzip data is truncated" : "");
    if (q != UINT64_MAX && got < L)
      return fail(w, WARTA_ERR_SYNTAX, (int64_t)rec->offset,
                  "record %llu at byte %llu: Content-Length says %llu bytes but the next record starts after %llu",
                  (unsigned long long)rec->number, (unsigned long long)rec->offset, (unsigned long long)L,
                  (unsigned long long)got);
    return fail(w, WARTA_ERR_SYNTAX, (int64_t)rec->offset,
                "record %llu at byte %llu: Content-Length says %llu bytes but the block runs on for %llu "
                "(no record separator after %llu bytes)",
                (unsigned long long)rec->number, (unsigned long long)rec->offset, (unsigned long long)L,
                (unsigned long long)got, (unsigned long long)L);
  }
  w->pos = start + need;
  const char *ty = rec->type ? rec->type : "";
  const char *wct = str_at(w, f_ct);
  if (!strcmp(ty, "response")) {
    bool http = wct && wt_find_ci(wct, strlen(wct), "application/http");
    if (!http) rec->content_type = wct;
    int r = payload_of(w, rec, hp + he, (size_t)L, http, blk);
    if (r < 0) return r;
  } else if (!strcmp(ty, "resource") || !strcmp(ty, "conversion")) {
    rec->content_type = wct;
    int r = payload_of(w, rec, hp + he, (size_t)L, false, blk);
    if (r < 0) return r;
  } else {
    rec->content_type = wct;
  }
  return 1;
}
