# Places in Indonesia (2/3): Java, Bali, Nusa Tenggara (kabupaten, kota,
# regency seats and towns; see places_indonesia.lex for the classes).
# Written for warta from general knowledge.

# ---- Banten -----------------------------------------------------------
@classes loc city
Lebak
Pandeglang
Serang
Tangerang
Cilegon
Tangerang Selatan
Rangkasbitung
Tigaraksa
Ciputat
Serpong
Bintaro
Karawaci
Anyer
Labuan
@classes
Tangsel; loc city alias; Tangerang Selatan

# ---- Jawa Barat -------------------------------------------------------
@classes loc city
Bandung
Bandung Barat
Bekasi
Bogor
Ciamis
Cianjur
Cirebon
Garut
Indramayu
Karawang
Kuningan
Majalengka
Pangandaran
Purwakarta
Subang
Sukabumi
Sumedang
Tasikmalaya
Banjar
Cimahi
Depok
Soreang
Ngamprah
Cikarang
Cibinong
Singaparna
Lembang
Cibubur
Cileungsi
Jatinangor
Cikampek
Sentul
Pelabuhan Ratu
Cisarua
Parung
Cileunyi
Rancaekek
Majalaya
Jonggol
@classes
Kabupaten Bandung Barat; loc city alias; Bandung Barat
KBB; loc city alias; Bandung Barat
Tasik; loc city alias; Tasikmalaya
Palabuhanratu; loc city alias; Pelabuhan Ratu

# ---- Jawa Tengah ------------------------------------------------------
@classes loc city
Banjarnegara
Banyumas
Batang
Blora
Boyolali
Brebes
Cilacap
Demak
Grobogan
Jepara
Karanganyar
Kebumen
Kendal
Klaten
Kudus
Magelang
Pati
Pekalongan
Pemalang
Purbalingga
Purworejo
Rembang
Semarang
Sragen
Sukoharjo
Tegal
Temanggung
Wonogiri
Wonosobo
Salatiga
Surakarta
Purwokerto
Purwodadi
Kajen
Slawi
Ungaran
Mungkid
Cepu
Kartasura
Ambarawa
Kutoarjo
Gombong
Ajibarang
Bumiayu
Dieng
@classes
Solo; loc city alias; Surakarta

# ---- DI Yogyakarta ----------------------------------------------------
@classes loc city
Bantul
Gunungkidul
Kulon Progo
Sleman
Yogyakarta
Wonosari
Wates
@classes
Gunung Kidul; loc city alias; Gunungkidul
Kulonprogo; loc city alias; Kulon Progo
Jogja; loc city alias; Yogyakarta
Yogya; loc city alias; Yogyakarta
Jogjakarta; loc city alias; Yogyakarta
Djogja; loc city alias; Yogyakarta
Kota Gudeg; loc city alias; Yogyakarta
Kota Pelajar; loc city alias; Yogyakarta

# ---- Jawa Timur -------------------------------------------------------
@classes loc city
Bangkalan
Banyuwangi
Blitar
Bojonegoro
Bondowoso
Gresik
Jember
Jombang
Kediri
Lamongan
Lumajang
Madiun
Magetan
Malang
Mojokerto
Nganjuk
Ngawi
Pacitan
Pamekasan
Pasuruan
Ponorogo
Probolinggo
Sampang
Sidoarjo
Situbondo
Sumenep
Trenggalek
Tuban
Tulungagung
Batu
Surabaya
Kepanjen
Caruban
Bangil
Kraksaan
Kanigoro
Mojosari
Kalianget
Porong
@classes
Kota Pahlawan; loc city alias; Surabaya
Suroboyo; loc city alias; Surabaya
Kota Batu; loc city alias; Batu
Kota Malang; loc city alias; Malang
Kota Kediri; loc city alias; Kediri
Kota Blitar; loc city alias; Blitar
Kota Tegal; loc city alias; Tegal
Kota Semarang; loc city alias; Semarang
Kota Bandung; loc city alias; Bandung
Kota Bogor; loc city alias; Bogor
Kota Bekasi; loc city alias; Bekasi
Kota Depok; loc city alias; Depok
Kota Tangerang; loc city alias; Tangerang
Kota Serang; loc city alias; Serang
Kota Yogyakarta; loc city alias; Yogyakarta
Kota Padang; loc city alias; Padang
Kota Medan; loc city alias; Medan
Kota Palembang; loc city alias; Palembang

# ---- Bali -------------------------------------------------------------
@classes loc city
Badung
Bangli
Buleleng
Gianyar
Jembrana
Karangasem
Klungkung
Tabanan
Denpasar
Mangupura
Singaraja
Amlapura
Semarapura
Gilimanuk
Kuta
Ubud
Nusa Dua
Sanur
Seminyak
Canggu
Jimbaran
Legian
Kintamani
Uluwatu
Nusa Penida
Nusa Lembongan
Tanah Lot

# ---- Nusa Tenggara Barat ----------------------------------------------
Bima
Dompu
Lombok Barat
Lombok Tengah
Lombok Timur
Lombok Utara
Sumbawa
Sumbawa Barat
Mataram
Woha
Gerung
Praya
Selong
Sumbawa Besar
Taliwang
Senggigi
Mandalika
Kuta Mandalika

# ---- Nusa Tenggara Timur ----------------------------------------------
Alor
Belu
Ende
Flores Timur
Kupang
Lembata
Malaka
Manggarai
Manggarai Barat
Manggarai Timur
Nagekeo
Ngada
Rote Ndao
Sabu Raijua
Sikka
Sumba Barat
Sumba Barat Daya
Sumba Tengah
Sumba Timur
Timor Tengah Selatan
Timor Tengah Utara
Kalabahi
Atambua
Larantuka
Lewoleba
Betun
Ruteng
Labuan Bajo
Mbay
Bajawa
Seba
Maumere
Waikabubak
Tambolaka
Waibakul
Waingapu
Soe
Kefamenanu
Oelamasi
@classes
TTS; loc city alias; Timor Tengah Selatan
TTU; loc city alias; Timor Tengah Utara
Mabar; loc city alias; Manggarai Barat
Flotim; loc city alias; Flores Timur
Lobar; loc city alias; Lombok Barat
Loteng; loc city alias; Lombok Tengah
Lotim; loc city alias; Lombok Timur
KLU; loc city alias; Lombok Utara
KSB; loc city alias; Sumbawa Barat
SBD; loc city alias; Sumba Barat Daya
Rote; loc city alias; Rote Ndao
Sabu; loc city alias; Sabu Raijua
