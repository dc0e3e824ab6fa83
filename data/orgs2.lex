# Organisations (2/3): police, armed forces, political parties, and
# non-government organisations (mass organisations, associations, NGOs,
# armed groups) that news quotes.  Written for warta from general knowledge.
#   org police    a regional police command (Polda), Polres, Polrestabes,
#                 Polresta, or a national police unit
#   org military  an armed-forces service or command (Kodam, Kostrad ...)
#   org party     a political party
#   org           (alone) another organisation

# ---- Polda: one per province ------------------------------------------
@classes org police
Polda Aceh
Polda Sumatera Utara
Polda Sumatera Barat
Polda Riau
Polda Kepulauan Riau
Polda Jambi
Polda Bengkulu
Polda Sumatera Selatan
Polda Kepulauan Bangka Belitung
Polda Lampung
Polda Banten
Polda Metro Jaya
Polda Jawa Barat
Polda Jawa Tengah
Polda DI Yogyakarta
Polda Jawa Timur
Polda Bali
Polda Nusa Tenggara Barat
Polda Nusa Tenggara Timur
Polda Kalimantan Barat
Polda Kalimantan Tengah
Polda Kalimantan Selatan
Polda Kalimantan Timur
Polda Kalimantan Utara
Polda Sulawesi Utara
Polda Gorontalo
Polda Sulawesi Tengah
Polda Sulawesi Barat
Polda Sulawesi Selatan
Polda Sulawesi Tenggara
Polda Maluku
Polda Maluku Utara
Polda Papua
Polda Papua Barat
# (the provinces made in 2022: "Polda Papua Tengah", not "Polda Papua" and
# a word)
Polda Papua Tengah
Polda Papua Selatan
Polda Papua Pegunungan
Polda Papua Barat Daya
@classes
Polda Sumut; org police alias; Polda Sumatera Utara
Polda Sumbar; org police alias; Polda Sumatera Barat
Polda Kepri; org police alias; Polda Kepulauan Riau
Polda Sumsel; org police alias; Polda Sumatera Selatan
Polda Babel; org police alias; Polda Kepulauan Bangka Belitung
Polda Bangka Belitung; org police alias; Polda Kepulauan Bangka Belitung
Polda Jabar; org police alias; Polda Jawa Barat
Polda Jateng; org police alias; Polda Jawa Tengah
Polda DIY; org police alias; Polda DI Yogyakarta
Polda Jatim; org police alias; Polda Jawa Timur
Polda NTB; org police alias; Polda Nusa Tenggara Barat
Polda NTT; org police alias; Polda Nusa Tenggara Timur
Polda Kalbar; org police alias; Polda Kalimantan Barat
Polda Kalteng; org police alias; Polda Kalimantan Tengah
Polda Kalsel; org police alias; Polda Kalimantan Selatan
Polda Kaltim; org police alias; Polda Kalimantan Timur
Polda Kaltara; org police alias; Polda Kalimantan Utara
Polda Sulut; org police alias; Polda Sulawesi Utara
Polda Sulteng; org police alias; Polda Sulawesi Tengah
Polda Sulbar; org police alias; Polda Sulawesi Barat
Polda Sulsel; org police alias; Polda Sulawesi Selatan
Polda Sultra; org police alias; Polda Sulawesi Tenggara
Polda Malut; org police alias; Polda Maluku Utara
Polda Pabar; org police alias; Polda Papua Barat
Polda Metro; org police alias; Polda Metro Jaya

# ---- Polrestabes, Polresta, Polres ---------------------------------------
@classes org police
Polrestabes Medan
Polrestabes Palembang
Polrestabes Bandung
Polrestabes Semarang
Polrestabes Surabaya
Polrestabes Makassar
Polres Metro Jakarta Pusat
Polres Metro Jakarta Selatan
Polres Metro Jakarta Barat
Polres Metro Jakarta Timur
Polres Metro Jakarta Utara
Polres Metro Bekasi
Polres Metro Bekasi Kota
Polres Metro Tangerang Kota
Polres Metro Depok
Polres Pelabuhan Tanjung Priok
Polres Kepulauan Seribu
Polres Bogor
Polresta Bogor Kota
Polres Tangerang Selatan
Polresta Tangerang
Polresta Malang Kota
Polres Malang
Polresta Sidoarjo
Polresta Yogyakarta
Polres Sleman
Polres Bantul
Polresta Denpasar
Polresta Banyuwangi
Polresta Surakarta
Polresta Pekanbaru
Polresta Padang
Polresta Barelang
Polresta Bandar Lampung
Polresta Pontianak
Polresta Balikpapan
Polresta Samarinda
Polresta Banjarmasin
Polresta Manado
Polresta Palu
Polresta Kendari
Polresta Ambon
Polresta Jayapura Kota
Polresta Mataram
Polresta Kupang Kota
Polresta Deli Serdang
Polresta Cirebon
Polres Garut
Polres Cianjur
Polres Sukabumi
Polres Karawang
Polres Jember
Polres Kediri
Polres Gresik
Polres Pasuruan
Polres Mojokerto
Polres Jombang
Polres Klaten
Polres Magelang
Polres Kudus
Polres Tegal
Polres Cilacap
Polres Banyumas
Polres Badung
Polres Gianyar
Polres Buleleng
Polres Lombok Tengah
Polres Mimika
Polres Jayawijaya
Polres Nabire
@classes
Polres Metro Jakpus; org police alias; Polres Metro Jakarta Pusat
Polres Jakarta Pusat; org police alias; Polres Metro Jakarta Pusat
Polres Metro Jaksel; org police alias; Polres Metro Jakarta Selatan
Polres Jakarta Selatan; org police alias; Polres Metro Jakarta Selatan
Polres Metro Jakbar; org police alias; Polres Metro Jakarta Barat
Polres Jakarta Barat; org police alias; Polres Metro Jakarta Barat
Polres Metro Jaktim; org police alias; Polres Metro Jakarta Timur
Polres Jakarta Timur; org police alias; Polres Metro Jakarta Timur
Polres Metro Jakut; org police alias; Polres Metro Jakarta Utara
Polres Jakarta Utara; org police alias; Polres Metro Jakarta Utara
Polres Tanjung Priok; org police alias; Polres Pelabuhan Tanjung Priok
Polres Depok; org police alias; Polres Metro Depok
Polres Tangsel; org police alias; Polres Tangerang Selatan
Polresta Malang; org police alias; Polresta Malang Kota
Polresta Solo; org police alias; Polresta Surakarta
Polres Sidoarjo; org police alias; Polresta Sidoarjo

# ---- national police units -----------------------------------------------
@classes org police
Densus 88 Antiteror
Korps Brimob
Divisi Humas Polri
Divisi Propam Polri
Korlantas Polri
Baharkam Polri
Puslabfor Polri
Pusdokkes Polri
Polairud
Direktorat Tindak Pidana Siber
Satgas Anti Mafia Bola
@classes
Densus 88; org police alias; Densus 88 Antiteror
Detasemen Khusus 88; org police alias; Densus 88 Antiteror
Brimob; org police alias; Korps Brimob
Brimob Polri; org police alias; Korps Brimob
Div Humas Polri; org police alias; Divisi Humas Polri
Divhumas Polri; org police alias; Divisi Humas Polri
Propam Polri; org police alias; Divisi Propam Polri
Div Propam Polri; org police alias; Divisi Propam Polri
Korlantas; org police alias; Korlantas Polri
Korps Lalu Lintas Polri; org police alias; Korlantas Polri
Dittipidsiber; org police alias; Direktorat Tindak Pidana Siber

# ---- armed forces -------------------------------------------------------
@classes org military
TNI Angkatan Darat
TNI Angkatan Laut
TNI Angkatan Udara
Markas Besar TNI
Kostrad
Kopassus
Korps Marinir
Kopasgat
Kopaska
Denjaka
Paspampres
Puspom TNI
Bais TNI
Kogabwilhan
Kodam Iskandar Muda
Kodam Bukit Barisan
Kodam Sriwijaya
Kodam Jaya
Kodam Siliwangi
Kodam Diponegoro
Kodam Brawijaya
Kodam Mulawarman
Kodam Udayana
Kodam Tanjungpura
Kodam Merdeka
Kodam Hasanuddin
Kodam Pattimura
Kodam Cenderawasih
Kodam Kasuari
Koarmada
Koopsud
Puspen TNI
Dispenad
Tentara Pembebasan Rakyat
Pasukan Pertahanan Israel
Angkatan Bersenjata Rusia
Angkatan Bersenjata Ukraina
Angkatan Darat AS
Angkatan Laut AS
Angkatan Udara AS
Korps Marinir AS
Tentara Rakyat Korea
Grup Wagner
Brigade Al-Qassam
Garda Revolusi Iran
Tatmadaw
# (a body of commanders, not one person's post: "Kepala Staf Gabungan (JCS)
# Korea Selatan menyatakan")
Kepala Staf Gabungan
@classes
TNI AD; org military alias; TNI Angkatan Darat
TNI AL; org military alias; TNI Angkatan Laut
TNI AU; org military alias; TNI Angkatan Udara
Mabes TNI; org military alias; Markas Besar TNI
Komando Strategis Angkatan Darat; org military alias; Kostrad
Komando Pasukan Khusus; org military alias; Kopassus
Marinir; org military alias; Korps Marinir
Korps Marinir TNI AL; org military alias; Korps Marinir
Paskhas; org military alias; Kopasgat
Korpaskhas; org military alias; Kopasgat
Pasukan Pengamanan Presiden; org military alias; Paspampres
Kodam IM; org military alias; Kodam Iskandar Muda
Kodam I/Bukit Barisan; org military alias; Kodam Bukit Barisan
Kodam I Bukit Barisan; org military alias; Kodam Bukit Barisan
Kodam II/Sriwijaya; org military alias; Kodam Sriwijaya
Kodam II Sriwijaya; org military alias; Kodam Sriwijaya
Kodam Jaya/Jayakarta; org military alias; Kodam Jaya
Kodam III/Siliwangi; org military alias; Kodam Siliwangi
Kodam III Siliwangi; org military alias; Kodam Siliwangi
Kodam IV/Diponegoro; org military alias; Kodam Diponegoro
Kodam IV Diponegoro; org military alias; Kodam Diponegoro
Kodam V/Brawijaya; org military alias; Kodam Brawijaya
Kodam V Brawijaya; org military alias; Kodam Brawijaya
Kodam VI/Mulawarman; org military alias; Kodam Mulawarman
Kodam VI Mulawarman; org military alias; Kodam Mulawarman
Kodam IX/Udayana; org military alias; Kodam Udayana
Kodam IX Udayana; org military alias; Kodam Udayana
Kodam XII/Tanjungpura; org military alias; Kodam Tanjungpura
Kodam XII Tanjungpura; org military alias; Kodam Tanjungpura
Kodam XIII/Merdeka; org military alias; Kodam Merdeka
Kodam XIII Merdeka; org military alias; Kodam Merdeka
Kodam XIV/Hasanuddin; org military alias; Kodam Hasanuddin
Kodam XIV Hasanuddin; org military alias; Kodam Hasanuddin
Kodam XVI/Pattimura; org military alias; Kodam Pattimura
Kodam XVI Pattimura; org military alias; Kodam Pattimura
Kodam XVII/Cenderawasih; org military alias; Kodam Cenderawasih
Kodam XVII Cenderawasih; org military alias; Kodam Cenderawasih
Kodam XVIII/Kasuari; org military alias; Kodam Kasuari
Kodam XVIII Kasuari; org military alias; Kodam Kasuari
PLA; org military alias; Tentara Pembebasan Rakyat
IDF; org military alias; Pasukan Pertahanan Israel
Militer Israel; org military alias; Pasukan Pertahanan Israel
Tentara Israel; org military alias; Pasukan Pertahanan Israel
Wagner; org military alias; Grup Wagner
IRGC; org military alias; Garda Revolusi Iran
Korps Garda Revolusi Islam; org military alias; Garda Revolusi Iran

# ---- political parties ------------------------------------------------
@classes org party
Partai Demokrasi Indonesia Perjuangan
Partai Golongan Karya
Partai Gerakan Indonesia Raya
Partai Kebangkitan Bangsa
Partai NasDem
Partai Keadilan Sejahtera
Partai Demokrat
Partai Amanat Nasional
Partai Persatuan Pembangunan
Partai Persatuan Indonesia
Partai Solidaritas Indonesia
Partai Hati Nurani Rakyat
Partai Bulan Bintang
Partai Gelombang Rakyat Indonesia
Partai Ummat
Partai Buruh
Partai Garda Republik Indonesia
Partai Kebangkitan Nusantara
Partai Berkarya
Partai Keadilan dan Persatuan Indonesia
Partai Aceh
Partai Nanggroe Aceh
Partai Republik
Partai Demokrat AS
Partai Komunis China
Partai Buruh Korea
Rusia Bersatu
Partai Konservatif
Partai Buruh Inggris
Likud
Partai Aksi Rakyat
UMNO
Pakatan Harapan
Perikatan Nasional
Partai Keadilan Rakyat
Partai Islam Se-Malaysia
Bharatiya Janata Party
Partai Kongres Nasional India
Partai Liberal Demokrat Jepang
Partai Kekuatan Rakyat
Partai Demokratik Korea
Partai Keadilan dan Pembangunan
Fatah
Hamas
Hizbullah
Partai Demokratik Progresif
Kuomintang
@classes
PDI Perjuangan; org party alias; Partai Demokrasi Indonesia Perjuangan
PDI-P; org party alias; Partai Demokrasi Indonesia Perjuangan
PDIP; org party alias; Partai Demokrasi Indonesia Perjuangan
PDI P; org party alias; Partai Demokrasi Indonesia Perjuangan
Golkar; org party alias; Partai Golongan Karya
Partai Golkar; org party alias; Partai Golongan Karya
Partai Beringin; org party alias; Partai Golongan Karya
Gerindra; org party alias; Partai Gerakan Indonesia Raya
Partai Gerindra; org party alias; Partai Gerakan Indonesia Raya
PKB; org party alias; Partai Kebangkitan Bangsa
NasDem; org party alias; Partai NasDem
PKS; org party alias; Partai Keadilan Sejahtera
Demokrat; org party alias; Partai Demokrat
PAN; org party alias; Partai Amanat Nasional
PPP; org party alias; Partai Persatuan Pembangunan
Perindo; org party alias; Partai Persatuan Indonesia
Partai Perindo; org party alias; Partai Persatuan Indonesia
PSI; org party alias; Partai Solidaritas Indonesia
Hanura; org party alias; Partai Hati Nurani Rakyat
Partai Hanura; org party alias; Partai Hati Nurani Rakyat
Partai Gelora; org party alias; Partai Gelombang Rakyat Indonesia
Partai Garuda; org party alias; Partai Garda Republik Indonesia
PKN; org party alias; Partai Kebangkitan Nusantara
PKPI; org party alias; Partai Keadilan dan Persatuan Indonesia
Partai Republikan; org party alias; Partai Republik
Republikan; org party alias; Partai Republik
Partai Komunis Tiongkok; org party alias; Partai Komunis China
PKC; org party alias; Partai Komunis China
PKT; org party alias; Partai Komunis China
Partai Pekerja Korea; org party alias; Partai Buruh Korea
Partai Tories; org party alias; Partai Konservatif
PAP; org party alias; Partai Aksi Rakyat
PKR; org party alias; Partai Keadilan Rakyat
BJP; org party alias; Bharatiya Janata Party
LDP; org party alias; Partai Liberal Demokrat Jepang
AKP Turki; org party alias; Partai Keadilan dan Pembangunan
Hizbulloh; org party alias; Hizbullah
Hezbollah; org party alias; Hizbullah
KMT; org party alias; Kuomintang

# ---- other organisations: mass organisations, associations, NGOs, groups --
@classes org
Nahdlatul Ulama
Pengurus Besar Nahdlatul Ulama
Muhammadiyah
Pimpinan Pusat Muhammadiyah
Majelis Ulama Indonesia
Persatuan Islam
Dewan Masjid Indonesia
Persekutuan Gereja-Gereja di Indonesia
Konferensi Waligereja Indonesia
Huria Kristen Batak Protestan
Gereja Kristen Indonesia
Gereja Protestan di Indonesia bagian Barat
Gereja Masehi Injili di Minahasa
Gereja Masehi Injili di Timor
Gereja Kristen Pasundan
Gereja Kristen Jawa
Gereja Kristen Jawi Wetan
Gereja Pantekosta di Indonesia
Gereja Bethel Indonesia
Gereja Kristen Protestan Simalungun
Gereja Batak Karo Protestan
Gereja Kristen Protestan Indonesia
Huria Kristen Indonesia
Banua Niha Keriso Protestan
Gereja Kalimantan Evangelis
Gereja Kristen Sulawesi Tengah
Gereja Masehi Injili di Halmahera
Gereja Protestan Maluku
Gereja Kristen Sumba
Gereja Kristen Protestan di Bali
Gereja Injili di Indonesia
Gereja Kemah Injili Indonesia
Persekutuan Gereja-Gereja dan Lembaga-Lembaga Injili Indonesia
Persekutuan Gereja-Gereja Pentakosta Indonesia
Gerakan Mahasiswa Kristen Indonesia
Perhimpunan Mahasiswa Katolik Republik Indonesia
Gerakan Angkatan Muda Kristen Indonesia
Lembaga Dakwah Islam Indonesia
Dewan Dakwah Islamiyah Indonesia
Majelis Tinggi Agama Khonghucu Indonesia
Persatuan Umat Buddha Indonesia
Parisada
Parisada Hindu Dharma Indonesia
Perwakilan Umat Buddha Indonesia
Persatuan Sepak Bola Seluruh Indonesia
Komite Olahraga Nasional Indonesia
Komite Olimpiade Indonesia
Kamar Dagang dan Industri Indonesia
Asosiasi Pengusaha Indonesia
Himpunan Pengusaha Muda Indonesia
Yayasan Lembaga Konsumen Indonesia
Indonesia Corruption Watch
Wahana Lingkungan Hidup Indonesia
Komisi untuk Orang Hilang dan Korban Tindak Kekerasan
Yayasan Lembaga Bantuan Hukum Indonesia
Lembaga Bantuan Hukum Jakarta
Lembaga Bantuan Hukum
Persatuan Guru Republik Indonesia
Ikatan Dokter Indonesia
Persatuan Perawat Nasional Indonesia
Perhimpunan Advokat Indonesia
Persatuan Wartawan Indonesia
Aliansi Jurnalis Independen
Komite Nasional Pemuda Indonesia
Palang Merah Indonesia
Pramuka
Gerakan Pemuda Ansor
Banser
Fatayat NU
Aisyiyah
Front Pembela Islam
Hizbut Tahrir Indonesia
Jamaah Islamiyah
Jamaah Ansharut Daulah
Organisasi Papua Merdeka
Tentara Pembebasan Nasional Papua Barat
Kelompok Kriminal Bersenjata
Gerakan Aceh Merdeka
Negara Islam Irak dan Suriah
Al Qaeda
Taliban
Houthi
Setara Institute
Lembaga Survei Indonesia
Indikator Politik Indonesia
Litbang Kompas
Saiful Mujani Research and Consulting
Centre for Strategic and International Studies
Institute for Development of Economics and Finance
Center of Reform on Economics
Lingkaran Survei Indonesia
Charta Politika
Poltracking Indonesia
Amnesty International Indonesia
Greenpeace Indonesia
Transparency International Indonesia
Formappi
Perludem
Masyarakat Transparansi Indonesia
Indonesia Police Watch
Institute for Criminal Justice Reform
Jaringan Pemantau Pendidikan Indonesia
Federasi Serikat Guru Indonesia
Konfederasi Serikat Pekerja Indonesia
Konfederasi Serikat Pekerja Seluruh Indonesia
Gabungan Pengusaha Kelapa Sawit Indonesia
Real Estat Indonesia
Persatuan Hotel dan Restoran Indonesia
Asosiasi Penyelenggara Jasa Internet Indonesia
Gabungan Industri Kendaraan Bermotor Indonesia
Ikatan Pedagang Pasar Indonesia
Asosiasi Pemerintah Kabupaten Seluruh Indonesia
Asosiasi Pemerintah Kota Seluruh Indonesia
Badan Eksekutif Mahasiswa
Himpunan Mahasiswa Islam
Pergerakan Mahasiswa Islam Indonesia
Gerakan Mahasiswa Nasional Indonesia
Ikatan Mahasiswa Muhammadiyah
Kesatuan Aksi Mahasiswa Muslim Indonesia
Persatuan Bulu Tangkis Seluruh Indonesia
Persatuan Bola Basket Seluruh Indonesia
Persatuan Atletik Seluruh Indonesia
Ikatan Motor Indonesia
Persija Jakarta
Persib Bandung
Persebaya Surabaya
Arema FC
PSM Makassar
Bali United
Borneo FC
Persita Tangerang
Persik Kediri
PSIS Semarang
Persis Solo
PSS Sleman
Madura United
Dewa United
Bhayangkara FC
Barito Putera
Persipura Jayapura
PSBS Biak
Semen Padang FC
Malut United
PSIM Yogyakarta
Persiraja Banda Aceh
Sriwijaya FC
PSMS Medan
Persela Lamongan
Persijap Jepara
Timnas Indonesia
Real Madrid
FC Barcelona
Manchester United
Manchester City
Liverpool FC
Chelsea
Arsenal
Bayern Muenchen
Juventus
Inter Milan
AC Milan
Paris Saint-Germain
Al Nassr
# motorsport teams and makers, esports teams ("Pebalap Aston Martin,
# Sebastián Ortega,": "Martin" had made the team a person); names that are
# also surnames (Williams, Haas, Ferrari) stay out
Aston Martin
Red Bull Racing
Red Bull
McLaren
Racing Bulls
Ducati
Ducati Lenovo
Pramac
Prima Pramac
Gresini
VR46
Tech3
Trackhouse
KTM
Kawasaki Racing Team
Onic Esports
RRQ
EVOS
Geek Fam
Bigetron
Alter Ego
Team Liquid
# (a migrant workers' advocacy group: "Koordinator Advokasi Migrant CARE
# …", "Migrant" had gone into the post)
Migrant CARE
@classes
NU; org alias; Nahdlatul Ulama
PBNU; org alias; Pengurus Besar Nahdlatul Ulama
PP Muhammadiyah; org alias; Pimpinan Pusat Muhammadiyah
MUI; org alias; Majelis Ulama Indonesia
Persis; org alias; Persatuan Islam
DMI; org alias; Dewan Masjid Indonesia
PGI; org alias; Persekutuan Gereja-Gereja di Indonesia
KWI; org alias; Konferensi Waligereja Indonesia
HKBP; org alias; Huria Kristen Batak Protestan
GKI; org alias; Gereja Kristen Indonesia
GPIB; org alias; Gereja Protestan di Indonesia bagian Barat
GMIM; org alias; Gereja Masehi Injili di Minahasa
GMIT; org alias; Gereja Masehi Injili di Timor
# (churches' synods and fellowships, named by their short forms before a
# congregation's place: "Pendeta GKP Tambun Utara, Pdt. Yosua Hermawan,")
GKP; org alias; Gereja Kristen Pasundan
GKJ; org alias; Gereja Kristen Jawa
GKJW; org alias; Gereja Kristen Jawi Wetan
GPdI; org alias; Gereja Pantekosta di Indonesia
GBI; org alias; Gereja Bethel Indonesia
GKPS; org alias; Gereja Kristen Protestan Simalungun
GBKP; org alias; Gereja Batak Karo Protestan
GKPI; org alias; Gereja Kristen Protestan Indonesia
HKI; org alias; Huria Kristen Indonesia
BNKP; org alias; Banua Niha Keriso Protestan
GKE; org alias; Gereja Kalimantan Evangelis
GKST; org alias; Gereja Kristen Sulawesi Tengah
GMIH; org alias; Gereja Masehi Injili di Halmahera
GPM; org alias; Gereja Protestan Maluku
GKS; org alias; Gereja Kristen Sumba
GKPB; org alias; Gereja Kristen Protestan di Bali
GIDI; org alias; Gereja Injili di Indonesia
GKII; org alias; Gereja Kemah Injili Indonesia
PGLII; org alias; Persekutuan Gereja-Gereja dan Lembaga-Lembaga Injili Indonesia
PGPI; org alias; Persekutuan Gereja-Gereja Pentakosta Indonesia
GMKI; org alias; Gerakan Mahasiswa Kristen Indonesia
PMKRI; org alias; Perhimpunan Mahasiswa Katolik Republik Indonesia
GAMKI; org alias; Gerakan Angkatan Muda Kristen Indonesia
# (Islamic mass organisations beyond NU and Muhammadiyah; Confucian and
# Buddhist councils)
LDII; org alias; Lembaga Dakwah Islam Indonesia
DDII; org alias; Dewan Dakwah Islamiyah Indonesia
Al Washliyah
Nahdlatul Wathan
Al-Irsyad Al-Islamiyyah
Matakin; org alias; Majelis Tinggi Agama Khonghucu Indonesia
Permabudhi; org alias; Persatuan Umat Buddha Indonesia
PHDI; org alias; Parisada Hindu Dharma Indonesia
Walubi; org alias; Perwakilan Umat Buddha Indonesia
PSSI; org alias; Persatuan Sepak Bola Seluruh Indonesia
Persija; org alias; Persija Jakarta
Persib; org alias; Persib Bandung
Persebaya; org alias; Persebaya Surabaya
Arema; org alias; Arema FC
Persita; org alias; Persita Tangerang
Persik; org alias; Persik Kediri
PSIS; org alias; PSIS Semarang
PSS; org alias; PSS Sleman
Persipura; org alias; Persipura Jayapura
PSBS; org alias; PSBS Biak
PSIM; org alias; PSIM Yogyakarta
PSMS; org alias; PSMS Medan
Persela; org alias; Persela Lamongan
Persijap; org alias; Persijap Jepara
KONI; org alias; Komite Olahraga Nasional Indonesia
KOI; org alias; Komite Olimpiade Indonesia
NOC Indonesia; org alias; Komite Olimpiade Indonesia
Kadin; org alias; Kamar Dagang dan Industri Indonesia
Kadin Indonesia; org alias; Kamar Dagang dan Industri Indonesia
Apindo; org alias; Asosiasi Pengusaha Indonesia
HIPMI; org alias; Himpunan Pengusaha Muda Indonesia
YLKI; org alias; Yayasan Lembaga Konsumen Indonesia
ICW; org alias; Indonesia Corruption Watch
Walhi; org alias; Wahana Lingkungan Hidup Indonesia
KontraS; org alias; Komisi untuk Orang Hilang dan Korban Tindak Kekerasan
YLBHI; org alias; Yayasan Lembaga Bantuan Hukum Indonesia
LBH Jakarta; org alias; Lembaga Bantuan Hukum Jakarta
# (a legal aid office of any city: "LBH Surabaya", "LBH Medan")
LBH; org alias; Lembaga Bantuan Hukum
PGRI; org alias; Persatuan Guru Republik Indonesia
IDI; org alias; Ikatan Dokter Indonesia
PB IDI; org alias; Ikatan Dokter Indonesia
PPNI; org alias; Persatuan Perawat Nasional Indonesia
Peradi; org alias; Perhimpunan Advokat Indonesia
PWI; org alias; Persatuan Wartawan Indonesia
AJI; org alias; Aliansi Jurnalis Independen
KNPI; org alias; Komite Nasional Pemuda Indonesia
PMI; org alias; Palang Merah Indonesia
GP Ansor; org alias; Gerakan Pemuda Ansor
Ansor; org alias; Gerakan Pemuda Ansor
FPI; org alias; Front Pembela Islam
HTI; org alias; Hizbut Tahrir Indonesia
JI; org alias; Jamaah Islamiyah
JAD; org alias; Jamaah Ansharut Daulah
OPM; org alias; Organisasi Papua Merdeka
TPNPB; org alias; Tentara Pembebasan Nasional Papua Barat
TPNPB-OPM; org alias; Tentara Pembebasan Nasional Papua Barat
KKB; org alias; Kelompok Kriminal Bersenjata
GAM; org alias; Gerakan Aceh Merdeka
ISIS; org alias; Negara Islam Irak dan Suriah
NIIS; org alias; Negara Islam Irak dan Suriah
ISIL; org alias; Negara Islam Irak dan Suriah
Al-Qaeda; org alias; Al Qaeda
Hutsi; org alias; Houthi
LSI; org alias; Lembaga Survei Indonesia
LSI Denny JA; org alias; Lingkaran Survei Indonesia
Indikator; org alias; Indikator Politik Indonesia
SMRC; org alias; Saiful Mujani Research and Consulting
CSIS; org alias; Centre for Strategic and International Studies
CSIS Indonesia; org alias; Centre for Strategic and International Studies
INDEF; org alias; Institute for Development of Economics and Finance
CORE Indonesia; org alias; Center of Reform on Economics
Poltracking; org alias; Poltracking Indonesia
TII; org alias; Transparency International Indonesia
MTI; org alias; Masyarakat Transparansi Indonesia
IPW; org alias; Indonesia Police Watch
ICJR; org alias; Institute for Criminal Justice Reform
JPPI; org alias; Jaringan Pemantau Pendidikan Indonesia
FSGI; org alias; Federasi Serikat Guru Indonesia
KSPI; org alias; Konfederasi Serikat Pekerja Indonesia
KSPSI; org alias; Konfederasi Serikat Pekerja Seluruh Indonesia
Gapki; org alias; Gabungan Pengusaha Kelapa Sawit Indonesia
REI; org alias; Real Estat Indonesia
PHRI; org alias; Persatuan Hotel dan Restoran Indonesia
APJII; org alias; Asosiasi Penyelenggara Jasa Internet Indonesia
Gaikindo; org alias; Gabungan Industri Kendaraan Bermotor Indonesia
Ikappi; org alias; Ikatan Pedagang Pasar Indonesia
Apkasi; org alias; Asosiasi Pemerintah Kabupaten Seluruh Indonesia
Apeksi; org alias; Asosiasi Pemerintah Kota Seluruh Indonesia
BEM; org alias; Badan Eksekutif Mahasiswa
HMI; org alias; Himpunan Mahasiswa Islam
PMII; org alias; Pergerakan Mahasiswa Islam Indonesia
GMNI; org alias; Gerakan Mahasiswa Nasional Indonesia
IMM; org alias; Ikatan Mahasiswa Muhammadiyah
KAMMI; org alias; Kesatuan Aksi Mahasiswa Muslim Indonesia
PBSI; org alias; Persatuan Bulu Tangkis Seluruh Indonesia
PP PBSI; org alias; Persatuan Bulu Tangkis Seluruh Indonesia
Perbasi; org alias; Persatuan Bola Basket Seluruh Indonesia
PASI; org alias; Persatuan Atletik Seluruh Indonesia
IMI; org alias; Ikatan Motor Indonesia
PSM; org alias; PSM Makassar
Barcelona FC; org alias; FC Barcelona
Barca; org alias; FC Barcelona
Man United; org alias; Manchester United
MU; org alias; Manchester United
Man City; org alias; Manchester City
The Reds; org alias; Liverpool FC
Bayern Munchen; org alias; Bayern Muenchen
Bayern; org alias; Bayern Muenchen
Inter; org alias; Inter Milan
Internazionale; org alias; Inter Milan
PSG; org alias; Paris Saint-Germain
