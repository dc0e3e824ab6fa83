/* inputs.c — see inputs.h. */
#define _GNU_SOURCE
#include "inputs.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct cli_inputs {
  char **paths;
  int npaths, next;
  cli_input_opts opts;
  /* the file being read */
  FILE *f;
  const char *path;
  bool jsonl;
  unsigned long line;
  char *buf; /* current line or file */
  size_t cap;
  cJSON *json;
  char idbuf[64];
  char msg[1024];
  bool any_jsonl;
  char sniffed[4096]; /* bytes read while sniffing a stream that cannot rewind */
  size_t nsniffed;
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
  return in;
}

void cli_inputs_free(cli_inputs *in) {
  if (!in) return;
  if (in->f && in->f != stdin) fclose(in->f);
  cJSON_Delete(in->json);
  free(in->buf);
  free(in);
}

bool cli_inputs_is_stream(const cli_inputs *in) { return in->any_jsonl || in->npaths > 1; }

static bool ends_with(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && strcmp(s + n - m, suf) == 0;
}

/* JSON Lines if the name says so, or the first non-space byte is '{'. */
static bool sniff_jsonl(cli_inputs *in) {
  if (in->opts.force_jsonl) return true;
  if (in->opts.force_text) return false;
  if (ends_with(in->path, ".jsonl") || ends_with(in->path, ".ndjson")) return true;
  if (ends_with(in->path, ".txt")) return false;
  int c;
  in->nsniffed = 0;
  while ((c = getc(in->f)) != EOF && (c == ' ' || c == '\t' || c == '\r' || c == '\n') &&
         in->nsniffed < sizeof in->sniffed - 1)
    in->sniffed[in->nsniffed++] = (char)c;
  if (c != EOF) ungetc(c, in->f);
  /* nothing is lost: a file is rewound, a pipe keeps what was read in sniffed */
  if (in->f != stdin && fseek(in->f, 0, SEEK_SET) == 0) in->nsniffed = 0;
  /* a plain-text article never starts with '{' in practice */
  return c == '{';
}

static int bad(cli_inputs *in, const char **msg, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int bad(cli_inputs *in, const char **msg, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(in->msg, sizeof in->msg, fmt, ap);
  va_end(ap);
  *msg = in->msg;
  return -1;
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

ssize_t cli_read_line(FILE *f, char **buf, size_t *cap, size_t limit) {
  size_t n = 0, kept = 0;
  int c;
  if (!*buf || *cap == 0) {
    size_t want = limit + 1 < 4096 ? limit + 1 : 4096;
    char *nb = realloc(*buf, want);
    if (!nb) return -2;
    *buf = nb;
    *cap = want;
  }
  flockfile(f);
  while ((c = getc_unlocked(f)) != EOF) {
    n++;
    if (kept < limit) {
      if (kept + 1 >= *cap) {
        size_t want = *cap * 2;
        if (want > limit + 1) want = limit + 1;
        char *nb = realloc(*buf, want);
        if (!nb) {
          funlockfile(f);
          return -2;
        }
        *buf = nb;
        *cap = want;
      }
      (*buf)[kept++] = (char)c;
    }
    if (c == '\n') break;
  }
  funlockfile(f);
  (*buf)[kept] = 0;
  return n ? (ssize_t)n : -1;
}

int cli_inputs_parse_jsonl(cli_inputs *in, const char *line, size_t n, cli_record *rec, const char **msg) {
  size_t len = n;
  while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
  size_t a = 0;
  if (len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) a = 3; /* a byte-order mark (Windows tools) */
  while (a < len && (line[a] == ' ' || line[a] == '\t')) a++;
  if (a == len) return 0; /* blank line */
  /* cJSON reads a raw NUL inside a string and the text would end there */
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
  cJSON *t = cJSON_GetObjectItemCaseSensitive(in->json, in->opts.text_field);
  if (!cJSON_IsString(t))
    return bad(in, msg, "%s: no \"%s\" string in the record", rec->where, in->opts.text_field);
  /* cJSON stops a string at \u0000; say so rather than cut the text short */
  if (memmem(line + a, len - a, "\\u0000", 6))
    return bad(in, msg, "%s: the text holds a NUL character (\\u0000)", rec->where);
  rec->text = t->valuestring;
  rec->len = strlen(t->valuestring);
  memset(&rec->meta, 0, sizeof rec->meta);
  rec->meta.id = json_str(in->json, in->opts.id_field, in->idbuf, sizeof in->idbuf);
  rec->meta.published = json_str(in->json, "published", NULL, 0);
  rec->meta.title = json_str(in->json, "title", NULL, 0);
  rec->meta.url = json_str(in->json, "url", NULL, 0);
  return 1;
}

static int next_jsonl(cli_inputs *in, cli_record *rec, const char **msg) {
  for (;;) {
    ssize_t n = cli_read_line(in->f, &in->buf, &in->cap, CLI_MAX_LINE_BYTES);
    if (n == -2) return bad(in, msg, "%s: out of memory reading line %lu", in->path, in->line + 1);
    if (n < 0) {
      if (ferror(in->f)) return bad(in, msg, "%s: read error after line %lu", in->path, in->line);
      return 0;
    }
    in->line++;
    rec->in_bytes = (size_t)n;
    snprintf(rec->where, sizeof rec->where, "%s:%lu", in->path, in->line);
    if ((size_t)n > CLI_MAX_LINE_BYTES)
      return bad(in, msg, "%s: line of %zd bytes is over the JSONL line limit of %u bytes", rec->where, n,
                 CLI_MAX_LINE_BYTES);
    int r = cli_inputs_parse_jsonl(in, in->buf, (size_t)n, rec, msg);
    if (r != 0) return r;
  }
}

int cli_inputs_next(cli_inputs *in, cli_record *rec, const char **msg) {
  for (;;) {
    if (!in->f) {
      if (in->next >= in->npaths) return 0;
      in->path = in->paths[in->next++];
      in->line = 0;
      in->f = strcmp(in->path, "-") == 0 ? stdin : fopen(in->path, "rb");
      if (!in->f) return bad(in, msg, "%s: %s", in->path, strerror(errno));
      in->jsonl = sniff_jsonl(in);
      if (in->jsonl) in->any_jsonl = true;
      if (!in->jsonl) {
        /* one article: the whole file */
        FILE *f = in->f;
        in->f = NULL;
        free(in->buf);
        const char *err = NULL;
        size_t len = 0;
        in->buf = cli_read_stream(f, in->sniffed, in->nsniffed, &len, WARTA_MAX_DOC_BYTES, &err);
        if (f != stdin) fclose(f);
        in->cap = len + 1;
        if (!in->buf) return bad(in, msg, "%s: %s", in->path, err);
        memset(rec, 0, sizeof *rec);
        rec->text = in->buf;
        rec->len = len;
        rec->in_bytes = len;
        snprintf(rec->where, sizeof rec->where, "%s", in->path);
        rec->meta.id = strcmp(in->path, "-") ? in->path : "stdin";
        return 1;
      }
    }
    int r = next_jsonl(in, rec, msg);
    if (r != 0) return r;
    if (in->f != stdin) fclose(in->f);
    in->f = NULL;
  }
}
