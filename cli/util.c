/* util.c — file reading, output and progress for the warta program. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

void cli_err(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("warta: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

double cli_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

char *cli_read_stream(FILE *f, const char *prefix, size_t plen, size_t *len, size_t limit, const char **err) {
  size_t cap = 65536, n = 0;
  struct stat st;
  if (fstat(fileno(f), &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      *err = "is a directory";
      return NULL;
    }
    if (S_ISREG(st.st_mode)) {
      if ((size_t)st.st_size > limit) {
        *err = "file is over the document size limit";
        return NULL;
      }
      cap = (size_t)st.st_size + plen + 1;
    }
  }
  if (cap < plen + 1) cap = plen + 1;
  char *buf = malloc(cap);
  if (!buf) {
    *err = "out of memory";
    return NULL;
  }
  memcpy(buf, prefix, plen);
  n = plen;
  for (;;) {
    if (n + 1 >= cap) {
      if (cap > limit + 1) {
        *err = "input is over the document size limit";
        free(buf);
        return NULL;
      }
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        *err = "out of memory";
        free(buf);
        return NULL;
      }
      buf = nb;
      cap *= 2;
    }
    size_t r = fread(buf + n, 1, cap - 1 - n, f);
    n += r;
    if (r == 0) break;
  }
  if (ferror(f)) {
    *err = "read error";
    free(buf);
    return NULL;
  }
  buf[n] = 0;
  *len = n;
  return buf;
}

char *cli_read_file(const char *path, size_t *len, size_t limit, const char **err) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) {
    *err = strerror(errno);
    return NULL;
  }
  char *buf = cli_read_stream(f, "", 0, len, limit, err);
  if (f != stdin) fclose(f);
  return buf;
}

int cli_write_file(void *ctx, const char *buf, size_t len) {
  return fwrite(buf, 1, len, (FILE *)ctx) == len ? 0 : 1;
}

void cli_progress_start(cli_progress *p, bool quiet) {
  memset(p, 0, sizeof *p);
  p->on = !quiet && isatty(STDERR_FILENO);
  p->t0 = p->last = cli_now();
}

static void progress_line(cli_progress *p, const char *what, const char *end) {
  double dt = cli_now() - p->t0;
  double mb = (double)p->bytes / 1e6;
  fprintf(stderr, "\rwarta: %llu %s, %.1f MB, %.1f MB/s%s%s", p->items, what, mb, dt > 0 ? mb / dt : 0.0,
          p->failed ? ", some failed" : "", end);
  fflush(stderr);
}

void cli_progress_tick(cli_progress *p, const char *what) {
  if (!p->on) return;
  double t = cli_now();
  if (t - p->last < 0.5) return;
  p->last = t;
  progress_line(p, what, "");
}

void cli_progress_end(cli_progress *p, const char *what) {
  if (p->on && cli_now() - p->t0 >= 0.5) progress_line(p, what, "\n");
}

long cli_parse_long(const char *s) {
  if (!s || !*s) return -1;
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || *end || v < 0) return -1;
  return v;
}

int cli_opt(int argc, char **argv, int *i, const char *name, const char **val) {
  const char *a = argv[*i];
  size_t n = strlen(name);
  if (strncmp(a, name, n) != 0) return 0;
  if (a[n] == '=') {
    *val = a + n + 1;
    return 1;
  }
  if (a[n] != 0) return 0;
  if (*i + 1 >= argc) return -1;
  *val = argv[++*i];
  return 1;
}

char *cli_dupz(const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (p) memcpy(p, s, n + 1);
  return p;
}
