# Paragraphs left out of the article body (matched case-insensitively):
#   boiler_line    the whole paragraph is these words (a trailing ':' allowed)
#   boiler_prefix  the paragraph starts with these words ("Baca juga ...")
#   boiler_colon   the paragraph starts with these words and a ':' ("Editor: ...")
# Bylines in parentheses at the end, "(ant/xyz)", are recognised in boilerplate.c.
bagikan; boiler_line
share; boiler_line
advertisement; boiler_line
iklan; boiler_line
scroll to continue with content; boiler_line
scroll untuk melanjutkan; boiler_line
lanjutkan membaca; boiler_line
lanjut baca; boiler_line
baca berita lainnya; boiler_line
baca juga; boiler_prefix
baca selengkapnya; boiler_prefix
simak video; boiler_prefix
simak juga; boiler_prefix
lihat juga; boiler_prefix
tonton juga; boiler_prefix
saksikan video; boiler_prefix
dapatkan update berita; boiler_prefix
klik di sini; boiler_prefix
post views; boiler_colon
editor; boiler_colon
penulis; boiler_colon
reporter; boiler_colon
pewarta; boiler_colon
redaktur; boiler_colon
sumber; boiler_colon
foto; boiler_colon
tag; boiler_colon
tags; boiler_colon
topik; boiler_colon
artikel terkait; boiler_colon
berita terkait; boiler_colon
# (Tempo's and others' links to other stories: "Pilihan Editor: …")
pilihan editor; boiler_colon
pilihan redaksi; boiler_colon
copyright; boiler_prefix
hak cipta; boiler_prefix
