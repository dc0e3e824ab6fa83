/*
 * speakers.c — who said each quote: the words that name the speaker at the
 * cue, and the entity they refer to.
 *
 *   ”…,” kata Kepala Bidang Humas Polda Metro Jaya Kombes Yusri Yunus
 *                                     a full noun phrase: the person it names
 *   ”…,” kata Yusri / Presiden Putin  part of a name: the person introduced earlier
 *   ”…,” kata Presiden                a bare role: the person last named with it
 *   Pemimpin Korea Utara itu menyatakan …   a description: the same
 *   ”…,” ujarnya / Dikatakannya, …     the clitic -nya: the one being talked about
 *   ”…,” kata dia / Ia mengatakan …    a pronoun: the same
 *   ”…” (a sentence after a quote)     the previous speaker
 *
 * "The one being talked about" is the most recent speaker when the previous
 * quote is near (same or previous paragraph), otherwise the most recently
 * mentioned person.  For -nya the speaker's mention is that person's most
 * recent naming before the quote, which is what a reader links it to.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

static bool is_p(const warta_doc *d, uint32_t i, unsigned char ch) {
  const wt_token *t = wt_tok(d, i);
  return t->kind == WARTA_TOK_PUNCT && t->ch == ch;
}

static uint32_t sent_end(const warta_doc *d, uint32_t s) { return WT_VEC_AT(d->sents, wt_sent, s).tok1; }

/* The sentence of token k, searched for from sentence s on (the quote's
 * own: k is in it or a little after it most often; any s gives the
 * answer, see wt_sent_from). */
static const wt_sent *sentence_of(const warta_doc *d, uint32_t s, uint32_t k) {
  return &WT_VEC_AT(d->sents, wt_sent, wt_sent_from(d, s, k));
}

/* Index of the mention [a, b), adding it when absent; -1 on OOM.  (Inline:
 * each speaker found asks, most of them for a mention there already.) */
static inline int32_t mention_at(warta_doc *d, uint32_t a, uint32_t b, int32_t ent, int type, int how) {
  int32_t i = wt_mention_find(d, a, b);
  if (i >= 0) {
    wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, i);
    if (ent >= 0) m->entity = ent;
    /* (a pronoun the entity stage listed may turn out to stand for someone
     * unnamed: "… seorang mantan karyawan … . Ia mengaku …") */
    else if (how == MH_ANON && m->how == MH_PRONOUN && m->entity < 0)
      m->how = MH_ANON;
    return i;
  }
  if (wt_add_mention(d, a, b, ent, type, how) != WARTA_OK) return -1;
  return (int32_t)d->mentions.len - 1;
}

/* Is token i inside a quote (between a direct quote's marks, or in reported
 * content)?  People named there are talked about, not speakers. */
/* Does token i open its sentence or a quotation (where every word is
 * capitalised)? */
static bool sentence_opening(const warta_doc *d, uint32_t i) {
  if (wt_tok(d, i)->flags & TF_SENT_START) return true;
  return i > 0 && wt_tok(d, i - 1)->kind == WARTA_TOK_QUOTE && (wt_tok(d, i - 1)->flags & TF_QOPEN);
}

static bool inside_quote(const warta_doc *d, uint32_t i) {
  return d->qmark && (d->qmark[i] & (QM_DIRECT | QM_CONTENT));
}

/* The entity stage's mentions by position (d->ment_by_tok) are searched
 * backwards from t; the search looks at most this far back, which keeps a
 * document with thousands of names linear. */
enum { SALIENCE_WINDOW = 400 };

/* Is mention m the subject of its clause: its noun phrase (with the role
 * and title words before the name) opens the sentence or follows a comma or
 * a conjunction?  "Ketua Kadin Rizal Batubara juga memuji langkah Wali Kota
 * Andi Syahputra": Rizal is, Andi is not. */
/* Does the comma at token c close a main clause that already has its
 * verb, so that what follows names an object ("Salinas juga memuji
 * penampilan gelandang Persita, Dimas Aryaguna, yang …")?  Not after a
 * subordinate or participial opening ("Setelah bertemu presiden, Budi …",
 * "Menanggapi hal itu, Budi …"). */
static bool object_apposition(warta_doc *d, uint32_t c) {
  uint32_t s0 = c;
  while (s0 > 0 && c - s0 < 40 && !(wt_tok(d, s0)->flags & TF_SENT_START)) s0--;
  if (!(wt_tok(d, s0)->flags & TF_SENT_START) || s0 + 2 > c) return false;
  const wt_token *f = wt_tok(d, s0);
  uint64_t fc = wt_clsof(d, s0);
  if (f->kind != WARTA_TOK_WORD || (fc & (LX_STOP | LX_CLAUSE_CONJ)) ||
      (wt_lex_cls2(d->eng->lex, wt_lexof(d, s0)) & LX2_CONNECTIVE) ||
      wt_is_verb_form(d->eng->lex, d->text + f->start, f->end - f->start))
    return false;
  bool verb = false;
  for (uint32_t k = s0 + 1; k < c; k++) {
    const wt_token *t = wt_tok(d, k);
    if (t->kind == WARTA_TOK_PUNCT && t->ch == ',' && !verb) return false; /* a list or asides: unsure */
    /* (the agent of a passive verb of saying is the topic: "Pandangan
     * berbeda disampaikan ekonom senior Indef, Dr. Fadhil Ramadhan.") */
    if (wt_clsof(d, k) & LX_CUE_PASSIVE) return false;
    if (t->kind == WARTA_TOK_WORD && !(t->flags & TF_CAP) && !(wt_clsof(d, k) & LX_CUE) &&
        wt_is_verb_form(d->eng->lex, d->text + t->start, t->end - t->start))
      verb = true;
  }
  return verb;
}

/* The first token of the words naming someone that end before token p:
 * capitalised words, posts, titles and particles, numbers, brackets, a
 * unit's slash ("Kodam XII/Tanjungpura"), a post's faction ("… DPR dari
 * Fraksi …"), "dan"/"untuk" after a body's dictionary word ("Perhimpunan
 * Pendidikan dan Guru").  The walk stops before the token opening the
 * sentence (subject_mention, which also takes the agent of a passive
 * verb of saying after them: "Hal senada disampaikan Koordinator Nasional
 * Perhimpunan Pendidikan dan Guru (P2G) Dewi Anggraeni."). */
static uint32_t naming_words_before(warta_doc *d, uint32_t p) {
  while (p > 0 && !(wt_tok(d, p - 1)->flags & TF_SENT_START)) {
    const wt_token *t = wt_tok(d, p - 1);
    if (t->kind == WARTA_TOK_WORD &&
        ((t->flags & (TF_CAP | TF_UPPER)) ||
         (wt_clsof(d, p - 1) & (LX_ROLE | LX_ROLE_COMMON | LX_TITLE | LX_NAME_PARTICLE))))
      p--;
    else if (t->kind == WARTA_TOK_NUMBER || (t->kind == WARTA_TOK_PUNCT && (t->ch == '(' || t->ch == ')')))
      p--;
    else if (t->kind == WARTA_TOK_PUNCT && t->ch == '/' && !(t->flags & TF_SPACE_BEFORE))
      p--;
    else if (p >= 2 && wt_tok_is(d, p - 1, "dari") && (wt_tok(d, p)->flags & TF_CAP) &&
             (wt_tok(d, p - 2)->flags & (TF_CAP | TF_UPPER | TF_DIGIT)))
      p--;
    else if (p >= 2 && (wt_tok_is(d, p - 1, "dan") || wt_tok_is(d, p - 1, "untuk")) &&
             (wt_tok(d, p - 2)->flags & TF_CAP) && wt_tok_common(d, p - 2))
      p--; /* (a body's words, not a list of people: "… Matias Fakhiri dan Komandan …") */
    else
      break;
  }
  return p;
}

/* Where the post the parse gave mention m's person starts, when it runs
 * over words in small letters up to token p: "pelatih ganda campuran
 * Malaysia Chan Kok Weng" (the post's field); p when none does. */
static uint32_t post_start_before(warta_doc *d, const wt_mention *m, uint32_t p) {
  if (p == 0 || m->entity < 0 || wt_tok(d, p - 1)->kind != WARTA_TOK_WORD || (wt_tok(d, p - 1)->flags & TF_CAP))
    return p;
  uint32_t at = wt_tok(d, p - 1)->start;
  for (size_t k = d->attrs.len, seen = 0; k-- > 0 && seen < 64; seen++) {
    const wt_attr *x = &WT_VEC_AT(d->attrs, wt_attr, k);
    if (x->entity != m->entity || x->affil || x->start >= at || x->end <= at) continue;
    while (p > 0 && wt_tok(d, p - 1)->start >= x->start && !(wt_tok(d, p)->flags & TF_SENT_START)) p--;
    return p;
  }
  return p;
}

/* Does a person's mention open the sentence of token t? */
static bool person_opens_sentence(warta_doc *d, uint32_t t) {
  uint32_t s = WT_VEC_AT(d->sents, wt_sent, wt_sent_index(d, t)).tok0;
  size_t cur = 0, k = wt_mention_seek(d, s, &cur);
  if (k >= d->nment_by_tok) return false;
  const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, d->ment_by_tok[k]);
  return m->tok0 == s && m->type == WARTA_PER;
}

/* Is mention m the subject of its sentence: opening it, after the words
 * naming its holder, or after a clause's comma? */
static bool subject_mention(warta_doc *d, const wt_mention *m) {
  uint32_t p = m->tok0;
  /* (a mention opening its sentence is its subject, whatever stands before:
   * a subheading without a full stop, "Diteror hingga ke Tempat Kerja") */
  if (wt_tok(d, p)->flags & TF_SENT_START) return true;
  p = naming_words_before(d, p);
  uint32_t ps = post_start_before(d, m, p);
  if (ps != p) p = naming_words_before(d, ps);
  /* (a word opening the sentence before them is part of the subject unless
   * it is a function word: "Selain HS, KPK juga menetapkan …") */
  if (p > 0 && (wt_tok(d, p - 1)->flags & TF_SENT_START)) {
    const wt_token *t = wt_tok(d, p - 1);
    uint64_t c = wt_clsof(d, p - 1);
    /* (a word linking to the sentence before leaves the subject after it:
     * "Adapun Yuliana kini hanya bisa menunggu …", "Sementara Budi …") */
    if (wt_tok_is(d, p - 1, "adapun") || wt_tok_is(d, p - 1, "sementara") || wt_tok_is(d, p - 1, "sedangkan") ||
        wt_tok_is(d, p - 1, "namun") || wt_tok_is(d, p - 1, "tetapi") || wt_tok_is(d, p - 1, "bahkan") ||
        wt_tok_is(d, p - 1, "kemudian") || wt_tok_is(d, p - 1, "lalu"))
      return true;
    if (t->kind == WARTA_TOK_WORD && (((t->flags & TF_CAP) && !(c & LX_STOP)) || (c & (LX_ROLE | LX_ROLE_COMMON))))
      return true;
  }
  if (p == 0 || (wt_tok(d, p)->flags & TF_SENT_START)) return true;
  const wt_token *b = wt_tok(d, p - 1);
  /* (a name after someone's name and age is the next of a list: "Mereka
   * adalah Sri Wahyuni (54), Endang Lestari (46), Fitriyah (38), …") */
  if (b->kind == WARTA_TOK_PUNCT && b->ch == ',' && p >= 4 && wt_age_at(d, p - 4, p - 1)) return false;
  if (b->kind == WARTA_TOK_PUNCT && (b->ch == ',' || b->ch == ';')) {
    /* (an account's handle in commas names the account just named, not a
     * subject: "mengunggah video di akun Instagram pribadinya,
     * @clarissaputri.") */
    if (d->text[wt_tok(d, m->tok0)->start] == '@') return false;
    /* (in apposition to a noun of a subordinate clause: "… masih ingat
     * ketika putra sulungnya, Raka (8), dirawat …" is not about Raka; a
     * word right before the comma opens no clause: "Di penampungan
     * sementara, Nur Begum duduk …") */
    for (uint32_t k = p - 1; k > 0 && p - 1 - k < 5;) {
      k--;
      const wt_token *t = wt_tok(d, k);
      if (t->kind != WARTA_TOK_WORD) break;
      /* (not "asal" before a place, where someone is from: "Salah seorang
       * rekanan asal Kabupaten Bone, Irwan Saleh (46), mempertanyakan") */
      if (k + 2 < p && (wt_clsof(d, k) & LX_CLAUSE_CONJ) && !(t->flags & TF_CAP) && !wt_tok_is(d, k, "dan") &&
          !(wt_tok_is(d, k, "asal") && (wt_tok(d, k + 1)->flags & TF_CAP)))
        return false;
      if (t->flags & TF_SENT_START) break;
    }
    return !object_apposition(d, p - 1);
  }
  if (b->kind != WARTA_TOK_WORD) return false;
  /* the person a sentence introduces is its topic, even when not its
   * grammatical subject: the agent of a passive reporting verb ("Hal senada
   * dikemukakan Koordinator DFW Abdi Suhufan", "... disampaikan oleh X") and
   * the person an equative names ("Salah satunya adalah Ketua ... Hasbullah
   * Thabrany") */
  if (wt_tok_is(d, p - 1, "oleh") && p >= 2 && (wt_clsof(d, p - 2) & LX_CUE_PASSIVE)) return true;
  /* (and of any passive verb, a word between: "Kabar itu disambut haru
   * oleh Maesaroh (67), …") */
  if (wt_tok_is(d, p - 1, "oleh"))
    for (uint32_t v = p - 1; v > 0 && p - 1 - v < 3;) {
      v--;
      const wt_token *t = wt_tok(d, v);
      if (t->kind != WARTA_TOK_WORD || (t->flags & TF_CAP)) break;
      if (d->text[t->start] == 'd' && wt_is_verb_form(d->eng->lex, d->text + t->start, t->end - t->start)) return true;
    }
  if (wt_clsof(d, p - 1) & LX_CUE_PASSIVE) return true;
  /* (and the one a remark comes from: "Sorotan terhadap investasi datang
   * dari ekonom UGM Bambang Sutrisno. Ia menyebut …") */
  if (wt_tok_is(d, p - 1, "dari") && p >= 2 &&
      (wt_tok_is(d, p - 2, "datang") || (p >= 3 && wt_tok_is(d, p - 3, "datang") && !(wt_tok(d, p - 2)->flags & TF_CAP))))
    return true;
  /* (the agent of a passive verb after a likeness to what came before:
   * "Sikap berbeda ditunjukkan Sekretaris Jenderal PARI Yuliana Pratiwi.",
   * "Kondisi serupa dialami Riza" -- data/grammar.lex, alike) */
  if (!(b->flags & TF_CAP) && d->text[b->start] == 'd' && wt_is_verb_form(d->eng->lex, d->text + b->start, b->end - b->start)) {
    for (uint32_t k = p - 1; k > 0 && p - 1 - k < 4;) {
      k--;
      if (wt_lex_cls2(d->eng->lex, wt_lexof(d, k)) & LX2_ALIKE) return true;
      if (wt_tok(d, k)->flags & TF_SENT_START) break;
    }
  }
  /* (or that "ada" brings in: "Di antara mereka ada Asep Saepudin (45),
   * warga Desa Cibulakan.") */
  if (wt_tok_is(d, p - 1, "adalah") || wt_tok_is(d, p - 1, "ialah") || wt_tok_is(d, p - 1, "yakni") ||
      wt_tok_is(d, p - 1, "yaitu") || wt_tok_is(d, p - 1, "ada")) {
    /* (not the first of a list of names and ages: "Mereka adalah Sri
     * Wahyuni (54), Endang Lestari (46), …") */
    uint32_t q = m->tok1;
    if (wt_age_at(d, q, wt_ntok(d))) q += 3;
    /* (nor the first of two people joined by "dan": "Ada dalam tim itu
     * adalah Wakil Polda Papua … Matias Fakhiri dan Komandan Resor Militer
     * … Iwan Setiawan.") */
    if (q < wt_ntok(d) && wt_tok_is(d, q, "dan")) return false;
    return !(q > m->tok1 && q + 1 < wt_ntok(d) && is_p(d, q, ',') && (wt_tok(d, q + 1)->flags & TF_CAP));
  }
  /* (without the copula: "Salah satunya Somchai Boonmee (52), pengemudi
   * tuktuk …", "Di antaranya Sutini …") */
  if ((wt_tok_is(d, p - 1, "satunya") || wt_tok_is(d, p - 1, "antaranya")) && p >= 2 &&
      (wt_tok(d, p - 2)->flags & TF_SENT_START))
    return true;
  /* (a name joined by "dan" to a name before it is that name's partner:
   * the subject only when that one is -- "antara Presiden Vladimir Putin
   * dan Presiden Volodymyr Zelensky" is not) */
  if (wt_tok_is(d, p - 1, "dan") && p >= 2 && wt_tok(d, p - 2)->kind == WARTA_TOK_WORD &&
      (wt_tok(d, p - 2)->flags & TF_CAP)) {
    uint32_t a = p - 2;
    while (a > 0 && wt_tok(d, a - 1)->kind == WARTA_TOK_WORD && (wt_tok(d, a - 1)->flags & TF_CAP) &&
           !(wt_tok(d, a)->flags & TF_SENT_START))
      a--;
    return (wt_tok(d, a)->flags & TF_SENT_START) || (a > 0 && is_p(d, a - 1, ','));
  }
  if (!(wt_clsof(d, p - 1) & LX_CLAUSE_CONJ)) return false;
  /* (a subordinate clause's subject is not the sentence's when a person
   * opens the sentence: "Sumarni (38), ibu korban, masih sulit berbicara
   * ketika Mongabay menyambangi rumahnya. … dia bercerita" is Sumarni) */
  if ((wt_clsof(d, p - 1) & LX_NP_STOP) && person_opens_sentence(d, p - 1)) return false;
  /* (after "dan" a clause needs its verb: not "Pertalite dijual Rp 10.000
   * dan Biosolar Rp 6.800 per liter.") */
  if (wt_tok_is(d, p - 1, "dan")) {
    for (uint32_t k = m->tok1; k < wt_ntok(d) && k < m->tok1 + 6; k++) {
      const wt_token *t = wt_tok(d, k);
      if (t->kind == WARTA_TOK_PUNCT || t->kind == WARTA_TOK_QUOTE) break;
      if (t->kind == WARTA_TOK_WORD && !(t->flags & TF_CAP) &&
          ((wt_clsof(d, k) & LX_CUE) || wt_is_verb_form(d->eng->lex, d->text + t->start, t->end - t->start)))
        return true;
    }
    return false;
  }
  return true;
}

/* Is person mention m followed by a post in small letters after a comma,
 * its age perhaps between: "Wulan Sari (39), orangtua calon siswa" (a
 * person being introduced; not a name in a list of ages, "Rohani (44).",
 * nor one in a clause, "Raka (8), dirawat")? */
static bool introduced_here(warta_doc *d, const wt_mention *m) {
  uint32_t n = wt_ntok(d), k = m->tok1;
  if (wt_age_at(d, k, n)) k += 3;
  /* (the post may come with "seorang": "dialami Nadia (31), seorang
   * karyawan swasta.") */
  uint32_t r = k + 1;
  if (r + 1 < n && wt_tok_is(d, r, "seorang")) r++;
  if (r < n && is_p(d, k, ',') && wt_tok(d, r)->kind == WARTA_TOK_WORD &&
      !(wt_tok(d, r)->flags & TF_CAP) && (wt_phrase_unionof(d, r) & (LX_ROLE | LX_ROLE_COMMON)))
    return true;
  /* (or with the post before the name and a comma, the name ending the
   * sentence: "Penjelasan itu belum memuaskan anggota Komisi IX dari
   * Fraksi PDI-P, Yohanes Paulus Lumban Tobing.") */
  if (m->tok0 > 2 && is_p(d, m->tok0 - 1, ',') && k < n && is_p(d, k, '.'))
    for (uint32_t w = m->tok0 - 1; w > 0 && m->tok0 - w < 10;) {
      w--;
      const wt_token *x = wt_tok(d, w);
      if (x->kind != WARTA_TOK_WORD && x->kind != WARTA_TOK_NUMBER && !is_p(d, w, '-')) break;
      if (wt_phrase_unionof(d, w) & (LX_ROLE | LX_ROLE_COMMON)) return true;
    }
  return false;
}

/* The most recent mention of a person before token t; with ent >= 0, of that
 * person.  Among other people, the subject of a clause is preferred to a
 * person named as an object; someone introduced with a post after the
 * name (introduced_here) counts as a subject does.  Returns the mention
 * index or -1.  lo: the first mention starting at or after t
 * (wt_mention_seek), for a caller that has it already; person_before
 * finds it. */
static int32_t person_before_from(warta_doc *d, uint32_t t, size_t lo, int32_t ent) {
  const uint32_t *ix = d->ment_by_tok;
  int32_t any = -1, intro = -1;
  for (size_t k = lo, seen = 0; k-- > 0 && seen < SALIENCE_WINDOW; seen++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, ix[k]);
    if (m->type != WARTA_PER || m->entity < 0 || m->tok1 > t) continue;
    if (ent >= 0 && m->entity != ent) continue;
    if (m->how == MH_PRONOUN) continue;
    if (ent >= 0) return (int32_t)ix[k];
    if (inside_quote(d, m->tok0)) continue;
    if (subject_mention(d, m)) {
      /* (the sentence's subject before the one introduced: "Wali Kota …
       * melepas jenazah almarhumah Meini, guru di Manado, …") */
      if (intro >= 0 && wt_sent_index(d, m->tok0) != wt_sent_index(d, WT_VEC_AT(d->mentions, wt_mention, intro).tok0))
        return intro;
      return (int32_t)ix[k];
    }
    /* (or someone introduced with a post after the name, as the object of
     * a sentence: "Keluhan serupa datang dari Wulan Sari (39), orangtua
     * calon siswa.") */
    if (intro < 0 && any < 0 && introduced_here(d, m)) intro = (int32_t)ix[k];
    if (any < 0) any = (int32_t)ix[k];
  }
  return intro >= 0 ? intro : any;
}

static int32_t person_before(warta_doc *d, uint32_t t, int32_t ent) {
  size_t cur = 0;
  return person_before_from(d, t, wt_mention_seek(d, t, &cur), ent);
}

/* The mention that introduced entity e before token t: its first mention
 * by full name (what a reader links "ujarnya" to), else the latest one. */
static int32_t intro_of(warta_doc *d, uint32_t t, int32_t e) {
  int32_t in = WT_VEC_AT(d->ents_x, wt_entity_x, e).intro;
  if (in >= 0 && WT_VEC_AT(d->mentions, wt_mention, in).tok1 <= t) return in;
  return person_before(d, t, e);
}

/* The head word of a role span (its first token's text, folded). */
static bool same_head(const warta_doc *d, uint32_t a_start, uint32_t b_start) {
  const char *x = d->text + a_start, *y = d->text + b_start;
  size_t i = 0;
  for (;; i++) {
    unsigned char cx = (unsigned char)x[i], cy = (unsigned char)y[i];
    bool ex = a_start + i >= d->len || !(cx >= 0x80 || ((cx | 0x20) >= 'a' && (cx | 0x20) <= 'z'));
    bool ey = b_start + i >= d->len || !(cy >= 0x80 || ((cy | 0x20) >= 'a' && (cy | 0x20) <= 'z'));
    if (ex || ey) return ex && ey && i > 0;
    if ((cx | 0x20) != (cy | 0x20)) return false;
  }
}

/* Does the short form of a post whose full form is full ("Pangdam":
 * "Panglima Komando Daerah Militer") name the post of role attribute i:
 * its words open the full form ("Panglima") and the short name of the body
 * in its entity's affiliation spells the rest ("Kodam XII/Tanjungpura":
 * k-o-d-a-m in "Komando Daerah Militer")? */
static bool short_post_of(const warta_doc *d, size_t i, const char *full, size_t fulln) {
  const wt_attr *a = &WT_VEC_AT(d->attrs, wt_attr, i);
  size_t n = a->end - a->start;
  if (n >= fulln || full[n] != ' ' || strncasecmp(full, d->text + a->start, n)) return false;
  const char *rest = full + n + 1;
  for (size_t j = i > 4 ? i - 4 : 0; j < d->attrs.len && j <= i + 4; j++) {
    const wt_attr *b = &WT_VEC_AT(d->attrs, wt_attr, j);
    if (!b->affil || b->entity != a->entity) continue;
    /* the body's first word, its letters in order in the rest, the first
     * letters the same */
    const char *w = d->text + b->start, *r = rest;
    size_t len = 0;
    while (b->start + len < b->end && ((w[len] | 0x20) >= 'a' && (w[len] | 0x20) <= 'z')) len++;
    if (len < 3 || (w[0] | 0x20) != (r[0] | 0x20)) continue;
    size_t k = 0;
    for (; *r && k < len; r++)
      if ((*r | 0x20) == (w[k] | 0x20)) k++;
    if (k == len) return true;
  }
  return false;
}

/* The first token that starts at or after byte a (binary search). */
static uint32_t tok_from(const warta_doc *d, uint32_t a) {
  uint32_t lo = 0, hi = wt_ntok(d);
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (wt_tok(d, mid)->start < a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Does role attribute a open with a short form whose full form is full
 * ("Komandan Korem 121/…" and "Danrem": "Komandan Komando Resor Militer")? */
static bool same_canon(const warta_doc *d, const wt_attr *a, const char *full) {
  uint32_t k = tok_from(d, a->start), n = 0;
  if (k >= wt_ntok(d)) return false;
  uint32_t lex = wt_phrase((warta_doc *)d, k, wt_ntok(d), &n);
  return n && wt_tok(d, k + n - 1)->end <= a->end && !strcmp(wt_lex_canon(d->eng->lex, lex), full);
}

/* Does the role span [a, b) (bytes) name entity e?  Looked up by the
 * entity's mentions near the role (the role's tokens). */
static bool span_mentions(const warta_doc *d, uint32_t a, uint32_t b, int32_t e) {
  for (uint32_t k = tok_from(d, a); k < wt_ntok(d) && wt_tok(d, k)->start < b; k++)
    for (uint32_t k2 = k + 1; k2 <= wt_ntok(d) && k2 - k <= 6 && wt_tok(d, k2 - 1)->end <= b; k2++) {
      int32_t mi = wt_mention_find(d, k, k2);
      if (mi >= 0 && WT_VEC_AT(d->mentions, wt_mention, mi).entity == e) return true;
    }
  return false;
}

/* The person given a role whose head word is the one at byte rs, in the
 * sentence before token m0's or in its own before m0, the last so given;
 * -1 when none. */
static int32_t role_just_given(const warta_doc *d, uint32_t m0, uint32_t rs) {
  uint32_t si = wt_sent_index(d, m0);
  const wt_sent *st = &WT_VEC_AT(d->sents, wt_sent, si > 0 ? si - 1 : si);
  uint32_t from = wt_tok(d, st->tok0)->start, limit = wt_tok(d, m0)->start;
  /* (the attributes are added in about text order, not exactly: the
   * latest 64 are looked at) */
  for (size_t i = d->attrs.len, seen = 0; i-- > 0 && seen < 64; seen++) {
    const wt_attr *a = &WT_VEC_AT(d->attrs, wt_attr, i);
    if (a->affil || a->entity < 0 || a->start < from || a->start >= limit || !same_head(d, a->start, rs)) continue;
    if (WT_VEC_AT(d->ents_x, wt_entity_x, a->entity).type == WARTA_PER) return a->entity;
  }
  return -1;
}

/* The person a bare role or a description refers to: the one introduced
 * with a role of the same head word ("Presiden" -> "Presiden Joko Widodo");
 * for a description naming a place or body ("Pemimpin Korea Utara itu"),
 * the one whose role names the same place ("Pemimpin DPRK", DPRK being
 * Korea Utara); among equals the current speaker, then the latest. */
static int32_t person_with_role(const warta_doc *d, const wt_np *np, int32_t current) {
  /* ("sang menteri": the article is no part of the role) */
  uint32_t r0 = np->r0 + 1 < (np->r1 > np->r0 ? np->r1 : np->t1) && wt_tok_is(d, np->r0, "sang") ? np->r0 + 1 : np->r0;
  uint32_t rs = wt_tok(d, r0)->start;
  uint32_t re = wt_tok(d, (np->r1 > np->r0 ? np->r1 : np->t1) - 1)->end;
  uint32_t limit = wt_tok(d, np->m0)->start;
  /* places and bodies named in the description */
  int32_t named[4];
  int nn = 0;
  for (uint32_t k = np->r0; k < (np->r1 > np->r0 ? np->r1 : np->t1) && nn < 4; k++)
    for (uint32_t k2 = k + 1; k2 <= np->t1 && k2 - k <= 6; k2++) {
      int32_t mi = wt_mention_find(d, k, k2);
      const wt_mention *m = mi >= 0 ? &WT_VEC_AT(d->mentions, wt_mention, mi) : NULL;
      if (m && m->type != WARTA_PER && m->entity >= 0 && nn < 4) named[nn++] = m->entity;
    }
  (void)re;
  /* a description naming no place or body ("Politikus senior itu",
   * "Siswa kelas XII itu") is about the person being talked about, whom
   * the caller finds (salient), not whoever had that word in a role */
  /* (unless someone was given that word as their role in the sentence
   * before or earlier in this one: "… dipercayakan kepada aktris Kezia
   * Amanda. Aktris itu mengatakan …", not the last speaker) */
  if (np->kind == NP_DESC && nn == 0) return role_just_given(d, np->m0, rs);
  /* a short form stands for its full role: "Mensos" -> "Menteri Sosial" */
  uint32_t rn = 0;
  uint32_t rlex = wt_phrase((warta_doc *)d, np->r0, np->r1 > np->r0 ? np->r1 : np->t1, &rn);
  const char *full = rn ? wt_lex_canon(d->eng->lex, rlex) : NULL;
  size_t fulln = full ? strlen(full) : 0;
  if (full && (fulln == wt_tok(d, np->r0 + rn - 1)->end - rs) && !strncasecmp(full, d->text + rs, fulln)) full = NULL;
  int32_t best = -1;
  int best_score = -1;
  uint32_t best_pos = 0;
  for (size_t i = d->attrs.len, seen = 0; i-- > 0 && seen < SALIENCE_WINDOW;) {
    const wt_attr *a = &WT_VEC_AT(d->attrs, wt_attr, i);
    if (a->affil || a->entity < 0 || a->start >= limit) continue;
    seen++;
    const wt_entity_x *e = &WT_VEC_AT(d->ents_x, wt_entity_x, a->entity);
    if (e->type != WARTA_PER) continue;
    /* (the same head word; or the short form's full form, written out,
     * opening with a short form of its own, or spelt by the post and its
     * body) */
    if (!same_head(d, a->start, rs) &&
        !(full && ((a->end - a->start >= fulln && !strncasecmp(full, d->text + a->start, fulln)) ||
                   same_canon(d, a, full) || short_post_of(d, i, full, fulln))))
      continue;
    int score = 0;
    for (int k = 0; k < nn; k++)
      if (span_mentions(d, a->start, a->end, named[k])) score += 4;
    if (nn && score == 0) score -= 2;
    if (a->entity == current) score += 1;
    if (score > best_score || (score == best_score && a->start >= best_pos)) {
      best = a->entity;
      best_score = score;
      best_pos = a->start;
    }
  }
  return best;
}

typedef struct ctx {
  int32_t last_ent;   /* the last quote's speaker */
  int32_t last_ment;
  uint32_t last_para; /* paragraph of the last quote with a speaker */
  uint32_t last_sent; /* and the sentence where it starts */
  uint32_t last_end;  /* its last token (its last sentence, found when asked: salient) */
  uint32_t last_tok;
  bool last_unnamed;  /* the last quote's speaker was someone not named ("seorang mantan karyawan") */
  uint32_t sent;      /* the sentence of the quote resolved now: where sentence lookups start */
  size_t ment_cur;    /* salient's place in d->ment_by_tok (the quotes come in order) */
} ctx;

/* Does the sentence open, before the verb at v, with someone unnamed:
 * "Seorang sumber di internal KPK", "Salah seorang pejabat …"?  Returns
 * the phrase's first token, or UINT32_MAX. */
static uint32_t indefinite_subject(warta_doc *d, uint32_t v) {
  uint32_t s = v;
  while (s > 0 && v - s < 12 && !(wt_tok(d, s)->flags & TF_SENT_START)) {
    if (is_p(d, s - 1, ',')) return UINT32_MAX;
    s--;
  }
  if (!(wt_tok(d, s)->flags & TF_SENT_START)) return UINT32_MAX;
  uint32_t s0 = s;
  if (wt_tok_is(d, s, "salah") && s + 1 < v && wt_tok_is(d, s + 1, "seorang")) s++;
  bool unnamed = s + 1 < v && wt_tok_is(d, s, "seorang") &&
                 ((wt_phrase_unionof(d, s + 1) & (LX_ROLE | LX_ROLE_COMMON | LX_PERSON_NOUN)) ||
                  wt_tok_is(d, s + 1, "sumber"));
  /* (unless the name follows: "Seorang warga, Budi, mengatakan" has a
   * comma and is not read here; "Seorang warga bernama Budi" is named) */
  for (uint32_t k = s + 1; unnamed && k < v; k++)
    if (wt_tok_is(d, k, "bernama") || wt_tok_is(d, k, "berinisial")) unnamed = false;
  /* (nor with a name before the verb: "Seorang warga Bekasi Andi (35)
   * mengatakan") */
  if (unnamed) {
    int32_t pm = person_before(d, v, -1);
    if (pm >= 0 && WT_VEC_AT(d->mentions, wt_mention, pm).tok0 > s) unnamed = false;
  }
  return unnamed ? s0 : UINT32_MAX;
}

/* Did the sentence before token t's (ts, or t's own, before t) bring in
 * someone unnamed -- "seorang" and a noun for a person: "cerita berbeda
 * disampaikan seorang mantan karyawan yang enggan disebut namanya" -- with
 * no person named after it?  A pronoun then stands for that person. */
static bool unnamed_before(warta_doc *d, uint32_t t, uint32_t ts) {
  uint32_t a = WT_VEC_AT(d->sents, wt_sent, ts > 0 ? ts - 1 : ts).tok0;
  /* (the nearest "seorang": a named word, told by its entry as wt_tok_is
   * tells it, here with a pointer over the tokens, one compare a token) */
  const wt_token *y = wt_tok(d, t), *lo = wt_tok(d, a);
  const uint32_t seorang = wt_named_entry("seorang");
  while (y > lo && y[-1].lex != seorang) y--;
  if (y == lo) return false;
  uint32_t q = (uint32_t)(y - 1 - wt_tok(d, 0));
  if (q + 1 >= t) return false;
  /* (as the subject or the agent: opening the sentence, after a cue, a
   * passive verb or "oleh"; not an object inside what someone said, "Ia
   * menambahkan, seorang karyawan sudah dipanggil") */
  const wt_token *x = wt_tok(d, q);
  const wt_token *p = q > 0 ? wt_tok(d, q - 1) : NULL;
  bool agent = !p || (x->flags & TF_SENT_START) ||
               (p->kind == WARTA_TOK_WORD &&
                ((wt_clsof(d, q - 1) & LX_CUE) || wt_tok_is(d, q - 1, "oleh") || wt_tok_is(d, q - 1, "mengutip") ||
                 (d->text[p->start] == 'd' && d->text[p->start + 1] == 'i' &&
                  wt_is_verb_form(d->eng->lex, d->text + p->start, p->end - p->start)) ||
                 /* (or where a story comes from: "cerita berbeda datang dari
                  * seorang mantan karyawan …") */
                 (wt_tok_is(d, q - 1, "dari") && q >= 2 &&
                  (wt_tok_is(d, q - 2, "datang") || wt_tok_is(d, q - 2, "muncul") || wt_tok_is(d, q - 2, "berasal")))));
  if (!agent) return false;
  uint32_t w = q + 1;
  if (wt_tok_is(d, w, "mantan")) w++;
  if (w >= t || !(wt_phrase_unionof(d, w) & (LX_ROLE | LX_ROLE_COMMON | LX_PERSON_NOUN))) return false;
  /* (a person named after it: the pronoun may be theirs) */
  int32_t pm = person_before(d, t, -1);
  return pm < 0 || WT_VEC_AT(d->mentions, wt_mention, pm).tok0 < q;
}

/* The latest mention, after the last quote and before t, outside quotes,
 * of someone quoted earlier than the last speaker; -1 if none.  lo: the
 * first mention starting at or after t (wt_mention_seek). */
static int32_t former_speaker_since(warta_doc *d, const ctx *c, uint32_t t, size_t lo) {
  const uint32_t *ix = d->ment_by_tok;
  for (size_t k = lo, seen = 0; k-- > 0 && seen < SALIENCE_WINDOW; seen++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, ix[k]);
    if (m->tok0 < c->last_tok) break;
    if (m->type != WARTA_PER || m->entity < 0 || m->tok1 > t || m->how == MH_PRONOUN) continue;
    if (m->entity == c->last_ent || inside_quote(d, m->tok0)) continue;
    /* (as a subject, or as the example that ends the sentence, "warga
     * seperti Sulastri.": not in passing, "yang datang bersama Menko PMK
     * Muhadjir Effendy, …") */
    if (!subject_mention(d, m) &&
        !(m->tok1 < wt_ntok(d) && is_p(d, m->tok1, '.') && m->tok0 > 0 &&
          (wt_tok_is(d, m->tok0 - 1, "seperti") || wt_tok_is(d, m->tok0 - 1, "misalnya") ||
           wt_tok_is(d, m->tok0 - 1, "termasuk"))))
      continue;
    if (!(WT_VEC_AT(d->ents_x, wt_entity_x, m->entity).flags & EF_SPEAKER)) continue;
    /* (and not in a sentence about the last speaker: "Robert menyebutnya …
     * tidak pernah dilaporkan kepada Sukardi.") */
    const wt_sent *st = &WT_VEC_AT(d->sents, wt_sent, wt_sent_index(d, m->tok0));
    for (size_t j = k; j-- > 0;) {
      const wt_mention *o = &WT_VEC_AT(d->mentions, wt_mention, ix[j]);
      if (o->tok0 < st->tok0) break;
      if (o->entity == c->last_ent) return -1;
    }
    return (int32_t)ix[k];
  }
  return -1;
}

/* Is mention m one capitalised word that nothing before token t marks as a
 * person's name: no given name the lexicon knows, no title, role or age, never
 * a speaker, no other word of its name anywhere? */
static bool bare_word(warta_doc *d, const wt_mention *m, uint32_t t) {
  if (m->tok1 != m->tok0 + 1 || m->how != MH_NAME) return false;
  const wt_entity_x *e = &WT_VEC_AT(d->ents_x, wt_entity_x, m->entity);
  if ((e->flags & EF_SPEAKER) || e->lex != LEX_NONE || memchr(e->name, ' ', e->nlen)) return false;
  if (wt_clsof(d, m->tok0) & (LX_NAME_FIRST | LX_TITLE | LX_ROLE)) return false;
  if (m->tok0 > 0 && (wt_clsof(d, m->tok0 - 1) & (LX_TITLE | LX_ROLE | LX_ROLE_COMMON))) return false;
  /* (an age, "Maesaroh (67)", or a role given before token t: "Kepala
   * Dinas Pariwisata Kota Batam Ardiwinata"; attributes are byte offsets) */
  if (wt_age_at(d, m->tok1, wt_ntok(d))) return false;
  /* (the latest attributes only: a text of thousands of roles and "-nya"
   * quotes stays linear) */
  uint32_t at = wt_tok(d, t)->start;
  for (size_t k = d->attrs.len, seen = 0; k-- > 0 && seen < 512; seen++) {
    const wt_attr *x = &WT_VEC_AT(d->attrs, wt_attr, k);
    if (x->entity == m->entity && x->start < at) return false;
  }
  return true;
}

/* The entity being talked about at token t (for -nya and pronouns): the
 * last speaker while they were quoted within the last two sentences (a
 * person merely named in between does not take over: "Presiden meresmikan
 * bandara itu. ”Saya senang,” katanya." is still the last speaker);
 * otherwise the person named most recently outside quotes. */
static int32_t salient(warta_doc *d, ctx *c, uint32_t t, uint32_t para, int32_t *ment) {
  uint32_t ts = wt_sent_from(d, c->sent, t);
  if (unnamed_before(d, t, ts)) {
    *ment = -1;
    return -1;
  }
  size_t lo = wt_mention_seek(d, t, &c->ment_cur); /* (once, for both look-ups below) */
  int32_t m = person_before_from(d, t, lo, -1);
  const wt_mention *pm = m >= 0 ? &WT_VEC_AT(d->mentions, wt_mention, m) : NULL;
  bool recent = c->last_ent >= 0 && para <= c->last_para + 1 && ts <= wt_sent_from(d, c->last_sent, c->last_end) + 2;
  /* someone else who became the subject after the last quote takes over
   * ("Kovalenko memilih tidak berkomentar. ”…,” ucap dia.") */
  /* (not a lone capitalised word nothing marks as a person's name, which is
   * as likely a product's: "Pertalite tetap dijual Rp 10.000") */
  if (pm && pm->tok0 >= c->last_tok && pm->entity != c->last_ent && subject_mention(d, pm) &&
      !bare_word(d, pm, t))
    recent = false;
  /* (so does someone introduced in the sentence before with an age or a
   * post after the name, subject or not: "Keluhan serupa datang dari Wulan
   * Sari (39), orangtua calon siswa. Ia menilai …") */
  if (pm && recent && pm->tok0 >= c->last_tok && pm->entity != c->last_ent && ts > 0 &&
      wt_sent_index(d, pm->tok0) == ts - 1 && introduced_here(d, pm))
    recent = false;
  /* (so does someone quoted before, named again since, as subject or not:
   * "… kegelisahan warga seperti Sulastri." then "“…,” katanya") */
  /* (not when someone else became the subject after that mention:
   * "Pernyataan Syahrir itu ditanggapi dingin. Salah seorang rekanan …,
   * Irwan Saleh (46), mempertanyakan …") */
  if (c->last_ent >= 0) {
    int32_t fm = former_speaker_since(d, c, t, lo);
    if (fm >= 0 && pm && pm->tok0 > WT_VEC_AT(d->mentions, wt_mention, fm).tok0 &&
        pm->entity != WT_VEC_AT(d->mentions, wt_mention, fm).entity && subject_mention(d, pm))
      fm = -1;
    if (fm >= 0) {
      m = fm;
      pm = &WT_VEC_AT(d->mentions, wt_mention, fm);
      recent = false;
    }
  }
  /* (a pronoun stands for a person: a body that spoke last gives way to a
   * person named after its words -- "YLKI meminta … . Hal senada disampaikan
   * ekonom Indef Nadia Puspitasari. Ia memperkirakan …") */
  if (pm && pm->tok0 >= c->last_tok && c->last_ent >= 0 &&
      WT_VEC_AT(d->ents_x, wt_entity_x, c->last_ent).type != WARTA_PER)
    recent = false;
  /* (someone unnamed spoke last, and nobody was named since: "…,” ujarnya.
   * goes on with them) */
  /* (the paragraph next to theirs, however many sentences a quote has) */
  if (c->last_unnamed && para <= c->last_para + 1 && !(pm && pm->tok0 >= c->last_tok)) {
    *ment = c->last_ment;
    return -1;
  }
  if (recent || (c->last_ent >= 0 && (!pm || pm->tok0 <= c->last_tok))) {
    int32_t lm = intro_of(d, t, c->last_ent);
    *ment = lm >= 0 ? lm : c->last_ment;
    return c->last_ent;
  }
  if (pm) {
    int32_t im = intro_of(d, t, pm->entity);
    *ment = im >= 0 ? im : m;
    return pm->entity;
  }
  *ment = c->last_ment;
  return c->last_ent;
}

/* The person a title alone refers to ("ungkap Sultan", "kata Ida Bagus"):
 * the latest person named with those titles before their name ("Gubernur
 * DIY Sultan Hamengku Buwono X").  Returns the mention index or -1. */
static int32_t person_titled(warta_doc *d, const wt_np *np) {
  const char *title = d->text + wt_tok(d, np->m0)->start;
  size_t tl = wt_tok(d, np->t1 - 1)->end - wt_tok(d, np->m0)->start;
  const uint32_t *ix = d->ment_by_tok;
  size_t cur = 0, lo = wt_mention_seek(d, np->m0, &cur); /* first mention starting at or after the title */
  for (size_t k = lo, seen = 0; k-- > 0 && seen < SALIENCE_WINDOW; seen++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, ix[k]);
    if (m->type != WARTA_PER || m->entity < 0 || m->how != MH_TITLED) continue;
    /* (the title may be the second word of the mention's title: "Sri
     * Sultan Hamengku Buwono X" and then "kata Sultan") */
    for (uint32_t f = m->tok0; f < m->tok0 + 2 && f < m->tok1; f++) {
      const wt_token *a = wt_tok(d, f);
      if (m->tok1 - f > np->t1 - np->m0 && a->start + tl < d->len && !strncasecmp(d->text + a->start, title, tl) &&
          d->text[a->start + tl] == ' ')
        return (int32_t)ix[k];
    }
  }
  return -1;
}

/* The latest person named before token i whose name holds i's word as a
 * word of its own ("Imam" in "Imam Santoso").  Returns the mention index or
 * -1. */
static int32_t person_by_word(warta_doc *d, uint32_t i) {
  const wt_token *w = wt_tok(d, i);
  size_t wl = w->end - w->start;
  const uint32_t *ix = d->ment_by_tok;
  size_t cur = 0, lo = wt_mention_seek(d, i, &cur);
  for (size_t k = lo, seen = 0; k-- > 0 && seen < SALIENCE_WINDOW; seen++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, ix[k]);
    if (m->type != WARTA_PER || m->entity < 0 || (m->how != MH_NAME && m->how != MH_TITLED)) continue;
    const char *n = WT_VEC_AT(d->ents_x, wt_entity_x, m->entity).name;
    for (const char *p = n; *p;) {
      size_t l = strcspn(p, " ");
      if (l == wl && !strncasecmp(p, d->text + w->start, wl)) return (int32_t)ix[k];
      p += l;
      while (*p == ' ') p++;
    }
  }
  return -1;
}

/* Does a name ending at token e end its clause (", …", ".", "(", "saat …")? */
static bool name_ends_clause(warta_doc *d, uint32_t e, uint32_t lim) {
  return e >= lim || is_p(d, e, ',') || is_p(d, e, '.') || is_p(d, e, '(') || (wt_clsof(d, e) & LX_NP_STOP);
}

/* After a role, the name that follows a chain of places or bodies set off
 * by commas: "kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Kecamatan
 * Moyudan, Wahyu Wibowo", "kata Camat Neglasari, Kabupaten Tangerang,
 * Ubaidillah Ansar".  cm is the first comma; the caller has parsed the
 * phrase after it into *ap (parsed: whether wt_np_parse found one), as it
 * looks at that phrase itself.  True with *ap the name's phrase and *end the
 * end of the last place. */
static bool name_after_places(warta_doc *d, uint32_t cm, uint32_t lim, wt_np *ap, bool parsed, uint32_t *end) {
  for (int seg = 0; seg < 4 && cm + 1 < lim && is_p(d, cm, ','); seg++) {
    if (seg > 0) parsed = wt_np_parse(d, cm + 1, lim, ap);
    if (!parsed) return false;
    /* (a rank or title before the name is the person's: "…, Jakarta Pusat,
     * Letnan Kolonel M Arifin") */
    if (seg > 0 && ap->kind == NP_PER && ap->r0 == ap->r1 && name_ends_clause(d, ap->t1, lim))
      return true;
    if ((ap->kind == NP_LOC || ap->kind == NP_ORG) && ap->t1 < lim && is_p(d, ap->t1, ',')) {
      *end = ap->t1;
      cm = ap->t1;
      continue;
    }
    return false;
  }
  return false;
}

/* Registers the person named by ap with the role [r0, end) and returns the
 * entity (or -1), setting *ment. */
static int32_t person_after_places(warta_doc *d, const wt_np *ap, const wt_np *np, uint32_t end, int32_t *ment) {
  int32_t e = wt_np_register(d, ap);
  if (e < 0) return -1;
  /* a role with its body ("pengajar Ilmu Komunikasi | Universitas Airlangga,
   * Surabaya, Sukowidodo") keeps them apart; else the role runs to the name
   * ("Kepala Dusun Nglahar, Kelurahan Sumbersari, …, Wahyu Wibowo") */
  if (np->a1 > np->a0 && np->r1 > np->r0 && np->r1 <= np->a0) {
    wt_add_attr(d, e, np->r0, np->r1, false);
    wt_add_attr(d, e, np->a0, np->a1, true);
  } else {
    wt_add_attr(d, e, np->r0, end, false);
  }
  *ment = mention_at(d, ap->m0, ap->n1, e, WARTA_PER, MH_NAME);
  return e;
}

/* Are tokens [a, b) academic degrees written after a name: "S.H., M.H.",
 * "Sp.PD-KGEH", "MMB", "MPH"? */
static bool degrees_only(warta_doc *d, uint32_t a, uint32_t b) {
  if (b <= a || b - a > 4) return false;
  for (uint32_t k = a; k < b; k++) {
    const wt_token *t = wt_tok(d, k);
    if ((t->flags & TF_ABBREV) || (t->kind == WARTA_TOK_PUNCT && (t->ch == ',' || t->ch == PC_DASH || t->ch == '.')))
      continue;
    if (t->kind == WARTA_TOK_WORD && ((wt_clsof(d, k) & LX_TITLE) || ((t->flags & TF_UPPER) && t->end - t->start <= 10)))
      continue;
    /* "Sp" of "Sp.PD-KGEH": a short word and a dot with no space */
    if (t->kind == WARTA_TOK_WORD && (t->flags & TF_CAP) && t->end - t->start <= 3 && k + 1 < b &&
        is_p(d, k + 1, '.') && !(wt_tok(d, k + 1)->flags & TF_SPACE_BEFORE))
      continue;
    return false;
  }
  return true;
}

static int32_t org_nearby(warta_doc *d, uint32_t s);
static int32_t org_named_after(const warta_doc *d, uint32_t i, uint32_t lim, int32_t *ment);

/* Resolves the noun phrase np (found at a cue) to a mention and an entity. */
static void resolve_np(warta_doc *d, ctx *c, const wt_np *np, uint32_t para, uint32_t lim, bool subject,
                       int32_t *ment, int32_t *ent) {
  *ment = -1;
  *ent = -1;
  switch (np->kind) {
  case NP_PER: {
    /* "pungkas Ketua Kelompok Tani Sri Rejeki, Paiman.": a name in commas
     * after a role phrase is the speaker; what looked like a name before it
     * was the group's */
    /* (the group may name where it is from: "kata anggota Tim Peneliti
     * GeNose dari UGM, Dian …") */
    uint32_t cm = np->t1, from = UINT32_MAX;
    if (np->r1 > np->r0 && cm + 1 < lim && wt_tok_is(d, cm, "dari")) {
      wt_np op;
      if (wt_np_parse(d, cm + 1, lim, &op) && (op.kind == NP_ORG || op.kind == NP_LOC)) {
        from = op.m0;
        cm = op.t1;
      }
    }
    uint32_t ce = cm + 1; /* (not degrees: "Ari Fahrial Syam, Sp.PD, menjelaskan") */
    while (ce < lim && ce - cm <= 5 && !is_p(d, ce, ',')) ce++;
    if (np->r1 > np->r0 && cm + 1 < lim && is_p(d, cm, ',') && !degrees_only(d, cm + 1, ce)) {
      wt_np ap;
      bool parsed = wt_np_parse(d, cm + 1, lim, &ap);
      /* (a rank may stand before that name: "kata juru bicara PCG,
       * Laksamana Muda Rafael Dizon Abad, seperti dilansir Reuters") */
      bool titled = ap.m0 < ap.n0 && ap.n0 - ap.m0 <= 3 && ap.m0 == cm + 1;
      for (uint32_t w = ap.m0, n = 0; titled && w < ap.n0; w += n ? n : 1) {
        n = 0;
        titled = (wt_lex_cls(d->eng->lex, wt_phrase(d, w, ap.n0, &n)) & LX_TITLE) || is_p(d, w, '.');
      }
      if (parsed && ap.kind == NP_PER && ap.r0 == ap.r1 && (ap.m0 == ap.n0 || titled) && name_ends_clause(d, ap.t1, lim)) {
        int32_t e = wt_np_register(d, &ap);
        if (e >= 0) {
          if (from != UINT32_MAX) {
            /* the group's name is part of the post; where it is from, the
             * affiliation */
            wt_add_attr(d, e, np->r0, np->t1, false);
            wt_add_attr(d, e, from, cm, true);
          } else {
            wt_add_attr(d, e, np->r0, np->r1, false);
            wt_add_attr(d, e, np->a1 > np->a0 ? np->a0 : np->r1, np->n1, true);
          }
          *ent = e;
          *ment = mention_at(d, ap.m0, ap.n1, e, WARTA_PER, MH_NAME);
          return;
        }
        parsed = wt_np_parse(d, cm + 1, lim, &ap); /* (anew after a registration) */
      }
      uint32_t end = cm;
      if (name_after_places(d, cm, lim, &ap, parsed, &end)) {
        *ent = person_after_places(d, &ap, np, end, ment);
        if (*ent >= 0) return;
      }
    }
    int32_t e = wt_np_register(d, np);
    if (e < 0) return;
    *ent = e;
    *ment = mention_at(d, np->m0, np->n1, e, WARTA_PER, np->m0 < np->n0 ? MH_TITLED : MH_NAME);
    return;
  }
  case NP_PRON: {
    int32_t m;
    if (wt_lex_cls2(d->eng->lex, wt_lexof(d, np->m0)) & LX2_PRON_3P) {
      /* "mereka": a group, no one person */
      *ment = mention_at(d, np->m0, np->n1, -1, WARTA_PER, MH_PRONOUN);
      return;
    }
    int32_t e = salient(d, c, np->m0, para, &m);
    *ent = e;
    /* "kata dia" names the speaker with the pronoun; "Ia mengatakan" is
     * read back to the person the pronoun stands for */
    if (subject && m >= 0) *ment = m;
    else
      *ment = mention_at(d, np->m0, np->n1, e, WARTA_PER,
                         e < 0 && ((m >= 0 && WT_VEC_AT(d->mentions, wt_mention, m).how == MH_ANON) ||
                                   (m < 0 && unnamed_before(d, np->m0, wt_sent_from(d, c->sent, np->m0))))
                             ? MH_ANON
                             : MH_PRONOUN);
    return;
  }
  case NP_ROLE:
  case NP_DESC: {
    /* "guru bernama Euis Komalasari", "seorang pria bernama Dodi": the name
     * after "bernama" */
    /* (or in a relative clause: "lelaki yang kemudian memperkenalkan diri
     * sebagai Ramli Lasimpo (34) itu", "pria yang mengaku bernama Dodi") */
    uint32_t nb = np->t1;
    if (!(nb + 1 < lim && wt_tok_is(d, nb, "bernama")))
      for (uint32_t k = np->r0 + 1; k + 1 < np->t1; k++)
        if (wt_tok_is(d, k, "yang")) {
          uint32_t j = k + 1;
          while (j < np->t1 && j - k <= 2 && (wt_tok_is(d, j, "kemudian") || wt_tok_is(d, j, "mengaku") ||
                                              wt_tok_is(d, j, "belakangan") || wt_tok_is(d, j, "akhirnya")))
            j++;
          if (j + 1 < np->t1 && wt_tok_is(d, j, "bernama")) nb = j;
          else if (j + 3 < np->t1 && wt_tok_is(d, j, "memperkenalkan") && wt_tok_is(d, j + 1, "diri") &&
                   wt_tok_is(d, j + 2, "sebagai"))
            nb = j + 2;
          break;
        }
    if (nb + 1 < lim && (wt_tok_is(d, nb, "bernama") || nb < np->t1)) {
      wt_np ap;
      if (wt_np_parse(d, nb + 1, lim, &ap) && ap.kind == NP_PER && ap.r0 == ap.r1) {
        int32_t e = wt_np_register(d, &ap);
        if (e >= 0) {
          if (np->kind == NP_ROLE) wt_add_attr(d, e, np->r0, np->r1, false);
          if (np->a1 > np->a0) wt_add_attr(d, e, np->a0, np->a1, true);
          *ent = e;
          *ment = mention_at(d, ap.m0, ap.n1, e, WARTA_PER, MH_NAME);
          return;
        }
      }
    }
    /* "kata pemilik Kopi NYIA, Armanunsah …", "kata dokter spesialis
     * penyakit dalam RSUP Dr. Sardjito, dr. Linda …": the name after a comma */
    uint32_t cm = np->t1;
    while (cm < lim && cm - np->t1 < 10 && !is_p(d, cm, ',') && wt_tok(d, cm)->kind != WARTA_TOK_QUOTE &&
           !(wt_clsof(d, cm) & LX_CUE))
      cm++;
    if (cm + 1 < lim && is_p(d, cm, ',')) {
      /* (the phrase after the comma, parsed once for the two readings
       * below while nothing is registered between) */
      wt_np first, ap;
      bool first_ok = wt_np_parse(d, cm + 1, lim, &first), fresh = true;
      uint32_t end = cm;
      ap = first;
      if (name_after_places(d, cm, lim, &ap, first_ok, &end)) {
        *ent = person_after_places(d, &ap, np, end, ment);
        if (*ent >= 0) return;
        fresh = false;
      }
      /* (or the name a nickname aside gives: "Seorang saksi mata, pria yang
       * akrab disapa Ucok, mengaku") */
      uint32_t nk = cm + 1;
      while (nk < lim && nk - cm < 6 && wt_tok(d, nk)->kind == WARTA_TOK_WORD && !(wt_tok(d, nk)->flags & TF_CAP) &&
             !wt_tok_is(d, nk, "disapa") && !wt_tok_is(d, nk, "dipanggil"))
        nk++;
      bool nick = nk + 1 < lim && (wt_tok_is(d, nk, "disapa") || wt_tok_is(d, nk, "dipanggil"));
      bool parsed = first_ok;
      if (nick || !fresh) parsed = wt_np_parse(d, nick ? nk + 1 : cm + 1, lim, &ap);
      else ap = first;
      /* (a name in apposition closes its phrase: a mark, the sentence's
       * end or a cue after it -- not "Menurut hakim, | Sugeng | terbukti
       * …", the clause's subject) */
      bool closed = parsed && (name_ends_clause(d, ap.t1, lim) || wt_tok(d, ap.t1)->kind == WARTA_TOK_PUNCT ||
                               wt_tok(d, ap.t1)->kind == WARTA_TOK_QUOTE || (wt_clsof(d, ap.t1) & LX_CUE));
      if (closed && ap.kind == NP_PER && ap.r0 == ap.r1) {
        int32_t e = wt_np_register(d, &ap);
        if (e >= 0) {
          wt_add_attr(d, e, np->r0, np->r1, false);
          if (np->a1 > np->a0) wt_add_attr(d, e, np->a0, np->a1, true);
          *ent = e;
          *ment = mention_at(d, ap.m0, ap.n1, e, WARTA_PER, MH_NAME);
          return;
        }
      }
    }
    /* "diplomat yang meminta namanya tidak disebutkan itu", "sumber yang
     * enggan disebut identitasnya": someone kept anonymous is no one named;
     * "Seorang diplomat …" brings in someone new, unnamed */
    /* (so is "salah satu pejabat itu", one of a group) */
    bool indefinite = (np->m0 > 0 && wt_tok_is(d, np->m0 - 1, "seorang")) ||
                      wt_tok_is(d, np->m0, "seorang") ||
                      (np->kind == NP_DESC && np->m0 > 1 && wt_tok_is(d, np->m0 - 1, "satu") &&
                       wt_tok_is(d, np->m0 - 2, "salah"));
    for (uint32_t q = np->m0; q < np->t1 || indefinite; q++)
      if (indefinite || wt_tok_is(d, q, "namanya") || wt_tok_is(d, q, "identitasnya")) {
        *ent = -1;
        *ment = mention_at(d, np->m0, np->t1, -1, WARTA_PER, MH_ANON);
        return;
      }
    int32_t e = person_with_role(d, np, c->last_ent);
    /* "Operator kereta JR East, menurut Kyodo, menyatakan": a noun for a
     * company before a body's name, nobody named, is that body */
    if (e < 0 && np->kind == NP_ROLE && np->a1 > np->a0 &&
        (wt_lex_cls2(d->eng->lex, wt_lexof(d, np->r0)) & LX2_ORG_NOUN)) {
      int32_t om = wt_mention_find(d, np->a0, np->a1);
      if (om >= 0) {
        const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, om);
        if (m->type == WARTA_ORG && m->entity >= 0) {
          *ent = m->entity;
          *ment = om;
          return;
        }
      }
    }
    /* (a role that is also a given name: "kata Imam" after "H. Imam
     * Santoso") */
    if (e < 0 && np->t1 == np->m0 + 1 && (wt_tok(d, np->m0)->flags & TF_CAP) && (wt_clsof(d, np->m0) & LX_NAME_FIRST)) {
      int32_t pm = person_by_word(d, np->m0);
      if (pm >= 0) {
        *ent = WT_VEC_AT(d->mentions, wt_mention, pm).entity;
        *ment = mention_at(d, np->m0, np->t1, *ent, WARTA_PER, MH_NAME);
        return;
      }
    }
    /* ("sang menteri" is definite, like a description) */
    bool anon = false;
    if (e < 0 && (np->kind == NP_DESC || wt_tok_is(d, np->m0, "sang"))) {
      /* "pria 58 tahun itu", "politikus itu": the person being talked about */
      /* (who may be someone unnamed: "… seorang dosen yang enggan disebut
       * namanya … ,” ujar dosen tersebut.") */
      int32_t m;
      e = salient(d, c, np->m0, para, &m);
      anon = e < 0 && ((m >= 0 && WT_VEC_AT(d->mentions, wt_mention, m).how == MH_ANON) ||
                       (m < 0 && unnamed_before(d, np->m0, wt_sent_from(d, c->sent, np->m0))));
    }
    uint32_t end = np->t1;
    *ent = e;
    *ment = mention_at(d, np->m0, end, e, WARTA_PER, anon ? MH_ANON : MH_ROLE);
    bool office = false; /* (an office inside: "mantan Gubernur …", not "pria", "siswa kelas XII") */
    for (uint32_t q = np->r0; np->kind == NP_DESC && q < np->r1 && !office; q++)
      office = (wt_phrase_unionof(d, q) & LX_ROLE) != 0;
    if (e >= 0 && office) {
      /* the description's role: "Pemimpin Korea Utara" */
      wt_add_attr(d, e, np->r0, np->r1 > np->r0 ? np->r1 : end - 1, false);
    }
    return;
  }
  case NP_TITLE: {
    int32_t m = person_titled(d, np);
    /* (a title word that is a word of someone's name instead, a Korean
     * family name: "Kang menambahkan" after "Kang Yoo-jin") */
    if (m < 0 && np->t1 == np->m0 + 1) m = person_by_word(d, np->m0);
    if (m < 0) return;
    *ent = WT_VEC_AT(d->mentions, wt_mention, m).entity;
    *ment = mention_at(d, np->m0, np->t1, *ent, WARTA_PER, MH_TITLED);
    return;
  }
  case NP_ORG:
  case NP_LOC:
  case NP_MEDIA: {
    /* "Kantor itu juga menuding …": the body named before with that head
     * (before the nearest body a noun for a company stands for, below:
     * "Kantor Kepresidenan Korea Selatan …, Dewan Keamanan PBB … . Kantor
     * itu juga mendesak …") */
    if (np->kind == NP_ORG && np->t1 == np->m0 + 1) {
      int32_t e = wt_org_head_itu(d, np->m0, wt_ntok(d));
      if (e >= 0) {
        *ent = e;
        *ment = mention_at(d, np->m0, np->t1, e, WARTA_ORG, MH_ROLE);
        return;
      }
    }
    /* "Perusahaan juga menyatakan …": a noun for a company opening the
     * sentence, alone, is the body last named -- or the body named right
     * after it, its kind between ("Lembaga nonpemerintah The Institute for
     * Criminal Justice Reform (ICJR) dalam rilisnya menyebutkan") */
    if (np->kind == NP_ORG && np->t1 == np->m0 + 1 && (wt_tok(d, np->m0)->flags & TF_SENT_START) &&
        (wt_lex_cls2(d->eng->lex, wt_lexof(d, np->m0)) & LX2_ORG_NOUN)) {
      int32_t e = org_named_after(d, np->m0 + 1, lim, ment);
      if (e >= 0) {
        *ent = e;
        return;
      }
      e = org_nearby(d, np->m0);
      if (e >= 0) {
        *ent = e;
        *ment = mention_at(d, np->m0, np->t1, e, WARTA_ORG, MH_ROLE);
        return;
      }
    }
    /* "Menurut Mahkamah, …" after "Mahkamah Konstitusi (MK)": a body's head
     * alone, capitalised inside the sentence, is the body named before with
     * that head; so is one opening a sentence as the subject of its verb
     * ("Koalisi menilai …", "Mahkamah juga mencatat …") */
    if (np->kind == NP_ORG && np->t1 == np->m0 + 1 && !(wt_tok(d, np->m0)->flags & TF_UPPER) &&
        (!sentence_opening(d, np->m0) ||
         ((wt_tok(d, np->m0)->flags & TF_SENT_START) && np->t1 < wt_ntok(d) && wt_tok(d, np->t1)->kind == WARTA_TOK_WORD &&
          !(wt_tok(d, np->t1)->flags & (TF_CAP | TF_UPPER))))) {
      uint32_t hn = 0;
      uint64_t hc = wt_lex_cls(d->eng->lex, wt_phrase(d, np->m0, np->t1, &hn));
      int32_t e = hn == 1 && (hc & LX_ORG_HEAD) && !(hc & LX_ORG) ? wt_org_with_words(d, np->m0, np->m0 + 1) : -1;
      if (e >= 0) {
        *ent = e;
        *ment = mention_at(d, np->m0, np->t1, e, WARTA_ORG, MH_ROLE);
        return;
      }
    }
    int32_t e = wt_np_register(d, np);
    *ent = e;
    int type = np->kind == NP_ORG ? WARTA_ORG : np->kind == NP_LOC ? WARTA_LOC : WARTA_MEDIA;
    *ment = mention_at(d, np->m0, np->t1, e, type, MH_NAME);
    return;
  }
  default:
    return;
  }
}


/* Start of the clause that ends at e (after a comma, colon, quote mark or
 * a conjunction). */
static uint32_t clause_back(warta_doc *d, uint32_t s0, uint32_t e) {
  uint32_t cs = e;
  while (cs > s0) {
    const wt_token *t = wt_tok(d, cs - 1);
    if (t->kind == WARTA_TOK_PUNCT && (t->ch == ',' || t->ch == ';' || t->ch == ':' || t->ch == PC_DASH)) break;
    /* (marks of no quote -- a name in quote marks, "kedai 'Kopi Cikuray'" --
     * are part of the clause) */
    if (t->kind == WARTA_TOK_QUOTE && (!d->qmark || (d->qmark[cs - 1] & (QM_DIRECT | QM_CONTENT)))) break;
    if (t->kind == WARTA_TOK_WORD && !(t->flags & TF_CAP) && (wt_clsof(d, cs - 1) & LX_CLAUSE_CONJ)) break;
    cs--;
  }
  return cs;
}

/* Degrees in commas between a name and a description after it ("Nadya
 * Puspitasari, | Sp.PD, | dokter spesialis …, mengaku"): with [*a, *b) the
 * segment before the description, moves it back over them to the name's. */
static void skip_degrees(warta_doc *d, uint32_t s0, uint32_t *a, uint32_t *b) {
  if (*a > s0 + 1 && *a < *b && is_p(d, *a - 1, ',') && degrees_only(d, *a, *b)) {
    *b = *a - 1;
    *a = clause_back(d, s0, *b);
  }
}

/* Does token a stand inside a capitalised name, after its first word, that
 * follows a preposition in the clause [cs, a) ("di Liga Belanda")? */
static bool in_adjunct_name(warta_doc *d, uint32_t cs, uint32_t a) {
  uint32_t r = a;
  while (r > cs && wt_tok(d, r - 1)->kind == WARTA_TOK_WORD && (wt_tok(d, r - 1)->flags & TF_CAP)) r--;
  return r < a && r > cs &&
         (wt_tok_is(d, r - 1, "di") || wt_tok_is(d, r - 1, "ke") || wt_tok_is(d, r - 1, "dari"));
}

/* Are tokens [a, b) words in small letters (none when a == b): a role's
 * field, "pedagang | sembako | di …"? */
static bool lower_words(warta_doc *d, uint32_t a, uint32_t b) {
  for (uint32_t w = a; w < b; w++)
    if (wt_tok(d, w)->kind != WARTA_TOK_WORD || (wt_tok(d, w)->flags & TF_CAP)) return false;
  return b - a <= 3;
}

/* The noun phrase in [cs, e): the longest one that ends exactly at e, else
 * the first one (the subject opens the clause). */
static bool np_in(warta_doc *d, uint32_t cs, uint32_t e, wt_np *out) {
  bool first = false;
  wt_np f;
  for (uint32_t a = cs; a < e && a - cs < 12; a++) {
    wt_np np;
    if (!wt_np_parse(d, a, e, &np) || np.kind == NP_NONE) continue;
    /* (a place inside the name of a preposition's object is no subject:
     * not "Belanda" in "yang merumput di Liga Belanda itu") */
    if ((np.kind == NP_LOC || np.kind == NP_ORG) && in_adjunct_name(d, cs, a)) continue;
    /* (nor one word right after a body's head there, the body's own name:
     * "Hasanuddin" in "dari Fakultas Kedokteran Universitas Hasanuddin,") */
    if (np.kind == NP_PER && np.t0 == a && np.n1 == a + 1 && a > cs && (wt_clsof(d, a - 1) & LX_ORG_HEAD) &&
        in_adjunct_name(d, cs, a))
      continue;
    uint32_t end = np.kind == NP_PER ? np.n1 : np.t1;
    if (end == e || np.t1 == e) {
      /* a place after a preposition closing the segment is an adjunct, the
       * subject is before it ("Kepala Dinas ... Febria Rachmanita di
       * Surabaya, Rabu (16/9/2020), mengatakan") */
      /* (where one comes from too: "Suminah (71) asal Cakung, mengaku") */
      bool prep = a > cs && (wt_tok_is(d, a - 1, "di") || wt_tok_is(d, a - 1, "ke") || wt_tok_is(d, a - 1, "dari") ||
                             wt_tok_is(d, a - 1, "kepada") || wt_tok_is(d, a - 1, "dalam") ||
                             (wt_tok_is(d, a - 1, "asal") && np.kind == NP_LOC && first && f.kind == NP_PER));
      /* (a noun in lower case between: "di kantor perdana menteri") */
      if (!prep && a > cs + 1 && wt_tok(d, a - 1)->kind == WARTA_TOK_WORD && !(wt_tok(d, a - 1)->flags & TF_CAP) &&
          !(wt_tok(d, a)->flags & TF_CAP) && (wt_tok_is(d, a - 2, "di") || wt_tok_is(d, a - 2, "ke") ||
                                                wt_tok_is(d, a - 2, "dari") || wt_tok_is(d, a - 2, "dalam")))
        prep = true;
      /* (a relative clause after the first phrase ends in this one: "Bupati
       * Garut H. Dadang Suryaman yang turut meninjau stan asal Garut
       * menyampaikan") */
      /* (but a role, "dari" and a person with their body is that person:
       * "Anggota Komisi II DPR RI dari Fraksi PDI Perjuangan Ketut
       * Suryawan menilai"; so is a role, "di", a place and a name of two
       * words or more after it: "pedagang sembako di Pasar Sukaramai Ahmad
       * Fauzi Nasution mengatakan") */
      if (first && prep && f.kind == NP_ROLE && np.kind == NP_PER &&
          ((f.t1 + 1 == a && wt_tok_is(d, a - 1, "dari")) ||
           (wt_tok_is(d, a - 1, "di") && np.n1 == e && np.n1 >= np.n0 + 2 && np.n0 > np.t0 &&
            lower_words(d, f.t1, a - 1)))) {
        *out = np;
        return true;
      }
      /* (the head of a relative clause is the subject, also a noun for
       * someone when no person's name ends the clause: "Seorang karyawan
       * Panenku yang terkena PHK dan … mengaku"; not "Kepala BNPB yang juga
       * Ketua Satgas Covid-19 Doni Monardo … mengatakan") */
      /* (a clause closed by "itu" is a description of someone named
       * before, below: "Perempuan yang sudah 12 tahun menjadi analis … itu") */
      bool described = wt_tok_is(d, e - 1, "itu") || wt_tok_is(d, e - 1, "tersebut");
      /* (a person, "dari" and where they are from: "Pendeta Markus
       * Sondegau dari Gereja Kemah Injil (Kingmi) Jemaat Sugapa mengatakan";
       * not after a comma, where the role before it is looked at below:
       * "Kuasa hukum Ayu, Rendy Marpaung dari kantor hukum …, mengatakan") */
      if (first && f.kind == NP_PER && f.t1 < a && wt_tok_is(d, f.t1, "dari") && !(cs > 0 && is_p(d, cs - 1, ','))) {
        *out = f;
        return true;
      }
      if (first &&
          (prep || ((f.kind == NP_PER || ((f.kind == NP_ROLE || f.kind == NP_DESC) && np.kind != NP_PER && !described)) &&
                    f.t1 < a && wt_tok_is(d, f.t1, "yang")))) {
        *out = f;
        return true;
      }
      /* (with only common nouns before it, the subject is unnamed:
       * "sejumlah organisasi hak asasi manusia di Australia mengkritik") */
      if (prep && (np.kind == NP_LOC || np.kind == NP_ORG) && a > cs + 1) return false;
      *out = np;
      return true;
    }
    if (!first) {
      first = true;
      f = np;
    }
  }
  /* "Bek tengah yang merumput di Liga Belanda itu menambahkan": a role with
   * a relative clause, closed by "itu", describes the person talked about */
  if (first && (f.kind == NP_ROLE || f.kind == NP_DESC) && f.t0 == cs && e > f.t1 + 1 && wt_tok_is(d, f.t1, "yang") &&
      (wt_tok_is(d, e - 1, "itu") || wt_tok_is(d, e - 1, "tersebut"))) {
    f.kind = NP_DESC;
    f.t1 = e;
  }
  if (first) *out = f;
  return first;
}

static bool is_cap_word(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  return t->kind == WARTA_TOK_WORD && (t->flags & (TF_CAP | TF_UPPER));
}

/* An adverbial segment between commas: "saat dihubungi", "Senin (30/11)",
 * "di Jakarta", "dalam keterangan tertulis" — or a degree after a name
 * ("Haryono Kusumo, M.Sc., mengatakan"). */
static bool adverbial(warta_doc *d, uint32_t a, uint32_t b) {
  /* (a phrase opened by a preposition may run longer: "dalam keterangan
   * resmi tentang penerapan kembali PSBB transisi di DKI Jakarta") */
  /* (so may one opened by "didampingi", who stood beside the speaker:
   * "…, didampingi Kepala Subdirektorat III Ditresnarkoba Ajun Komisaris
   * Besar Polisi Hendrik Mayor dalam konferensi pers di Markas Polda
   * Papua, mengatakan") */
  uint32_t max = wt_tok(d, a)->kind == WARTA_TOK_WORD && !(wt_tok(d, a)->flags & TF_CAP) &&
                         (wt_clsof(d, a) & LX_NP_STOP)
                     ? 14
                 : wt_tok_is(d, a, "didampingi") ? 24
                                                 : 10;
  if (b <= a || b - a > max) return false;
  if (degrees_only(d, a, b)) return true;
  /* (an age: "Heru Santoso, 41, mengaku") */
  if (b == a + 1 && wt_tok(d, a)->kind == WARTA_TOK_NUMBER && wt_tok(d, a)->end - wt_tok(d, a)->start <= 3) return true;
  /* (the outlet that reports it: "Kepolisian Nasional Filipina, menurut
   * Reuters, menyatakan", "…, masih menurut The Guardian, …", "…, seperti
   * dilansir AFP, …") */
  {
    uint32_t k = a, n = 0;
    while (k < b && (wt_clsof(d, k) & LX_ADV_SKIP)) k++;
    if (k + 1 < b && (wt_lex_cls(d->eng->lex, wt_phrase(d, k, b, &n)) & LX_SRC_CUE) && n) {
      k += n;
      while (k < b && (wt_clsof(d, k) & LX_SRC_FILLER)) k++;
      if (k < b && (wt_phrase_unionof(d, k) & LX_MEDIA)) return true;
    }
  }
  const wt_token *t = wt_tok(d, a);
  if (t->kind == WARTA_TOK_WORD && !(t->flags & TF_CAP) && (wt_clsof(d, a) & (LX_NP_STOP | LX_CLAUSE_CONJ)))
    return true;
  /* a passive verb: "dihubungi dari Jakarta", "ditemui di kantornya" */
  if (t->kind == WARTA_TOK_WORD && !(t->flags & TF_CAP) && d->text[t->start] == 'd' &&
      wt_is_verb_form(d->eng->lex, d->text + t->start, t->end - t->start))
    return true;
  if (wt_date_after(d, a) >= 0 || wt_date_covers(d, a, b)) return true;
  /* a place set off by commas after a body: "Sejarawan Universitas Sanata
   * Dharma, Yogyakarta, mengatakan" */
  wt_np np;
  /* (a head of places and capitalised words: "Kecamatan Teluk Meranti") */
  if (is_cap_word(d, a) && (wt_clsof(d, a) & LX_LOC_HEAD) && b - a >= 2 && b - a <= 5) {
    bool caps = true;
    for (uint32_t w = a + 1; w < b && caps; w++) caps = is_cap_word(d, w);
    if (caps) return true;
  }
  /* (a district named by a city and one more word: "Kecamatan Medan
   * Tuntungan") */
  if (wt_np_parse(d, a, b, &np) && np.kind == NP_LOC &&
      (np.t1 == b || (np.t1 + 1 == b && wt_tok(d, np.t1)->kind == WARTA_TOK_WORD && (wt_tok(d, np.t1)->flags & TF_CAP))))
    return true;
  return false;
}

/* The comma before an age written out between commas ("Annisa Rahmadani,
 * 24 tahun, mahasiswi …"), when the comma c closes one; else c. */
static uint32_t age_words_before(const warta_doc *d, uint32_t s0, uint32_t c) {
  if (c >= s0 + 3 && wt_tok_is(d, c - 1, "tahun") && wt_tok(d, c - 2)->kind == WARTA_TOK_NUMBER && is_p(d, c - 3, ','))
    return c - 3;
  /* (or the number alone, after a name: "Sahrawi, 45, petani tembakau …") */
  if (c >= s0 + 3 && wt_tok(d, c - 1)->kind == WARTA_TOK_NUMBER && is_p(d, c - 2, ',') &&
      wt_tok(d, c - 1)->end - wt_tok(d, c - 1)->start <= 3 && (wt_tok(d, c - 3)->flags & TF_CAP) &&
      wt_tok(d, c - 3)->kind == WARTA_TOK_WORD)
    return c - 2;
  return c;
}

/* Does the segment before the comma at c end with a place of origin or
 * residence: "asal"/"dari"/"di" and capitalised words ("… asal Masinloc")? */
static bool place_of_origin_before(const warta_doc *d, uint32_t s0, uint32_t c) {
  uint32_t w = c;
  while (w > s0 && c - w < 4 && (wt_tok(d, w - 1)->flags & TF_CAP) && wt_tok(d, w - 1)->kind == WARTA_TOK_WORD) w--;
  /* (a unit's noun in small letters may stand before the name: "di
   * distrik Kinondoni") */
  if (w < c && w > s0 + 1 && !(wt_tok(d, w - 1)->flags & TF_CAP) && (wt_clsof(d, w - 1) & LX_LOC_HEAD)) w--;
  return w < c && w > s0 && (wt_tok_is(d, w - 1, "asal") || wt_tok_is(d, w - 1, "dari") || wt_tok_is(d, w - 1, "di"));
}

/* Does the sentence from s0 open with a person's name and a comma, before
 * c ("Rodel Manalo, | nelayan …"), an age perhaps between ("Oktovianus
 * Lahamendu (60), | nelayan …")? */
static bool name_opens(warta_doc *d, uint32_t s0, uint32_t c) {
  uint32_t k = s0;
  while (k < c && !is_p(d, k, ',')) k++;
  wt_np nm;
  return k > s0 && k < c && np_in(d, s0, k, &nm) && nm.kind == NP_PER && nm.t0 == s0 &&
         (nm.t1 == k || (nm.t1 + 3 == k && wt_age_at(d, nm.t1, k)));
}

/* Where a name ends that ends its segment [a, nb) with an age or a note
 * that it is made up after it: "Rizky Aqilah (29)", "Bima (bukan nama
 * sebenarnya)"; nb when neither follows. */
static uint32_t before_name_note(warta_doc *d, uint32_t a, uint32_t nb) {
  if (nb >= a + 3 && wt_age_at(d, nb - 3, nb)) return nb - 3;
  if (nb >= a + 5 && is_p(d, nb - 1, ')'))
    for (uint32_t o = nb - 2; o > a && nb - o <= 5; o--)
      if (is_p(d, o, '(')) return wt_pseudonym_aside(d, o, nb) == nb ? o : nb;
  return nb;
}

/* Is [a, b) a description in lower case: plain words that are no verb,
 * conjunction, cue or pronoun (five at most), or such words and then a
 * relative clause ("ibu dua anak yang tinggal di Cipayung")? */
static bool lower_description(warta_doc *d, uint32_t a, uint32_t b) {
  uint32_t w = a, age = 0; /* (age: the tokens of an age inside it, which count for none of the words) */
  for (; w < b; w++) {
    const wt_token *t = wt_tok(d, w);
    if (w > a && wt_tok_is(d, w, "yang")) return true;
    /* (an age inside it: "residen berusia 27 tahun asal Bekasi") */
    if (w > a && w + 2 < b && (wt_tok_is(d, w, "berusia") || wt_tok_is(d, w, "berumur")) &&
        wt_tok(d, w + 1)->kind == WARTA_TOK_NUMBER && wt_tok_is(d, w + 2, "tahun")) {
      w += 2;
      age += 3;
      continue;
    }
    /* (with where the person works or comes from: "petambak di Kelurahan
     * Pundata Baji", "penjaga malam di kompleks pergudangan tersebut",
     * "pedagang kain tenun songket khas Sukarara") */
    if (w > a && w - a - age <= 5 && w + 1 < b && b - w <= 7 &&
        (wt_tok_is(d, w, "di") || wt_tok_is(d, w, "dari") || wt_tok_is(d, w, "asal") || wt_tok_is(d, w, "khas"))) {
      bool where = true;
      for (uint32_t k = w + 1; k < b && where; k++) {
        const wt_token *x = wt_tok(d, k);
        /* (a relative clause may follow the place: "petani asal Kabupaten
         * Grobogan yang kini dirawat Bagus") */
        if (k > w + 1 && wt_tok_is(d, k, "yang")) break;
        where = x->kind == WARTA_TOK_WORD && !(wt_clsof(d, k) & (LX_CUE | LX_PRONOUN | LX_CLAUSE_CONJ)) &&
                ((x->flags & TF_CAP) || !wt_is_verb_form(d->eng->lex, d->text + x->start, x->end - x->start));
      }
      return where;
    }
    /* (or a place or a body after the occupation, a relative clause after
     * it: "warga Kecamatan Kemuning yang ditemui di Pasar 16 Ilir",
     * "astronom Universitas Kyoto yang ikut membantu …") */
    if (w > a && (t->flags & TF_CAP) && w - a - age <= 4 && (wt_phrase_unionof(d, a) & (LX_ROLE | LX_ROLE_COMMON)) &&
        (wt_phrase_unionof(d, w) & (LX_LOC | LX_LOC_HEAD | LX_ORG | LX_ORG_HEAD))) {
      uint32_t k = w;
      while (k < b && k - w < 4 && is_cap_word(d, k)) k++;
      if (k < b && wt_tok_is(d, k, "yang")) return true;
    }
    /* (or a place's name closing an occupation: "penyintas likuefaksi
     * Petobo") */
    if (w > a && (t->flags & TF_CAP) && b - w <= 3 && w - a - age <= 4 &&
        (wt_phrase_unionof(d, a) & (LX_ROLE | LX_ROLE_COMMON))) {
      bool caps = true;
      for (uint32_t k = w; k < b && caps; k++) caps = is_cap_word(d, k) && !(wt_clsof(d, k) & (LX_CUE | LX_PRONOUN));
      if (caps) return true;
    }
    /* (a part of the day after a noun is part of it: "penjaga malam") */
    bool daypart = w > a && (wt_lex_cls2(d->eng->lex, wt_lexof(d, w)) & LX2_TIME_PART);
    if (t->kind != WARTA_TOK_WORD || (t->flags & TF_CAP) ||
        ((wt_clsof(d, w) & (LX_NP_STOP | LX_CUE | LX_PRONOUN | LX_CLAUSE_CONJ)) && !daypart) ||
        wt_is_verb_form(d->eng->lex, d->text + t->start, t->end - t->start))
      return false;
  }
  return b - a - age <= 5;
}

/* The role of a description [cs, e) set off by commas after a name is the
 * person's ("Sutini (47), pedagang cabai di Blok B, menyebut" -- a name the
 * entity stage did not take alone): copied into *nm when it has none. */
static void take_description_role(warta_doc *d, uint32_t cs, uint32_t e, wt_np *nm) {
  wt_np rp;
  if (nm->r1 == nm->r0 && nm->a1 == nm->a0 && wt_np_parse(d, cs, e, &rp) &&
      (rp.kind == NP_ROLE || rp.kind == NP_DESC) && rp.r0 == cs) {
    nm->r0 = rp.r0;
    nm->r1 = rp.r1;
    nm->a0 = rp.a0;
    nm->a1 = rp.a1;
  }
}

/* Is [a, e) an outlet's name of two words or more, the lexicon's? */
static bool media_to(const warta_doc *d, uint32_t a, uint32_t e) {
  uint32_t n = 0;
  uint32_t lex = wt_phrase((warta_doc *)d, a, e, &n);
  return a + n == e && (wt_lex_cls(d->eng->lex, lex) & LX_MEDIA);
}

/* The end of the subject before the verb at e when an outlet stands between
 * them: to whom it was said, from whom it was taken, who asked, or the
 * channel it went through. */
static uint32_t outlet_aside_before(const warta_doc *d, uint32_t s0, uint32_t e) {
  /* where the outlet before the verb begins, its kind included: "dilansir
   * | kantor berita Xinhua | mengatakan" */
  uint32_t ob = e >= s0 + 5 && wt_tok_is(d, e - 3, "kantor") && wt_tok_is(d, e - 2, "berita") ? e - 3 : e - 1;
  /* (an account's handle in commas, after the channel: "OJK melalui akun
   * Instagram resminya, @ojkindonesia, menulis") */
  /* (not the handle of an account that is the subject: "Akun lain,
   * @bagas.kurniawan, menyebut") */
  if (e >= s0 + 4 && is_p(d, e - 1, ',') && is_p(d, e - 3, ',') && d->text[wt_tok(d, e - 2)->start] == '@')
    for (uint32_t m = e - 3; m > s0 && e - 3 - m < 6; m--)
      if (wt_tok_is(d, m - 1, "melalui") || wt_tok_is(d, m - 1, "lewat") || wt_tok_is(d, m - 1, "via")) return e - 3;
  /* (an outlet no list knows after a word for outlets: "kepada harian The
   * Daily Star mengatakan") */
  uint32_t fw = e;
  while (fw > s0 + 2 && e - fw < 4 && wt_tok(d, fw - 1)->kind == WARTA_TOK_WORD && (wt_tok(d, fw - 1)->flags & TF_CAP))
    fw--;
  if (fw < e && fw >= s0 + 3 && (wt_clsof(d, fw - 1) & LX_SRC_FILLER) && !(wt_tok(d, fw - 1)->flags & TF_CAP) &&
      wt_tok_is(d, fw - 2, "kepada"))
    return fw - 2;
  /* "Haruka Nishimura kepada Reuters mengatakan": to whom it was said
   * stands between the subject and the verb */
  /* (the outlet's name runs up to the verb: in "kepada Reuters ia
   * menegaskan" the pronoun is the subject) */
  if (e >= s0 + 3 && wt_tok_is(d, e - 2, "kepada") && (wt_phrase_unionof(d, e - 1) & LX_MEDIA)) e -= 2;
  else if (e >= s0 + 4 && wt_tok_is(d, e - 3, "kepada") && (wt_phrase_unionof(d, e - 2) & LX_MEDIA) &&
           media_to(d, e - 2, e))
    e -= 3;
  else if (e >= s0 + 5 && wt_tok_is(d, e - 4, "kepada") && wt_tok_is(d, e - 3, "the") &&
           (wt_phrase_unionof(d, e - 2) & LX_MEDIA) && media_to(d, e - 2, e))
    e -= 4; /* (an English name's article: "kepada The Korea Herald") */
  /* (and the outlet it was taken from: "Peskov seperti dikutip TASS
   * mengatakan") */
  else if (e >= s0 + 3 && (wt_phrase_unionof(d, e - 1) & LX_MEDIA) &&
           (wt_tok_is(d, ob - 1, "dikutip") || wt_tok_is(d, ob - 1, "dilansir") || wt_tok_is(d, ob - 1, "mengutip") ||
            wt_tok_is(d, ob - 1, "diterima") || wt_tok_is(d, ob - 1, "disiarkan") || wt_tok_is(d, ob - 1, "dimuat") ||
            /* ("yang diwawancarai AP", "yang dihubungi Kompas.com") */
            (ob >= s0 + 3 && wt_tok_is(d, ob - 2, "yang") &&
             (wt_tok_is(d, ob - 1, "diwawancarai") || wt_tok_is(d, ob - 1, "dihubungi") ||
              wt_tok_is(d, ob - 1, "ditemui") || wt_tok_is(d, ob - 1, "dikonfirmasi"))))) {
    e = ob - 1;
    if (e > s0 + 1 && (wt_tok_is(d, e - 1, "seperti") || wt_tok_is(d, e - 1, "sebagaimana"))) e--;
    /* (and the statement the outlet received: "PT PLN (Persero) dalam
     * keterangan tertulis yang diterima Kompas.com menyatakan") */
    if (e > s0 + 1 && wt_tok_is(d, e - 1, "yang")) e--;
  } else if (e >= s0 + 4 && (wt_phrase_unionof(d, e - 1) & LX_MEDIA) &&
             (wt_tok_is(d, e - 2, "dikonfirmasi") || wt_tok_is(d, e - 2, "dihubungi") ||
              wt_tok_is(d, e - 2, "ditemui") || wt_tok_is(d, e - 2, "diwawancarai")) &&
             (wt_tok_is(d, e - 3, "saat") || wt_tok_is(d, e - 3, "ketika"))) {
    /* (or the outlet that asked, with no comma: "Diyah Puspitasari saat
     * dikonfirmasi Suara.com menyebut") */
    e -= 3;
  } else {
    uint32_t e0 = e;
    /* (or the channel, with no comma: "Yoga Saputra melalui akun Instagram
     * pribadinya menulis", "Akun resmi Feyenoord di media sosial X menulis") */
    for (uint32_t m = e; m > s0 + 1 && e - m < 6;) {
      m--;
      const wt_token *t = wt_tok(d, m);
      if (t->kind != WARTA_TOK_WORD) break;
      if (!(t->flags & TF_CAP) &&
          (wt_tok_is(d, m, "melalui") || wt_tok_is(d, m, "lewat") || wt_tok_is(d, m, "via") ||
           (wt_tok_is(d, m, "di") && m + 1 < e && !(wt_tok(d, m + 1)->flags & TF_CAP) &&
            (wt_lex_cls2(d->eng->lex, wt_phrase((warta_doc *)d, m + 1, e, &(uint32_t){0})) & LX2_CHANNEL)))) {
        if (m + 1 < e) e = m;
        break;
      }
    }
    /* (or the occasion, with no verb in it, whose capitalised words would
     * pass for the subject: "OJK dalam siaran pers hasil Rapat Dewan
     * Komisioner Bulanan menyatakan" -- not someone named there, "TNI
     * Angkatan Udara dalam keterangan Kadispenau Marsekal Pertama Indan
     * Gilang menyatakan") */
    /* (nor after a bracket, which the subject's search would stop at:
     * "PT Sinar Pangan Makmur Tbk (SPMA) dalam keterangan resmi") */
    for (uint32_t m = e; e == e0 && m > s0 + 1 && e - m < 10;) {
      m--;
      const wt_token *t = wt_tok(d, m);
      if (t->kind != WARTA_TOK_WORD) break;
      if ((t->flags & TF_CAP) && (wt_clsof(d, m) & (LX_TITLE | LX_NAME_FIRST))) break;
      if (!(t->flags & TF_CAP) && wt_is_verb_form(d->eng->lex, d->text + t->start, t->end - t->start)) break;
      if (!(t->flags & TF_CAP) && wt_tok_is(d, m, "dalam")) {
        if (m + 1 < e && !(wt_tok(d, m + 1)->flags & TF_CAP) && wt_tok(d, m - 1)->kind == WARTA_TOK_WORD) e = m;
        /* (also after the subject's closing comma: "Ramon Delacroix, dalam
         * jumpa pers harian di New York mengatakan") */
        else if (m + 1 < e && !(wt_tok(d, m + 1)->flags & TF_CAP) && is_p(d, m - 1, ',') && m - 1 > s0 + 1 &&
                 wt_tok(d, m - 2)->kind == WARTA_TOK_WORD && (wt_tok(d, m - 2)->flags & TF_CAP))
          e = m - 1;
        break;
      }
    }
  }
  return e;
}

/* (one aside after another: "Fatima (34) yang diwawancarai AP melalui
 * telepon satelit mengatakan") */
static uint32_t outlet_asides_before(const warta_doc *d, uint32_t s0, uint32_t e) {
  for (int round = 0; round < 3; round++) {
    uint32_t b = outlet_aside_before(d, s0, e);
    if (b == e) break;
    e = b;
  }
  return e;
}

/* The subject of the verb at k. */
/* Is the segment before the comma at c, back to the comma before it, a
 * person's name of two words or more and nothing else? */
static bool named_before_comma(warta_doc *d, uint32_t s0, uint32_t c) {
  uint32_t a = c;
  while (a > s0 && !is_p(d, a - 1, ',') && c - a < 8) a--;
  wt_np np;
  return a + 2 <= c && a > s0 && is_p(d, a - 1, ',') && wt_np_parse(d, a, c, &np) && np.kind == NP_PER &&
         np.m0 == a && np.n1 == c && np.n1 >= np.n0 + 2 && np.r1 == np.r0;
}

bool wt_subject_np(warta_doc *d, uint32_t k, uint32_t s, wt_np *out) {
  const wt_sent *st = sentence_of(d, s, k);
  uint32_t s0 = st->tok0;
  uint32_t e = k;
  while (e > s0 && (wt_clsof(d, e - 1) & LX_ADV_SKIP) && !(wt_tok(d, e - 1)->flags & TF_CAP)) e--;
  /* a second verb joined to the clause before by a comma and a conjunction
   * shares its subject: "Taryadi mengapresiasi capaian itu, tetapi
   * mengingatkan pemerintah …" -- the subject of the verb before */
  if (e >= s0 + 3 && is_p(d, e - 2, ',') &&
      (wt_tok_is(d, e - 1, "tetapi") || wt_tok_is(d, e - 1, "tapi") || wt_tok_is(d, e - 1, "namun") ||
       wt_tok_is(d, e - 1, "lalu") || wt_tok_is(d, e - 1, "kemudian") || wt_tok_is(d, e - 1, "serta") ||
       wt_tok_is(d, e - 1, "dan"))) {
    for (uint32_t v = e - 2; v > s0 && e - v < 20;) {
      v--;
      const wt_token *t = wt_tok(d, v);
      if (t->kind == WARTA_TOK_QUOTE || is_p(d, v, ',')) break;
      if (t->kind == WARTA_TOK_WORD && !(t->flags & TF_CAP) &&
          wt_is_verb_form(d->eng->lex, d->text + t->start, t->end - t->start)) {
        if (v > s0 && wt_subject_np(d, v, s, out) && out->kind == NP_PER) return true;
        break;
      }
    }
  }
  /* a subject that is the whole clause from the sentence start, commas and
   * "dan" inside ("Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan") */
  {
    wt_np whole;
    bool inner = false; /* a comma or "dan" inside, which clause_back would stop at */
    for (uint32_t w = s0; w < e && !inner; w++) inner = is_p(d, w, ',') || wt_tok_is(d, w, "dan");
    if (inner && wt_np_parse(d, s0, e, &whole) && whole.kind != NP_NONE && whole.kind != NP_PRON) {
      /* (adverbial segments may follow it: "Kementerian Pendidikan Tinggi,
       * Sains, dan Teknologi dalam keterangan tertulisnya, Jumat,
       * menyatakan") */
      uint32_t w = whole.t1;
      for (int hop = 0; hop < 4 && w < e && (whole.kind == NP_ORG || whole.kind == NP_PER); hop++) {
        if (is_p(d, w, ',')) w++;
        uint32_t m = w;
        while (m < e && !is_p(d, m, ',')) m++;
        if (m == w || !adverbial(d, w, m)) break;
        w = m;
        if (w + 1 == e && is_p(d, w, ',')) w = e;
      }
      if (w == e) {
        *out = whole;
        return true;
      }
    }
    /* (or from the last comma: "Seperti dilansir AFP, Selasa (21/10/2025),
     * Institut Vulkanologi dan Seismologi Filipina (Phivolcs) menyatakan",
     * or a dateline's dash: "Jakarta (ANTARA) - Gabungan Pengusaha Makanan
     * dan Minuman Indonesia meminta"; with neither a comma nor "dan" before
     * e, there is none: no walk back to it) */
    uint32_t c0 = e;
    bool dan = false;
    while (inner && c0 > s0 && !is_p(d, c0 - 1, ',') && !is_p(d, c0 - 1, PC_DASH)) {
      dan = dan || wt_tok_is(d, c0 - 1, "dan");
      c0--;
    }
    /* (an occasion may stand between it and the verb: "Direktorat Jenderal
     * Bea dan Cukai dalam siaran persnya menyatakan") */
    uint32_t ea = dan ? outlet_asides_before(d, s0, e) : e;
    if (c0 > s0 && dan && c0 < ea && wt_np_parse(d, c0, ea, &whole) && whole.kind == NP_ORG && whole.t1 == ea) {
      *out = whole;
      return true;
    }
  }
  e = outlet_asides_before(d, s0, e);
  /* "Teguh Willy Nugroho, yang turut menulis artikel di jurnal BirdingASIA
   * menyebutkan": a relative clause about the subject runs up to the verb,
   * with no comma of its own to close it */
  for (uint32_t y = e; y > s0 + 2 && e - y < 16;) {
    y--;
    const wt_token *t = wt_tok(d, y);
    if (t->kind == WARTA_TOK_QUOTE || (t->kind == WARTA_TOK_PUNCT && t->ch != '.')) break;
    if (!wt_tok_is(d, y, "yang")) continue;
    /* (or with no comma at all, right after a person's name: "Anggota
     * Komisi IX DPR RI Bambang Sugiarto yang meninjau koperasi tersebut
     * saat masa reses menilai") */
    if (!is_p(d, y - 1, ',')) {
      if (!is_cap_word(d, y - 1)) continue;
      uint32_t a = clause_back(d, s0, y);
      wt_np nm;
      /* (the subject: opening the sentence or its clause after a comma;
       * not an object, "Eko memuji tunggal putra Arya Wicaksana yang …") */
      if (a < y && (a == s0 || is_p(d, a - 1, ',')) && np_in(d, a, y, &nm) && nm.kind == NP_PER && nm.n1 == y &&
          nm.n1 >= nm.n0 + 2 && nm.r1 > nm.r0 && nm.t0 == a) {
        *out = nm;
        return true;
      }
      break;
    }
    uint32_t a = clause_back(d, s0, y - 1);
    /* (degrees in commas after the name stand before the clause: "Ir.
     * Sugianto Wibisono, MT, yang menemui massa aksi mengatakan") */
    if (a > s0 + 1 && is_p(d, a - 1, ',') && degrees_only(d, a, y - 1)) {
      y = a;
      a = clause_back(d, s0, y - 1);
    }
    wt_np nm;
    if (a < y - 1 && np_in(d, a, y - 1, &nm) && nm.kind == NP_PER && (nm.n1 == y - 1 || nm.t1 == y - 1)) {
      *out = nm;
      return true;
    }
    break;
  }
  /* "Budi Santoso selaku Ketua RT 05 mengatakan", "Tohoku Electric Power
   * selaku operator PLTN Onagawa menyatakan": the capacity after "selaku"
   * stands between the subject and its verb */
  for (uint32_t y = e; y > s0 + 1 && e - y < 12;) {
    y--;
    const wt_token *t = wt_tok(d, y);
    if (t->kind == WARTA_TOK_QUOTE || (t->kind == WARTA_TOK_PUNCT && (t->ch == ',' || t->ch == ';' || t->ch == ':')))
      break;
    if ((t->flags & TF_CAP) || !wt_tok_is(d, y, "selaku") || y + 1 >= e) continue;
    uint32_t a = clause_back(d, s0, y);
    wt_np nm;
    if (a < y && np_in(d, a, y, &nm) && (nm.kind == NP_PER || nm.kind == NP_ORG) && nm.t1 == y) {
      *out = nm;
      return true;
    }
    break;
  }
  uint32_t cs = clause_back(d, s0, e);
  /* "Wali Kota Surabaya Eko Wahyudi Prasetyo saat meninjau lokasi di
   * Kenjeran kemarin mengakui": a time clause with no commas between the
   * subject and the verb -- the person named before "saat" speaks */
  if (cs > s0 + 1 && cs < e && !(wt_tok(d, cs - 1)->flags & TF_CAP) && (wt_clsof(d, cs - 1) & LX_NP_STOP) &&
      (wt_clsof(d, cs - 1) & LX_CLAUSE_CONJ) && wt_tok(d, cs - 2)->kind == WARTA_TOK_WORD) {
    uint32_t a = clause_back(d, s0, cs - 1);
    wt_np nm;
    if (a < cs - 1 && np_in(d, a, cs - 1, &nm) && nm.kind == NP_PER && nm.n1 == cs - 1) {
      *out = nm;
      return true;
    }
  }
  /* (clause_back stops after "saat"/"ketika": the adverbial starts there) */
  if (cs > s0 + 2 && wt_tok(d, cs - 1)->kind == WARTA_TOK_WORD && !(wt_tok(d, cs - 1)->flags & TF_CAP) &&
      (wt_clsof(d, cs - 1) & LX_NP_STOP) && (wt_clsof(d, cs - 1) & LX_CLAUSE_CONJ) && is_p(d, cs - 2, ','))
    cs--;
  /* "Handoko Wijaya, dalam paparan publik mengatakan": an adverbial with no
   * comma of its own before the verb is skipped like one set off */
  if (cs < e && cs > s0 + 1 && is_p(d, cs - 1, ',') && e - cs <= 6 && wt_tok(d, cs)->kind == WARTA_TOK_WORD &&
      !(wt_tok(d, cs)->flags & TF_CAP) && (wt_clsof(d, cs) & (LX_NP_STOP | LX_CLAUSE_CONJ))) {
    bool names = false; /* (not "di sepanjang jalan Wali Kota Risma terus") */
    /* (an outlet there is the reporter's: "Syamsul, saat dikonfirmasi
     * Okezone mengatakan") */
    /* (nor is a place where it happened: "Rizal, saat ditemui di Kejagung
     * menyebut" -- the capitalised run right after "di", or "dari": "saat
     * dihubungi dari Kupang mengatakan" -- or the one told:
     * "Ricardo dos Santos Almeida, kepada Goal menyebut") */
    bool place = false;
    for (uint32_t w = cs; w < e && !names; w++) {
      bool cap = (wt_tok(d, w)->flags & TF_CAP) != 0;
      place = cap && (place || wt_tok_is(d, w - 1, "di") || wt_tok_is(d, w - 1, "kepada") ||
                      wt_tok_is(d, w - 1, "dari"));
      names = cap && !place && !(wt_phrase_unionof(d, w) & LX_MEDIA);
    }
    /* (a pronoun after the adverbial is the subject: "Namun, kepada Reuters
     * ia menegaskan") */
    if (!names && !(wt_clsof(d, e - 1) & LX_PRONOUN)) e = cs;
  }
  /* "Doni Monardo, saat dihubungi, Senin (30/11/2020), mengatakan": skip
   * the adverbial segments between commas back to the subject */
  if (cs == e && e > s0 && is_p(d, e - 1, ',')) {
    uint32_t comma = e - 1;
    /* "Andri, yang juga Plt Kepala Dinas Perindustrian, Perdagangan, …,
     * menambahkan": a relative clause about the subject, commas inside it */
    /* (not when a person's name of two words or more closes the last
     * segment: the subject named after the clause, "Di Australia, yang …,
     * Chief Executive Officer Tallis Pay, Oliver Brennan, mengatakan") */
    if (!named_before_comma(d, s0, comma)) {
      for (uint32_t y = comma; y > s0 + 1 && comma - y < 40; y--)
        if (wt_tok_is(d, y, "yang") && is_p(d, y - 1, ',')) {
          comma = y - 1;
          break;
        } else if (wt_tok(d, y)->kind == WARTA_TOK_QUOTE) {
          break;
        }
    }
    for (int hop = 0; hop < 4; hop++) {
      /* a title in quote marks between commas: "Atep dalam bukunya, ”Jaman
       * Woneng: …, 1925-1937”, mengatakan" (commas inside it too) */
      if (comma > s0 + 1 && wt_tok(d, comma - 1)->kind == WARTA_TOK_QUOTE) {
        uint32_t o = comma - 1;
        while (o > s0 && comma - o < 40 && wt_tok(d, o - 1)->kind != WARTA_TOK_QUOTE) o--;
        if (o > s0 + 1 && wt_tok(d, o - 1)->kind == WARTA_TOK_QUOTE && is_p(d, o - 2, ',')) {
          comma = o - 2;
          continue;
        }
      }
      uint32_t a = comma; /* the segment [a, comma), back to the comma before it */
      while (a > s0 && !is_p(d, a - 1, ',') && !is_p(d, a - 1, ';') &&
             (wt_tok(d, a - 1)->kind != WARTA_TOK_QUOTE || (d->qmark && !(d->qmark[a - 1] & (QM_DIRECT | QM_CONTENT)))))
        a--;
      if (a < comma && adverbial(d, a, comma) && a > s0 && is_p(d, a - 1, ',')) {
        comma = a - 1; /* skip it and look at the segment before */
        continue;
      }
      /* (so is a noun with a relative clause about what was named before
       * it: "Nasrullah Kasim, calon anggota parlemen dari UBJP, partai yang
       * didirikan bekas gerilyawan …, menepis") */
      if (a + 2 < comma && a > s0 && is_p(d, a - 1, ',') && wt_tok(d, a)->kind == WARTA_TOK_WORD &&
          !(wt_tok(d, a)->flags & TF_CAP) && !(wt_clsof(d, a) & (LX_CUE | LX_PRONOUN)) && wt_tok_is(d, a + 1, "yang")) {
        comma = a - 1;
        continue;
      }
      /* (nor is a place's region after a place of origin: "Rodel Manalo,
       * nelayan … asal Masinloc, | Zambales, | kepada Reuters menuturkan") */
      /* (only after a name that opens the sentence, the description after
       * it: before a name, "… asal Filipina, | Carmelita Reyes-Dizon," the
       * segment is the name) */
      if (a > s0 + 3 && is_p(d, a - 1, ',') && comma - a <= 2 && place_of_origin_before(d, s0, a - 1) &&
          name_opens(d, s0, a - 1)) {
        bool caps = true;
        for (uint32_t w = a; w < comma && caps; w++)
          caps = (wt_tok(d, w)->flags & TF_CAP) && wt_tok(d, w)->kind == WARTA_TOK_WORD &&
                 !(wt_clsof(d, w) & (LX_NAME_FIRST | LX_TITLE | LX_ROLE));
        if (caps) {
          comma = a - 1;
          continue;
        }
      }
      /* "Ketua X, Budi, mengatakan": the segment names the subject (up to
       * the outlet that asked: "Arief Rachmansyah saat dihubungi ANTARA,
       * Kamis, mengatakan") */
      e = outlet_asides_before(d, a, comma);
      cs = e < comma ? clause_back(d, s0, e) : a;
      break;
    }
  }
  /* a subject of two joined by "dan" ("Amerika Serikat dan sekutunya
   * menduga") is found before the "dan" */
  for (int round = 0; round < 2; round++) {
    /* "Budi Santoso, profesor politik, mengatakan", "Dewi Anggraini (36),
     * ibu dua anak yang tinggal di Cipayung, mengaku": a description in
     * lower case (a title word may head it, a relative clause end it)
     * stands between the name and the verb */
    if (round == 0 && cs < e && e - cs <= 14 && cs > s0 + 1 && is_p(d, cs - 1, ',') && lower_description(d, cs, e)) {
      uint32_t b = age_words_before(d, s0, cs - 1), a = clause_back(d, s0, b), nb = b;
      skip_degrees(d, s0, &a, &b);
      nb = before_name_note(d, a, b);
      wt_np nm;
      /* (the name may follow a noun or an adverbial in commas: "Saksi
       * berikutnya, Slamet Riyadi (58), penjaga malam …, menerangkan") */
      /* (a body too: "Pemerintah Republik Demokratik Kongo, produsen kobalt
       * terbesar di dunia, menuduh") */
      /* (or a country: "Qatar, mediator lainnya, mengatakan") */
      if ((a == s0 || (a > s0 + 1 && is_p(d, a - 1, ','))) && a < nb && np_in(d, a, nb, &nm) &&
          (nm.kind == NP_PER || (nm.kind == NP_ORG && nm.t0 == a) ||
           (nm.kind == NP_LOC && nm.t0 == a && (wt_lex_cls2(d->eng->lex, nm.lex) & LX2_COUNTRY))) &&
          nm.t1 == nb) {
        if (nm.kind == NP_PER) take_description_role(d, cs, e, &nm);
        *out = nm;
        return true;
      }
    }
    if (cs < e && np_in(d, cs, e, out)) {
      /* "Sutrisno Raharjo, Kepala Desa Karanganyar, mengatakan": the role
       * stands for the name before it */
      if (out->kind != NP_PER && out->kind != NP_PRON && cs > s0 + 1 && is_p(d, cs - 1, ',')) {
        uint32_t b = age_words_before(d, s0, cs - 1), a = clause_back(d, s0, b);
        skip_degrees(d, s0, &a, &b);
        wt_np nm;
        /* (the name ends its segment, an age after it allowed: not "Terkait
         * pernyataan Mahfud itu, anggota DPR menilai") */
        uint32_t nb = b;
        nb = before_name_note(d, a, nb);
        if (a < b && np_in(d, a, b, &nm) && nm.kind == NP_PER && (nm.t1 == nb || nm.n1 == nb || nm.t1 == b)) {
          take_description_role(d, cs, e, &nm);
          *out = nm;
        }
      } else if (out->kind == NP_PER && cs > s0 + 1 && is_p(d, cs - 1, ',') &&
                 (out->r1 > out->r0 || (wt_lex_cls2(d->eng->lex, wt_lexof(d, cs)) & LX2_ROLE_REL))) {
        /* "Abdian Saputra, Koordinator Ekajaya Fast Boat untuk Gili, juga
         * menyampaikan": a bare name opening the sentence, then a role
         * phrase -- the role's "name" is the company's; or a relation --
         * "Agus Santoso, adik Budi Santoso, menuding": the one related to
         * is not the subject */
        uint32_t b = age_words_before(d, s0, cs - 1), a = clause_back(d, s0, b);
        wt_np nm;
        /* (the name may carry an age: "Rizky Aqilah (29), warga Cipayung, …") */
        uint32_t nb = b;
        nb = before_name_note(d, a, nb);
        /* (after places or an adverbial in commas too: "Di Kabupaten Belu,
         * Nusa Tenggara Timur, Maria Goreti Nahak (38), guru di SD Negeri
         * Haliwen, mengatakan") */
        /* (the name opens its segment, no small word before it: not
         * "Berbeda dengan Rendra, ekonom Felicia Hartanto berpendapat") */
        if ((a == s0 || (a > s0 + 1 && is_p(d, a - 1, ','))) && a < nb && np_in(d, a, nb, &nm) && nm.kind == NP_PER &&
            nm.r1 == nm.r0 && nm.t1 == nb) {
          bool opens = true;
          for (uint32_t w = a; w < nm.t0 && opens; w++) opens = (wt_tok(d, w)->flags & TF_CAP) != 0;
          if (opens) *out = nm;
        }
      }
      return true;
    }
    if (cs > s0 + 1 && wt_tok_is(d, cs - 1, "dan")) {
      e = cs - 1;
      cs = clause_back(d, s0, e);
    } else {
      break;
    }
  }
  return false;
}

/* "ujar pendeta yang sudah 20 tahun melayani jemaat di Keerom itu": a title
 * or occupation in lower case, a relative clause, "itu" -- a description
 * of the person talked about, filled into *np. */
static bool described_with_clause(warta_doc *d, uint32_t s, uint32_t lim, wt_np *np) {
  const wt_token *t = wt_tok(d, s);
  if (t->kind != WARTA_TOK_WORD || (t->flags & TF_CAP) || s + 3 >= lim || !wt_tok_is(d, s + 1, "yang")) return false;
  if (!(wt_clsof(d, s) & (LX_TITLE | LX_ROLE | LX_ROLE_COMMON))) return false;
  uint32_t z = s + 2;
  while (z < lim && z - s < 18 && !is_p(d, z, ',') && !is_p(d, z, '.') && wt_tok(d, z)->kind != WARTA_TOK_QUOTE) z++;
  if (!wt_tok_is(d, z - 1, "itu") && !wt_tok_is(d, z - 1, "tersebut")) return false;
  memset(np, 0, sizeof *np);
  np->kind = NP_DESC;
  np->t0 = np->m0 = np->r0 = s;
  np->r1 = s + 1;
  np->n0 = np->n1 = np->t1 = z;
  return true;
}

/* A body named at token i or after a few lower-case words of its kind from
 * there (not past a verb), before lim: its entity (its mention in *ment), or
 * -1. */
static int32_t org_named_after(const warta_doc *d, uint32_t i, uint32_t lim, int32_t *ment) {
  uint32_t j = i;
  while (j < lim && j - i < 3 && wt_tok(d, j)->kind == WARTA_TOK_WORD && !(wt_tok(d, j)->flags & TF_CAP) &&
         !(wt_clsof(d, j) & (LX_CUE | LX_CLAUSE_CONJ | LX_PRONOUN | LX_STOP)) &&
         !wt_is_verb_form(d->eng->lex, d->text + wt_tok(d, j)->start, wt_tok(d, j)->end - wt_tok(d, j)->start))
    j++;
  if (j == i || j >= lim || !(wt_tok(d, j)->flags & TF_CAP)) return -1;
  /* (an English name's article is no body: "The | Institute for …") */
  if (j + 1 < lim && wt_tok_is(d, j, "the") && (wt_tok(d, j + 1)->flags & TF_CAP)) j++;
  size_t cur = 0;
  for (size_t k = wt_mention_seek(d, j, &cur); k < d->nment_by_tok; k++) {
    uint32_t mi = d->ment_by_tok[k];
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, mi);
    if (m->tok0 != j) break;
    if (m->type == WARTA_ORG && m->entity >= 0) {
      *ment = (int32_t)mi;
      return m->entity;
    }
  }
  return -1;
}

/* The organisation named last before token s, in the paragraph of the
 * sentence before s's (a noun for a body standing for it: "tulis perusahaan
 * itu", "Perusahaan juga menyatakan"; a paragraph may name the group and
 * tell what it did before the next quotes it: "… tulis kelompok tersebut");
 * the bare noun's own mentions are passed over.  Returns the entity or -1. */
static int32_t org_nearby(warta_doc *d, uint32_t s) {
  uint32_t ts = wt_sent_index(d, s);
  uint32_t para = WT_VEC_AT(d->sents, wt_sent, ts > 0 ? ts - 1 : ts).para;
  uint32_t lo = WT_VEC_AT(d->paras, wt_para, para).tok0;
  int32_t best = -1;
  uint32_t best_tok = 0;
  for (size_t k = d->mentions.len, seen = 0; k-- > 0 && seen < SALIENCE_WINDOW; seen++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, k);
    /* (a body named in reported speech counts, "…, terlihat dari perusahaan
     * asal Taiwan, Pegatron. Perusahaan itu …"; one in quote marks does not,
     * nor a short form in brackets, "hak guna usaha (HGU)", which is no
     * body's name when no body stands before it) */
    if (m->tok0 >= s || m->tok0 < lo || m->entity < 0 || m->type != WARTA_ORG ||
        (d->qmark && (d->qmark[m->tok0] & QM_DIRECT)) || (m->tok0 > 0 && is_p(d, m->tok0 - 1, '(')))
      continue;
    if (m->how != MH_ROLE && (wt_lex_cls2(d->eng->lex, wt_lexof(d, m->tok0)) & LX2_ORG_NOUN)) continue;
    if (best < 0 || m->tok0 > best_tok) {
      best = m->entity;
      best_tok = m->tok0;
    }
  }
  return best;
}

/* "tulis kementerian itu", "kata lembaga tersebut": an organisation's head
 * in lower case and a demonstrative name the body last mentioned with that
 * head ("Kementerian Unifikasi Korea Selatan"). Returns the entity (and its
 * mention in *ment), or -1. */
static int32_t org_described(warta_doc *d, uint32_t s, uint32_t lim, int32_t *ment) {
  uint32_t n = 0;
  const wt_token *t = wt_tok(d, s);
  if (t->kind != WARTA_TOK_WORD || (t->flags & TF_CAP)) return -1;
  uint32_t lex = wt_phrase(d, s, lim, &n);
  /* (or a noun for a company, "tulis perusahaan itu": the body last named,
   * whatever its head) */
  bool any = n == 1 && (wt_lex_cls2(d->eng->lex, wt_lexof(d, s)) & LX2_ORG_NOUN);
  if (!((wt_lex_cls(d->eng->lex, lex) & LX_ORG_HEAD) || any) || !n || s + n >= lim) return -1;
  /* (a word or two may describe it: "kelompok paramiliter itu") */
  uint32_t w = s + n;
  while (w < lim && w - (s + n) < 2 && !wt_tok_is(d, w, "itu") && !wt_tok_is(d, w, "tersebut") &&
         wt_tok(d, w)->kind == WARTA_TOK_WORD && !(wt_tok(d, w)->flags & TF_CAP) &&
         !(wt_clsof(d, w) & (LX_CUE | LX_PRONOUN | LX_CLAUSE_CONJ | LX_NP_STOP | LX_ADV_SKIP)))
    w++;
  if (w >= lim || (!wt_tok_is(d, w, "itu") && !wt_tok_is(d, w, "tersebut"))) return -1;
  n = w - s;
  if (any) {
    int32_t e = org_nearby(d, s);
    if (e >= 0) {
      *ment = mention_at(d, s, s + n + 1, e, WARTA_ORG, MH_ROLE);
      return e;
    }
  }
  int32_t e = wt_org_with_words(d, s, s + 1);
  if (e >= 0) *ment = mention_at(d, s, s + n + 1, e, WARTA_ORG, MH_ROLE);
  return e;
}

/* "Namun, komando tersebut menegaskan", "Dalam keterangan tertulisnya,
 * kantor kepresidenan mendesak": lower-case words opening the clause
 * before the verb at v that begin the name of a body named before (one
 * word with itu/tersebut after it, or two words and more) are that body.
 * Returns the entity (its mention in *ment) or -1. */
static int32_t org_words_before(warta_doc *d, uint32_t v, uint32_t s, int32_t *ment) {
  const wt_sent *st = sentence_of(d, s, v);
  uint32_t x = v;
  while (x > st->tok0 && v - x < 4 && wt_tok(d, x - 1)->kind == WARTA_TOK_WORD && !(wt_tok(d, x - 1)->flags & TF_CAP) &&
         !(wt_clsof(d, x - 1) & (LX_PRONOUN | LX_CUE | LX_CLAUSE_CONJ)))
    x--;
  if (x == v || !(x == st->tok0 || is_p(d, x - 1, ','))) return -1;
  uint32_t b = v;
  if (wt_tok_is(d, v - 1, "itu") || wt_tok_is(d, v - 1, "tersebut")) b--;
  /* (one word alone after a comma too: a noun for a company is the body
   * last named nearby, "Dalam prospektusnya, perseroan menyebutkan"; a
   * head begins a body's name, "Dalam pernyataan …, kedutaan menyebut"
   * after "Kedutaan Besar Rusia di London") */
  bool one = b == v && v - x == 1 && x > st->tok0 && is_p(d, x - 1, ',');
  if (!one && (b == x || (b == v && v - x < 2))) return -1;
  int32_t e = one && (wt_lex_cls2(d->eng->lex, wt_lexof(d, x)) & LX2_ORG_NOUN) ? org_nearby(d, x)
                                                                               : wt_org_with_words(d, x, b);
  if (e >= 0) *ment = mention_at(d, x, v, e, WARTA_ORG, MH_ROLE);
  return e;
}

/* "tulis manajemen perusahaan", "kata pihak perusahaan", "Pihak maskapai
 * mengatakan": the side of a company or group, with its noun (data/
 * grammar.lex, org_noun), is the body last named nearby.  Token s opens the
 * phrase; returns the entity (its mention in *ment) or -1.  (Inline: asked
 * at most quotes, it stops at the first word nearly always.) */
static inline int32_t org_side(warta_doc *d, uint32_t s, uint32_t lim, int32_t *ment) {
  if (s + 1 >= lim || !(wt_tok_is(d, s, "pihak") || wt_tok_is(d, s, "manajemen")) ||
      wt_tok(d, s + 1)->kind != WARTA_TOK_WORD || (wt_tok(d, s + 1)->flags & TF_CAP) ||
      !(wt_lex_cls2(d->eng->lex, wt_lexof(d, s + 1)) & LX2_ORG_NOUN))
    return -1;
  int32_t e = org_nearby(d, s);
  if (e >= 0) *ment = mention_at(d, s, s + 2, e, WARTA_ORG, MH_ROLE);
  return e;
}

/* A person named in quote q's sentence outside its marks: the nearest
 * before the opening mark, else the first after the closing one.  Returns
 * the mention, or -1. */
static int32_t person_in_sentence(warta_doc *d, const wt_quote_x *q) {
  const wt_sent *st = &WT_VEC_AT(d->sents, wt_sent, q->sent);
  size_t cur = 0;
  int32_t best = -1;
  for (size_t k = wt_mention_seek(d, st->tok0, &cur); k < d->nment_by_tok; k++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, d->ment_by_tok[k]);
    if (m->tok0 >= st->tok1) break;
    if (m->type != WARTA_PER || m->entity < 0 || (m->tok0 >= q->open && m->tok0 <= q->close)) continue;
    if (m->tok0 < q->open) {
      best = (int32_t)d->ment_by_tok[k];
    } else {
      if (best < 0) best = (int32_t)d->ment_by_tok[k];
      break;
    }
  }
  return best;
}

/* The person a description [m] names later, in a sentence of paragraph
 * para or the two after it from token from on, that opens with one of the
 * description's words, "itu" and the person's name after a comma ("Nelayan
 * itu, Lukman Lasandara (51), …"); -1 when none. */
static int32_t named_after(const warta_doc *d, const wt_mention *m, uint32_t from, uint32_t para) {
  if (m->tok1 <= m->tok0 || m->tok1 - m->tok0 > 12) return -1;
  for (uint32_t p = para; p < d->paras.len && p <= para + 2; p++) {
    const wt_para *pp = &WT_VEC_AT(d->paras, wt_para, p);
    for (uint32_t s = pp->sent0; s < pp->sent1; s++) {
      const wt_sent *st = &WT_VEC_AT(d->sents, wt_sent, s);
      uint32_t t = st->tok0;
      if (t < from || t + 4 >= st->tok1 || !wt_tok_is(d, t + 1, "itu") || !is_p(d, t + 2, ',')) continue;
      const wt_token *w = wt_tok(d, t);
      if (w->kind != WARTA_TOK_WORD) continue;
      bool same = false;
      for (uint32_t k = m->tok0; k < m->tok1 && !same; k++) {
        const wt_token *x = wt_tok(d, k);
        same = x->kind == WARTA_TOK_WORD && x->end - x->start == w->end - w->start &&
               !strncasecmp(d->text + x->start, d->text + w->start, w->end - w->start);
      }
      if (!same) continue;
      for (uint32_t k = d->ment_at[t + 3]; k != UINT32_MAX; k = WT_VEC_AT(d->mentions, wt_mention, k).next_at) {
        const wt_mention *n = &WT_VEC_AT(d->mentions, wt_mention, k);
        if (n->type == WARTA_PER && n->entity >= 0 && n->how == MH_NAME) return n->entity;
      }
    }
  }
  return -1;
}

int wt_speakers(warta_doc *d) {
  ctx c = {-1, -1, 0, 0, 0, 0, false, 0, 0};
  if (wt_index_mentions(d) != WARTA_OK) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory in the speaker stage");
  size_t nq = d->quotes_x.len;
  for (size_t i = 0; i < nq; i++) {
    wt_quote_x *q = &WT_VEC_AT(d->quotes_x, wt_quote_x, i);
    int32_t ment = -1, ent = -1;
    c.sent = q->sent;
    uint32_t lim = sent_end(d, q->sent);
    switch (q->sp_kind) {
    case SP_AFTER: {
      uint32_t s = q->sp_tok;
      /* the NP may sit in the next sentence ("Hal itu disampaikan X") */
      if (s < wt_ntok(d)) {
        lim = sent_end(d, wt_sent_from(d, q->sent, s));
        wt_np np;
        /* (a noun for a company and "itu" is the body last named, before any
         * reading as a person: "tulis perusahaan itu") */
        if ((wt_lex_cls2(d->eng->lex, wt_lexof(d, s)) & LX2_ORG_NOUN) && (ent = org_described(d, s, lim, &ment)) >= 0)
          break;
        if ((ent = org_side(d, s, lim, &ment)) >= 0) break;
        if (wt_np_parse_ex(d, s, lim, WT_NP_SPEAKER, &np)) {
          /* (a post, "dari" and the person with their faction: "kata Anggota
           * Komisi II DPR | dari | Fraksi Partai Demokrat Nurhasanah …") */
          wt_np fr;
          if (np.kind == NP_ROLE && np.t1 + 2 < lim && wt_tok_is(d, np.t1, "dari") &&
              wt_np_parse_ex(d, np.t1 + 1, lim, WT_NP_SPEAKER, &fr) && fr.kind == NP_PER)
            np = fr;
          /* "ujar pendeta yang sudah 20 tahun melayani jemaat di Keerom itu":
           * a role with a relative clause closed by "itu" describes the
           * person talked about */
          if ((np.kind == NP_ROLE || np.kind == NP_DESC || (np.kind == NP_TITLE && !(wt_tok(d, s)->flags & TF_CAP))) &&
              np.t1 + 2 < lim && wt_tok_is(d, np.t1, "yang")) {
            uint32_t z = np.t1 + 1;
            while (z < lim && z - np.t1 < 16 && !is_p(d, z, ',') && !is_p(d, z, '.') &&
                   wt_tok(d, z)->kind != WARTA_TOK_QUOTE)
              z++;
            if (wt_tok_is(d, z - 1, "itu") || wt_tok_is(d, z - 1, "tersebut")) {
              np.kind = NP_DESC;
              np.t1 = z;
            }
          }
          resolve_np(d, &c, &np, q->para, lim, false, &ment, &ent);
        } else if (described_with_clause(d, s, lim, &np)) {
          resolve_np(d, &c, &np, q->para, lim, false, &ment, &ent);
        } else {
          ent = org_described(d, s, lim, &ment);
        }
      }
      break;
    }
    case SP_SUBJECT: {
      /* (a person through whom the subject spoke, after the content:
       * "Pemprov Kalsel menargetkan …, seperti disampaikan Wakil Gubernur
       * Muhammad Rizal Fahmi saat membuka rapat") */
      uint32_t z = q->tok1 < lim && is_p(d, q->tok1, ',') ? q->tok1 + 1 : q->tok1;
      if (z + 2 < lim && z > q->tok1 && (wt_tok_is(d, z, "seperti") || wt_tok_is(d, z, "sebagaimana")) &&
          (wt_clsof(d, z + 1) & LX_CUE_PASSIVE)) {
        wt_np np;
        uint32_t j = wt_tok_is(d, z + 2, "oleh") ? z + 3 : z + 2;
        if (wt_np_parse(d, j, lim, &np) && np.kind == NP_PER) {
          resolve_np(d, &c, &np, q->para, lim, false, &ment, &ent);
          break;
        }
      }
      /* ("Pihak perusahaan juga mengatakan": the side named right before
       * the verb, adverbs aside) */
      uint32_t v = q->sp_tok;
      while (v > 0 && !(wt_tok(d, v)->flags & TF_SENT_START) && (wt_clsof(d, v - 1) & LX_ADV_SKIP) &&
             !(wt_tok(d, v - 1)->flags & TF_CAP))
        v--;
      /* ("Pernyataan itu juga menyebut …": the statement just quoted speaks
       * for whoever made it) */
      if (v >= 2 && (wt_tok(d, v - 2)->flags & TF_SENT_START) &&
          (wt_tok_is(d, v - 1, "itu") || wt_tok_is(d, v - 1, "tersebut")) &&
          (wt_lex_cls2(d->eng->lex, wt_lexof(d, v - 2)) & LX2_SPEECH_NOUN) && c.last_ent >= 0 &&
          q->para <= c.last_para + 1) {
        ent = c.last_ent;
        ment = c.last_ment;
        break;
      }
      /* (someone unnamed opening the sentence is no body named after their
       * noun: "Seorang sumber di internal KPK menyebut, …") */
      uint32_t who = indefinite_subject(d, v);
      if (who != UINT32_MAX) {
        ent = -1;
        ment = mention_at(d, who, v, -1, WARTA_PER, MH_ANON);
        break;
      }
      if (v >= 2 && !((wt_tok(d, v)->flags | wt_tok(d, v - 1)->flags) & TF_SENT_START) &&
          (ent = org_side(d, v - 2, v, &ment)) >= 0)
        break;
      /* ("…, kementerian itu menyebutkan bahwa …": a body's head in lower
       * case with a demonstrative opening the clause, the body named before
       * with that head; not a possessor, "di kanal Telegram kelompok itu
       * menyebut") */
      /* (a word or two may describe the body: "…, kelompok paramiliter itu
       * mengklaim …") */
      if (v >= 3 && (wt_tok_is(d, v - 1, "itu") || wt_tok_is(d, v - 1, "tersebut"))) {
        uint32_t x = v - 2;
        while (x > 0 && v - x < 4 && !is_p(d, x - 1, ',') && wt_tok(d, x - 1)->kind == WARTA_TOK_WORD &&
               !(wt_tok(d, x - 1)->flags & TF_CAP))
          x--;
        if (x > 0 && is_p(d, x - 1, ',') && (ent = org_described(d, x, v, &ment)) >= 0) break;
      }
      if ((ent = org_words_before(d, v, q->sent, &ment)) >= 0) break;
      wt_np np;
      if (wt_subject_np(d, q->sp_tok, q->sent, &np)) resolve_np(d, &c, &np, q->para, q->sp_tok, true, &ment, &ent);
      break;
    }
    case SP_NYA:
      ent = salient(d, &c, q->cue0, q->para, &ment);
      break;
    case SP_PREV:
      /* (quoted words alone in the writer's sentence belong to a person
       * that sentence names, "Anggaran “keadilan untuk semua” ala Fairbairn
       * itu"; else to whoever spoke just before) */
      if (q->kind == WARTA_PARTIAL && (ment = person_in_sentence(d, q)) >= 0) {
        ent = WT_VEC_AT(d->mentions, wt_mention, ment).entity;
        break;
      }
      if (c.last_ent >= 0 && q->para <= c.last_para + 1) {
        ent = c.last_ent;
        ment = c.last_ment;
      }
      break;
    case SP_CLAUSE:
      if (c.last_ent >= 0 && q->sent == WT_VEC_AT(d->quotes_x, wt_quote_x, i ? i - 1 : 0).sent) {
        ent = c.last_ent;
        ment = c.last_ment;
      } else {
        wt_np np;
        if (wt_subject_np(d, q->cue0, q->sent, &np)) resolve_np(d, &c, &np, q->para, q->cue0, true, &ment, &ent);
      }
      break;
    default:
      break;
    }
    q->entity = ent;
    q->mention = ment;
    if (ent >= 0 || (ment >= 0 && WT_VEC_AT(d->mentions, wt_mention, ment).how == MH_ANON)) {
      c.last_ent = ent;
      c.last_unnamed = ent < 0;
      c.last_ment = ment;
      c.last_para = q->para;
      c.last_tok = q->tok1;
      c.last_sent = q->sent;
      c.last_end = q->tok1 > q->tok0 ? q->tok1 - 1 : q->tok0;
      if (ent >= 0) WT_VEC_AT(d->ents_x, wt_entity_x, ent).flags |= EF_SPEAKER;
    }
  }
  /* multi-paragraph quotes take the speaker named where they end */
  for (size_t i = nq; i-- > 0;) {
    wt_quote_x *q = &WT_VEC_AT(d->quotes_x, wt_quote_x, i);
    if (q->sp_kind != SP_NEXT || i + 1 >= nq) continue;
    const wt_quote_x *n = &WT_VEC_AT(d->quotes_x, wt_quote_x, i + 1);
    q->entity = n->entity;
    q->mention = n->mention;
    if (!q->cue1 && n->kind == WARTA_DIRECT) q->flags |= QF_MULTI_PARA;
  }
  /* someone described and left unnamed at the quote, named in one of the
   * next paragraphs by the same word, "itu" and the name in commas:
   * "…,” kata nelayan itu. | Nelayan itu, Lukman Lasandara (51), …",
   * "Seorang pemulung perempuan … katanya. | Perempuan itu, Enah, …" */
  /* (and a "-nya" cue or a continuation right after, in the same paragraph,
   * is theirs: "… mengaku sudah dua kali tertusuk jarum. "…," katanya.") */
  bool named = false; /* (the quote before was named here) */
  for (size_t i = 0; i < nq; i++) {
    wt_quote_x *q = &WT_VEC_AT(d->quotes_x, wt_quote_x, i);
    bool was = named;
    named = false;
    if (q->entity >= 0) continue;
    if (q->mention >= 0) {
      int32_t e = named_after(d, &WT_VEC_AT(d->mentions, wt_mention, q->mention), q->tok1, q->para);
      if (e >= 0) {
        q->entity = e;
        WT_VEC_AT(d->ents_x, wt_entity_x, e).flags |= EF_SPEAKER;
      }
      named = e >= 0;
    } else if (was && (q->sp_kind == SP_NYA || q->sp_kind == SP_PREV) &&
               WT_VEC_AT(d->quotes_x, wt_quote_x, i - 1).para == q->para) {
      q->entity = WT_VEC_AT(d->quotes_x, wt_quote_x, i - 1).entity;
      named = true;
    }
  }
  /* quoted words alone in the writer's sentence (quotes.c, partials_alone)
   * are a partial quote only of someone who spoke just before: with nobody
   * they are a scare quote ("pengaspalan yang “sudah sesuai musdes” itu") */
  size_t kept = 0;
  for (size_t i = 0; i < nq; i++) {
    const wt_quote_x *q = &WT_VEC_AT(d->quotes_x, wt_quote_x, i);
    if (q->kind == WARTA_PARTIAL && q->sp_kind == SP_PREV && q->entity < 0) continue;
    if (kept != i) WT_VEC_AT(d->quotes_x, wt_quote_x, kept) = *q;
    kept++;
  }
  d->quotes_x.len = kept;
  return WARTA_OK;
}

/* How sure warta is of a quote and its speaker. */
static float confidence(const wt_quote_x *q) {
  float c = q->kind == WARTA_DIRECT ? 0.9f : 0.75f;
  if (q->cue1 == q->cue0) c -= 0.15f;
  if (q->flags & QF_WEAK) c -= 0.15f;
  if (q->entity < 0) c -= 0.3f;
  else if (q->sp_kind == SP_NYA || q->sp_kind == SP_PREV || q->sp_kind == SP_NEXT) c -= 0.05f;
  if (c < 0.05f) c = 0.05f;
  return c;
}

/* The public quotes, with their source lists (sources.c filled d->srcs). */
int wt_quotes_publish(warta_doc *d) {
  size_t nq = d->quotes_x.len;
  if (wt_vec_reserve(&d->quotes, nq) != 0) return WARTA_ERR_NOMEM;
  warta_quote *out = d->quotes.data;
  /* sources per quote: d->srcs is ordered by quote, so each quote's list is
   * a slice of one block */
  size_t si = 0, nsrc = d->srcs.len;
  const wt_source_x *srcs = d->srcs.data;
  warta_source *all = NULL;
  if (nsrc) {
    all = wt_arena_alloc(&d->arena, nsrc * sizeof *all);
    if (!all) return WARTA_ERR_NOMEM;
    for (size_t k = 0; k < nsrc; k++) all[k] = srcs[k].src;
  }
  for (size_t i = 0; i < nq; i++) {
    const wt_quote_x *q = &WT_VEC_AT(d->quotes_x, wt_quote_x, i);
    warta_quote *p = &out[i];
    memset(p, 0, sizeof *p);
    p->kind = q->kind;
    p->content = (warta_span){wt_tok(d, q->tok0)->start, wt_tok(d, q->tok1 - 1)->end};
    if (q->cue1 > q->cue0) p->cue = (warta_span){wt_tok(d, q->cue0)->start, wt_tok(d, q->cue1 - 1)->end};
    if (q->mention >= 0) {
      const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, q->mention);
      p->speaker = (warta_span){m->start, m->end};
    }
    p->entity = q->entity;
    p->confidence = confidence(q);
    while (si < nsrc && srcs[si].quote < i) si++;
    size_t s0 = si;
    while (si < nsrc && srcs[si].quote == i) si++;
    if (si > s0) {
      p->sources = all + s0;
      p->nsources = (uint32_t)(si - s0);
    }
  }
  d->quotes.len = nq;
  return WARTA_OK;
}
