# Places outside Indonesia, in the spelling Indonesian news uses.  Written for
# warta from general knowledge.
#   loc country   a sovereign state (plus Palestina, Taiwan, Kosovo, Vatikan)
#   loc capital   a national capital (or the seat of government)
#   loc city      another well-known city
#   loc region    a region, sea, strait, province or disputed area abroad
# An alias line names the entry it stands for: "AS; loc country alias; Amerika Serikat".
# Words that are also very common Indonesian words are left out on purpose
# ("Lima", the capital of Peru, is "five").

# ---- countries: Asia ----------------------------------------------------
@classes loc country abroad
Afganistan
Armenia
Azerbaijan
Bahrain
Bangladesh
Bhutan
Brunei Darussalam
Kamboja
Tiongkok
Siprus
Georgia
India
Iran
Irak
Israel
Jepang
Yordania
Kazakhstan
Kuwait
Kirgizstan
Laos
Lebanon
Malaysia
Maladewa
Mongolia
Myanmar
Nepal
Korea Utara
Oman
Pakistan
Palestina
Filipina
Qatar
Arab Saudi
Singapura
Korea Selatan
Sri Lanka
Suriah
Taiwan
Tajikistan
Thailand
Timor Leste
Turki
Turkmenistan
Uni Emirat Arab
Uzbekistan
Vietnam
Yaman

# ---- countries: Europe --------------------------------------------------
Albania
Andorra
Austria
Belarus
Belgia
Bosnia dan Herzegovina
Bulgaria
Kroasia
Ceko
Denmark
Estonia
Finlandia
Prancis
Jerman
Yunani
Hongaria
Islandia
Irlandia
Italia
Kosovo
Latvia
Liechtenstein
Lituania
Luksemburg
Malta
Moldova
Monako
Montenegro
Belanda
Makedonia Utara
Norwegia
Polandia
Portugal
Rumania
Rusia
San Marino
Serbia
Slowakia
Slovenia
Spanyol
Swedia
Swiss
Ukraina
Inggris
Vatikan

# ---- countries: Africa --------------------------------------------------
Aljazair
Angola
Benin
Botswana
Burkina Faso
Burundi
Tanjung Verde
Kamerun
Republik Afrika Tengah
Chad
Komoro
Kongo
Republik Demokratik Kongo
Pantai Gading
Djibouti
Mesir
Guinea Khatulistiwa
Eritrea
Eswatini
Etiopia
Gabon
Gambia
Ghana
Guinea
Guinea-Bissau
Kenya
Lesotho
Liberia
Libya
Madagaskar
Malawi
Mali
Mauritania
Mauritius
Maroko
Mozambik
Namibia
Niger
Nigeria
Rwanda
Sao Tome dan Principe
Senegal
Seychelles
Sierra Leone
Somalia
Afrika Selatan
Sudan Selatan
Sudan
Tanzania
Togo
Tunisia
Uganda
Zambia
Zimbabwe

# ---- countries: the Americas ---------------------------------------------
Antigua dan Barbuda
Argentina
Bahama
Barbados
Belize
Bolivia
Brasil
Kanada
Chili
Kolombia
Kosta Rika
Kuba
Dominika
Republik Dominika
Ekuador
El Salvador
Grenada
Guatemala
Guyana
Haiti
Honduras
Jamaika
Meksiko
Nikaragua
Panama
Paraguay
Peru
Saint Kitts dan Nevis
Saint Lucia
Saint Vincent dan Grenadine
Suriname
Trinidad dan Tobago
Amerika Serikat
Uruguay
Venezuela

# ---- countries: Oceania -------------------------------------------------
Australia
Fiji
Kiribati
Kepulauan Marshall
Mikronesia
Nauru
Selandia Baru
Palau
Papua Nugini
Samoa
Kepulauan Solomon
Tonga
Tuvalu
Vanuatu

# ---- countries: other names -------------------------------------------
@classes
Perancis; loc country alias abroad; Prancis
RI; loc country alias; Indonesia
China; loc country alias abroad; Tiongkok
Cina; loc country alias abroad; Tiongkok
RRT; loc country alias abroad; Tiongkok
RRC; loc country alias abroad; Tiongkok
Republik Rakyat Tiongkok; loc country alias abroad; Tiongkok
Republik Rakyat China; loc country alias abroad; Tiongkok
Tiongkok Daratan; loc country alias abroad; Tiongkok
AS; loc country alias abroad; Amerika Serikat
Amerika; loc country alias abroad; Amerika Serikat
USA; loc country alias abroad; Amerika Serikat
United States; loc country alias abroad; Amerika Serikat
Negeri Paman Sam; loc country alias abroad; Amerika Serikat
DPRK; loc country alias abroad; Korea Utara
Republik Demokratik Rakyat Korea; loc country alias abroad; Korea Utara
Korut; loc country alias abroad; Korea Utara
North Korea; loc country alias abroad; Korea Utara
Korsel; loc country alias abroad; Korea Selatan
Republik Korea; loc country alias abroad; Korea Selatan
South Korea; loc country alias abroad; Korea Selatan
Britania Raya; loc country alias abroad; Inggris
Kerajaan Inggris; loc country alias abroad; Inggris
Kerajaan Bersatu; loc country alias abroad; Inggris
UK; loc country alias abroad; Inggris
United Kingdom; loc country alias abroad; Inggris
Federasi Rusia; loc country alias abroad; Rusia
Saudi; loc country alias abroad; Arab Saudi
Saudi Arabia; loc country alias abroad; Arab Saudi
Kerajaan Arab Saudi; loc country alias abroad; Arab Saudi
UEA; loc country alias abroad; Uni Emirat Arab
Emirat Arab; loc country alias abroad; Uni Emirat Arab
New Zealand; loc country alias abroad; Selandia Baru
Afsel; loc country alias abroad; Afrika Selatan
Timor-Leste; loc country alias abroad; Timor Leste
Republik Demokratik Timor Leste; loc country alias abroad; Timor Leste
Viet Nam; loc country alias abroad; Vietnam
Burma; loc country alias abroad; Myanmar
Swis; loc country alias abroad; Swiss
Republik Ceko; loc country alias abroad; Ceko
Cheska; loc country alias abroad; Ceko
Turkiye; loc country alias abroad; Turki
Türkiye; loc country alias abroad; Turki
Muangthai; loc country alias abroad; Thailand
PNG; loc country alias abroad; Papua Nugini
Papua New Guinea; loc country alias abroad; Papua Nugini
RD Kongo; loc country alias abroad; Republik Demokratik Kongo
DR Kongo; loc country alias abroad; Republik Demokratik Kongo
Republik Kongo; loc country alias abroad; Kongo
Cote d'Ivoire; loc country alias abroad; Pantai Gading
Swaziland; loc country alias abroad; Eswatini
Makedonia; loc country alias abroad; Makedonia Utara
Jordania; loc country alias abroad; Yordania
Syria; loc country alias abroad; Suriah
Siria; loc country alias abroad; Suriah
Yemen; loc country alias abroad; Yaman
Iraq; loc country alias abroad; Irak
Afghanistan; loc country alias abroad; Afganistan
Kirgistan; loc country alias abroad; Kirgizstan
Kyrgyzstan; loc country alias abroad; Kirgizstan
Maldives; loc country alias abroad; Maladewa
Belarusia; loc country alias abroad; Belarus
Moldavia; loc country alias abroad; Moldova
Bosnia; loc country alias abroad; Bosnia dan Herzegovina
Bosnia-Herzegovina; loc country alias abroad; Bosnia dan Herzegovina
Takhta Suci; loc country alias abroad; Vatikan
Hungaria; loc country alias abroad; Hongaria
Colombia; loc country alias abroad; Kolombia
Mexico; loc country alias abroad; Meksiko
Brazil; loc country alias abroad; Brasil
Brunei; loc country alias abroad; Brunei Darussalam
Cabo Verde; loc country alias abroad; Tanjung Verde
Ethiopia; loc country alias abroad; Etiopia
Negara Palestina; loc country alias abroad; Palestina
Persia; loc country alias abroad; Iran
Republik Islam Iran; loc country alias abroad; Iran
Philippines; loc country alias abroad; Filipina
Holland; loc country alias abroad; Belanda
Nederland; loc country alias abroad; Belanda
Kazakstan; loc country alias abroad; Kazakhstan
Usbekistan; loc country alias abroad; Uzbekistan
Tadjikistan; loc country alias abroad; Tajikistan
Romania; loc country alias abroad; Rumania
Ukraine; loc country alias abroad; Ukraina
Lithuania; loc country alias abroad; Lituania
Slovakia; loc country alias abroad; Slowakia
Bahamas; loc country alias abroad; Bahama
Kosta Rica; loc country alias abroad; Kosta Rika
Costa Rica; loc country alias abroad; Kosta Rika
Kepulauan Salomo; loc country alias abroad; Kepulauan Solomon
Pulau Marshall; loc country alias abroad; Kepulauan Marshall
Negara Federasi Mikronesia; loc country alias abroad; Mikronesia
Republik Indonesia; loc country alias; Indonesia
NKRI; loc country alias; Indonesia
# nicknames news uses for countries
Negeri Tirai Bambu; loc country alias abroad; Tiongkok
Negeri Sakura; loc country alias abroad; Jepang
Negeri Ginseng; loc country alias abroad; Korea Selatan
Negeri Beruang Merah; loc country alias abroad; Rusia
Negeri Kanguru; loc country alias abroad; Australia
Negeri Jiran; loc country alias abroad; Malaysia
Negeri Gajah Putih; loc country alias abroad; Thailand
Negeri Singa; loc country alias abroad; Singapura
Negeri Kincir Angin; loc country alias abroad; Belanda
Negeri Ratu Elizabeth; loc country alias abroad; Inggris
Negeri Samba; loc country alias abroad; Brasil
Negeri Tango; loc country alias abroad; Argentina
Negeri Piramida; loc country alias abroad; Mesir
Negeri Matador; loc country alias abroad; Spanyol
Negeri Pizza; loc country alias abroad; Italia
Negeri Panser; loc country alias abroad; Jerman
Negeri Menara Eiffel; loc country alias abroad; Prancis
Negeri Bollywood; loc country alias abroad; India
Negeri Ayatollah; loc country alias abroad; Iran
Negeri Zionis; loc country alias abroad; Israel
Negeri Petrodolar; loc country alias abroad; Arab Saudi

# ---- capitals ----------------------------------------------------------
@classes loc capital abroad
Kabul
Tirana
Aljir
Andorra la Vella
Luanda
Buenos Aires
Yerevan
Canberra
Wina
Baku
Nassau
Manama
Dhaka
Bridgetown
Minsk
Brussel
Belmopan
Porto-Novo
Thimphu
La Paz
Sucre
Sarajevo
Gaborone
Brasilia
Bandar Seri Begawan
Sofia
Ouagadougou
Gitega
Praia
Phnom Penh
Yaounde
Ottawa
Bangui
N'Djamena
Santiago
Beijing
Bogota
Moroni
Brazzaville
Kinshasa
San Jose
Yamoussoukro
Zagreb
Havana
Nikosia
Praha
Kopenhagen
Roseau
Santo Domingo
Quito
Kairo
San Salvador
Malabo
Asmara
Tallinn
Mbabane
Addis Ababa
Suva
Helsinki
Paris
Libreville
Banjul
Tbilisi
Berlin
Accra
Athena
Kota Guatemala
Conakry
Bissau
Georgetown
Port-au-Prince
Tegucigalpa
Budapest
Reykjavik
New Delhi
Teheran
Baghdad
Dublin
Yerusalem
Roma
Kingston
Tokyo
Amman
Astana
Nairobi
Tarawa
Pristina
Kota Kuwait
Bishkek
Vientiane
Riga
Beirut
Maseru
Monrovia
Tripoli
Vaduz
Vilnius
Antananarivo
Lilongwe
Kuala Lumpur
Putrajaya
Bamako
Valletta
Majuro
Nouakchott
Port Louis
Kota Meksiko
Palikir
Chisinau
Ulaanbaatar
Podgorica
Rabat
Maputo
Naypyidaw
Windhoek
Kathmandu
Amsterdam
Den Haag
Wellington
Managua
Niamey
Abuja
Pyongyang
Skopje
Oslo
Muscat
Islamabad
Ramallah
Kota Panama
Port Moresby
Asuncion
Manila
Warsawa
Lisbon
Doha
Bukares
Moskow
Kigali
Basseterre
Castries
Kingstown
Apia
Sao Tome
Riyadh
Dakar
Beograd
Freetown
Bratislava
Ljubljana
Honiara
Mogadishu
Pretoria
Seoul
Juba
Madrid
Kolombo
Khartoum
Paramaribo
Stockholm
Bern
Damaskus
Taipei
Dushanbe
Dodoma
Bangkok
Dili
Lome
Nuku'alofa
Port of Spain
Tunis
Ankara
Ashgabat
Funafuti
Kampala
Kyiv
Abu Dhabi
London
Washington
Montevideo
Tashkent
Port Vila
Caracas
Hanoi
Sanaa
Lusaka
Harare
Ngerulmud
Kota Vatikan
Saint John's
Saint George's
Victoria
Yaren
# other spellings of capitals
@classes
Kiev; loc capital alias abroad; Kyiv
Kiew; loc capital alias abroad; Kyiv
Peking; loc capital alias abroad; Beijing
Moscow; loc capital alias abroad; Moskow
Moskwa; loc capital alias abroad; Moskow
Washington DC; loc capital alias abroad; Washington
Washington D.C.; loc capital alias abroad; Washington
Tehran; loc capital alias abroad; Teheran
Bagdad; loc capital alias abroad; Baghdad
Cairo; loc capital alias abroad; Kairo
Jerusalem; loc capital alias abroad; Yerusalem
Baitulmakdis; loc capital alias abroad; Yerusalem
Brussels; loc capital alias abroad; Brussel
Brusel; loc capital alias abroad; Brussel
Damascus; loc capital alias abroad; Damaskus
Athens; loc capital alias abroad; Athena
Vienna; loc capital alias abroad; Wina
Warsaw; loc capital alias abroad; Warsawa
Prague; loc capital alias abroad; Praha
Copenhagen; loc capital alias abroad; Kopenhagen
Lisboa; loc capital alias abroad; Lisbon
Bucharest; loc capital alias abroad; Bukares
Belgrade; loc capital alias abroad; Beograd
Colombo; loc capital alias abroad; Kolombo
Nur-Sultan; loc capital alias abroad; Astana
Ulan Bator; loc capital alias abroad; Ulaanbaatar
Nay Pyi Taw; loc capital alias abroad; Naypyidaw
Naypyitaw; loc capital alias abroad; Naypyidaw
Sana'a; loc capital alias abroad; Sanaa
Ar-Riyadh; loc capital alias abroad; Riyadh
Rome; loc capital alias abroad; Roma
Tiflis; loc capital alias abroad; Tbilisi
The Hague; loc capital alias abroad; Den Haag
Mexico City; loc capital alias abroad; Kota Meksiko
Havanna; loc capital alias abroad; Havana
Kuwait City; loc capital alias abroad; Kota Kuwait

# ---- other cities ------------------------------------------------------
@classes loc city abroad
New York
Los Angeles
San Francisco
Chicago
Houston
Miami
Boston
Seattle
Las Vegas
Philadelphia
Atlanta
Dallas
Detroit
New Orleans
San Diego
Honolulu
Shanghai
Hong Kong
Makau
Guangzhou
Shenzhen
Wuhan
Chongqing
Tianjin
Chengdu
Nanjing
Hangzhou
Xiamen
Kunming
Harbin
Urumqi
Osaka
Kyoto
Yokohama
Nagoya
Kobe
Hiroshima
Nagasaki
Sapporo
Fukuoka
Busan
Incheon
Daegu
Gwangju
Sydney
Melbourne
Brisbane
Perth
Darwin
Adelaide
Auckland
Christchurch
Dubai
Sharjah
Jeddah
Mekkah
Madinah
Taif
Dammam
Istanbul
Izmir
Antalya
Mumbai
Kolkata
Chennai
Bengaluru
Hyderabad
Delhi
Karachi
Lahore
Peshawar
Yangon
Mandalay
Kota Ho Chi Minh
Da Nang
Phuket
Chiang Mai
Pattaya
Penang
Johor Bahru
Kota Kinabalu
Kuching
Davao
Cebu
Quezon City
Toronto
Vancouver
Montreal
Sao Paulo
Rio de Janeiro
São Paulo; loc city abroad alias; Sao Paulo
Porto Alegre
Belo Horizonte
Frankfurt
Munchen
Hamburg
Koln
Milan
Napoli
Venesia
Firenze
Barcelona
Manchester
Liverpool
Birmingham
Edinburgh
Glasgow
Marseille
Lyon
Strasbourg
Jenewa
Zurich
Davos
Rotterdam
Sankt Peterburg
Vladivostok
Sochi
Kazan
Novosibirsk
Khabarovsk
Odesa
Kharkiv
Mariupol
Bakhmut
Lviv
Avdiivka
Sevastopol
Alexandria
Rafah
Khan Younis
Tel Aviv
Haifa
Mosul
Basra
Aleppo
Idlib
Homs
Lagos
Johannesburg
Cape Town
Casablanca
Marrakesh
Kandahar
Herat
Abidjan
Almaty
Mashhad
Isfahan
Karbala
Najaf
Benghazi
Dubrovnik
# cities of war and disaster news ("konferensi pers di Port Sudan")
Port Sudan
Omdurman
El Fasher
Deir al-Balah
Goma
Kuala Terengganu
Shimla
Aden
Hodeidah
Erbil
Malatya
Natanz
# the Hajj's sites
Arafah
Muzdalifah
@classes
Makkah; loc city alias abroad; Mekkah
Mekah; loc city alias abroad; Mekkah
Makkah Al-Mukarramah; loc city alias abroad; Mekkah
Madinah Al-Munawwarah; loc city alias abroad; Madinah
Medina; loc city alias abroad; Madinah
Jedah; loc city alias abroad; Jeddah
Jiddah; loc city alias abroad; Jeddah
Macau; loc city alias abroad; Makau
Saigon; loc city alias abroad; Kota Ho Chi Minh
Ho Chi Minh City; loc city alias abroad; Kota Ho Chi Minh
Munich; loc city alias abroad; Munchen
Genewa; loc city alias abroad; Jenewa
Geneva; loc city alias abroad; Jenewa
St Petersburg; loc city alias abroad; Sankt Peterburg
St. Petersburg; loc city alias abroad; Sankt Peterburg
Saint Petersburg; loc city alias abroad; Sankt Peterburg
Odessa; loc city alias abroad; Odesa
Kharkov; loc city alias abroad; Kharkiv
Bombay; loc city alias abroad; Mumbai
Calcutta; loc city alias abroad; Kolkata
Bangalore; loc city alias abroad; Bengaluru
Rangoon; loc city alias abroad; Yangon
Venice; loc city alias abroad; Venesia
Florence; loc city alias abroad; Firenze
Milano; loc city alias abroad; Milan
Naples; loc city alias abroad; Napoli
Cologne; loc city alias abroad; Koln
NYC; loc city alias abroad; New York

# ---- regions, seas, provinces and disputed areas abroad -----------------
@classes loc region abroad
Asia
Eropa
Afrika
Oseania
Timur Jauh
Asia Tenggara
Asia Timur
Asia Selatan
Asia Tengah
Asia Barat
Asia Pasifik
# (English names in posts: "Head of Asia Pacific …", "Head of Southeast Asia …")
Asia Pacific; loc region alias abroad; Asia Pasifik
Southeast Asia; loc region alias abroad; Asia Tenggara
Indo-Pasifik
# ("Direktur Asia Timur dan Pasifik", "Kepulauan Pasifik")
Pasifik
Timur Tengah
Eropa Timur
Eropa Barat
Eropa Tengah
Eropa Utara
Eropa Selatan
Afrika Utara
Afrika Barat
Afrika Timur
Afrika Tengah
Afrika Bagian Selatan
Sub-Sahara
Sahel
Tanduk Afrika
Amerika Latin
Amerika Selatan
Amerika Utara
Amerika Tengah
Karibia
Skandinavia
Balkan
Kaukasus
Semenanjung Korea
Semenanjung Arab
Semenanjung Malaya
Semenanjung Sinai
Sinai
Laut China Selatan
Laut China Timur
Laut Natuna Utara
Selat Malaka
Selat Singapura
Selat Taiwan
Selat Hormuz
Selat Bosporus
Laut Merah
Laut Hitam
Laut Mediterania
Laut Tengah
Laut Kaspia
Laut Baltik
Laut Jepang
Laut Kuning
Laut Arab
Laut Utara
Laut Azov
Teluk Persia
Teluk Aden
Teluk Benggala
Terusan Suez
Terusan Panama
Samudra Hindia
Samudra Pasifik
Samudra Atlantik
Samudra Arktik
Kutub Utara
Kutub Selatan
Antartika
Arktik
Himalaya
Pegunungan Alpen
Amur
Siberia
Krimea
Donbas
Donetsk
Luhansk
Zaporizhzhia
Kherson
Kursk
Belgorod
Chechnya
Dagestan
Nagorno-Karabakh
Abkhazia
Ossetia Selatan
Transnistria
Gaza
Jalur Gaza
Tepi Barat
Yerusalem Timur
Dataran Tinggi Golan
Kashmir
Jammu dan Kashmir
Punjab
Kerala
Xinjiang
Tibet
Mongolia Dalam
Hubei
Guangdong
Fujian
Hainan
Yunnan
Hokkaido
Okinawa
Kyushu
Fukushima
Jeju
Sabah
Sarawak
Johor
Selangor
Kedah
Kelantan
Terengganu
Perak
Pahang
Mindanao
Luzon
Marawi
Rakhine
Pattani
Kurdistan
Darfur
Tigray
Catalonia
Skotlandia
Wales
Irlandia Utara
Kalifornia
Texas
Florida
Hawaii
Alaska
New Jersey
Virginia
Arizona
Nevada
Ohio
Michigan
Pennsylvania
Quebec
Bavaria
Tasmania
Queensland
New South Wales
Australia Barat
Gurun Sahara
Kepulauan Spratly
Kepulauan Paracel
Kepulauan Senkaku
Kepulauan Kuril
Kepulauan Falkland
Greenland
Puerto Riko
Guam
Kaledonia Baru
Polinesia Prancis
Tahiti
Borneo
# Brazil's states (their "do" and "de" are no name particles)
Rio Grande do Sul
Rio Grande do Norte
Mato Grosso do Sul
Mato Grosso
Minas Gerais
Santa Catarina
Espirito Santo
@classes
Laut Tiongkok Selatan; loc region alias abroad; Laut China Selatan
LCS; loc region alias abroad; Laut China Selatan
Laut Tiongkok Timur; loc region alias abroad; Laut China Timur
Lautan Hindia; loc region alias abroad; Samudra Hindia
Samudera Hindia; loc region alias abroad; Samudra Hindia
Samudera Pasifik; loc region alias abroad; Samudra Pasifik
Lautan Pasifik; loc region alias abroad; Samudra Pasifik
Samudera Atlantik; loc region alias abroad; Samudra Atlantik
Crimea; loc region alias abroad; Krimea
Semenanjung Krimea; loc region alias abroad; Krimea
Donbass; loc region alias abroad; Donbas
Tepi Barat Sungai Yordan; loc region alias abroad; Tepi Barat
Golan; loc region alias abroad; Dataran Tinggi Golan
Indo Pasifik; loc region alias abroad; Indo-Pasifik
Catalunya; loc region alias abroad; Catalonia
California; loc region alias abroad; Kalifornia
Scotland; loc region alias abroad; Skotlandia
Antarktika; loc region alias abroad; Antartika
Benua Biru; loc region alias abroad; Eropa
Benua Hitam; loc region alias abroad; Afrika
Inggris Raya; loc country alias abroad; Inggris

# ---- home: the country and capital of the news warta reads (not abroad) -
@classes loc country
Indonesia
@classes loc capital
Jakarta
@classes
