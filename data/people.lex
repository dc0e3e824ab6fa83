# Words about people's names: third-person pronouns (a quote's speaker may
# be "ia", "dia", "beliau" or "mereka") and particles inside names ("bin",
# "van", "de").  Given names are in names_first*.lex.  Written for warta.
#   pronoun pron_3s   he/she (and "pihaknya", his or her side)
#   pronoun pron_3p   they
#   name_particle     a lower-case word that joins the parts of a name

@classes pronoun pron_3s
ia
dia
beliau
# "Pihaknya juga meminta warga …": the speaker's side, said of the speaker
pihaknya
@classes pronoun pron_3p
mereka
@classes name_particle
bin
binti
bte
bt
van
von
de
der
den
da
do
dos
das
del
della
# Filipino and Spanish: "Mariano dela Paz", "Juan delos Santos"
dela
delos
de los
de las
# (each word alone too: "Gabriela de los Ríos" is read word by word)
los
las
du
la
le
al
el
ibn
ibnu
# Batak: "Rosmawati br Ginting" (boru, a daughter of the clan)
br
boru
abu
bint
