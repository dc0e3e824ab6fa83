# The upstream source chain: words that say a quote came through an agency
# or outlet.  Written for warta.
#   src_cue     the cue before the outlet's name: "melansir TASS", "dikutip dari AFP"
#   src_verb    the verb after it: "Reuters melaporkan", "TASS memberitakan"
#   src_filler  words between the cue and the name: "kantor berita", "situs", "harian"
#   src_to      the quote was given to the outlet: "kata X kepada Reuters"
melansir; src_cue
dilansir; src_cue
dilansir dari; src_cue
seperti melansir; src_cue
seperti dilansir; src_cue
seperti dilansir dari; src_cue
sebagaimana dilansir; src_cue
mengutip; src_cue
mengutip dari; src_cue
dikutip; src_cue
dikutip dari; src_cue
seperti dikutip; src_cue
seperti dikutip dari; src_cue
sebagaimana dikutip; src_cue
menurut; src_cue
seperti dilaporkan; src_cue
sebagaimana dilaporkan; src_cue
dilaporkan; src_cue
seperti diberitakan; src_cue
diberitakan; src_cue
sebagaimana diberitakan; src_cue
seperti diwartakan; src_cue
sebagaimana diwartakan; src_cue
diwartakan; src_cue
dalam wawancara dengan; src_cue
dalam wawancaranya dengan; src_cue
dalam laporan; src_cue
menurut laporan; src_cue
berdasarkan laporan; src_cue
# (the closing formula of a wire story: "…, demikian laporan Xinhua.")
demikian laporan; src_cue
# (the wire's short form at a sentence's end: "…, lapor Reuters.")
lapor; src_cue
seperti ditulis; src_cue
# (a statement an outlet ran: "Dalam pernyataan yang dimuat kantor berita
# resmi KCNA, …")
dimuat; src_cue
seperti dimuat; src_cue
# a count or a report an outlet compiled: "hasil penghitungan sementara yang
# dihimpun kantor berita AP menunjukkan …"
dihimpun; src_cue
# a post on a platform: "Dalam unggahan di akun Instagram pribadinya, X …"
# (the platform after "akun", a body the lists know, is the source)
dalam unggahan; src_cue
dalam unggahan di; src_cue
dalam unggahannya di; src_cue
melalui unggahan; src_cue
melalui unggahan di; src_cue
lewat unggahan di; src_cue
ditulis; src_cue
melaporkan; src_verb
memberitakan; src_verb
menulis; src_verb
mewartakan; src_verb
menyiarkan; src_verb
kantor berita; src_filler
# ("kantor berita resmi KCNA", "kantor berita negara Xinhua", "media pemerintah
# KCNA")
kantor berita resmi; src_filler
kantor berita negara; src_filler
kantor berita pemerintah; src_filler
media pemerintah; src_filler
media resmi; src_filler
agensi berita; src_filler
situs; src_filler src_web
situs berita; src_filler
laman; src_filler src_web
# ("laman resmi WHO", "akun resmi Kementerian Luar Negeri": a body's own site or
# account is the source, though the body is no outlet)
akun; src_filler src_web
situs web; src_filler src_web
situs resmi; src_filler src_web
laman resmi; src_filler src_web
akun resmi; src_filler src_web
# (a body's own release: "dikutip dari rilis PP PBSI", "dilansir dari siaran pers
# Kementerian Luar Negeri")
rilis; src_filler src_web
siaran pers; src_filler src_web
keterangan resmi; src_filler src_web
keterangan tertulis; src_filler src_web
pernyataan resmi; src_filler src_web
portal berita; src_filler
media; src_filler
harian; src_filler
surat kabar; src_filler
koran; src_filler
majalah; src_filler
stasiun televisi; src_filler
# (public broadcasters: "menurut laporan stasiun penyiar publik NHK")
stasiun penyiar publik; src_filler
penyiar publik; src_filler
lembaga penyiaran publik; src_filler
stasiun penyiaran; src_filler
televisi; src_filler
radio; src_filler
jaringan berita; src_filler
laporan; src_filler
kepada; src_to
dengan; src_to
# (asked by the outlet: "yang diwawancarai AP", "Ketika dimintai tanggapan
# oleh Reuters, X menegaskan")
diwawancarai; src_to
# (reached or met by the outlet: "saat dihubungi Kompas.com", "ketika
# ditemui Reuters di Jenewa"; "saat dihubungi" alone is firsthand, below)
dihubungi; src_to
ditemui; src_to
dikonfirmasi; src_to
dimintai tanggapan oleh; src_to
dimintai komentar oleh; src_to
dimintai keterangan oleh; src_to
# src_strong: the name after these is an outlet even when no list knows it
# ("melansir Dawn", "dikutip dari VnExpress"); after the others ("menurut",
# "kepada", "dalam wawancara dengan") it must be a known outlet or follow a
# word like "kantor berita"
melansir; src_strong
dilansir; src_strong
dilansir dari; src_strong
seperti melansir; src_strong
seperti dilansir; src_strong
seperti dilansir dari; src_strong
sebagaimana dilansir; src_strong
dikutip dari; src_strong
seperti dikutip; src_strong
seperti dikutip dari; src_strong
sebagaimana dikutip; src_strong
mengutip; src_strong
mengutip dari; src_strong
seperti dilaporkan; src_strong
sebagaimana dilaporkan; src_strong
seperti diberitakan; src_strong
diberitakan; src_strong
sebagaimana diberitakan; src_strong
seperti diwartakan; src_strong
sebagaimana diwartakan; src_strong
diwartakan; src_strong
seperti yang dilaporkan; src_cue src_strong
seperti yang dilansir; src_cue src_strong
seperti yang dikutip; src_cue src_strong
seperti disiarkan; src_cue src_strong
disiarkan; src_cue
dalam wawancara dengan; src_strong
dalam wawancara eksklusif dengan; src_cue src_strong
dalam wawancara terpisah dengan; src_cue src_strong
dalam wawancaranya dengan; src_strong
mengabarkan; src_verb
oleh; src_by

# firsthand: the outlet itself heard the statement ("ujar X saat dihubungi",
# "kata X kepada wartawan", "dalam konferensi pers"): a paragraph saying so
# takes no source from earlier paragraphs, and the inherited scope ends there
saat dihubungi; firsthand
ketika dihubungi; firsthand
saat dikonfirmasi; firsthand
ketika dikonfirmasi; firsthand
saat ditemui; firsthand
ketika ditemui; firsthand
saat diwawancarai; firsthand
ketika diwawancarai; firsthand
dihubungi terpisah; firsthand
saat dihubungi terpisah; firsthand
# press_event: an event every outlet attends; held abroad ("dalam jumpa pers
# di Seoul"), it is no sign of the outlet's own hearing
kepada wartawan; firsthand press_event
kepada para wartawan; firsthand press_event
kepada awak media; firsthand press_event
kepada media; firsthand press_event
kepada jurnalis; firsthand press_event
kepada pers; firsthand press_event
kepada sejumlah wartawan; firsthand press_event
kepada para jurnalis; firsthand press_event
kepada sejumlah jurnalis; firsthand press_event
kepada sejumlah media; firsthand press_event
dalam konferensi pers; firsthand press_event
dalam jumpa pers; firsthand press_event
saat konferensi pers; firsthand press_event
saat jumpa pers; firsthand press_event
