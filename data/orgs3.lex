# Organisations (3/3): companies, universities, international organisations.
# Written for warta from general knowledge.
#   org company     a company or business group
#   org university  a university, institute or academy
#   org intl        an international or intergovernmental organisation
# Left out as keys: "Visa" (a common word) and "PP" (too many meanings).

# ---- Indonesian companies -------------------------------------------------
@classes org company
Pertamina
# publishers
Gramedia
Gramedia Pustaka Utama
Kepustakaan Populer Gramedia
Mizan
Perusahaan Listrik Negara
Telkom Indonesia
Telkomsel
Indosat Ooredoo Hutchison
XL Axiata
Garuda Indonesia
Lion Air
Citilink
Batik Air
Wings Air
Super Air Jet
Pelita Air
Indonesia AirAsia
Pelni
Kereta Api Indonesia
Kereta Cepat Indonesia China
MRT Jakarta
Transjakarta
KAI Commuter
Angkasa Pura
InJourney
Jasa Marga
Pelindo
Bank Rakyat Indonesia
Bank Negara Indonesia
Bank Mandiri
Bank Central Asia
Bank Tabungan Negara
Bank OCBC NISP
Bank Syariah Indonesia
Bank CIMB Niaga
Bank Danamon
Bank Permata
Bank Mega
Maybank Indonesia
Bank DKI
Bank Jatim
Bank BJB
Bank Muamalat
Bank Panin
Bank Jago
Gojek
Grab
GoTo
Tokopedia
Bukalapak
Shopee
Lazada
Traveloka
Blibli
Indofood
Astra International
Unilever Indonesia
Freeport Indonesia
Freeport-McMoRan
Aneka Tambang
Inalum
MIND ID
Bukit Asam
Adaro
Vale Indonesia
Semen Indonesia
Wijaya Karya
Waskita Karya
Adhi Karya
Hutama Karya
Perum Bulog
Pupuk Indonesia
Kimia Farma
Bio Farma
Indofarma
Sritex
Gudang Garam
Djarum
Sampoerna
Sinar Mas
Lippo Group
Salim Group
Krakatau Steel
PT Perkebunan Nusantara
Perhutani
Pos Indonesia
Jiwasraya
Asabri
Taspen
Pegadaian
Permodalan Nasional Madani
Bursa Efek Indonesia
Kustodian Sentral Efek Indonesia
Indomaret
Alfamart
Matahari Department Store
Mayora
Kalbe Farma
Sido Muncul
Chandra Asri
Barito Pacific
Medco Energi
Indika Energy
Bayan Resources
Harita Nickel
Merdeka Copper Gold
Amman Mineral
Indonesia Morowali Industrial Park
Summarecon
Ciputra
Agung Sedayu
Pakuwon
Danareksa
Len Industri
PT Pindad
PT PAL
PT Dirgantara Indonesia
Perusahaan Gas Negara
Pertamina Patra Niaga
Pertamina Hulu Energi
@classes
PT Pertamina; org company alias; Pertamina
PLN; org company alias; Perusahaan Listrik Negara
PT PLN; org company alias; Perusahaan Listrik Negara
Telkom; org company alias; Telkom Indonesia
PT Telkom; org company alias; Telkom Indonesia
PT Telkom Indonesia; org company alias; Telkom Indonesia
Indosat; org company alias; Indosat Ooredoo Hutchison
XL; org company alias; XL Axiata
Garuda; org company alias; Garuda Indonesia
PT Garuda Indonesia; org company alias; Garuda Indonesia
KAI; org company alias; Kereta Api Indonesia
PT KAI; org company alias; Kereta Api Indonesia
PT Kereta Api Indonesia; org company alias; Kereta Api Indonesia
KCIC; org company alias; Kereta Cepat Indonesia China
PT KCIC; org company alias; Kereta Cepat Indonesia China
KCI; org company alias; KAI Commuter
PT Jasa Marga; org company alias; Jasa Marga
PT Pelindo; org company alias; Pelindo
BRI; org company alias; Bank Rakyat Indonesia
Bank BRI; org company alias; Bank Rakyat Indonesia
PT Bank Rakyat Indonesia; org company alias; Bank Rakyat Indonesia
BNI; org company alias; Bank Negara Indonesia
Bank BNI; org company alias; Bank Negara Indonesia
BCA; org company alias; Bank Central Asia
Bank BCA; org company alias; Bank Central Asia
BTN; org company alias; Bank Tabungan Negara
Bank BTN; org company alias; Bank Tabungan Negara
OCBC NISP; org company alias; Bank OCBC NISP
OCBC; org company alias; Bank OCBC NISP
BSI; org company alias; Bank Syariah Indonesia
CIMB Niaga; org company alias; Bank CIMB Niaga
Danamon; org company alias; Bank Danamon
PermataBank; org company alias; Bank Permata
BJB; org company alias; Bank BJB
GoTo Gojek Tokopedia; org company alias; GoTo
PT Astra International; org company alias; Astra International
Astra; org company alias; Astra International
Unilever; org company alias; Unilever Indonesia
PT Freeport Indonesia; org company alias; Freeport Indonesia
Freeport; org company alias; Freeport Indonesia
PTFI; org company alias; Freeport Indonesia
Antam; org company alias; Aneka Tambang
PT Antam; org company alias; Aneka Tambang
PTBA; org company alias; Bukit Asam
Adaro Energy; org company alias; Adaro
Vale; org company alias; Vale Indonesia
Wika; org company alias; Wijaya Karya
Waskita; org company alias; Waskita Karya
Bulog; org company alias; Perum Bulog
PT Sritex; org company alias; Sritex
Sri Rejeki Isman; org company alias; Sritex
PTPN; org company alias; PT Perkebunan Nusantara
PNM; org company alias; Permodalan Nasional Madani
BEI; org company alias; Bursa Efek Indonesia
IDX; org company alias; Bursa Efek Indonesia
KSEI; org company alias; Kustodian Sentral Efek Indonesia
Kalbe; org company alias; Kalbe Farma
Medco; org company alias; Medco Energi
IMIP; org company alias; Indonesia Morowali Industrial Park
Pindad; org company alias; PT Pindad
Dirgantara Indonesia; org company alias; PT Dirgantara Indonesia
PTDI; org company alias; PT Dirgantara Indonesia
PGN; org company alias; Perusahaan Gas Negara
Patra Niaga; org company alias; Pertamina Patra Niaga

# ---- companies abroad ---------------------------------------------------
@classes org company
Apple
Google
Alphabet
Microsoft
Meta
Facebook
Instagram
# (its stories, where people post statements: "Lewat Instagram Story, …")
Instagram Story; org company alias; Instagram
Instagram Stories; org company alias; Instagram
Instastory; org company alias; Instagram
WhatsApp
YouTube
Amazon
Tesla
SpaceX
Twitter
OpenAI
Nvidia
Intel
AMD
Qualcomm
IBM
Oracle
Netflix
Uber
Airbnb
Samsung
LG
Hyundai
Kia
SK Hynix
Toyota
Honda
Nissan
Mitsubishi
Suzuki
Yamaha
Daihatsu
Sony
Panasonic
Huawei
Xiaomi
Oppo
Vivo
BYD
Wuling
Chery
Geely
TikTok
ByteDance
Alibaba
Tencent
Baidu
Foxconn
TSMC
Boeing
Airbus
Nike
Adidas
McDonald's
Starbucks
Coca-Cola
Nestle
Shell
ExxonMobil
Chevron
Gazprom
Rosneft
Lukoil
Saudi Aramco
Aramco; org company alias; Saudi Aramco
Petronas
Pfizer
Moderna
AstraZeneca
Sinovac
Sinopharm
Johnson & Johnson
Novartis
Bayer
Goldman Sachs
JPMorgan
Morgan Stanley
BlackRock
Mastercard
Berkshire Hathaway
Volkswagen
BMW
Mercedes-Benz
Ford
General Motors
Stellantis
Maersk
DBS
HSBC
Standard Chartered
UOB
Maybank
CIMB
Temasek
GIC
SoftBank
Sea Group
Tsingshan
Zhejiang Huayou Cobalt
CATL
LG Energy Solution
Glencore
BHP
Rio Tinto
@classes
Facebook Inc; org company alias; Meta
Meta Platforms; org company alias; Meta
Apple Inc; org company alias; Apple
Google LLC; org company alias; Google
X Corp; org company alias; Twitter
Amazon.com; org company alias; Amazon
Tesla Inc; org company alias; Tesla
McDonalds; org company alias; McDonald's
Exxon; org company alias; ExxonMobil
J&J; org company alias; Johnson & Johnson
JP Morgan; org company alias; JPMorgan
Mercedes; org company alias; Mercedes-Benz
GM; org company alias; General Motors
Samsung Group; org company alias; Samsung
Shopee Indonesia; org company alias; Shopee
Grab Indonesia; org company alias; Grab
Gojek Indonesia; org company alias; Gojek

# ---- universities -----------------------------------------------------
@classes org university
Universitas Indonesia
Universitas Gadjah Mada
Institut Teknologi Bandung
Institut Pertanian Bogor
Universitas Airlangga
Universitas Diponegoro
Universitas Padjadjaran
Universitas Negeri Jakarta
Universitas Sebelas Maret
Universitas Hasanuddin
Universitas Udayana
Universitas Sam Ratulangi
UIN Syarif Hidayatullah Jakarta
UIN Sunan Kalijaga Yogyakarta
UIN Sunan Ampel Surabaya
UIN Sunan Gunung Djati Bandung
UIN Walisongo Semarang
UIN Alauddin Makassar
UIN Maulana Malik Ibrahim Malang
UIN Ar-Raniry Banda Aceh
UIN Raden Fatah Palembang
UIN Imam Bonjol Padang
UIN Sumatera Utara
Institut Teknologi Sepuluh Nopember
Universitas Brawijaya
Universitas Sumatera Utara
Universitas Andalas
Universitas Sriwijaya
Universitas Lampung
Universitas Riau
Universitas Jambi
Universitas Bengkulu
Universitas Syiah Kuala
Universitas Tanjungpura
Universitas Lambung Mangkurat
Universitas Mulawarman
Universitas Palangka Raya
Universitas Tadulako
Universitas Halu Oleo
Universitas Negeri Gorontalo
Universitas Pattimura
Universitas Khairun
Universitas Cenderawasih
Universitas Nusa Cendana
Universitas Mataram
Universitas Jenderal Soedirman
Universitas Negeri Semarang
Universitas Negeri Yogyakarta
Universitas Negeri Malang
Universitas Negeri Surabaya
Universitas Pendidikan Indonesia
Universitas Jember
Universitas Trisakti
Universitas Katolik Indonesia Atma Jaya
Universitas Atma Jaya Yogyakarta
Universitas Katolik Parahyangan
Universitas Islam Indonesia
Universitas Muhammadiyah Yogyakarta
Universitas Muhammadiyah Malang
Universitas Muhammadiyah Surakarta
Universitas Muhammadiyah Jakarta
Universitas Muhammadiyah Prof Dr Hamka
Universitas Pelita Harapan
Universitas Bina Nusantara
Universitas Paramadina
Universitas Terbuka
UPN Veteran Jakarta
UPN Veteran Yogyakarta
UPN Veteran Jawa Timur
Universitas Pertahanan
Universitas Tarumanagara
Universitas Kristen Satya Wacana
Universitas Sanata Dharma
Universitas Kristen Petra
Universitas Pancasila
Universitas Nasional
Universitas Mercu Buana
Universitas Esa Unggul
Universitas Negeri Padang
Universitas Negeri Makassar
Universitas Negeri Medan
Universitas Sultan Ageng Tirtayasa
Universitas Siliwangi
Universitas Trunojoyo Madura
Universitas Al-Azhar Indonesia
Universitas Islam Sultan Agung
Universitas Islam Bandung
Universitas Kristen Indonesia
Universitas Gunadarma
Universitas Jayabaya
Universitas Borobudur
Universitas Indonesia Timur
Universitas Muslim Indonesia
Institut Teknologi Sumatera
Institut Teknologi Kalimantan
Politeknik Negeri Jakarta
Politeknik Keuangan Negara STAN
Institut Pemerintahan Dalam Negeri
Akademi Militer
Akademi Kepolisian
Sekolah Tinggi Ilmu Kepolisian
Universitas Harvard
Massachusetts Institute of Technology
Universitas Stanford
Universitas Oxford
Universitas Cambridge
Universitas Nasional Singapura
Nanyang Technological University
Universitas Malaya
Universitas Kebangsaan Malaysia
Universitas Tokyo
Universitas Tsinghua
Universitas Peking
Universitas Melbourne
Universitas Sydney
Universitas Nasional Australia
Universitas Monash
Universitas Leiden
Universitas Columbia
Universitas Yale
Universitas Princeton
Universitas Al-Azhar Kairo
Universitas Johns Hopkins
Universitas Kyoto
Universitas Nasional Seoul
Universitas Islam Madinah
London School of Economics
@classes
UI; org university alias; Universitas Indonesia
UGM; org university alias; Universitas Gadjah Mada
ITB; org university alias; Institut Teknologi Bandung
IPB; org university alias; Institut Pertanian Bogor
IPB University; org university alias; Institut Pertanian Bogor
Unair; org university alias; Universitas Airlangga
Undip; org university alias; Universitas Diponegoro
Unpad; org university alias; Universitas Padjadjaran
UNJ; org university alias; Universitas Negeri Jakarta
UNS; org university alias; Universitas Sebelas Maret
Unhas; org university alias; Universitas Hasanuddin
Unud; org university alias; Universitas Udayana
Unsrat; org university alias; Universitas Sam Ratulangi
UIN Syarif Hidayatullah; org university alias; UIN Syarif Hidayatullah Jakarta
UIN Jakarta; org university alias; UIN Syarif Hidayatullah Jakarta
Universitas Islam Negeri Syarif Hidayatullah; org university alias; UIN Syarif Hidayatullah Jakarta
Universitas Islam Negeri Jakarta; org university alias; UIN Syarif Hidayatullah Jakarta
UIN Sunan Kalijaga; org university alias; UIN Sunan Kalijaga Yogyakarta
UIN Yogyakarta; org university alias; UIN Sunan Kalijaga Yogyakarta
UIN Sunan Ampel; org university alias; UIN Sunan Ampel Surabaya
UIN Bandung; org university alias; UIN Sunan Gunung Djati Bandung
UIN Walisongo; org university alias; UIN Walisongo Semarang
UIN Alauddin; org university alias; UIN Alauddin Makassar
UIN Malang; org university alias; UIN Maulana Malik Ibrahim Malang
UIN Ar-Raniry; org university alias; UIN Ar-Raniry Banda Aceh
ITS; org university alias; Institut Teknologi Sepuluh Nopember
UB; org university alias; Universitas Brawijaya
USU; org university alias; Universitas Sumatera Utara
Unand; org university alias; Universitas Andalas
Unsri; org university alias; Universitas Sriwijaya
Unila; org university alias; Universitas Lampung
Unri; org university alias; Universitas Riau
Unja; org university alias; Universitas Jambi
Unib; org university alias; Universitas Bengkulu
USK; org university alias; Universitas Syiah Kuala
Unsyiah; org university alias; Universitas Syiah Kuala
Untan; org university alias; Universitas Tanjungpura
ULM; org university alias; Universitas Lambung Mangkurat
Unlam; org university alias; Universitas Lambung Mangkurat
Unmul; org university alias; Universitas Mulawarman
UPR; org university alias; Universitas Palangka Raya
Untad; org university alias; Universitas Tadulako
UHO; org university alias; Universitas Halu Oleo
UNG; org university alias; Universitas Negeri Gorontalo
Unpatti; org university alias; Universitas Pattimura
Unkhair; org university alias; Universitas Khairun
Uncen; org university alias; Universitas Cenderawasih
Undana; org university alias; Universitas Nusa Cendana
Unram; org university alias; Universitas Mataram
Unsoed; org university alias; Universitas Jenderal Soedirman
Unnes; org university alias; Universitas Negeri Semarang
UNY; org university alias; Universitas Negeri Yogyakarta
Unesa; org university alias; Universitas Negeri Surabaya
UPI; org university alias; Universitas Pendidikan Indonesia
Unej; org university alias; Universitas Jember
Universitas Atma Jaya; org university alias; Universitas Katolik Indonesia Atma Jaya
Unika Atma Jaya; org university alias; Universitas Katolik Indonesia Atma Jaya
UAJY; org university alias; Universitas Atma Jaya Yogyakarta
Unpar; org university alias; Universitas Katolik Parahyangan
UII; org university alias; Universitas Islam Indonesia
UMY; org university alias; Universitas Muhammadiyah Yogyakarta
UMM; org university alias; Universitas Muhammadiyah Malang
UMS; org university alias; Universitas Muhammadiyah Surakarta
UMJ; org university alias; Universitas Muhammadiyah Jakarta
Uhamka; org university alias; Universitas Muhammadiyah Prof Dr Hamka
UPH; org university alias; Universitas Pelita Harapan
Binus; org university alias; Universitas Bina Nusantara
Binus University; org university alias; Universitas Bina Nusantara
Unhan; org university alias; Universitas Pertahanan
Unhan RI; org university alias; Universitas Pertahanan
Untar; org university alias; Universitas Tarumanagara
UKSW; org university alias; Universitas Kristen Satya Wacana
Unas; org university alias; Universitas Nasional
UNP; org university alias; Universitas Negeri Padang
UNM; org university alias; Universitas Negeri Makassar
Unimed; org university alias; Universitas Negeri Medan
Untirta; org university alias; Universitas Sultan Ageng Tirtayasa
Unsil; org university alias; Universitas Siliwangi
UTM; org university alias; Universitas Trunojoyo Madura
UAI; org university alias; Universitas Al-Azhar Indonesia
Unissula; org university alias; Universitas Islam Sultan Agung
Unisba; org university alias; Universitas Islam Bandung
UKI; org university alias; Universitas Kristen Indonesia
Itera; org university alias; Institut Teknologi Sumatera
ITK; org university alias; Institut Teknologi Kalimantan
PNJ; org university alias; Politeknik Negeri Jakarta
PKN STAN; org university alias; Politeknik Keuangan Negara STAN
STAN; org university alias; Politeknik Keuangan Negara STAN
IPDN; org university alias; Institut Pemerintahan Dalam Negeri
Akmil; org university alias; Akademi Militer
Akpol; org university alias; Akademi Kepolisian
STIK; org university alias; Sekolah Tinggi Ilmu Kepolisian
Harvard; org university alias; Universitas Harvard
Harvard University; org university alias; Universitas Harvard
MIT; org university alias; Massachusetts Institute of Technology
Stanford; org university alias; Universitas Stanford
University of Oxford; org university alias; Universitas Oxford
NUS; org university alias; Universitas Nasional Singapura
National University of Singapore; org university alias; Universitas Nasional Singapura
NTU; org university alias; Nanyang Technological University
ANU; org university alias; Universitas Nasional Australia
Australian National University; org university alias; Universitas Nasional Australia
Monash; org university alias; Universitas Monash
Monash University; org university alias; Universitas Monash
Al-Azhar Kairo; org university alias; Universitas Al-Azhar Kairo
Johns Hopkins; org university alias; Universitas Johns Hopkins
SNU; org university alias; Universitas Nasional Seoul
LSE; org university alias; London School of Economics

# ---- international organisations ----------------------------------------
@classes org intl
Perserikatan Bangsa-Bangsa
Dewan Keamanan PBB
Majelis Umum PBB
Dewan HAM PBB
Organisasi Kesehatan Dunia
Pakta Pertahanan Atlantik Utara
Perhimpunan Bangsa-Bangsa Asia Tenggara
Sekretariat ASEAN
Dana Moneter Internasional
Bank Dunia
Uni Eropa
Komisi Eropa
Parlemen Eropa
Organisasi Negara-Negara Pengekspor Minyak
G20
G7
UNICEF
UNESCO
FIFA
Komite Olimpiade Internasional
Komite Internasional Palang Merah
Federasi Internasional Palang Merah dan Bulan Sabit Merah
UNHCR
UNRWA
Program Pangan Dunia
Organisasi Pangan dan Pertanian
Organisasi Buruh Internasional
Organisasi Perdagangan Dunia
Organisasi Kerja Sama Islam
Mahkamah Pidana Internasional
Mahkamah Internasional
Badan Energi Atom Internasional
Kerja Sama Ekonomi Asia Pasifik
BRICS
Liga Arab
Uni Afrika
Konfederasi Sepak Bola Asia
Federasi Sepak Bola ASEAN
UEFA
Federasi Bulu Tangkis Dunia
Interpol
Amnesty International
Human Rights Watch
Greenpeace
Dokter Lintas Batas
Bank Pembangunan Asia
Bank Investasi Infrastruktur Asia
Organisasi untuk Kerja Sama dan Pembangunan Ekonomi
Program Pembangunan PBB
Panel Antarpemerintah tentang Perubahan Iklim
Organisasi Kerja Sama Shanghai
AUKUS
Gerakan Non-Blok
Forum Ekonomi Dunia
Organisasi Meteorologi Dunia
Organisasi Maritim Internasional
Organisasi Penerbangan Sipil Internasional
Asosiasi Transportasi Udara Internasional
UN Women
UNFPA
UNAIDS
UNDRR
OCHA
Gavi
Bank Pembangunan Baru
Dewan Kerja Sama Teluk
OPEC+
Pasukan Penjaga Perdamaian PBB
UNIFIL
Mercosur
Persemakmuran
# international non-governmental organisations working in Indonesia ("Country
# Director Save the Children Indonesia …", "CEO WWF-Indonesia …")
Save the Children
Save the Children Indonesia
WWF
WWF Indonesia
WWF-Indonesia
Oxfam
Oxfam Indonesia
Oxfam International
Plan International
Plan International Indonesia
World Vision
Wahana Visi Indonesia
Wildlife Conservation Society
Conservation International
The Nature Conservancy
Yayasan Konservasi Alam Nusantara
Coral Triangle Center
Mercy Corps
Habitat for Humanity
@classes
PBB; org intl alias; Perserikatan Bangsa-Bangsa
Perserikatan Bangsa Bangsa; org intl alias; Perserikatan Bangsa-Bangsa
United Nations; org intl alias; Perserikatan Bangsa-Bangsa
DK PBB; org intl alias; Dewan Keamanan PBB
WHO; org intl alias; Organisasi Kesehatan Dunia
World Health Organization; org intl alias; Organisasi Kesehatan Dunia
NATO; org intl alias; Pakta Pertahanan Atlantik Utara
North Atlantic Treaty Organization; org intl alias; Pakta Pertahanan Atlantik Utara
ASEAN; org intl alias; Perhimpunan Bangsa-Bangsa Asia Tenggara
IMF; org intl alias; Dana Moneter Internasional
International Monetary Fund; org intl alias; Dana Moneter Internasional
World Bank; org intl alias; Bank Dunia
UE; org intl alias; Uni Eropa
EU; org intl alias; Uni Eropa
European Union; org intl alias; Uni Eropa
European Commission; org intl alias; Komisi Eropa
OPEC; org intl alias; Organisasi Negara-Negara Pengekspor Minyak
IOC; org intl alias; Komite Olimpiade Internasional
ICRC; org intl alias; Komite Internasional Palang Merah
Palang Merah Internasional; org intl alias; Komite Internasional Palang Merah
Komite Palang Merah Internasional; org intl alias; Komite Internasional Palang Merah
IFRC; org intl alias; Federasi Internasional Palang Merah dan Bulan Sabit Merah
WFP; org intl alias; Program Pangan Dunia
FAO; org intl alias; Organisasi Pangan dan Pertanian
ILO; org intl alias; Organisasi Buruh Internasional
WTO; org intl alias; Organisasi Perdagangan Dunia
OKI; org intl alias; Organisasi Kerja Sama Islam
ICC; org intl alias; Mahkamah Pidana Internasional
ICJ; org intl alias; Mahkamah Internasional
IAEA; org intl alias; Badan Energi Atom Internasional
APEC; org intl alias; Kerja Sama Ekonomi Asia Pasifik
AFC; org intl alias; Konfederasi Sepak Bola Asia
AFF; org intl alias; Federasi Sepak Bola ASEAN
BWF; org intl alias; Federasi Bulu Tangkis Dunia
Amnesti Internasional; org intl alias; Amnesty International
HRW; org intl alias; Human Rights Watch
MSF; org intl alias; Dokter Lintas Batas
Medecins Sans Frontieres; org intl alias; Dokter Lintas Batas
ADB; org intl alias; Bank Pembangunan Asia
AIIB; org intl alias; Bank Investasi Infrastruktur Asia
OECD; org intl alias; Organisasi untuk Kerja Sama dan Pembangunan Ekonomi
UNDP; org intl alias; Program Pembangunan PBB
IPCC; org intl alias; Panel Antarpemerintah tentang Perubahan Iklim
SCO; org intl alias; Organisasi Kerja Sama Shanghai
GNB; org intl alias; Gerakan Non-Blok
WEF; org intl alias; Forum Ekonomi Dunia
World Economic Forum; org intl alias; Forum Ekonomi Dunia
WMO; org intl alias; Organisasi Meteorologi Dunia
IMO; org intl alias; Organisasi Maritim Internasional
ICAO; org intl alias; Organisasi Penerbangan Sipil Internasional
IATA; org intl alias; Asosiasi Transportasi Udara Internasional
NDB; org intl alias; Bank Pembangunan Baru
GCC; org intl alias; Dewan Kerja Sama Teluk
Dewan Kerja Sama Negara-Negara Teluk; org intl alias; Dewan Kerja Sama Teluk
Negara Persemakmuran; org intl alias; Persemakmuran
