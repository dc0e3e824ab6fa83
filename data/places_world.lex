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
@classes loc country
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
Indonesia
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
Perancis; loc country alias; Prancis
RI; loc country alias; Indonesia
China; loc country alias; Tiongkok
Cina; loc country alias; Tiongkok
RRT; loc country alias; Tiongkok
RRC; loc country alias; Tiongkok
Republik Rakyat Tiongkok; loc country alias; Tiongkok
Republik Rakyat China; loc country alias; Tiongkok
Tiongkok Daratan; loc country alias; Tiongkok
AS; loc country alias; Amerika Serikat
Amerika; loc country alias; Amerika Serikat
USA; loc country alias; Amerika Serikat
United States; loc country alias; Amerika Serikat
Negeri Paman Sam; loc country alias; Amerika Serikat
DPRK; loc country alias; Korea Utara
Republik Demokratik Rakyat Korea; loc country alias; Korea Utara
Korut; loc country alias; Korea Utara
North Korea; loc country alias; Korea Utara
Korsel; loc country alias; Korea Selatan
Republik Korea; loc country alias; Korea Selatan
South Korea; loc country alias; Korea Selatan
Britania Raya; loc country alias; Inggris
Kerajaan Inggris; loc country alias; Inggris
Kerajaan Bersatu; loc country alias; Inggris
UK; loc country alias; Inggris
United Kingdom; loc country alias; Inggris
Federasi Rusia; loc country alias; Rusia
Saudi; loc country alias; Arab Saudi
Saudi Arabia; loc country alias; Arab Saudi
Kerajaan Arab Saudi; loc country alias; Arab Saudi
UEA; loc country alias; Uni Emirat Arab
Emirat Arab; loc country alias; Uni Emirat Arab
New Zealand; loc country alias; Selandia Baru
Afsel; loc country alias; Afrika Selatan
Timor-Leste; loc country alias; Timor Leste
Republik Demokratik Timor Leste; loc country alias; Timor Leste
Viet Nam; loc country alias; Vietnam
Burma; loc country alias; Myanmar
Swis; loc country alias; Swiss
Republik Ceko; loc country alias; Ceko
Cheska; loc country alias; Ceko
Turkiye; loc country alias; Turki
Türkiye; loc country alias; Turki
Muangthai; loc country alias; Thailand
PNG; loc country alias; Papua Nugini
Papua New Guinea; loc country alias; Papua Nugini
RD Kongo; loc country alias; Republik Demokratik Kongo
DR Kongo; loc country alias; Republik Demokratik Kongo
Republik Kongo; loc country alias; Kongo
Cote d'Ivoire; loc country alias; Pantai Gading
Swaziland; loc country alias; Eswatini
Makedonia; loc country alias; Makedonia Utara
Jordania; loc country alias; Yordania
Syria; loc country alias; Suriah
Siria; loc country alias; Suriah
Yemen; loc country alias; Yaman
Iraq; loc country alias; Irak
Afghanistan; loc country alias; Afganistan
Kirgistan; loc country alias; Kirgizstan
Kyrgyzstan; loc country alias; Kirgizstan
Maldives; loc country alias; Maladewa
Belarusia; loc country alias; Belarus
Moldavia; loc country alias; Moldova
Bosnia; loc country alias; Bosnia dan Herzegovina
Bosnia-Herzegovina; loc country alias; Bosnia dan Herzegovina
Takhta Suci; loc country alias; Vatikan
Hungaria; loc country alias; Hongaria
Colombia; loc country alias; Kolombia
Mexico; loc country alias; Meksiko
Brazil; loc country alias; Brasil
Brunei; loc country alias; Brunei Darussalam
Cabo Verde; loc country alias; Tanjung Verde
Ethiopia; loc country alias; Etiopia
Negara Palestina; loc country alias; Palestina
Persia; loc country alias; Iran
Republik Islam Iran; loc country alias; Iran
Philippines; loc country alias; Filipina
Holland; loc country alias; Belanda
Nederland; loc country alias; Belanda
Kazakstan; loc country alias; Kazakhstan
Usbekistan; loc country alias; Uzbekistan
Tadjikistan; loc country alias; Tajikistan
Romania; loc country alias; Rumania
Ukraine; loc country alias; Ukraina
Lithuania; loc country alias; Lituania
Slovakia; loc country alias; Slowakia
Bahamas; loc country alias; Bahama
Kosta Rica; loc country alias; Kosta Rika
Costa Rica; loc country alias; Kosta Rika
Kepulauan Salomo; loc country alias; Kepulauan Solomon
Pulau Marshall; loc country alias; Kepulauan Marshall
Negara Federasi Mikronesia; loc country alias; Mikronesia
Republik Indonesia; loc country alias; Indonesia
NKRI; loc country alias; Indonesia
# nicknames news uses for countries
Negeri Tirai Bambu; loc country alias; Tiongkok
Negeri Sakura; loc country alias; Jepang
Negeri Ginseng; loc country alias; Korea Selatan
Negeri Beruang Merah; loc country alias; Rusia
Negeri Kanguru; loc country alias; Australia
Negeri Jiran; loc country alias; Malaysia
Negeri Gajah Putih; loc country alias; Thailand
Negeri Singa; loc country alias; Singapura
Negeri Kincir Angin; loc country alias; Belanda
Negeri Ratu Elizabeth; loc country alias; Inggris
Negeri Samba; loc country alias; Brasil
Negeri Tango; loc country alias; Argentina
Negeri Piramida; loc country alias; Mesir
Negeri Matador; loc country alias; Spanyol
Negeri Pizza; loc country alias; Italia
Negeri Panser; loc country alias; Jerman
Negeri Menara Eiffel; loc country alias; Prancis
Negeri Bollywood; loc country alias; India
Negeri Ayatollah; loc country alias; Iran
Negeri Zionis; loc country alias; Israel
Negeri Petrodolar; loc country alias; Arab Saudi

# ---- capitals ----------------------------------------------------------
@classes loc capital
Jakarta
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
Kiev; loc capital alias; Kyiv
Kiew; loc capital alias; Kyiv
Peking; loc capital alias; Beijing
Moscow; loc capital alias; Moskow
Moskwa; loc capital alias; Moskow
Washington DC; loc capital alias; Washington
Washington D.C.; loc capital alias; Washington
Tehran; loc capital alias; Teheran
Bagdad; loc capital alias; Baghdad
Cairo; loc capital alias; Kairo
Jerusalem; loc capital alias; Yerusalem
Baitulmakdis; loc capital alias; Yerusalem
Brussels; loc capital alias; Brussel
Brusel; loc capital alias; Brussel
Damascus; loc capital alias; Damaskus
Athens; loc capital alias; Athena
Vienna; loc capital alias; Wina
Warsaw; loc capital alias; Warsawa
Prague; loc capital alias; Praha
Copenhagen; loc capital alias; Kopenhagen
Lisboa; loc capital alias; Lisbon
Bucharest; loc capital alias; Bukares
Belgrade; loc capital alias; Beograd
Colombo; loc capital alias; Kolombo
Nur-Sultan; loc capital alias; Astana
Ulan Bator; loc capital alias; Ulaanbaatar
Nay Pyi Taw; loc capital alias; Naypyidaw
Naypyitaw; loc capital alias; Naypyidaw
Sana'a; loc capital alias; Sanaa
Ar-Riyadh; loc capital alias; Riyadh
Rome; loc capital alias; Roma
Tiflis; loc capital alias; Tbilisi
The Hague; loc capital alias; Den Haag
Mexico City; loc capital alias; Kota Meksiko
Havanna; loc capital alias; Havana
Kuwait City; loc capital alias; Kota Kuwait

# ---- other cities ------------------------------------------------------
@classes loc city
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
@classes
Makkah; loc city alias; Mekkah
Mekah; loc city alias; Mekkah
Makkah Al-Mukarramah; loc city alias; Mekkah
Madinah Al-Munawwarah; loc city alias; Madinah
Medina; loc city alias; Madinah
Jedah; loc city alias; Jeddah
Jiddah; loc city alias; Jeddah
Macau; loc city alias; Makau
Saigon; loc city alias; Kota Ho Chi Minh
Ho Chi Minh City; loc city alias; Kota Ho Chi Minh
Munich; loc city alias; Munchen
Genewa; loc city alias; Jenewa
Geneva; loc city alias; Jenewa
St Petersburg; loc city alias; Sankt Peterburg
St. Petersburg; loc city alias; Sankt Peterburg
Saint Petersburg; loc city alias; Sankt Peterburg
Odessa; loc city alias; Odesa
Kharkov; loc city alias; Kharkiv
Bombay; loc city alias; Mumbai
Calcutta; loc city alias; Kolkata
Bangalore; loc city alias; Bengaluru
Rangoon; loc city alias; Yangon
Venice; loc city alias; Venesia
Florence; loc city alias; Firenze
Milano; loc city alias; Milan
Naples; loc city alias; Napoli
Cologne; loc city alias; Koln
NYC; loc city alias; New York

# ---- regions, seas, provinces and disputed areas abroad -----------------
@classes loc region
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
Indo-Pasifik
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
@classes
Laut Tiongkok Selatan; loc region alias; Laut China Selatan
LCS; loc region alias; Laut China Selatan
Laut Tiongkok Timur; loc region alias; Laut China Timur
Lautan Hindia; loc region alias; Samudra Hindia
Samudera Hindia; loc region alias; Samudra Hindia
Samudera Pasifik; loc region alias; Samudra Pasifik
Lautan Pasifik; loc region alias; Samudra Pasifik
Samudera Atlantik; loc region alias; Samudra Atlantik
Crimea; loc region alias; Krimea
Semenanjung Krimea; loc region alias; Krimea
Donbass; loc region alias; Donbas
Tepi Barat Sungai Yordan; loc region alias; Tepi Barat
Golan; loc region alias; Dataran Tinggi Golan
Indo Pasifik; loc region alias; Indo-Pasifik
Catalunya; loc region alias; Catalonia
California; loc region alias; Kalifornia
Scotland; loc region alias; Skotlandia
Antarktika; loc region alias; Antartika
Benua Biru; loc region alias; Eropa
Benua Hitam; loc region alias; Afrika
Inggris Raya; loc country alias; Inggris
