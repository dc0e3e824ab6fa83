/*
 * fuzz_store.h — a small store for the query and serve targets, built once
 * (LLVMFuzzerInitialize) in a temporary directory from a few articles
 * through the public API (warta_extract + warta_store_add), and removed at
 * exit.  The articles have direct, partial and indirect quotes, named
 * speakers with roles, sources, datelines, dated and undated documents, and
 * one statement run by two outlets (a propagation group to trace).
 *
 * SQLite's error log is watched the whole time: a misuse of the SQLite API
 * (SQLITE_MISUSE) or a corrupt database report aborts, like a failed check.
 */
#ifndef WARTA_FUZZ_STORE_H
#define WARTA_FUZZ_STORE_H

#define _POSIX_C_SOURCE 200809L
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

#include "fuzz.h"
#include "warta.h"

static const struct {
  const char *url, *published, *outlet, *text;
} fuzz_articles[] = {
    {"https://kabar.example/ekonomi/harga-beras", "2023-11-13", NULL,
     "JAKARTA - Harga beras di Pasar Induk Cipinang naik tajam pekan ini.\n\n"
     "\"Harga beras medium sudah mencapai Rp14.000 per kilogram,\" kata Kepala Dinas Ketahanan Pangan "
     "DKI Jakarta Suharini Eliawati, Senin (13/11/2023).\n\n"
     "Menurut dia, kenaikan harga dipicu musim kemarau yang panjang dan pasokan yang berkurang.\n\n"
     "Presiden Joko Widodo mengatakan pemerintah akan menambah pasokan beras dari gudang Bulog. "
     "\"Kita akan melakukan operasi pasar besar-besaran di seluruh provinsi,\" ujar Jokowi seperti dikutip "
     "dari Antara.\n\n"
     "Pedagang bernama Budi Santoso mengeluhkan sepinya pembeli. \"Pembeli berkurang separuh,\" katanya."},
    {"https://warta.example/nasional/operasi-pasar", "2023-11-14", "Warta Contoh",
     "SURABAYA, KOMPAS - Pemerintah memastikan operasi pasar beras segera digelar.\n\n"
     "\"Kita akan melakukan operasi pasar besar-besaran di seluruh provinsi,\" ujar Presiden Joko Widodo, "
     "seperti dilansir Antara, Senin (13/11/2023).\n\n"
     "Gubernur Jawa Timur Khofifah Indar Parawansa menyebut stok beras di gudang masih aman hingga akhir tahun. "
     "Ia menegaskan pemerintah daerah siap membantu penyaluran.\n\n"
     "\"Stok kami cukup untuk tiga bulan ke depan,\" tutur Khofifah."},
    {"https://berita.example/hukum/kpk-dermaga", "2023-11-15", NULL,
     "JAKARTA - Komisi Pemberantasan Korupsi (KPK) menetapkan dua tersangka kasus korupsi pembangunan dermaga "
     "di Talaud.\n\n"
     "\"Kami sudah mengantongi dua alat bukti yang cukup,\" kata Juru Bicara KPK Ali Fikri di Gedung Merah Putih, "
     "Rabu (15/11/2023).\n\n"
     "Ali menjelaskan kerugian negara ditaksir mencapai Rp 9,5 miliar. Menurut Ali, penyidik masih menelusuri "
     "aliran dana proyek tersebut.\n\n"
     "Tersangka korupsi dermaga itu disebut \"kooperatif\" selama pemeriksaan, ujarnya."},
    {NULL, NULL, "Suara Desa",
     "Warga Desa Sukamaju menggelar rapat untuk membahas perbaikan jalan yang rusak parah.\n\n"
     "\"Jalan ini sudah rusak sejak tiga tahun lalu,\" kata Kepala Desa Sukamaju, Ahmad Yani.\n\n"
     "Ketua RT setempat, Siti Aminah, mengatakan warga siap bergotong royong. Café di ujung jalan ikut "
     "menyumbang. \"Kami akan urunan,\" ujar Siti."},
    {"https://dunia.example/kim-putin", "2023-09-13", NULL,
     "MOSKOW - Pemimpin Korea Utara Kim Jong-un tiba di Rusia untuk bertemu Presiden Vladimir Putin.\n\n"
     "\"Kami akan selalu mendukung keputusan Presiden Putin,\" kata Kim seperti dikutip kantor berita TASS, "
     "Rabu (13/9/2023).\n\n"
     "Juru bicara Kremlin Dmitry Peskov mengatakan kedua pemimpin membahas kerja sama ekonomi, menurut "
     "laporan Interfax."},
};

static char fuzz_store_dir[256], fuzz_store_path[300];

static void fuzz_store_cleanup(void) {
  if (!fuzz_store_path[0]) return;
  char p[320];
  unlink(fuzz_store_path);
  snprintf(p, sizeof p, "%s-wal", fuzz_store_path);
  unlink(p);
  snprintf(p, sizeof p, "%s-shm", fuzz_store_path);
  unlink(p);
  rmdir(fuzz_store_dir);
}

static void fuzz_sqlite_log(void *ctx, int code, const char *msg) {
  (void)ctx;
  int primary = code & 0xff;
  if (primary == SQLITE_MISUSE || primary == SQLITE_CORRUPT) {
    fprintf(stderr, "fuzz invariant failed: SQLite reports %s (%d): %s\n", sqlite3_errstr(code), code, msg);
    abort();
  }
}

/* Builds the store; returns its path.  Aborts when anything fails. */
static const char *fuzz_store_build(const warta_engine *eng) {
  if (sqlite3_config(SQLITE_CONFIG_LOG, fuzz_sqlite_log, NULL) != SQLITE_OK) {
    fprintf(stderr, "fuzz: cannot set SQLite's log (SQLite already initialised)\n");
    abort();
  }
  const char *tmp = getenv("TMPDIR");
  snprintf(fuzz_store_dir, sizeof fuzz_store_dir, "%s/warta-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(fuzz_store_dir)) {
    perror(fuzz_store_dir);
    abort();
  }
  snprintf(fuzz_store_path, sizeof fuzz_store_path, "%s/fuzz.db", fuzz_store_dir);
  atexit(fuzz_store_cleanup);
  warta_doc *doc = warta_doc_new(eng);
  warta_store *st = NULL;
  if (!doc || warta_store_open(fuzz_store_path, 0, &st) != WARTA_OK) {
    fprintf(stderr, "fuzz: cannot build the store: %s\n", warta_store_errmsg(st));
    abort();
  }
  warta_store_begin(st);
  for (size_t i = 0; i < sizeof fuzz_articles / sizeof fuzz_articles[0]; i++) {
    warta_meta m = {NULL, fuzz_articles[i].published, NULL, fuzz_articles[i].url};
    if (warta_extract(doc, fuzz_articles[i].text, strlen(fuzz_articles[i].text), &m, 0) != WARTA_OK ||
        warta_store_add(st, doc, fuzz_articles[i].outlet, NULL) != WARTA_OK) {
      fprintf(stderr, "fuzz: article %zu: %s %s\n", i, warta_errmsg(doc), warta_store_errmsg(st));
      abort();
    }
  }
  if (warta_store_commit(st) != WARTA_OK) abort();
  warta_store_close(st);
  warta_doc_free(doc);
  return fuzz_store_path;
}

#endif
