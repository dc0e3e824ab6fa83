/*
 * cmd_search.c — reading the store: `warta search`, `warta speakers`,
 * `warta show`, `warta trace` and `warta stats`.
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"

#define BOLD "\033[1m"
#define PLAIN "\033[0m"

static const char filter_help[] =
    "  --db PATH          the store (default warta.db)\n"
    "  --speaker NAME     words of the speaker's name (\"Putin\", \"Kim Jong-un\")\n"
    "  --source AGENCY    an agency in the quote's source chain (\"TASS\", \"Antara\")\n"
    "  --outlet O         the publishing outlet (\"Kompas\", \"voi.id\")\n"
    "  --from DATE        published on or after DATE (YYYY-MM-DD)\n"
    "  --to DATE          published on or before DATE\n"
    "  --kind K           direct, partial, indirect or mixed\n"
    "  --limit N          rows at most (default 20)\n"
    "  --offset N         rows to skip first\n"
    "  --format F         table (for people; default), jsonl or csv\n";

static const char search_usage[] =
    "usage: warta search [OPTIONS] [QUERY]\n"
    "\n"
    "Finds quotes in the store, newest first, with the matched words marked\n"
    "(bold on a terminal, [..] otherwise).  Words match by their root, folded:\n"
    "\"mengatakan\" finds \"dikatakannya\" and \"kata\".  QUERY may hold \"a phrase\",\n"
    "OR, NOT, parentheses and a trailing * for a prefix of a root (\"korup*\");\n"
    "all words must occur otherwise.  Without QUERY, the filters alone choose.\n"
    "\n"
    "options:\n"
    "%s"
    "  --sort date|rank   newest first (default) or best match first\n"
    "  --documents        search the articles' title and text instead of quotes\n"
    "                     (takes --outlet, --from, --to)\n"
    "  -h, --help         this help\n"
    "\n"
    "exit codes: 0 ok (also when nothing matched), 2 usage error, bad query or no\n"
    "            store, 3 the store failed\n"
    "\n"
    "examples:\n"
    "  warta search Korea Utara\n"
    "  warta search \"bertemu Putin\" --speaker Kim --format jsonl\n"
    "  warta search harga --source Antara --from 2023-01-01 --to 2023-12-31\n"
    "  warta search --documents Vladivostok\n";

static const char speakers_usage[] =
    "usage: warta speakers [OPTIONS] [QUERY]\n"
    "\n"
    "Who is quoted most in the store: speakers (people and organisations unified\n"
    "across articles) by the number of quotes matching the filters.\n"
    "\n"
    "options:\n"
    "%s"
    "  --quotes N         under each speaker, their N latest matching quotes\n"
    "  -h, --help         this help\n"
    "\n"
    "examples:\n"
    "  warta speakers\n"
    "  warta speakers --outlet Kompas --from 2023-09-01 --quotes 3\n"
    "  warta speakers harga beras --format csv\n";

static const char show_usage[] =
    "usage: warta show [--db PATH] [--format text|json] QUOTE_ID\n"
    "\n"
    "Shows one quote in context: the paragraph around it, its speaker (canonical\n"
    "name, role, affiliation, the other names articles use), the cue, the source\n"
    "chain, the document, and how many other documents ran the same statement.\n"
    "\n"
    "exit codes: 0 ok, 2 usage error, unknown id or no store, 3 the store failed\n"
    "example:\n"
    "  warta show 12\n";

static const char trace_usage[] =
    "usage: warta trace [--db PATH] [--format table|jsonl] QUOTE_ID\n"
    "\n"
    "Propagation: every document that ran the statement of quote QUOTE_ID (the\n"
    "same words, near enough), by publication date: who ran it first, who copied\n"
    "it, and the source each copy names.\n"
    "\n"
    "exit codes: 0 ok, 2 usage error, unknown id or no store, 3 the store failed\n"
    "example:\n"
    "  warta trace 12\n";

static const char stats_usage[] =
    "usage: warta stats [--db PATH] [--check]\n"
    "\n"
    "Counts what the store holds.  --check also verifies the file (SQLite's\n"
    "integrity_check) and both full-text indexes against their tables.\n"
    "\n"
    "exit codes: 0 ok, 2 usage error or no store, 3 the check failed\n";

enum fmt { F_TABLE, F_JSONL, F_CSV, F_TEXT, F_JSON };

typedef struct opts {
  const char *db;
  warta_store_filter f;
  enum fmt fmt;
  bool documents, check;
  long quotes;
  char query[4096];
  const char *positional[8];
  int npositional;
} opts;

static int status_exit(int rc) {
  return rc == WARTA_ERR_IO || rc == WARTA_ERR_NOMEM ? EXIT_FATAL : EXIT_USAGE;
}

/* Parses the options every reading command shares.  Returns -1 to go on, or
 * an exit code (after --help or an error). */
static int parse(int argc, char **argv, const char *cmd, const char *usage, bool filters, opts *o) {
  memset(o, 0, sizeof *o);
  o->db = "warta.db";
  size_t ql = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v = NULL;
    int r;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      printf(usage, filter_help);
      return EXIT_OK;
    } else if ((r = cli_opt(argc, argv, &i, "--db", &v)) != 0) {
      if (r < 0) goto missing;
      o->db = v;
    } else if ((r = cli_opt(argc, argv, &i, "--format", &v)) != 0) {
      if (r < 0) goto missing;
      if (!strcmp(v, "table")) o->fmt = F_TABLE;
      else if (!strcmp(v, "jsonl")) o->fmt = F_JSONL;
      else if (!strcmp(v, "csv")) o->fmt = F_CSV;
      else if (!strcmp(v, "text")) o->fmt = F_TEXT;
      else if (!strcmp(v, "json")) o->fmt = F_JSON;
      else {
        cli_err("%s: unknown format '%s'", cmd, v);
        return EXIT_USAGE;
      }
    } else if (filters && (r = cli_opt(argc, argv, &i, "--speaker", &v)) != 0) {
      if (r < 0) goto missing;
      o->f.speaker = v;
    } else if (filters && (r = cli_opt(argc, argv, &i, "--source", &v)) != 0) {
      if (r < 0) goto missing;
      o->f.source = v;
    } else if (filters && (r = cli_opt(argc, argv, &i, "--outlet", &v)) != 0) {
      if (r < 0) goto missing;
      o->f.outlet = v;
    } else if (filters && (r = cli_opt(argc, argv, &i, "--from", &v)) != 0) {
      if (r < 0) goto missing;
      o->f.from = v;
    } else if (filters && (r = cli_opt(argc, argv, &i, "--to", &v)) != 0) {
      if (r < 0) goto missing;
      o->f.to = v;
    } else if (filters && (r = cli_opt(argc, argv, &i, "--kind", &v)) != 0) {
      if (r < 0) goto missing;
      if (!strcmp(v, "direct")) o->f.kind = WARTA_DIRECT;
      else if (!strcmp(v, "partial")) o->f.kind = WARTA_PARTIAL;
      else if (!strcmp(v, "indirect")) o->f.kind = WARTA_INDIRECT;
      else if (!strcmp(v, "mixed")) o->f.kind = WARTA_MIXED;
      else {
        cli_err("%s: unknown kind '%s' (direct, partial, indirect or mixed)", cmd, v);
        return EXIT_USAGE;
      }
    } else if (filters && (r = cli_opt(argc, argv, &i, "--limit", &v)) != 0) {
      if (r < 0) goto missing;
      long n = cli_parse_long(v);
      if (n < 1) {
        cli_err("%s: --limit wants a positive number", cmd);
        return EXIT_USAGE;
      }
      o->f.limit = (size_t)n;
    } else if (filters && (r = cli_opt(argc, argv, &i, "--offset", &v)) != 0) {
      if (r < 0) goto missing;
      long n = cli_parse_long(v);
      if (n < 0) {
        cli_err("%s: --offset wants a number", cmd);
        return EXIT_USAGE;
      }
      o->f.offset = (size_t)n;
    } else if (filters && (r = cli_opt(argc, argv, &i, "--sort", &v)) != 0) {
      if (r < 0) goto missing;
      if (!strcmp(v, "date")) o->f.sort = WARTA_SORT_DATE;
      else if (!strcmp(v, "rank")) o->f.sort = WARTA_SORT_RANK;
      else {
        cli_err("%s: unknown sort '%s' (date or rank)", cmd, v);
        return EXIT_USAGE;
      }
    } else if (filters && (r = cli_opt(argc, argv, &i, "--quotes", &v)) != 0) {
      if (r < 0) goto missing;
      o->quotes = cli_parse_long(v);
      if (o->quotes < 0) {
        cli_err("%s: --quotes wants a number", cmd);
        return EXIT_USAGE;
      }
    } else if (filters && !strcmp(a, "--documents")) {
      o->documents = true;
    } else if (!filters && !strcmp(a, "--check")) {
      o->check = true;
    } else if (a[0] == '-' && a[1] && !(a[1] >= '0' && a[1] <= '9')) {
      cli_err("%s: unknown option '%s' (see warta %s --help)", cmd, a, cmd);
      return EXIT_USAGE;
    } else if (filters) {
      size_t n = strlen(a);
      if (ql + n + 2 > sizeof o->query) {
        cli_err("%s: the query is too long", cmd);
        return EXIT_USAGE;
      }
      if (ql) o->query[ql++] = ' ';
      memcpy(o->query + ql, a, n + 1);
      ql += n;
    } else if (o->npositional < 8) {
      o->positional[o->npositional++] = a;
    } else {
      cli_err("%s: too many arguments", cmd);
      return EXIT_USAGE;
    }
    continue;
  missing:
    cli_err("%s: %s needs a value", cmd, a);
    return EXIT_USAGE;
  }
  if (ql) o->f.query = o->query;
  return -1;
}

static warta_store *open_store(const char *cmd, const char *path, bool readonly, int *exit_code) {
  warta_store *st = NULL;
  if (access(path, F_OK) != 0) {
    cli_err("%s: no store at %s (create one with warta ingest)", cmd, path);
    *exit_code = EXIT_USAGE;
    return NULL;
  }
  int rc = warta_store_open(path, readonly ? WARTA_STORE_READONLY : 0, &st);
  if (rc != WARTA_OK) {
    cli_err("%s: %s", cmd, st ? warta_store_errmsg(st) : "out of memory");
    warta_store_close(st);
    *exit_code = status_exit(rc);
    return NULL;
  }
  return st;
}

/* --------------------------------------------------------- formatting */

static int term_cols(void) {
  struct winsize w;
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 40) return w.ws_col;
  return 0;
}

/* Length in bytes of the UTF-8 sequence starting with c. */
static int u8len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

/* Prints s in at most cols columns (code points; ANSI escapes take none),
 * padded to cols when pad; "…" marks a cut.  cols 0: no limit. */
static void put_cols(FILE *out, const char *s, int cols, bool pad) {
  if (!s) s = "";
  int used = 0;
  bool bold = false;
  const char *p = s;
  while (*p) {
    if (*p == '\033') {
      const char *e = strchr(p, 'm');
      if (!e) break;
      bold = strncmp(p, BOLD, strlen(BOLD)) == 0;
      fwrite(p, 1, (size_t)(e - p + 1), out);
      p = e + 1;
      continue;
    }
    if (*p == '\n' || *p == '\t' || *p == '\r') {
      if (cols && used + 1 > cols) break;
      fputc(' ', out);
      used++;
      p++;
      continue;
    }
    /* a sequence cut short by the string's end (text a --results line
     * gave) ends there: nothing past the NUL is read */
    int n = 1;
    while (n < u8len((unsigned char)*p) && p[n]) n++;
    if (cols && used + 1 > cols - (p[n] ? 1 : 0) && p[n]) {
      fputs("…", out);
      used++;
      break;
    }
    fwrite(p, 1, (size_t)n, out);
    p += n;
    used++;
  }
  if (bold) fputs(PLAIN, out);
  if (pad)
    for (; used < cols; used++) fputc(' ', out);
}

/* Starts a long highlighted text near its first match, so the match shows. */
static const char *near_match(const char *s, const char *open, int cols) {
  const char *m = open ? strstr(s, open) : NULL;
  if (!m || cols <= 0) return s;
  int before = 0;
  for (const char *p = s; p < m; p += u8len((unsigned char)*p)) before++;
  if (before < cols / 2) return s;
  /* back up a quarter of the width, to a space */
  int back = cols / 4;
  const char *p = m;
  while (p > s && back > 0) {
    p--;
    while (p > s && ((unsigned char)*p & 0xC0) == 0x80) p--;
    back--;
  }
  while (p < m && *p != ' ') p++;
  return p;
}

static void csv_field(FILE *out, const char *s, bool last) {
  if (!s) s = "";
  if (strpbrk(s, ",\"\n\r")) {
    fputc('"', out);
    for (const char *p = s; *p; p++) {
      if (*p == '"') fputc('"', out);
      fputc(*p, out);
    }
    fputc('"', out);
  } else {
    fputs(s, out);
  }
  fputc(last ? '\n' : ',', out);
}

static void json_str(FILE *out, const char *s) {
  if (!s) fputs("null", out);
  else warta_json_string(cli_write_file, out, s, strlen(s));
}

static void json_key(FILE *out, const char *k, const char *v, bool first) {
  fprintf(out, "%s\"%s\":", first ? "" : ",", k);
  json_str(out, v);
}

/* --------------------------------------------------------------- search */

typedef struct out_ctx {
  FILE *out;
  enum fmt fmt;
  int cols;
  const char *open;
  unsigned long n;
  int64_t first_group;
} out_ctx;

static void quote_jsonl(FILE *out, const warta_store_quote *q) {
  fprintf(out, "{\"id\":%" PRId64 ",\"document\":%" PRId64, q->id, q->document);
  json_key(out, "published", q->published, false);
  json_key(out, "outlet", q->outlet, false);
  json_key(out, "title", q->title, false);
  json_key(out, "url", q->url, false);
  json_key(out, "kind", warta_quote_kind_str(q->kind), false);
  json_key(out, "speaker", q->speaker, false);
  if (q->speaker_id) fprintf(out, ",\"speaker_id\":%" PRId64, q->speaker_id);
  else fputs(",\"speaker_id\":null", out);
  json_key(out, "role", q->role, false);
  json_key(out, "cue", q->cue, false);
  json_key(out, "sources", q->sources, false);
  fprintf(out, ",\"confidence\":%.3g", (double)q->confidence);
  if (q->group) fprintf(out, ",\"group\":%" PRId64, q->group);
  else fputs(",\"group\":null", out);
  json_key(out, "text", q->text, false);
  json_key(out, "highlighted", q->highlighted, false);
}

static int on_quote(void *ctx, const warta_store_quote *q) {
  out_ctx *c = ctx;
  FILE *out = c->out;
  char id[24];
  snprintf(id, sizeof id, "%" PRId64, q->id);
  if (c->fmt == F_JSONL) {
    quote_jsonl(out, q);
    fputs("}\n", out);
  } else if (c->fmt == F_CSV) {
    if (c->n == 0) fputs("id,published,outlet,speaker,kind,sources,cue,text,highlighted,document,url\n", out);
    char doc[24];
    snprintf(doc, sizeof doc, "%" PRId64, q->document);
    csv_field(out, id, false);
    csv_field(out, q->published, false);
    csv_field(out, q->outlet, false);
    csv_field(out, q->speaker, false);
    csv_field(out, warta_quote_kind_str(q->kind), false);
    csv_field(out, q->sources, false);
    csv_field(out, q->cue, false);
    csv_field(out, q->text, false);
    csv_field(out, q->highlighted, false);
    csv_field(out, doc, false);
    csv_field(out, q->url, true);
  } else {
    if (c->n == 0) fprintf(out, "%-7s %-10s  %-14s %-24s %-8s  %-16s %s\n", "ID", "DATE", "OUTLET", "SPEAKER",
                           "KIND", "SOURCE", "QUOTE");
    fprintf(out, "%-7s %-10s  ", id, q->published ? q->published : "-");
    put_cols(out, q->outlet ? q->outlet : "-", 14, true);
    fputc(' ', out);
    put_cols(out, q->speaker ? q->speaker : "(unknown)", 24, true);
    fprintf(out, " %-8s  ", warta_quote_kind_str(q->kind));
    put_cols(out, q->sources ? q->sources : "-", 16, true);
    fputc(' ', out);
    int rest = c->cols ? c->cols - 88 : 0;
    if (c->cols && rest < 20) rest = 20;
    const char *t = near_match(q->highlighted, c->open, rest);
    if (t != q->highlighted) fputs("…", out);
    put_cols(out, t, rest ? rest - (t != q->highlighted) : 0, false);
    fputc('\n', out);
  }
  c->n++;
  return ferror(out) ? 1 : 0;
}

static int on_document(void *ctx, const warta_store_document *d) {
  out_ctx *c = ctx;
  FILE *out = c->out;
  if (c->fmt == F_JSONL) {
    fprintf(out, "{\"id\":%" PRId64, d->id);
    json_key(out, "published", d->published, false);
    json_key(out, "outlet", d->outlet, false);
    json_key(out, "title", d->title, false);
    json_key(out, "url", d->url, false);
    json_key(out, "doc_id", d->ext_id, false);
    fprintf(out, ",\"quotes\":%u", d->quotes);
    json_key(out, "snippet", d->snippet, false);
    fputs("}\n", out);
  } else if (c->fmt == F_CSV) {
    if (c->n == 0) fputs("id,published,outlet,title,quotes,snippet,url\n", out);
    char id[24], nq[16];
    snprintf(id, sizeof id, "%" PRId64, d->id);
    snprintf(nq, sizeof nq, "%u", d->quotes);
    csv_field(out, id, false);
    csv_field(out, d->published, false);
    csv_field(out, d->outlet, false);
    csv_field(out, d->title ? d->title : d->ext_id, false);
    csv_field(out, nq, false);
    csv_field(out, d->snippet, false);
    csv_field(out, d->url, true);
  } else {
    if (c->n == 0) fprintf(out, "%-7s %-10s  %-14s %-6s %s\n", "DOC", "DATE", "OUTLET", "QUOTES", "TITLE / TEXT");
    fprintf(out, "%-7" PRId64 " %-10s  ", d->id, d->published ? d->published : "-");
    put_cols(out, d->outlet ? d->outlet : "-", 14, true);
    fprintf(out, " %-6u ", d->quotes);
    put_cols(out, d->title ? d->title : (d->ext_id ? d->ext_id : ""), c->cols ? c->cols - 41 : 0, false);
    fputs("\n                 ", out);
    put_cols(out, d->snippet, c->cols ? c->cols - 17 : 0, false);
    fputc('\n', out);
  }
  c->n++;
  return ferror(out) ? 1 : 0;
}

int cmd_search(int argc, char **argv) {
  opts o;
  int ex = parse(argc, argv, "search", search_usage, true, &o);
  if (ex >= 0) return ex;
  if (o.fmt == F_TEXT || o.fmt == F_JSON) {
    cli_err("search: --format is table, jsonl or csv");
    return EXIT_USAGE;
  }
  warta_store *st = open_store("search", o.db, true, &ex);
  if (!st) return ex;
  out_ctx c = {stdout, o.fmt, 0, NULL, 0, 0};
  if (o.fmt == F_TABLE && isatty(STDOUT_FILENO)) {
    o.f.mark_open = BOLD;
    o.f.mark_close = PLAIN;
    c.cols = term_cols();
  }
  c.open = o.f.mark_open ? o.f.mark_open : "[";
  int rc = o.documents ? warta_store_search_documents(st, &o.f, on_document, &c)
                       : warta_store_search(st, &o.f, on_quote, &c);
  int status = EXIT_OK;
  if (rc != WARTA_OK) {
    cli_err("search: %s", warta_store_errmsg(st));
    status = status_exit(rc);
  } else if (c.n == 0 && o.fmt == F_TABLE) {
    fprintf(stderr, "warta: no %s matched\n", o.documents ? "document" : "quote");
  }
  warta_store_close(st);
  if (fflush(stdout) != 0 || ferror(stdout)) status = EXIT_FATAL;
  return status;
}

/* ------------------------------------------------------------- speakers */

typedef struct spk {
  int64_t id;
  char *name, *type, *role, first[11], last[11];
  uint64_t quotes, documents;
} spk;

typedef struct spk_list {
  spk *v;
  size_t n, cap;
  bool oom;
} spk_list;

static int collect_speaker(void *ctx, const warta_store_speaker *s) {
  spk_list *l = ctx;
  if (l->n == l->cap) {
    size_t nc = l->cap ? l->cap * 2 : 32;
    spk *nv = realloc(l->v, nc * sizeof *nv);
    if (!nv) {
      l->oom = true;
      return 1;
    }
    l->v = nv;
    l->cap = nc;
  }
  spk *x = &l->v[l->n++];
  memset(x, 0, sizeof *x);
  x->id = s->id;
  x->name = cli_dupz(s->name);
  x->type = cli_dupz(s->type);
  x->role = cli_dupz(s->role);
  snprintf(x->first, sizeof x->first, "%s", s->first ? s->first : "");
  snprintf(x->last, sizeof x->last, "%s", s->last ? s->last : "");
  x->quotes = s->quotes;
  x->documents = s->documents;
  return 0;
}

static int on_speaker_quote(void *ctx, const warta_store_quote *q) {
  out_ctx *c = ctx;
  fprintf(c->out, "        %-10s  ", q->published ? q->published : "-");
  put_cols(c->out, q->outlet ? q->outlet : "-", 12, true);
  fprintf(c->out, " #%-6" PRId64 " ", q->id);
  fputs("“", c->out);
  put_cols(c->out, q->text, c->cols ? c->cols - 40 : 200, false);
  fputs("”\n", c->out);
  return 0;
}

int cmd_speakers(int argc, char **argv) {
  opts o;
  int ex = parse(argc, argv, "speakers", speakers_usage, true, &o);
  if (ex >= 0) return ex;
  if (o.fmt == F_TEXT || o.fmt == F_JSON || o.documents) {
    cli_err("speakers: --format is table, jsonl or csv; --documents does not apply");
    return EXIT_USAGE;
  }
  warta_store *st = open_store("speakers", o.db, true, &ex);
  if (!st) return ex;
  spk_list l = {0};
  int rc = warta_store_speakers(st, &o.f, collect_speaker, &l);
  int status = EXIT_OK;
  FILE *out = stdout;
  if (l.oom) {
    cli_err("out of memory");
    status = EXIT_FATAL;
  } else if (rc != WARTA_OK) {
    cli_err("speakers: %s", warta_store_errmsg(st));
    status = status_exit(rc);
  } else {
    out_ctx c = {out, o.fmt, term_cols(), NULL, 0, 0};
    if (o.fmt == F_TABLE && l.n)
      fprintf(out, "%-4s %6s %5s  %-28s %-26s %-10s  %-10s\n", "RANK", "QUOTES", "DOCS", "SPEAKER", "ROLE",
              "FIRST", "LAST");
    if (o.fmt == F_CSV) fputs("rank,id,name,type,role,quotes,documents,first,last\n", out);
    for (size_t i = 0; i < l.n && status == EXIT_OK; i++) {
      spk *s = &l.v[i];
      if (o.fmt == F_JSONL) {
        fprintf(out, "{\"rank\":%zu,\"id\":%" PRId64, i + 1 + o.f.offset, s->id);
        json_key(out, "name", s->name, false);
        json_key(out, "type", s->type, false);
        json_key(out, "role", s->role, false);
        fprintf(out, ",\"quotes\":%llu,\"documents\":%llu", (unsigned long long)s->quotes,
                (unsigned long long)s->documents);
        json_key(out, "first", s->first[0] ? s->first : NULL, false);
        json_key(out, "last", s->last[0] ? s->last : NULL, false);
        fputs("}\n", out);
      } else if (o.fmt == F_CSV) {
        char rank[24], id[24], nq[24], nd[24];
        snprintf(rank, sizeof rank, "%zu", i + 1 + o.f.offset);
        snprintf(id, sizeof id, "%" PRId64, s->id);
        snprintf(nq, sizeof nq, "%llu", (unsigned long long)s->quotes);
        snprintf(nd, sizeof nd, "%llu", (unsigned long long)s->documents);
        csv_field(out, rank, false);
        csv_field(out, id, false);
        csv_field(out, s->name, false);
        csv_field(out, s->type, false);
        csv_field(out, s->role, false);
        csv_field(out, nq, false);
        csv_field(out, nd, false);
        csv_field(out, s->first, false);
        csv_field(out, s->last, true);
      } else {
        fprintf(out, "%-4zu %6llu %5llu  ", i + 1 + o.f.offset, (unsigned long long)s->quotes,
                (unsigned long long)s->documents);
        put_cols(out, s->name, 28, true);
        fputc(' ', out);
        put_cols(out, s->role ? s->role : "-", 26, true);
        fprintf(out, " %-10s  %-10s\n", s->first[0] ? s->first : "-", s->last[0] ? s->last : "-");
        if (o.quotes > 0) {
          warta_store_filter f = o.f;
          f.speaker_id = s->id;
          f.limit = (size_t)o.quotes;
          f.offset = 0;
          f.sort = WARTA_SORT_DATE;
          rc = warta_store_search(st, &f, on_speaker_quote, &c);
          if (rc != WARTA_OK) {
            cli_err("speakers: %s", warta_store_errmsg(st));
            status = status_exit(rc);
          }
        }
      }
    }
    if (l.n == 0 && o.fmt == F_TABLE) fprintf(stderr, "warta: no quoted speaker matched\n");
  }
  for (size_t i = 0; i < l.n; i++) {
    free(l.v[i].name);
    free(l.v[i].type);
    free(l.v[i].role);
  }
  free(l.v);
  warta_store_close(st);
  if (fflush(stdout) != 0 || ferror(stdout)) status = EXIT_FATAL;
  return status;
}

/* ----------------------------------------------------------------- show */

static bool parse_id(const char *cmd, opts *o, int64_t *id) {
  if (o->npositional != 1) {
    cli_err("%s: give one QUOTE_ID (see warta %s --help)", cmd, cmd);
    return false;
  }
  const char *s = o->positional[0];
  if (*s == '#') s++;
  long n = cli_parse_long(s);
  if (n < 1) {
    cli_err("%s: '%s' is not a quote id", cmd, o->positional[0]);
    return false;
  }
  *id = n;
  return true;
}

static int on_detail(void *ctx, const warta_store_detail *d) {
  out_ctx *c = ctx;
  FILE *out = c->out;
  const warta_store_quote *q = &d->quote;
  if (c->fmt == F_JSON) {
    quote_jsonl(out, q);
    json_key(out, "mention", d->mention, false);
    json_key(out, "speaker_type", d->speaker_type, false);
    json_key(out, "affiliation", d->affiliation, false);
    json_key(out, "aliases", d->aliases, false);
    json_key(out, "dateline", d->dateline, false);
    fputs(",\"context\":", out);
    warta_json_string(cli_write_file, out, d->context, d->context_len);
    fprintf(out, ",\"quote_span\":[%zu,%zu],\"sources_chain\":[", d->quote_start, d->quote_end);
    for (size_t i = 0; i < d->nsources; i++) {
      fputs(i ? ",{" : "{", out);
      json_key(out, "name", d->sources[i].name, true);
      json_key(out, "cue", d->sources[i].cue, false);
      json_key(out, "date", d->sources[i].date, false);
      fputc('}', out);
    }
    fprintf(out, "],\"copies\":%zu}\n", d->copies);
    return 0;
  }
  bool tty = isatty(STDOUT_FILENO);
  fprintf(out, "quote %" PRId64 " · %s · confidence %.2f\n", q->id, warta_quote_kind_str(q->kind),
          (double)q->confidence);
  fprintf(out, "“%s”\n\n", q->text);
  fprintf(out, "speaker    %s", q->speaker ? q->speaker : "(unknown)");
  if (q->speaker_id) fprintf(out, " (%s, entity %" PRId64 ")", d->speaker_type ? d->speaker_type : "?", q->speaker_id);
  if (q->role) fprintf(out, " — %s", q->role);
  if (d->affiliation) fprintf(out, ", %s", d->affiliation);
  fputc('\n', out);
  if (d->mention) fprintf(out, "named as   \"%s\"\n", d->mention);
  if (d->aliases) fprintf(out, "also       %s\n", d->aliases);
  if (q->cue) fprintf(out, "cue        \"%s\"\n", q->cue);
  if (d->nsources) {
    fputs("sources    ", out);
    for (size_t i = 0; i < d->nsources; i++) {
      const warta_store_source *s = &d->sources[i];
      fprintf(out, "%s%s", i ? " ← " : "", s->name);
      if (s->cue || s->date)
        fprintf(out, " (%s%s%s)", s->cue ? s->cue : "", s->cue && s->date ? ", " : "", s->date ? s->date : "");
    }
    fputc('\n', out);
  } else {
    fputs("sources    none named (the outlet's own reporting)\n", out);
  }
  fprintf(out, "document   %" PRId64 " · %s · %s", q->document, q->outlet ? q->outlet : "outlet unknown",
          q->published ? q->published : "date unknown");
  if (q->title) fprintf(out, " · %s", q->title);
  fputc('\n', out);
  if (q->url) fprintf(out, "url        %s\n", q->url);
  if (d->dateline) fprintf(out, "dateline   %s\n", d->dateline);
  if (d->copies)
    fprintf(out, "copies     %zu other quote%s ran this statement: warta trace %" PRId64 "\n", d->copies,
            d->copies == 1 ? "" : "s", q->id);
  fputs("\ncontext\n  ", out);
  const char *ctxt = d->context;
  for (size_t i = 0; i <= d->context_len; i++) {
    if (i == d->quote_start) fputs(tty ? BOLD : "»", out);
    if (i == d->quote_end) fputs(tty ? PLAIN : "«", out);
    if (i == d->context_len) break;
    char ch = ctxt[i];
    if (ch == '\n') fputs("\n  ", out);
    else fputc(ch, out);
  }
  fputc('\n', out);
  return 0;
}

int cmd_show(int argc, char **argv) {
  opts o;
  int ex = parse(argc, argv, "show", show_usage, false, &o);
  if (ex >= 0) return ex;
  if (o.check || (o.fmt != F_TABLE && o.fmt != F_TEXT && o.fmt != F_JSON)) {
    cli_err("show: --format is text or json");
    return EXIT_USAGE;
  }
  int64_t id;
  if (!parse_id("show", &o, &id)) return EXIT_USAGE;
  warta_store *st = open_store("show", o.db, true, &ex);
  if (!st) return ex;
  out_ctx c = {stdout, o.fmt == F_JSON ? F_JSON : F_TEXT, 0, NULL, 0, 0};
  int rc = warta_store_show(st, id, on_detail, &c);
  int status = EXIT_OK;
  if (rc != WARTA_OK) {
    cli_err("show: %s", warta_store_errmsg(st));
    status = status_exit(rc);
  }
  warta_store_close(st);
  if (fflush(stdout) != 0 || ferror(stdout)) status = EXIT_FATAL;
  return status;
}

/* ---------------------------------------------------------------- trace */

static int on_trace(void *ctx, const warta_store_quote *q) {
  out_ctx *c = ctx;
  FILE *out = c->out;
  if (c->fmt == F_JSONL) {
    quote_jsonl(out, q);
    fprintf(out, ",\"order\":%lu,\"first\":%s,\"similarity\":%.3f}\n", c->n + 1, c->n == 0 ? "true" : "false",
            q->similarity);
  } else {
    if (c->n == 0) {
      fprintf(out, "first run by %s on %s (quote %" PRId64 ", document %" PRId64 "):\n  “",
              q->outlet ? q->outlet : "an unknown outlet", q->published ? q->published : "an unknown date", q->id,
              q->document);
      put_cols(out, q->text, 300, false);
      fprintf(out, "”\n\n%-3s %-10s  %-16s %-7s %-5s %-22s %s\n", "#", "DATE", "OUTLET", "QUOTE", "SIM",
              "SPEAKER", "STATED SOURCE");
    }
    fprintf(out, "%-3lu %-10s  ", c->n + 1, q->published ? q->published : "-");
    put_cols(out, q->outlet ? q->outlet : "-", 16, true);
    fprintf(out, " %-7" PRId64 " %.2f  ", q->id, q->similarity);
    put_cols(out, q->speaker ? q->speaker : "(unknown)", 22, true);
    fprintf(out, " %s%s\n", q->sources ? q->sources : "none named", c->n == 0 ? "   ← first" : "");
  }
  c->n++;
  return ferror(out) ? 1 : 0;
}

int cmd_trace(int argc, char **argv) {
  opts o;
  int ex = parse(argc, argv, "trace", trace_usage, false, &o);
  if (ex >= 0) return ex;
  if (o.check || (o.fmt != F_TABLE && o.fmt != F_JSONL)) {
    cli_err("trace: --format is table or jsonl");
    return EXIT_USAGE;
  }
  int64_t id;
  if (!parse_id("trace", &o, &id)) return EXIT_USAGE;
  warta_store *st = open_store("trace", o.db, true, &ex);
  if (!st) return ex;
  out_ctx c = {stdout, o.fmt, 0, NULL, 0, 0};
  int rc = warta_store_trace(st, id, on_trace, &c);
  int status = EXIT_OK;
  if (rc != WARTA_OK) {
    cli_err("trace: %s", warta_store_errmsg(st));
    status = status_exit(rc);
  } else if (o.fmt == F_TABLE) {
    if (c.n <= 1) printf("\nno other document in the store ran this statement\n");
    else printf("\n%lu documents ran this statement; the first is listed first\n", c.n);
  }
  warta_store_close(st);
  if (fflush(stdout) != 0 || ferror(stdout)) status = EXIT_FATAL;
  return status;
}

/* ---------------------------------------------------------------- stats */

int cmd_stats(int argc, char **argv) {
  opts o;
  int ex = parse(argc, argv, "stats", stats_usage, false, &o);
  if (ex >= 0) return ex;
  if (o.npositional) {
    cli_err("stats: unexpected argument '%s'", o.positional[0]);
    return EXIT_USAGE;
  }
  /* the full-text check writes a command row: it needs a writable connection */
  warta_store *st = open_store("stats", o.db, !o.check, &ex);
  if (!st) return ex;
  warta_store_counts c;
  int rc = warta_store_stats(st, &c);
  int status = EXIT_OK;
  if (rc != WARTA_OK) {
    cli_err("stats: %s", warta_store_errmsg(st));
    status = status_exit(rc);
  } else {
    printf("store      %s (schema %d)\n", o.db, c.schema);
    printf("documents  %llu", (unsigned long long)c.documents);
    if (c.first[0]) printf(", published %s to %s", c.first, c.last);
    printf("\nquotes     %llu, %llu of them in %llu propagation groups\n", (unsigned long long)c.quotes,
           (unsigned long long)c.grouped, (unsigned long long)c.groups);
    printf("speakers   %llu quoted, of %llu entities (%llu aliases)\n", (unsigned long long)c.speakers,
           (unsigned long long)c.entities, (unsigned long long)c.aliases);
    printf("sources    %llu links in source chains\n", (unsigned long long)c.sources);
  }
  if (status == EXIT_OK && o.check) {
    rc = warta_store_check(st);
    if (rc != WARTA_OK) {
      cli_err("stats: check failed: %s", warta_store_errmsg(st));
      status = EXIT_FATAL;
    } else {
      printf("check      ok (integrity_check, full-text indexes)\n");
    }
  }
  warta_store_close(st);
  if (fflush(stdout) != 0 || ferror(stdout)) status = EXIT_FATAL;
  return status;
}
