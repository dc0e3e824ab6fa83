# Words and phrases that begin an organisation's name ("Kementerian ...",
# "Polres ...", "Universitas ...").  They are not organisations themselves;
# a name is the head plus the capitalised words after it.  Written for warta.
@classes org_head
# org_named: a head never written without its own name ("Puskesmas
# Margadana", "Polres Jember"): one unknown word after it is that name,
# not the start of a person's ("Kepala Puskesmas Margadana Wahidin").
# org_eponym: a head often named after a person with a title ("Rumah Sakit
# Umum Pusat Dr Sardjito", "RSUD dr. Soedarso"): the title and the next word
# belong to the organisation's name.
# government
Kementerian
Kementrian
Kemenko
Kementerian Koordinator
Badan
Dinas
Komisi
Dewan
Majelis
Lembaga
Pemerintah
Pemerintah Pusat
Pemerintah Provinsi
Pemerintah Kabupaten
Pemerintah Kota
Pemerintah Daerah
Pemerintah Desa
Pemkot
Pemkab
Pemprov
Pemda
Pemdes
Sekretariat
Sekretariat Daerah
Setda
Inspektorat
Direktorat
Direktorat Jenderal
Ditjen
Biro
Pusat
Balai
Balai Besar
# (technical units and agricultural extension offices, by their short
# forms: "UPTD Puskesmas …", "BPP Seputih Agung")
UPT
UPTD
BPP
Balai Penyuluhan Pertanian
# (a small technical office: "Kepala Loka POM di Kabupaten Banyumas")
Loka
# BMKG's stations are bodies, not railway stations ("Stasiun Meteorologi
# Maritim Serang memperingatkan …")
Stasiun Meteorologi
Stasiun Klimatologi
Stasiun Geofisika
# observation and guard posts ("Petugas Pos Pengamatan Gunung Api Marapi")
Pos Pengamatan
# ("Pos PGA Marapi": a volcano observation post by its short form)
Pos PGA; org_named
Pos Pantau
# (a state border crossing post: "PLBN Skouw")
Pos Lintas Batas Negara; org_named
PLBN; org_named
Pos Polisi
Kantor
Kantor Wilayah
# (a state administration: "Administrasi Roket Rudal Korea Utara",
# "Administrasi Penerbangan Sipil China")
Administrasi
# church bodies ("Keuskupan Ruteng", "Keuskupan Agung Jakarta", "Paroki
# Santo Misael Bilogai")
Keuskupan
Keuskupan Agung
Paroki
# diplomatic missions ("Kedutaan Besar Amerika Serikat di Jakarta",
# "Konsulat Jenderal Australia di Bali")
Kedutaan Besar
Kedutaan
Kedubes
Konsulat Jenderal
Konsulat
# a foreign ministry of foreign affairs ("Departemen Luar Negeri Federal Swiss")
Departemen
Departemen Luar Negeri
# royal courts ("Keraton Yogyakarta", "Keraton Kasunanan Surakarta", "Pura
# Pakualaman", "Pura Mangkunegaran" are written out; "Pura" alone is a temple)
Keraton
Kraton
Keraton Kasunanan
Keraton Kasultanan
Suku Dinas
Sudin
Kanwil
Kantor Imigrasi; org_named
# (a Malaysian department: "Jabatan Imigresen Negeri Sabah", "Jabatan Alam
# Sekitar Negeri Sarawak")
Jabatan
# (an immigration office of a checkpoint, "TPI", with its class: "Kantor
# Imigrasi Kelas I Khusus TPI Ngurah Rai")
Kantor Imigrasi Kelas I Khusus TPI; org_named
Kantor Imigrasi Kelas I TPI; org_named
Kantor Imigrasi Kelas II TPI; org_named
Kantor Imigrasi Kelas I Khusus Non TPI; org_named
Kantor Imigrasi Kelas I Non TPI; org_named
Kantor Imigrasi Kelas II Non TPI; org_named
# (a port's harbour master and authority, its name with "dan" inside:
# "Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas III Labuan Bajo")
Kantor Kesyahbandaran dan Otoritas Pelabuhan; org_named
Kantor Syahbandar dan Otoritas Pelabuhan; org_named
KSOP; org_named
Kantor Pajak
Kantor Pelayanan Pajak
Satgas
Satuan Tugas
Gugus Tugas
Tim Gabungan
Tim Kampanye
Tim Pemenangan
Komite
# a committee with its own name is a body ("Panitia Penyelenggara Ibadah Haji
# (PPIH) memastikan"); "panitia" alone is people (roles.lex)
Panitia Penyelenggara
Panitia Pengawas
Panitia Pelaksana
Panitia Khusus
Otoritas
Perum
Perumda
Perusahaan Umum
Perusahaan Daerah
BUMD
Dinkes
Dinas Kesehatan
Disdik
Dinas Pendidikan
Dishub
Dinas Perhubungan
Disdukcapil
Dinsos
Dinas Sosial
Disnaker
Disperindag
Dispar
Dinas Pariwisata
Dinas Pekerjaan Umum
Dinas Lingkungan Hidup
DLH
Satpol PP
Bappeda
Bapenda
BPKAD
Kecamatan
Kelurahan
Kalurahan
Kapanewon
Lapas; org_named
Lembaga Pemasyarakatan
Rutan; org_named
Rumah Tahanan
# police and armed forces
Polda
Polres; org_named
Polresta; org_named
Polrestabes; org_named
Polsek; org_named
Polsekta; org_named
Kepolisian
Kepolisian Daerah
Kepolisian Resor
Kepolisian Resor Kota
Kepolisian Sektor
Ditreskrimum
Ditreskrimsus
Ditresnarkoba
Ditlantas
Ditpolairud
Satreskrim
Satlantas
Satnarkoba
Satresnarkoba
Satbrimob
Kodam
Korem; org_named
Kodim; org_named
Koramil; org_named
Lanud
Lantamal
Lanal
Yonif
Batalyon
Brigif
Komando
# (an army's general staff: "Staf Umum Angkatan Bersenjata Ukraina")
Staf Umum
Pangkalan
Detasemen
# justice
Kejaksaan
Kejaksaan Tinggi
Kejaksaan Negeri
Kejati; org_named
Kejari; org_named
Pengadilan
Pengadilan Negeri
Pengadilan Tinggi
Pengadilan Agama
Pengadilan Tata Usaha Negara
PTUN
PN
Mahkamah
# education and health
Universitas; org_eponym org_named
Observatorium; org_named
Institut; org_named
# English names: the head, then "of"/"for" and the rest ("University of
# Queensland", "Institute for Policy Studies")
University
Institute
College
# (observatories: "Observatorium Bosscha", "Royal Observatory Greenwich")
Observatory
# (Spanish, Portuguese, French, Italian, German and Dutch names of
# universities and institutes: "Universidad Diego Portales")
Universidad; org_eponym org_named
Universidade; org_eponym org_named
Université; org_eponym org_named
Università; org_eponym org_named
Universität; org_eponym org_named
Universiteit; org_eponym org_named
Instituto; org_named
# ("Council on Foreign Relations", "Foundation for …")
Council
Foundation
Center
Centre
Sekolah Tinggi
Politeknik; org_named
Akademi
Sekolah
SD
# (a primary school built under a presidential instruction: "SD Inpres
# Lailunggi"; "Inpres" alone is the instruction)
SD Inpres
SMP
SMA
SMK
# (the state schools' short forms: "SMKN 1 Cangkringan", "SDN 2 Sukamaju")
SDN
SMPN
SMAN
SMKN
MAN
MTs
# (the Islamic primary and middle schools' short forms, state ones with N:
# "MI Swasta Nurul Huda", "MTsN 1 Pontianak"; a
# kindergarten, "TK Pertiwi")
MI
MTsN
TK
# (a school's status is part of its head, before a name that may be a
# person's: "MI Swasta Nurul Huda", "SMA Negeri Nurul Falah")
SD Negeri
SD Swasta
SMP Negeri
SMP Swasta
SMA Negeri
SMA Swasta
SMK Negeri
SMK Swasta
MI Negeri
MI Swasta
MTs Negeri
MTs Swasta
Madrasah Negeri
Madrasah Swasta
MA Swasta
Madrasah
Madrasah Aliyah
Madrasah Tsanawiyah
Madrasah Ibtidaiyah
Pondok Pesantren
# Aceh's boarding schools ("Dayah Raudhatul Ulum")
Dayah
Ponpes
Pesantren
Rumah Sakit; org_eponym
Rumah Sakit Umum; org_eponym
Rumah Sakit Umum Daerah; org_eponym
RS; org_eponym
RSU; org_named org_eponym
# (a regional hospital: "RSD dr. Soebandi")
RSD; org_named org_eponym
RSUD; org_named org_eponym
RSUP; org_eponym
RSUPN; org_eponym
RSIA; org_eponym
RSPAD; org_eponym
Puskesmas; org_named
# (a community health centre's branch and a village maternity post: "Pustu
# Hitugi", "Polindes Sukamaju")
Pustu; org_named
Puskesmas Pembantu; org_named
Polindes; org_named
# (a village health post: "Posyandu Anggrek 2")
Posyandu; org_named
Klinik
Laboratorium
# culture
Museum
Galeri
# business
Bank
PT
CV
Koperasi
# village bodies: the village's own enterprise ("BUMDes Sumber Makmur",
# "BUMKal Margosari Mandiri", "BUMNag" in West Sumatra), community and
# tourism groups ("KSM Resik Asri", "Pokdarwis Pesona Alam"), farmers' and
# women farmers' groups, the youth and the community councils
BUMDes; org_named
BUMDesa; org_named
BUMKal; org_named
BUMNag; org_named
KSM; org_named
Pokdarwis; org_named
Poktan; org_named
KWT; org_named
Karang Taruna
LPM
PKK
Perusahaan
Grup
Kelompok Usaha
# (farmers', fishers' and fish farmers' groups: "Kelompok Pembudidaya Rumput
# Laut Karya Bahari", "Kelompok Nelayan Sinar Laut")
Kelompok Pembudidaya
Kelompok Pembudidaya Rumput Laut
Kelompok Pembudidaya Ikan
Kelompok Nelayan
Gabungan Kelompok Tani
Kelompok Usaha Bersama
KUB; org_named
# parties and associations
Partai
Fraksi
DPP
DPW
DPC
Dewan Pimpinan Pusat
Dewan Pimpinan Wilayah
Dewan Pimpinan Daerah
Dewan Pimpinan Cabang
Pengurus Besar
Pengurus Pusat
Pengurus Wilayah
Pengurus Cabang
Pimpinan Pusat
Pimpinan Wilayah
Pimpinan Daerah
PWNU
PCNU
Yayasan
Asosiasi
Perhimpunan
Perkumpulan
PO
Persekutuan
Perserikatan
Sanggar
Klub
# a national team by its age group or side ("Timnas U-23", "Timnas Putri")
Timnas
Perguruan Tinggi
Korps
# armed services ("Angkatan Udara Ukraina", "Angkatan Laut Filipina"), and
# forces named as bodies ("Pasukan Dukungan Cepat (RSF)", "Pasukan
# Pertahanan Israel")
Pasukan
Angkatan Udara
Angkatan Laut
# (a coast guard: "juru bicara | Penjaga Pantai Filipina | Komodor …")
Penjaga Pantai; org_named
Angkatan Darat
Angkatan Bersenjata
Laskar
Posko
Ikatan
Persatuan
Federasi
Konfederasi
Organisasi
Himpunan
Gabungan
Serikat
Serikat Pekerja
Forum
Aliansi
Koalisi
Gerakan
Front
Jaringan
Konsorsium
Lembaga Swadaya Masyarakat
LSM
Komunitas
Paguyuban
Pusat Studi
Pusat Kajian
# Bali: a priest's or a noble family's house
Griya
Puri
