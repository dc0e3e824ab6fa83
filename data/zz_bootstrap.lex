# Temporary: a few entries the stages need until the gazetteers land.
# (To be folded into places/orgs/media/titles/roles/people.lex.)
Rusia; loc country
Korea Utara; loc country
DPRK; loc country alias; Korea Utara
Republik Demokratik Rakyat Korea; loc country alias; Korea Utara
Amerika Serikat; loc country
Pyongyang; loc capital
Moskow; loc capital
Amur; loc region
Timur Jauh; loc region
Jakarta; loc capital
Indonesia; loc country
Kremlin; org state_body
Polda Metro Jaya; org police
BNPB; org state_body
KPU; org state_body
TASS; media agency
Reuters; media agency
Interfax; media agency
Antara; media agency
AFP; media agency
Kompas; media outlet
Presiden; role
Pemimpin; role
Menteri; role
Kepala; role
Ketua; role
Direktur; role
Direktur Utama; role
Presiden Direktur; role
General Manager; role
Gubernur; role
Wali Kota; role
Bupati; role
Juru Bicara; role
Kepala Bidang Humas; role
Anggota; role
Koordinator; role
Pengajar; role
Rektor; role
warga; role_common
pemilik; role_common
Komisaris Besar; title title_rank
Kombes; title title_rank
Inspektur Jenderal; title title_rank
Irjen; title title_rank
Brigjen; title title_rank
AKBP; title title_rank
Dr; title title_acad
dr; title title_acad
Prof; title title_acad
H; title title_rel
Hj; title title_rel
Bapak; title title_hon
Ibu; title title_hon
Pak; title title_hon
Bu; title title_hon
ia; pronoun pron_3s
dia; pronoun pron_3s
beliau; pronoun pron_3s
mereka; pronoun pron_3p
bin; name_particle
binti; name_particle
van; name_particle
de; name_particle
al; name_particle
Badan; org_head
Kementerian; org_head
Komisi; org_head
Universitas; org_head
Bank; org_head
PT; org_head
Perhimpunan; org_head
Ikatan; org_head
Gugus Tugas; org_head
Polda; org_head
Budi; name_first
Bambang; name_first
Joko; name_first
Agus; name_first
