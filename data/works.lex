# Words that begin the name of a law, a regulation, a holiday or an event:
# "UU Cipta Kerja", "Perppu Nomor 1 Tahun 2020", "RUU Penghapusan Kekerasan
# Seksual", "Idul Fitri 1441 Hijriah".  What follows them is the document's or the event's name, never a
# person's, so a capitalised run that starts here names no speaker.
# Written for warta.
@classes work_head
UU
RUU
Undang-Undang
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
# holidays and the calendar's feasts
Idul Fitri
Idulfitri
Idul Adha
Iduladha
Hari Raya
Lebaran
Natal
Imlek
Nyepi
Waisak
Maulid Nabi
Isra Miraj
Isra Mikraj
Tahun Baru
Hari Kemerdekaan
# government programmes named by their card (a programme's name, never a
# person's: "Kartu Prakerja" had spoken "katanya")
Kartu Prakerja
Kartu Indonesia Pintar
Kartu Indonesia Sehat
Kartu Sembako
Kartu Jakarta Pintar
Kartu Keluarga Sejahtera
