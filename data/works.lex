# Words that begin the name of a law, a regulation, a programme or an event:
# "UU Cipta Kerja", "Perppu Nomor 1 Tahun 2020", "RUU Penghapusan Kekerasan
# Seksual".  What follows them is the document's or the event's name, never a
# person's, so a capitalised run that starts here names no speaker.
# Written for warta.
@classes work_head
UU
RUU
Undang-Undang
Undang-undang
Rancangan Undang-Undang
Perppu
Perpu
Perpres
Permen
Permenkes
Permendagri
Permendikbud
Perda
Perwali
Perbup
Pergub
Keppres
Inpres
Kepmen
Omnibus Law
PP
Pasal
