/*
 * dates.c — date expressions, normalised against the publication date.
 *
 *   Senin (13/4/2020)   Selasa (12/9)   Senin, 13 April 2020   13 September
 *   13 Sept 2023        1/5/2021        Hari Selasa   Selasa lalu   Jumat depan
 *   kemarin   hari ini   besok   lusa   dua hari lalu   pekan lalu   bulan lalu
 *
 * A weekday alone is the most recent such day on or before the publication
 * date; with "lalu" the one strictly before it, with "depan"/"mendatang" the
 * next one after it.  A day and month without a year take the year that puts
 * the date nearest the publication date.  Weeks, months and years ("pekan
 * lalu", "Januari 2024") have no single day: they are reported with a null
 * value.  Without a publication date, anything relative to it is null too:
 * warta never guesses.
 */
#include <string.h>

#include "internal.h"

static const wt_lexicon *LX(const warta_doc *d) { return d->eng->lex; }

static bool is_p(const warta_doc *d, uint32_t i, unsigned char ch) {
  const wt_token *t = wt_tok(d, i);
  return t->kind == WARTA_TOK_PUNCT && t->ch == ch;
}

/* A small number written with digits (up to 4 of them). */
static int number(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  if (t->kind != WARTA_TOK_NUMBER || t->end - t->start > 4) return -1;
  int v = 0;
  for (uint32_t k = t->start; k < t->end; k++) {
    char c = d->text[k];
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

/* A count for "dua hari lalu": a word (class time_num) or digits. */
static int word_number(warta_doc *d, uint32_t i) {
  uint32_t x = wt_lexof(d, i);
  if (x != LEX_NONE && (d->eng->lex->entries[x].cls2 & LX2_TIME_NUM)) return d->eng->lex->entries[x].val;
  int n = number(d, i);
  return n > 0 && n <= 366 ? n : -1;
}

static uint64_t cls2(warta_doc *d, uint32_t i) { return wt_lex_cls2(LX(d), wt_lexof(d, i)); }
static int32_t val(warta_doc *d, uint32_t i) {
  uint32_t x = wt_lexof(d, i);
  return x == LEX_NONE ? 0 : LX(d)->entries[x].val;
}

static int month_at(warta_doc *d, uint32_t i) {
  if (wt_tok(d, i)->kind != WARTA_TOK_WORD) return 0;
  return (cls2(d, i) & LX2_MONTH) ? val(d, i) : 0;
}

/* ISO weekday of a day number (1970-01-01 was a Thursday). */
static int weekday_of(int32_t days) {
  int r = (int)((days % 7 + 7) % 7);
  return (r + 3) % 7 + 1;
}

/* Parses "D/M/YYYY", "D/M", "D-M-YYYY" in one token. */
static bool slash_date(const warta_doc *d, uint32_t i, int *dd, int *mm, int *yy) {
  const wt_token *t = wt_tok(d, i);
  if (t->kind != WARTA_TOK_DATE) return false;
  int part[3] = {0, 0, 0}, np = 0, digits = 0;
  for (uint32_t k = t->start; k < t->end; k++) {
    char c = d->text[k];
    if (c >= '0' && c <= '9') {
      part[np] = part[np] * 10 + (c - '0');
      if (++digits > 4) return false;
    } else if (c == '/' || c == '-') {
      if (++np > 2 || !digits) return false;
      digits = 0;
    } else {
      return false;
    }
  }
  if (!digits) return false;
  *dd = part[0];
  *mm = part[1];
  *yy = np == 2 ? part[2] : 0;
  if (*yy && *yy < 100) *yy += 2000;
  return np >= 1 && *dd >= 1 && *dd <= 31 && *mm >= 1 && *mm <= 12;
}

/* The year that puts day/month nearest the publication date. */
static int32_t nearest_year(int32_t pub, int m, int dd) {
  if (pub == INT32_MIN) return INT32_MIN;
  int y, pm, pd;
  wt_civil_from_days(pub, &y, &pm, &pd);
  int32_t best = INT32_MIN;
  int32_t bestd = INT32_MAX;
  for (int yy = y - 1; yy <= y + 1; yy++) {
    if (!wt_valid_date(yy, m, dd)) continue;
    int32_t v = wt_days_from_civil(yy, m, dd);
    int32_t dist = v > pub ? v - pub : pub - v;
    if (dist < bestd) {
      bestd = dist;
      best = v;
    }
  }
  return best;
}

static int32_t make_date(int32_t pub, int y, int m, int dd) {
  if (y) return wt_valid_date(y, m, dd) ? wt_days_from_civil(y, m, dd) : INT32_MIN;
  return nearest_year(pub, m, dd);
}

/* The last D/M/Y token read and what it gave: an article repeats its
 * dateline's day ("Rabu (16/6/2019)") sentence after sentence, and the
 * same text gives the same day. */
typedef struct {
  uint32_t start, len; /* its text (len 0: none yet) */
  bool ok, year;       /* slash_date's answer; a year written */
  int32_t days;        /* make_date's */
} slash_memo;

/* slash_date and make_date of token i, remembered in m. */
static bool slash_days(const warta_doc *d, uint32_t i, int32_t pub, slash_memo *m, bool *year, int32_t *days) {
  const wt_token *t = wt_tok(d, i);
  if (t->kind != WARTA_TOK_DATE) return false;
  uint32_t len = t->end - t->start;
  if (len != m->len || memcmp(d->text + t->start, d->text + m->start, len) != 0) {
    int dd, mm, yy;
    m->start = t->start;
    m->len = len;
    m->ok = slash_date(d, i, &dd, &mm, &yy);
    m->year = m->ok && yy != 0;
    m->days = m->ok ? make_date(pub, yy, mm, dd) : INT32_MIN;
  }
  *year = m->year;
  *days = m->days;
  return m->ok;
}

static int add(warta_doc *d, uint32_t a, uint32_t b, int32_t days) {
  wt_date_x *x = WT_VEC_PUSH(&d->dates_x, wt_date_x);
  if (!x) return WARTA_ERR_NOMEM;
  x->tok0 = a;
  x->tok1 = b;
  x->days = days;
  return WARTA_OK;
}

/* Does a name of a place or body run up to token i ("Universitas 17
 * Agustus 1945", "Jalan 10 November")? */
static bool in_name(warta_doc *d, uint32_t s0, uint32_t i) {
  for (uint32_t k = i; k > s0 && i - k < 4; k--) {
    const wt_token *t = wt_tok(d, k - 1);
    if (t->kind != WARTA_TOK_WORD || !(t->flags & TF_CAP)) return false;
    if (wt_clsof(d, k - 1) & (LX_ORG_HEAD | LX_LOC_HEAD)) return true;
  }
  return false;
}

/* A time phrase at word i: "kemarin", "hari ini", "besok", "pekan lalu"
 * ..., or a count of days, "dua hari lalu"; returns its end token (> i) or
 * i. */
static uint32_t time_phrase(warta_doc *d, uint32_t i, uint32_t lim, int32_t pub, int32_t *days) {
  uint32_t n = 0;
  uint32_t x = wt_phrase(d, i, lim, &n);
  uint64_t c2 = wt_lex_cls2(LX(d), x);
  if (n && (c2 & LX2_TIME_DAY)) {
    if (pub != INT32_MIN) *days = pub + LX(d)->entries[x].val;
    return i + n;
  }
  if (n && (c2 & (LX2_TIME_WEEK | LX2_TIME_MONTH | LX2_TIME_YEAR))) return i + n;
  /* dua hari lalu / 3 hari yang lalu */
  int k = word_number(d, i);
  if (k > 0 && i + 1 < lim && wt_tok_is(d, i + 1, "hari")) {
    uint32_t m = 0;
    uint32_t y = i + 2 < lim ? wt_phrase(d, i + 2, lim, &m) : LEX_NONE;
    if (m && (wt_lex_cls2(LX(d), y) & LX2_TIME_PAST)) {
      if (pub != INT32_MIN) *days = pub - k;
      return i + 2 + m;
    }
    if (m && (wt_lex_cls2(LX(d), y) & LX2_TIME_AHEAD)) { /* "dua hari lagi" */
      if (pub != INT32_MIN) *days = pub + k;
      return i + 2 + m;
    }
  }
  return i;
}

/* Tries a date expression at token i; returns its end token (> i) or i. */
static uint32_t match(warta_doc *d, uint32_t i, uint32_t s0, uint32_t lim, int32_t pub, slash_memo *memo, int32_t *days) {
  *days = INT32_MIN;
  const wt_token *t = wt_tok(d, i);
  uint32_t a = i;
  /* (a word here is a calendar word: wt_annotate lists no other) */
  if (t->kind == WARTA_TOK_WORD) {
    /* a word none of the rules below opens a date with (not a weekday, a
     * month, "awal"/"akhir" or "hari": "pekan", "tahun", "hingga", "tiga")
     * can only open a time phrase */
    if (!(cls2(d, i) & (LX2_WEEKDAY | LX2_MONTH | LX2_TIME_MOD)) && !wt_tok_is(d, i, "hari"))
      return time_phrase(d, i, lim, pub, days);
  } else if (t->kind != WARTA_TOK_NUMBER && t->kind != WARTA_TOK_DATE) {
    return a;
  }
  /* "Hari Selasa" */
  bool hari = false;
  if (wt_tok_is(d, i, "hari") && i + 1 < lim && (cls2(d, i + 1) & LX2_WEEKDAY) && (wt_tok(d, i + 1)->flags & TF_CAP)) {
    hari = true;
    i++;
    t = wt_tok(d, i);
  }
  if (t->kind == WARTA_TOK_WORD && (cls2(d, i) & LX2_WEEKDAY) && (t->flags & TF_CAP)) {
    int wd = val(d, i);
    uint32_t j = i + 1;
    /* the end of a habitual range ("Senin sampai Jumat") */
    if (!hari && a > s0 && ((cls2(d, a - 1) & LX2_TIME_RANGE) || is_p(d, a - 1, '-') ||
                            (wt_tok(d, a - 1)->kind == WARTA_TOK_PUNCT && wt_tok(d, a - 1)->ch == PC_DASH)))
      return a;
    /* part of a name ("Pasar Minggu", "Aksi Kamisan") */
    if (!hari && a > s0 && (wt_tok(d, a - 1)->flags & TF_CAP) && wt_tok(d, a - 1)->kind == WARTA_TOK_WORD)
      return a;
    /* a habitual range: "Senin sampai Jumat", "Senin-Jumat" */
    if (j + 1 < lim && ((cls2(d, j) & LX2_TIME_RANGE) || (wt_tok(d, j)->kind == WARTA_TOK_PUNCT && wt_tok(d, j)->ch == PC_DASH) ||
                        is_p(d, j, '-')) &&
        (cls2(d, j + 1) & LX2_WEEKDAY))
      return j + 2 > a ? a : a; /* neither day is a date */
    /* "Minggu ini / lalu / depan" is a week, not a Sunday */
    if (wd == 7 && j < lim && (wt_tok_is(d, j, "ini") || wt_tok_is(d, j, "lalu") || wt_tok_is(d, j, "depan"))) return a;
    /* Senin (13/4/2020) */
    if (j + 2 < lim && is_p(d, j, '(') && is_p(d, j + 2, ')')) {
      bool year;
      int32_t v;
      if (slash_days(d, j + 1, pub, memo, &year, &v)) {
        *days = v;
        return j + 3;
      }
    }
    /* Senin, 13 April 2020 */
    uint32_t k = j;
    if (k < lim && is_p(d, k, ',')) k++;
    if (k + 1 < lim) {
      int dd = number(d, k), mm = month_at(d, k + 1);
      if (dd >= 1 && dd <= 31 && mm) {
        int yy = (k + 2 < lim) ? number(d, k + 2) : -1;
        bool has_year = yy >= 1800 && yy <= 2200;
        *days = make_date(pub, has_year ? yy : 0, mm, dd);
        return k + (has_year ? 3 : 2);
      }
    }
    /* Selasa [pagi] [lalu | depan] */
    uint32_t e = j;
    if (e < lim && (cls2(d, e) & LX2_TIME_PART)) e++;
    /* "Rabu pekan lalu", "Jumat minggu depan", "Senin pekan ini": that day
     * of the week before, after or of the publication (weeks from Monday) */
    if (e + 1 < lim && (wt_tok_is(d, e, "pekan") || wt_tok_is(d, e, "minggu"))) {
      int wk = wt_tok_is(d, e + 1, "lalu") || wt_tok_is(d, e + 1, "kemarin") ? -1
               : wt_tok_is(d, e + 1, "depan") || wt_tok_is(d, e + 1, "mendatang") ? 1
               : wt_tok_is(d, e + 1, "ini") ? 0
                                            : 2;
      if (wk != 2) {
        if (pub != INT32_MIN) *days = pub - (weekday_of(pub) - 1) + 7 * wk + (wd - 1);
        return e + 2;
      }
    }
    int dir = 0;
    uint32_t n = 0;
    uint32_t x = e < lim ? wt_phrase(d, e, lim, &n) : LEX_NONE;
    uint64_t c2 = wt_lex_cls2(LX(d), x);
    if (n && (c2 & LX2_TIME_PAST)) {
      dir = -1;
      e += n;
    } else if (n && (c2 & LX2_TIME_FUTURE)) {
      dir = 1;
      e += n;
    }
    if (pub != INT32_MIN) {
      int pw = weekday_of(pub);
      if (dir == 0) {
        int delta = (pw - wd + 7) % 7;
        *days = pub - delta;
      } else if (dir < 0) {
        int delta = (pw - wd + 7) % 7;
        if (delta == 0) delta = 7;
        *days = pub - delta;
      } else {
        int delta = (wd - pw + 7) % 7;
        if (delta == 0) delta = 7;
        *days = pub + delta;
      }
    }
    (void)hari;
    return e;
  }
  if (hari) return a;
  /* 13 September [2023] — but not inside a name ("Universitas 17 Agustus 1945") */
  int dd = number(d, i);
  if (dd >= 1 && dd <= 31 && i + 1 < lim && !in_name(d, s0, i)) {
    int mm = month_at(d, i + 1);
    if (mm) {
      int yy = i + 2 < lim ? number(d, i + 2) : -1;
      bool has_year = yy >= 1800 && yy <= 2200;
      *days = make_date(pub, has_year ? yy : 0, mm, dd);
      return i + (has_year ? 3 : 2);
    }
  }
  /* Januari 2024, Oktober lalu: a month, no single day */
  if (month_at(d, i) && (t->flags & TF_CAP) && i + 1 < lim && !(i > s0 && wt_tok(d, i - 1)->kind == WARTA_TOK_NUMBER)) {
    int yy = number(d, i + 1);
    if (yy >= 1800 && yy <= 2200) return i + 2;
    if (cls2(d, i + 1) & (LX2_TIME_PAST | LX2_TIME_FUTURE)) return i + 2;
  }
  /* awal pekan ini, akhir Agustus, pertengahan Maret: a part of a period */
  if (t->kind == WARTA_TOK_WORD && (cls2(d, i) & LX2_TIME_MOD) && i + 1 < lim) {
    if (month_at(d, i + 1) && (wt_tok(d, i + 1)->flags & TF_CAP)) {
      int yy = i + 2 < lim ? number(d, i + 2) : -1;
      return i + (yy >= 1800 && yy <= 2200 ? 3 : 2);
    }
    uint32_t n = 0;
    uint32_t x = wt_phrase(d, i + 1, lim, &n);
    if (n && (wt_lex_cls2(LX(d), x) & (LX2_TIME_WEEK | LX2_TIME_MONTH | LX2_TIME_YEAR))) return i + 1 + n;
  }
  /* 13/4/2020 on its own */
  {
    bool year;
    int32_t v;
    if (slash_days(d, i, pub, memo, &year, &v) && year) {
      *days = v;
      return i + 1;
    }
  }
  if (t->kind == WARTA_TOK_WORD) return time_phrase(d, i, lim, pub, days);
  return a;
}

int wt_dates(warta_doc *d) {
  d->dates_x.len = 0;
  const wt_para *paras = d->paras.data;
  int32_t pub = d->pub_days;
  /* each listed token (wt_annotate: a number, a D/M/Y token or a calendar
   * word) in its sentence (both in text order), but for those of
   * boilerplate; a date found skips the tokens it covers */
  const uint32_t *starts = d->date_starts;
  uint32_t nstarts = d->ndate_starts, ntok = wt_ntok(d);
  const wt_sent *sents = d->sents.data;
  uint32_t nsents = (uint32_t)d->sents.len, s = 0;
  bool boiler = nsents > 0 && paras[sents[0].para].boiler == 1; /* sentence s's paragraph's */
  slash_memo memo = {0, 0, false, false, INT32_MIN};
  for (uint32_t k = 0; k < nstarts;) {
    uint32_t i = starts[k];
    /* (a number starts a date only before a month: "13 September") */
    if (wt_tok(d, i)->kind == WARTA_TOK_NUMBER && !(i + 1 < ntok && month_at(d, i + 1))) {
      k++;
      continue;
    }
    if (s < nsents && sents[s].tok1 <= i) { /* (on to i's sentence, and whether it is boilerplate) */
      while (s < nsents && sents[s].tok1 <= i) s++;
      if (s == nsents) break;
      boiler = paras[sents[s].para].boiler == 1;
    }
    if (s == nsents) break;
    const wt_sent *st = &sents[s];
    if (i < st->tok0 || boiler) {
      k++;
      continue;
    }
    int32_t days;
    uint32_t e = match(d, i, st->tok0, st->tok1, pub, &memo, &days);
    if (e > i) {
      if (add(d, i, e, days) != WARTA_OK) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory in dates");
      while (k < nstarts && starts[k] < e) k++;
    } else {
      k++;
    }
  }
  /* public view */
  if (wt_vec_reserve(&d->dates, d->dates_x.len) != 0) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory in dates");
  /* an article names a few days many times ("Rabu (16/6/2019)"): each
   * day's string is made once, remembered by the day's low bits */
  struct {
    int32_t days;
    const char *str;
  } made[8];
  for (size_t k = 0; k < 8; k++) made[k].days = INT32_MIN;
  for (size_t k = 0; k < d->dates_x.len; k++) {
    const wt_date_x *x = &WT_VEC_AT(d->dates_x, wt_date_x, k);
    warta_date *o = &WT_VEC_AT(d->dates, warta_date, k);
    o->span = (warta_span){wt_tok(d, x->tok0)->start, wt_tok(d, x->tok1 - 1)->end};
    o->value = NULL;
    if (x->days != INT32_MIN) {
      unsigned slot = (uint32_t)x->days % 8;
      if (made[slot].days != x->days) {
        made[slot].str = wt_date_str(&d->arena, x->days);
        if (!made[slot].str) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory in dates");
        made[slot].days = x->days;
      }
      o->value = made[slot].str;
    }
  }
  d->dates.len = d->dates_x.len;
  return WARTA_OK;
}

/* The index of the first date starting at or after token i (dates are found
 * in text order: a binary search, since the stages ask once per quote and an
 * article may hold thousands of dates). */
static size_t first_date_from(const warta_doc *d, uint32_t i) {
  size_t lo = 0, hi = d->dates_x.len;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (WT_VEC_AT(d->dates_x, wt_date_x, mid).tok0 < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

int32_t wt_date_after(const warta_doc *d, uint32_t i) {
  size_t lo = first_date_from(d, i);
  if (lo < d->dates_x.len && WT_VEC_AT(d->dates_x, wt_date_x, lo).tok0 == i) return (int32_t)lo;
  return -1;
}

bool wt_date_covers(const warta_doc *d, uint32_t a, uint32_t b) {
  size_t lo = first_date_from(d, a + 1); /* (the last date starting at or before a is lo - 1) */
  if (lo == 0) return false;
  const wt_date_x *x = &WT_VEC_AT(d->dates_x, wt_date_x, lo - 1);
  return x->tok0 <= a && x->tok1 >= b;
}
