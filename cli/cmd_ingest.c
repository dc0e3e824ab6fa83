/*
 * cmd_ingest.c — `warta ingest`: articles in, extracted, into the store.
 *
 * With --jobs N > 1, N worker threads extract (one warta_doc per record
 * slot) while this thread reads the inputs and one writer thread adds the
 * results to the store in input order, so ids do not depend on timing.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "inputs.h"

static const char usage_text[] =
    "usage: warta ingest [OPTIONS] [FILE|-]...\n"
    "\n"
    "Extracts who said what from articles and adds them to the store, an SQLite\n"
    "file (default warta.db): documents, quotes, speakers, sources, full-text index,\n"
    "and links between copies of one statement in different articles.\n"
    "A FILE is read as `warta extract` reads it (plain text or JSON Lines).\n"
    "\n"
    "Re-ingesting is a no-op: a document is known by a hash of its URL and text.\n"
    "Documents are committed in batches; if the run is killed, the store keeps every\n"
    "committed batch, and running the same command again adds the rest.\n"
    "\n"
    "options:\n"
    "  --db PATH          the store (default warta.db); created when missing\n"
    "  --published DATE   publication date YYYY-MM-DD for records that give none\n"
    "  --outlet NAME      the publishing outlet of every record (default: the\n"
    "                     dateline's outlet, else the URL's host)\n"
    "  --jobs N           extract with N threads (default 1); one writer\n"
    "  --batch N          documents per transaction (default 1000)\n"
    "  --results          the FILEs are `warta extract --with-text --format jsonl`\n"
    "                     output, added as they are, without extracting again\n"
    "                     (merging shards extracted elsewhere)\n"
    "  --input text|jsonl, --text-field NAME, --id-field NAME, --repair,\n"
    "  --fix-mojibake, --no-nfc    as for warta extract\n"
    "  --quiet            no progress bar and no summary\n"
    "  -h, --help         this help\n"
    "\n"
    "A progress bar is shown on standard error when it is a terminal; a summary is\n"
    "printed at the end.  A bad record is reported with its file and line, and skipped.\n"
    "exit codes: 0 ok, 1 some records failed, 2 usage error or unreadable input,\n"
    "            3 the store failed (disk full, locked, ...) or out of memory\n"
    "\n"
    "examples:\n"
    "  warta ingest --published 2023-09-13 samples/*.txt\n"
    "  warta ingest --db news.db --jobs 2 articles.jsonl\n";

/* One record on its way through the pipeline. */
enum { SLOT_EMPTY, SLOT_READ, SLOT_BUSY, SLOT_DONE, SLOT_END };

typedef struct slot {
  int state;
  unsigned long long seq;
  char *text;
  size_t len;
  char *id, *published, *title, *url;
  char where[512];
  size_t in_bytes;
  warta_doc *doc;
  int rc;
  char *err; /* extraction error message */
} slot;

typedef struct ingest {
  /* options */
  const char *db_path, *published, *outlet;
  unsigned flags;
  int jobs;
  long batch;
  bool quiet, results;
  /* state */
  warta_engine *eng;
  warta_store *st;
  cli_progress prog;
  unsigned long long added, dups, quotes, linked, failed, in_batch;
  double batch_t0;
  int status;          /* the writer's (or the serial loop's) */
  bool wfatal;         /* set by the writer, without the lock */
  atomic_bool fatal;   /* shared: set under the lock, read anywhere */
  unsigned long long read_failed; /* bad records the reader met (threaded: under the lock) */
  /* threads */
  slot *slots;
  int nslots;
  pthread_mutex_t mu;
  pthread_cond_t cv;
  unsigned long long next_extract, next_write, nread;
  bool reading_done;
} ingest;

static char *dupz(const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (p) memcpy(p, s, n + 1);
  return p;
}

static void slot_clear(slot *s) {
  free(s->text);
  free(s->id);
  free(s->published);
  free(s->title);
  free(s->url);
  free(s->err);
  s->text = s->id = s->published = s->title = s->url = s->err = NULL;
}

/* Copies a record into a slot (the reader's buffers are reused). */
static bool slot_fill(slot *s, const cli_record *r, const char *published) {
  slot_clear(s);
  s->text = malloc(r->len + 1);
  if (!s->text) return false;
  memcpy(s->text, r->text, r->len);
  s->text[r->len] = 0;
  s->len = r->len;
  s->id = dupz(r->meta.id);
  s->published = dupz(r->meta.published ? r->meta.published : published);
  s->title = dupz(r->meta.title);
  s->url = dupz(r->meta.url);
  snprintf(s->where, sizeof s->where, "%s", r->where);
  s->in_bytes = r->in_bytes;
  return true;
}

static void slot_extract(ingest *g, slot *s) {
  warta_meta m = {s->id, s->published, s->title, s->url};
  s->rc = warta_extract(s->doc, s->text, s->len, &m, g->flags);
  free(s->err);
  s->err = s->rc != WARTA_OK ? dupz(warta_errmsg(s->doc)) : NULL;
}

static int commit(ingest *g) {
  if (g->in_batch == 0) return WARTA_OK;
  int rc = warta_store_commit(g->st);
  g->in_batch = 0;
  if (rc != WARTA_OK) {
    cli_err("ingest: %s", warta_store_errmsg(g->st));
    g->wfatal = true;
  }
  return rc;
}

/* The writer's part for one extracted slot. */
static void slot_write(ingest *g, slot *s) {
  g->prog.items++;
  g->prog.bytes += s->in_bytes;
  if (s->rc != WARTA_OK) {
    cli_err("%s: %s", s->where, s->err ? s->err : warta_status_str(s->rc));
    g->prog.failed++;
    g->failed++;
    g->status = EXIT_PARTIAL;
    if (s->rc == WARTA_ERR_NOMEM) g->wfatal = true;
    return;
  }
  uint32_t nu, nm;
  warta_doc_repairs(s->doc, &nu, &nm);
  if (nu) cli_err("%s: replaced %u invalid UTF-8 sequence%s with U+FFFD", s->where, nu, nu == 1 ? "" : "s");
  if (nm) cli_err("%s: repaired %u mojibake sequence%s", s->where, nm, nm == 1 ? "" : "s");
  if (g->in_batch == 0) {
    if (warta_store_begin(g->st) != WARTA_OK) {
      cli_err("ingest: %s", warta_store_errmsg(g->st));
      g->wfatal = true;
      return;
    }
    g->batch_t0 = cli_now();
  }
  g->in_batch++;
  warta_store_added a;
  int rc = warta_store_add(g->st, s->doc, g->outlet, &a);
  if (rc != WARTA_OK) {
    cli_err("%s: %s", s->where, warta_store_errmsg(g->st));
    g->prog.failed++;
    g->failed++;
    g->status = EXIT_PARTIAL;
    if (rc == WARTA_ERR_IO || rc == WARTA_ERR_NOMEM) g->wfatal = true;
    return;
  }
  if (a.duplicate) g->dups++;
  else g->added++;
  g->quotes += a.quotes;
  g->linked += a.linked;
  if ((long)g->in_batch >= g->batch || cli_now() - g->batch_t0 > 2.0) commit(g);
  cli_progress_tick(&g->prog, "documents");
}

/* ------------------------------------------------------------ threads */

static void *worker(void *arg) {
  ingest *g = arg;
  pthread_mutex_lock(&g->mu);
  for (;;) {
    while (!g->fatal && g->next_extract >= g->nread && !g->reading_done) pthread_cond_wait(&g->cv, &g->mu);
    if (g->fatal || (g->next_extract >= g->nread && g->reading_done)) break;
    slot *s = &g->slots[g->next_extract % (unsigned)g->nslots];
    g->next_extract++;
    s->state = SLOT_BUSY;
    pthread_mutex_unlock(&g->mu);
    slot_extract(g, s);
    pthread_mutex_lock(&g->mu);
    s->state = SLOT_DONE;
    pthread_cond_broadcast(&g->cv);
  }
  pthread_mutex_unlock(&g->mu);
  return NULL;
}

static void *writer(void *arg) {
  ingest *g = arg;
  pthread_mutex_lock(&g->mu);
  for (;;) {
    slot *s = &g->slots[g->next_write % (unsigned)g->nslots];
    while (!g->fatal && !(g->next_write < g->nread && s->state == SLOT_DONE) &&
           !(g->reading_done && g->next_write >= g->nread))
      pthread_cond_wait(&g->cv, &g->mu);
    if (g->fatal || (g->reading_done && g->next_write >= g->nread)) break;
    pthread_mutex_unlock(&g->mu);
    slot_write(g, s);
    pthread_mutex_lock(&g->mu);
    if (g->wfatal) g->fatal = true;
    s->state = SLOT_EMPTY;
    g->next_write++;
    pthread_cond_broadcast(&g->cv);
  }
  pthread_mutex_unlock(&g->mu);
  return NULL;
}

static void run_threads(ingest *g, cli_inputs *in) {
  pthread_t *ws = calloc((size_t)g->jobs, sizeof *ws), wt;
  int started = 0;
  bool writer_up = false;
  if (!ws) {
    cli_err("out of memory");
    g->fatal = true;
    return;
  }
  for (int i = 0; i < g->jobs; i++, started++)
    if (pthread_create(&ws[i], NULL, worker, g) != 0) break;
  writer_up = pthread_create(&wt, NULL, writer, g) == 0;
  if (!writer_up || started == 0) {
    cli_err("cannot start threads");
    pthread_mutex_lock(&g->mu);
    g->fatal = true;
    pthread_cond_broadcast(&g->cv);
    pthread_mutex_unlock(&g->mu);
  }
  cli_record rec;
  const char *msg;
  int r;
  while (!g->fatal && (r = cli_inputs_next(in, &rec, &msg)) != 0) {
    if (r < 0) {
      cli_err("%s", msg);
      pthread_mutex_lock(&g->mu);
      g->read_failed++;
      pthread_mutex_unlock(&g->mu);
      continue;
    }
    pthread_mutex_lock(&g->mu);
    slot *s = &g->slots[g->nread % (unsigned)g->nslots];
    while (!g->fatal && s->state != SLOT_EMPTY) pthread_cond_wait(&g->cv, &g->mu);
    if (g->fatal) {
      pthread_mutex_unlock(&g->mu);
      break;
    }
    pthread_mutex_unlock(&g->mu);
    bool ok = slot_fill(s, &rec, g->published);
    pthread_mutex_lock(&g->mu);
    if (!ok) {
      cli_err("out of memory");
      g->fatal = true;
    } else {
      s->state = SLOT_READ;
      s->seq = g->nread++;
    }
    pthread_cond_broadcast(&g->cv);
    pthread_mutex_unlock(&g->mu);
  }
  pthread_mutex_lock(&g->mu);
  g->reading_done = true;
  pthread_cond_broadcast(&g->cv);
  pthread_mutex_unlock(&g->mu);
  for (int i = 0; i < started; i++) pthread_join(ws[i], NULL);
  if (writer_up) pthread_join(wt, NULL);
  free(ws);
}

static void run_serial(ingest *g, cli_inputs *in) {
  slot *s = &g->slots[0];
  cli_record rec;
  const char *msg;
  int r;
  while (!g->wfatal && (r = cli_inputs_next(in, &rec, &msg)) != 0) {
    if (r < 0) {
      cli_err("%s", msg);
      g->read_failed++;
      continue;
    }
    /* no copy needed: the record stays valid until the next call */
    warta_meta m = rec.meta;
    if (!m.published) m.published = g->published;
    s->rc = warta_extract(s->doc, rec.text, rec.len, &m, g->flags);
    free(s->err);
    s->err = s->rc != WARTA_OK ? dupz(warta_errmsg(s->doc)) : NULL;
    snprintf(s->where, sizeof s->where, "%s", rec.where);
    s->in_bytes = rec.in_bytes;
    slot_write(g, s);
  }
}

/* --results: JSON Lines of extraction results, one a line. */
static void run_results(ingest *g, char **files, int nfiles) {
  char *line = NULL;
  size_t cap = 0;
  const char *stdin_only[] = {"-"};
  if (nfiles == 0) {
    files = (char **)stdin_only;
    nfiles = 1;
  }
  for (int i = 0; i < nfiles && !g->wfatal; i++) {
    bool is_stdin = !strcmp(files[i], "-");
    FILE *f = is_stdin ? stdin : fopen(files[i], "rb");
    if (!f) {
      cli_err("%s: cannot open", files[i]);
      g->read_failed++;
      continue;
    }
    ssize_t n;
    unsigned long lineno = 0;
    while (!g->wfatal && (n = getline(&line, &cap, f)) >= 0) {
      lineno++;
      g->prog.bytes += (size_t)n;
      while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
      if (n == 0) continue;
      g->prog.items++;
      if (g->in_batch == 0) {
        if (warta_store_begin(g->st) != WARTA_OK) {
          cli_err("ingest: %s", warta_store_errmsg(g->st));
          g->wfatal = true;
          break;
        }
        g->batch_t0 = cli_now();
      }
      g->in_batch++;
      warta_store_added a;
      char err[600];
      int rc = cli_ingest_result(g->st, line, (size_t)n, g->outlet, g->published, &a, err, sizeof err);
      if (rc != WARTA_OK) {
        cli_err("%s:%lu: %s", is_stdin ? "stdin" : files[i], lineno, err);
        g->failed++;
        g->prog.failed++;
        g->status = EXIT_PARTIAL;
        if (rc == WARTA_ERR_IO || rc == WARTA_ERR_NOMEM) g->wfatal = true;
        continue;
      }
      if (a.duplicate) g->dups++;
      else g->added++;
      g->quotes += a.quotes;
      g->linked += a.linked;
      if ((long)g->in_batch >= g->batch || cli_now() - g->batch_t0 > 2.0) commit(g);
      cli_progress_tick(&g->prog, "documents");
    }
    if (ferror(f)) {
      cli_err("%s: read error", files[i]);
      g->read_failed++;
    }
    if (!is_stdin) fclose(f);
  }
  free(line);
}

int cmd_ingest(int argc, char **argv) {
  ingest g;
  memset(&g, 0, sizeof g);
  g.db_path = "warta.db";
  g.jobs = 1;
  g.batch = 1000;
  cli_input_opts iopts = {0};
  char **files = calloc((size_t)argc + 1, sizeof *files);
  int nfiles = 0;
  if (!files) return EXIT_FATAL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v = NULL;
    int r;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage_text, stdout);
      free(files);
      return EXIT_OK;
    } else if ((r = cli_opt(argc, argv, &i, "--db", &v)) != 0) {
      if (r < 0) goto missing;
      g.db_path = v;
    } else if ((r = cli_opt(argc, argv, &i, "--published", &v)) != 0) {
      if (r < 0) goto missing;
      g.published = v;
    } else if ((r = cli_opt(argc, argv, &i, "--outlet", &v)) != 0) {
      if (r < 0) goto missing;
      g.outlet = v;
    } else if ((r = cli_opt(argc, argv, &i, "--jobs", &v)) != 0) {
      if (r < 0) goto missing;
      long n = cli_parse_long(v);
      if (n < 1 || n > 64) {
        cli_err("ingest: --jobs wants a number from 1 to 64");
        free(files);
        return EXIT_USAGE;
      }
      g.jobs = (int)n;
    } else if ((r = cli_opt(argc, argv, &i, "--batch", &v)) != 0) {
      if (r < 0) goto missing;
      g.batch = cli_parse_long(v);
      if (g.batch < 1) {
        cli_err("ingest: --batch wants a positive number");
        free(files);
        return EXIT_USAGE;
      }
    } else if ((r = cli_opt(argc, argv, &i, "--input", &v)) != 0) {
      if (r < 0) goto missing;
      if (!strcmp(v, "jsonl")) iopts.force_jsonl = true;
      else if (!strcmp(v, "text")) iopts.force_text = true;
      else {
        cli_err("ingest: unknown input format '%s' (text or jsonl)", v);
        free(files);
        return EXIT_USAGE;
      }
    } else if ((r = cli_opt(argc, argv, &i, "--text-field", &v)) != 0) {
      if (r < 0) goto missing;
      iopts.text_field = v;
    } else if ((r = cli_opt(argc, argv, &i, "--id-field", &v)) != 0) {
      if (r < 0) goto missing;
      iopts.id_field = v;
    } else if (!strcmp(a, "--results")) {
      g.results = true;
    } else if (!strcmp(a, "--repair")) {
      g.flags |= WARTA_REPAIR_UTF8;
    } else if (!strcmp(a, "--fix-mojibake")) {
      g.flags |= WARTA_FIX_MOJIBAKE;
    } else if (!strcmp(a, "--no-nfc")) {
      g.flags |= WARTA_NO_NFC;
    } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
      g.quiet = true;
    } else if (a[0] == '-' && a[1]) {
      cli_err("ingest: unknown option '%s' (see warta ingest --help)", a);
      free(files);
      return EXIT_USAGE;
    } else {
      files[nfiles++] = argv[i];
    }
    continue;
  missing:
    cli_err("ingest: %s needs a value", a);
    free(files);
    return EXIT_USAGE;
  }
  g.eng = warta_engine_new();
  if (!g.eng) {
    cli_err("out of memory");
    free(files);
    return EXIT_FATAL;
  }
  if (g.published) {
    warta_doc *d = warta_doc_new(g.eng);
    warta_meta m = {NULL, g.published, NULL, NULL};
    int rc = d ? warta_extract(d, "", 0, &m, 0) : WARTA_ERR_NOMEM;
    if (rc != WARTA_OK) cli_err("ingest: --published: %s", d ? warta_errmsg(d) : "out of memory");
    warta_doc_free(d);
    if (rc != WARTA_OK) {
      warta_engine_free(g.eng);
      free(files);
      return EXIT_USAGE;
    }
  }
  int rc = warta_store_open(g.db_path, 0, &g.st);
  if (rc != WARTA_OK) {
    cli_err("ingest: %s", g.st ? warta_store_errmsg(g.st) : "out of memory");
    warta_store_close(g.st);
    warta_engine_free(g.eng);
    free(files);
    return rc == WARTA_ERR_NOMEM ? EXIT_FATAL : EXIT_USAGE;
  }
  cli_inputs *in = cli_inputs_new(files, nfiles, &iopts);
  g.nslots = g.jobs > 1 ? 4 * g.jobs : 1;
  g.slots = calloc((size_t)g.nslots, sizeof *g.slots);
  bool ok = in && g.slots;
  for (int i = 0; ok && i < g.nslots; i++) ok = (g.slots[i].doc = warta_doc_new(g.eng)) != NULL;
  if (!ok) {
    cli_err("out of memory");
    g.fatal = true;
  }
  pthread_mutex_init(&g.mu, NULL);
  pthread_cond_init(&g.cv, NULL);
  cli_progress_start(&g.prog, g.quiet);
  double t0 = cli_now();
  if (!g.fatal) {
    if (g.results) run_results(&g, files, nfiles);
    else if (g.jobs > 1) run_threads(&g, in);
    else run_serial(&g, in);
  }
  if (g.wfatal) g.fatal = true;
  if (g.read_failed) {
    g.failed += g.read_failed;
    g.prog.failed += g.read_failed;
    if (g.status == EXIT_OK) g.status = EXIT_PARTIAL;
  }
  if (!g.fatal) commit(&g);
  if (g.wfatal) g.fatal = true;
  if (g.fatal && g.in_batch) {
    /* a fatal error: keep what was committed, drop the batch in progress */
    warta_store_rollback(g.st);
  }
  double dt = cli_now() - t0;
  cli_progress_end(&g.prog, "documents");
  if (!g.quiet) {
    warta_store_counts c;
    double mb = (double)g.prog.bytes / 1e6;
    printf("warta: %llu new document%s, %llu already stored, %llu failed; %llu quote%s (%llu linked to copies); "
           "%.1f MB in %.1f s (%.1f MB/s)\n",
           g.added, g.added == 1 ? "" : "s", g.dups, g.failed, g.quotes, g.quotes == 1 ? "" : "s", g.linked, mb,
           dt, dt > 0 ? mb / dt : 0.0);
    if (warta_store_stats(g.st, &c) == WARTA_OK)
      printf("warta: %s holds %llu documents, %llu quotes, %llu speakers\n", g.db_path,
             (unsigned long long)c.documents, (unsigned long long)c.quotes, (unsigned long long)c.speakers);
  }
  if (g.fatal) g.status = EXIT_FATAL;
  for (int i = 0; g.slots && i < g.nslots; i++) {
    slot_clear(&g.slots[i]);
    warta_doc_free(g.slots[i].doc);
  }
  free(g.slots);
  pthread_mutex_destroy(&g.mu);
  pthread_cond_destroy(&g.cv);
  cli_inputs_free(in);
  warta_store_close(g.st);
  warta_engine_free(g.eng);
  free(files);
  if (fflush(stdout) != 0 && g.status == EXIT_OK) g.status = EXIT_FATAL;
  return g.status;
}
