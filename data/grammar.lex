# Function words the quote, speaker and source stages look for.  Written for
# warta.
#   adv_skip     adverbs between a subject and its verb ("Presiden juga mengatakan")
#   clause_conj  words that open a new clause: a subject does not reach back over them
#   np_stop      words that end a speaker's noun phrase after a cue ("kata X saat ...")
#   desc_end     demonstratives that end a description ("Pemimpin Korea Utara itu")
#   content_stop phrases after a comma that end reported content (", ketika ditanya ...")
#   comp         complementisers after a reporting verb ("mengatakan bahwa ...")
#   org_suffix   words that end an organisation's name ("Association", "Indonesia" is a place)
juga; adv_skip
pun; adv_skip
pula; adv_skip
lalu; adv_skip
kemudian; adv_skip
lantas; adv_skip
sempat; adv_skip
sendiri; adv_skip
sebelumnya; adv_skip
kembali; adv_skip
bahkan; adv_skip
hanya; adv_skip
sudah; adv_skip
telah; adv_skip
pernah; adv_skip
secara; adv_skip
terpisah; adv_skip
tegas; adv_skip
langsung; adv_skip
# modal verbs before the reporting verb ("Presiden ingin memastikan …")
ingin; adv_skip
hendak; adv_skip
akan; adv_skip
mau; adv_skip
perlu; adv_skip
tetap; adv_skip
masih; adv_skip
terus; adv_skip
lagi; adv_skip
# beginning or going on ("PT X mulai membuka lahan", "Budi mulai menyebut …")
mulai; adv_skip
# joining in ("KH Abdul Mun'im, turut mengajak …", "ikut menegaskan")
turut; adv_skip
ikut; adv_skip
# contrast and emphasis ("Berbeda dengan Lilik, Mulyono (60) justru
# mengaku …", "ia malah menilai …")
justru; adv_skip
malah; adv_skip
dan; clause_conj
tetapi; clause_conj
tapi; clause_conj
namun; clause_conj
sementara; clause_conj
sedangkan; clause_conj
ketika; clause_conj np_stop
saat; clause_conj np_stop
setelah; clause_conj np_stop
sebelum; clause_conj np_stop
karena; clause_conj np_stop
sehingga; clause_conj
agar; clause_conj hypothetical comp
supaya; clause_conj hypothetical comp
jika; clause_conj hypothetical
kalau; clause_conj hypothetical
bahwa; clause_conj comp
# hypothetical: a conditional or a purpose opens the clause -- a verb of
# saying after it reports nothing ("… hanya jika Kyiv mengakui “realitas
# di lapangan”", "agar pemerintah menyatakan …")
apabila; hypothetical
bila; hypothetical
asalkan; hypothetical
seandainya; hypothetical
andaikan; hypothetical
yang; np_stop
kepada; np_stop
pada; np_stop
dalam; np_stop
di; np_stop
# (a preposition of direction and "maupun" between two persons end a noun
# phrase too: "Penyidik datang | ke kediaman Rizieq", "baik jaksa | maupun Wasmad")
ke; np_stop
maupun; np_stop
seusai; np_stop
usai; np_stop
sesudah; np_stop
sambil; np_stop
seraya; np_stop
sembari; np_stop
melalui; np_stop
lewat; np_stop
via; np_stop
dikutip; np_stop
seperti; np_stop
selaku; np_stop
sebagai; np_stop
soal; np_stop
terkait; np_stop
tentang; np_stop
mengenai; np_stop
menanggapi; np_stop
menjawab; np_stop
menjelang; np_stop
kemarin; np_stop
tadi; np_stop
pagi; np_stop
siang; np_stop
sore; np_stop
malam; np_stop
itu; desc_end
tersebut; desc_end
ini; desc_end
ketika ditanya; content_stop
saat ditanya; content_stop
ketika dihubungi; content_stop
saat dihubungi; content_stop
ketika ditemui; content_stop
saat ditemui; content_stop
seperti dilansir; content_stop
seperti melansir; content_stop
seperti dikutip; content_stop
seperti dilaporkan; content_stop
dikutip dari; content_stop
melansir; content_stop
dilansir; content_stop
mengutip; content_stop
menurut; content_stop
dalam keterangan; content_stop
dalam keterangannya; content_stop
dalam keterangan tertulis; content_stop
dalam konferensi pers; content_stop
dalam jumpa pers; content_stop
dalam wawancara; content_stop
dalam rapat; content_stop
dalam acara; content_stop
dalam diskusi; content_stop
di sela; content_stop
di sela-sela; content_stop
kepada wartawan; content_stop
kepada media; content_stop
seraya; content_stop
sambil; content_stop
sembari; content_stop
association; org_suffix
# (English names of organisations and networks: "Indonesia Data Center
# Provider Organization (IDPRO)", "Southeast Asia Freedom of Expression
# Network (SAFEnet)", "Asia Pacific Federation")
organization; org_suffix
organisation; org_suffix
network; org_suffix
federation; org_suffix
alliance; org_suffix
coalition; org_suffix
foundation; org_suffix
institute; org_suffix
center; org_suffix
centre; org_suffix
group; org_suffix
tbk; org_suffix
sekuritas; org_suffix
securities; org_suffix
persero; org_suffix
# English names of schools, hospitals and councils ("Emory University",
# "King's College", "Mount Sinai Hospital")
university; org_suffix
college; org_suffix
school; org_suffix
academy; org_suffix
hospital; org_suffix
council; org_suffix
institution; org_suffix
society; org_suffix
# racing and sports teams ("Red Bull KTM Factory Racing", "Ducati Lenovo Team")
racing; org_suffix
team; org_suffix
# a business named before its kind ("Teduh Coffee", "Ketapang Indah Hotel")
hotel; org_suffix
hotels; org_suffix
resort; org_suffix
resorts; org_suffix
coffee; org_suffix
cafe; org_suffix
kafe; org_suffix
resto; org_suffix
restaurant; org_suffix
bakery; org_suffix
studio; org_suffix
# record labels, film and music companies ("Nadakita Records", "Visinema
# Pictures", "Warner Music", "Trinity Management")
studios; org_suffix
records; org_suffix
pictures; org_suffix
entertainment; org_suffix
productions; org_suffix
films; org_suffix
music; org_suffix
management; org_suffix
bros; org_suffix
# technology and industry ("Hanbit Energy Materials", "NorthPeak Cloud")
energy; org_suffix
materials; org_suffix
cloud; org_suffix
systems; org_suffix
solution; org_suffix
solutions; org_suffix
networks; org_suffix
logistics; org_suffix
robotics; org_suffix
# (a technology company named with "AI": "CEO Nusantara AI Dimas
# Aryaputra", not a person's initials)
ai; org_suffix
electronics; org_suffix
motors; org_suffix
pharma; org_suffix
corporation; org_suffix
corp; org_suffix
inc; org_suffix
ltd; org_suffix
company; org_suffix
# ("Jiangsu Everbright New Energy Co.")
co; org_suffix
labs; org_suffix
syndicate; org_suffix
# (partnerships and promoters: "Stop TB Partnership Indonesia", "Garuda Boxing
# Promotion")
partnership; org_suffix
promotion; org_suffix
# a law or accounting firm's "& Rekan" ("Kantor Hukum Lubis & Rekan"); in
# lower case "rekan" is a colleague (role_rel, below)
# (the two classes are one line: rekan; role_rel org_suffix)
# investment firms and research houses ("Lentera Capital", "Arkana Ventures")
capital; org_suffix
ventures; org_suffix
partners; org_suffix
holdings; org_suffix
# (airport and airline operators: "InJourney Airports", "Lion Air Group")
airports; org_suffix
airlines; org_suffix
airways; org_suffix
technologies; org_suffix
research; org_suffix
analytics; org_suffix
# (metals, mining and heavy industry: "Ningbo Huaxin Metals", "Borneo
# Prima Mining", "Harita Nickel", "Sinar Baja Steel")
metals; org_suffix
mining; org_suffix
minerals; org_suffix
resources; org_suffix
industries; org_suffix
steel; org_suffix
nickel; org_suffix
chemicals; org_suffix
# (watchdogs, trackers and advisers: "Global Fishing Watch", "Human Rights
# Watch", "Meridian Trade Advisory", "Stratus Intel")
watch; org_suffix
advisory; org_suffix
intel; org_suffix
intelligence; org_suffix
insight; org_suffix
insights; org_suffix
production; org_suffix
consulting; org_suffix
# org_sub: a unit inside an organisation ("Kepala Pusat Penerangan
# Kementerian Dalam Negeri"): part of the role when a main organisation follows
pusat; org_sub
bidang; org_sub
bagian; org_sub
subbagian; org_sub
subbidang; org_sub
divisi; org_sub
biro; org_sub
direktorat; org_sub
fakultas; org_sub
# (a BMKG station after "BMKG" is a unit of it: "BMKG Stasiun Meteorologi
# Juanda")
stasiun meteorologi; org_sub
stasiun klimatologi; org_sub
stasiun geofisika; org_sub
seksi; org_sub
unit; org_sub
sekretariat; org_sub
departemen; org_sub
program studi; org_sub
jurusan; org_sub
# role_occ: an occupation practised at a body, not an office heading a unit
# of it: the units named after it are where one works, the affiliation
# ("Pengajar | Fakultas Hukum Universitas Mulawarman", PFSA-ID's reading as
# well as the held-out readers'); an office heads the first unit only
guru; role_occ
dosen; role_occ
pengajar; role_occ
peneliti; role_occ
pengamat; role_occ
ekonom; role_occ
analis; role_occ
epidemiolog; role_occ
virolog; role_occ
sosiolog; role_occ
psikolog; role_occ
kriminolog; role_occ
antropolog; role_occ
arkeolog; role_occ
epigraf; role_occ
filolog; role_occ
sejarawan; role_occ
ahli; role_occ
pakar; role_occ
dokter; role_occ
mahasiswa; role_occ
mahasiswi; role_occ
pegawai; role_occ
karyawan; role_occ
staf; role_occ
# (a unit's unit: "Kepala SubDirektorat Penegakan Hukum | Direktorat Lalu
# Lintas Polda Metro Jaya")
subdirektorat; org_sub
# org_branch: a body's office in a region, named with the body before or
# after it: the office and the body are the affiliation together ("Kepala |
# Kantor Perwakilan Bank Indonesia Provinsi Kalsel", "Pemimpin Wilayah |
# Perum Bulog Kanwil NTT"); heads of a body's name too (org_heads.lex).
# (A class of the first set: the second, LX2, is full at 64.)
kantor perwakilan; org_head org_branch
kanwil; org_head org_branch
kantor wilayah; org_head org_branch
kantor cabang; org_head org_branch
# org_office: a government office's head whose field may be a word that
# heads bodies elsewhere ("Dinas | Koperasi dan UKM Provinsi Jawa Tengah",
# "Kementerian | Koperasi dan UKM"): the head after it stays in the name
dinas; org_head org_office
kementerian; org_head org_office
kementrian; org_head org_office
# (a head of its own too, org_heads.lex, but a unit's word after another
# head: "Dewan Administrasi Negara", "Kepala Bagian Administrasi
# Perekonomian")
administrasi; org_sub
# speech_intro: a sentence that points back at the quote before it
# ("Hal itu disampaikan X ...", "Demikian dikatakan X")
demikian; speech_intro
begitu; speech_intro
hal itu; speech_intro
hal tersebut; speech_intro
pernyataan itu; speech_intro
pernyataan tersebut; speech_intro
# speech_noun: a noun for what someone says, before the speaker's name and a
# colon that opens their quote ("Pesan Rusdi kepada kedua kubu singkat:
# “…”", "Soal joki, sikap Arief tegas: ”…”")
pesan; speech_noun
sikap; speech_noun
jawaban; speech_noun
tanggapan; speech_noun
komentar; speech_noun
penjelasan; speech_noun
pernyataan; speech_noun
ucapan; speech_noun
imbauan; speech_noun
harapan; speech_noun
# channel: where someone posts or writes ("Akun resmi Feyenoord di media
# sosial X menulis", "Budi di akun Instagram-nya menulis"): after "di", the
# words up to the verb are no subject
akun; channel
media sosial; channel
laman; channel
situs; channel
kanal; channel
platform; channel
blog; channel
unggahan; channel
unggahannya; channel
cuitan; channel
cuitannya; channel
# org_seat: a seat of government standing for it ("Pemimpin Kremlin", "juru
# bicara Gedung Putih"): part of a role, like a place, not an affiliation
Kremlin; org_seat
Gedung Putih; org_seat
Istana; org_seat
Istana Kepresidenan; org_seat
Istana Negara; org_seat
Downing Street; org_seat
Elysee; org_seat
Zhongnanhai; org_seat
# nonname: capitalised tokens that are never part of a person's name
Rp; nonname
US$; nonname
WIB; nonname
WITA; nonname
WIT; nonname
SMS; nonname
PDF; nonname
Covid; nonname
# election and law-making words written as capitalised acronym-words
Pilkada; nonname
Pilpres; nonname
Pileg; nonname
Pilkades; nonname
Pemilu; nonname
Prolegnas; nonname
Musrenbang; nonname
# term: acronyms of common nouns -- policies, documents, taxes, wages,
# fuels, diseases, offences, time zones -- that name no body and no person
# ("perpanjangan PSBB", "harga BBM", "gelombang PHK"); inside a body's name
# they stay its words ("Satgas PPKM")
PSBB; term
PPKM; term
BBM; term
PHK; term
UMKM; term
APBD; term
APBN; term
KTP; term
KK; term
NIK; term
SIM; term
STNK; term
BPKB; term
SKCK; term
THR; term
UMR; term
UMP; term
UMK; term
PPN; term
PPh; term
PDB; term
LPG; term
HAM; term
KDRT; term
TPPO; term
OTT; term
DPO; term
BLT; term
PKH; term
BPNT; term
NJOP; term
WIB; term
WITA; term
WIT; term
PCR; term
ODGJ; term
ISPA; term
DBD; term
TBC; term
HIV; term
AIDS; term
KLB; term
RTH; term
IMB; term
PBG; term
WNI; term
WNA; term
# loc_head: words that begin a place's name ("Desa Oelomin", "Kecamatan Temon");
# loc_admin: a unit of administration, where people live -- no one's body
# ("warga Kelurahan Sendangmulyo": no affiliation)
Desa; loc_head loc_admin
Kelurahan; loc_head loc_admin
Kecamatan; loc_head loc_admin
Kabupaten; loc_head loc_admin
Kota; loc_head loc_admin
Provinsi; loc_head loc_admin
Kampung; loc_head loc_admin
Dusun; loc_head loc_admin
Dukuh; loc_head loc_admin
Pedukuhan; loc_head loc_admin
Padukuhan; loc_head loc_admin
Banjar; loc_head loc_admin
Nagari; loc_head loc_admin
Jorong; loc_head loc_admin
Gampong; loc_head loc_admin
# Yogyakarta's village, district and city district ("Kalurahan Wukirsari,
# Kapanewon Imogiri", "Kemantren Gondomanan")
Kalurahan; loc_head loc_admin
Kapanewon; loc_head loc_admin
Kemantren; loc_head loc_admin
# Papua's districts ("Distrik Ilwayab")
Distrik; loc_head loc_admin
# (street: a street's name runs over titles, given names and initials, the
# names of the persons streets are named after: "Jalan S Parman", "Jl.
# Jenderal Gatot Subroto")
Jalan; loc_head street
Jl; loc_head street
Jln; loc_head street
Pulau; loc_head
Gunung; loc_head
Sungai; loc_head
# (Jakarta's and Java's rivers and canals: "Kali Cisadane", "Kanal Banjir
# Timur")
Kali; loc_head
# (Lombok's islets: "Gili Trawangan", "Desa Gili Indah")
Gili; loc_head
Kanal; loc_head
Danau; loc_head
Waduk; loc_head
Bendungan; loc_head
Teluk; loc_head
Selat; loc_head
Pantai; loc_head
Pelabuhan; loc_head
Bandara; loc_head
Bandar Udara; loc_head
Stasiun; loc_head
Terminal; loc_head
Pasar; loc_head
Kompleks; loc_head
Perumahan; loc_head
Taman; loc_head
Lapangan; loc_head
Gedung; loc_head
Hotel; loc_head
Masjid; loc_head
Gereja; loc_head
Pura; loc_head
Vihara; loc_head
Kelenteng; loc_head
Klenteng; loc_head
Candi; loc_head
# role_field: a role whose field follows it as part of the role ("Menteri
# PUPR", "Menteri Ketenagakerjaan", "Menko Polhukam"): no affiliation is split off
Menteri; role role_field
Wakil Menteri; role role_field
Menko; role role_field
Menteri Koordinator; role role_field
Deputi; role role_field
Staf Khusus; role role_field
Direktur Jenderal; role role_field
Dirjen; role role_field
seperti disampaikan; content_stop
sebagaimana disampaikan; content_stop
seperti diketahui; content_stop
# (where the words are written down: "…, sebagaimana tertuang dalam keterangan
# pers yang diterima ANTARA")
sebagaimana tertuang; content_stop
seperti tertuang; content_stop
sebagaimana tercantum; content_stop
seperti tercantum; content_stop
# the closing formula of a wire story names where the sentence came from:
# "…, demikian dilaporkan Kyodo.", "…, demikian laporan Xinhua."
demikian dilaporkan; content_stop
demikian diberitakan; content_stop
demikian dikutip; content_stop
demikian dikutip dari; content_stop
demikian dilansir; content_stop
demikian melansir; content_stop
demikian laporan; content_stop
demikian menurut; content_stop
# (and the wire's short form: "…, lapor Reuters.", "…, lapor Ukrinform, Senin")
lapor; content_stop
# role_place: a role whose place follows it ("Kepala Desa Sukadamai Jumadi",
# "Camat Cibeunying Kaler Hadi Kusnadi", "Lurah Pegangsaan"): the place is
# part of the role
Kepala Desa; role role_place
Kades; role role_place
Lurah; role role_place
Camat; role role_place
Bupati; role role_place
Wakil Bupati; role role_place
Wali Kota; role role_place
Walikota; role role_place
Wakil Wali Kota; role role_place
Gubernur; role role_place
Wakil Gubernur; role role_place
Ketua RT; role role_place
Ketua RW; role role_place
Kepala Dusun; role role_place
# (a town's neighbourhood head in North Sumatra: "Kepala Lingkungan III")
Kepala Lingkungan; role role_place
Kepala Kampung; role role_place
Kapolres; role role_place
Kapolsek; role role_place
Kapolda; role role_place
Dandim; role role_place
Danrem; role role_place
Pangdam; role role_place
Kepala Sekolah; role role_place
# (and a village's secretary: "Sekretaris Desa Sidorejo Siti Rokhayah")
Sekretaris Desa; role role_place
# customary posts of a place: Aceh's sea commander of a bay ("Panglima Laot
# Lhok Idi Rayeuk"), a Minangkabau village head, Papua's customary heads
Panglima Laot; role role_place
Panglima Laot Lhok; role role_place
Wali Nagari; role role_place
Kepala Suku; role role_place
Ondoafi; role role_place
Keuchik; role role_place
Geuchik; role role_place
# (and Yogyakarta's heads of a kapanewon, Aceh's head of a mukim, Papua's
# customary chief of a village: "Panewu Cangkringan", "Imum Mukim
# Keureutoe", "Ondofolo Kampung Yobeh")
Panewu; role role_place
Imum Mukim; role role_place
Ondofolo; role role_place
# (Maluku's head of a negeri, Toraja's of a lembang, a Dayak customary head
# of a river's people: "Kapitan Negeri Latea", "Kepala Lembang Buntu Tondon",
# "Temenggung Sungai Labai")
Kapitan; role role_place
Kepala Lembang; role role_place
Temenggung; role role_place
Pembakal; role role_place
# (Bali's heads of a customary village and of a banjar, of an official
# village, and Maluku's king of a negeri: "Bendesa Adat Tegal Sari", "Kelian
# Banjar Tegal Gundul", "Perbekel Dalung", "Raja Negeri Amahusu")
Bendesa; role role_place
Bendesa Adat; role role_place
Kelian; role role_place
Kelian Adat; role role_place
Kelian Banjar; role role_place
Kelian Dinas; role role_place
Perbekel; role role_place
Raja Negeri; role role_place
# naming: verbs that name something with the speaker's own words, making the
# quoted phrase after them a partial quote ("menyebutnya “…”", "menjuluki X
# “…”", "menggambarkan X sebagai “…”", "yang ia sebut “…”")
menyebut; naming
menyebutnya; naming
sebut; naming
menyebutkan; naming
menggambarkan; naming
menggambarkannya; naming
menjuluki; naming
menjulukinya; naming
menamai; naming
menamakan; naming
mengistilahkan; naming
mengibaratkan; naming
# (the passive, its agent after it: "Kecelakaan yang disebut Heri sebagai
# “murni faktor kelelahan”", "yang disebutnya “sudah lampu merah”")
disebut; naming
disebutnya; naming
dari; np_stop
# person_noun: nouns for a person that a description opens with ("pria 58
# tahun itu", "perempuan berusia 41 tahun itu", "politikus itu")
pria; person_noun
wanita; person_noun
perempuan; person_noun
lelaki; person_noun
laki-laki; person_noun
politikus; person_noun
politisi; person_noun
perwira; person_noun
pejabat; person_noun
tokoh; person_noun
sosok; person_noun
remaja; person_noun
gadis; person_noun
pemuda; person_noun
pemudi; person_noun
bocah; person_noun
nenek; person_noun
kakek; person_noun
ibu; person_noun
bapak; person_noun
ayah; person_noun
jenderal; person_noun
diplomat; person_noun
legislator; person_noun
senator; person_noun
anggota dewan; person_noun
mantan; person_noun
orang; person_noun
sang; person_noun
# (a school's graduate: "Lulusan Fakultas Biologi Universitas Gadjah Mada
# tersebut menuturkan", "Alumnus … itu")
lulusan; person_noun
alumnus; person_noun
alumna; person_noun
alumni; person_noun
jebolan; person_noun
# org_head words the organisation list leaves out
Kelompok; org_head
Kelompok Tani; org_head
Gapoktan; org_head
# (a village's fire-care group and the forestry fire brigade: "Ketua
# Masyarakat Peduli Api Desa Sepahat Syamsuar Ilyas")
Masyarakat Peduli Api; org_head
Manggala Agni; org_head

# role_prefix: a word that makes another post of a role after it ("Wakil
# Sekjen", "Plt Kepala Dinas", "mantan Kapolda"): part of the role
wakil; role_prefix
# (Malay for "wakil": "Timbalan Ketua Setiausaha")
timbalan; role_prefix
plt; role_prefix
plh; role_prefix
pj; role_prefix
pjs; role_prefix
penjabat; role_prefix
eks; role_prefix
# (a candidate for the post: "Calon bupati Buton Tengah …")
calon; role_prefix
# (English posts' seniority: "Executive General Manager Bandara …", "Senior
# Manager Operasi …", "Assistant Vice President …")
senior; role_prefix
executive; role_prefix
assistant; role_prefix
deputy; role_prefix
acting; role_prefix

# connective: a word that opens a sentence as a link to the one before
# ("Namun, menurutnya, …", "Selain itu, kata dia, …"): before a cue set off
# by commas, it is not part of the reported clause
namun; connective
tetapi; connective
tapi; connective
bahkan; connective
padahal; connective
sebaliknya; connective
akibatnya; connective
selanjutnya; connective
kemudian; connective
selain; connective
sementara; connective
karena; connective
oleh; connective
untuk; connective
meski; connective
meskipun; connective
walaupun; connective
kendati; connective
dengan; connective
jadi; connective
maka; connective
lalu; connective
sedangkan; connective
adapun; connective
intinya; connective
sebab; connective
apalagi; connective
misalnya; connective
# ("Akan tetapi": both words link)
akan; connective

# loc_noun: a lower-case noun after which a capitalised word no list knows is
# a place, not a person ("di perairan Dampier", "warga Cililitan", "pria asal
# Garut", "kawasan Pasifik barat")
perairan; loc_noun
kawasan; loc_noun
wilayah; loc_noun
pesisir; loc_noun
pulau; loc_noun
kampung; loc_noun
teluk; loc_noun
selat; loc_noun
gunung; loc_noun
sungai; loc_noun
pantai; loc_noun
warga; loc_noun
asal; loc_noun
# ("keturunan Indonesia", "kelahiran Medan": where a person comes from)
keturunan; loc_noun
kelahiran; loc_noun
penduduk; loc_noun

# ask_object: the object of a verb of saying that makes it report no words:
# asking for a statement ("meminta tanggapan …", "meminta konfirmasi kepada
# …") or a speech act named by its noun ("menyampaikan protes resmi",
# "menyampaikan belasungkawa", "mengucapkan terima kasih")
tanggapan; ask_object
konfirmasi; ask_object
komentar; ask_object
klarifikasi; ask_object
wawancara; ask_object
protes; ask_object
apresiasi; ask_object
belasungkawa; ask_object
ucapan; ask_object
terima kasih; ask_object
# (and asking to stay unnamed: "meminta namanya tidak disebutkan")
namanya; ask_object
identitasnya; ask_object
permohonan maaf; ask_object
permintaan maaf; ask_object
selamat; ask_object
salam; ask_object
dukacita; ask_object
duka cita; ask_object
keberatan; ask_object
penghargaan; ask_object

# role_rel: a role that names a relation to the person after it ("kuasa hukum
# Ayu Larasati, Rizal Hakim,"): the name after the comma holds the role
kuasa hukum; role_rel
pengacara; role_rel
penasihat hukum; role_rel
juru bicara; role_rel
istri; role_rel
ibunda; role_rel
ayahanda; role_rel
suami; role_rel
anak; role_rel
ayah; role_rel
ibu; role_rel
kakak; role_rel
adik; role_rel
ajudan; role_rel
asisten; role_rel
manajer; role_rel
kerabat; role_rel
tetangga; role_rel
rekan; role_rel org_suffix
sahabat; role_rel
orangtua; role_rel
orang tua; role_rel
paman; role_rel
bibi; role_rel
keponakan; role_rel
cucu; role_rel
menantu; role_rel
mertua; role_rel
kekasih; role_rel
teman; role_rel
# (those who work for a person: "mantan sopir pribadi terdakwa Yulianto
# Basuki, Dimas Ardiansyah,")
sopir; role_rel
pengawal; role_rel

# org_form: a company's legal form written before its name ("PT Bank
# Nusantara Raya Tbk"): a head after it belongs to the same name
PT; org_form
CV; org_form
Perum; org_form
Perumda; org_form
PD; org_form
UD; org_form

# alike: a likeness to what was said before ("Hal serupa diutarakan X",
# "Sikap berbeda ditunjukkan X"): the agent of the passive verb after it is
# the person the text turns to
serupa; alike
senada; alike
berbeda; alike
sebaliknya; alike
sejalan; alike

# org_noun: a lower-case noun after which capitalised words no list knows are
# a company, a brand or a group, not a person ("startup quick commerce
# Belanjain", "aplikasi Kitabisa", "perusahaan rintisan Belanjain")
perusahaan; org_noun
# ("perseroan", the company a listed firm's news is about: "Dalam
# prospektusnya, perseroan menyebutkan …")
perseroan; org_noun
startup; org_noun
rintisan; org_noun
commerce; org_noun
e-commerce; org_noun
fintech; org_noun
aplikasi; org_noun
platform; org_noun
marketplace; org_noun
merek; org_noun
emiten; org_noun
maskapai; org_noun
produsen; org_noun
pabrikan; org_noun
waralaba; org_noun
kedai; org_noun
warung; org_noun
toko; org_noun
restoran; org_noun
kafe; org_noun
butik; org_noun
usaha; org_noun
lembaga; org_noun
organisasi; org_noun
# ("tulis kelompok tersebut": the group named before)
kelompok; org_noun
komunitas; org_noun
firma; org_noun
# ("kantor hukum Lubis & Rekan", "kantor akuntan publik …")
kantor; org_noun
operator; org_noun
