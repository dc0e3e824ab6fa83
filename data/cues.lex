# Reporting verbs: roots and the forms they take in news.  gen_lexicon.py
# expands each root with Indonesian morphology:
#   (forms are written among the classes: "kata; cue me-kan di-kan nya bare ber")
#   me-kan  mengatakan (+ mengatakannya)     di-kan  dikatakan, dikatakannya
#   me      menyebut                          di      disebut, disebutnya
#   me-i    mengakui                          di-i    diakui, diakuinya
#   nya     katanya, ujarnya                  bare    kata, ujar (after a quote)
#   ber     berkata, berujar
# Classes: cue (every form); cue_active (me-/ber-: "X mengatakan, ..."),
# cue_passive (di-: "Dikatakannya, ...", "disampaikan X"), cue_nya (the
# speaker is the clitic: ujarnya, Ditambahkannya), cue_bare (after a quote:
# ",” kata X").  Extra classes on a root: cue_weak (a verb of opinion or
# request that reports speech less surely: menilai, meminta, menduga).
kata; cue me-kan di-kan nya bare ber
ujar; cue nya bare ber
tutur; cue me-kan di-kan nya bare ber
ucap; cue me-kan di-kan nya bare
ungkap; cue me-kan di-kan nya bare
# "mengungkap" (to uncover) reports a clause only: "mengungkap total dana …
# mencapai Rp3,2 miliar", not "mengungkap kasus narkoba"
mengungkap; cue cue_active cue_clause; ungkap
# "mendalilkan" (to argue, in court): "kuasa hukum pemohon … mendalilkan
# adanya pengerahan aparatur sipil negara …"
mendalilkan; cue cue_active; dalil
# "mengisyaratkan" (to signal) reports a clause only: "mengisyaratkan bahwa
# produk pertanian AS … bisa ikut terdampak" ("memandang", to view, is not
# listed: "memandang sebelah mata" is to belittle)
mengisyaratkan; cue cue_active cue_clause cue_weak; isyarat
# "melanjutkan" (to continue something) reports a clause only: "Ia
# melanjutkan, seluruh ubarampe disiapkan …", not "melanjutkan pembangunan"
melanjutkan; cue cue_active cue_clause; lanjut
jelas; cue me-kan di-kan nya bare
papar; cue me-kan di-kan nya bare
sebut; cue me me-kan di di-kan nya bare
terang; cue me-kan di-kan nya bare
tegas; cue me-kan di-kan nya bare
tambah; cue me-kan di-kan nya bare
imbuh; cue nya bare
pungkas; cue nya bare
lanjut; cue nya bare
tanya; cue me-kan di-kan nya bare ber
tulis; cue me me-kan nya bare
jawab; cue me nya bare
seru; cue nya bare me-kan
tukas; cue nya bare
timpal; cue nya bare me-i
tandas; cue nya bare
sambung; cue nya bare
kenang; cue nya bare
pesan; cue nya bare ber
kisah; cue me-kan nya
cerita; cue me-kan ber nya
sampai; cue me-kan di-kan
nyata; cue me-kan di-kan
kemuka; cue me-kan di-kan
umum; cue me-kan di-kan
beber; cue me-kan di-kan
ingat; cue me-kan
tekan; cue me-kan di-kan
akui; cue me
aku; cue me me-i di-i
klaim; cue me di nya
bantah; cue cue_deny me di nya
# denials: negated, they affirm ("tidak membantah bahwa …"); other verbs of
# saying negated report nothing ("tidak menjawab pesan Tempo")
tampik; cue cue_deny me
sangkal; cue cue_deny me di nya
pungkir; cue cue_deny me-i
yakin; cue me-kan
jamin; cue me
janji; cue ber
nilai; cue cue_weak me
minta; cue cue_weak me
harap; cue cue_weak me-kan ber
desak; cue cue_weak me
duga; cue cue_weak me
imbau; cue cue_weak me
# an appeal to act, with a named person or body as subject (cue_data,
# below): "Menag juga mengajak para tokoh agama untuk …"
ajak; cue cue_weak cue_data me
# urging, likewise: "Ia juga mendorong pemerintah mempercepat penyaluran …"
# (not "Kenaikan harga minyak mendorong inflasi")
dorong; cue cue_weak cue_data cue_clause me
# reporting what one saw or counted, with a named person or body as subject:
# "Kepolisian Nasional Peru melaporkan sedikitnya 14 orang ditangkap …"
# (not "Warga melaporkan kasus itu ke polisi": a clause only)
lapor; cue cue_weak cue_data cue_clause me-kan
# confirming: "Kapolsek membenarkan korban merupakan siswa kelas XI"
benar; cue cue_weak cue_data cue_clause me-kan
usul; cue cue_weak me-kan
kritik; cue cue_weak me
sarankan; cue cue_weak me
# "menurut X, ...", "..., menurut X.", "Menurutnya, ..."
menurut; cue cue_prep
menurutnya; cue cue_prep cue_nya; menurut
# "per-" keeps its p after meN-: memperingatkan (written out, not derived)
memperingatkan; cue cue_active; peringat
diperingatkan; cue cue_passive; peringat
pasti; cue me-kan
# kira takes per-: memperkirakan, written out above
konfirmasi; cue me
pendapat; cue cue_weak ber
seloroh; cue ber nya bare
# more verbs of saying after a quote (",” kilah X", ",” cetusnya") and their
# forms (berkilah, berdalih, berkelakar, menyindir, menyanggah, menepis)
cetus; cue nya bare
kilah; cue nya bare ber
dalih; cue nya bare ber
celetuk; cue nya bare ber
kelakar; cue nya bare ber
sergah; cue nya bare
sindir; cue nya bare me
sanggah; cue cue_deny nya bare me
tepis; cue cue_deny me
urai; cue me-kan di-kan nya bare
gumam; cue nya bare ber
bisik; cue nya bare ber
teriak; cue nya bare ber
# (cue_clause: reports a clause only, "mengeluhkan harga kulit mentah yang terus
# naik" -- not a noun object, "mengeluhkan sepinya penumpang")
keluh; cue cue_clause nya bare me me-kan
cuit; cue nya bare
# colloquial "bilang" (Kontan, detik): "Dia bilang, …", "…, bilang Budi"
bilang; cue cue_active cue_bare
# giving an example: "mencontohkan …"
contoh; cue me-kan
# setting a target reports a clause or a figure: "menargetkan seluruh sasaran …"
target; cue cue_weak me-kan
# cue_data: a verb of recording a figure ("BPBD mencatat …"):
# a report only with a named person or body as subject -- not "Data Dinas
# Pendidikan mencatat" (not "melaporkan": "melaporkan Abdul Rais ke polisi")
catat; cue cue_weak cue_data me
# detailing figures: "Dwi merinci: ”Ahli waris korban mendapat santunan …”"
rinci; cue cue_weak cue_data me
tuding; cue cue_weak me
tuduh; cue cue_weak me
komentar; cue ber
memperkirakan; cue cue_active cue_weak; kira
# (an analyst's forecast or advice, as a clause: "memproyeksikan inflasi
# akan bertahan …", "memprediksi harga emas akan naik …", "merekomendasikan
# investor menahan saham …"; an object and a purpose, "merekomendasikan
# investor untuk …", is no clause to has_predicate, quotes.c)
memproyeksikan; cue cue_active cue_weak cue_clause; proyeksi
memprediksi; cue cue_active cue_weak cue_clause; prediksi
merekomendasikan; cue cue_active cue_weak cue_clause; rekomendasi
# (to highlight, as a clause: "menyoroti bahwa film anak masih jarang …",
# not "menyoroti minimnya anggaran")
menyoroti; cue cue_active cue_weak cue_clause; sorot
# (regret, advice, instruction and doubt, as a clause: "menyayangkan masih
# banyak penumpang yang …", "menganjurkan berbuka dengan air putih …",
# "menginstruksikan seluruh camat … menggelar …", "meragukan skema baru itu
# akan …"; "memerinci" is "merinci" as many write it)
menyayangkan; cue cue_active cue_weak cue_clause; sayang
menganjurkan; cue cue_active cue_weak cue_clause; anjur
menginstruksikan; cue cue_active cue_weak cue_clause; instruksi
meragukan; cue cue_active cue_weak cue_clause; ragu
memerinci; cue cue_active cue_weak cue_data; rinci
prakira; cue cue_weak me-kan
diperkirakan; cue cue_passive; kira
# holding a view: "Ia berpandangan, mekanisme seleksi hakim merupakan …"
berpandangan; cue cue_active cue_weak; pandang
# (to give as one's reason: "Ia beralasan, sebagian RUU …", as
# "berdalih", above)
beralasan; cue cue_active cue_weak; alasan
# ("memproyeksikan", to project, is not listed: mostly a body's figure,
# "IMF memproyeksikan minus 4,9 persen", not a statement)
