/*
 * cmd_ingest.c — `warta ingest`: articles in, extracted, into the store.
 *
 * One pipeline for both inputs (articles, or --results lines of extraction
 * output): this thread reads records into slots; with --jobs N > 1, N
 * worker threads extract (one warta_doc per slot) and prepare them for the
 * store (warta_store_prepare: hashing, tokenizing, stemming, MinHash), and
 * one writer thread adds them in input order, so ids do not depend on
 * timing.  With --jobs 1 all of it runs here, one record after another.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "cli.h"
#include "inputs.h"

static const char usage_text[] =
    "usage: warta ingest [OPTIONS] [FILE|-]...\n"
    "\n"
    "Extracts who said what from articles and adds them to the store, an SQLite\n"
    "file (default warta.db): documents, quotes, speakers, sources, full-text index,\n"
    "and links between copies of one statement in different articles.\n"
    "A FILE is read as `warta extract` reads it: plain text, JSON Lines, HTML pages,\n"
    "WARC archives (.warc, .warc.gz) and folders of them.\n"
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
    "  --jobs N           extract and prepare with N threads (default 1); one writer\n"
    "  --batch N          documents per transaction (default 1000; at most 2 s each)\n"
    "  --results          the FILEs are `warta extract --with-text --format jsonl`\n"
    "                     output, added as they are, without extracting again\n"
    "                     (merging shards extracted elsewhere)\n"
    "  --input text|jsonl|html|warc, --text-field NAME, --id-field NAME,\n"
    "  --html-field NAME, --all-text, --repair, --fix-mojibake, --no-nfc\n"
    "                     as for warta extract\n"
    "  --quiet            no progress bar and no summary\n"
    "  -h, --help         this help\n"
    "\n"
    "A progress bar is shown on standard error when it is a terminal; a summary is\n"
    "printed at the end.  A bad record is reported with its file and line, and skipped.\n"
    "exit codes: 0 ok, 1 some records failed, 2 usage error or unreadable store,\n"
    "            3 the store failed (disk full, locked, ...) or out of memory\n"
    "\n"
    "examples:\n"
    "  warta ingest --published 2023-09-13 samples/*.txt\n"
    "  warta ingest --db news.db --jobs 2 articles.jsonl\n"
    "  warta extract --with-text --format jsonl shard1.jsonl > out1.jsonl   # elsewhere\n"
    "  warta ingest --db news.db --results out1.jsonl out2.jsonl\n";

/* One record on its way through the pipeline. */
enum { SLOT_EMPTY, SLOT_READ, SLOT_BUSY, SLOT_DONE };

typedef struct slot {
  int state;
  char *text; /* the article, or the --results line */
  size_t len;
  char *id, *published, *title, *url;
  char where[512];
  size_t in_bytes;
  warta_doc *doc;
  int rc;
  char *err;                  /* why extraction or reading failed */
  warta_store_prepared *prep; /* what the writer adds */
} slot;

/* Where records come from. */
typedef struct source {
  bool results;
  cli_inputs *in; /* articles */
  char **files;   /* --results: JSON Lines files, "-" for stdin */
  int nfiles, fi;
  FILE *f;
  unsigned long lineno;
  char *buf;
  size_t cap;
} source;

typedef struct ingest {
  /* options */
  const char *db_path, *published, *outlet;
  unsigned flags;
  int jobs;
  long batch;
  bool quiet;
  /* state */
  warta_engine *eng;
  warta_store *st;
  cli_progress prog;
  unsigned long long added, dups, quotes, linked, failed, in_batch;
  unsigned long long text_bytes; /* article text of the documents added */
  unsigned long long read_failed; /* bad records the reader met */
  double batch_t0;
  int status;        /* the writer's */
  bool wfatal;       /* set by the writer, without the lock */
  atomic_bool fatal; /* shared: set under the lock, read anywhere */
  /* threads */
  slot *slots;
  int nslots;
  pthread_mutex_t mu;
  /* each role waits on its own: the reader for its next slot to empty, the
   * workers for a slot read, the writer for its next slot done (one shared
   * condition woke every thread at every step: 14 futex calls a document) */
  pthread_cond_t cv_read, cv_work, cv_write;
  unsigned long long next_extract, next_write, nread;
  bool reading_done;
} ingest;

static void slot_clear(slot *s) {
  warta_store_prepared_free(s->prep);
  s->prep = NULL;
  free(s->text);
  free(s->id);
  free(s->published);
  free(s->title);
  free(s->url);
  free(s->err);
  s->text = s->id = s->published = s->title = s->url = s->err = NULL;
}

/* ------------------------------------------------------------ reading */

/* The next record into s: 1, 0 at the end, -1 for a bad record (reported). */
static int source_next(ingest *g, source *src, slot *s) {
  slot_clear(s);
  if (!src->results) {
    cli_record r;
    const char *msg;
    int rc = cli_inputs_next(src->in, &r, &msg);
    if (rc <= 0) {
      if (rc < 0) cli_err("%s", msg);
      return rc;
    }
    s->text = malloc(r.len + 1);
    if (!s->text) return -2;
    memcpy(s->text, r.text, r.len);
    s->text[r.len] = 0;
    s->len = r.len;
    s->id = cli_dupz(r.meta.id);
    s->published = cli_dupz(r.meta.published ? r.meta.published : g->published);
    s->title = cli_dupz(r.meta.title);
    s->url = cli_dupz(r.meta.url);
    snprintf(s->where, sizeof s->where, "%s", r.where);
    s->in_bytes = r.in_bytes;
    return 1;
  }
  for (;;) {
    if (!src->f) {
      if (src->fi >= src->nfiles) return 0;
      const char *path = src->files[src->fi++];
      src->f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
      src->lineno = 0;
      if (!src->f) {
        cli_err("%s: cannot open", path);
        return -1;
      }
    }
    const char *path = src->files[src->fi - 1];
    ssize_t n = getline(&src->buf, &src->cap, src->f);
    if (n < 0) {
      if (ferror(src->f)) cli_err("%s: read error", path);
      if (src->f != stdin) fclose(src->f);
      src->f = NULL;
      continue;
    }
    src->lineno++;
    size_t in = (size_t)n;
    while (n > 0 && (src->buf[n - 1] == '\n' || src->buf[n - 1] == '\r')) n--;
    if (n == 0) continue;
    s->text = malloc((size_t)n + 1);
    if (!s->text) return -2;
    memcpy(s->text, src->buf, (size_t)n);
    s->text[n] = 0;
    s->len = (size_t)n;
    snprintf(s->where, sizeof s->where, "%s:%lu", strcmp(path, "-") ? path : "stdin", src->lineno);
    s->in_bytes = in;
    return 1;
  }
}

/* ------------------------------------------------------- processing */

/* The worker's part: extraction (or reading a result), then the CPU half
 * of adding it to the store. */
static void slot_process(ingest *g, bool results, slot *s) {
  warta_store_prepared_free(s->prep);
  s->prep = NULL;
  free(s->err);
  s->err = NULL;
  if (results) {
    char err[300];
    s->prep = cli_prepare_result(s->text, s->len, g->outlet, g->published, &s->rc, err, sizeof err);
    if (!s->prep) s->err = cli_dupz(err);
    return;
  }
  warta_meta m = {s->id, s->published, s->title, s->url};
  s->rc = warta_extract(s->doc, s->text, s->len, &m, g->flags);
  if (s->rc != WARTA_OK) {
    s->err = cli_dupz(warta_errmsg(s->doc));
    return;
  }
  uint32_t nu, nm;
  warta_doc_repairs(s->doc, &nu, &nm);
  if (nu) cli_err("%s: replaced %u invalid UTF-8 sequence%s with U+FFFD", s->where, nu, nu == 1 ? "" : "s");
  if (nm) cli_err("%s: repaired %u mojibake sequence%s", s->where, nm, nm == 1 ? "" : "s");
  s->prep = warta_store_prepare(s->doc, g->outlet);
  if (!s->prep) {
    s->rc = WARTA_ERR_NOMEM;
    s->err = cli_dupz("out of memory preparing the document");
  }
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

/* The writer's part for one processed slot. */
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
  int rc = warta_store_add_prepared(g->st, s->prep, &a);
  if (rc != WARTA_OK) {
    cli_err("%s: %s", s->where, warta_store_errmsg(g->st));
    g->prog.failed++;
    g->failed++;
    g->status = EXIT_PARTIAL;
    if (rc == WARTA_ERR_IO || rc == WARTA_ERR_NOMEM) {
      g->wfatal = true; /* the store rolled the batch back */
      g->in_batch = 0;
    }
    return;
  }
  if (a.duplicate) {
    g->dups++;
  } else {
    g->added++;
    g->text_bytes += a.text_bytes;
  }
  g->quotes += a.quotes;
  g->linked += a.linked;
  if ((long)g->in_batch >= g->batch || cli_now() - g->batch_t0 > 2.0) commit(g);
  cli_progress_tick(&g->prog, "documents");
}

/* ------------------------------------------------------------ threads */

typedef struct worker_arg {
  ingest *g;
  bool results;
} worker_arg;

/* Wakes every thread (under the lock): a fatal error, or reading is done. */
static void wake_all(ingest *g) {
  pthread_cond_broadcast(&g->cv_read);
  pthread_cond_broadcast(&g->cv_work);
  pthread_cond_broadcast(&g->cv_write);
}

static void *worker(void *arg) {
  worker_arg *wa = arg;
  ingest *g = wa->g;
  pthread_mutex_lock(&g->mu);
  for (;;) {
    while (!g->fatal && g->next_extract >= g->nread && !g->reading_done) pthread_cond_wait(&g->cv_work, &g->mu);
    if (g->fatal || (g->next_extract >= g->nread && g->reading_done)) break;
    unsigned long long seq = g->next_extract++;
    slot *s = &g->slots[seq % (unsigned)g->nslots];
    s->state = SLOT_BUSY;
    pthread_mutex_unlock(&g->mu);
    slot_process(g, wa->results, s);
    pthread_mutex_lock(&g->mu);
    s->state = SLOT_DONE;
    if (seq == g->next_write) pthread_cond_signal(&g->cv_write); /* the one it waits for */
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
      pthread_cond_wait(&g->cv_write, &g->mu);
    if (g->fatal || (g->reading_done && g->next_write >= g->nread)) break;
    pthread_mutex_unlock(&g->mu);
    slot_write(g, s);
    warta_store_prepared_free(s->prep); /* free memory early, on this thread */
    s->prep = NULL;
    pthread_mutex_lock(&g->mu);
    if (g->wfatal) {
      g->fatal = true;
      wake_all(g);
    }
    s->state = SLOT_EMPTY;
    g->next_write++;
    pthread_cond_signal(&g->cv_read);
  }
  pthread_mutex_unlock(&g->mu);
  return NULL;
}

static void stop(ingest *g, const char *why) {
  if (why) cli_err("%s", why);
  pthread_mutex_lock(&g->mu);
  g->fatal = true;
  wake_all(g);
  pthread_mutex_unlock(&g->mu);
}

static void run_threads(ingest *g, source *src) {
  pthread_t *ws = calloc((size_t)g->jobs, sizeof *ws), wt;
  worker_arg wa = {g, src->results};
  int started = 0;
  bool writer_up = false;
  if (!ws) {
    stop(g, "out of memory");
    return;
  }
  for (int i = 0; i < g->jobs; i++, started++)
    if (pthread_create(&ws[i], NULL, worker, &wa) != 0) break;
  writer_up = pthread_create(&wt, NULL, writer, g) == 0;
  if (!writer_up || started == 0) stop(g, "cannot start threads");
  while (!g->fatal) {
    pthread_mutex_lock(&g->mu);
    slot *s = &g->slots[g->nread % (unsigned)g->nslots];
    while (!g->fatal && s->state != SLOT_EMPTY) pthread_cond_wait(&g->cv_read, &g->mu);
    pthread_mutex_unlock(&g->mu);
    if (g->fatal) break;
    int r = source_next(g, src, s); /* the slot is the reader's until READ */
    if (r == 0) break;
    if (r == -2) {
      stop(g, "out of memory");
      break;
    }
    if (r < 0) {
      g->read_failed++; /* the reader's own count */
      continue;
    }
    pthread_mutex_lock(&g->mu);
    s->state = SLOT_READ;
    g->nread++;
    pthread_cond_signal(&g->cv_work);
    pthread_mutex_unlock(&g->mu);
  }
  pthread_mutex_lock(&g->mu);
  g->reading_done = true;
  wake_all(g);
  pthread_mutex_unlock(&g->mu);
  for (int i = 0; i < started; i++) pthread_join(ws[i], NULL);
  if (writer_up) pthread_join(wt, NULL);
  free(ws);
}

static void run_serial(ingest *g, source *src) {
  slot *s = &g->slots[0];
  while (!g->wfatal) {
    int r = source_next(g, src, s);
    if (r == 0) break;
    if (r == -2) {
      cli_err("out of memory");
      g->wfatal = true;
      break;
    }
    if (r < 0) {
      g->read_failed++;
      continue;
    }
    slot_process(g, src->results, s);
    slot_write(g, s);
  }
}

int cmd_ingest(int argc, char **argv) {
  ingest g;
  memset(&g, 0, sizeof g);
  g.db_path = "warta.db";
  g.jobs = 1;
  g.batch = 1000;
  bool results = false;
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
    } else if ((r = cli_input_opt(argc, argv, &i, &iopts, "ingest")) != 0) {
      if (r < 0) {
        free(files);
        return EXIT_USAGE;
      }
    } else if (!strcmp(a, "--results")) {
      results = true;
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
  /* SQLite's memory statistics take a global mutex on every allocation;
   * nothing here reads them.  Only possible before SQLite is first used
   * (otherwise SQLITE_MISUSE, and nothing changes). */
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
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
  static char *stdin_only[] = {"-"};
  source src = {0};
  src.results = results;
  src.files = nfiles ? files : stdin_only;
  src.nfiles = nfiles ? nfiles : 1;
  if (!results) src.in = cli_inputs_new(files, nfiles, &iopts);
  g.nslots = g.jobs > 1 ? 4 * g.jobs : 1;
  g.slots = calloc((size_t)g.nslots, sizeof *g.slots);
  bool ok = (results || src.in) && g.slots;
  for (int i = 0; ok && !results && i < g.nslots; i++) ok = (g.slots[i].doc = warta_doc_new(g.eng)) != NULL;
  if (!ok) {
    cli_err("out of memory");
    g.wfatal = true;
  }
  pthread_mutex_init(&g.mu, NULL);
  pthread_cond_init(&g.cv_read, NULL);
  pthread_cond_init(&g.cv_work, NULL);
  pthread_cond_init(&g.cv_write, NULL);
  cli_progress_start(&g.prog, g.quiet);
  double t0 = cli_now();
  if (!g.wfatal) {
    if (g.jobs > 1) run_threads(&g, &src);
    else run_serial(&g, &src);
  }
  if (g.fatal) g.wfatal = true;
  if (g.read_failed) {
    g.failed += g.read_failed;
    g.prog.failed += g.read_failed;
    if (g.status == EXIT_OK) g.status = EXIT_PARTIAL;
  }
  if (!g.wfatal) commit(&g);
  else if (g.in_batch) warta_store_rollback(g.st); /* keep what was committed */
  double dt = cli_now() - t0;
  cli_progress_end(&g.prog, "documents");
  if (!g.quiet) {
    warta_store_counts c;
    double mb = (double)g.prog.bytes / 1e6, tmb = (double)g.text_bytes / 1e6;
    printf("warta: %llu new document%s, %llu already stored, %llu failed; %llu quote%s (%llu linked to copies); "
           "%.1f MB read in %.2f s; %.1f MB of new text (%.1f MB/s)\n",
           g.added, g.added == 1 ? "" : "s", g.dups, g.failed, g.quotes, g.quotes == 1 ? "" : "s", g.linked, mb,
           dt, tmb, dt > 0 ? tmb / dt : 0.0);
    if (warta_store_stats(g.st, &c) == WARTA_OK)
      printf("warta: %s holds %llu documents, %llu quotes, %llu speakers\n", g.db_path,
             (unsigned long long)c.documents, (unsigned long long)c.quotes, (unsigned long long)c.speakers);
  }
  if (g.wfatal) g.status = EXIT_FATAL;
  for (int i = 0; g.slots && i < g.nslots; i++) {
    slot_clear(&g.slots[i]);
    warta_doc_free(g.slots[i].doc);
  }
  free(g.slots);
  pthread_mutex_destroy(&g.mu);
  pthread_cond_destroy(&g.cv_read);
  pthread_cond_destroy(&g.cv_work);
  pthread_cond_destroy(&g.cv_write);
  if (src.f && src.f != stdin) fclose(src.f);
  free(src.buf);
  cli_inputs_free(src.in);
  warta_store_close(g.st);
  warta_engine_free(g.eng);
  free(files);
  if (fflush(stdout) != 0 && g.status == EXIT_OK) g.status = EXIT_FATAL;
  return g.status;
}
