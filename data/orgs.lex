# Organisations (1/3): Indonesian ministries and state bodies, and state
# bodies abroad that news names as actors (Kremlin, Gedung Putih).
# Written for warta from general knowledge.
#   org ministry    a ministry (kementerian) or coordinating ministry
#   org state_body  another state institution
# The full name is the canonical entry; short forms are aliases of it.  Where
# the full name has commas (Kemenko Polhukam, BMKG) the short form is the
# entry, since keys are matched word by word.
# "BIN" (Badan Intelijen Negara) is left out as a key: it is the same key as
# the name particle "bin".

# ---- coordinating ministries --------------------------------------------
@classes org ministry
Kemenko Polhukam
Kementerian Koordinator Bidang Perekonomian
Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan
Kementerian Koordinator Bidang Kemaritiman dan Investasi
Kementerian Koordinator Bidang Politik dan Keamanan
Kemenko Kumham Imipas
Kementerian Koordinator Bidang Pemberdayaan Masyarakat
Kementerian Koordinator Bidang Pangan
Kementerian Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan
@classes
Kemenko Perekonomian; org ministry alias; Kementerian Koordinator Bidang Perekonomian
Kementerian Koordinator Perekonomian; org ministry alias; Kementerian Koordinator Bidang Perekonomian
Kemenko PMK; org ministry alias; Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan
Kemenko Marves; org ministry alias; Kementerian Koordinator Bidang Kemaritiman dan Investasi
Kemenko Kemaritiman dan Investasi; org ministry alias; Kementerian Koordinator Bidang Kemaritiman dan Investasi
Kemenko Polkam; org ministry alias; Kementerian Koordinator Bidang Politik dan Keamanan
Kemenko PM; org ministry alias; Kementerian Koordinator Bidang Pemberdayaan Masyarakat
Kemenko Pangan; org ministry alias; Kementerian Koordinator Bidang Pangan
Kemenko IPK; org ministry alias; Kementerian Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan
Kemenko Infrastruktur; org ministry alias; Kementerian Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan

# ---- ministries ---------------------------------------------------------
@classes org ministry
Kementerian Sekretariat Negara
Kementerian Dalam Negeri
Kementerian Luar Negeri
Kementerian Pertahanan
Kementerian Agama
Kementerian Hukum dan Hak Asasi Manusia
Kementerian Hukum
Kementerian Hak Asasi Manusia
Kementerian Imigrasi dan Pemasyarakatan
Kementerian Keuangan
Kemendikbudristek
Kementerian Pendidikan dan Kebudayaan
Kementerian Pendidikan Dasar dan Menengah
Kemendiktisaintek
Kementerian Kebudayaan
Kementerian Riset dan Teknologi
Kementerian Kesehatan
Kementerian Sosial
Kementerian Ketenagakerjaan
Kementerian Perindustrian
Kementerian Perdagangan
Kementerian Energi dan Sumber Daya Mineral
Kementerian Pekerjaan Umum dan Perumahan Rakyat
Kementerian Pekerjaan Umum
Kementerian Perumahan dan Kawasan Permukiman
Kementerian Perhubungan
Kementerian Komunikasi dan Informatika
Kementerian Komunikasi dan Digital
Kementerian Pertanian
Kementerian Lingkungan Hidup dan Kehutanan
Kementerian Lingkungan Hidup
Kementerian Kehutanan
Kementerian Kelautan dan Perikanan
Kemendes PDTT
Kementerian Desa dan Pembangunan Daerah Tertinggal
Kementerian Transmigrasi
Kementerian Agraria dan Tata Ruang
Kementerian Perencanaan Pembangunan Nasional
Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
Kementerian Badan Usaha Milik Negara
Kementerian Koperasi dan Usaha Kecil dan Menengah
Kementerian Koperasi
Kementerian Usaha Mikro Kecil dan Menengah
Kementerian Pariwisata dan Ekonomi Kreatif
Kementerian Pariwisata
Kementerian Ekonomi Kreatif
Kementerian Pemuda dan Olahraga
Kementerian Pemberdayaan Perempuan dan Perlindungan Anak
Kementerian Investasi
Kementerian Investasi dan Hilirisasi
Kementerian Pelindungan Pekerja Migran Indonesia
Kementerian Kependudukan dan Pembangunan Keluarga
# short forms of the ministries
@classes
Kemensetneg; org ministry alias; Kementerian Sekretariat Negara
Setneg; org ministry alias; Kementerian Sekretariat Negara
Kemendagri; org ministry alias; Kementerian Dalam Negeri
Depdagri; org ministry alias; Kementerian Dalam Negeri
Kemenlu; org ministry alias; Kementerian Luar Negeri
Kemlu; org ministry alias; Kementerian Luar Negeri
Deplu; org ministry alias; Kementerian Luar Negeri
Kemenhan; org ministry alias; Kementerian Pertahanan
Kemhan; org ministry alias; Kementerian Pertahanan
Dephan; org ministry alias; Kementerian Pertahanan
Kemenag; org ministry alias; Kementerian Agama
Depag; org ministry alias; Kementerian Agama
Kemenkumham; org ministry alias; Kementerian Hukum dan Hak Asasi Manusia
Kementerian Hukum dan HAM; org ministry alias; Kementerian Hukum dan Hak Asasi Manusia
Kemenkum; org ministry alias; Kementerian Hukum
KemenHAM; org ministry alias; Kementerian Hak Asasi Manusia
Kementerian HAM; org ministry alias; Kementerian Hak Asasi Manusia
Kemenimipas; org ministry alias; Kementerian Imigrasi dan Pemasyarakatan
Kemenkeu; org ministry alias; Kementerian Keuangan
Depkeu; org ministry alias; Kementerian Keuangan
Kemendikbud; org ministry alias; Kementerian Pendidikan dan Kebudayaan
Kemdikbud; org ministry alias; Kementerian Pendidikan dan Kebudayaan
Kemendikdasmen; org ministry alias; Kementerian Pendidikan Dasar dan Menengah
Kemenbud; org ministry alias; Kementerian Kebudayaan
Kemenristek; org ministry alias; Kementerian Riset dan Teknologi
Kemenkes; org ministry alias; Kementerian Kesehatan
Depkes; org ministry alias; Kementerian Kesehatan
Kemensos; org ministry alias; Kementerian Sosial
Depsos; org ministry alias; Kementerian Sosial
Kemnaker; org ministry alias; Kementerian Ketenagakerjaan
Kemenaker; org ministry alias; Kementerian Ketenagakerjaan
Kemenperin; org ministry alias; Kementerian Perindustrian
Kemendag; org ministry alias; Kementerian Perdagangan
Kementerian ESDM; org ministry alias; Kementerian Energi dan Sumber Daya Mineral
Kemen ESDM; org ministry alias; Kementerian Energi dan Sumber Daya Mineral
Kementerian PUPR; org ministry alias; Kementerian Pekerjaan Umum dan Perumahan Rakyat
KemenPUPR; org ministry alias; Kementerian Pekerjaan Umum dan Perumahan Rakyat
Kementerian PU; org ministry alias; Kementerian Pekerjaan Umum
Kementerian PKP; org ministry alias; Kementerian Perumahan dan Kawasan Permukiman
Kemenhub; org ministry alias; Kementerian Perhubungan
Dephub; org ministry alias; Kementerian Perhubungan
Kemenkominfo; org ministry alias; Kementerian Komunikasi dan Informatika
Kominfo; org ministry alias; Kementerian Komunikasi dan Informatika
Komdigi; org ministry alias; Kementerian Komunikasi dan Digital
Kemkomdigi; org ministry alias; Kementerian Komunikasi dan Digital
Kementan; org ministry alias; Kementerian Pertanian
Deptan; org ministry alias; Kementerian Pertanian
KLHK; org ministry alias; Kementerian Lingkungan Hidup dan Kehutanan
KLH; org ministry alias; Kementerian Lingkungan Hidup
Kemenhut; org ministry alias; Kementerian Kehutanan
KKP; org ministry alias; Kementerian Kelautan dan Perikanan
Kemendes; org ministry alias; Kemendes PDTT
Kemendes PDT; org ministry alias; Kementerian Desa dan Pembangunan Daerah Tertinggal
Kementrans; org ministry alias; Kementerian Transmigrasi
Kementerian ATR; org ministry alias; Kementerian Agraria dan Tata Ruang
Kementerian ATR/BPN; org ministry alias; Kementerian Agraria dan Tata Ruang
Kementerian PPN; org ministry alias; Kementerian Perencanaan Pembangunan Nasional
Bappenas; org ministry alias; Kementerian Perencanaan Pembangunan Nasional
Kementerian PPN/Bappenas; org ministry alias; Kementerian Perencanaan Pembangunan Nasional
KemenPAN-RB; org ministry alias; Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
KemenPANRB; org ministry alias; Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
Kementerian PAN-RB; org ministry alias; Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
Kementerian BUMN; org ministry alias; Kementerian Badan Usaha Milik Negara
KemenkopUKM; org ministry alias; Kementerian Koperasi dan Usaha Kecil dan Menengah
Kemenkop UKM; org ministry alias; Kementerian Koperasi dan Usaha Kecil dan Menengah
Kemenkop; org ministry alias; Kementerian Koperasi
Kementerian Koperasi dan UKM; org ministry alias; Kementerian Koperasi dan Usaha Kecil dan Menengah
Kementerian Koperasi dan Usaha Kecil Menengah; org ministry alias; Kementerian Koperasi dan Usaha Kecil dan Menengah
Kementerian UMKM; org ministry alias; Kementerian Usaha Mikro Kecil dan Menengah
Kemenparekraf; org ministry alias; Kementerian Pariwisata dan Ekonomi Kreatif
Kemenpar; org ministry alias; Kementerian Pariwisata
Kemenekraf; org ministry alias; Kementerian Ekonomi Kreatif
Kemenpora; org ministry alias; Kementerian Pemuda dan Olahraga
KemenPPPA; org ministry alias; Kementerian Pemberdayaan Perempuan dan Perlindungan Anak
Kementerian PPPA; org ministry alias; Kementerian Pemberdayaan Perempuan dan Perlindungan Anak
Kementerian Investasi/BKPM; org ministry alias; Kementerian Investasi
KP2MI; org ministry alias; Kementerian Pelindungan Pekerja Migran Indonesia

# ---- Indonesian state bodies ------------------------------------------
@classes org state_body
Komisi Kepolisian Nasional
Direktorat Jenderal Bea dan Cukai
Direktorat Jenderal Pajak
Dewan Perwakilan Rakyat
Dewan Perwakilan Daerah
Majelis Permusyawaratan Rakyat
Dewan Perwakilan Rakyat Daerah
Komisi Pemberantasan Korupsi
Tentara Nasional Indonesia
Kepolisian Negara Republik Indonesia
Markas Besar Polri
Badan Reserse Kriminal Polri
Badan Nasional Penanggulangan Bencana
Badan Penanggulangan Bencana Daerah
Otoritas Jasa Keuangan
Bank Indonesia
Badan Pemeriksa Keuangan
Badan Pusat Statistik
BMKG
Komisi Pemilihan Umum
Badan Pengawas Pemilihan Umum
Mahkamah Agung
Mahkamah Konstitusi
Kejaksaan Agung
Kejaksaan Republik Indonesia
Komisi Nasional Hak Asasi Manusia
Badan Intelijen Negara
Badan Narkotika Nasional
Badan Nasional Pencarian dan Pertolongan
Badan Pengawas Obat dan Makanan
Badan Kependudukan dan Keluarga Berencana Nasional
Lembaga Ilmu Pengetahuan Indonesia
Badan Riset dan Inovasi Nasional
Satuan Tugas Penanganan Covid-19
Istana Kepresidenan
Komisi Yudisial
Ombudsman Republik Indonesia
Lembaga Perlindungan Saksi dan Korban
Pusat Pelaporan dan Analisis Transaksi Keuangan
Badan Siber dan Sandi Negara
Badan Nasional Penanggulangan Terorisme
Badan Keamanan Laut
Badan Koordinasi Penanaman Modal
Badan Pengelola Keuangan Haji
Badan Pengawasan Keuangan dan Pembangunan
Badan Kepegawaian Negara
Badan Pangan Nasional
Badan Pertanahan Nasional
Badan Informasi Geospasial
BPJS Kesehatan
BPJS Ketenagakerjaan
Lembaga Penjamin Simpanan
Komisi Penyiaran Indonesia
Komisi Perlindungan Anak Indonesia
Komisi Nasional Anti Kekerasan terhadap Perempuan
Dewan Pers
Badan Standardisasi Nasional
Badan Pelindungan Pekerja Migran Indonesia
Kantor Staf Presiden
Sekretariat Kabinet
Dewan Pertimbangan Presiden
Badan Gizi Nasional
Otorita Ibu Kota Nusantara
Badan Pengatur Jalan Tol
Badan Pengusahaan Batam
SKK Migas
Komisi Pengawas Persaingan Usaha
Lembaga Kebijakan Pengadaan Barang Jasa Pemerintah
Badan Pembinaan Ideologi Pancasila
Badan Restorasi Gambut dan Mangrove
Pemerintah Provinsi DKI Jakarta
Dewan Ketahanan Nasional
Lembaga Ketahanan Nasional
Arsip Nasional Republik Indonesia
Perpustakaan Nasional
Badan Pengelola Investasi Danantara
Majelis Kehormatan Mahkamah Konstitusi
Dewan Kehormatan Penyelenggara Pemilu
Pengadilan Tindak Pidana Korupsi
# short forms of the state bodies
@classes
DPR; org state_body alias; Dewan Perwakilan Rakyat
DPR RI; org state_body alias; Dewan Perwakilan Rakyat
DPR-RI; org state_body alias; Dewan Perwakilan Rakyat
DPD; org state_body alias; Dewan Perwakilan Daerah
DPD RI; org state_body alias; Dewan Perwakilan Daerah
MPR; org state_body alias; Majelis Permusyawaratan Rakyat
MPR RI; org state_body alias; Majelis Permusyawaratan Rakyat
DPRD; org state_body alias; Dewan Perwakilan Rakyat Daerah
Kompolnas; org state_body alias; Komisi Kepolisian Nasional
KPK; org state_body alias; Komisi Pemberantasan Korupsi
Komisi Antirasuah; org state_body alias; Komisi Pemberantasan Korupsi
TNI; org state_body alias; Tentara Nasional Indonesia
Polri; org state_body alias; Kepolisian Negara Republik Indonesia
Kepolisian RI; org state_body alias; Kepolisian Negara Republik Indonesia
Kepolisian Republik Indonesia; org state_body alias; Kepolisian Negara Republik Indonesia
Mabes Polri; org state_body alias; Markas Besar Polri
Bareskrim; org state_body alias; Badan Reserse Kriminal Polri
Bareskrim Polri; org state_body alias; Badan Reserse Kriminal Polri
Badan Reserse Kriminal; org state_body alias; Badan Reserse Kriminal Polri
BNPB; org state_body alias; Badan Nasional Penanggulangan Bencana
BPBD; org state_body alias; Badan Penanggulangan Bencana Daerah
OJK; org state_body alias; Otoritas Jasa Keuangan
BI; org state_body alias; Bank Indonesia
BPK; org state_body alias; Badan Pemeriksa Keuangan
BPK RI; org state_body alias; Badan Pemeriksa Keuangan
BPS; org state_body alias; Badan Pusat Statistik
Badan Meteorologi Klimatologi dan Geofisika; org state_body alias; BMKG
KPU; org state_body alias; Komisi Pemilihan Umum
KPU RI; org state_body alias; Komisi Pemilihan Umum
Bawaslu; org state_body alias; Badan Pengawas Pemilihan Umum
Bawaslu RI; org state_body alias; Badan Pengawas Pemilihan Umum
MA; org state_body alias; Mahkamah Agung
MK; org state_body alias; Mahkamah Konstitusi
Kejagung; org state_body alias; Kejaksaan Agung
Kejaksaan Agung RI; org state_body alias; Kejaksaan Agung
Korps Adhyaksa; org state_body alias; Kejaksaan Republik Indonesia
Komnas HAM; org state_body alias; Komisi Nasional Hak Asasi Manusia
BNN; org state_body alias; Badan Narkotika Nasional
Basarnas; org state_body alias; Badan Nasional Pencarian dan Pertolongan
Badan SAR Nasional; org state_body alias; Badan Nasional Pencarian dan Pertolongan
Basarnas RI; org state_body alias; Badan Nasional Pencarian dan Pertolongan
BPOM; org state_body alias; Badan Pengawas Obat dan Makanan
Badan POM; org state_body alias; Badan Pengawas Obat dan Makanan
BKKBN; org state_body alias; Badan Kependudukan dan Keluarga Berencana Nasional
LIPI; org state_body alias; Lembaga Ilmu Pengetahuan Indonesia
BRIN; org state_body alias; Badan Riset dan Inovasi Nasional
Satgas Covid-19; org state_body alias; Satuan Tugas Penanganan Covid-19
Satgas Penanganan Covid-19; org state_body alias; Satuan Tugas Penanganan Covid-19
Gugus Tugas Percepatan Penanganan Covid-19; org state_body alias; Satuan Tugas Penanganan Covid-19
Istana; org state_body alias; Istana Kepresidenan
Istana Negara; org state_body alias; Istana Kepresidenan
Istana Merdeka; org state_body alias; Istana Kepresidenan
Istana Bogor; org state_body alias; Istana Kepresidenan
Istana Presiden; org state_body alias; Istana Kepresidenan
KY; org state_body alias; Komisi Yudisial
Ombudsman RI; org state_body alias; Ombudsman Republik Indonesia
Ombudsman; org state_body alias; Ombudsman Republik Indonesia
LPSK; org state_body alias; Lembaga Perlindungan Saksi dan Korban
PPATK; org state_body alias; Pusat Pelaporan dan Analisis Transaksi Keuangan
BSSN; org state_body alias; Badan Siber dan Sandi Negara
BNPT; org state_body alias; Badan Nasional Penanggulangan Terorisme
Bakamla; org state_body alias rank_corps; Badan Keamanan Laut
Bakamla RI; org state_body alias; Badan Keamanan Laut
BKPM; org state_body alias; Badan Koordinasi Penanaman Modal
BPKH; org state_body alias; Badan Pengelola Keuangan Haji
BPKP; org state_body alias; Badan Pengawasan Keuangan dan Pembangunan
BKN; org state_body alias; Badan Kepegawaian Negara
Bapanas; org state_body alias; Badan Pangan Nasional
NFA; org state_body alias; Badan Pangan Nasional
BPN; org state_body alias; Badan Pertanahan Nasional
LPS; org state_body alias; Lembaga Penjamin Simpanan
KPI; org state_body alias; Komisi Penyiaran Indonesia
KPAI; org state_body alias; Komisi Perlindungan Anak Indonesia
Komnas Perempuan; org state_body alias; Komisi Nasional Anti Kekerasan terhadap Perempuan
BSN; org state_body alias; Badan Standardisasi Nasional
BP2MI; org state_body alias; Badan Pelindungan Pekerja Migran Indonesia
KSP; org state_body alias; Kantor Staf Presiden
Setkab; org state_body alias; Sekretariat Kabinet
Wantimpres; org state_body alias; Dewan Pertimbangan Presiden
BGN; org state_body alias; Badan Gizi Nasional
Otorita IKN; org state_body alias; Otorita Ibu Kota Nusantara
BPJT; org state_body alias; Badan Pengatur Jalan Tol
BP Batam; org state_body alias; Badan Pengusahaan Batam
KPPU; org state_body alias; Komisi Pengawas Persaingan Usaha
LKPP; org state_body alias; Lembaga Kebijakan Pengadaan Barang Jasa Pemerintah
BPIP; org state_body alias; Badan Pembinaan Ideologi Pancasila
BRGM; org state_body alias; Badan Restorasi Gambut dan Mangrove
Pemprov DKI Jakarta; org state_body alias; Pemerintah Provinsi DKI Jakarta
Pemprov DKI; org state_body alias; Pemerintah Provinsi DKI Jakarta
Wantannas; org state_body alias; Dewan Ketahanan Nasional
Lemhannas; org state_body alias; Lembaga Ketahanan Nasional
ANRI; org state_body alias; Arsip Nasional Republik Indonesia
Perpusnas; org state_body alias; Perpustakaan Nasional
Danantara; org state_body alias; Badan Pengelola Investasi Danantara
MKMK; org state_body alias; Majelis Kehormatan Mahkamah Konstitusi
DKPP; org state_body alias; Dewan Kehormatan Penyelenggara Pemilu
Pengadilan Tipikor; org state_body alias; Pengadilan Tindak Pidana Korupsi

# ---- state bodies abroad ------------------------------------------------
@classes org state_body
Kremlin
Gedung Putih
Pentagon
Kongres AS
Senat AS
DPR AS
Duma Negara
Departemen Luar Negeri AS
Departemen Pertahanan AS
Departemen Kehakiman AS
Departemen Keuangan AS
Federal Reserve
CIA
FBI
NASA
# (the geological survey quoted on every earthquake abroad; its English name
# and short form: below)
Survei Geologi Amerika Serikat
Downing Street
Knesset
Elysee
Kementerian Luar Negeri Rusia
Kementerian Pertahanan Rusia
Kementerian Luar Negeri China
Kementerian Pertahanan Israel
Kantor Perdana Menteri Israel
Kongres Rakyat Nasional
Dewan Keamanan Nasional
Bank Sentral Eropa
Bank Negara Malaysia
Parlemen Malaysia
Kabinet Jepang
Majelis Nasional Korea Selatan
Kepala Staf Gabungan Korea Selatan
Otoritas Palestina
Kementerian Kesehatan Gaza
Verkhovna Rada
Dewan Federasi Rusia
Komisi Pemilihan Umum Rusia
Kantor Kepresidenan Ukraina
Badan Antariksa Rusia
Roscosmos
@classes
Kongres Amerika Serikat; org state_body alias; Kongres AS
Senat Amerika Serikat; org state_body alias; Senat AS
Dewan Perwakilan Rakyat AS; org state_body alias; DPR AS
Duma; org state_body alias; Duma Negara
Deplu AS; org state_body alias; Departemen Luar Negeri AS
Kemlu AS; org state_body alias; Departemen Luar Negeri AS
Departemen Luar Negeri Amerika Serikat; org state_body alias; Departemen Luar Negeri AS
Dephan AS; org state_body alias; Departemen Pertahanan AS
The Fed; org state_body alias; Federal Reserve
Bank Sentral AS; org state_body alias; Federal Reserve
USGS; org state_body alias; Survei Geologi Amerika Serikat
Survei Geologi AS; org state_body alias; Survei Geologi Amerika Serikat
United States Geological Survey; org state_body alias; Survei Geologi Amerika Serikat
White House; org state_body alias; Gedung Putih
Istana Elysee; org state_body alias; Elysee
Kemlu Rusia; org state_body alias; Kementerian Luar Negeri Rusia
Kemhan Rusia; org state_body alias; Kementerian Pertahanan Rusia
Kemenhan Rusia; org state_body alias; Kementerian Pertahanan Rusia
Kemlu China; org state_body alias; Kementerian Luar Negeri China
Kementerian Luar Negeri Tiongkok; org state_body alias; Kementerian Luar Negeri China
ECB; org state_body alias; Bank Sentral Eropa
BNM; org state_body alias; Bank Negara Malaysia
JCS; org state_body alias; Kepala Staf Gabungan Korea Selatan
