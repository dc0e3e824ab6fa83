# Common words of Indonesian news that the root list (kata-dasar.txt, copied
# unchanged) lacks, mostly loanwords inside the names of posts and bodies
# ("Direktur Jenderal Pembinaan Hubungan Industrial dan …"): a capitalised
# word here is a dictionary word, not part of a person's name.  Written for
# warta.
@classes root
industrial
litigasi
startup
# (fans' and the internet's words: "Koordinator fanbase Orbiters Indonesia",
# "host podcast Obrolan Tengah Malam")
fanbase
fandom
podcast
edutech
fintech
kharismatik
syariah
batubara
# particles and interjections of speech that open quoted words ("“Ya, kami
# bersyukur,” ucap …"): capitalised there, never a person's name
ya
lho
nggak
gak
ndak
insyaallah
wow
# pronouns of Manado, Ambon and Papua's Malay opening quoted words ("”Torang
# so biasa banjir,” tutur Opa Ventje"): never a person's name
torang
kitorang
dorang
kitong
katong
# Javanese words that open quoted words in Javanese ("Pripun malih, Mas …",
# "Kula niki gaptek"): never a person's name
pripun
nggih
mboten
niki
niku
kula
sampun
wonten
menika
sakniki
