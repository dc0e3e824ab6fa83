# Roles: the words that name a person's office or occupation before or after
# the name ("Kapolda Metro Jaya Irjen ...", "kata Kepala Bidang Humas ...").
# Written for warta.
#   role         offices and professions; a role is often followed by the
#                organisation or place it belongs to ("Menteri Luar Negeri
#                Rusia", "Gubernur Jawa Tengah")
#   role_common  lower-case descriptions that introduce people quoted in
#                news ("kata seorang pedagang", "ujar warga setempat")
# A short form that includes its office is an alias of the full role
# ("Menkes; role alias; Menteri Kesehatan").  A word that is both (dokter,
# peneliti, pengamat) is a role.

# ---- heads of state and government, ministers ------------------------------
@classes role
Presiden
Wakil Presiden
Kepala Negara
Kepala Pemerintahan
Ibu Negara
Perdana Menteri
Wakil Perdana Menteri
Kanselir
Kaisar
Paus
Pemimpin
Pemimpin Tertinggi
Menteri
Wakil Menteri
Menteri Koordinator
Menko
Sekretaris Negara
Menteri Sekretaris Negara
Sekretaris Kabinet
Kepala Staf Kepresidenan
Juru Bicara Presiden
Utusan
Utusan Khusus
# (the United States Trade Representative: "Perwakilan Dagang AS Catherine
# Whitmore")
Perwakilan Dagang
Utusan Khusus Presiden
Duta Besar
Konsul Jenderal
Konsul
Atase
Pelaksana Fungsi
Sekretaris Pertama
Sekretaris Kedua
Sekretaris Ketiga
Minister Counsellor
Kepala Perwakilan
Kepala Perwakilan Tetap
Diplomat
Juru Runding
Negosiator
Pelapor Khusus
Komisaris Tinggi
Sekretaris Jenderal
Sekretaris Pers
Speaker
Ketua Parlemen
Senator
Anggota Kongres
Anggota Parlemen
Anggota Dewan
Anggota DPD
Legislator
Politikus
Politisi
# ministers by portfolio
Menteri Kesehatan
Menteri Sosial
Menteri Keuangan
Menteri Dalam Negeri
Menteri Luar Negeri
Menteri Pertahanan
Menteri Pendidikan dan Kebudayaan
Menteri Pendidikan Kebudayaan Riset dan Teknologi
Menteri Pendidikan Dasar dan Menengah
Menteri Pendidikan Tinggi Sains dan Teknologi
Menteri Kebudayaan
Menteri Agama
Menteri Perhubungan
Menteri Pertanian
Menteri Ketenagakerjaan
Menteri Hukum dan HAM
Menteri Hukum
Menteri HAM
Menteri Imigrasi dan Pemasyarakatan
Menteri Pariwisata dan Ekonomi Kreatif
Menteri Pariwisata
Menteri Ekonomi Kreatif
Menteri Pemuda dan Olahraga
Menteri BUMN
Menteri Komunikasi dan Informatika
Menteri Komunikasi dan Digital
Menteri Perindustrian
Menteri Perdagangan
Menteri Energi dan Sumber Daya Mineral
Menteri Pekerjaan Umum dan Perumahan Rakyat
Menteri Pekerjaan Umum
Menteri Lingkungan Hidup dan Kehutanan
Menteri Lingkungan Hidup
Menteri Kehutanan
Menteri Kelautan dan Perikanan
Menteri Koperasi dan UKM
Menteri Koperasi
Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
Menteri Desa Pembangunan Daerah Tertinggal dan Transmigrasi
Menteri Agraria dan Tata Ruang
Menteri Perencanaan Pembangunan Nasional
Menteri Investasi
Menteri Pemberdayaan Perempuan dan Perlindungan Anak
Menteri Riset dan Teknologi
Menteri Koordinator Bidang Politik Hukum dan Keamanan
Menteri Koordinator Bidang Perekonomian
Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan
Menteri Koordinator Bidang Kemaritiman dan Investasi
Menteri Koordinator Bidang Politik dan Keamanan
Menteri Koordinator Bidang Pangan
Menteri Koordinator Bidang Pemberdayaan Masyarakat
Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan
@classes
Menkes; role alias; Menteri Kesehatan
Mensos; role alias; Menteri Sosial
Menkeu; role alias; Menteri Keuangan
Mendagri; role alias; Menteri Dalam Negeri
Menlu; role alias; Menteri Luar Negeri
Menhan; role alias; Menteri Pertahanan
Mendikbud; role alias; Menteri Pendidikan dan Kebudayaan
Mendikbudristek; role alias; Menteri Pendidikan Kebudayaan Riset dan Teknologi
Mendikdasmen; role alias; Menteri Pendidikan Dasar dan Menengah
Mendiktisaintek; role alias; Menteri Pendidikan Tinggi Sains dan Teknologi
Menbud; role alias; Menteri Kebudayaan
Menag; role alias; Menteri Agama
Menhub; role alias; Menteri Perhubungan
Mentan; role alias; Menteri Pertanian
Menaker; role alias; Menteri Ketenagakerjaan
Menkumham; role alias; Menteri Hukum dan HAM
Menteri Hukum dan Hak Asasi Manusia; role alias; Menteri Hukum dan HAM
Menkum; role alias; Menteri Hukum
Menimipas; role alias; Menteri Imigrasi dan Pemasyarakatan
Menparekraf; role alias; Menteri Pariwisata dan Ekonomi Kreatif
Menpar; role alias; Menteri Pariwisata
Menekraf; role alias; Menteri Ekonomi Kreatif
Menpora; role alias; Menteri Pemuda dan Olahraga
Menteri Badan Usaha Milik Negara; role alias; Menteri BUMN
Menkominfo; role alias; Menteri Komunikasi dan Informatika
Menkomdigi; role alias; Menteri Komunikasi dan Digital
Menperin; role alias; Menteri Perindustrian
Mendag; role alias; Menteri Perdagangan
Menteri ESDM; role alias; Menteri Energi dan Sumber Daya Mineral
Menteri PUPR; role alias; Menteri Pekerjaan Umum dan Perumahan Rakyat
Menteri PU; role alias; Menteri Pekerjaan Umum
Menteri LHK; role alias; Menteri Lingkungan Hidup dan Kehutanan
MenLHK; role alias; Menteri Lingkungan Hidup dan Kehutanan
Menhut; role alias; Menteri Kehutanan
Menteri KP; role alias; Menteri Kelautan dan Perikanan
Menkop UKM; role alias; Menteri Koperasi dan UKM
MenkopUKM; role alias; Menteri Koperasi dan UKM
Menkop; role alias; Menteri Koperasi
MenPAN-RB; role alias; Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
MenPANRB; role alias; Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
Menteri PAN-RB; role alias; Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
Mendes PDTT; role alias; Menteri Desa Pembangunan Daerah Tertinggal dan Transmigrasi
Mendes; role alias; Menteri Desa Pembangunan Daerah Tertinggal dan Transmigrasi
Menteri ATR; role alias; Menteri Agraria dan Tata Ruang
Menteri ATR/BPN; role alias; Menteri Agraria dan Tata Ruang
Menteri PPN; role alias; Menteri Perencanaan Pembangunan Nasional
Menteri PPN/Kepala Bappenas; role alias; Menteri Perencanaan Pembangunan Nasional
Menteri PPPA; role alias; Menteri Pemberdayaan Perempuan dan Perlindungan Anak
MenPPPA; role alias; Menteri Pemberdayaan Perempuan dan Perlindungan Anak
Menristek; role alias; Menteri Riset dan Teknologi
Menko Polhukam; role alias; Menteri Koordinator Bidang Politik Hukum dan Keamanan
Menko Perekonomian; role alias; Menteri Koordinator Bidang Perekonomian
Menko PMK; role alias; Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan
Menko Marves; role alias; Menteri Koordinator Bidang Kemaritiman dan Investasi
Menko Polkam; role alias; Menteri Koordinator Bidang Politik dan Keamanan
Menko Pangan; role alias; Menteri Koordinator Bidang Pangan
Menko PM; role alias; Menteri Koordinator Bidang Pemberdayaan Masyarakat
Menko IPK; role alias; Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan
Mensesneg; role alias; Menteri Sekretaris Negara
Seskab; role alias; Sekretaris Kabinet
Wapres; role alias; Wakil Presiden
Wamen; role alias; Wakil Menteri
PM; role alias; Perdana Menteri
Sekjen; role alias; Sekretaris Jenderal
Dubes; role alias; Duta Besar
Konjen; role alias; Konsul Jenderal

# ---- regional government ----------------------------------------------
@classes role
Gubernur
Wakil Gubernur
Bupati
Wakil Bupati
Wali Kota
Wakil Wali Kota
Camat
Lurah
Babinsa
Bhabinkamtibmas
Babinkamtibmas
Kepala Desa
Perangkat Desa
# Bali: the head of an administrative village, of a customary village, of a
# banjar (hamlet) and of a subak (irrigation society)
Perbekel
Bendesa
Bendesa Adat
Kelian
Kelian Adat
Kelian Banjar
Kelian Dinas
Klian
Klian Adat
Klian Banjar
Kelihan
Pekaseh
Prajuru
# Aceh, West Sumatra, Papua, Maluku: heads of villages and customary bodies
Keuchik
Geuchik
Wali Nagari
Kepala Kampung
Raja Negeri
# (Maluku's, Toraja's and Dayak customary heads, their places in
# grammar.lex role_place: "Kapitan Negeri Latea", "Kepala Lembang Buntu
# Tondon", "Temenggung Sungai Labai", "Damang Kahayan Hilir")
Kapitan
Kepala Lembang
Kepala Adat
# (a deputy head of a police division: "Wakabid Humas Polda Metro Jaya")
Wakabid
Wakabid Humas
Tua Adat
# (Nahdlatul Ulama's council of scholars: "Rais Aam PBNU")
Rais Aam
Rais Syuriyah
Katib Aam
Mustasyar
Ketua Adat
Temenggung
Damang
# (a village head in South Kalimantan's Banjar: "Pembakal Desa Sungai Tabuk")
Pembakal
Sekretaris Desa
Ketua RT
Ketua RW
Sekretaris Daerah
Asisten Daerah
Kepala Daerah
Wakil Kepala Daerah
Kepala Pelaksana
Penjabat
Penjabat Gubernur
Penjabat Bupati
Penjabat Wali Kota
Pelaksana Tugas
Pelaksana Harian
Pejabat Sementara
Pejabat
@classes
Walikota; role alias; Wali Kota
Wakil Walikota; role alias; Wakil Wali Kota
Wagub; role alias; Wakil Gubernur
Wabup; role alias; Wakil Bupati
Wawali; role alias; Wakil Wali Kota
Wawalkot; role alias; Wakil Wali Kota
Kades; role alias; Kepala Desa
Sekdes; role alias; Sekretaris Desa
Sekda; role alias; Sekretaris Daerah
Kalak; role alias; Kepala Pelaksana
Kalaksa; role alias; Kepala Pelaksana
Pj; role alias; Penjabat
Pj Gubernur; role alias; Penjabat Gubernur
Pj Bupati; role alias; Penjabat Bupati
Pj Wali Kota; role alias; Penjabat Wali Kota
Plt; role alias; Pelaksana Tugas
Plh; role alias; Pelaksana Harian
Pjs; role alias; Pejabat Sementara

# ---- heads of organisations and units ------------------------------------
@classes role
# (Malay posts of Malaysian and Bruneian offices, as Bernama writes them:
# "Pengarah Jabatan Imigresen Negeri Sabah", "Ketua Setiausaha Kementerian …")
Pengarah
Ketua Pengarah
Ketua Setiausaha
Setiausaha
Kepala
Wakil Kepala
Ketua
Wakil Ketua
Ketua Umum; role_org
# (a member of a body led by a presidium: "Presidium HIMKI Satori")
Presidium
Wakil Ketua Umum; role_org
Ketua Harian
# Jakarta's city agencies have sub-agencies (suku dinas) per city:
# "Kasudin Gulkarmat Jakarta Timur Gatot Sulistyo"
Kasudin
# the heads of a royal court's offices ("Penghageng Tepas Dwarapura Keraton
# Yogyakarta", "Pengageng Sasana Wilapa Keraton Kasunanan Surakarta")
Penghageng
Pengageng
Kepala Suku Dinas
Ketua Pelaksana
Ketua Panitia
Ketua Dewan
Ketua Komisi
Ketua Fraksi
Ketua Majelis
Ketua Dewan Pembina
Ketua Dewan Pengawas
Ketua Dewan Pakar
Sekretaris
Sekretaris Umum
Bendahara
Bendahara Umum
Direktur
Direktur Utama; role_org
Direktur Jenderal
Direktur Eksekutif; role_org
Direktur Operasional
Direktur Keuangan
Direktur Pemasaran
Direktur Komersial
Presiden Direktur; role_org
Presiden Komisaris
Komisaris Utama
Wakil Direktur
# role_org: a business role written with its company's name before the
# person's ("CEO Kitabisa Alfatih Timur", "Co-founder Haveltea Ifana Azizah")
Manajer
# (a company's operations manager before its name: "Manajer Operasional
# Soundrise Asia, Putri Handayani,")
Manajer Operasional; role_org
General Manager; role_org
Manager; role_org
Project Manager; role_org
Site Manager; role_org
Station Manager; role_org
Mill Manager; role_org
Plant Manager; role_org
Festival Director; role_org
Brand Manager; role_org
Resort Manager; role_org
Hotel Manager; role_org
# (a hotel group's manager of several hotels, and kitchens' heads: "Cluster
# General Manager Segara Hotels & Resorts Sanur", "Executive Chef The Kanaya
# Hotel Jakarta")
Cluster General Manager; role_org
Cluster Manager; role_org
Executive Chef; role_org
Head Chef; role_org
Sous Chef; role_org
Branch Manager; role_org
Sales Branch Manager; role_org
Marketing Manager; role_org
Sales Manager; role_org
Area Manager; role_org
Store Manager; role_org
Operations Manager; role_org
Kepala Cabang
Pimpinan
Pimpinan Cabang
CEO; role_org
CFO; role_org
COO; role_org
CTO; role_org
Chairman
Pendiri; role_org
Founder; role_org
Co-founder; role_org
# roles in English, as Indonesian business news writes them ("kata Managing
# Director and Chief Economist Bank DBS ...", "ujar Head of Research ...")
# (a mining company's post toward the communities around it: "External
# Relations Manager PT Bara Kaltim Sejahtera Dedi Kurniawan")
External Relations Manager; role_org
Managing Director; role_org
Managing Partner; role_org
Founding Partner; role_org
General Partner; role_org
Partner; role_org
Director
Executive Director
# (a department's director or manager, named with the company after it:
# "Marketing Director PT Arkana Teknologi Indonesia, …")
Marketing Director; role_org
Sales Director; role_org
Finance Director; role_org
Operations Director; role_org
Product Director; role_org
Regional Marketing Manager; role_org
Regional Manager; role_org
Product Manager; role_org
Business Development Manager; role_org
President Director; role_org
Country Director; role_org
Country Manager; role_org
Chief Executive Officer; role_org
Chief Financial Officer; role_org
Chief Operating Officer; role_org
Chief Technology Officer; role_org
Chief Marketing Officer; role_org
Chief Information Officer; role_org
Chief Digital Officer; role_org
Chief Risk Officer; role_org
Chief Commercial Officer; role_org
Chief Product Officer; role_org
Chief People Officer; role_org
Chief Business Officer; role_org
Chief Economist
Senior General Manager; role_org
Equity Analyst
Investment Analyst
Equity Research Analyst
Portfolio Manager; role_org
Fund Manager; role_org
Secretary-General
Secretary General
Deputy Secretary-General
Director General
Director-General
Executive Secretary
Chairperson
Senior Fellow
Senior Researcher
Head Coach
Chief Investment Officer
Chief Strategy Officer
Vice President
Senior Vice President
Executive Vice President
VP
SVP
EVP
Head
# (a company's head in one country: "Country Head Knight Frank Indonesia …")
Country Head; role_org
# (a group's post: "Group Head Corporate Communication InJourney Airports")
Group Head
Group CEO
Head of Research
# (research and markets desks of banks and securities houses, the field
# written in Indonesian: "Kepala Riset Samuel Sekuritas Indonesia")
Kepala Riset
Kepala Ekonom
Kepala Strategi
Kepala Strategi Investasi
Kepala Analis
# (with its field after "of": "Chief of Public Affairs Grab Indonesia")
Chief
Senior Economist
Economist
Research Analyst
Senior Analyst
Principal Analyst
Lead Analyst
Analyst
Spokesperson
Specialist; role_org
Health Specialist; role_org
Program Officer; role_org
# (UN agencies' and NGOs' officers and specialists, with their field after
# them: "Nutrition Officer UNICEF", "Medical Officer TBC WHO Indonesia",
# "Spesialis Gizi UNICEF Indonesia")
Officer; role_org
Technical Officer; role_org
Medical Officer; role_org
Nutrition Officer; role_org
Health Officer; role_org
Field Officer; role_org
Communication Officer; role_org
Communications Officer; role_org
Spesialis; role_org
Program Manager; role_org
Race Director; role_org
Campaigner
Corporate Secretary; role_org
Media Officer
Press Officer
Sekretaris Perusahaan; role_org
# (an embassy's chargé d'affaires: "Kuasa Usaha Ad Interim KBRI Tripoli")
Kuasa Usaha
Kuasa Usaha Ad Interim
# (the head of a forest management unit: "Administratur Perum Perhutani KPH
# Surakarta")
Administratur
Public Relations Manager
Corporate Communication Manager
Corporate Communications Manager
Head of Corporate Communication
VP Corporate Communication
Pemilik Perusahaan
Juru Bicara
Humas
Kepala Humas
Kepala Bagian Humas
Kepala Biro
Kepala Biro Humas
Kepala Pusat
Kepala Bagian
Kepala Subbagian
Kepala Seksi
Kepala Bidang
Kepala Bidang Humas
Kepala Dinas
Kepala Badan
Kepala Kantor
Kepala Kantor Wilayah
Kepala Balai
Kepala Lembaga Pemasyarakatan
Kepala Rumah Tahanan
Kepala Sekolah
Kepala Puskesmas
Kepala Subdirektorat
Deputi
Deputi Gubernur
Deputi Gubernur Senior
Asisten
Asisten Deputi
Staf Khusus
Staf Ahli
Penasihat
Penasihat Hukum
Penasehat
Dinamisator
Koordinator
Koordinator Lapangan
# (a network's national and regional coordinators: "Koordinator Nasional
# Destructive Fishing Watch (DFW) Indonesia")
Koordinator Nasional
Koordinator Wilayah
Koordinator Daerah
Komisioner
Anggota
Ketua Tim
Ketua Satgas
Komandan Satgas
@classes
Jubir; role alias; Juru Bicara
Ketum; role alias; Ketua Umum
Waketum; role alias; Wakil Ketua Umum
Sekum; role alias; Sekretaris Umum
Bendum; role alias; Bendahara Umum
Dirut; role alias; Direktur Utama
Dirjen; role alias; Direktur Jenderal
Presdir; role alias; Presiden Direktur
Preskom; role alias; Presiden Komisaris
Komut; role alias; Komisaris Utama
Kacab; role alias; Kepala Cabang
Kabiro; role alias; Kepala Biro
Kapus; role alias; Kepala Pusat
Kabag; role alias; Kepala Bagian
Kasubag; role alias; Kepala Subbagian
Kasubbag; role alias; Kepala Subbagian
Kasi; role alias; Kepala Seksi
Kasie; role alias; Kepala Seksi
Kabid; role alias; Kepala Bidang
Kabid Humas; role alias; Kepala Bidang Humas
Kadis; role alias; Kepala Dinas
Kaban; role alias; Kepala Badan
Kakan; role alias; Kepala Kantor
Kakanwil; role alias; Kepala Kantor Wilayah
Kalapas; role alias; Kepala Lembaga Pemasyarakatan
Karutan; role alias; Kepala Rumah Tahanan
Kepsek; role alias; Kepala Sekolah
Kasubdit; role alias; Kepala Subdirektorat
Stafsus; role alias; Staf Khusus
Korlap; role alias; Koordinator Lapangan

# ---- police -----------------------------------------------------------
@classes role
Kepala Kepolisian Negara Republik Indonesia
Wakil Kepala Kepolisian Negara Republik Indonesia
Kepala Kepolisian Daerah
Wakil Kepala Kepolisian Daerah
Kepala Kepolisian Resor
Wakil Kepala Kepolisian Resor
Kepala Kepolisian Resor Kota
Kepala Kepolisian Resor Kota Besar
Kepala Kepolisian Sektor
Kepala Badan Reserse Kriminal
Kepala Badan Pemelihara Keamanan
Kepala Korps Lalu Lintas
Kepala Detasemen Khusus 88
Kepala Divisi Humas
Kepala Divisi Propam
Kepala Biro Penerangan Masyarakat
Kepala Bagian Penerangan Umum
Direktur Reserse Kriminal Umum
Direktur Reserse Kriminal Khusus
Direktur Reserse Narkoba
Direktur Lalu Lintas
Direktur Tindak Pidana Umum
Direktur Tindak Pidana Siber
Kepala Satuan Reserse Kriminal
Kepala Satuan Reserse Narkoba
Kepala Satuan Lalu Lintas
Kasat
Kepala Unit
Kepala Unit Reserse Kriminal
Kepala Seksi Humas
Penyidik
Penyelidik
Kapolri; role alias; Kepala Kepolisian Negara Republik Indonesia
Kapolda; role alias; Kepala Kepolisian Daerah
Kapolres; role alias; Kepala Kepolisian Resor
Kapolresta; role alias; Kepala Kepolisian Resor Kota
Kapolrestabes; role alias; Kepala Kepolisian Resor Kota Besar
Kapolsek; role alias; Kepala Kepolisian Sektor
@classes
Wakapolri; role alias; Wakil Kepala Kepolisian Negara Republik Indonesia
Wakapolda; role alias; Wakil Kepala Kepolisian Daerah
Wakapolres; role alias; Wakil Kepala Kepolisian Resor
Kabareskrim; role alias; Kepala Badan Reserse Kriminal
Kabaharkam; role alias; Kepala Badan Pemelihara Keamanan
Kakorlantas; role alias; Kepala Korps Lalu Lintas
Kadensus 88; role alias; Kepala Detasemen Khusus 88
Kadiv Humas; role alias; Kepala Divisi Humas
Kadiv Propam; role alias; Kepala Divisi Propam
Karo Penmas; role alias; Kepala Biro Penerangan Masyarakat
Kabag Penum; role alias; Kepala Bagian Penerangan Umum
Dirreskrimum; role alias; Direktur Reserse Kriminal Umum
Dirreskrimsus; role alias; Direktur Reserse Kriminal Khusus
Dirresnarkoba; role alias; Direktur Reserse Narkoba
Dirlantas; role alias; Direktur Lalu Lintas
Dirtipidum; role alias; Direktur Tindak Pidana Umum
Dirtipidsiber; role alias; Direktur Tindak Pidana Siber
Kasat Reskrim; role alias; Kepala Satuan Reserse Kriminal
Kasatreskrim; role alias; Kepala Satuan Reserse Kriminal
Kasat Narkoba; role alias; Kepala Satuan Reserse Narkoba
Kasatresnarkoba; role alias; Kepala Satuan Reserse Narkoba
Kasat Lantas; role alias; Kepala Satuan Lalu Lintas
Kasatlantas; role alias; Kepala Satuan Lalu Lintas
Kanit; role alias; Kepala Unit
Kanit Reskrim; role alias; Kepala Unit Reserse Kriminal
Kasi Humas; role alias; Kepala Seksi Humas

# ---- armed forces ---------------------------------------------------------
@classes role
Panglima
Panglima TNI
Panglima Komando Daerah Militer
Panglima Komando Strategis Angkatan Darat
Komandan
Komandan Jenderal Kopassus
Komandan Komando Resor Militer
Komandan Komando Distrik Militer
Komandan Komando Rayon Militer
Komandan Korps Marinir
Komandan Paspampres
Komandan Pangkalan Udara
Komandan Pangkalan Utama TNI AL
Komandan Batalyon
Komandan Kompi
Komandan Peleton
Kepala Staf
Kepala Staf Angkatan Darat
Kepala Staf Angkatan Laut
Kepala Staf Angkatan Udara
# (the body after it is the affiliation: "Kepala Pusat Penerangan | TNI")
Kepala Pusat Penerangan
Kepala Dinas Penerangan Angkatan Darat
Kepala Dinas Penerangan Angkatan Laut
Kepala Dinas Penerangan Angkatan Udara
Kepala Dinas Penerangan
Kepala Penerangan Kodam
Kepala Penerangan
# (the full forms of short forms below that end with the body's short
# name, "Kasdam" for "Kepala Staf | Kodam …"; a short form for a body whose
# name goes on, "Dansatgas Pamtas RI-PNG", is a post of its own)
Kepala Penerangan Korem
Kepala Staf Kodam
Kepala Staf Korem
Komandan Polisi Militer Kodam
Wakil Komandan Kodim
Wakil Komandan Korem
@classes
Pangdam; role alias; Panglima Komando Daerah Militer
Panglima Kodam; role alias; Panglima Komando Daerah Militer
Pangkostrad; role alias; Panglima Komando Strategis Angkatan Darat
Danjen Kopassus; role alias; Komandan Jenderal Kopassus
Danrem; role alias; Komandan Komando Resor Militer
Komandan Korem; role alias; Komandan Komando Resor Militer
Dandim; role alias; Komandan Komando Distrik Militer
Komandan Kodim; role alias; Komandan Komando Distrik Militer
Kasdim; role
Danramil; role alias; Komandan Komando Rayon Militer
Dankormar; role alias; Komandan Korps Marinir
Danpaspampres; role alias; Komandan Paspampres
Danlanud; role alias; Komandan Pangkalan Udara
Danlantamal; role alias; Komandan Pangkalan Utama TNI AL
Danyon; role alias; Komandan Batalyon
Danki; role alias; Komandan Kompi
Danton; role alias; Komandan Peleton
KSAD; role alias; Kepala Staf Angkatan Darat
Kasad; role alias; Kepala Staf Angkatan Darat
KSAL; role alias; Kepala Staf Angkatan Laut
Kasal; role alias; Kepala Staf Angkatan Laut
KSAU; role alias; Kepala Staf Angkatan Udara
Kasau; role alias; Kepala Staf Angkatan Udara
Kapuspen; role alias; Kepala Pusat Penerangan
Kadispenad; role alias; Kepala Dinas Penerangan Angkatan Darat
Kadispenal; role alias; Kepala Dinas Penerangan Angkatan Laut
Kadispenau; role alias; Kepala Dinas Penerangan Angkatan Udara
Kadispen; role alias; Kepala Dinas Penerangan
Kapendam; role alias; Kepala Penerangan Kodam
# (the short forms of TNI's and Polri's posts: a unit's short name after
# Dan-, Pang-, Kas-, Ka-, Wadan- or Waka-; "Dansatgas Pamtas RI-PNG",
# "Pangkoopsud II", "Kasdam XVII/Cenderawasih")
Danlanal; role
Danpomal; role
Dansatgas; role
Danbrigif; role
Danyonif; role
Danpuspom; role
Danpomdam; role alias; Komandan Polisi Militer Kodam
Danpasmar; role
Dankoarmada; role
Pangkoarmada; role
Pangarmada; role
Pangkogabwilhan; role
Pangkoopsud; role
Pangkoopsudnas; role
Danguskamla; role
Dankorbrimob; role
Kasdam; role alias; Kepala Staf Kodam
Kasrem; role alias; Kepala Staf Korem
Kasum; role
Kapenrem; role alias; Kepala Penerangan Korem
Wadanrem; role alias; Wakil Komandan Korem
Wadandim; role alias; Wakil Komandan Kodim
Karopenmas; role alias; Kepala Biro Penerangan Masyarakat
Dirpolairud; role

# ---- justice ------------------------------------------------------------
@classes role
Jaksa Agung
Wakil Jaksa Agung
Jaksa Agung Muda
Jaksa Agung Muda Tindak Pidana Khusus
Jaksa Agung Muda Tindak Pidana Umum
Jaksa Agung Muda Intelijen
Kepala Kejaksaan Tinggi
Kepala Kejaksaan Negeri
Kepala Pusat Penerangan Hukum
Kepala Seksi Intelijen
Kepala Seksi Pidana Khusus
Kepala Seksi Pidana Umum
Jaksa
Jaksa Penuntut Umum
Penuntut Umum
Hakim
Hakim Ketua
Ketua Majelis Hakim
Hakim Anggota
Hakim Agung
Hakim Konstitusi
Ketua Mahkamah Agung
Ketua Mahkamah Konstitusi
Panitera
Juru Sita
Notaris
# a port's harbourmaster ("Syahbandar Pelabuhan Tigaras Parulian Sitorus")
Syahbandar
@classes
Jampidsus; role alias; Jaksa Agung Muda Tindak Pidana Khusus
Jampidum; role alias; Jaksa Agung Muda Tindak Pidana Umum
Jamintel; role alias; Jaksa Agung Muda Intelijen
# (the full posts are also written with "Bidang": "Jaksa Agung Muda Bidang
# Tindak Pidana Khusus … Febrian …" and then "Jampidsus menjelaskan")
Jaksa Agung Muda Bidang Tindak Pidana Khusus; role alias; Jaksa Agung Muda Tindak Pidana Khusus
Jaksa Agung Muda Bidang Tindak Pidana Umum; role alias; Jaksa Agung Muda Tindak Pidana Umum
Jaksa Agung Muda Bidang Intelijen; role alias; Jaksa Agung Muda Intelijen
Kajati; role alias; Kepala Kejaksaan Tinggi
Kajari; role alias; Kepala Kejaksaan Negeri
Kapuspenkum; role alias; Kepala Pusat Penerangan Hukum
Kasi Intel; role alias; Kepala Seksi Intelijen
Kasi Intelijen; role alias; Kepala Seksi Intelijen
Kasipidsus; role alias; Kepala Seksi Pidana Khusus
Kasi Pidsus; role alias; Kepala Seksi Pidana Khusus
Kasipidum; role alias; Kepala Seksi Pidana Umum
Kasi Pidum; role alias; Kepala Seksi Pidana Umum
JPU; role alias; Jaksa Penuntut Umum

# ---- academia, research and professions -------------------------------------
@classes role
Rektor
Wakil Rektor
Dekan
Wakil Dekan
Ketua Program Studi
Kepala Departemen
Kepala Laboratorium
Guru Besar
Dosen
Pengajar
Peneliti
Peneliti Senior
Pengamat
Ekonom
Ekonom Senior
Analis
Analis Senior
Epidemiolog
Virolog
Sosiolog
Psikolog
Kriminolog
Antropolog
Arkeolog
Astronom
Astrofisikawan
Epigraf
Filolog
Sejarawan
Budayawan
Rohaniwan
Agamawan
Cendekiawan
Negarawan
Seniman
Pustakawan
Pamong Budaya
Penyuluh
Penyuluh Pertanian
Penyuluh Kesehatan
Usahawan
Prakirawan
Prakirawati
# (a volcano observer of the geological agency's posts)
Pengamat Gunung Api
Klimatolog
Seismolog
Vulkanolog
Geolog
Ahli Geologi
Ahli Vulkanologi
Ahli Hukum
Pakar Hukum
Pakar Hukum Tata Negara
Pengamat Politik
Pengamat Ekonomi
Pengamat Kebijakan Publik
Pengamat Militer
Pengamat Transportasi
Pengamat Pendidikan
Pengamat Hubungan Internasional
Dokter
Dokter Spesialis
Dokter Spesialis Penyakit Dalam
Spesialis Penyakit Dalam
Dokter Spesialis Anak
Dokter Spesialis Paru
Dokter Spesialis Jantung
Dokter Spesialis Kandungan
Dokter Spesialis Saraf
Dokter Hewan
Direktur Rumah Sakit
Ilmuwan
Profesor Emeritus
# (also a title: a post before its field in lower case, "Profesor ilmu
# politik di Emory University, Rebecca Holloway,")
Profesor
# (also titles: the post before a body, "Uskup Keuskupan Ruteng Mgr. …")
Uskup
Uskup Agung
# (a police rank too: the head of a regional inspectorate, "Inspektur
# Inspektorat Kabupaten Lombok Timur Ahmad …")
Inspektur
# (and a ministry's inspector general, a police rank too: "Inspektur
# Jenderal Kementerian Keuangan Awan Nurmawan")
Inspektur Jenderal
# (a bishop's deputy and a parish's priest: "Vikaris Jenderal Keuskupan
# Larantuka RD Gabriel …", "Pastor Paroki …")
Vikaris Jenderal
Vikjen
Pastor Paroki
# (Protestant churches' posts: HKBP's district head and its parish and
# congregation pastors, a bishop in English, "Praeses HKBP Distrik …",
# "Pendeta Resort HKBP …", "Bishop Gereja Kristen Protestan di Bali")
Praeses
Ephorus
Bishop
Pendeta Resort
Pendeta Jemaat
Pendeta Ressort
# (a mosque's endowment keeper: "Nazir Masjid Al-Ikhlas")
Nazir
Nadzir
Konsultan
Auditor
Kurator
Pemimpin Redaksi
Redaktur Pelaksana
Editor
Editor Senior
Penyunting
Wakil Pemimpin Redaksi
Pelatih Kepala
Asisten Pelatih
Manajer Tim
Kapten Tim
# (a games' contingent's head: "Chef de Mission kontingen Indonesia Bayu …")
Chef de Mission
CdM; role alias; Chef de Mission
Prinsipal Tim
Team Principal
Dokter Tim
Fisioterapis
Imam
Imam Besar
Ketua Takmir
Takmir
Ulama
# (the post alone: the school is the affiliation, "Pengasuh | Pondok
# Pesantren Miftahul Huda")
Pengasuh; role_org
@classes
Kaprodi; role alias; Ketua Program Studi
Pemred; role alias; Pemimpin Redaksi

# ---- everyday descriptions of people quoted -------------------------------
@classes role_common
warga
penduduk
pedagang
pedagang kaki lima
petani
peternak
pekebun
nelayan
sopir
supir
pengemudi
pengemudi ojek
pengemudi ojek online
pengemudi ojek daring
pengemudi taksi daring
pengemudi taksi online
ojol
tukang ojek
tukang parkir
juru parkir
pemandu
pemandu wisata
# (shop, kitchen, transport and building work: "Kasir minimarket, Nurhayati
# (24), mengaku", "kata pelayan warung itu")
kasir
pelayan
pramuniaga
koki
barista
resepsionis
kondektur
kernet
kuli
kuli angkut
porter
mandor
tukang bangunan
tukang becak
tukang cukur
penjaga toko
penjaga sekolah
pembantu rumah tangga
penyelam
pelukis
marbot
juru taktik
juru kamera
juru masak
juru foto
juru kunci
kurir
pengendara
pengendara motor
mahasiswa
mahasiswi
siswa
siswi
pelajar
murid
santri
# pilgrims and worshippers ("seorang jemaah asal Pakistan")
jemaah
jamaah
jemaah haji
jamaah haji
calon penumpang
calon pembeli
calon siswa
calon mahasiswa
calon jemaah haji
calon haji
calon jemaah
calon jamaah
peziarah
guru
guru honorer
wali kelas
tenaga honorer
honorer
buruh
buruh pabrik
pekerja
pekerja migran
karyawan
karyawati
pegawai
pegawai negeri
aparatur sipil negara
ASN
PNS
pengusaha
pebisnis
pemilik
pemilik toko
pemilik warung
pengelola
pengunjung
penumpang
pasien
keluarga pasien
korban
keluarga korban
penyintas
pengungsi
saksi
saksi mata
tersangka
terdakwa
terpidana
narapidana
napi
pelaku
terlapor
pelapor
kuasa hukum
pengacara
advokat
ibu rumah tangga
relawan
sukarelawan
aktivis
pegiat
pemerhati
tokoh masyarakat
tokoh agama
tokoh adat
tetua adat
tokoh pemuda
pemuka agama
ahli
pakar
akademisi
perawat
bidan
# (a health worker of a village or a health post in Papua and Maluku:
# "Mantri di Pustu Hitugi, Yosua Itlay,")
mantri
tenaga kesehatan
nakes
tenaga medis
apoteker
wartawan
jurnalis
seniman
sastrawan
penulis
atlet
pelatih
penyanyi
musisi
aktor
aktris
artis
selebritas
selebgram
influencer
pemengaruh
youtuber
konten kreator
pemain
pesepak bola
pebulu tangkis
pevoli
petinju
pembalap
pebalap
pegolf
pesenam
pedayung
pebasket
peselancar
wasit
suporter
# (Persebaya's supporters, as a description: "Heri Susanto, Bonek asal
# Tambaksari, menyebut"; other clubs' supporters' names are bodies with
# posts, "Presiden Pasoepati")
Bonek
penggemar
penonton
penjual
pengecer
pengepul
pembudidaya
pembeli
konsumen
pelanggan
nasabah
investor
pengguna
pengguna jalan
# clergy: titles before a name, descriptions in lower case ("kiai asal
# Jombang itu", "menurut pendeta itu")
kiai
ustaz
pendakwah
penceramah
mubalig
ustazah
pendeta
pastor
biksu
sulinggih
pemangku
# a royal court's servants and keepers ("abdi dalem pawang kebo bule,
# Sutarno", "juru kunci Gunung Merapi")
abdi dalem
pawang
pinandita
# sport, screen and stage: positions and crafts named before a name
# ("bek tengah Persija, Rizky", "kata sutradara Reza Adiputra")
kapten
kapten tim
tunggal putra
tunggal putri
ganda putra
ganda putri
ganda campuran
pebulu tangkis putra
pebulu tangkis putri
pemanah
perenang
pesilat
pelari
sprinter
pebulutangkis
pejudo
taekwondoin
petenis
pegulat
pecatur
pesepeda
lifter
karateka
# volleyball
setter
opposite
libero
spiker
middle blocker
outside hitter
bek
bek tengah
bek kiri
bek kanan
gelandang
winger
playmaker
gelandang serang
gelandang bertahan
penyerang
striker
kiper
penjaga gawang
pemain sayap
kritikus
kritikus film
kritikus musik
sutradara
produser
produser eksekutif
produser musik
pemeran
pemeran utama
bintang film
penulis skenario
sinematografer
# (talent shows and concerts: "Juri Ratna Kumalasari menilai", "Promotor konser
# dari Starlight Asia Live, Maria Gunawan,")
juri
ketua juri
dewan juri
promotor
promotor konser
produser program
# music and stage ("Vokalis Lentera, Bimo", "kata komika Bayu")
vokalis
gitaris
bassis
drummer
penabuh drum
pianis
kibordis
keyboardis
DJ
rapper
penyanyi solo
penyanyi pop
penyanyi dangdut
pedangdut
# (a song's singer, named by the song: "pelantun lagu “…” itu")
pelantun
biduan
pencipta lagu
penulis lagu
komposer
presenter
pembawa acara
komika
komedian
pelawak
penari
koreografer
# fashion, photography and the internet
desainer
perancang busana
fotografer
vlogger
podcaster
TikToker
# (a music group's and a fan club's posts, in English: "leader NOVAREL",
# "member termuda NOVAREL", "host podcast …", "admin fanbase …")
leader
member
host
admin
kreator konten
streamer
dalang
pesinden
penerjemah
komentator
bankir
birokrat
kolumnis
investigator
psikiater
psikolog
konselor
terapis
arsitek
insinyur
notaris
akuntan
masinis
nakhoda
pramugari
glasiolog
klimatolog
vulkanolog
astronom
astrofisikawan
sosiolog
antropolog
epidemiolog
kriminolog
pembimbing
operator
pendamping
juru kampanye
kader
warganet
netizen
orangtua
orang tua
orang tua siswa
wali murid
ayah
suami
istri
ibunda
ayahanda
tetangga
kerabat
rekan
rekan kerja
teman
sahabat
pendukung
simpatisan
pemilih
peserta
panitia
pengurus
anggota keluarga
wisatawan
turis
pendaki
pemudik
pelancong
petugas
petugas keamanan
satpam
polisi
polwan
tentara
pemulung
pengrajin
perajin
penjahit
montir
teknisi
pilot
anak buah kapal
ABK
juragan
juragan kapal
penambang
lansia
remaja
pemuda
pensiunan
veteran
pengamen
pengemis
penghuni
pemukim
