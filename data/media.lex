# News media: agencies that carry quotes upstream and outlets that publish
# them.  Written for warta from general knowledge.
#   media agency   a news agency (kantor berita)
#   media outlet   a newspaper, magazine, broadcaster or news site
#   abroad         based outside Indonesia
# Web domains are aliases of the outlet ("detik.com" -> Detik), except where
# the domain is the outlet's own name ("Kompas.com", "Suara.com").
# Left out as bare keys because they are common words or other things:
# "Suara" (voice, vote), "Merdeka", "Fajar", "Analisa", "Waspada", "Tribun",
# "RT" (Rukun Tetangga; see "Russia Today"), "Time", "Dawn".
# "Detik", "Tempo", "Kontan" and "Media Indonesia" are kept: news writes them
# capitalised as outlet names.

# ---- agencies ----------------------------------------------------------
@classes media agency
Antara
# (agencies abroad: a statement told to one is the start of a relay, see
# src/sources.c, mark_told)
@classes media agency abroad
Reuters
AFP
AP
TASS
RIA Novosti
Interfax
Sputnik
Xinhua
Kyodo
Yonhap
Bernama
dpa
ANSA
EFE
Anadolu
# (Timor-Leste's agency)
Tatoli
KCNA
IRNA
WAFA
PTI
United Press International
Asian News International
Bloomberg
Jiji Press
Central News Agency
PNA
Kantor Berita Vietnam
Saudi Press Agency
WAM
QNA
KUNA
Tasnim
Fars
ISNA
Mehr
Ukrinform
UNIAN
BelTA
Kazinform
Associated Press of Pakistan
Agencia Lusa
Polish Press Agency
Agerpres
Prensa Latina
AAP
Dow Jones Newswires
@classes
Kantor Berita Antara; media agency alias; Antara
LKBN Antara; media agency alias; Antara
Perum LKBN Antara; media agency alias; Antara
ANTARA News; media agency alias; Antara
Antaranews; media agency alias; Antara
antaranews.com; media agency alias; Antara
Thomson Reuters; media agency alias; Reuters
Kantor Berita Reuters; media agency alias; Reuters
reuters.com; media agency alias; Reuters
Agence France-Presse; media agency alias; AFP
Agence France Presse; media agency alias; AFP
Kantor Berita AFP; media agency alias; AFP
Associated Press; media agency alias; AP
Kantor Berita AP; media agency alias; AP
apnews.com; media agency alias; AP
ITAR-TASS; media agency alias; TASS
Kantor Berita TASS; media agency alias; TASS
Kantor Berita Rusia TASS; media agency alias; TASS
tass.com; media agency alias; TASS
tass.ru; media agency alias; TASS
Kantor Berita RIA Novosti; media agency alias; RIA Novosti
ria.ru; media agency alias; RIA Novosti
Kantor Berita Interfax; media agency alias; Interfax
interfax.ru; media agency alias; Interfax
Sputnik News; media agency alias; Sputnik
Xinhua News Agency; media agency alias; Xinhua
Kantor Berita Xinhua; media agency alias; Xinhua
xinhuanet.com; media agency alias; Xinhua
Kyodo News; media agency alias; Kyodo
Kantor Berita Kyodo; media agency alias; Kyodo
Yonhap News Agency; media agency alias; Yonhap
Kantor Berita Yonhap; media agency alias; Yonhap
yna.co.kr; media agency alias; Yonhap
Pertubuhan Berita Nasional Malaysia; media agency alias; Bernama
Kantor Berita Bernama; media agency alias; Bernama
bernama.com; media agency alias; Bernama
Deutsche Presse-Agentur; media agency alias; dpa
Agencia EFE; media agency alias; EFE
Anadolu Agency; media agency alias; Anadolu
Kantor Berita Anadolu; media agency alias; Anadolu
aa.com.tr; media agency alias; Anadolu
Korean Central News Agency; media agency alias; KCNA
Kantor Berita Pusat Korea; media agency alias; KCNA
Kantor Berita KCNA; media agency alias; KCNA
Islamic Republic News Agency; media agency alias; IRNA
Kantor Berita IRNA; media agency alias; IRNA
Kantor Berita WAFA; media agency alias; WAFA
Press Trust of India; media agency alias; PTI
Bloomberg News; media agency alias; Bloomberg
bloomberg.com; media agency alias; Bloomberg
Jiji; media agency alias; Jiji Press
Philippine News Agency; media agency alias; PNA
VNA; media agency alias; Kantor Berita Vietnam
Vietnam News Agency; media agency alias; Kantor Berita Vietnam
Emirates News Agency; media agency alias; WAM
Qatar News Agency; media agency alias; QNA
Tasnim News Agency; media agency alias; Tasnim
Fars News Agency; media agency alias; Fars
Australian Associated Press; media agency alias; AAP

# ---- Indonesian outlets ---------------------------------------------------
@classes media outlet
Kompas
Kompas.com
Kompas TV
Kompas.id
Detik
Tempo
Tempo.co
Koran Tempo
VOI
CNN Indonesia
CNBC Indonesia
CNBC International
Tribunnews
Tribun Network
Liputan6
Okezone
Sindonews
Koran Sindo
Republika
Media Indonesia
Jawa Pos
JawaPos.com
Suara.com
Suara Merdeka
Suara Pembaruan
IDN Times
Kumparan
# (Bloomberg's Indonesian partner: "Dilansir Bloomberg Technoz, …")
Bloomberg Technoz
Tirto
Katadata
Bisnis Indonesia
Bisnis.com
Kontan
The Jakarta Post
Jakarta Globe
Metro TV
TVRI
RRI
Merdeka.com
Viva
iNews
MNC Portal
RCTI
SCTV
Indosiar
Trans7
Trans TV
tvOne
ANTV
Berita Satu
Beritajatim
Pikiran Rakyat
Harian Jogja
Kedaulatan Rakyat
Solopos
Serambi Indonesia
Harian Waspada
Harian Analisa
Bali Post
Harian Fajar
Tribun Timur
Tribun Jateng
Tribun Jabar
Tribun Jatim
Tribun Medan
Manado Post
Pos Kupang
Banjarmasin Post
Kaltim Post
Riau Pos
Lampung Post
Radar Bogor
Majalah Gatra
Inilah.com
Rakyat Merdeka
Warta Ekonomi
Investor Daily
Medcom.id
JPNN
Narasi TV
Project Multatuli
Mongabay Indonesia
The Conversation Indonesia
Hukumonline
Asumsi.co
Kompasiana
VOA Indonesia
DW Indonesia
BBC Indonesia
Kabar24
Tribun Bali
Tribun Kaltim
Tribun Lampung
Tribun Pekanbaru
Tribun Sumsel
Tribun Manado
Tribun Batam
# (Papua's, Sumatra's and Batam's papers and sites; the technology and
# religious sites quoted in their fields)
Jubi
Suara Papua
Cenderawasih Pos
Padang Ekspres
Harian Haluan
Batam Pos
NU Online
Katolikana
DailySocial
Tech in Asia

# ---- outlets abroad -----------------------------------------------------
@classes media outlet abroad
BBC
CNN
Al Jazeera
The New York Times
The Washington Post
The Guardian
Financial Times
The Wall Street Journal
NHK
South China Morning Post
The Straits Times
Channel News Asia
Fox News
NBC
ABC
CBS
Politico
Axios
Le Monde
Der Spiegel
Haaretz
Times of Israel
Russia Today
Global Times
People's Daily
Yomiuri Shimbun
Asahi Shimbun
Nikkei
Korea Herald
Arab News
The Economist
Majalah Time
Newsweek
USA Today
Los Angeles Times
CNBC
Sky News
# sport broadcasters and papers quoted in sport news
Sky Sports
Sky Sport Italia
Marca
La Gazzetta dello Sport
Gazzetta dello Sport
Corriere dello Sport
Tuttosport
Mundo Deportivo
ESPN
BBC Sport
The Athletic
Fox Sports
beIN Sports
Kicker
Autosport
Globo Esporte
A Bola
Diario AS
TV2 Sport
Tribal Football
# ("Goal" is the football site; Indonesian writes the word "gol")
Goal
Goal.com
L'Equipe
The Independent
The Telegraph
Daily Mail
The Times
Deutsche Welle
France 24
Euronews
NPR
VOA
Radio Free Asia
Kyiv Independent
Kyiv Post
Pravda
Izvestia
Kommersant
CCTV
CGTN
China Daily
Japan Times
Mainichi Shimbun
Chosun Ilbo
JoongAng Ilbo
Korea Times
Bangkok Post
The Star
New Straits Times
Malaysiakini
Utusan Malaysia
Philippine Daily Inquirer
Rappler
Times of India
Hindustan Times
The Hindu
Gulf News
Al Arabiya
Tehran Times
Press TV
Jerusalem Post
Ynet
Al-Monitor
Middle East Eye
Sydney Morning Herald
The Australian
ABC Australia
NK News
Daily NK
38 North
HuffPost
Business Insider
Forbes
TechCrunch
The Verge
Wired
Variety
Le Figaro
Die Welt
Bild
El Pais
Corriere della Sera
Novaya Gazeta
Meduza
Vedomosti
Rossiyskaya Gazeta
Hurriyet
Daily Sabah
Dawn News
The Diplomat
Nikkei Asia
# outlets of the countries in the world news warta reads
Myanmar Now
The Irrawaddy
NDTV
El Universal
DZMM
Motorsport.com
Crash.net
# Korean entertainment outlets quoted in K-pop news
Soompi
Allkpop
Koreaboo
OSEN
Newsen
Xportsnews
Sports Chosun
Sports Seoul
GPOne
Speedweek
The Race
Speedcafe
Semafor
# (abroad: Thailand's, Vietnam's, the Gulf's and the
# Netherlands' papers and sites, quoted through Indonesian desks)
The Nation
VnExpress
Saudi Gazette
De Telegraaf
Voetbal International
Siam Sport
The Conversation
# (health sites abroad quoted by Indonesian health pages)
Psychology Today
Healthline
Medical News Today
WebMD
@classes
Harian Kompas; media outlet alias; Kompas
Kompas.tv; media outlet alias; Kompas TV
detikcom; media outlet alias; Detik
detik.com; media outlet alias; Detik
news.detik.com; media outlet alias; Detik
detikNews; media outlet alias; Detik
detikFinance; media outlet alias; Detik
detikJatim; media outlet alias; Detik
detikJateng; media outlet alias; Detik
detikSulsel; media outlet alias; Detik
detikBali; media outlet alias; Detik
detikJabar; media outlet alias; Detik
detikInet; media outlet alias; Detik
detikOto; media outlet alias; Detik
detikTravel; media outlet alias; Detik
Majalah Tempo; media outlet alias; Tempo
Tempo.co.id; media outlet alias; Tempo.co
voi.id; media outlet alias; VOI
cnnindonesia.com; media outlet alias; CNN Indonesia
cnbcindonesia.com; media outlet alias; CNBC Indonesia
tribunnews.com; media outlet alias; Tribunnews
liputan6.com; media outlet alias; Liputan6
Liputan 6; media outlet alias; Liputan6
okezone.com; media outlet alias; Okezone
sindonews.com; media outlet alias; Sindonews
republika.co.id; media outlet alias; Republika
Harian Republika; media outlet alias; Republika
mediaindonesia.com; media outlet alias; Media Indonesia
Harian Media Indonesia; media outlet alias; Media Indonesia
Harian Jawa Pos; media outlet alias; Jawa Pos
idntimes.com; media outlet alias; IDN Times
kumparan.com; media outlet alias; Kumparan
kumparanNEWS; media outlet alias; Kumparan
tirto.id; media outlet alias; Tirto
katadata.co.id; media outlet alias; Katadata
investor.id; media outlet alias; Investor Daily
Harian Bisnis Indonesia; media outlet alias; Bisnis Indonesia
kontan.co.id; media outlet alias; Kontan
Harian Kontan; media outlet alias; Kontan
Jakarta Post; media outlet alias; The Jakarta Post
thejakartapost.com; media outlet alias; The Jakarta Post
metrotvnews.com; media outlet alias; Metro TV
MetroTV; media outlet alias; Metro TV
Televisi Republik Indonesia; media outlet alias; TVRI
Radio Republik Indonesia; media outlet alias; RRI
rri.co.id; media outlet alias; RRI
viva.co.id; media outlet alias; Viva
inews.id; media outlet alias; iNews
iNews TV; media outlet alias; iNews
TV One; media outlet alias; tvOne
BeritaSatu; media outlet alias; Berita Satu
beritasatu.com; media outlet alias; Berita Satu
beritajatim.com; media outlet alias; Beritajatim
pikiran-rakyat.com; media outlet alias; Pikiran Rakyat
harianjogja.com; media outlet alias; Harian Jogja
solopos.com; media outlet alias; Solopos
serambinews.com; media outlet alias; Serambi Indonesia
jpnn.com; media outlet alias; JPNN
Narasi Newsroom; media outlet alias; Narasi TV
mongabay.co.id; media outlet alias; Mongabay Indonesia
hukumonline.com; media outlet alias; Hukumonline
voaindonesia.com; media outlet alias; VOA Indonesia
BBC News Indonesia; media outlet alias; BBC Indonesia
bbc.com/indonesia; media outlet alias; BBC Indonesia
British Broadcasting Corporation; media outlet alias; BBC
BBC News; media outlet alias; BBC
bbc.com; media outlet alias; BBC
cnn.com; media outlet alias; CNN
Aljazeera; media outlet alias; Al Jazeera
Al-Jazeera; media outlet alias; Al Jazeera
aljazeera.com; media outlet alias; Al Jazeera
New York Times; media outlet alias; The New York Times
NYT; media outlet alias; The New York Times
nytimes.com; media outlet alias; The New York Times
Washington Post; media outlet alias; The Washington Post
washingtonpost.com; media outlet alias; The Washington Post
theguardian.com; media outlet alias; The Guardian
Wall Street Journal; media outlet alias; The Wall Street Journal
WSJ; media outlet alias; The Wall Street Journal
NHK World; media outlet alias; NHK
SCMP; media outlet alias; South China Morning Post
scmp.com; media outlet alias; South China Morning Post
Straits Times; media outlet alias; The Straits Times
straitstimes.com; media outlet alias; The Straits Times
CNA; media outlet alias; Channel News Asia
CNA.asia; media outlet alias; Channel News Asia
channelnewsasia.com; media outlet alias; Channel News Asia
ChannelNewsAsia; media outlet alias; Channel News Asia
ABC News; media outlet alias; ABC
CBS News; media outlet alias; CBS
NBC News; media outlet alias; NBC
Spiegel; media outlet alias; Der Spiegel
RT News; media outlet alias; Russia Today
Renmin Ribao; media outlet alias; People's Daily
Yomiuri; media outlet alias; Yomiuri Shimbun
Asahi; media outlet alias; Asahi Shimbun
Nikkei Asian Review; media outlet alias; Nikkei Asia
DW; media outlet alias; Deutsche Welle
dw.com; media outlet alias; Deutsche Welle
Voice of America; media outlet alias; VOA
RFA; media outlet alias; Radio Free Asia
China Central Television; media outlet alias; CCTV
Inquirer; media outlet alias; Philippine Daily Inquirer
The Jerusalem Post; media outlet alias; Jerusalem Post
The Times of Israel; media outlet alias; Times of Israel
The Times of India; media outlet alias; Times of India
The Japan Times; media outlet alias; Japan Times
Hürriyet; media outlet alias; Hurriyet
Irrawaddy; media outlet alias; The Irrawaddy
