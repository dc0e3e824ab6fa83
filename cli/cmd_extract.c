/* cmd_extract.c — `warta extract`: articles in, schema-v1 JSON out. */
#define _GNU_SOURCE /* open_memstream */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "inputs.h"

static const char usage_text[] =
    "usage: warta extract [OPTIONS] [FILE|-]...\n"
    "\n"
    "Reads articles and prints, for each, who said what, according to whom, when\n"
    "(JSON, schema version 1).  A FILE is a plain-text article, a JSON Lines file\n"
    "with one article a line: {\"id\", \"text\", \"published\", \"title\", \"url\"}, an HTML\n"
    "page, a WARC archive (.warc or .warc.gz: every HTML response in it), any of\n"
    "these gzipped, or a directory (read recursively, sorted, hidden files skipped).\n"
    "Without FILE, or with -, reads standard input.  For HTML the article's main text\n"
    "is extracted (menus, share bars, \"Baca juga\" boxes, comments left out) and the\n"
    "title, date and URL come from the page; offsets refer to that text (--with-text).\n"
    "\n"
    "options:\n"
    "  --format F        json (one object; an array for several documents),\n"
    "                    jsonl (one object a line), summary (who said what, for people)\n"
    "                    or text (the ingested text and metadata only, no analysis).\n"
    "                    Default: json for one plain-text article, jsonl otherwise.\n"
    "  --published DATE  publication date YYYY-MM-DD for records that do not give one;\n"
    "                    relative dates (\"kemarin\", \"Selasa\") are resolved against it\n"
    "  --with-text       include the article text in the output\n"
    "  --segments        include paragraph and sentence spans (to inspect segmentation)\n"
    "  --segment-only    stop after segmentation, dateline and boilerplate (benchmarks)\n"
    "  --repair          replace invalid UTF-8 and NUL bytes with U+FFFD (and say so)\n"
    "                    instead of rejecting the record\n"
    "  --fix-mojibake    rewrite cp1252 mojibake (\"â€œ\" -> \"“\", also broken twice:\n"
    "                    \"Ã¢â‚¬Å“\") in the text; offsets then refer to the\n"
    "                    repaired text, which the output includes\n"
    "  --no-nfc          do not normalise the text to Unicode NFC\n"
    "  --input text|jsonl|html|warc  the input format, instead of guessing from the\n"
    "                    name (.txt .jsonl .html .warc .warc.gz) and the content\n"
    "  --text-field NAME JSONL field holding the text (default \"text\")\n"
    "  --id-field NAME   JSONL field holding the identifier (default \"id\")\n"
    "  --html-field NAME JSONL field holding the article's HTML (read like an HTML page;\n"
    "                    the record's own title, published and url win over the page's)\n"
    "  --all-text        HTML: keep all the page's text, menus and footers too (no\n"
    "                    main-text selection; scripts, styles, hidden elements dropped)\n"
    "  --pretty          indent jsonl output too\n"
    "  --jobs N          extract with N threads (default 1); output stays in input order\n"
    "  --quiet           no progress line on a terminal\n"
    "  -h, --help        this help\n"
    "\n"
    "A bad record is reported on standard error with its file and line (for WARC: its\n"
    "record number and byte offset), and skipped.  After each WARC file a line on\n"
    "standard error counts the HTML pages read and the records skipped.\n"
    "exit codes: 0 ok, 1 some records failed, 2 usage error or unreadable input,\n"
    "            3 out of memory or write error\n"
    "\n"
    "examples:\n"
    "  warta extract --published 2023-09-13 article.txt\n"
    "  warta extract --format jsonl articles.jsonl > quotes.jsonl\n"
    "  warta extract --jobs 2 --format jsonl articles.jsonl > quotes.jsonl\n"
    "  warta extract --format summary samples/*.txt\n"
    "  warta extract --with-text page.html\n"
    "  warta extract --format jsonl crawl.warc.gz > quotes.jsonl\n"
    "  warta extract --format text crawl/          # what was ingested from each page\n"
    "  warta extract --html-field html dump.jsonl\n";

enum fmt { F_DEFAULT, F_JSON, F_JSONL, F_SUMMARY, F_TEXT };

/* --format text: the ingested text and metadata, no analysis. */
static void print_text(FILE *out, const cli_record *r) {
  fprintf(out, "== %s\n", r->where);
  const char *keys[] = {"id", "title", "published", "author", "url", "outlet"};
  const char *vals[] = {r->meta.id, r->meta.title, r->meta.published, r->author, r->meta.url, r->outlet};
  for (int k = 0; k < 6; k++)
    if (vals[k]) fprintf(out, "%s: %s\n", keys[k], vals[k]);
  fputc('\n', out);
  fwrite(r->text, 1, r->len, out);
  fputs("\n\n", out);
}

static void span_text(const warta_doc *d, warta_span s, const char **p, int *n) {
  size_t len;
  const char *t = warta_doc_text(d, &len);
  *p = t + s.start;
  *n = (int)(s.end - s.start);
}

/* Who said what, one line a quote: for people (and `make run`). */
static void print_summary(FILE *out, const warta_doc *d) {
  const char *id = warta_doc_id(d), *title = warta_doc_title(d);
  fprintf(out, "== %s%s%s%s\n", id ? id : "(no id)", title ? " — " : "", title ? title : "",
          warta_doc_published(d) ? "" : "");
  const warta_dateline *dl = warta_doc_dateline(d);
  if (dl) {
    const char *p;
    int n;
    fputs("   dateline:", out);
    if (dl->place.end > dl->place.start) {
      span_text(d, dl->place, &p, &n);
      fprintf(out, " %.*s", n, p);
    }
    if (dl->outlet.end > dl->outlet.start) {
      span_text(d, dl->outlet, &p, &n);
      fprintf(out, " (%.*s)", n, p);
    }
    fputc('\n', out);
  }
  size_t nq = warta_doc_quote_count(d);
  if (!nq) fprintf(out, "   no quotes found\n");
  for (size_t i = 0; i < nq; i++) {
    const warta_quote *q = warta_doc_quote(d, i);
    const char *p;
    int n;
    const warta_entity *e = q->entity >= 0 ? warta_doc_entity(d, (size_t)q->entity) : NULL;
    if (e) fprintf(out, "   %s", e->name);
    else if (q->speaker.end > q->speaker.start) {
      span_text(d, q->speaker, &p, &n);
      fprintf(out, "   %.*s", n, p);
    } else {
      fprintf(out, "   (unknown speaker)");
    }
    if (e && e->nroles) {
      span_text(d, e->roles[0], &p, &n);
      fprintf(out, ", %.*s", n, p);
    }
    if (e && e->naffiliations) {
      span_text(d, e->affiliations[0], &p, &n);
      fprintf(out, " (%.*s)", n, p);
    }
    fprintf(out, " [%s", warta_quote_kind_str(q->kind));
    if (q->cue.end > q->cue.start) {
      span_text(d, q->cue, &p, &n);
      fprintf(out, ", \"%.*s\"", n, p);
    }
    for (uint32_t k = 0; k < q->nsources; k++)
      fprintf(out, ", via %s%s%s", q->sources[k].name, q->sources[k].date ? " " : "",
              q->sources[k].date ? q->sources[k].date : "");
    span_text(d, q->content, &p, &n);
    if (n > 240) fprintf(out, "]: “%.*s…”\n", 240, p);
    else fprintf(out, "]: “%.*s”\n", n, p);
  }
}

/* ------------------------------------------------------------ --jobs N
 * N threads (the main one included) each take the next batch of records from
 * the input (reading is serialised by a lock; a record is copied into the
 * batch, since it lives only until the next read), extract it with their own
 * warta_doc (the engine is shared: it is immutable), and then write, in input
 * order, every finished batch that is next in line.  A ring of batches bounds
 * memory on a stream of any length: a thread waits before reading a batch
 * that would get more than the ring's size ahead of the writing. */

enum { BATCH_RECS = 64, BATCH_BYTES = 1 << 20 };

typedef struct job_rec {
  size_t text, len;                 /* text at data + text, len bytes */
  size_t id, published, title, url; /* offsets into data, SIZE_MAX when absent */
  size_t where;                     /* offset of the record's "file:line" */
  size_t out, outlen;               /* its output in the batch's out buffer */
  int rc;                           /* warta_extract's status, -1 an input error, -2 not extracted */
} job_rec;

typedef struct job_batch {
  char *data;
  size_t len, cap;
  job_rec *recs;
  size_t n, rcap;
  char *out, *msg; /* memstreams' buffers: output and messages, in record order */
  size_t outlen, msglen;
  unsigned long long items, bytes; /* records read into it, for the progress line */
  size_t seq;
  bool done;       /* extracted, waiting to be written */
  int fatal;       /* a write into the buffers failed */
} job_batch;

typedef struct job_out {
  FILE *out;
  enum fmt fmt;
  unsigned long ndocs;
  char *held; /* --format json: the first document, until we know whether more follow */
  size_t heldlen;
  int status;
  bool stop;
} job_out;

typedef struct job_pool {
  pthread_mutex_t read_mu; /* the input, eof, and filling a batch */
  pthread_mutex_t mu;      /* the ring, the output, stop */
  pthread_cond_t freed;    /* a batch was written: its slot is free */
  cli_inputs *in;
  const char *published;
  bool eof;
  job_batch *ring;
  size_t nring, read_seq, next_write;
  const warta_engine *eng;
  unsigned flags, jopts;
  enum fmt fmt;
  bool pretty_lines;
  job_out w;
  cli_progress *prog;
} job_pool;

static size_t batch_put(job_batch *b, const char *s, size_t n, bool nul) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 65536;
    while (b->len + n + 1 > cap) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) return SIZE_MAX;
    b->data = d;
    b->cap = cap;
  }
  size_t at = b->len;
  memcpy(b->data + at, s, n);
  b->len += n;
  if (nul) b->data[b->len++] = 0;
  return at;
}

static size_t batch_str(job_batch *b, const char *s) { return s ? batch_put(b, s, strlen(s), true) : SIZE_MAX; }

static job_rec *batch_rec(job_batch *b) {
  if (b->n == b->rcap) {
    size_t cap = b->rcap ? b->rcap * 2 : BATCH_RECS;
    job_rec *r = realloc(b->recs, cap * sizeof *r);
    if (!r) return NULL;
    b->recs = r;
    b->rcap = cap;
  }
  job_rec *r = &b->recs[b->n++];
  memset(r, 0, sizeof *r);
  return r;
}

static const char *batch_at(const job_batch *b, size_t off) { return off == SIZE_MAX ? NULL : b->data + off; }

/* Extracts every record of a batch into its output and message buffers. */
static void run_batch(job_pool *p, warta_doc *doc, job_batch *b) {
  size_t outlen = 0, msglen = 0;
  char *out = NULL, *msg = NULL;
  FILE *o = open_memstream(&out, &outlen), *m = open_memstream(&msg, &msglen);
  if (!o || !m) b->fatal = 1;
  for (size_t i = 0; i < b->n && !b->fatal; i++) {
    job_rec *r = &b->recs[i];
    const char *where = batch_at(b, r->where);
    if (r->rc == -1) { /* an input error: its message is where */
      fprintf(m, "warta: %s\n", where);
      continue;
    }
    warta_meta meta = {batch_at(b, r->id), batch_at(b, r->published), batch_at(b, r->title), batch_at(b, r->url)};
    r->rc = warta_extract(doc, b->data + r->text, r->len, &meta, p->flags);
    if (r->rc != WARTA_OK) {
      fprintf(m, "warta: %s: %s\n", where, warta_errmsg(doc));
      if (r->rc == WARTA_ERR_NOMEM) break;
      continue;
    }
    uint32_t nu, nm;
    warta_doc_repairs(doc, &nu, &nm);
    if (nu) fprintf(m, "warta: %s: replaced %u invalid UTF-8 sequence%s with U+FFFD\n", where, nu, nu == 1 ? "" : "s");
    if (nm) fprintf(m, "warta: %s: repaired %u mojibake sequence%s\n", where, nm, nm == 1 ? "" : "s");
    fflush(o);
    r->out = outlen;
    int wr = 0;
    if (p->fmt == F_SUMMARY) {
      print_summary(o, doc);
    } else if (p->fmt == F_JSONL) {
      wr = warta_doc_write_json(doc, p->jopts | (p->pretty_lines ? WARTA_JSON_PRETTY : 0), cli_write_file, o);
      if (!wr && fputc('\n', o) == EOF) wr = WARTA_ERR_IO;
    } else {
      wr = warta_doc_write_json(doc, p->jopts | WARTA_JSON_PRETTY, cli_write_file, o);
    }
    fflush(o);
    r->outlen = outlen - r->out;
    if (wr) b->fatal = 1;
  }
  if (o && fclose(o) != 0) b->fatal = 1;
  if (m && fclose(m) != 0) b->fatal = 1;
  b->out = out;
  b->outlen = o ? outlen : 0;
  b->msg = msg;
  b->msglen = m ? msglen : 0;
}

/* Writes a finished batch: messages, then documents, in input order. */
static void write_batch(job_out *w, job_batch *b, cli_progress *prog) {
  prog->items += b->items;
  prog->bytes += b->bytes;
  if (b->msglen && !w->stop) fwrite(b->msg, 1, b->msglen, stderr);
  for (size_t i = 0; i < b->n && !w->stop; i++) {
    const job_rec *r = &b->recs[i];
    if (r->rc == -2) break; /* the batch stopped early (fatal, below) */
    if (r->rc != WARTA_OK) {
      prog->failed++;
      if (w->status == EXIT_OK) w->status = EXIT_PARTIAL;
      if (r->rc == WARTA_ERR_NOMEM) {
        w->status = EXIT_FATAL;
        w->stop = true;
      }
      continue;
    }
    const char *doc = b->out + r->out;
    if (w->fmt == F_SUMMARY || w->fmt == F_JSONL) {
      fwrite(doc, 1, r->outlen, w->out);
    } else if (w->ndocs == 0) {
      w->held = malloc(r->outlen + 1);
      if (!w->held) {
        cli_err("out of memory");
        w->status = EXIT_FATAL;
        w->stop = true;
        break;
      }
      memcpy(w->held, doc, r->outlen);
      w->heldlen = r->outlen;
    } else {
      if (w->held) {
        fputs("[\n", w->out);
        fwrite(w->held, 1, w->heldlen, w->out);
        free(w->held);
        w->held = NULL;
      }
      fputs(",\n", w->out);
      fwrite(doc, 1, r->outlen, w->out);
    }
    w->ndocs++;
  }
  if (b->fatal && !w->stop) {
    cli_err("write error: %s", warta_status_str(WARTA_ERR_NOMEM));
    w->status = EXIT_FATAL;
    w->stop = true;
  }
  if (ferror(w->out) && !w->stop) {
    cli_err("write error: %s", warta_status_str(WARTA_ERR_IO));
    w->status = EXIT_FATAL;
    w->stop = true;
  }
  cli_progress_tick(prog, "records");
  free(b->out);
  free(b->msg);
  b->out = b->msg = NULL;
  b->outlen = b->msglen = 0;
  b->len = b->n = 0;
  b->items = b->bytes = 0;
  b->fatal = 0;
  b->done = false;
}

/* Copies a record (or an input error) into a batch; false when memory runs out. */
static bool batch_add(job_batch *b, int r, const cli_record *rec, const char *msg, const char *published) {
  job_rec *jr = batch_rec(b);
  if (!jr) return false;
  if (r < 0) {
    jr->rc = -1;
    jr->where = batch_str(b, msg);
    return jr->where != SIZE_MAX;
  }
  jr->rc = -2; /* not extracted (yet) */
  jr->text = batch_put(b, rec->text, rec->len, true);
  jr->len = rec->len;
  jr->id = batch_str(b, rec->meta.id);
  jr->published = batch_str(b, rec->meta.published ? rec->meta.published : published);
  jr->title = batch_str(b, rec->meta.title);
  jr->url = batch_str(b, rec->meta.url);
  jr->where = batch_str(b, rec->where);
  return jr->text != SIZE_MAX && jr->where != SIZE_MAX &&
         (jr->id != SIZE_MAX || !rec->meta.id) && (jr->title != SIZE_MAX || !rec->meta.title) &&
         (jr->url != SIZE_MAX || !rec->meta.url) &&
         (jr->published != SIZE_MAX || !(rec->meta.published || published));
}

/* What every thread runs: read a batch, extract it, write what is next. */
static void *job_worker(void *arg) {
  job_pool *p = arg;
  warta_doc *doc = warta_doc_new(p->eng);
  for (;;) {
    pthread_mutex_lock(&p->read_mu);
    pthread_mutex_lock(&p->mu);
    while (!p->w.stop && p->read_seq - p->next_write >= p->nring) pthread_cond_wait(&p->freed, &p->mu);
    bool stop = p->w.stop;
    size_t seq = p->read_seq;
    pthread_mutex_unlock(&p->mu);
    if (stop || p->eof) {
      pthread_mutex_unlock(&p->read_mu);
      break;
    }
    job_batch *b = &p->ring[seq % p->nring];
    bool oom = false;
    while (b->n < BATCH_RECS && b->len < BATCH_BYTES) {
      cli_record rec;
      const char *msg;
      int r = cli_inputs_next(p->in, &rec, &msg);
      if (r == 0) {
        p->eof = true;
        break;
      }
      if (r > 0) {
        b->items++;
        b->bytes += rec.in_bytes;
        if (p->fmt == F_DEFAULT) p->fmt = cli_inputs_is_stream(p->in) ? F_JSONL : F_JSON;
      }
      if (!batch_add(b, r, &rec, msg, p->published)) {
        oom = true;
        break;
      }
    }
    b->seq = seq;
    b->done = false;
    pthread_mutex_lock(&p->mu);
    if (b->n) p->read_seq++;
    if (p->w.fmt == F_DEFAULT) p->w.fmt = p->fmt;
    if (oom && !p->w.stop) {
      cli_err("out of memory");
      p->w.status = EXIT_FATAL;
      p->w.stop = true;
    }
    pthread_mutex_unlock(&p->mu);
    pthread_mutex_unlock(&p->read_mu);
    if (!b->n) break;

    if (!doc) b->fatal = 1;
    else if (!oom) run_batch(p, doc, b);

    pthread_mutex_lock(&p->mu);
    b->done = true;
    for (;;) { /* write every finished batch that is next in line */
      job_batch *c = &p->ring[p->next_write % p->nring];
      if (p->next_write == p->read_seq || !c->done || c->seq != p->next_write) break;
      write_batch(&p->w, c, p->prog);
      p->next_write++;
      pthread_cond_broadcast(&p->freed);
    }
    pthread_mutex_unlock(&p->mu);
  }
  warta_doc_free(doc);
  return NULL;
}

static int extract_jobs(cli_inputs *in, const warta_engine *eng, int jobs, enum fmt fmt, unsigned flags,
                        unsigned jopts, bool pretty_lines, const char *published, cli_progress *prog) {
  job_pool p = {.in = in, .published = published, .eng = eng, .flags = flags, .jopts = jopts, .fmt = fmt,
                .pretty_lines = pretty_lines, .prog = prog};
  p.w = (job_out){.out = stdout, .fmt = fmt, .status = EXIT_OK};
  p.nring = (size_t)jobs * 2;
  p.ring = calloc(p.nring, sizeof *p.ring);
  pthread_t *th = calloc((size_t)jobs, sizeof *th);
  if (!p.ring || !th) {
    free(p.ring);
    free(th);
    cli_err("out of memory");
    return EXIT_FATAL;
  }
  pthread_mutex_init(&p.read_mu, NULL);
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.freed, NULL);
  int started = 0; /* the other threads; this one works too */
  while (started < jobs - 1 && pthread_create(&th[started], NULL, job_worker, &p) == 0) started++;
  job_worker(&p);
  for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
  job_out *w = &p.w;
  if (w->fmt == F_JSON || w->fmt == F_DEFAULT) {
    if (w->held) {
      fwrite(w->held, 1, w->heldlen, w->out);
      fputc('\n', w->out);
    } else if (w->ndocs > 1) {
      fputs("\n]\n", w->out);
    }
  }
  free(w->held);
  for (size_t i = 0; i < p.nring; i++) {
    free(p.ring[i].data);
    free(p.ring[i].recs);
    free(p.ring[i].out);
    free(p.ring[i].msg);
  }
  free(p.ring);
  free(th);
  pthread_mutex_destroy(&p.read_mu);
  pthread_mutex_destroy(&p.mu);
  pthread_cond_destroy(&p.freed);
  return w->status;
}

int cmd_extract(int argc, char **argv) {
  enum fmt fmt = F_DEFAULT;
  const char *published = NULL;
  unsigned flags = 0, jopts = 0;
  bool quiet = false, pretty_lines = false;
  int jobs = 1;
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
    } else if ((r = cli_opt(argc, argv, &i, "--format", &v)) != 0) {
      if (r < 0) goto missing;
      if (!strcmp(v, "json")) fmt = F_JSON;
      else if (!strcmp(v, "jsonl")) fmt = F_JSONL;
      else if (!strcmp(v, "summary")) fmt = F_SUMMARY;
      else if (!strcmp(v, "text")) fmt = F_TEXT;
      else {
        cli_err("extract: unknown format '%s' (json, jsonl, summary or text)", v);
        free(files);
        return EXIT_USAGE;
      }
    } else if ((r = cli_opt(argc, argv, &i, "--published", &v)) != 0) {
      if (r < 0) goto missing;
      published = v;
    } else if ((r = cli_input_opt(argc, argv, &i, &iopts, "extract")) != 0) {
      if (r < 0) {
        free(files);
        return EXIT_USAGE;
      }
    } else if ((r = cli_opt(argc, argv, &i, "--jobs", &v)) != 0) {
      if (r < 0) goto missing;
      long n = cli_parse_long(v);
      if (n < 1 || n > 256) {
        cli_err("extract: --jobs needs a number from 1 to 256, not '%s'", v);
        free(files);
        return EXIT_USAGE;
      }
      jobs = (int)n;
    } else if (!strcmp(a, "--with-text")) {
      jopts |= WARTA_JSON_WITH_TEXT;
    } else if (!strcmp(a, "--segments")) {
      jopts |= WARTA_JSON_TOKENS;
    } else if (!strcmp(a, "--segment-only")) {
      flags |= WARTA_SEGMENT_ONLY;
    } else if (!strcmp(a, "--repair")) {
      flags |= WARTA_REPAIR_UTF8;
    } else if (!strcmp(a, "--fix-mojibake")) {
      flags |= WARTA_FIX_MOJIBAKE;
    } else if (!strcmp(a, "--no-nfc")) {
      flags |= WARTA_NO_NFC;
    } else if (!strcmp(a, "--pretty")) {
      pretty_lines = true;
    } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
      quiet = true;
    } else if (a[0] == '-' && a[1]) {
      cli_err("extract: unknown option '%s' (see warta extract --help)", a);
      free(files);
      return EXIT_USAGE;
    } else {
      files[nfiles++] = argv[i];
    }
    continue;
  missing:
    cli_err("extract: %s needs a value", a);
    free(files);
    return EXIT_USAGE;
  }
  if (published) {
    /* checked once here rather than once a record */
    warta_engine *e = warta_engine_new();
    warta_doc *d = e ? warta_doc_new(e) : NULL;
    warta_meta m = {NULL, published, NULL, NULL};
    int rc = d ? warta_extract(d, "", 0, &m, 0) : WARTA_ERR_NOMEM;
    if (rc != WARTA_OK) cli_err("extract: --published: %s", d ? warta_errmsg(d) : "out of memory");
    warta_doc_free(d);
    warta_engine_free(e);
    if (rc != WARTA_OK) {
      free(files);
      return EXIT_USAGE;
    }
  }

  warta_engine *eng = warta_engine_new();
  warta_doc *doc = eng ? warta_doc_new(eng) : NULL;
  cli_inputs *in = cli_inputs_new(files, nfiles, &iopts);
  if (!eng || !doc || !in) {
    cli_err("out of memory");
    free(files);
    return EXIT_FATAL;
  }
  FILE *out = stdout;
  cli_progress prog;
  cli_progress_start(&prog, quiet);
  if (jobs > 1 && fmt != F_TEXT) { /* --format text extracts nothing: one thread */
    int st = extract_jobs(in, eng, jobs, fmt, flags, jopts, pretty_lines, published, &prog);
    cli_progress_end(&prog, "records");
    if (fflush(out) != 0 || ferror(out)) {
      cli_err("write error on standard output");
      st = EXIT_FATAL;
    }
    cli_inputs_free(in);
    warta_doc_free(doc);
    warta_engine_free(eng);
    free(files);
    return st;
  }
  int status = EXIT_OK;
  unsigned long ndocs = 0;
  char *held = NULL; /* --format json: the first document, until we know whether more follow */
  cli_record rec;
  const char *msg;
  int r;
  while ((r = cli_inputs_next(in, &rec, &msg)) != 0) {
    if (r < 0) {
      cli_err("%s", msg);
      prog.failed++;
      status = EXIT_PARTIAL;
      continue;
    }
    prog.items++;
    prog.bytes += rec.in_bytes;
    if (!rec.meta.published) rec.meta.published = published;
    if (fmt == F_TEXT) {
      print_text(out, &rec);
      ndocs++;
      cli_progress_tick(&prog, "records");
      continue;
    }
    int rc = warta_extract(doc, rec.text, rec.len, &rec.meta, flags);
    if (rc != WARTA_OK) {
      cli_err("%s: %s", rec.where, warta_errmsg(doc));
      prog.failed++;
      status = EXIT_PARTIAL;
      if (rc == WARTA_ERR_NOMEM) {
        status = EXIT_FATAL;
        break;
      }
      continue;
    }
    uint32_t nu, nm;
    warta_doc_repairs(doc, &nu, &nm);
    if (nu) cli_err("%s: replaced %u invalid UTF-8 sequence%s with U+FFFD", rec.where, nu, nu == 1 ? "" : "s");
    if (nm) cli_err("%s: repaired %u mojibake sequence%s", rec.where, nm, nm == 1 ? "" : "s");
    if (fmt == F_DEFAULT) fmt = cli_inputs_is_stream(in) ? F_JSONL : F_JSON;
    int wr = 0;
    if (fmt == F_SUMMARY) {
      print_summary(out, doc);
    } else if (fmt == F_JSONL) {
      wr = warta_doc_write_json(doc, jopts | (pretty_lines ? WARTA_JSON_PRETTY : 0), cli_write_file, out);
      if (!wr && fputc('\n', out) == EOF) wr = WARTA_ERR_IO;
    } else {
      if (ndocs == 0) {
        held = warta_doc_to_json(doc, jopts | WARTA_JSON_PRETTY, NULL);
        if (!held) wr = WARTA_ERR_NOMEM;
      } else {
        if (held) {
          fputs("[\n", out);
          fputs(held, out);
          free(held);
          held = NULL;
        }
        fputs(",\n", out);
        wr = warta_doc_write_json(doc, jopts | WARTA_JSON_PRETTY, cli_write_file, out);
      }
    }
    if (wr) {
      cli_err("write error: %s", warta_status_str(wr));
      status = EXIT_FATAL;
      break;
    }
    ndocs++;
    cli_progress_tick(&prog, "records");
  }
  if (fmt == F_JSON || fmt == F_DEFAULT) {
    if (held) {
      fputs(held, out);
      fputc('\n', out);
    } else if (ndocs > 1) {
      fputs("\n]\n", out);
    }
  }
  free(held);
  cli_progress_end(&prog, "records");
  if (fflush(out) != 0 || ferror(out)) {
    cli_err("write error on standard output");
    status = EXIT_FATAL;
  }
  cli_inputs_free(in);
  warta_doc_free(doc);
  warta_engine_free(eng);
  free(files);
  return status;
}
