/* cli.h — what the warta program's subcommands share. */
#ifndef WARTA_CLI_H
#define WARTA_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "warta.h"

/* Exit codes of every subcommand (documented in README and --help). */
enum {
  EXIT_OK = 0,      /* everything worked */
  EXIT_PARTIAL = 1, /* some records failed; the rest were processed */
  EXIT_USAGE = 2,   /* bad arguments, or an input or output could not be opened */
  EXIT_FATAL = 3    /* out of memory or a write error stopped the run */
};

typedef int (*cmd_fn)(int argc, char **argv);

int cmd_extract(int argc, char **argv);
/* the store: cmd_ingest.c, cmd_search.c, cmd_stem.c */
int cmd_ingest(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_speakers(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_trace(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_stem(int argc, char **argv);
/* cmd_ingest_json.c: one line of `warta extract --with-text` JSON output,
 * prepared for the store (warta_store_prepare_record).  NULL with *status
 * and err set when the line cannot be read; thread-safe. */
warta_store_prepared *cli_prepare_result(const char *line, size_t n, const char *outlet, const char *published,
                                         int *status, char *err, size_t errcap);
/* cmd_serve.c: the HTTP API and web page */
int cmd_serve(int argc, char **argv);

/* util.c */
/* Reads a whole file (or stdin for "-") into a malloc'd buffer with a NUL
 * after it.  Returns NULL and sets *err on failure. */
char *cli_read_file(const char *path, size_t *len, size_t limit, const char **err);
/* The same from an open stream, after plen bytes already read from it. */
char *cli_read_stream(FILE *f, const char *prefix, size_t plen, size_t *len, size_t limit, const char **err);
/* A warta_write_fn that writes to a FILE*. */
int cli_write_file(void *ctx, const char *buf, size_t len);
/* Progress on stderr, only when stderr is a terminal; at most twice a second. */
typedef struct cli_progress {
  bool on;
  double t0, last;
  unsigned long long items, bytes, failed;
} cli_progress;
void cli_progress_start(cli_progress *p, bool quiet);
void cli_progress_tick(cli_progress *p, const char *what);
void cli_progress_end(cli_progress *p, const char *what);
double cli_now(void);
/* "warta: " + message on stderr. */
void cli_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A malloc'd copy of s (NULL for NULL, or when memory runs out). */
char *cli_dupz(const char *s);
/* Parses a non-negative integer option value; -1 when invalid. */
long cli_parse_long(const char *s);
/* Does the argument match "--name" or "--name=value"?  Sets *val to the value
 * (from the same argument or the next one, advancing *i).  Returns 1 matched,
 * 0 not this option, -1 matched without the value it needs. */
int cli_opt(int argc, char **argv, int *i, const char *name, const char **val);

#endif
