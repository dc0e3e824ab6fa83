# Places in Indonesia (1/3): provinces, their short forms, Jakarta, Sumatra.
# Written for warta from general knowledge.
#   loc province  one of the 38 provinces
#   loc city      a kota, a kabupaten (bare name as news writes it: "Kulon
#                 Progo", not "Kabupaten Kulon Progo") or a regency seat; a
#                 kabupaten and a kota with the same name are one entry
#   loc region    islands, areas, districts, landmarks, seas
# Names that are common Indonesian words as well (Batu, Malang, Serang, Palu,
# Kudus, Pati, Tegal) are kept: they are real places and news writes them
# capitalised; the runtime decides on case.  Seats that are only common words
# (Negara, Tanjung, Sumber, Rantau, Benteng, Mulia) are left out.

# ---- provinces --------------------------------------------------------
@classes loc province
Aceh
Sumatera Utara
Sumatera Barat
Riau
Kepulauan Riau
Jambi
Bengkulu
Sumatera Selatan
Kepulauan Bangka Belitung
Lampung
Banten
DKI Jakarta
Jawa Barat
Jawa Tengah
DI Yogyakarta
Jawa Timur
Bali
Nusa Tenggara Barat
Nusa Tenggara Timur
Kalimantan Barat
Kalimantan Tengah
Kalimantan Selatan
Kalimantan Timur
Kalimantan Utara
Sulawesi Utara
Gorontalo
Sulawesi Tengah
Sulawesi Barat
Sulawesi Selatan
Sulawesi Tenggara
Maluku
Maluku Utara
Papua
Papua Barat
Papua Selatan
Papua Tengah
Papua Pegunungan
Papua Barat Daya

# ---- provinces: short forms and other names ---------------------------
@classes
NAD; loc province alias; Aceh
Nanggroe Aceh Darussalam; loc province alias; Aceh
Serambi Mekkah; loc province alias; Aceh
Sumut; loc province alias; Sumatera Utara
Sumatra Utara; loc province alias; Sumatera Utara
Sumbar; loc province alias; Sumatera Barat
Sumatra Barat; loc province alias; Sumatera Barat
Ranah Minang; loc province alias; Sumatera Barat
Bumi Lancang Kuning; loc province alias; Riau
Kepri; loc province alias; Kepulauan Riau
Sumsel; loc province alias; Sumatera Selatan
Sumatra Selatan; loc province alias; Sumatera Selatan
Babel; loc province alias; Kepulauan Bangka Belitung
Bangka Belitung; loc province alias; Kepulauan Bangka Belitung
Bumi Ruwa Jurai; loc province alias; Lampung
DKI; loc province alias; DKI Jakarta
Daerah Khusus Ibukota Jakarta; loc province alias; DKI Jakarta
Daerah Khusus Ibu Kota Jakarta; loc province alias; DKI Jakarta
Daerah Khusus Jakarta; loc province alias; DKI Jakarta
Jabar; loc province alias; Jawa Barat
Tatar Sunda; loc province alias; Jawa Barat
Jateng; loc province alias; Jawa Tengah
DIY; loc province alias; DI Yogyakarta
Daerah Istimewa Yogyakarta; loc province alias; DI Yogyakarta
Jatim; loc province alias; Jawa Timur
Pulau Dewata; loc province alias; Bali
Pulau Bali; loc province alias; Bali
NTB; loc province alias; Nusa Tenggara Barat
NTT; loc province alias; Nusa Tenggara Timur
Kalbar; loc province alias; Kalimantan Barat
Kalteng; loc province alias; Kalimantan Tengah
Kalsel; loc province alias; Kalimantan Selatan
Kaltim; loc province alias; Kalimantan Timur
Kaltara; loc province alias; Kalimantan Utara
Sulut; loc province alias; Sulawesi Utara
Sulteng; loc province alias; Sulawesi Tengah
Sulbar; loc province alias; Sulawesi Barat
Sulsel; loc province alias; Sulawesi Selatan
Sultra; loc province alias; Sulawesi Tenggara
Malut; loc province alias; Maluku Utara
Irian Jaya; loc province alias; Papua
Pabar; loc province alias; Papua Barat
Irian Jaya Barat; loc province alias; Papua Barat
PBD; loc province alias; Papua Barat Daya

# ---- Jakarta ----------------------------------------------------------
@classes loc city
Jakarta Pusat
Jakarta Utara
Jakarta Barat
Jakarta Selatan
Jakarta Timur
Kepulauan Seribu
@classes
Jakpus; loc city alias; Jakarta Pusat
Jakut; loc city alias; Jakarta Utara
Jakbar; loc city alias; Jakarta Barat
Jaksel; loc city alias; Jakarta Selatan
Jaktim; loc city alias; Jakarta Timur

# ---- Aceh -------------------------------------------------------------
@classes loc city
Aceh Barat
Aceh Barat Daya
Aceh Besar
Aceh Jaya
Aceh Selatan
Aceh Singkil
Aceh Tamiang
Aceh Tengah
Aceh Tenggara
Aceh Timur
Aceh Utara
Bener Meriah
Bireuen
Gayo Lues
Nagan Raya
Pidie
Pidie Jaya
Simeulue
Banda Aceh
Langsa
Lhokseumawe
Sabang
Subulussalam
Meulaboh
Blangpidie
Jantho
Calang
Tapaktuan
Singkil
Kuala Simpang
Takengon
Kutacane
Idi Rayeuk
Lhoksukon
Redelong
Blangkejeren
Suka Makmue
Sigli
Meureudu
Sinabang

# ---- Sumatera Utara ---------------------------------------------------
Asahan
Kabupaten Batu Bara
Dairi
Deli Serdang
Humbang Hasundutan
Karo
Labuhanbatu
Labuhanbatu Selatan
Labuhanbatu Utara
Langkat
Mandailing Natal
Nias
Nias Barat
Nias Selatan
Nias Utara
Padang Lawas
Padang Lawas Utara
Pakpak Bharat
Samosir
Serdang Bedagai
Simalungun
Tapanuli Selatan
Tapanuli Tengah
Tapanuli Utara
Toba
Binjai
Gunungsitoli
Medan
Padangsidimpuan
Pematangsiantar
Sibolga
Tanjungbalai
Tebing Tinggi
Kisaran
Sidikalang
Lubuk Pakam
Dolok Sanggul
Kabanjahe
Berastagi
Rantau Prapat
Kotapinang
Aek Kanopan
Stabat
Panyabungan
Teluk Dalam
Sibuhuan
Gunung Tua
Pangururan
Sei Rampah
Pematang Raya
Sipirok
Tarutung
Balige
Parapat
Belawan

# ---- Sumatera Barat ---------------------------------------------------
Agam
Dharmasraya
Kepulauan Mentawai
Lima Puluh Kota
Padang Pariaman
Pasaman
Pasaman Barat
Pesisir Selatan
Sijunjung
Solok
Solok Selatan
Tanah Datar
Bukittinggi
Padang
Padang Panjang
Pariaman
Payakumbuh
Sawahlunto
Lubuk Basung
Pulau Punjung
Tuapejat
Sarilamak
Lubuk Sikaping
Painan
Muaro Sijunjung
Arosuka
Padang Aro
Batusangkar

# ---- Riau and Kepulauan Riau -------------------------------------------
Bengkalis
Indragiri Hilir
Indragiri Hulu
Kampar
Kepulauan Meranti
Kuantan Singingi
Pelalawan
Rokan Hilir
Rokan Hulu
Siak
Pekanbaru
Dumai
Tembilahan
Rengat
Bangkinang
Selatpanjang
Teluk Kuantan
Pangkalan Kerinci
Bagansiapiapi
Pasir Pengaraian
Siak Sri Indrapura
Bintan
Karimun
Kepulauan Anambas
Lingga
Natuna
Batam
Tanjungpinang
Tanjung Balai Karimun
Tarempa
Ranai
Tanjung Uban

# ---- Jambi ------------------------------------------------------------
Batanghari
Bungo
Kerinci
Merangin
Muaro Jambi
Sarolangun
Tanjung Jabung Barat
Tanjung Jabung Timur
Tebo
Sungai Penuh
Muara Bulian
Muara Bungo
Bangko
Sengeti
Kuala Tungkal
Muara Sabak
Muara Tebo

# ---- Sumatera Selatan -------------------------------------------------
Banyuasin
Empat Lawang
Lahat
Muara Enim
Musi Banyuasin
Musi Rawas
Musi Rawas Utara
Ogan Ilir
Ogan Komering Ilir
Ogan Komering Ulu
Ogan Komering Ulu Selatan
Ogan Komering Ulu Timur
Penukal Abab Lematang Ilir
Lubuklinggau
Pagar Alam
Palembang
Prabumulih
Pangkalan Balai
Sekayu
Muara Beliti
Indralaya
Kayu Agung
Baturaja
Muaradua
Talang Ubi
@classes
OKU; loc city alias; Ogan Komering Ulu
OKU Timur; loc city alias; Ogan Komering Ulu Timur
OKU Selatan; loc city alias; Ogan Komering Ulu Selatan
PALI; loc city alias; Penukal Abab Lematang Ilir
Muba; loc city alias; Musi Banyuasin
Muratara; loc city alias; Musi Rawas Utara
Lubuk Linggau; loc city alias; Lubuklinggau
Kayuagung; loc city alias; Kayu Agung
Pagaralam; loc city alias; Pagar Alam

# ---- Bengkulu ---------------------------------------------------------
@classes loc city
Bengkulu Selatan
Bengkulu Tengah
Bengkulu Utara
Kaur
Kepahiang
Lebong
Mukomuko
Rejang Lebong
Seluma
Manna
Arga Makmur
Bintuhan
Curup
Tais

# ---- Lampung ----------------------------------------------------------
Lampung Barat
Lampung Selatan
Lampung Tengah
Lampung Timur
Lampung Utara
Mesuji
Pesawaran
Pesisir Barat
Pringsewu
Tanggamus
Tulang Bawang
Tulang Bawang Barat
Way Kanan
Bandar Lampung
Kota Metro
Liwa
Kalianda
Gunung Sugih
Sukadana
Kotabumi
Gedong Tataan
Krui
Kota Agung
Menggala
Panaragan
Blambangan Umpu
Bakauheni

# ---- Kepulauan Bangka Belitung -----------------------------------------
Bangka
Bangka Barat
Bangka Selatan
Bangka Tengah
Belitung
Belitung Timur
Pangkalpinang
Sungailiat
Muntok
Toboali
Koba
Tanjung Pandan
Manggar
@classes
Pangkal Pinang; loc city alias; Pangkalpinang
Tanjungpandan; loc city alias; Tanjung Pandan
Mentawai; loc city alias; Kepulauan Mentawai
Meranti; loc city alias; Kepulauan Meranti
Anambas; loc city alias; Kepulauan Anambas
Kuansing; loc city alias; Kuantan Singingi
Inhil; loc city alias; Indragiri Hilir
Inhu; loc city alias; Indragiri Hulu
Rohil; loc city alias; Rokan Hilir
Rohul; loc city alias; Rokan Hulu
Tanjabbar; loc city alias; Tanjung Jabung Barat
Tanjabtim; loc city alias; Tanjung Jabung Timur
Madina; loc city alias; Mandailing Natal
Taput; loc city alias; Tapanuli Utara
Tapteng; loc city alias; Tapanuli Tengah
Tapsel; loc city alias; Tapanuli Selatan
Labusel; loc city alias; Labuhanbatu Selatan
Labura; loc city alias; Labuhanbatu Utara
Labuhan Batu; loc city alias; Labuhanbatu
Humbahas; loc city alias; Humbang Hasundutan
Sergai; loc city alias; Serdang Bedagai
Toba Samosir; loc city alias; Toba
Pematang Siantar; loc city alias; Pematangsiantar
Siantar; loc city alias; Pematangsiantar
Padang Sidempuan; loc city alias; Padangsidimpuan
Tanjung Balai; loc city alias; Tanjungbalai
Tanjung Pinang; loc city alias; Tanjungpinang
Bukit Tinggi; loc city alias; Bukittinggi
Pessel; loc city alias; Pesisir Selatan
Abdya; loc city alias; Aceh Barat Daya
Agara; loc city alias; Aceh Tenggara
Lamsel; loc city alias; Lampung Selatan
Lamteng; loc city alias; Lampung Tengah
Lamtim; loc city alias; Lampung Timur
