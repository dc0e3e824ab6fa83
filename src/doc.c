/* doc.c — the public read-only views of a result (see warta.h). */
#include "internal.h"

const char *warta_doc_text(const warta_doc *doc, size_t *len) {
  if (!doc || !doc->has_result) {
    if (len) *len = 0;
    return NULL;
  }
  if (len) *len = doc->len;
  return doc->text;
}

int warta_doc_text_changed(const warta_doc *doc) { return doc && doc->has_result && doc->text_changed; }

void warta_doc_repairs(const warta_doc *doc, uint32_t *utf8, uint32_t *mojibake) {
  if (utf8) *utf8 = doc ? doc->repairs_utf8 : 0;
  if (mojibake) *mojibake = doc ? doc->repairs_mojibake : 0;
}

const char *warta_doc_id(const warta_doc *doc) { return doc ? doc->id : NULL; }
const char *warta_doc_published(const warta_doc *doc) { return doc ? doc->published : NULL; }
const char *warta_doc_title(const warta_doc *doc) { return doc ? doc->title : NULL; }
const char *warta_doc_url(const warta_doc *doc) { return doc ? doc->url : NULL; }

warta_span warta_doc_body(const warta_doc *doc) {
  return (doc && doc->has_result) ? doc->body : (warta_span){0, 0};
}

#define COUNT(field) ((doc && doc->has_result) ? doc->field.len : 0)

size_t warta_doc_paragraph_count(const warta_doc *doc) { return COUNT(pubparas); }
const warta_paragraph *warta_doc_paragraph(const warta_doc *doc, size_t i) {
  return i < COUNT(pubparas) ? &WT_VEC_AT(doc->pubparas, warta_paragraph, i) : NULL;
}

size_t warta_doc_sentence_count(const warta_doc *doc) { return COUNT(sents); }
warta_span warta_doc_sentence(const warta_doc *doc, size_t i) {
  if (i >= COUNT(sents)) return (warta_span){0, 0};
  const wt_sent *s = &WT_VEC_AT(doc->sents, wt_sent, i);
  return (warta_span){wt_tok(doc, s->tok0)->start, wt_tok(doc, s->tok1 - 1)->end};
}

size_t warta_doc_token_count(const warta_doc *doc) { return COUNT(toks); }
int warta_doc_token(const warta_doc *doc, size_t i, warta_span *span, int *kind, int *quote_role) {
  if (i >= COUNT(toks)) return WARTA_ERR_ARG;
  const wt_token *t = wt_tok(doc, (uint32_t)i);
  if (span) *span = (warta_span){t->start, t->end};
  if (kind) *kind = t->kind;
  if (quote_role)
    *quote_role = t->kind == WARTA_TOK_QUOTE
                      ? ((t->flags & TF_QOPEN) ? WARTA_QUOTE_OPEN : 0) | ((t->flags & TF_QCLOSE) ? WARTA_QUOTE_CLOSE : 0)
                      : 0;
  return WARTA_OK;
}

const warta_dateline *warta_doc_dateline(const warta_doc *doc) {
  return (doc && doc->has_result && doc->has_dateline) ? &doc->dateline : NULL;
}

const char *warta_quote_kind_str(int kind) {
  switch (kind) {
  case WARTA_DIRECT: return "direct";
  case WARTA_PARTIAL: return "partial";
  case WARTA_INDIRECT: return "indirect";
  case WARTA_MIXED: return "mixed";
  default: return "unknown";
  }
}

const char *warta_entity_type_str(int type) {
  switch (type) {
  case WARTA_PER: return "PER";
  case WARTA_ORG: return "ORG";
  case WARTA_LOC: return "LOC";
  case WARTA_MEDIA: return "MEDIA";
  default: return "UNKNOWN";
  }
}

size_t warta_doc_quote_count(const warta_doc *doc) { return COUNT(quotes); }
const warta_quote *warta_doc_quote(const warta_doc *doc, size_t i) {
  return i < COUNT(quotes) ? &WT_VEC_AT(doc->quotes, warta_quote, i) : NULL;
}

size_t warta_doc_entity_count(const warta_doc *doc) { return COUNT(ents); }
const warta_entity *warta_doc_entity(const warta_doc *doc, size_t i) {
  return i < COUNT(ents) ? &WT_VEC_AT(doc->ents, warta_entity, i) : NULL;
}

size_t warta_doc_date_count(const warta_doc *doc) { return COUNT(dates); }
const warta_date *warta_doc_date(const warta_doc *doc, size_t i) {
  return i < COUNT(dates) ? &WT_VEC_AT(doc->dates, warta_date, i) : NULL;
}
