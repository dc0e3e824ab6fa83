# Relative dates, normalised against the publication date.  time_day=N: N
# days after it (negative: before).  time_week / time_month / time_year: a
# week, month or year relative to it, which has no single day (value null).
# Written for warta.
hari ini; time_day=0
kemarin; time_day=-1
kemarin lusa; time_day=-2
besok; time_day=1
esok; time_day=1
lusa; time_day=2
semalam; time_day=-1
tadi malam; time_day=0
tadi pagi; time_day=0
tadi siang; time_day=0
tadi sore; time_day=0
pagi ini; time_day=0
siang ini; time_day=0
sore ini; time_day=0
malam ini; time_day=0
pekan lalu; time_week=-1
minggu lalu; time_week=-1
pekan ini; time_week=0
minggu ini; time_week=0
pekan depan; time_week=1
minggu depan; time_week=1
bulan lalu; time_month=-1
bulan ini; time_month=0
bulan depan; time_month=1
tahun lalu; time_year=-1
tahun ini; time_year=0
tahun depan; time_year=1
# after a weekday: "Selasa lalu" the one before the published day, "Selasa depan" after
lalu; time_past
yang lalu; time_past
kemarin; time_past
depan; time_future
mendatang; time_future
nanti; time_future
# parts of the day that may follow a date: "Senin (13/4/2020) pagi"
pagi; time_part
siang; time_part
sore; time_part
malam; time_part
dini hari; time_part
# "dua hari lalu": units counted back from the publication date
hari; time_unit=1
# numbers written as words, for "dua hari lalu"
satu; time_num=1
dua; time_num=2
tiga; time_num=3
empat; time_num=4
lima; time_num=5
enam; time_num=6
tujuh; time_num=7
delapan; time_num=8
sembilan; time_num=9
sepuluh; time_num=10
pagi tadi; time_day=0
siang tadi; time_day=0
sore tadi; time_day=0
malam tadi; time_day=0
# modifiers that turn a month or a week into a part of it: a period (null)
awal; time_mod
akhir; time_mod
pertengahan; time_mod
penghujung; time_mod
# "N hari lagi": N days after the publication date
lagi; time_ahead
# "Senin sampai Jumat", "Senin-Jumat": a habitual range, not a date
sampai; time_range
hingga; time_range
# time_span: a unit a span of time is counted in ("dalam sepuluh tahun
# terakhir", "dalam dua pekan"): after "dalam" and a number it is a time
# adverbial, not the occasion of speaking
hari; time_span
pekan; time_span
minggu; time_span
bulan; time_span
tahun; time_span
jam; time_span
menit; time_span
dekade; time_span
abad; time_span
# (one unit in one word, "se-" and the unit: "dalam sebulan terakhir")
sehari; time_span
sepekan; time_span
seminggu; time_span
sebulan; time_span
setahun; time_span
sejam; time_span
sedekade; time_span
