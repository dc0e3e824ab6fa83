/* cmd_extract.c — `warta extract`: articles in, schema-v1 JSON out. */
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
    "  --fix-mojibake    rewrite cp1252 mojibake (\"â€œ\" -> \"“\") in the text; offsets then\n"
    "                    refer to the repaired text, which the output includes\n"
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
    span_text(d, dl->place, &p, &n);
    fprintf(out, "   dateline: %.*s", n, p);
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

int cmd_extract(int argc, char **argv) {
  enum fmt fmt = F_DEFAULT;
  const char *published = NULL;
  unsigned flags = 0, jopts = 0;
  bool quiet = false, pretty_lines = false;
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
    } else if ((r = cli_opt(argc, argv, &i, "--input", &v)) != 0) {
      if (r < 0) goto missing;
      if (!strcmp(v, "jsonl")) iopts.force_jsonl = true;
      else if (!strcmp(v, "text")) iopts.force_text = true;
      else if (!strcmp(v, "html")) iopts.force_html = true;
      else if (!strcmp(v, "warc")) iopts.force_warc = true;
      else {
        cli_err("extract: unknown input format '%s' (text, jsonl, html or warc)", v);
        free(files);
        return EXIT_USAGE;
      }
    } else if ((r = cli_opt(argc, argv, &i, "--text-field", &v)) != 0) {
      if (r < 0) goto missing;
      iopts.text_field = v;
    } else if ((r = cli_opt(argc, argv, &i, "--id-field", &v)) != 0) {
      if (r < 0) goto missing;
      iopts.id_field = v;
    } else if ((r = cli_opt(argc, argv, &i, "--html-field", &v)) != 0) {
      if (r < 0) goto missing;
      iopts.html_field = v;
    } else if (!strcmp(a, "--all-text")) {
      iopts.all_text = true;
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
