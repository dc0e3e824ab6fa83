/*
 * test_ingest.c — unit cases for the ingest API (warta_sniff, warta_html_*,
 * warta_warc_*): charsets, entities, broken markup, metadata formats, WARC
 * records read one byte at a time, read errors, and every allocation of a
 * page and an archive made to fail in turn.
 *
 *   test_ingest HTMLDIR
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <zlib.h>

#include "warta.h"

/* the allocation-failure hook of src/alloc.c (not in the public header) */
long warta_test_fail_alloc(long n);

static const char *htmldir;

static char *slurp(const char *name, size_t *len) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", htmldir, name);
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = malloc((size_t)n + 1);
  size_t r = fread(b, 1, (size_t)n, f);
  fclose(f);
  b[r] = 0;
  *len = r;
  return b;
}

/* ---------------------------------------------------------------- sniff */

static void test_sniff(void **state) {
  (void)state;
  assert_int_equal(warta_sniff("\x1f\x8b\x08", 3), WARTA_FMT_GZIP);
  assert_int_equal(warta_sniff("WARC/1.0\r\n", 10), WARTA_FMT_WARC);
  assert_int_equal(warta_sniff("\n\nWARC/1.1\r\n", 12), WARTA_FMT_WARC);
  assert_int_equal(warta_sniff("  <!DOCTYPE html><html>", 23), WARTA_FMT_HTML);
  assert_int_equal(warta_sniff("\xEF\xBB\xBF<html lang=id>", 17), WARTA_FMT_HTML);
  assert_int_equal(warta_sniff("<!-- a comment -->\n<html>", 25), WARTA_FMT_HTML);
  assert_int_equal(warta_sniff("<?xml version='1.0'?><!DOCTYPE html>", 36), WARTA_FMT_HTML);
  assert_int_equal(warta_sniff("{\"id\": 1}\n", 10), WARTA_FMT_JSONL);
  assert_int_equal(warta_sniff("JAKARTA - Harga naik.", 21), WARTA_FMT_TEXT);
  assert_int_equal(warta_sniff("ab\0cd", 5), WARTA_FMT_BINARY);
  assert_int_equal(warta_sniff("", 0), WARTA_FMT_UNKNOWN);
  assert_int_equal(warta_sniff(NULL, 5), WARTA_FMT_UNKNOWN);
}

/* ----------------------------------------------------------------- HTML */

static warta_html *H;

static const char *text_of(const char *html, size_t len, const char *ct, int want_rc) {
  warta_page pg;
  int rc = warta_html_extract(H, html, len, ct, NULL, 0, &pg);
  if (rc != want_rc) fprintf(stderr, "rc %d (%s) for: %.80s\n", rc, warta_html_errmsg(H), html);
  assert_int_equal(rc, want_rc);
  assert_non_null(pg.text);
  assert_int_equal(strlen(pg.text), pg.len);
  return pg.text;
}
#define TEXT(s, ct) text_of(s, sizeof(s) - 1, ct, WARTA_OK)

static void test_html_basics(void **state) {
  (void)state;
  assert_string_equal(TEXT("<p>Kata Budi, &quot;harga naik&quot; &amp; &lt;stabil&gt; di pasar.</p>", NULL),
                      "Kata Budi, \"harga naik\" & <stabil> di pasar.");
  assert_string_equal(TEXT("<p>Harga&nbsp;beras   naik\n lagi di   pasar induk kemarin.</p>", NULL),
                      "Harga beras naik lagi di pasar induk kemarin.");
  /* paragraphs, <br>, unclosed and stray tags */
  assert_string_equal(TEXT("<div><p>Paragraf pertama cukup panjang untuk dibaca.<p>Paragraf kedua juga cukup "
                           "panjang.<br>Baris ketiga setelah br.</div></span></b>",
                           NULL),
                      "Paragraf pertama cukup panjang untuk dibaca.\n\nParagraf kedua juga cukup panjang.\n\n"
                      "Baris ketiga setelah br.");
  /* inline markup does not split words; script and comments vanish */
  assert_string_equal(TEXT("<p>Presi<b>den</b> <i>mengatakan</i><script>var a='</p>';</script> ha<!-- x -->rga "
                           "naik tajam minggu ini.</p>",
                           NULL),
                      "Presiden mengatakan harga naik tajam minggu ini.");
  /* a plain-text "page" is read too */
  assert_string_equal(TEXT("JAKARTA - Harga cabai naik di pasar tradisional.", NULL),
                      "JAKARTA - Harga cabai naik di pasar tradisional.");
}

static void test_html_errors(void **state) {
  (void)state;
  warta_page pg;
  assert_int_equal(warta_html_extract(H, "", 0, NULL, NULL, 0, &pg), WARTA_ERR_EMPTY);
  assert_string_equal(pg.text, "");
  static const char nav[] = "<html><body><nav><a href=/>Beranda</a></nav></body></html>";
  assert_int_equal(warta_html_extract(H, nav, sizeof nav - 1, NULL, NULL, 0, &pg), WARTA_ERR_EMPTY);
  assert_int_equal(warta_html_extract(H, "<html>\0\1\2binary", 15, NULL, NULL, 0, &pg), WARTA_ERR_SYNTAX);
  assert_int_equal(warta_html_errpos(H), 6);
  assert_non_null(strstr(warta_html_errmsg(H), "binary data"));
  assert_int_equal(warta_html_extract(NULL, "x", 1, NULL, NULL, 0, &pg), WARTA_ERR_ARG);
  assert_int_equal(warta_html_extract(H, "x", 1, NULL, NULL, 0, NULL), WARTA_ERR_ARG);
  assert_int_equal(warta_html_extract(H, NULL, 3, NULL, NULL, 0, &pg), WARTA_ERR_ARG);
  size_t big = (size_t)WARTA_MAX_PAGE_BYTES + 1;
  char *b = malloc(big);
  memset(b, 'a', big);
  assert_int_equal(warta_html_extract(H, b, big, NULL, NULL, 0, &pg), WARTA_ERR_LIMIT);
  free(b);
  /* the reader is still usable */
  assert_string_equal(TEXT("<p>Masih bisa dipakai setelah galat.</p>", NULL), "Masih bisa dipakai setelah galat.");
}

static void test_html_charsets(void **state) {
  (void)state;
  warta_page pg;
  /* windows-1252 from the HTTP header: curly quotes as 0x93/0x94 */
  static const char w1252[] = "<p>\x93Kami siap,\x94 kata Budi \x96 ketua panitia \x85 kemarin.</p>";
  assert_string_equal(TEXT(w1252, "text/html; charset=windows-1252"),
                      "\xE2\x80\x9CKami siap,\xE2\x80\x9D kata Budi \xE2\x80\x93 ketua panitia \xE2\x80\xA6 kemarin.");
  /* no label at all, not UTF-8: read as windows-1252 */
  assert_string_equal(TEXT(w1252, NULL),
                      "\xE2\x80\x9CKami siap,\xE2\x80\x9D kata Budi \xE2\x80\x93 ketua panitia \xE2\x80\xA6 kemarin.");
  /* ISO-8859-1 in a meta */
  static const char latin[] = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                              "charset=iso-8859-1\"></head><body><p>Suhu 36\xB0"
                              "C di kaf\xE9 dekat pasar.</p></body></html>";
  assert_string_equal(TEXT(latin, NULL), "Suhu 36\xC2\xB0" "C di kaf\xC3\xA9 dekat pasar.");
  assert_int_equal(warta_html_extract(H, latin, sizeof latin - 1, NULL, NULL, 0, &pg), WARTA_OK);
  assert_string_equal(pg.charset, "windows-1252");
  /* says iso-8859-1, is UTF-8: read as UTF-8 */
  static const char mislabel[] = "<meta charset=iso-8859-1><p>Kaf\xC3\xA9 di pojok jalan itu ramai.</p>";
  assert_string_equal(TEXT(mislabel, NULL), "Kaf\xC3\xA9 di pojok jalan itu ramai.");
  /* another charset through iconv: windows-1251 */
  static const char cyr[] = "<meta charset=\"windows-1251\"><p>\xCF\xF0\xE8\xE2\xE5\xF2 dari Moskwa untuk pembaca.</p>";
  assert_string_equal(TEXT(cyr, NULL), "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 dari Moskwa untuk pembaca.");
  /* a label iconv does not know */
  assert_string_equal(TEXT("<meta charset=x-tidak-ada><p>Label tidak dikenal tetap dibaca.</p>", NULL),
                      "Label tidak dikenal tetap dibaca.");
  /* UTF-16LE with a BOM */
  const char *u = "<p>Teks UTF-16 dari halaman lama.</p>";
  size_t ul = strlen(u);
  char *w = malloc(2 + 2 * ul);
  w[0] = (char)0xFF;
  w[1] = (char)0xFE;
  for (size_t i = 0; i < ul; i++) w[2 + 2 * i] = u[i], w[3 + 2 * i] = 0;
  assert_string_equal(text_of(w, 2 + 2 * ul, NULL, WARTA_OK), "Teks UTF-16 dari halaman lama.");
  free(w);
  /* invalid UTF-8 in a UTF-8 page: replaced and counted */
  static const char inv[] = "<meta charset=utf-8><p>Harga naik \xFF\xFE lagi di pasar itu.</p>";
  assert_int_equal(warta_html_extract(H, inv, sizeof inv - 1, NULL, NULL, 0, &pg), WARTA_OK);
  assert_string_equal(pg.text, "Harga naik \xEF\xBF\xBD\xEF\xBF\xBD lagi di pasar itu.");
  assert_int_equal(pg.repairs, 2);
}

static void test_html_metadata(void **state) {
  (void)state;
  warta_page pg;
  static const char a[] =
      "<html lang=\"id-ID\"><head><title>Judul Berita Hari Ini | Koran Kita</title>"
      "<meta name=\"publishdate\" content=\"14/11/2023 10:00\"></head><body><h1>Judul Berita Hari Ini</h1>"
      "<p>Oleh Siti Rahma | Selasa</p><article><p>Isi berita yang cukup panjang untuk dipilih sebagai "
      "teks utama halaman ini.</p></article></body></html>";
  assert_int_equal(warta_html_extract(H, a, sizeof a - 1, NULL, "https://koran.example/a", 0, &pg), WARTA_OK);
  assert_string_equal(pg.title, "Judul Berita Hari Ini");
  assert_string_equal(pg.outlet, "Koran Kita");
  assert_string_equal(pg.published, "2023-11-14");
  assert_string_equal(pg.author, "Siti Rahma");
  assert_string_equal(pg.url, "https://koran.example/a");
  assert_string_equal(pg.lang, "id-ID");
  static const char b[] =
      "<head><meta property=\"og:title\" content=\"A\"><link rel=canonical href=\"/berita/1\">"
      "<meta name=\"date\" content=\"Tue, 14 Nov 2023 10:00:00 +0700\"></head>"
      "<p>Isi berita yang cukup panjang untuk dipilih sebagai teks utama.</p>";
  assert_int_equal(warta_html_extract(H, b, sizeof b - 1, NULL, "https://x.example/p?q=1", 0, &pg), WARTA_OK);
  assert_string_equal(pg.url, "https://x.example/berita/1");
  assert_string_equal(pg.published, "2023-11-14");
  assert_null(pg.author);
  static const char c[] = "<time datetime=\"20231114\"></time><p>Isi berita yang cukup panjang untuk teks utama.</p>"
                          "<script type=\"application/ld+json\">{broken json</script>";
  assert_int_equal(warta_html_extract(H, c, sizeof c - 1, NULL, NULL, 0, &pg), WARTA_OK);
  assert_string_equal(pg.published, "2023-11-14");
  static const char d[] = "<meta name=\"date\" content=\"2023-02-30\"><p>Tanggal yang tidak ada tidak dipakai.</p>";
  assert_int_equal(warta_html_extract(H, d, sizeof d - 1, NULL, NULL, 0, &pg), WARTA_OK);
  assert_null(pg.published);
}

static void test_html_fail_alloc(void **state) {
  (void)state;
  size_t len;
  char *page = slurp("wonolestari-sekolah-rusak.html", &len);
  assert_non_null(page);
  warta_page pg;
  int nomem = 0;
  for (long n = 1; n < 400; n++) {
    warta_html *h = warta_html_new();
    if (!h) continue;
    warta_test_fail_alloc(n);
    int rc = warta_html_extract(h, page, len, NULL, NULL, 0, &pg);
    long left = warta_test_fail_alloc(0);
    assert_true(rc == WARTA_OK || rc == WARTA_ERR_NOMEM);
    if (rc == WARTA_ERR_NOMEM) nomem++;
    /* usable afterwards */
    assert_int_equal(warta_html_extract(h, page, len, NULL, NULL, 0, &pg), WARTA_OK);
    warta_html_free(h);
    if (left > 0) break; /* the extraction made fewer than n allocations */
  }
  assert_true(nomem > 5);
  free(page);
}

/* ----------------------------------------------------------------- WARC */

typedef struct membuf {
  const char *p;
  size_t n, at;
  size_t step;   /* bytes handed out per read (1 = one at a time) */
  size_t fail_at; /* a read error when reaching this offset (0: never) */
} membuf;

static long mem_read(void *ctx, char *buf, size_t len) {
  membuf *m = ctx;
  if (m->fail_at && m->at >= m->fail_at) return -1;
  size_t k = m->n - m->at;
  if (k > len) k = len;
  if (m->step && k > m->step) k = m->step;
  memcpy(buf, m->p + m->at, k);
  m->at += k;
  return (long)k;
}

static size_t add_record(char *out, const char *type, const char *uri, const char *ctype, const char *block,
                         size_t blen) {
  int n = sprintf(out, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\n"
                  "Content-Length: %zu\r\n\r\n", type, uri, ctype, blen);
  memcpy(out + n, block, blen);
  memcpy(out + n + blen, "\r\n\r\n", 4);
  return (size_t)n + blen + 4;
}

static char archive[1 << 16];
static size_t archive_len;

static void build_archive(void) {
  static const char chunked[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "10\r\n<p>Berita satu, \r\n1c;ext=1\r\nbagian kedua dari chunk.</p>\r\n0\r\n\r\n";
  static const char plain[] = "HTTP/1.0 200 OK\nContent-Type: application/pdf\n\n%PDF-1.4 ...";
  static const char nohdr[] = "HTTP/1.1 301 Moved\r\nLocation: /baru\r\n\r\n";
  size_t o = 0;
  o += add_record(archive + o, "warcinfo", "", "application/warc-fields", "software: test\r\n", 16);
  o += add_record(archive + o, "response", "<http://a.example/1>", "application/http; msgtype=response", chunked,
                  sizeof chunked - 1);
  o += add_record(archive + o, "response", "http://a.example/doc.pdf", "application/http;msgtype=response", plain,
                  sizeof plain - 1);
  o += add_record(archive + o, "response", "http://a.example/lama", "application/http; msgtype=response", nohdr,
                  sizeof nohdr - 1);
  o += add_record(archive + o, "resource", "file:///x.html", "text/html", "<p>Sumber berkas.</p>", 21);
  archive_len = o;
}

static void check_archive(warta_warc *w) {
  warta_warc_record r;
  int rc = warta_warc_next(w, &r);
  if (rc != 1) fprintf(stderr, "%s\n", warta_warc_errmsg(w));
  assert_int_equal(rc, 1);
  assert_string_equal(r.type, "warcinfo");
  assert_int_equal(r.number, 1);
  assert_int_equal(r.offset, 0);
  assert_null(r.payload);
  assert_int_equal(warta_warc_next(w, &r), 1);
  assert_string_equal(r.uri, "http://a.example/1");
  assert_int_equal(r.status, 200);
  assert_true(r.html);
  assert_int_equal(r.payload_len, strlen("<p>Berita satu, bagian kedua dari chunk.</p>"));
  assert_memory_equal(r.payload, "<p>Berita satu, bagian kedua dari chunk.</p>", r.payload_len);
  assert_int_equal(warta_warc_next(w, &r), 1);
  assert_string_equal(r.content_type, "application/pdf");
  assert_false(r.html);
  assert_int_equal(warta_warc_next(w, &r), 1);
  assert_int_equal(r.status, 301);
  assert_int_equal(r.payload_len, 0);
  assert_int_equal(warta_warc_next(w, &r), 1);
  assert_string_equal(r.type, "resource");
  assert_true(r.html);
  assert_int_equal(r.number, 5);
  assert_int_equal(warta_warc_next(w, &r), 0);
  assert_int_equal(warta_warc_next(w, &r), 0);
}

static size_t gzip_members(const char *in, size_t n, char *out, size_t cap) {
  /* one member per record, split at "WARC/1.1" */
  size_t o = 0, a = 0;
  while (a < n) {
    const char *nx = NULL;
    for (size_t i = a + 1; i + 8 <= n; i++)
      if (!memcmp(in + i, "WARC/1.1", 8)) {
        nx = in + i;
        break;
      }
    size_t b = nx ? (size_t)(nx - in) : n;
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 6, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY);
    z.next_in = (Bytef *)in + a;
    z.avail_in = (uInt)(b - a);
    z.next_out = (Bytef *)out + o;
    z.avail_out = (uInt)(cap - o);
    deflate(&z, Z_FINISH);
    o = cap - z.avail_out;
    deflateEnd(&z);
    a = b;
  }
  return o;
}

static void test_warc_records(void **state) {
  (void)state;
  build_archive();
  for (size_t step = 0; step <= 1; step++) {
    membuf m = {archive, archive_len, 0, step, 0};
    warta_warc *w = warta_warc_new(mem_read, &m);
    assert_non_null(w);
    check_archive(w);
    assert_false(warta_warc_gzipped(w));
    assert_int_equal(warta_warc_bytes_read(w), archive_len);
    warta_warc_free(w);
  }
  static char gz[1 << 16];
  size_t gzlen = gzip_members(archive, archive_len, gz, sizeof gz);
  for (size_t step = 0; step <= 7; step += 7) {
    membuf m = {gz, gzlen, 0, step, 0};
    warta_warc *w = warta_warc_new(mem_read, &m);
    check_archive(w);
    assert_true(warta_warc_gzipped(w));
    warta_warc_free(w);
  }
  /* empty input, and no reader */
  membuf e = {"", 0, 0, 0, 0};
  warta_warc *w = warta_warc_new(mem_read, &e);
  warta_warc_record r;
  assert_int_equal(warta_warc_next(w, &r), 0);
  warta_warc_free(w);
  assert_null(warta_warc_new(NULL, NULL));
  assert_int_equal(warta_warc_next(NULL, &r), -1);
}

static void test_warc_read_error(void **state) {
  (void)state;
  build_archive();
  membuf m = {archive, archive_len, 0, 64, 300};
  warta_warc *w = warta_warc_new(mem_read, &m);
  warta_warc_record r;
  int rc, good = 0, io = 0, calls = 0;
  /* reads of 64 bytes, failing once 300 are read (at byte 320): the records
     read before come out, then the cut record, then the error */
  while ((rc = warta_warc_next(w, &r)) != 0 && calls++ < 20) {
    if (rc == 1) good++;
    else if (warta_warc_errcode(w) == WARTA_ERR_IO) {
      io++;
      assert_non_null(strstr(warta_warc_errmsg(w), "read error at byte 320"));
    }
  }
  assert_int_equal(rc, 0);
  assert_int_equal(io, 1);
  assert_int_equal(good, 1); /* the warcinfo record; the next one is cut at byte 320 */
  assert_int_equal(warta_warc_next(w, &r), 0);
  warta_warc_free(w);
}

static void test_warc_fail_alloc(void **state) {
  (void)state;
  build_archive();
  static char gz[1 << 16];
  size_t gzlen = gzip_members(archive, archive_len, gz, sizeof gz);
  int nomem = 0;
  for (long n = 1; n < 200; n++) {
    membuf m = {gz, gzlen, 0, 0, 0};
    warta_test_fail_alloc(n);
    warta_warc *w = warta_warc_new(mem_read, &m);
    warta_warc_record r;
    int rc = 0;
    if (w) {
      while ((rc = warta_warc_next(w, &r)) != 0)
        if (rc < 0 && warta_warc_errcode(w) == WARTA_ERR_NOMEM) nomem++;
    }
    long left = warta_test_fail_alloc(0);
    warta_warc_free(w);
    if (left > 0) break;
  }
  assert_true(nomem > 0);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: test_ingest HTMLDIR\n");
    return 2;
  }
  htmldir = argv[1];
  H = warta_html_new();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sniff),           cmocka_unit_test(test_html_basics),
      cmocka_unit_test(test_html_errors),     cmocka_unit_test(test_html_charsets),
      cmocka_unit_test(test_html_metadata),   cmocka_unit_test(test_html_fail_alloc),
      cmocka_unit_test(test_warc_records),    cmocka_unit_test(test_warc_read_error),
      cmocka_unit_test(test_warc_fail_alloc),
  };
  int r = cmocka_run_group_tests(tests, NULL, NULL);
  warta_html_free(H);
  return r;
}
