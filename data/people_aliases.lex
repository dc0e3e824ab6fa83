# Nicknames and initials by which the news names public figures, with the
# full name a reader links them to: "kata Jokowi" is Joko Widodo's quote, one
# person with "Presiden Joko Widodo" in the same article and across the store.
# Only names that point to one person in Indonesian news; a nickname two
# figures share ("Emil", "Mega") is left out.  A title may be part of the key
# ("Gus Dur", "Bung Karno"): the name parser tries the name with its titles
# first.  Written for warta.
#   KEY; per_alias; FULL NAME
Jokowi; per_alias; Joko Widodo
SBY; per_alias; Susilo Bambang Yudhoyono
AHY; per_alias; Agus Harimurti Yudhoyono
Ibas; per_alias; Edhie Baskoro Yudhoyono
Ahok; per_alias; Basuki Tjahaja Purnama
BTP; per_alias; Basuki Tjahaja Purnama
Gus Dur; per_alias; Abdurrahman Wahid
Gus Yaqut; per_alias; Yaqut Cholil Qoumas
Gus Ipul; per_alias; Saifullah Yusuf
Gus Mus; per_alias; Mustofa Bisri
Cak Imin; per_alias; Muhaimin Iskandar
Cak Nun; per_alias; Emha Ainun Nadjib
JK; per_alias; Jusuf Kalla
Bamsoet; per_alias; Bambang Soesatyo
Zulhas; per_alias; Zulkifli Hasan
LBP; per_alias; Luhut Binsar Pandjaitan
Kang Emil; per_alias; Ridwan Kamil
Aher; per_alias; Ahmad Heryawan
Foke; per_alias; Fauzi Bowo
Bung Karno; per_alias; Soekarno
Pak Harto; per_alias; Soeharto
Bung Hatta; per_alias; Mohammad Hatta
Risma; per_alias; Tri Rismaharini
HRS; per_alias; Muhammad Rizieq Shihab
Habib Rizieq; per_alias; Muhammad Rizieq Shihab
Kang Dedi; per_alias; Dedi Mulyadi
MBS; per_alias; Mohammed bin Salman
