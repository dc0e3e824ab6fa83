/*
 * store_bench.c — the store's benchmark helper.
 *
 *   store_bench gen DB NQUOTES ROOTS.txt [SEED]
 *       builds a store of NQUOTES generated quotes through the public API
 *       (warta_store_add_record; no extraction): documents of 5 quotes,
 *       20,000 speakers (a few quoted often, most rarely), 20 outlets,
 *       12 agencies, three years of dates, words drawn Zipf-like from the
 *       root list with Indonesian affixes, one quote in ten a copy of an
 *       earlier statement.  Writes DB.queries: 300 queries sampled from the
 *       generated quotes (one line each: KIND<TAB>QUERY<TAB>FILTER).
 *   store_bench query DB [N]
 *       runs the queries of DB.queries (N rounds, default 1) as warta_store_search
 *       (20 rows, newest first) and prints the latency percentiles.
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "warta.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of this thread: latency without the waits other processes cause */
static double cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* xorshift64* */
static uint64_t rng_state = 88172645463325252ull;
static uint64_t rnd(void) {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 2685821657736338717ull;
}
static double rndf(void) { return (double)(rnd() >> 11) / 9007199254740992.0; }
static size_t rndn(size_t n) { return (size_t)(rnd() % n); }

/* ---------------------------------------------------------- vocabulary */

static char **roots;
static size_t nroots;
static double *cum; /* cumulative Zipf weights */

static const char *const function_words[] = {"yang", "dan", "di", "itu", "dengan", "untuk", "tidak", "ini",
                                             "dari", "dalam", "akan", "pada", "juga", "ke", "karena", "bisa",
                                             "ada", "mereka", "lebih", "sudah", "saat", "oleh", "harus", "kami",
                                             "kita", "masih", "sangat", "bahwa", "hingga", "sebagai"};

static void load_roots(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) {
    perror(path);
    exit(2);
  }
  char line[128];
  size_t cap = 0;
  while (fgets(line, sizeof line, f)) {
    size_t n = strcspn(line, "\r\n");
    line[n] = 0;
    bool ok = n >= 4;
    for (size_t i = 0; i < n && ok; i++) ok = line[i] >= 'a' && line[i] <= 'z';
    if (!ok) continue;
    if (nroots == cap) {
      cap = cap ? cap * 2 : 1024;
      roots = realloc(roots, cap * sizeof *roots);
    }
    roots[nroots++] = strdup(line);
  }
  fclose(f);
  /* shuffle, then Zipf weights 1/(rank+1) */
  for (size_t i = nroots; i > 1; i--) {
    size_t j = rndn(i);
    char *t = roots[i - 1];
    roots[i - 1] = roots[j];
    roots[j] = t;
  }
  cum = malloc(nroots * sizeof *cum);
  double s = 0;
  for (size_t i = 0; i < nroots; i++) cum[i] = (s += 1.0 / (double)(i + 1));
}

static const char *zipf_root(void) {
  double x = rndf() * cum[nroots - 1];
  size_t lo = 0, hi = nroots - 1;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cum[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return roots[lo];
}

/* meN- with its assimilation */
static void men(const char *r, char *out, size_t cap) { /* out: 64 bytes */
  char c = r[0];
  if (strchr("aiueogh", c)) snprintf(out, cap, "meng%s", r);
  else if (c == 'k') snprintf(out, cap, "meng%s", r + 1);
  else if (strchr("bfv", c)) snprintf(out, cap, "mem%s", r);
  else if (c == 'p') snprintf(out, cap, "mem%s", r + 1);
  else if (strchr("cdjz", c)) snprintf(out, cap, "men%s", r);
  else if (c == 't') snprintf(out, cap, "men%s", r + 1);
  else if (c == 's') snprintf(out, cap, "meny%s", r + 1);
  else snprintf(out, cap, "me%s", r);
}

static void word(char *out, size_t cap) {
  if (rndf() < 0.3) {
    snprintf(out, cap, "%s", function_words[rndn(sizeof function_words / sizeof *function_words)]);
    return;
  }
  const char *r = zipf_root();
  double k = rndf();
  char m[64];
  if (k < 0.5) snprintf(out, cap, "%s", r);
  else if (k < 0.62) {
    men(r, m, sizeof m);
    snprintf(out, cap, "%.60s%s", m, rndf() < 0.4 ? "kan" : "");
  } else if (k < 0.72) snprintf(out, cap, "di%s%s", r, rndf() < 0.5 ? "kan" : "");
  else if (k < 0.8) snprintf(out, cap, "ber%s", r);
  else if (k < 0.86) {
    men(r, m, sizeof m);
    snprintf(out, cap, "pe%.60san", m + 2);
  } else if (k < 0.92) snprintf(out, cap, "ke%san", r);
  else snprintf(out, cap, "%snya", r);
}

/* ------------------------------------------------------------- names */

static const char *const first[] = {"Agus", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indra",
                                    "Joko", "Kartika", "Lestari", "Made", "Nur", "Oki", "Putri", "Rahmat",
                                    "Sari", "Teguh", "Umar", "Wahyu", "Yusuf", "Zainal", "Ayu", "Bambang",
                                    "Dian", "Fitri", "Hendra", "Irfan", "Kurnia", "Lukman", "Mega", "Novi",
                                    "Rizki", "Siti", "Taufik", "Wulan", "Yanti", "Arief", "Bayu"};
static const char *const last[] = {"Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Nugroho", "Kusuma",
                                   "Setiawan", "Gunawan", "Lubis", "Siregar", "Nasution", "Harahap", "Wibowo",
                                   "Purnomo", "Susanto", "Hakim", "Rahman", "Halim", "Tanjung", "Ginting",
                                   "Tarigan", "Manurung", "Sitompul", "Simanjuntak", "Pane", "Surbakti",
                                   "Hutapea", "Daulay", "Rangkuti"};
static const char *const roles[] = {"Menteri", "Gubernur", "Kepala Bidang Humas", "Ketua Komisi",
                                    "Direktur Utama", "Juru Bicara", "Wakil Ketua", "Kapolres", "Bupati",
                                    "Wali Kota", "Ekonom", "Pengamat"};
static const char *const outlets[] = {"Kompas", "Antara", "Detik", "VOI", "Tempo", "Republika", "Okezone",
                                      "Liputan6", "Sindonews", "CNN Indonesia", "Tribunnews", "Kumparan",
                                      "Suara", "JPNN", "Merdeka", "iNews", "Bisnis", "Kontan", "Jawa Pos",
                                      "Media Indonesia"};
static const char *const agencies[] = {"Antara", "Reuters", "AFP", "AP", "TASS", "Xinhua", "Kyodo", "Yonhap",
                                       "Bernama", "Interfax", "Anadolu", "DPA"};

#define NSPEAKERS 20000
static char speaker_name[NSPEAKERS][48];

static size_t zipf_speaker(void) {
  /* a few speak often: rank ~ exp(U * ln N) */
  double u = rndf();
  size_t r = (size_t)(exp(u * log((double)NSPEAKERS))) - 1;
  return r < NSPEAKERS ? r : NSPEAKERS - 1;
}

/* ------------------------------------------------------------------ gen */

typedef struct sample {
  char text[400];
  size_t speaker;
  int agency;
  int day;
} sample;

static int gen(const char *db, long nquotes, const char *roots_path) {
  load_roots(roots_path);
  for (size_t i = 0; i < NSPEAKERS; i++)
    snprintf(speaker_name[i], sizeof speaker_name[i], "%s %s %c.", first[rndn(40)], last[rndn(30)],
             (char)('A' + i % 26));
  warta_store *st;
  if (warta_store_open(db, 0, &st) != WARTA_OK) {
    fprintf(stderr, "%s\n", warta_store_errmsg(st));
    return 1;
  }
  enum { QPD = 5 };
  static char text[8192];
  static char recent[1024][400]; /* statements for copies */
  size_t nrecent = 0;
  sample *samples = calloc(2000, sizeof *samples);
  size_t nsamples = 0;
  long ndocs = (nquotes + QPD - 1) / QPD;
  double t0 = now();
  long done = 0;
  for (long d = 0; d < ndocs; d++) {
    if (d % 2000 == 0) {
      if (d) warta_store_commit(st);
      warta_store_begin(st);
    }
    warta_quote qs[QPD];
    warta_entity es[QPD];
    warta_span ments[QPD], rolesp[QPD];
    warta_source srcs[QPD];
    memset(qs, 0, sizeof qs);
    memset(es, 0, sizeof es);
    memset(srcs, 0, sizeof srcs);
    size_t n = 0;
    int day = 19000 + (int)(d * 1095 / ndocs); /* three years */
    for (int k = 0; k < QPD; k++) {
      char quote[400];
      size_t ql = 0;
      if (nrecent > 50 && rndf() < 0.1) {
        snprintf(quote, sizeof quote, "%s", recent[rndn(nrecent < 1024 ? nrecent : 1024)]);
        ql = strlen(quote);
      } else {
        int words = 8 + (int)rndn(22);
        for (int w = 0; w < words && ql < sizeof quote - 40; w++) {
          char wd[96];
          word(wd, sizeof wd);
          ql += (size_t)snprintf(quote + ql, sizeof quote - ql, "%s%s", w ? " " : "", wd);
        }
        snprintf(recent[nrecent++ % 1024], sizeof recent[0], "%s", quote);
      }
      size_t sp = zipf_speaker();
      const char *role = roles[sp % 12];
      int agency = rndf() < 0.4 ? (int)rndn(12) : -1;
      n += (size_t)snprintf(text + n, sizeof text - n, "\"");
      qs[k].content = (warta_span){(uint32_t)n, (uint32_t)(n + ql)};
      n += (size_t)snprintf(text + n, sizeof text - n, "%s,\" kata ", quote);
      qs[k].cue = (warta_span){(uint32_t)(n - 5), (uint32_t)(n - 1)};
      rolesp[k] = (warta_span){(uint32_t)n, (uint32_t)(n + strlen(role))};
      n += (size_t)snprintf(text + n, sizeof text - n, "%s ", role);
      ments[k] = (warta_span){(uint32_t)n, (uint32_t)(n + strlen(speaker_name[sp]))};
      n += (size_t)snprintf(text + n, sizeof text - n, "%s", speaker_name[sp]);
      qs[k].speaker = ments[k];
      if (agency >= 0) {
        n += (size_t)snprintf(text + n, sizeof text - n, ", dikutip dari ");
        srcs[k].name = agencies[agency];
        srcs[k].span = (warta_span){(uint32_t)n, (uint32_t)(n + strlen(agencies[agency]))};
        srcs[k].cue = (warta_span){(uint32_t)(n - 13), (uint32_t)(n - 1)};
        n += (size_t)snprintf(text + n, sizeof text - n, "%s", agencies[agency]);
        qs[k].sources = &srcs[k];
        qs[k].nsources = 1;
      }
      n += (size_t)snprintf(text + n, sizeof text - n, ".\n\n");
      qs[k].kind = rndf() < 0.7 ? WARTA_DIRECT : WARTA_INDIRECT;
      qs[k].entity = k;
      qs[k].confidence = 0.9f;
      es[k].type = WARTA_PER;
      es[k].name = speaker_name[sp];
      es[k].mentions = &ments[k];
      es[k].nmentions = 1;
      es[k].roles = &rolesp[k];
      es[k].nroles = 1;
      if (nsamples < 2000 && rndn(500) == 0) {
        snprintf(samples[nsamples].text, sizeof samples[0].text, "%s", quote);
        samples[nsamples].speaker = sp;
        samples[nsamples].agency = agency;
        samples[nsamples].day = day;
        nsamples++;
      }
    }
    char url[64], published[48], id[32];
    snprintf(url, sizeof url, "https://%s.example/%ld", outlets[d % 20], d);
    snprintf(id, sizeof id, "bench-%ld", d);
    int y = 2022, m = 1, dd = 1;
    {
      /* civil from days */
      long z = day + 719468, era = z / 146097, doe = z - era * 146097;
      long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
      long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
      dd = (int)(doy - (153 * mp + 2) / 5 + 1);
      m = (int)(mp < 10 ? mp + 3 : mp - 9);
      y = (int)(yoe + era * 400 + (m <= 2));
    }
    snprintf(published, sizeof published, "%04d-%02d-%02d", y, m, dd);
    warta_store_record r = {0};
    r.text = text;
    r.len = n;
    r.id = id;
    r.url = url;
    r.title = "Berita";
    r.outlet = outlets[d % 20];
    r.published = published;
    r.quotes = qs;
    r.nquotes = QPD;
    r.entities = es;
    r.nentities = QPD;
    if (warta_store_add_record(st, &r, NULL) != WARTA_OK) {
      fprintf(stderr, "add: %s\n", warta_store_errmsg(st));
      return 1;
    }
    done += QPD;
    if (d % 20000 == 0 && d)
      fprintf(stderr, "\r%ld quotes, %.0f/s", done, (double)done / (now() - t0));
  }
  warta_store_commit(st);
  warta_store_close(st);
  fprintf(stderr, "\r%ld quotes in %.1f s\n", done, now() - t0);

  /* the queries: sampled from what was generated */
  char qpath[1024];
  snprintf(qpath, sizeof qpath, "%s.queries", db);
  FILE *q = fopen(qpath, "w");
  if (!q || nsamples == 0) return 1;
  for (int i = 0; i < 300; i++) {
    sample *s = &samples[rndn(nsamples)];
    char w[16][64];
    int nw = 0;
    char tmp[400];
    snprintf(tmp, sizeof tmp, "%s", s->text);
    for (char *tok = strtok(tmp, " "); tok && nw < 16; tok = strtok(NULL, " "))
      if (strlen(tok) >= 5) snprintf(w[nw++], sizeof w[0], "%s", tok);
    if (nw == 0) {
      i--;
      continue;
    }
    const char *a = w[rndn((size_t)nw)], *b = w[rndn((size_t)nw)];
    double k = rndf();
    if (k < 0.4) fprintf(q, "word\t%s\t\n", a);
    else if (k < 0.6) fprintf(q, "two words\t%s %s\t\n", a, b);
    else if (k < 0.7) {
      /* two consecutive words of the quote */
      const char *sp = strchr(s->text, ' ');
      const char *sp2 = sp ? strchr(sp + 1, ' ') : NULL;
      if (sp && sp2) fprintf(q, "phrase\t\"%.*s\"\t\n", (int)(sp2 - s->text), s->text);
      else fprintf(q, "word\t%s\t\n", a);
    } else if (k < 0.8) fprintf(q, "word + speaker\t%s\tspeaker=%s\n", a, speaker_name[s->speaker]);
    else if (k < 0.9) fprintf(q, "word + month\t%s\tday=%d\n", a, s->day);
    else if (k < 0.95) fprintf(q, "word + source\t%s\tsource=%s\n", a, agencies[s->agency >= 0 ? s->agency : 0]);
    else fprintf(q, "prefix\t%.*s*\t\n", 4 + (int)rndn(3), a); /* 4 to 6 letters */
  }
  fclose(q);
  return 0;
}

/* ---------------------------------------------------------------- query */

static int count_row(void *ctx, const warta_store_quote *q) {
  (void)q;
  ++*(long *)ctx;
  return 0;
}

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static void date_of(int day, char *out) {
  long z = day + 719468, era = z / 146097, doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  int d = (int)(doy - (153 * mp + 2) / 5 + 1), m = (int)(mp < 10 ? mp + 3 : mp - 9);
  int y = (int)(yoe + era * 400 + (m <= 2));
  sprintf(out, "%04d-%02d-%02d", y, m, d);
}

static int query(const char *db, int rounds) {
  char qpath[1024];
  snprintf(qpath, sizeof qpath, "%s.queries", db);
  FILE *f = fopen(qpath, "r");
  if (!f) {
    perror(qpath);
    return 1;
  }
  warta_store *st;
  if (warta_store_open(db, WARTA_STORE_READONLY, &st) != WARTA_OK) {
    fprintf(stderr, "%s\n", warta_store_errmsg(st));
    return 1;
  }
  char lines[400][256];
  int nl = 0;
  while (nl < 400 && fgets(lines[nl], sizeof lines[0], f)) nl++;
  fclose(f);
  double *lat = malloc((size_t)(nl * rounds) * sizeof *lat);
  double *cpu = malloc((size_t)(nl * rounds) * sizeof *cpu);
  int nlat = 0;
  long rows = 0;
  /* one warm-up pass (the file in the page cache, as for a server) */
  for (int r = 0; r <= rounds; r++) {
    for (int i = 0; i < nl; i++) {
      char buf[256];
      memcpy(buf, lines[i], sizeof buf);
      buf[sizeof buf - 1] = 0;
      buf[strcspn(buf, "\n")] = 0;
      char *kind = buf, *qtext = strchr(kind, '\t');
      if (!qtext) continue;
      *qtext++ = 0;
      char *filt = strchr(qtext, '\t');
      if (filt) *filt++ = 0;
      warta_store_filter fl = {0};
      fl.query = qtext;
      fl.limit = 20;
      char from[16], to[16];
      if (filt && !strncmp(filt, "speaker=", 8)) fl.speaker = filt + 8;
      if (filt && !strncmp(filt, "source=", 7)) fl.source = filt + 7;
      if (filt && !strncmp(filt, "day=", 4)) {
        int day = atoi(filt + 4);
        date_of(day - 15, from);
        date_of(day + 15, to);
        fl.from = from;
        fl.to = to;
      }
      long n = 0;
      double t = now(), c = cpu_now();
      int rc = warta_store_search(st, &fl, count_row, &n);
      double dt = now() - t, dc = cpu_now() - c;
      if (rc != WARTA_OK) {
        fprintf(stderr, "%s: %s\n", qtext, warta_store_errmsg(st));
        return 1;
      }
      if (r > 0) {
        cpu[nlat] = dc * 1000.0;
        lat[nlat++] = dt * 1000.0;
        rows += n;
        if (getenv("STORE_BENCH_SLOW") && dt * 1000.0 > atof(getenv("STORE_BENCH_SLOW")))
          fprintf(stderr, "%.1f ms  %s: %s %s (%ld rows)\n", dt * 1000.0, kind, qtext, filt ? filt : "", n);
      }
    }
  }
  qsort(lat, (size_t)nlat, sizeof *lat, cmp_d);
  qsort(cpu, (size_t)nlat, sizeof *cpu, cmp_d);
  double sum = 0, csum = 0;
  for (int i = 0; i < nlat; i++) sum += lat[i], csum += cpu[i];
  printf("queries %d, rows %.1f on average\n", nlat, (double)rows / nlat);
  printf("wall-clock latency ms: mean %.2f p50 %.2f p90 %.2f p99 %.2f max %.2f\n", sum / nlat, lat[nlat / 2],
         lat[nlat * 9 / 10], lat[nlat * 99 / 100], lat[nlat - 1]);
  printf("CPU time ms:           mean %.2f p50 %.2f p90 %.2f p99 %.2f max %.2f\n", csum / nlat, cpu[nlat / 2],
         cpu[nlat * 9 / 10], cpu[nlat * 99 / 100], cpu[nlat - 1]);
  warta_store_close(st);
  free(lat);
  free(cpu);
  return 0;
}

int main(int argc, char **argv) {
  if (argc >= 5 && !strcmp(argv[1], "gen")) {
    if (argc >= 6) rng_state ^= strtoull(argv[5], NULL, 10) * 0x9e3779b97f4a7c15ull;
    return gen(argv[2], atol(argv[3]), argv[4]);
  }
  if (argc >= 3 && !strcmp(argv[1], "query")) return query(argv[2], argc >= 4 ? atoi(argv[3]) : 1);
  fprintf(stderr, "usage: store_bench gen DB NQUOTES ROOTS.txt [SEED] | store_bench query DB [ROUNDS]\n");
  return 2;
}
