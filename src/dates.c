/* dates.c — stage not written yet. */
#include "internal.h"

int wt_dates(warta_doc *doc) {
  WT_UNUSED(doc);
  return WARTA_OK;
}
