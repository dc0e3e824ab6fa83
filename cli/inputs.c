/* inputs.c — see inputs.h. */
#define _GNU_SOURCE
#include "inputs.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#include "cli.h"
#include "jsonl_fast.h"

/* ------------------------------------------------------------- sources */

/* One open file: the bytes read while sniffing are handed out first, then
 * the rest of the file; optionally gunzipped on the way. */
typedef struct src {
  FILE *raw;
  bool is_stdin;
  unsigned char head[4096];
  size_t hlen, hpos;
  uint64_t raw_off; /* raw bytes handed out so far */
  bool gz;
  z_stream z;
  bool z_init, z_end;
  char err[256];
  unsigned char zin[65536]; /* last: not zeroed (open_next), as it is filled before it is read */
} src;

static size_t src_raw(src *s, void *buf, size_t n) {
  size_t got = 0;
  if (s->hpos < s->hlen) {
    got = s->hlen - s->hpos < n ? s->hlen - s->hpos : n;
    memcpy(buf, s->head + s->hpos, got);
    s->hpos += got;
  }
  if (got < n) got += fread((char *)buf + got, 1, n - got, s->raw);
  s->raw_off += got;
  return got;
}

static long src_read_raw(void *ctx, char *buf, size_t len) {
  src *s = ctx;
  size_t r = src_raw(s, buf, len);
  if (r == 0 && ferror(s->raw)) return -1;
  return (long)r;
}

static ssize_t src_cookie_read(void *c, char *buf, size_t n) {
  src *s = c;
  if (!s->gz) {
    size_t r = src_raw(s, buf, n);
    if (r == 0 && ferror(s->raw)) {
      snprintf(s->err, sizeof s->err, "read error");
      return -1;
    }
    return (ssize_t)r;
  }
  /* gunzip, member after member */
  if (s->z_end || !n) return 0;
  s->z.next_out = (Bytef *)buf;
  s->z.avail_out = (uInt)(n > (1u << 30) ? (1u << 30) : n);
  while (s->z.avail_out == (uInt)n || (s->z.avail_out > 0 && s->z.avail_in > 0)) {
    if (s->z.avail_in == 0) {
      size_t r = src_raw(s, s->zin, sizeof s->zin);
      if (r == 0) {
        if (ferror(s->raw)) {
          snprintf(s->err, sizeof s->err, "read error");
          return -1;
        }
        if (s->z.avail_out == (uInt)n && s->z_init && s->z.total_in > 0 && !s->z_end) {
          /* the file ends inside a gzip member */
          snprintf(s->err, sizeof s->err, "truncated gzip data (the file ends at byte %llu inside a member)",
                   (unsigned long long)s->raw_off);
          s->z_end = true;
          return -1;
        }
        break;
      }
      s->z.next_in = s->zin;
      s->z.avail_in = (uInt)r;
    }
    int zr = inflate(&s->z, Z_NO_FLUSH);
    if (zr == Z_STREAM_END) {
      /* another member may follow */
      inflateReset(&s->z);
      s->z.total_in = 0;
      if (s->z.avail_in == 0) {
        size_t r = src_raw(s, s->zin, sizeof s->zin);
        if (r == 0) {
          s->z_end = true;
          break;
        }
        s->z.next_in = s->zin;
        s->z.avail_in = (uInt)r;
      }
      continue;
    }
    if (zr != Z_OK && zr != Z_BUF_ERROR) {
      snprintf(s->err, sizeof s->err, "corrupt gzip data near byte %llu (%s)",
               (unsigned long long)(s->raw_off - s->z.avail_in), s->z.msg ? s->z.msg : "inflate error");
      s->z_end = true;
      return -1;
    }
    if (zr == Z_BUF_ERROR && s->z.avail_in > 0) break;
  }
  return (ssize_t)(n - s->z.avail_out);
}

static void src_free(src *s) {
  if (!s) return;
  if (s->z_init) inflateEnd(&s->z);
  if (s->raw && !s->is_stdin) fclose(s->raw);
  free(s);
}

/* ------------------------------------------------------------ the walk */

typedef struct frame {
  char *dir;
  char **names;
  size_t n, i;
} frame;

enum kind { K_NONE, K_TEXT, K_HTML, K_JSONL, K_WARC };

struct cli_inputs {
  char **paths;
  int npaths, next;
  cli_input_opts opts;
  frame *stack;
  size_t depth, cap;
  /* the current file */
  char *path;
  bool from_dir;
  src *s;
  FILE *f;
  enum kind kind;
  unsigned long line;
  char *buf; /* the current file (text, HTML) */
  size_t cap_buf;
  cli_lines lines; /* the current JSON Lines file */
  char *dec;       /* a line's string values, decoded by the fast reader */
  size_t cap_dec;
  cJSON *json;
  warta_html *html;
  warta_warc *warc;
  uint64_t warc_bytes;
  unsigned long w_records, w_html, w_nonhtml, w_status, w_empty, w_other, w_bad, w_large;
  char idbuf[64];
  char where[512];
  char msg[1024];
  bool any_stream;
  unsigned long skipped_binary;
};

cli_inputs *cli_inputs_new(char **paths, int npaths, const cli_input_opts *opts) {
  cli_inputs *in = calloc(1, sizeof *in);
  if (!in) return NULL;
  static char *dash[] = {"-"};
  in->paths = npaths ? paths : dash;
  in->npaths = npaths ? npaths : 1;
  if (opts) in->opts = *opts;
  if (!in->opts.text_field) in->opts.text_field = "text";
  if (!in->opts.id_field) in->opts.id_field = "id";
  in->any_stream = in->npaths > 1;
  return in;
}

static void close_file(cli_inputs *in) {
  if (in->f) fclose(in->f);
  in->f = NULL;
  warta_warc_free(in->warc);
  in->warc = NULL;
  src_free(in->s);
  in->s = NULL;
  in->kind = K_NONE;
}

void cli_inputs_free(cli_inputs *in) {
  if (!in) return;
  close_file(in);
  while (in->depth) {
    frame *fr = &in->stack[--in->depth];
    for (size_t i = 0; i < fr->n; i++) free(fr->names[i]);
    free(fr->names);
    free(fr->dir);
  }
  free(in->stack);
  free(in->path);
  cJSON_Delete(in->json);
  warta_html_free(in->html);
  free(in->buf);
  free(in->dec);
  cli_lines_free(&in->lines);
  free(in);
}

bool cli_inputs_is_stream(const cli_inputs *in) { return in->any_stream; }

static int bad(cli_inputs *in, const char **msg, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int bad(cli_inputs *in, const char **msg, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(in->msg, sizeof in->msg, fmt, ap);
  va_end(ap);
  *msg = in->msg;
  return -1;
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int push_dir(cli_inputs *in, const char *dir, const char **msg) {
  DIR *d = opendir(dir);
  if (!d) return bad(in, msg, "%s: %s", dir, strerror(errno));
  frame fr = {strdup(dir), NULL, 0, 0};
  size_t cap = 0;
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.') continue; /* hidden files, . and .. */
    if (fr.n == cap) {
      cap = cap ? cap * 2 : 64;
      char **nn = realloc(fr.names, cap * sizeof *nn);
      if (!nn) break;
      fr.names = nn;
    }
    fr.names[fr.n] = strdup(de->d_name);
    if (fr.names[fr.n]) fr.n++;
  }
  closedir(d);
  if (fr.n) qsort(fr.names, fr.n, sizeof fr.names[0], cmp_names);
  if (in->depth == in->cap) {
    size_t c = in->cap ? in->cap * 2 : 8;
    frame *st = realloc(in->stack, c * sizeof *st);
    if (!st) {
      for (size_t i = 0; i < fr.n; i++) free(fr.names[i]);
      free(fr.names);
      free(fr.dir);
      return bad(in, msg, "out of memory");
    }
    in->stack = st;
    in->cap = c;
  }
  in->stack[in->depth++] = fr;
  return 0;
}

/* The next file path to read (in->path set, malloc'd).  1 found, 0 none
 * left, -1 error (*msg). */
static int next_path(cli_inputs *in, const char **msg) {
  for (;;) {
    while (in->depth) {
      frame *fr = &in->stack[in->depth - 1];
      if (fr->i >= fr->n) {
        for (size_t i = 0; i < fr->n; i++) free(fr->names[i]);
        free(fr->names);
        free(fr->dir);
        in->depth--;
        continue;
      }
      const char *name = fr->names[fr->i++];
      size_t dl = strlen(fr->dir);
      char *p = malloc(dl + strlen(name) + 2);
      if (!p) return bad(in, msg, "out of memory");
      sprintf(p, "%s%s%s", fr->dir, dl && fr->dir[dl - 1] == '/' ? "" : "/", name);
      struct stat st;
      if (lstat(p, &st) != 0) {
        int r = bad(in, msg, "%s: %s", p, strerror(errno));
        free(p);
        return r;
      }
      if (S_ISDIR(st.st_mode)) {
        int r = push_dir(in, p, msg);
        free(p);
        if (r) return r;
        continue;
      }
      if (S_ISLNK(st.st_mode) && (stat(p, &st) != 0 || !S_ISREG(st.st_mode))) {
        free(p); /* a link to a directory or to nothing: not followed */
        continue;
      }
      if (!S_ISREG(st.st_mode)) {
        free(p);
        continue;
      }
      free(in->path);
      in->path = p;
      in->from_dir = true;
      return 1;
    }
    if (in->next >= in->npaths) return 0;
    const char *a = in->paths[in->next++];
    struct stat st;
    if (strcmp(a, "-") != 0 && stat(a, &st) == 0 && S_ISDIR(st.st_mode)) {
      in->any_stream = true;
      int r = push_dir(in, a, msg);
      if (r) return r;
      continue;
    }
    free(in->path);
    in->path = strdup(a);
    if (!in->path) return bad(in, msg, "out of memory");
    in->from_dir = false;
    return 1;
  }
}

static bool ends_with(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  if (n < m) return false;
  for (size_t i = 0; i < m; i++) {
    char c = s[n - m + i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != suf[i]) return false;
  }
  return true;
}

/* What a gzip stream's first bytes decompress to (for sniffing). */
static size_t gunzip_head(const unsigned char *in, size_t n, char *out, size_t cap) {
  z_stream z;
  memset(&z, 0, sizeof z);
  if (inflateInit2(&z, 16 + 15) != Z_OK) return 0;
  z.next_in = (Bytef *)in;
  z.avail_in = (uInt)n;
  z.next_out = (Bytef *)out;
  z.avail_out = (uInt)cap;
  inflate(&z, Z_SYNC_FLUSH);
  size_t got = cap - z.avail_out;
  inflateEnd(&z);
  return got;
}

/* Opens the next file and decides what it holds.  1 opened, 0 no more
 * input, -1 error (*msg). */
static int open_next(cli_inputs *in, const char **msg) {
  for (;;) {
    int r = next_path(in, msg);
    if (r <= 0) return r;
    const char *path = in->path;
    src *s = malloc(sizeof *s);
    if (!s) return bad(in, msg, "out of memory");
    memset(s, 0, offsetof(src, zin));
    s->is_stdin = strcmp(path, "-") == 0;
    s->raw = s->is_stdin ? stdin : fopen(path, "rb");
    if (!s->raw) {
      int e = errno;
      free(s);
      return bad(in, msg, "%s: %s", path, strerror(e));
    }
    struct stat st;
    memset(&st, 0, sizeof st);
    if (!s->is_stdin && fstat(fileno(s->raw), &st) == 0 && S_ISDIR(st.st_mode)) {
      src_free(s);
      return bad(in, msg, "%s: is a directory", path);
    }
    s->hlen = fread(s->head, 1, sizeof s->head, s->raw);
    if (s->hlen == 0 && ferror(s->raw)) {
      src_free(s);
      return bad(in, msg, "%s: read error", path);
    }
    bool gz = s->hlen >= 2 && s->head[0] == 0x1f && s->head[1] == 0x8b;
    char inner[4096];
    const char *look = (const char *)s->head;
    size_t looklen = s->hlen;
    if (gz) {
      looklen = gunzip_head(s->head, s->hlen, inner, sizeof inner);
      look = inner;
    }
    /* the name without .gz says what it is, else the content */
    char name[1024];
    snprintf(name, sizeof name, "%s", s->is_stdin ? "" : path);
    if (gz && ends_with(name, ".gz")) name[strlen(name) - 3] = 0;
    enum kind k = K_NONE;
    int sniffed = warta_sniff(look, looklen);
    if (in->opts.force_warc) k = K_WARC;
    else if (in->opts.force_jsonl) k = K_JSONL;
    else if (in->opts.force_html) k = K_HTML;
    else if (in->opts.force_text) k = K_TEXT;
    else if (ends_with(name, ".warc") || ends_with(name, ".arc")) k = K_WARC;
    else if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson")) k = K_JSONL;
    else if (ends_with(name, ".html") || ends_with(name, ".htm") || ends_with(name, ".xhtml") ||
             ends_with(name, ".shtml"))
      k = K_HTML;
    else if (ends_with(name, ".txt")) k = K_TEXT;
    else if (sniffed == WARTA_FMT_WARC) k = K_WARC;
    else if (sniffed == WARTA_FMT_JSONL) k = K_JSONL;
    else if (sniffed == WARTA_FMT_HTML) k = K_HTML;
    else if (sniffed == WARTA_FMT_BINARY) {
      size_t at = 0;
      while (at < looklen && (unsigned char)look[at] >= 0x09) at++;
      unsigned byte = at < looklen ? (unsigned char)look[at] : 0;
      src_free(s); /* look points into s */
      if (in->from_dir) {
        in->skipped_binary++;
        continue;
      }
      return bad(in, msg, "%s: binary data, not an article (byte 0x%02x at %s%zu)", path, byte,
                 gz ? "decompressed byte " : "byte ", at);
    } else k = K_TEXT;
    if (k == K_WARC && ends_with(name, ".arc") && sniffed != WARTA_FMT_WARC) {
      src_free(s);
      return bad(in, msg, "%s: ARC files (the format before WARC) are not read; convert them to WARC", path);
    }
    if ((k == K_TEXT || k == K_HTML) && !gz && !s->is_stdin && S_ISREG(st.st_mode)) {
      size_t limit = k == K_HTML ? WARTA_MAX_PAGE_BYTES : WARTA_MAX_DOC_BYTES;
      if ((uint64_t)st.st_size > limit) {
        src_free(s);
        return bad(in, msg, "%s: file is over the document size limit (%llu bytes, the limit is %zu)", path,
                   (unsigned long long)st.st_size, limit);
      }
    }
    in->s = s;
    in->kind = k;
    in->line = 0;
    if (k == K_WARC) {
      in->any_stream = true;
      in->warc = warta_warc_new(src_read_raw, s);
      if (!in->warc) return bad(in, msg, "out of memory");
      in->warc_bytes = 0;
      in->w_records = in->w_html = in->w_nonhtml = in->w_status = in->w_empty = in->w_other = in->w_bad = 0;
      in->w_large = 0;
      return 1;
    }
    if (k == K_JSONL) in->any_stream = true;
    if (gz) {
      s->gz = true;
      if (inflateInit2(&s->z, 16 + 15) != Z_OK) return bad(in, msg, "out of memory");
      s->z_init = true;
    }
    cookie_io_functions_t io = {src_cookie_read, NULL, NULL, NULL};
    in->f = fopencookie(s, "r", io);
    if (!in->f) return bad(in, msg, "out of memory");
    cli_lines_init(&in->lines, in->f, CLI_MAX_LINE_BYTES);
    return 1;
  }
}

static const char *json_str(cJSON *o, const char *name, char *numbuf, size_t cap) {
  cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
  if (cJSON_IsString(v)) return v->valuestring;
  if (cJSON_IsNumber(v) && numbuf) {
    snprintf(numbuf, cap, "%.17g", v->valuedouble);
    return numbuf;
  }
  return NULL;
}

static bool need_html(cli_inputs *in) {
  if (!in->html) in->html = warta_html_new();
  return in->html != NULL;
}

/* Fills rec from an HTML page; the record's own metadata wins. */
static int from_html(cli_inputs *in, cli_record *rec, const char *html, size_t len, const char *ctype,
                     const char *url, const char **msg) {
  if (!need_html(in)) return bad(in, msg, "out of memory");
  warta_page pg;
  int rc = warta_html_extract(in->html, html, len, ctype, url, in->opts.all_text ? WARTA_HTML_ALL_TEXT : 0, &pg);
  if (rc != WARTA_OK) return rc;
  rec->text = pg.text;
  rec->len = pg.len;
  rec->from_html = true;
  if (!rec->meta.title) rec->meta.title = pg.title;
  if (!rec->meta.published) rec->meta.published = pg.published;
  if (!rec->meta.url) rec->meta.url = pg.url;
  rec->author = pg.author;
  rec->outlet = pg.outlet;
  return WARTA_OK;
}

void cli_lines_init(cli_lines *r, FILE *f, size_t limit) {
  char *buf = r->buf;
  size_t cap = r->cap;
  memset(r, 0, sizeof *r);
  r->buf = buf; /* kept from the last stream, for the next */
  r->cap = cap;
  r->f = f;
  r->limit = limit < SIZE_MAX / 2 ? limit : SIZE_MAX / 2;
  r->held = -1;
}

void cli_lines_free(cli_lines *r) {
  free(r->buf);
  r->buf = NULL;
  r->cap = 0;
}

/* Reads one more piece after buf[end], first moving the line so far
 * (from buf[*start]) to the buffer's start.  false when memory runs out;
 * the next call then starts that line again. */
static bool lines_fill(cli_lines *r, size_t *start) {
  if (*start) {
    memmove(r->buf, r->buf + *start, r->end - *start);
    r->end -= *start;
    *start = r->pos = 0;
  }
  size_t need = r->end + CLI_LINES_READ + 1; /* + 1: room for the NUL */
  if (r->cap < need) {
    size_t want = r->cap * 2 > need ? r->cap * 2 : need, top = r->limit + CLI_LINES_READ + 1;
    if (want > top) want = top; /* end <= limit here */
    char *nb = realloc(r->buf, want);
    if (!nb) return false;
    r->buf = nb;
    r->cap = want;
  }
  size_t got = fread(r->buf + r->end, 1, CLI_LINES_READ, r->f);
  r->end += got;
  if (got < CLI_LINES_READ) { /* fread only stops short at the end or on an error */
    r->eof = true;
    r->err = ferror(r->f) != 0;
  }
  return true;
}

ssize_t cli_read_line(cli_lines *r, char **line) {
  if (r->held >= 0) {
    r->buf[r->pos] = (char)r->held;
    r->held = -1;
  }
  size_t start = r->pos, scan = r->pos, dropped = 0, stop;
  for (;;) {
    char *nl = scan < r->end ? memchr(r->buf + scan, '\n', r->end - scan) : NULL;
    if (nl) {
      stop = (size_t)(nl - r->buf) + 1;
      break;
    }
    if (r->eof) {
      if (r->err || (r->end == start && !dropped)) {
        r->pos = r->end = 0;
        return -1;
      }
      stop = r->end; /* the last line, without its '\n' */
      break;
    }
    if (r->end - start > r->limit) { /* over the limit: keep its first limit bytes only */
      dropped += r->end - start - r->limit;
      r->end = start + r->limit;
    }
    size_t old = r->end - start;
    if (!lines_fill(r, &start)) return -2;
    scan = start + old;
  }
  size_t len = stop - start, kept = len < r->limit ? len : r->limit;
  /* the NUL goes after the bytes kept: into the next line's first byte,
   * given back on the next call, or into the bytes dropped */
  r->held = kept == len && stop < r->end ? (unsigned char)r->buf[stop] : -1;
  r->buf[start + kept] = 0;
  r->pos = stop;
  *line = r->buf + start;
  return (ssize_t)(len + dropped);
}

int cli_inputs_parse_jsonl(cli_inputs *in, char *line, size_t n, cli_record *rec, const char **msg) {
  size_t len = n;
  while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
  size_t a = 0;
  if (len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) a = 3; /* a byte-order mark (Windows tools) */
  while (a < len && (line[a] == ' ' || line[a] == '\t')) a++;
  if (a == len) return 0; /* blank line */
  /* the common record (string fields only) without building a cJSON tree;
   * anything else, bad records included, goes through cJSON below (the
   * fast reader declines a line with a NUL byte) */
  const char *fields[6] = {in->opts.text_field, in->opts.id_field, "published", "title", "url",
                           in->opts.html_field};
  char *fv[6];
  size_t fl[6];
  if (len - a + 1 > in->cap_dec) { /* (when it cannot grow, cJSON reads the line) */
    size_t cap = 2 * in->cap_dec > len - a + 1 ? 2 * in->cap_dec : len - a + 1;
    char *d = realloc(in->dec, cap);
    if (d) {
      in->dec = d;
      in->cap_dec = cap;
    }
  }
  if (len - a + 1 <= in->cap_dec &&
      cli_jsonl_fast(line + a, len - a, fields, in->opts.html_field ? 6 : 5, in->dec, fv, fl) &&
      (fv[0] || (in->opts.html_field && fv[5]))) {
    memset(&rec->meta, 0, sizeof rec->meta);
    rec->meta.id = fv[1];
    rec->meta.published = fv[2];
    rec->meta.title = fv[3];
    rec->meta.url = fv[4];
    if (in->opts.html_field && fv[5]) {
      int rc = from_html(in, rec, fv[5], fl[5], NULL, rec->meta.url, msg);
      if (rc < 0) return rc;
      if (rc != WARTA_OK) return bad(in, msg, "%s: %s", rec->where, warta_html_errmsg(in->html));
      return 1;
    }
    rec->text = fv[0];
    rec->len = fl[0];
    return 1;
  }
  /* cJSON reads a raw NUL inside a string, and the text would end there */
  const char *nul = memchr(line, 0, len);
  if (nul) return bad(in, msg, "%s: NUL byte at byte %zu of the line", rec->where, (size_t)(nul - line) + 1);
  cJSON_Delete(in->json);
  const char *end = NULL;
  in->json = cJSON_ParseWithLengthOpts(line + a, len - a, &end, 0);
  if (!in->json) {
    size_t at = end ? (size_t)(end - line) : a;
    return bad(in, msg, "%s: not valid JSON (near byte %zu of the line)", rec->where, at + 1);
  }
  if (!cJSON_IsObject(in->json)) return bad(in, msg, "%s: a record must be a JSON object", rec->where);
  rec->meta.id = json_str(in->json, in->opts.id_field, in->idbuf, sizeof in->idbuf);
  rec->meta.published = json_str(in->json, "published", NULL, 0);
  rec->meta.title = json_str(in->json, "title", NULL, 0);
  rec->meta.url = json_str(in->json, "url", NULL, 0);
  cJSON *h = in->opts.html_field ? cJSON_GetObjectItemCaseSensitive(in->json, in->opts.html_field) : NULL;
  if (cJSON_IsString(h)) {
    int rc = from_html(in, rec, h->valuestring, strlen(h->valuestring), NULL, rec->meta.url, msg);
    if (rc < 0) return rc;
    if (rc != WARTA_OK) return bad(in, msg, "%s: %s", rec->where, warta_html_errmsg(in->html));
    return 1;
  }
  cJSON *t = cJSON_GetObjectItemCaseSensitive(in->json, in->opts.text_field);
  if (!cJSON_IsString(t)) {
    if (in->opts.html_field)
      return bad(in, msg, "%s: no \"%s\" or \"%s\" string in the record", rec->where, in->opts.html_field,
                 in->opts.text_field);
    return bad(in, msg, "%s: no \"%s\" string in the record", rec->where, in->opts.text_field);
  }
  /* cJSON stops a string at \u0000; say so rather than cut the text short */
  if (memmem(line + a, len - a, "\\u0000", 6))
    return bad(in, msg, "%s: the text holds a NUL character (\\u0000)", rec->where);
  rec->text = t->valuestring;
  rec->len = strlen(t->valuestring);
  return 1;
}

/* "path:line" into where[0, cap), cut as snprintf would cut it; without
 * printf, whose cost showed once a line. */
static void where_line(char *where, size_t cap, const char *path, unsigned long line) {
  char num[24];
  size_t k = sizeof num;
  do num[--k] = (char)('0' + line % 10);
  while ((line /= 10) != 0);
  const char *part[3] = {path, ":", num + k};
  size_t len[3] = {strlen(path), 1, sizeof num - k}, n = 0;
  for (int i = 0; i < 3; i++) {
    size_t c = len[i] < cap - 1 - n ? len[i] : cap - 1 - n;
    memcpy(where + n, part[i], c);
    n += c;
  }
  where[n] = 0;
}

static int next_jsonl(cli_inputs *in, cli_record *rec, const char **msg) {
  for (;;) {
    errno = 0;
    char *line;
    ssize_t n = cli_read_line(&in->lines, &line);
    if (n == -2) return bad(in, msg, "%s: out of memory reading line %lu", in->path, in->line + 1);
    if (n < 0) {
      if (ferror(in->f)) { /* said once: the file ends here */
        int r = bad(in, msg, "%s: %s after line %lu", in->path, in->s->err[0] ? in->s->err : "read error", in->line);
        close_file(in);
        return r;
      }
      return 0;
    }
    in->line++;
    memset(rec, 0, sizeof *rec);
    rec->in_bytes = (size_t)n;
    where_line(rec->where, sizeof rec->where, in->path, in->line);
    if ((size_t)n > CLI_MAX_LINE_BYTES)
      return bad(in, msg, "%s: line of %zd bytes is over the JSONL line limit of %u bytes", rec->where, n,
                 CLI_MAX_LINE_BYTES);
    int r = cli_inputs_parse_jsonl(in, line, (size_t)n, rec, msg);
    if (r != 0) return r;
  }
}

static void warc_summary(cli_inputs *in) {
  char line[512];
  int n = snprintf(line, sizeof line, "%s: %lu record%s: %lu HTML page%s read", in->path, in->w_records,
                   in->w_records == 1 ? "" : "s", in->w_html, in->w_html == 1 ? "" : "s");
#define PART(cnt, what)                                                                                  \
  if ((cnt) && n > 0 && (size_t)n < sizeof line)                                                       \
    n += snprintf(line + n, sizeof line - (size_t)n, ", %lu " what, (cnt), (cnt) == 1 ? "" : "s");
  PART(in->w_nonhtml, "non-HTML record%s skipped")
  PART(in->w_status, "non-2xx response%s skipped")
  PART(in->w_empty, "page%s without article text")
  PART(in->w_large, "payload%s over the size limit skipped")
  PART(in->w_other, "request/metadata/warcinfo record%s")
  PART(in->w_bad, "bad record%s")
#undef PART
  cli_err("%s", line);
}

static int next_warc(cli_inputs *in, cli_record *rec, const char **msg) {
  for (;;) {
    warta_warc_record w;
    int r = warta_warc_next(in->warc, &w);
    uint64_t now = warta_warc_bytes_read(in->warc);
    size_t used = (size_t)(now - in->warc_bytes);
    in->warc_bytes = now;
    if (r == 0) return 0;
    if (r < 0) {
      in->w_bad++;
      in->w_records++;
      if (warta_warc_errcode(in->warc) == WARTA_OK) continue;
      return bad(in, msg, "%s: %s", in->path, warta_warc_errmsg(in->warc));
    }
    in->w_records++;
    const char *type = w.type ? w.type : "";
    if (strcmp(type, "response") != 0 && strcmp(type, "resource") != 0 && strcmp(type, "conversion") != 0) {
      in->w_other++;
      continue;
    }
    if (!w.payload && w.length > WARTA_MAX_PAGE_BYTES) {
      in->w_large++;
      continue;
    }
    if (!w.html) {
      in->w_nonhtml++;
      continue;
    }
    if (w.status && (w.status < 200 || w.status > 299)) {
      in->w_status++;
      continue;
    }
    memset(rec, 0, sizeof *rec);
    rec->in_bytes = used;
    snprintf(rec->where, sizeof rec->where, "%s: record %llu (%.300s)", in->path, (unsigned long long)w.number,
             w.uri ? w.uri : "no URI");
    snprintf(in->where, sizeof in->where, "%s#%llu", in->path, (unsigned long long)w.number);
    rec->meta.id = w.uri ? w.uri : in->where;
    int rc = from_html(in, rec, w.payload, w.payload_len, w.content_type, w.uri, msg);
    if (rc < 0) return rc;
    if (rc == WARTA_ERR_EMPTY) {
      in->w_empty++;
      continue;
    }
    if (rc != WARTA_OK) {
      in->w_bad++;
      return bad(in, msg, "%s: record %llu at byte %llu (%s): %s", in->path, (unsigned long long)w.number,
                 (unsigned long long)w.offset, w.uri ? w.uri : "no URI", warta_html_errmsg(in->html));
    }
    in->w_html++;
    return 1;
  }
}

int cli_inputs_next(cli_inputs *in, cli_record *rec, const char **msg) {
  for (;;) {
    if (in->kind == K_NONE) {
      int r = open_next(in, msg);
      if (r == 0 && in->skipped_binary) {
        cli_err("%lu binary file%s in the directories skipped", in->skipped_binary,
                in->skipped_binary == 1 ? "" : "s");
        in->skipped_binary = 0;
      }
      if (r <= 0) return r;
    }
    if (in->kind == K_TEXT || in->kind == K_HTML) {
      /* one article: the whole file */
      bool html = in->kind == K_HTML;
      free(in->buf);
      in->buf = NULL;
      const char *err = NULL;
      size_t len = 0;
      size_t limit = html ? WARTA_MAX_PAGE_BYTES : WARTA_MAX_DOC_BYTES;
      in->buf = cli_read_stream(in->f, "", 0, &len, limit, &err);
      if (in->buf && len > limit) {
        free(in->buf);
        in->buf = NULL;
        err = "input is over the document size limit";
      }
      in->cap_buf = len + 1;
      char serr[256];
      snprintf(serr, sizeof serr, "%s", in->s->err);
      close_file(in);
      if (!in->buf) return bad(in, msg, "%s: %s", in->path, serr[0] ? serr : err);
      memset(rec, 0, sizeof *rec);
      rec->in_bytes = len;
      snprintf(rec->where, sizeof rec->where, "%s", in->path);
      rec->meta.id = strcmp(in->path, "-") ? in->path : "stdin";
      if (!html) {
        rec->text = in->buf;
        rec->len = len;
        return 1;
      }
      int rc = from_html(in, rec, in->buf, len, NULL, NULL, msg);
      if (rc < 0) return rc;
      if (rc != WARTA_OK) return bad(in, msg, "%s: %s", in->path, warta_html_errmsg(in->html));
      return 1;
    }
    int r = in->kind == K_JSONL ? next_jsonl(in, rec, msg) : next_warc(in, rec, msg);
    if (r != 0) return r;
    if (in->kind == K_WARC) warc_summary(in);
    close_file(in);
  }
}

int cli_input_opt(int argc, char **argv, int *i, cli_input_opts *o, const char *cmd) {
  const char *a = argv[*i], *v;
  int r;
  if (!strcmp(a, "--all-text")) {
    o->all_text = true;
    return 1;
  }
  if ((r = cli_opt(argc, argv, i, "--input", &v)) != 0) {
    if (r > 0) {
      if (!strcmp(v, "jsonl")) o->force_jsonl = true;
      else if (!strcmp(v, "text")) o->force_text = true;
      else if (!strcmp(v, "html")) o->force_html = true;
      else if (!strcmp(v, "warc")) o->force_warc = true;
      else {
        cli_err("%s: unknown input format '%s' (text, jsonl, html or warc)", cmd, v);
        return -1;
      }
      return 1;
    }
  } else if ((r = cli_opt(argc, argv, i, "--text-field", &v)) != 0) {
    if (r > 0) o->text_field = v;
  } else if ((r = cli_opt(argc, argv, i, "--id-field", &v)) != 0) {
    if (r > 0) o->id_field = v;
  } else if ((r = cli_opt(argc, argv, i, "--html-field", &v)) != 0) {
    if (r > 0) o->html_field = v;
  } else {
    return 0;
  }
  if (r > 0) return 1;
  cli_err("%s: %s needs a value", cmd, a);
  return -1;
}
