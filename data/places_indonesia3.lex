# Places in Indonesia (3/3): Kalimantan, Sulawesi, Maluku, Papua, then
# islands, areas, districts and landmarks across the country (see
# places_indonesia.lex for the classes).  Written for warta from general knowledge.

# ---- Kalimantan Barat -------------------------------------------------
@classes loc city
Bengkayang
Kapuas Hulu
Kayong Utara
Ketapang
Kubu Raya
Landak
Melawi
Mempawah
Sambas
Sanggau
Sekadau
Sintang
Pontianak
Singkawang
Putussibau
Sungai Raya
Ngabang
Nanga Pinoh
Entikong

# ---- Kalimantan Tengah ------------------------------------------------
Barito Selatan
Barito Timur
Barito Utara
Gunung Mas
Kapuas
Katingan
Kotawaringin Barat
Kotawaringin Timur
Lamandau
Murung Raya
Pulang Pisau
Seruyan
Sukamara
Palangka Raya
Buntok
Tamiang Layang
Muara Teweh
Kuala Kurun
Kuala Kapuas
Kasongan
Pangkalan Bun
Sampit
Nanga Bulik
Puruk Cahu
Kuala Pembuang

# ---- Kalimantan Selatan -----------------------------------------------
Balangan
Barito Kuala
Hulu Sungai Selatan
Hulu Sungai Tengah
Hulu Sungai Utara
Kotabaru
Tabalong
Tanah Bumbu
Tanah Laut
Tapin
Banjarbaru
Banjarmasin
Paringin
Martapura
Marabahan
Kandangan
Barabai
Amuntai
Batulicin
Pelaihari

# ---- Kalimantan Timur and Utara ---------------------------------------
Berau
Kutai Barat
Kutai Kartanegara
Kutai Timur
Mahakam Ulu
Paser
Penajam Paser Utara
Balikpapan
Bontang
Samarinda
Tanjung Redeb
Sendawar
Tenggarong
Sangatta
Tana Paser
Penajam
Sepaku
Bulungan
Malinau
Nunukan
Tana Tidung
Tarakan
Tanjung Selor
Tideng Pale
@classes
Palangkaraya; loc city alias; Palangka Raya
Kotim; loc city alias; Kotawaringin Timur
Kobar; loc city alias; Kotawaringin Barat
Batola; loc city alias; Barito Kuala
HSS; loc city alias; Hulu Sungai Selatan
HST; loc city alias; Hulu Sungai Tengah
HSU; loc city alias; Hulu Sungai Utara
Kukar; loc city alias; Kutai Kartanegara
Kutim; loc city alias; Kutai Timur
Kubar; loc city alias; Kutai Barat
PPU; loc city alias; Penajam Paser Utara
Mahulu; loc city alias; Mahakam Ulu
Tanbu; loc city alias; Tanah Bumbu
Banjar Baru; loc city alias; Banjarbaru
KKU; loc city alias; Kayong Utara

# ---- Sulawesi Utara and Gorontalo -------------------------------------
@classes loc city
Bolaang Mongondow
Bolaang Mongondow Utara
Bolaang Mongondow Selatan
Bolaang Mongondow Timur
Minahasa
Minahasa Utara
Minahasa Selatan
Minahasa Tenggara
Kepulauan Sangihe
Kepulauan Talaud
Kepulauan Siau Tagulandang Biaro
Bitung
Kotamobagu
Manado
Tomohon
Tahuna
Melonguane
Ondong
Airmadidi
Amurang
Ratahan
Tondano
Lolak
Boroko
Bolaang Uki
Tutuyan
Boalemo
Bone Bolango
Gorontalo Utara
Pohuwato
Tilamuta
Suwawa
Limboto
Kwandang
@classes
Sitaro; loc city alias; Kepulauan Siau Tagulandang Biaro
Sangihe; loc city alias; Kepulauan Sangihe
Talaud; loc city alias; Kepulauan Talaud
Bolmong; loc city alias; Bolaang Mongondow
Minut; loc city alias; Minahasa Utara
Minsel; loc city alias; Minahasa Selatan
Mitra; loc city alias; Minahasa Tenggara
Bonbol; loc city alias; Bone Bolango
Gorut; loc city alias; Gorontalo Utara

# ---- Sulawesi Tengah and Barat ----------------------------------------
@classes loc city
Banggai
Banggai Kepulauan
Banggai Laut
Buol
Donggala
Morowali
Morowali Utara
Parigi Moutong
Poso
Sigi
Tojo Una-Una
Tolitoli
Palu
Luwuk
Salakan
Bungku
Kolonodale
Parigi
Ampana
Majene
Mamasa
Mamuju
Mamuju Tengah
Pasangkayu
Polewali Mandar
Polewali
Tobadak
@classes
Parimo; loc city alias; Parigi Moutong
Touna; loc city alias; Tojo Una-Una
Morut; loc city alias; Morowali Utara
Polman; loc city alias; Polewali Mandar
Mamuju Utara; loc city alias; Pasangkayu
Mateng; loc city alias; Mamuju Tengah

# ---- Sulawesi Selatan -------------------------------------------------
@classes loc city
Bantaeng
Barru
Bone
Bulukumba
Enrekang
Gowa
Jeneponto
Kepulauan Selayar
Luwu
Luwu Timur
Luwu Utara
Maros
Pangkajene dan Kepulauan
Pinrang
Sidenreng Rappang
Sinjai
Soppeng
Takalar
Tana Toraja
Toraja Utara
Wajo
Makassar
Palopo
Parepare
Watampone
Sungguminasa
Belopa
Malili
Masamba
Pangkajene
Watansoppeng
Sengkang
Makale
Rantepao
Sorowako
@classes
Pangkep; loc city alias; Pangkajene dan Kepulauan
Sidrap; loc city alias; Sidenreng Rappang
Selayar; loc city alias; Kepulauan Selayar
Lutim; loc city alias; Luwu Timur
Lutra; loc city alias; Luwu Utara
Tator; loc city alias; Tana Toraja
Torut; loc city alias; Toraja Utara
Pare-Pare; loc city alias; Parepare
Ujung Pandang; loc city alias; Makassar
Makasar; loc city alias; Makassar

# ---- Sulawesi Tenggara ------------------------------------------------
@classes loc city
Bombana
Buton
Buton Selatan
Buton Tengah
Buton Utara
Kolaka
Kolaka Timur
Kolaka Utara
Konawe
Konawe Kepulauan
Konawe Selatan
Konawe Utara
Muna
Muna Barat
Wakatobi
Baubau
Kendari
Pasarwajo
Batauga
Labungkari
Buranga
Tirawuta
Lasusua
Unaaha
Langara
Andoolo
Wanggudu
Raha
Laworo
Wangi-Wangi
@classes
Butur; loc city alias; Buton Utara
Busel; loc city alias; Buton Selatan
Buteng; loc city alias; Buton Tengah
Koltim; loc city alias; Kolaka Timur
Kolut; loc city alias; Kolaka Utara
Konsel; loc city alias; Konawe Selatan
Konut; loc city alias; Konawe Utara
Konkep; loc city alias; Konawe Kepulauan
Mubar; loc city alias; Muna Barat
Bau-Bau; loc city alias; Baubau

# ---- Maluku and Maluku Utara ------------------------------------------
@classes loc city
Buru
Buru Selatan
Kepulauan Aru
Kepulauan Tanimbar
Maluku Barat Daya
Maluku Tengah
Maluku Tenggara
Seram Bagian Barat
Seram Bagian Timur
Ambon
Tual
Namlea
Namrole
Dobo
Saumlaki
Tiakur
Masohi
Langgur
Piru
Bula
Halmahera Barat
Halmahera Tengah
Halmahera Timur
Halmahera Selatan
Halmahera Utara
Kepulauan Sula
Pulau Morotai
Pulau Taliabu
Ternate
Tidore Kepulauan
Sofifi
Jailolo
Weda
Maba
Labuha
Tobelo
Sanana
Daruba
Bobong
@classes
Malra; loc city alias; Maluku Tenggara
Malteng; loc city alias; Maluku Tengah
MBD; loc city alias; Maluku Barat Daya
SBB; loc city alias; Seram Bagian Barat
SBT; loc city alias; Seram Bagian Timur
Maluku Tenggara Barat; loc city alias; Kepulauan Tanimbar
Tanimbar; loc city alias; Kepulauan Tanimbar
Aru; loc city alias; Kepulauan Aru
# (the Kei islands of Maluku Tenggara: "Himpunan Nelayan Tradisional Kei")
Kepulauan Kei; loc region
Kei; loc region alias; Kepulauan Kei
Kei Kecil; loc region
Kei Besar; loc region
Halbar; loc city alias; Halmahera Barat
Halteng; loc city alias; Halmahera Tengah
Haltim; loc city alias; Halmahera Timur
Halsel; loc city alias; Halmahera Selatan
Halut; loc city alias; Halmahera Utara
Morotai; loc city alias; Pulau Morotai
Taliabu; loc city alias; Pulau Taliabu
Tidore; loc city alias; Tidore Kepulauan
Sula; loc city alias; Kepulauan Sula

# ---- Papua, Papua Barat, Papua Barat Daya, Papua Selatan, Papua Tengah,
#      Papua Pegunungan ------------------------------------------------
@classes loc city
Biak Numfor
Jayapura
Keerom
Kepulauan Yapen
Mamberamo Raya
Sarmi
Supiori
Waropen
Sentani
Arso
Serui
Burmeso
Biak
Fakfak
Kaimana
Manokwari
Manokwari Selatan
Pegunungan Arfak
Teluk Bintuni
Teluk Wondama
Bintuni
Ransiki
Rasiei
Maybrat
Raja Ampat
Sorong
Sorong Selatan
Tambrauw
Waisai
Teminabuan
Kumurkek
Asmat
Boven Digoel
Mappi
Merauke
Agats
Deiyai
Dogiyai
Intan Jaya
Mimika
Nabire
Paniai
Puncak Jaya
Timika
Enarotali
Ilaga
Sugapa
Jayawijaya
Lanny Jaya
Mamberamo Tengah
Nduga
Pegunungan Bintang
Tolikara
Yahukimo
Yalimo
Wamena
Tiom
Kobakma
Kenyam
Oksibil
Karubaga
Dekai
Elelim
@classes
Yapen; loc city alias; Kepulauan Yapen
Mansel; loc city alias; Manokwari Selatan
Pegaf; loc city alias; Pegunungan Arfak
Sorsel; loc city alias; Sorong Selatan
Fak-Fak; loc city alias; Fakfak

# ---- islands, areas, districts and landmarks -----------------------------
@classes loc region
Jawa
Sumatera
Kalimantan
Sulawesi
# (the two provinces together, as regional offices name their area: "BWS
# Nusa Tenggara II", "Bali Nusa Tenggara")
Nusa Tenggara
Bali Nusa Tenggara
Lombok
Flores
Sumba
Timor
Madura
Halmahera
Seram
Bawean
Karimunjawa
Pulau Komodo
Komodo
Pulau Rinca
Pulau Rempang
Rempang
Pulau Galang
Pulau Penyengat
Pulau Bintan
Pulau Batam
Pulau Weh
Pulau Nias
Pulau Buru
Pulau Seram
Pulau Jawa
Pulau Sumatera
Pulau Kalimantan
Pulau Sulawesi
Pulau Lombok
Pulau Flores
Pulau Madura
Pulau Sumba
Pulau Timor
Pulau Alor
Pulau Natuna
Tanah Papua
Nusantara
IKN
Ibu Kota Nusantara
Jabodetabek
Jabotabek
Jabodetabekpur
# (regions of state companies' regional offices: "Perum Bulog Sulselbar",
# "Bank Sulselbar", "Sumbagut")
Sulselbar
Sumbagut
Sumbagsel
Jatimbalinus
Bodetabek
Bandung Raya
Malang Raya
Solo Raya
Pantura
Pantai Utara Jawa
Jalur Selatan
Puncak
Gili Trawangan
Gili Meno
Gili Air
Borobudur
Candi Borobudur
Prambanan
Candi Prambanan
Malioboro
Keraton Yogyakarta
# (the lands of Yogyakarta's sultanate and of the Pakualaman: "tanah Sultan
# Ground" had made "Ground" a person titled Sultan)
Sultan Ground
Paku Alam Ground
Monas
Monumen Nasional
Senayan
Gelora Bung Karno
GBK
Menteng
Tanah Abang
Bendungan Hilir
Kemayoran
Kebayoran Baru
Kebayoran Lama
Blok M
Semanggi
Glodok
Kota Tua
Ancol
Pluit
Penjaringan
Tanjung Priok
# (the harbour quarters of Jakarta's coast)
Muara Baru
Muara Angke
Muara Karang
Kamal Muara
Kalibaru
Marunda
# airports and ports named after people, written as places ("TPI Ngurah Rai")
Ngurah Rai
Soekarno-Hatta
Juanda
Sultan Hasanuddin
Kualanamu
Adisutjipto
Ahmad Yani
Cilincing
Koja
Kelapa Gading
Cengkareng
Kalideres
Grogol
Palmerah
Slipi
Tebet
Pancoran
Mampang
Pasar Minggu
Jagakarsa
Cilandak
Pondok Indah
Kemang
Pasar Rebo
Ciracas
Cakung
Duren Sawit
Jatinegara
Matraman
Pulo Gadung
Kramat Jati
Cempaka Putih
Gambir
Sawah Besar
Johar Baru
Senen
Sunter
Cawang
Kalibata
Kampung Melayu
Pejaten
Petamburan
Bundaran HI
Bundaran Hotel Indonesia
Halim Perdanakusuma
Pondok Gede
Danau Toba
Danau Maninjau
Danau Singkarak
Danau Sentani
Gunung Merapi
Gunung Semeru
Gunung Bromo
Bromo
Gunung Agung
Gunung Rinjani
Rinjani
Gunung Sinabung
Gunung Marapi
Gunung Kelud
Gunung Lokon
Gunung Ruang
Gunung Lewotobi
Gunung Ibu
Gunung Slamet
Gunung Salak
Gunung Gede
Gunung Tangkuban Parahu
Gunung Papandayan
Gunung Ijen
Kawah Ijen
Anak Krakatau
Krakatau
Selat Sunda
Selat Bali
Selat Lombok
Selat Makassar
Selat Karimata
Laut Jawa
Laut Banda
Laut Arafura
Laut Sulawesi
Laut Maluku
Laut Flores
Laut Sawu
Laut Natuna
Teluk Jakarta
Teluk Bone
Teluk Tomini
Ciliwung
Sungai Ciliwung
Bengawan Solo
Sungai Musi
Sungai Mahakam
Sungai Kapuas
Sungai Barito
Sungai Citarum
Citarum
Lumpur Lapindo
Wadas
Ijen
Bunaken
@classes
Sumatra; loc region alias; Sumatera
Pulau Sumatra; loc region alias; Sumatera
Celebes; loc region alias; Sulawesi
Tanah Jawa; loc region alias; Jawa
Java; loc region alias; Jawa
Ibu Kota Negara; loc region alias; IKN
IKN Nusantara; loc region alias; IKN
Stadion Gelora Bung Karno; loc region alias; Gelora Bung Karno
Stadion GBK; loc region alias; Gelora Bung Karno
Tugu Monas; loc region alias; Monas
