/*
 * warta.h — the one public header of libwarta.
 *
 * warta reads a news article and answers: who said what, according to whom,
 * when.  One document in, one result out:
 *
 *     warta_engine *eng = warta_engine_new();          // once, share freely
 *     warta_doc *doc = warta_doc_new(eng);             // one per thread
 *     if (warta_extract(doc, text, len, &meta, 0) != WARTA_OK)
 *         fprintf(stderr, "%s\n", warta_errmsg(doc));
 *     else
 *         warta_doc_write_json(doc, 0, my_writer, my_ctx);
 *     warta_doc_free(doc);
 *     warta_engine_free(eng);
 *
 * Positions.  Every span is a pair of UTF-8 byte offsets [start, end) into the
 * document's working text (warta_doc_text).  The working text is the input
 * itself unless the input had to change (invalid UTF-8 repaired, mojibake
 * repaired on request, or text that was not in Unicode NFC); then it is the
 * changed copy, warta_doc_text_changed() says so, and the JSON writer always
 * includes it as "text".
 *
 * Memory.  A warta_doc owns everything a result points to, in one arena per
 * document.  Every pointer returned by a warta_doc_* or warta_quote/entity
 * accessor stays valid until the next warta_extract on the same doc or
 * warta_doc_free.  Nothing returned needs to be freed by the caller unless a
 * function says so.
 *
 * Threads.  A warta_engine is immutable after warta_engine_new and may be used
 * by any number of threads at once.  A warta_doc must be used by one thread at
 * a time; give each thread its own.
 *
 * Errors.  Functions that can fail return an int status (WARTA_OK == 0, or a
 * warta_status code).  warta_errmsg(doc) then says what went wrong and, for an
 * input error, at which byte (also warta_errpos).  The library never aborts or
 * exits on bad input.
 */
#ifndef WARTA_H
#define WARTA_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define WARTA_API __attribute__((visibility("default")))
#else
#define WARTA_API
#endif

#define WARTA_VERSION "0.1.0"
/* The JSON output schema this library writes ("warta": 1). */
#define WARTA_SCHEMA_VERSION 1

/* Documented limits.  An input over a limit fails with WARTA_ERR_LIMIT. */
#define WARTA_MAX_DOC_BYTES (64u * 1024u * 1024u) /* one document's text */
#define WARTA_MAX_TOKENS (16u * 1024u * 1024u)    /* tokens in one document */
#define WARTA_MAX_QUOTES 65536u                   /* quotes reported per document */

/* Status codes.  0 is success; everything else is an error. */
typedef enum warta_status {
  WARTA_OK = 0,
  WARTA_ERR_NOMEM = 1,  /* an allocation failed; the doc is still usable */
  WARTA_ERR_ARG = 2,    /* a NULL or invalid argument */
  WARTA_ERR_UTF8 = 3,   /* invalid UTF-8 or a NUL byte (use WARTA_REPAIR_UTF8) */
  WARTA_ERR_LIMIT = 4,  /* a documented limit was exceeded */
  WARTA_ERR_SYNTAX = 5, /* malformed JSON, HTML, WARC, date or query */
  WARTA_ERR_IO = 6,     /* a read or write failed */
  WARTA_ERR_EMPTY = 7   /* nothing to extract from (e.g. an HTML page without text) */
} warta_status;

/* A static English name for a status code ("invalid UTF-8", ...). */
WARTA_API const char *warta_status_str(int status);
/* The library version, WARTA_VERSION. */
WARTA_API const char *warta_version(void);

/* ---------------------------------------------------------------- engine */

typedef struct warta_engine warta_engine;

/* Creates an engine with the built-in lexicons (compiled in; nothing is read
 * from disk).  Returns NULL only when memory runs out.  Free with
 * warta_engine_free after every doc made from it is freed. */
WARTA_API warta_engine *warta_engine_new(void);
WARTA_API void warta_engine_free(warta_engine *eng);

/* ------------------------------------------------------------- documents */

typedef struct warta_doc warta_doc;

/* A reusable extraction context bound to an engine.  Returns NULL when memory
 * runs out or eng is NULL.  Reuse one doc for many extractions: its arena and
 * arrays are kept between documents (and trimmed after an unusually large
 * one), so memory stays flat over a stream. */
WARTA_API warta_doc *warta_doc_new(const warta_engine *eng);
WARTA_API void warta_doc_free(warta_doc *doc);

/* Metadata given with a document.  Every field may be NULL.  Strings are
 * copied; the caller keeps ownership of meta and its strings. */
typedef struct warta_meta {
  const char *id;        /* the caller's identifier, echoed in the output */
  const char *published; /* YYYY-MM-DD (or an ISO 8601 timestamp): anchors relative dates */
  const char *title;
  const char *url;
} warta_meta;

/* Flags for warta_extract. */
enum {
  WARTA_REPAIR_UTF8 = 1u << 0,  /* replace invalid UTF-8 and NUL with U+FFFD instead of failing */
  WARTA_FIX_MOJIBAKE = 1u << 1, /* rewrite cp1252 mojibake ("â€œ" -> "“") in the working text */
  WARTA_NO_NFC = 1u << 2,       /* keep the text as given even if it is not NFC */
  WARTA_SEGMENT_ONLY = 1u << 3  /* stop after segmentation (paragraphs, sentences, tokens,
                                   dateline, boilerplate): for benchmarks and tools */
};

/* Extracts one document.  text need not be NUL-terminated; it is read, never
 * modified, and must stay alive and unchanged until the next warta_extract on
 * doc or warta_doc_free (results point into it).  Any previous result in doc
 * is discarded.
 *
 * Returns WARTA_OK, or WARTA_ERR_UTF8 (invalid byte; warta_errpos names it),
 * WARTA_ERR_LIMIT (text over WARTA_MAX_DOC_BYTES, tokens over
 * WARTA_MAX_TOKENS or quotes over WARTA_MAX_QUOTES; warta_errpos names the
 * byte where the limit was reached), WARTA_ERR_NOMEM, WARTA_ERR_ARG.  On error the doc holds
 * no result but stays usable.  Mojibake quote marks ("â€œ", "â€") are
 * recognised as quote marks whether or not WARTA_FIX_MOJIBAKE is set. */
WARTA_API int warta_extract(warta_doc *doc, const char *text, size_t len, const warta_meta *meta,
                            unsigned flags);

/* The message of the last failure on doc ("invalid UTF-8 at byte 17: ...").
 * Never NULL: "" after a success.  Valid until the next call on doc. */
WARTA_API const char *warta_errmsg(const warta_doc *doc);
/* The byte offset the last input error refers to, or -1 when none applies. */
WARTA_API int64_t warta_errpos(const warta_doc *doc);

/* ------------------------------------------------------- walking a result */

typedef struct warta_span {
  uint32_t start, end; /* UTF-8 byte offsets into the working text, [start, end) */
} warta_span;

/* The working text all spans refer to (see the top of this file). */
WARTA_API const char *warta_doc_text(const warta_doc *doc, size_t *len);
/* 1 if the working text differs from the input (repair, mojibake, NFC). */
WARTA_API int warta_doc_text_changed(const warta_doc *doc);
/* Counts of repairs made: invalid UTF-8 sequences replaced, mojibake
 * sequences rewritten.  Either pointer may be NULL. */
WARTA_API void warta_doc_repairs(const warta_doc *doc, uint32_t *utf8, uint32_t *mojibake);

/* The metadata as given (or found, for published), NULL when absent. */
WARTA_API const char *warta_doc_id(const warta_doc *doc);
WARTA_API const char *warta_doc_published(const warta_doc *doc); /* YYYY-MM-DD */
WARTA_API const char *warta_doc_title(const warta_doc *doc);
WARTA_API const char *warta_doc_url(const warta_doc *doc);

/* The article body: from its first to its last paragraph that is not
 * boilerplate.  {0,0} for a document without body text. */
WARTA_API warta_span warta_doc_body(const warta_doc *doc);

typedef struct warta_paragraph {
  warta_span span;
  int boilerplate; /* 1: "Baca juga: ...", "ADVERTISEMENT", ... left out of the body */
} warta_paragraph;
WARTA_API size_t warta_doc_paragraph_count(const warta_doc *doc);
WARTA_API const warta_paragraph *warta_doc_paragraph(const warta_doc *doc, size_t i);

WARTA_API size_t warta_doc_sentence_count(const warta_doc *doc);
/* The i-th sentence's span, {0,0} when i is out of range. */
WARTA_API warta_span warta_doc_sentence(const warta_doc *doc, size_t i);

typedef enum warta_token_kind {
  WARTA_TOK_WORD = 1,
  WARTA_TOK_NUMBER = 2, /* 2.500  1.000,5  10.30 */
  WARTA_TOK_PUNCT = 3,
  WARTA_TOK_QUOTE = 4,  /* a quote mark of any style */
  WARTA_TOK_URL = 5,
  WARTA_TOK_EMAIL = 6,
  WARTA_TOK_DATE = 7,   /* 13/4/2020 */
  WARTA_TOK_SYMBOL = 8
} warta_token_kind;

/* Quote-mark roles (token flags). */
enum { WARTA_QUOTE_OPEN = 1, WARTA_QUOTE_CLOSE = 2 };

WARTA_API size_t warta_doc_token_count(const warta_doc *doc);
/* Token i: its span, kind and, for quote marks, WARTA_QUOTE_OPEN/CLOSE bits
 * (both when context cannot tell).  Returns 0, or WARTA_ERR_ARG when i is out
 * of range. */
WARTA_API int warta_doc_token(const warta_doc *doc, size_t i, warta_span *span, int *kind,
                              int *quote_role);

typedef struct warta_dateline {
  warta_span span;   /* the whole dateline, "JAKARTA, KOMPAS —" */
  warta_span place;  /* "JAKARTA"; {0,0} when the outlet stands alone ("Suara.com -") */
  warta_span outlet; /* "KOMPAS", "ANTARA"; {0,0} when absent */
} warta_dateline;
/* The dateline, or NULL when the article has none. */
WARTA_API const warta_dateline *warta_doc_dateline(const warta_doc *doc);

typedef enum warta_quote_kind {
  WARTA_DIRECT = 1,   /* "…," kata X */
  WARTA_PARTIAL = 2,  /* a quoted phrase inside reported speech */
  WARTA_INDIRECT = 3, /* X mengatakan, … */
  WARTA_MIXED = 4     /* indirect speech with quoted words inside */
} warta_quote_kind;
/* "direct", "partial", "indirect", "mixed". */
WARTA_API const char *warta_quote_kind_str(int kind);

typedef struct warta_source {
  const char *name;  /* canonical agency or outlet name, "TASS" */
  warta_span span;   /* where it is named */
  warta_span cue;    /* "melansir", "dikutip dari"; {0,0} for a dateline */
  const char *date;  /* YYYY-MM-DD or NULL */
} warta_source;

typedef struct warta_quote {
  int kind;                /* warta_quote_kind */
  warta_span content;      /* the reported words, quote marks excluded */
  warta_span cue;          /* {0,0} when none */
  warta_span speaker;      /* the words naming the speaker; {0,0} when unknown */
  int32_t entity;          /* index into the entities, -1 when unknown */
  float confidence;        /* 0..1 */
  const warta_source *sources;
  uint32_t nsources;
} warta_quote;

WARTA_API size_t warta_doc_quote_count(const warta_doc *doc);
/* The i-th quote in text order, NULL when out of range. */
WARTA_API const warta_quote *warta_doc_quote(const warta_doc *doc, size_t i);

typedef enum warta_entity_type {
  WARTA_PER = 1,
  WARTA_ORG = 2,
  WARTA_LOC = 3,
  WARTA_MEDIA = 4
} warta_entity_type;
/* "PER", "ORG", "LOC", "MEDIA". */
WARTA_API const char *warta_entity_type_str(int type);

typedef struct warta_entity {
  int type;                       /* warta_entity_type */
  const char *name;               /* canonical name, NUL-terminated */
  const warta_span *mentions;     /* every mention, text order */
  uint32_t nmentions;
  const warta_span *roles;        /* "Kepala Bidang Humas", "Presiden" */
  uint32_t nroles;
  const warta_span *affiliations; /* "Polda Metro Jaya" */
  uint32_t naffiliations;
} warta_entity;

WARTA_API size_t warta_doc_entity_count(const warta_doc *doc);
WARTA_API const warta_entity *warta_doc_entity(const warta_doc *doc, size_t i);

typedef struct warta_date {
  warta_span span;   /* "Senin (13/4/2020)", "kemarin" */
  const char *value; /* YYYY-MM-DD, or NULL when it cannot be known */
} warta_date;

WARTA_API size_t warta_doc_date_count(const warta_doc *doc);
WARTA_API const warta_date *warta_doc_date(const warta_doc *doc, size_t i);

/* ------------------------------------------------------------ JSON output */

/* Options for the JSON writer. */
enum {
  WARTA_JSON_PRETTY = 1u << 0,    /* indented, for people; default is one line (JSONL) */
  WARTA_JSON_WITH_TEXT = 1u << 1, /* include the working text as "text" */
  WARTA_JSON_TOKENS = 1u << 2     /* include paragraphs and sentences (debugging) */
};

/* Receives output bytes; returns 0 to continue, non-zero to stop. */
typedef int (*warta_write_fn)(void *ctx, const char *buf, size_t len);

/* Writes the result as one JSON object of schema WARTA_SCHEMA_VERSION
 * (DESIGN.md), without a trailing newline.  Returns WARTA_OK, WARTA_ERR_IO
 * when write returned non-zero, WARTA_ERR_ARG without a result. */
WARTA_API int warta_doc_write_json(const warta_doc *doc, unsigned opts, warta_write_fn write,
                                   void *ctx);

/* The same into a new NUL-terminated string; *len (if not NULL) gets its
 * length.  The caller frees it with free().  NULL when memory runs out or
 * there is no result. */
WARTA_API char *warta_doc_to_json(const warta_doc *doc, unsigned opts, size_t *len);

/* Writes a JSON string literal (quotes included) for s[0..len), escaping as
 * JSON requires; invalid UTF-8 is written as U+FFFD.  For callers that build
 * JSON around warta's output.  Returns 0 or the writer's non-zero result. */
WARTA_API int warta_json_string(warta_write_fn write, void *ctx, const char *s, size_t len);

/* ---------------------------------------------------------------- ingest */
/*
 * Ingest: what crawls hold -- HTML pages and WARC archives -- turned into the
 * plain UTF-8 text warta_extract reads, plus the page's metadata.  Offsets in
 * a result of warta_extract on that text refer to the extracted text (the
 * JSON writer includes it as "text" with WARTA_JSON_WITH_TEXT).
 *
 *     warta_html *h = warta_html_new();                  // one per thread
 *     warta_page pg;
 *     if (warta_html_extract(h, html, len, NULL, NULL, 0, &pg) == WARTA_OK) {
 *       warta_meta m = {pg.url, pg.published, pg.title, pg.url};
 *       warta_extract(doc, pg.text, pg.len, &m, 0);
 *     }
 *     warta_html_free(h);
 *
 * Threads: a warta_html or warta_warc must be used by one thread at a time;
 * different handles may be used by different threads at once.
 */

/* The largest HTML page or WARC payload read (WARTA_ERR_LIMIT over it). */
#define WARTA_MAX_PAGE_BYTES (64u * 1024u * 1024u)

/* What a buffer's first bytes look like (warta_sniff). */
typedef enum warta_format {
  WARTA_FMT_UNKNOWN = 0, /* nothing to look at */
  WARTA_FMT_TEXT = 1,    /* plain text */
  WARTA_FMT_HTML = 2,    /* <!doctype html, <html, <head, <body, <meta, <title near the start */
  WARTA_FMT_WARC = 3,    /* "WARC/1." */
  WARTA_FMT_GZIP = 4,    /* gzip magic 1f 8b (a .warc.gz, or any gzipped input) */
  WARTA_FMT_JSONL = 5,   /* starts with '{' */
  WARTA_FMT_BINARY = 6   /* NUL or other control bytes in the first KiB */
} warta_format;
/* Guesses the format of a file from its first bytes (4 KiB are plenty).
 * Returns a warta_format. */
WARTA_API int warta_sniff(const char *buf, size_t len);

/* -- HTML pages */

typedef struct warta_html warta_html;

/* A reusable HTML reader; its buffers are kept between pages.  NULL when
 * memory runs out. */
WARTA_API warta_html *warta_html_new(void);
WARTA_API void warta_html_free(warta_html *h);

/* What warta_html_extract found.  Every pointer points into the reader and
 * stays valid until the next warta_html_extract on it or warta_html_free.
 * A field the page does not give is NULL (never guessed). */
typedef struct warta_page {
  const char *text;      /* the article's main text: valid UTF-8, NUL-terminated; one paragraph
                            (a <p>, list item, sub-heading, <br>-separated line) per block,
                            blocks separated by "\n\n"; "" when none was found */
  size_t len;            /* bytes in text */
  uint32_t paragraphs;   /* blocks in text */
  const char *title;     /* og:title, JSON-LD headline, the <h1>, or the <title> without the site name */
  const char *published; /* YYYY-MM-DD: JSON-LD datePublished, article:published_time and similar
                            metas, itemprop=datePublished, <time datetime> -- the date as the page
                            writes it */
  const char *author;    /* JSON-LD author, or an author meta that is not a URL or the outlet */
  const char *url;       /* <link rel=canonical>, og:url, JSON-LD url, else the url given */
  const char *outlet;    /* og:site_name, JSON-LD publisher, or the site part of the <title> */
  const char *lang;      /* <html lang> */
  const char *charset;   /* what the page was decoded from: "UTF-8", "windows-1252", ... */
  uint32_t repairs;      /* bytes not valid in that charset (or NUL), replaced by U+FFFD */
} warta_page;

/* Flags for warta_html_extract. */
enum {
  WARTA_HTML_ALL_TEXT = 1u << 0, /* all the page's text blocks, menus and footers included: no
                                    main-text selection (scripts, styles, form controls and
                                    hidden elements are still left out) */
  WARTA_HTML_NO_TRIM = 1u << 1    /* let libxml2 parse the subtrees the reader drops whole (share
                                    bars, related-article boxes, ...) instead of emptying them
                                    first: the same result, slower; for testing the reader */
};

/* Reads one HTML page from memory (html need not be NUL-terminated) and
 * fills *page.  content_type is the HTTP Content-Type header when there is
 * one ("text/html; charset=windows-1252"), else NULL; url is where the page
 * came from, or NULL.
 *
 * The charset comes from a byte-order mark, then content_type, then the
 * page's <meta>; without any, UTF-8 when the bytes are valid UTF-8, else
 * windows-1252.  windows-1252, ISO-8859-1 and every other charset iconv
 * knows are converted to UTF-8.  The main text leaves out navigation,
 * headers, footers, asides, scripts, styles, share bars, "Baca juga" boxes,
 * related-article lists, ads, comment sections, captions and credits.
 *
 * Returns WARTA_OK; WARTA_ERR_EMPTY when the page holds no article text
 * (page->text is "", the metadata is filled); WARTA_ERR_SYNTAX for binary
 * data (warta_html_errpos names the byte); WARTA_ERR_LIMIT for a page over
 * WARTA_MAX_PAGE_BYTES; WARTA_ERR_NOMEM; WARTA_ERR_ARG; WARTA_ERR_IO when
 * libxml2 (libxml2.so.2, loaded at the first warta_html_new rather than
 * linked, so that programs reading no HTML start faster) cannot be loaded,
 * the message says why.  Broken HTML is never an error: it is read the way a
 * browser would. */
WARTA_API int warta_html_extract(warta_html *h, const char *html, size_t len, const char *content_type,
                                 const char *url, unsigned flags, warta_page *page);
/* The message of the last failure on h ("" after a success).  Valid until
 * the next call on h. */
WARTA_API const char *warta_html_errmsg(const warta_html *h);
/* The byte offset in the page the last error refers to, -1 when none. */
WARTA_API int64_t warta_html_errpos(const warta_html *h);

/* -- WARC archives */

typedef struct warta_warc warta_warc;

/* Where a WARC reader gets its bytes: fills buf with up to len bytes and
 * returns how many (> 0), 0 at the end of the input, or -1 on a read error. */
typedef long (*warta_read_fn)(void *ctx, char *buf, size_t len);

/* A streaming reader of WARC 1.0 / 1.1 records from read(ctx, ...): a plain
 * .warc or a .warc.gz (gzip members, recognised by their magic bytes; one
 * record per member as writers make them, or any other split).  Memory stays
 * flat: one record is held at a time.  NULL when memory runs out. */
WARTA_API warta_warc *warta_warc_new(warta_read_fn read, void *ctx);
/* The same over a file descriptor (not closed by warta_warc_free). */
WARTA_API warta_warc *warta_warc_new_fd(int fd);
WARTA_API void warta_warc_free(warta_warc *w);

/* One record.  Strings are NUL-terminated and, like payload, valid until the
 * next warta_warc_next on the reader or warta_warc_free; NULL when absent. */
typedef struct warta_warc_record {
  uint64_t number;          /* 1 for the first record of the input, 2 for the next, ... */
  uint64_t offset;          /* where it starts: byte offset in the file; for .warc.gz the
                               offset of the gzip member it starts in */
  const char *type;         /* WARC-Type: "response", "resource", "request", "warcinfo", ... */
  const char *uri;          /* WARC-Target-URI */
  const char *date;         /* WARC-Date as written, "2023-11-14T03:15:22Z" */
  const char *record_id;    /* WARC-Record-ID */
  int status;               /* HTTP status of a response record (200, 404, ...), 0 otherwise */
  const char *content_type; /* the payload's type: the HTTP Content-Type of a response,
                               the WARC Content-Type of a resource */
  const char *payload;      /* a response's or resource's payload: the HTTP body with chunked
                               transfer coding and gzip/deflate content coding undone; NULL for
                               other record types and for payloads over WARTA_MAX_PAGE_BYTES */
  size_t payload_len;
  uint64_t length;          /* the record's Content-Length */
  int html;                 /* 1 when the payload is an HTML page: by its content type, or
                               sniffed when the type says nothing */
} warta_warc_record;

/* Reads the next record.  Returns 1 when *rec holds one, 0 at the end of the
 * input, -1 for a bad record or a read error: warta_warc_errmsg says which
 * record and at which byte ("record 7 at byte 10234: Content-Length says
 * 5000 bytes but the next record starts after 4200"), and the next call goes
 * on with the next good record (for .warc.gz, the next gzip member that
 * starts a record).  After a read error (WARTA_ERR_IO) or WARTA_ERR_NOMEM
 * the next call returns 0. */
WARTA_API int warta_warc_next(warta_warc *w, warta_warc_record *rec);
/* The last error's message, code (a warta_status) and byte offset in the
 * file (-1 when none applies). */
WARTA_API const char *warta_warc_errmsg(const warta_warc *w);
WARTA_API int warta_warc_errcode(const warta_warc *w);
WARTA_API int64_t warta_warc_errpos(const warta_warc *w);
/* 1 when the input is gzip-compressed. */
WARTA_API int warta_warc_gzipped(const warta_warc *w);
/* Bytes read from the input so far (compressed bytes for .warc.gz). */
WARTA_API uint64_t warta_warc_bytes_read(const warta_warc *w);

/* ----------------------------------------------------------------- store */
/*
 * The store: one SQLite file holding documents, their quotes, speakers
 * (entities unified across documents by folded canonical name, with the
 * aliases articles used for them), mentions and source chains, with
 * full-text search (FTS5 and warta's Indonesian tokenizer: case and
 * diacritics folded, words stemmed, so "mengatakan" finds "dikatakannya")
 * and propagation links between copies of one statement in different
 * documents.  The schema is described in README.md ("Store").
 *
 *     warta_store *st;
 *     if (warta_store_open("warta.db", 0, &st) != WARTA_OK) { ...warta_store_errmsg(st)...; }
 *     warta_store_begin(st);                       // optional: a batch in one transaction
 *     warta_store_add(st, doc, NULL, &added);       // after warta_extract(doc, ...)
 *     warta_store_commit(st);
 *     warta_store_filter f = {.query = "harga beras", .speaker = "Jokowi"};
 *     warta_store_search(st, &f, on_quote, ctx);
 *     warta_store_close(st);
 *
 * Threads.  A warta_store is one database connection: use it from one
 * thread at a time and open one per thread.  Any number of connections may
 * read a store while one writes (WAL); a writer waits up to 5 seconds for
 * another writer before failing with WARTA_ERR_IO ("database is locked").
 *
 * Durability.  A batch is one transaction: if the process dies, the store
 * holds every committed batch and nothing of the one in progress (adding a
 * document again is a no-op, so re-running an interrupted ingest is safe).
 *
 * Errors.  Functions return WARTA_OK or a status: WARTA_ERR_ARG (a bad
 * argument: NULL, a span outside the text, writing through a read-only
 * store, an unknown quote id), WARTA_ERR_SYNTAX (a query or date that
 * cannot be parsed), WARTA_ERR_IO (the database failed: cannot open, locked,
 * disk full, corrupt, or written by a newer warta), WARTA_ERR_NOMEM.
 * warta_store_errmsg says what went wrong.
 *
 * Results.  Rows are passed to a callback; every pointer in a row is valid
 * during that call only (copy what you keep).  The callback returns 0 to go
 * on, non-zero to stop early (the function then returns WARTA_OK).  A
 * callback must not call other functions on the same store.
 */
typedef struct warta_store warta_store;

/* The store schema this library reads and writes.  Older stores are
 * upgraded when opened read-write; newer ones are refused. */
#define WARTA_STORE_SCHEMA 1

enum {
  WARTA_STORE_READONLY = 1u << 0 /* open an existing store for reading only */
};

/* Opens (and, unless read-only, creates) the store at path.  *out gets the
 * store, or NULL when memory runs out; on failure *out may still hold a
 * store whose errmsg says why: close it.  Returns WARTA_OK, WARTA_ERR_IO,
 * WARTA_ERR_NOMEM or WARTA_ERR_ARG. */
WARTA_API int warta_store_open(const char *path, unsigned flags, warta_store **out);
/* Closes the store (rolling back an open batch).  NULL is ignored. */
WARTA_API void warta_store_close(warta_store *st);
/* What the last failing call on st did wrong; "" after a success.  Never
 * NULL (also for st == NULL).  Valid until the next call on st. */
WARTA_API const char *warta_store_errmsg(const warta_store *st);

/* A batch: every add between begin and commit is one transaction (much
 * faster than one each).  Adds outside a batch commit one by one.  An add
 * that fails with WARTA_ERR_ARG or WARTA_ERR_LIMIT (a bad record: checked
 * before anything is written) leaves the batch as it was; one that fails
 * with WARTA_ERR_IO or WARTA_ERR_NOMEM rolls the whole batch back and ends
 * it (errmsg says so): add its documents again in a new batch. */
WARTA_API int warta_store_begin(warta_store *st);
WARTA_API int warta_store_commit(warta_store *st);
WARTA_API int warta_store_rollback(warta_store *st);

/* What an add did. */
typedef struct warta_store_added {
  int64_t document; /* the document's id in the store (also for a duplicate) */
  int duplicate;    /* 1: the store held this document already; nothing was written */
  uint32_t quotes;  /* quotes written */
  uint32_t linked;  /* of those, linked to the same statement in other documents */
  size_t text_bytes; /* the document's text, in bytes */
} warta_store_added;

/* Adds the result of warta_extract in doc.  A document is identified by a
 * SHA-256 of its URL (when given) and working text: adding it again is a
 * no-op (added.duplicate = 1).  outlet names the publisher; NULL takes the
 * dateline's outlet ("KOMPAS") or else the URL's host.  out may be NULL.
 * Returns WARTA_OK, WARTA_ERR_ARG (no result in doc, read-only store),
 * WARTA_ERR_IO, WARTA_ERR_NOMEM. */
WARTA_API int warta_store_add(warta_store *st, const warta_doc *doc, const char *outlet,
                              warta_store_added *out);

/* A document given directly (a result read back from warta's JSON, a
 * shard, generated data): the same fields warta_extract produces.  Spans
 * refer to text; quote.entity indexes entities (or is -1). */
typedef struct warta_store_record {
  const char *text; /* required; UTF-8 */
  size_t len;
  const char *id, *url, *title, *outlet; /* each may be NULL */
  const char *published;                 /* YYYY-MM-DD or NULL */
  const warta_dateline *dateline;        /* NULL when none */
  const warta_quote *quotes;
  size_t nquotes;
  const warta_entity *entities;
  size_t nentities;
} warta_store_record;

/* Adds a record, as warta_store_add does.  A span outside the text or
 * cutting a character, an entity index out of range, an unknown quote kind
 * or entity type, a confidence outside 0..1 or a date that is not exactly
 * YYYY-MM-DD is WARTA_ERR_ARG; a text or string field that is not valid
 * UTF-8 (or holds a NUL byte) is WARTA_ERR_UTF8; nothing is written then. */
WARTA_API int warta_store_add_record(warta_store *st, const warta_store_record *rec, warta_store_added *out);

/* Adding in two halves, for a writer fed by worker threads: prepare does
 * the CPU work (checking and copying the record, its content hash,
 * tokenizing and stemming its text for the full-text indexes, the MinHash
 * signatures of its quotes) without a store and may run on any thread;
 * add_prepared, on the store's thread, only writes.  The prepared document
 * owns a copy of everything it needs: doc or rec may be reused at once.
 * prepare returns NULL only when memory runs out; a record that cannot be
 * added is reported by add_prepared (WARTA_ERR_ARG and errmsg) as
 * warta_store_add_record would.  warta_store_add and _add_record are
 * prepare + add_prepared + free. */
typedef struct warta_store_prepared warta_store_prepared;
WARTA_API warta_store_prepared *warta_store_prepare(const warta_doc *doc, const char *outlet);
WARTA_API warta_store_prepared *warta_store_prepare_record(const warta_store_record *rec);
WARTA_API int warta_store_add_prepared(warta_store *st, const warta_store_prepared *p, warta_store_added *out);
WARTA_API void warta_store_prepared_free(warta_store_prepared *p);

/* Sort orders for searches. */
enum {
  WARTA_SORT_DATE = 0, /* newest publication first (then latest added) */
  WARTA_SORT_RANK = 1  /* best match first (BM25); slower for very common words */
};

/* What to look for.  Zero-initialise and set what you need; every field is
 * optional and the conditions combine with AND. */
typedef struct warta_store_filter {
  /* Words the quote must contain, matched by root ("mengatakan" finds
   * "kata", "dikatakannya"); "a phrase" in double quotes; OR, NOT and
   * parentheses; a trailing * for a prefix of a root ("korup*").  NULL or
   * "" matches every quote. */
  const char *query;
  const char *speaker; /* words of a speaker's canonical name or of another name articles used
                          for them ("Jokowi"); words that name no known speaker are matched
                          against the words naming the speaker in each quote ("warga") */
  int64_t speaker_id;  /* exactly this speaker (an entity id from warta_store_speakers), 0 for any */
  const char *source;  /* words of an agency or outlet in the quote's source chain */
  const char *outlet;  /* words of the publishing outlet */
  const char *from, *to; /* publication dates YYYY-MM-DD, inclusive; NULL for open */
  int kind;            /* a warta_quote_kind, or 0 for any */
  int sort;            /* WARTA_SORT_DATE or WARTA_SORT_RANK */
  size_t limit;        /* rows at most; 0 for 20 */
  size_t offset;       /* rows to skip first */
  const char *mark_open, *mark_close; /* around matched words in .highlighted; NULL: "[" and "]" */
} warta_store_filter;

/* A quote as the store returns it. */
typedef struct warta_store_quote {
  int64_t id;            /* the quote's id (warta_store_show, warta_store_trace) */
  int64_t document;      /* its document's id */
  const char *published; /* YYYY-MM-DD, NULL when unknown */
  const char *outlet, *title, *url; /* NULL when unknown */
  int kind;                         /* warta_quote_kind */
  const char *text;                 /* the reported words */
  const char *highlighted;          /* search: text with matched words marked; otherwise text */
  const char *speaker;              /* canonical name, or the words naming the speaker; NULL */
  int64_t speaker_id;               /* the speaker's entity id, 0 when unknown */
  const char *role;                 /* the speaker's role in this document ("Presiden"), NULL */
  const char *cue;                  /* "kata", "ujarnya", "menurut"; NULL */
  const char *sources;              /* the source chain, "TASS 2023-09-13; Interfax"; NULL when none */
  float confidence;
  int64_t group;     /* propagation group (the id of its first-added quote), 0 when no copies */
  double similarity; /* warta_store_trace: word-pair Jaccard similarity to the traced quote */
} warta_store_quote;

typedef int (*warta_store_quote_fn)(void *ctx, const warta_store_quote *q);

/* Finds quotes.  Returns WARTA_OK (also when nothing matched),
 * WARTA_ERR_SYNTAX (a query or date it cannot read; errmsg says where),
 * WARTA_ERR_IO, WARTA_ERR_NOMEM, WARTA_ERR_ARG. */
WARTA_API int warta_store_search(warta_store *st, const warta_store_filter *f, warta_store_quote_fn fn,
                                 void *ctx);

/* A document found by warta_store_search_documents. */
typedef struct warta_store_document {
  int64_t id;
  const char *published, *outlet, *title, *url, *ext_id; /* NULL when unknown */
  const char *snippet; /* matched words in context, marked */
  uint32_t quotes;     /* quotes stored for it */
} warta_store_document;
typedef int (*warta_store_document_fn)(void *ctx, const warta_store_document *d);

/* Full-text search of the articles' title and text (not only their
 * quotes).  Uses f's query, outlet, from, to, sort, limit, offset and
 * marks; speaker, source and kind must be unset. */
WARTA_API int warta_store_search_documents(warta_store *st, const warta_store_filter *f,
                                           warta_store_document_fn fn, void *ctx);

/* A speaker: an entity that is quoted. */
typedef struct warta_store_speaker {
  int64_t id;            /* entity id */
  const char *name;      /* canonical name */
  const char *type;      /* "PER", "ORG", ... */
  const char *role;      /* role and affiliation at their latest quote ("Kepala Dinas Sumber Daya Air"), NULL */
  uint64_t quotes;       /* quotes matching the filter */
  uint64_t documents;    /* documents those quotes are in */
  const char *first, *last; /* publication dates of the first and last such quote, NULL when unknown */
} warta_store_speaker;
typedef int (*warta_store_speaker_fn)(void *ctx, const warta_store_speaker *s);

/* Who is quoted most among the quotes f matches (f may be NULL: all),
 * most quoted first; limit and offset count speakers. */
WARTA_API int warta_store_speakers(warta_store *st, const warta_store_filter *f, warta_store_speaker_fn fn,
                                   void *ctx);

/* One link of a quote's source chain. */
typedef struct warta_store_source {
  const char *name; /* "TASS" */
  const char *cue;  /* "melansir", "menurut"; NULL for a dateline */
  const char *date; /* YYYY-MM-DD or NULL */
} warta_store_source;

/* Everything the store knows about one quote. */
typedef struct warta_store_detail {
  warta_store_quote quote;
  const char *mention;      /* the words naming the speaker here ("Pemimpin Kim", "ujarnya"), NULL */
  const char *speaker_type; /* "PER" ... when the speaker is an entity */
  const char *affiliation;  /* "Polda Metro Jaya", NULL */
  const char *aliases;      /* the speaker's other names across the store, "; "-separated, NULL */
  const char *dateline;     /* the article's dateline place, NULL */
  const char *context;      /* the paragraph around the quote (UTF-8, not NUL-terminated) */
  size_t context_len;
  size_t quote_start, quote_end; /* where the quote's words are in context */
  const warta_store_source *sources; /* the chain, in the order the article gives it */
  size_t nsources;
  size_t copies; /* other quotes in its propagation group */
} warta_store_detail;
typedef int (*warta_store_detail_fn)(void *ctx, const warta_store_detail *d);

/* Calls fn once with quote id's details.  An unknown id is WARTA_ERR_ARG. */
WARTA_API int warta_store_show(warta_store *st, int64_t id, warta_store_detail_fn fn, void *ctx);

/* Propagation: calls fn for every quote of id's group (the same statement
 * in other documents), earliest publication first: the first row is who ran
 * it first; each row's sources say where that copy says it came from.  A
 * quote without copies gives one row.  An unknown id is WARTA_ERR_ARG. */
WARTA_API int warta_store_trace(warta_store *st, int64_t id, warta_store_quote_fn fn, void *ctx);

/* Counts. */
typedef struct warta_store_counts {
  int schema;                      /* WARTA_STORE_SCHEMA of the file */
  uint64_t documents, quotes, speakers, entities, aliases, sources;
  uint64_t groups, grouped;        /* propagation groups, and quotes in them */
  char first[11], last[11];        /* earliest and latest publication dates, "" when none */
} warta_store_counts;
WARTA_API int warta_store_stats(warta_store *st, warta_store_counts *out);

/* Checks the file (SQLite's integrity_check) and, on a store opened
 * read-write, that the full-text indexes agree with their tables.  WARTA_OK,
 * or WARTA_ERR_IO with what is wrong in errmsg. */
WARTA_API int warta_store_check(warta_store *st);

/* The root of an Indonesian word as the store indexes it: folded (lower
 * case, no diacritics) and with its affixes removed ("Mengatakan" ->
 * "kata", "pertanyaan" -> "tanya", "kata-kata" -> "kata").  A word that is
 * not a known derivation comes back folded and otherwise unchanged.  Writes
 * at most cap bytes including a NUL (nothing when cap is 0) and returns the
 * root's length, which is >= cap when it did not fit.  Thread-safe. */
WARTA_API size_t warta_stem(const char *word, size_t len, char *out, size_t cap);

/* ----------------------------------------------------------------- serve */
/*
 * Serve: the HTTP API and the web page, as a function of the request.  No
 * sockets here: `warta serve` (cli/cmd_serve.c, libmicrohttpd) reads each
 * request and passes it to warta_serve_handle, which answers with a status,
 * a content type and a body.  Tests and fuzzers call it directly.
 *
 *     warta_serve_config cfg = {.db = "warta.db", .engine = eng};
 *     warta_serve *sv = warta_serve_new(&cfg);          // one per thread
 *     warta_serve_request rq = {.method = "GET", .path = "/api/search",
 *                               .query = "q=harga&limit=5"};
 *     warta_serve_response rs;
 *     warta_serve_handle(sv, &rq, &rs);                 // rs.status 200, JSON body
 *     warta_serve_free(sv);
 *
 * Endpoints (JSON unless said otherwise; README.md "Serve" documents each):
 *   GET  /healthz                 {"status": "ok", ...}; 503 without a store
 *   GET  /api/search              quotes: q, speaker, speaker_id, source, outlet,
 *                                 from, to, kind, sort, limit, offset;
 *                                 documents=1 searches articles instead
 *   GET  /api/speakers            most quoted speakers, with the same filters
 *   GET  /api/speakers/{id}       one speaker, quotes per day, latest quotes
 *   GET  /api/quotes/{id}         one quote in context, with its source chain
 *   GET  /api/documents/{id}      one stored article: text and quote spans
 *   GET  /api/trace/{id}          the documents that ran a quote's statement
 *   POST /api/extract             body text/plain (or text/html when the
 *                                 library reads HTML) -> schema-1 JSON with
 *                                 "text"; query: published, title, url, id,
 *                                 repair=1
 *   GET  /, /index.html, /app.js, /style.css   the page, built into the library
 *
 * Errors are {"error": {"status": N, "message": "..."}} with N: 400 (bad
 * parameter, malformed query string or path, invalid UTF-8, a query the
 * store cannot parse), 404 (unknown path or id), 405 (wrong method; the
 * response's allow says which), 413 (body over WARTA_SERVE_MAX_BODY), 414
 * (query string over WARTA_SERVE_MAX_QUERY), 415 (a body type not read),
 * 422 (an HTML body in which no article text was found), 500 (the store failed), 503 (no store, or out of memory).  limit is
 * clamped to WARTA_SERVE_MAX_RESULTS.  Paths are matched exactly: nothing
 * outside the built-in set of files is ever served, and a ".." segment,
 * plain or percent-encoded, is a 400.
 *
 * Threads.  A warta_serve holds one read-only store connection (opened at
 * its first request that needs it) and one extraction context: use it from
 * one thread at a time and make one per thread.  The engine is shared.
 */
typedef struct warta_serve warta_serve;

#define WARTA_SERVE_MAX_BODY (8u * 1024u * 1024u) /* request body bytes */
#define WARTA_SERVE_MAX_QUERY 4096u               /* query string bytes */
#define WARTA_SERVE_MAX_RESULTS 500u              /* rows in one answer */

typedef struct warta_serve_config {
  const char *db;              /* the store's path (copied); NULL: store endpoints answer 503 */
  const warta_engine *engine;  /* for POST /api/extract; NULL: it answers 503 */
} warta_serve_config;

/* A handler.  NULL when memory runs out or cfg is NULL.  Nothing is opened
 * yet: a missing store is reported per request (503), so a server can start
 * before its store exists. */
WARTA_API warta_serve *warta_serve_new(const warta_serve_config *cfg);
/* Frees the handler and closes its store connection.  NULL is ignored. */
WARTA_API void warta_serve_free(warta_serve *sv);

/* One request, as read from the wire.  path and query are raw (still
 * percent-encoded) and need not be NUL-terminated when their length is
 * given; a length of 0 with a non-NULL pointer means "up to the NUL".  */
typedef struct warta_serve_request {
  const char *method;       /* "GET", "HEAD", "POST", ... (NUL-terminated) */
  const char *path;         /* "/api/quotes/12", without the query */
  size_t path_len;
  const char *query;        /* "q=harga+beras&limit=5", without '?'; NULL when none */
  size_t query_len;
  const char *content_type; /* the Content-Type header (NUL-terminated), NULL when none */
  const char *body;         /* the request body; may be NULL when body_len is over the limit */
  size_t body_len;          /* its length: the full length even when the body was not kept */
} warta_serve_request;

typedef struct warta_serve_response {
  int status;               /* HTTP status */
  const char *content_type; /* "application/json; charset=utf-8", "text/html; charset=utf-8", ... */
  const char *body;         /* valid until the next call on the handler or warta_serve_free */
  size_t len;
  const char *allow;        /* for 405: the methods the path takes ("GET, HEAD"); else NULL */
  const char *cache;        /* a Cache-Control value */
} warta_serve_response;

/* Answers one request.  Always fills *rs (an out-of-memory answer is a 503
 * with a built-in body).  Returns WARTA_OK when the answer was built as
 * intended (whatever its HTTP status), WARTA_ERR_NOMEM when memory ran out,
 * WARTA_ERR_IO when the store failed, WARTA_ERR_ARG when sv, rq or rs is
 * NULL (rs, if given, then holds a 500).  HEAD is answered like GET; the
 * caller leaves the body out. */
WARTA_API int warta_serve_handle(warta_serve *sv, const warta_serve_request *rq, warta_serve_response *rs);

#ifdef __cplusplus
}
#endif
#endif /* WARTA_H */
