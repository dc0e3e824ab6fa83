# Titles written before a person's name.  Written for warta.
#   title title_hon   forms of address and noble titles (Bapak, Mbak, Raden)
#   title title_rel   religious titles (H, KH, Ustaz, Romo, Pendeta)
#   title title_acad  academic and professional titles (Dr, Prof, Ir; and
#                     degrees written after the name: S.H, M.Si, Ph.D)
#   title title_rank  police and armed-forces ranks, full and abbreviated
# Keys are matched without case, so "dr" (physician) and "Dr" (doctorate)
# are one entry.  Abbreviations ending in a dot are also in abbreviations.lex.

# ---- forms of address -----------------------------------------------------
@classes title title_hon
Coach
Bapak
Ibu
Pak
Bu
# ("Bpk" is left out: keys match without case, and "BPK", the audit board,
# is far more often a body before a person's name than "Bpk" a title)
Saudara
Saudari
Sdr
Sdri
Tuan
# (the Malay "Mr." of Riau and Malaysia: "Ketua Apkasindo Riau, Encik Zulkifli
# Hamid,")
Encik
Nyonya
Ny
Nona
Nn
Tn
Mas
Mbak
Mba
Bang
Abang
Bung
Kak
Kakak
Om
Tante
Mbah
Eyang
Kang
Akang
Mang
# (Sunda's elder sister: "Nenden Rohaeni (42) atau Teh Nenden"; "Teh" is tea
# too, a title only capitalised before a name)
Teteh
Teh
Cak
Uda
Koh
Cik
Bli
Opung
Ompung
# (Manado's grandmother and grandfather: "Oma Jeane Tumbelaka")
Oma
Opa
Mr
Mrs
Ms
Miss
Sir
Madam
Yang Mulia
Yang Terhormat
Yth
Paduka
# ---- noble titles ---------------------------------------------------------
Sultan
Sri Sultan
Raja
Ratu
Pangeran
Putri
Putra Mahkota
Emir
Raden
Raden Ajeng
Raden Ayu
Raden Mas
Raden Roro
Raden Ngabehi
# Javanese honorifics of elders and dalang: "Ki Bayu Sasmito", "Nyi Ageng"
Ki
Nyi
# (ranks of the Yogyakarta and Surakarta courts' servants: "Mas Bekel
# Projo Sumarto", "Mas Riya", "Ngabehi")
Bekel
Mas Bekel
Riya
Mas Riya
Ngabehi
# (and the ranks above them: "Mas Wedana Surakso Wiyono", "Mas Lurah", "Mas
# Penewu", "Raden Wedana")
Mas Wedana
Mas Lurah
Mas Penewu
Raden Wedana
Raden Penewu
RA
Gusti
Gusti Kanjeng Ratu
GKR
# Javanese court ranks (Kanjeng Raden Tumenggung, Kanjeng Raden Arya,
# Kanjeng Pangeran Harya, Kanjeng Raden Mas Tumenggung)
KRT
KRA
KPH
KRMT
Kanjeng
KGPH
KGPAA
# Teuku, Tengku, Cut, Lalu, Baiq, Kiagus, Masagus and Nyimas are also given
# names (names_first.lex): readers keep them in the person's name.
Teuku
# Palembang's and Lombok's titles of descent
Kiagus
Masagus
Nyimas
Baiq
# (Lombok's "Lalu" also means "then": it is a title only capitalised before
# a name, "Gubernur NTB Lalu Muhammad Iqbal")
Lalu
Cut
Tengku
Tuanku
Andi
Daeng
# (Toraja's noble title: "Puang Andarias Lai' Tandiarrang")
Puang
Datuk
# (Minangkabau's spelling, also after the name as the gelar adat:
# "Zulfikar Hamdani Datuak Rajo Batuah"; "Dt." its short form)
Datuak
Dt
Dato
Datuk Seri
Datuk Sri
Dato Sri
Dato'
Dato' Sri
Dato' Seri
Tan Sri
Tun
Anak Agung
Anak Agung Istri
Sri Paduka
Baginda
Pangeran Mahkota

# ---- religious titles -----------------------------------------------------
@classes title title_rel
H
Hj
Haji
Hajjah
Hajah
KH
K.H
Kiai
Kiyai
Kyai
Habib
Ustaz
Ustadz
Ustad
Ust
Ustazah
Ustadzah
Gus
# (a kiai's wife, a pesantren's woman leader: "Nyai Laila Mufidah")
Nyai
# Bali: "Gung" for Anak Agung ("Gung Widnyana")
Gung
# Aceh: "Teungku" (Tgk) for an ulama ("Tgk H Marzuki Abdullah")
Teungku
Tgk
Syekh
Syaikh
Sheikh
Buya
Tuan Guru
Tuan Guru Haji
TGH
Abuya
Hab
Romo
Pastor
Pater
# a diocesan or order priest's letters after the name: "Romo Aloysius Kewa, Pr,"
Pr
# (a religious order's letters after a priest's or a brother's name: "Pater
# Yohanes Berchmans Nggoro SVD", "RP Antonius Gunawan OSC")
SVD
OFM
OFMCap
SJ
CM
OCD
OSA
OSC
CSsR
OMI
SCJ
CICM
OCarm
O.Carm
SDB
SX
CP
OP
OSB
# (and the sisters' congregations' letters: "Suster Ermelinda da Costa SSpS",
# "Sr. Maria Goreti CIJ", "Suster Theresia FSGM")
SSpS
CIJ
FSGM
OSF
FCJM
PRR
SND
CB
MSF
# (a Theravada monk's seniority after his name: "Bhante Dhammavijaya Thera",
# "Bhikkhu Dhammakaro Mahathera")
Thera
Mahathera
# (and a diocesan priest's before it: "RD Gabriel Bala Koten", Romo Diosesan)
RD
Frater
Suster
Bruder
Pendeta
Pdt
Bhikkhu
Bhikkhuni
Bhiksu
Bhiksuni
Biksu
Biksuni
Maha Bhiksu
Maha Biksu
Maha Bhikkhu
Bhante
Pandita
Pedanda
Ida Pedanda
Jero Mangku
Jro Mangku
Pemangku
Pinandita
Ida Bhagawan
Sulinggih
Mgr
Monsinyur
Uskup
Uskup Agung
Kardinal
Mufti
Ayatollah
# (Afghanistan's and Pakistan's clerics: "Mawlawi Najibullah Hanif")
Mawlawi
Maulvi
Mullah
Rabi
Rabbi

# ---- academic and professional titles -----------------------------------
@classes title title_acad
Dr
Prof
# (a ship's master's title: "Capt. Budi Santoso", written before the name as
# "Dr." is)
Capt
Profesor
Ir
Drs
Dra
drg
dokter gigi
dokter hewan
drh
Apt
Ns
Doktor
s.h
m.h
m.si
# (a notary's master degree: "Ratna Dewi Kusumawati SH MKn")
m.kn
s.e
m.m
s.pd
s.kom
s.sos
s.ag
s.ip
s.psi
s.ked
s.t
m.pd
m.kom
m.sc
m.t
m.hum
m.ag
ph.d
sp.a
sp.og
sp.pd
sp.b
sp.jp
sp.kj
sp.p
sp.an
sp.ba
sp.bs
sp.btkv
sp.bp
sp.kk
sp.dv
sp.dve
sp.m
sp.mata
sp.n
sp.ot
sp.pk
sp.pa
sp.rad
sp.rm
sp.s
sp.tht
sp.u
sp.gk
sp.kfr
sp.f
sp.fm
sp.mk
sp.ak
sp.ko
sp.em
sp.onk
sp.bm
sp.pros
sp.ort
sp.kg
sp.perio
sp.pm
sp.and
sp.gizi
sp.paru
sp.neuro
m.kes
m.epid
m.biomed
m.a
m.p.h
m.kep
s.kep
s.farm
m.farm
m.e
s.s
m.b.a
m.eng
s.h.i
m.h.i
# (the police academy's degree: "Kombes Pol Irwansyah Putra Nasution, S.I.K.")
s.i.k
m.i.kom
s.i.kom
s.p
# (fisheries, animal husbandry, forestry, agricultural technology, marine
# science, law and Islamic studies: "Irwan Syamsuddin SPi MSi")
s.pi
s.pt
s.hut
s.tp
s.kel
s.hi
s.pd.i
m.p
s.k.m
m.k.m
m.km
# (health degrees written with fewer dots: public health, nutrition, midwifery,
# applied science; "Siti Khotimah, S.KM,", "Agustina Seran, S.Gz, M.Kes")
s.km
s.gz
m.gz
m.gizi
s.st
s.tr.keb
s.tr.kes
s.keb
m.keb
a.md
a.md.keb
a.md.kep
# (psychology's master's degrees, the clinical one written "M.Psi., Psikolog":
# "Putri Ayuningtyas, M.Psi., Psikolog,")
m.psi
m.psi.t
amd.keb
amd.kep
m.ars
# (clinical and biomedical master's degrees: "…, Sp.An-KAP, M.Ked.Klin.,")
m.ked
m.ked.klin
m.ked.trop
s.ars
s.si
m.ak
s.ak
m.stat
m.sn
s.sn
m.li
m.phil
SH
MH
MSi
MPd
MM
SPd
PhD
MPH
MSc
MKes
SKM
SpPD
SpA
SpOG
SpB
SpJP
SpKJ
SpP
SpM
SpS
SpN
SpTHT
SpKK
SpAn
SpOT
SpU
SpBS
SpPK
SpRad
SpF
SpGK
SpMK
SpBP
s.th
m.th
m.div
Lc
SSos
SKom
SAg

# ---- armed-forces ranks ---------------------------------------------------
@classes title title_rank
Jenderal
Jenderal TNI
Jend
Letnan Jenderal
Letnan Jenderal TNI
Letjen
Letjen TNI
Mayor Jenderal
Mayor Jenderal TNI
Mayjen
Mayjen TNI
Brigadir Jenderal
Brigadir Jenderal TNI
Brigjen
Brigjen TNI
Kolonel
# (the Chinese and other armies' rank above colonel: "Kolonel Senior Zhao
# Minghui")
Kolonel Senior
Kol
Letnan Kolonel
Letkol
Mayor
Kapten
Kapt
# (English ranks of air forces and navies: "Group Captain Michael Harris")
Captain
Group Captain
Commodore
Air Commodore
Rear Admiral
Vice Admiral
Admiral
Brigadier General
Major General
Lieutenant General
Lieutenant Colonel
Colonel
Commander
Lieutenant Commander
Letnan Satu
Lettu
Letnan Dua
Letda
Letnan
Pembantu Letnan Satu
Peltu
Pembantu Letnan Dua
Pelda
Sersan Mayor
Serma
Sersan Kepala
Serka
Sersan Satu
Sertu
Sersan Dua
Serda
Sersan
Kopral Kepala
Kopka
Kopral Satu
Koptu
Kopral Dua
Kopda
Kopral
Prajurit Kepala
Praka
Prajurit Satu
Pratu
Prajurit Dua
Prada
Prajurit
Kolonel Inf
Letkol Inf
Mayor Inf
Kapten Inf
Kolonel Kav
Kolonel Arh
Kolonel Czi
Kolonel Cpn
Kolonel Kes
Kolonel Chk
Kolonel Laut
Letkol Laut
Mayor Laut
Kapten Laut
Kolonel Marinir
Letkol Marinir
Mayor Marinir
Kolonel Pnb
Letkol Pnb
Mayor Pnb
Kolonel Pas
Laksamana
Laksamana TNI
# (a commodore of foreign navies and coast guards: "juru bicara Penjaga
# Pantai Filipina Komodor Emilio de Guzman")
Komodor
Komodor Udara
Laksamana Madya
Laksamana Madya TNI
Laksdya
Laksdya TNI
Laksamana Muda
Laksamana Muda TNI
Laksda
Laksda TNI
Laksamana Pertama
Laksamana Pertama TNI
Laksma
Laksma TNI
Marsekal
Marsekal TNI
Marsekal Madya
Marsekal Madya TNI
Marsdya
Marsdya TNI
Marsekal Muda
Marsekal Muda TNI
Marsda
Marsda TNI
Marsekal Pertama
Marsekal Pertama TNI
Marsma
Marsma TNI

# ---- police ranks -------------------------------------------------------
Jenderal Polisi
Jenderal Pol
Komisaris Jenderal
Komisaris Jenderal Polisi
Komjen
Komjen Pol
Inspektur Jenderal
Inspektur Jenderal Polisi
Irjen
Irjen Pol
Brigadir Jenderal Polisi
Brigjen Pol
Komisaris Besar
Komisaris Besar Polisi
Kombes
Kombes Pol
Kombespol
Ajun Komisaris Besar Polisi
Ajun Komisaris Besar
AKBP
Komisaris Polisi
Kompol
Komisaris
Ajun Komisaris Polisi
Ajun Komisaris
AKP
Inspektur Polisi Satu
Iptu
Inspektur Polisi Dua
Ipda
Inspektur
Ajun Inspektur Polisi Satu
Aiptu
Ajun Inspektur Polisi Dua
Aipda
Ajun Inspektur
Brigadir Polisi Kepala
Brigadir Kepala
Bripka
Brigadir Polisi
Brigadir
Brigpol
Brigadir Polisi Satu
Briptu
Brigadir Polisi Dua
Bripda
Ajun Brigadir Polisi
Abrip
Ajun Brigadir Polisi Satu
Abriptu
Ajun Brigadir Polisi Dua
Abripda
Bhayangkara Kepala
Bharaka
Bhayangkara Satu
Bharatu
Bhayangkara Dua
Bharada

# ---- corps after a rank --------------------------------------------------
# The corps or branch written after an armed-forces rank, part of the rank:
# "Letnan Kolonel Laut (P)", "Kolonel Inf", "Mayor Pnb", "Kapten Cpm",
# written out: "Letnan Kolonel Infanteri"; Bakamla's ranks carry its name
# ("Kolonel Bakamla", orgs.lex).
@classes rank_corps
Infanteri
Kavaleri
Artileri
Zeni
Penerbang
Laut
Udara
Inf
Kav
Arh
Arm
Czi
Cpn
Kes
Chk
Cku
Ckm
Cba
Cpl
Cpm
Caj
Ctp
Marinir
Mar
Pnb
Pas
Tek
Adm
Lek
Nav
Sus
Kal
Psk
# (the police of Thailand and the Philippines write their ranks with it:
# "Kolonel Polisi Anan Srisuk")
Polisi
