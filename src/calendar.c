/* calendar.c — civil dates as day numbers (days since 1970-01-01), the
 * arithmetic the date and source stages need.  Proleptic Gregorian. */
#include <stdio.h>

#include "internal.h"

int32_t wt_days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = (unsigned)(y - era * 400);
  const unsigned doy = (153u * (unsigned)(m + (m > 2 ? -3 : 9)) + 2u) / 5u + (unsigned)d - 1u;
  const unsigned doe = yoe * 365u + yoe / 4u - yoe / 100u + doy;
  return era * 146097 + (int32_t)doe - 719468;
}

void wt_civil_from_days(int32_t z, int *y, int *m, int *d) {
  z += 719468;
  const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = (unsigned)(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int32_t yy = (int32_t)yoe + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yy + (*m <= 2));
}

static int days_in_month(int y, int m) {
  static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return dm[m - 1];
}

/* YYYY-MM-DD, optionally followed by 'T' or ' ' and a time: the date part. */
int32_t wt_parse_iso_date(const char *s, size_t n) {
  if (n < 10) return INT32_MIN;
  for (int i = 0; i < 10; i++) {
    if (i == 4 || i == 7) {
      if (s[i] != '-') return INT32_MIN;
    } else if (s[i] < '0' || s[i] > '9') {
      return INT32_MIN;
    }
  }
  if (n > 10 && s[10] != 'T' && s[10] != ' ' && s[10] != 't') return INT32_MIN;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (!wt_valid_date(y, m, d)) return INT32_MIN;
  return wt_days_from_civil(y, m, d);
}

bool wt_valid_date(int y, int m, int d) {
  return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

const char *wt_date_str(wt_arena *a, int32_t days) {
  int y, m, d;
  wt_civil_from_days(days, &y, &m, &d);
  char *p = wt_arena_alloc(a, 11);
  if (!p) return NULL;
  if (y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) {
    snprintf(p, 11, "%04d-%02d-%02d", y, m, d);
    return p;
  }
  /* the same digits without printf, which is slow for a string this short */
  p[0] = (char)('0' + y / 1000);
  p[1] = (char)('0' + y / 100 % 10);
  p[2] = (char)('0' + y / 10 % 10);
  p[3] = (char)('0' + y % 10);
  p[4] = '-';
  p[5] = (char)('0' + m / 10);
  p[6] = (char)('0' + m % 10);
  p[7] = '-';
  p[8] = (char)('0' + d / 10);
  p[9] = (char)('0' + d % 10);
  p[10] = 0;
  return p;
}
