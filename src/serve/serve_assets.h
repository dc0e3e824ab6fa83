/* serve_assets.h — the web page's files, built into the library by
 * gen_assets.py (see there). */
#ifndef WARTA_SERVE_ASSETS_H
#define WARTA_SERVE_ASSETS_H

#include <stddef.h>

typedef struct wt_asset {
  const char *path; /* "/app.js" */
  const char *type; /* its Content-Type */
  const unsigned char *data;
  size_t len;
} wt_asset;

__attribute__((visibility("hidden"))) extern const wt_asset wt_serve_assets[];
__attribute__((visibility("hidden"))) extern const size_t wt_serve_nassets;

#endif
