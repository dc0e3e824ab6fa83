#!/usr/bin/env python3
"""Builds warta's benchmark corpora from text the project may ship.

Sources, all in this repository:
  * samples/*.txt                 the bundled sample articles (each one article)
  * tests/data/**/*.cases          the `in:` lines of the test cases, grouped
                                   eight at a time into small articles
  * a generator of Indonesian-like news articles written for this file:
    datelines, direct quotes ("…,” kata X), indirect speech (X mengatakan, …),
    partial quotes, agency chains ("seperti dilansir Reuters"), names with
    titles and roles, places, dates, numbers and the odd "Baca juga:" line.
    The sentences are this file's own; the seed is fixed, so every run builds
    the same bytes.

The article pool is built once (fixed seed, fixed size) and then repeated in
a fixed order, each repetition with new ids and dates, until the requested
size is reached.  A smaller corpus is therefore a prefix of a larger one: the
1 MB corpus is the first 1 MB of the 10 MB one.

usage:
  corpus.py jsonl SIZE OUT      JSON Lines {"id","text","published"}; OUT "-" is stdout
  corpus.py text SIZE OUTDIR    plain text: OUTDIR/part-NNNN.txt of about 1 MB each
                                (articles separated by a blank line), for
                                segmentation alone without a JSON reader
  corpus.py articles SIZE OUTDIR  plain text, one article a file: OUTDIR/NNNNNN.txt
  corpus.py stats FILE          records, bytes and text bytes of a JSONL corpus

SIZE is bytes with an optional K, M or G suffix (powers of 1024): 10M, 1G.
"""
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED = 20240913
POOL_GENERATED = 3000  # generated articles in the pool (about 9 MB of text)

# ------------------------------------------------------------------ words

FIRST = ["Budi", "Siti", "Agus", "Dewi", "Joko", "Rina", "Andi", "Sri", "Hendra", "Nur", "Bambang",
         "Yusuf", "Ratna", "Eko", "Wahyu", "Indah", "Rudi", "Fitri", "Dedi", "Lestari", "Arif",
         "Maya", "Teguh", "Putri", "Hadi", "Rahmat", "Intan", "Fajar", "Yuni", "Slamet", "Made",
         "Ketut", "Wayan", "Nyoman", "Ahmad", "Muhammad", "Yohanes", "Maria", "Stefanus", "Komang"]
LAST = ["Santoso", "Rahmawati", "Prasetyo", "Wijaya", "Susanto", "Hidayat", "Kusuma", "Saputra",
        "Nugroho", "Siregar", "Harahap", "Simanjuntak", "Lubis", "Pane", "Sitompul", "Wibowo",
        "Setiawan", "Gunawan", "Kurniawan", "Permana", "Suryadi", "Hakim", "Firmansyah", "Pratama",
        "Handayani", "Sulistyo", "Tanjung", "Nasution", "Manurung", "Sinaga", "Mahendra", "Arifin",
        "Ginting", "Tarigan", "Pohan", "Daulay", "Ramadhan", "Purnomo", "Wirawan", "Utomo"]
TITLES = ["Dr.", "Prof.", "Ir.", "H.", "Hj.", "dr.", "Drs."]
DEGREES = ["S.H.", "M.Si.", "S.E.", "M.M.", "S.Sos.", "M.A.", "Ph.D."]
ROLES = [
    "Menteri Keuangan", "Menteri Perdagangan", "Menteri Kesehatan", "Gubernur Jawa Timur",
    "Gubernur Sumatera Utara", "Wali Kota Surabaya", "Bupati Sleman", "Ketua DPR",
    "Wakil Ketua Komisi IV DPR", "Juru Bicara Kementerian Luar Negeri",
    "Kepala Bidang Humas Polda Metro Jaya", "Kapolres Jakarta Selatan", "Kepala BMKG",
    "Direktur Utama PT Kereta Api Indonesia", "Kepala Dinas Pendidikan", "Ketua KPU",
    "Kepala Badan Pusat Statistik", "Sekretaris Daerah", "Panglima Kodam Jaya", "Rektor",
    "Ekonom Universitas Indonesia", "Pengamat politik", "Ketua RT setempat", "Kepala Desa",
    "Direktur Jenderal Pajak", "Deputi Gubernur Bank Indonesia", "Kepala Basarnas",
]
ORGS = ["Kementerian Keuangan", "Bank Indonesia", "Polda Metro Jaya", "KPK", "DPR", "BMKG",
        "Pemerintah Provinsi Jawa Barat", "PT Pertamina", "Kementerian Kesehatan", "Basarnas",
        "Badan Pusat Statistik", "Mahkamah Konstitusi", "PLN", "Kementerian Perhubungan", "BPBD"]
PLACES = ["JAKARTA", "SURABAYA", "BANDUNG", "MEDAN", "MAKASSAR", "YOGYAKARTA", "SEMARANG",
          "DENPASAR", "PALEMBANG", "BALIKPAPAN", "PONTIANAK", "AMBON", "JAYAPURA", "KUPANG",
          "MATARAM", "PADANG", "PEKANBARU", "MANADO", "BANDA ACEH", "SAMARINDA"]
TOWNS = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Yogyakarta", "Semarang", "Bogor",
         "Depok", "Bekasi", "Tangerang", "Malang", "Solo", "Cirebon", "Padang", "Batam", "Kupang"]
OUTLETS = ["KOMPAS.com", "ANTARA", "detikcom", "VOI", "Tempo.co", "Liputan6.com"]
AGENCIES = ["Reuters", "AFP", "AP", "TASS", "Xinhua", "Kyodo", "Bernama", "ANTARA", "BBC", "CNN"]
AGENCY_CUES = ["seperti dilansir {a}", "seperti melansir {a}", "dikutip dari {a}", "mengutip {a}",
               "menurut kantor berita {a}", "seperti diberitakan {a}", "dilaporkan {a}"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
CUES_AFTER = ["kata", "ujar", "ucap", "tutur", "jelas", "tegas", "ungkap", "tambah", "imbuh"]
CUES_NYA = ["katanya", "ujarnya", "ucapnya", "tuturnya", "jelasnya", "tegasnya", "ungkapnya",
            "tambahnya", "imbuhnya", "pungkasnya"]
CUES_VERB = ["mengatakan", "menyatakan", "menjelaskan", "menegaskan", "mengungkapkan",
             "menuturkan", "menambahkan", "menyampaikan", "mengakui", "membantah"]
TOPICS = [
    ("harga beras", "pasar", "pedagang", "stok beras di gudang Bulog"),
    ("banjir", "wilayah hulu", "warga", "pompa air dan perahu karet"),
    ("pemilu", "tempat pemungutan suara", "pemilih", "logistik pemilu"),
    ("vaksinasi", "puskesmas", "tenaga kesehatan", "dosis vaksin"),
    ("jalan tol", "gerbang tol", "pengendara", "rekayasa lalu lintas"),
    ("inflasi", "pasar keuangan", "pelaku usaha", "suku bunga acuan"),
    ("gempa", "daerah terdampak", "pengungsi", "tenda darurat"),
    ("pajak", "kantor pelayanan", "wajib pajak", "pelaporan SPT"),
    ("kereta api", "stasiun", "penumpang", "jadwal perjalanan"),
    ("sekolah", "ruang kelas", "guru dan murid", "kurikulum baru"),
    ("narkoba", "pelabuhan", "tersangka", "barang bukti sabu"),
    ("listrik", "gardu induk", "pelanggan", "pemadaman bergilir"),
]
QUOTE_T = [
    "Kami akan terus memantau perkembangan {t} di {p} dan memastikan {s} tercukupi",
    "Saya minta semua pihak tenang, {t} masih dalam kendali pemerintah",
    "Ini bukan soal siapa yang salah, tetapi bagaimana {g} bisa kembali beraktivitas normal",
    "Kita sudah berkoordinasi dengan {o} sejak {d} pagi",
    "Tidak benar bahwa {s} habis, kami punya cadangan untuk tiga bulan ke depan",
    "Masyarakat jangan percaya kabar bohong soal {t} yang beredar di media sosial",
    "Kalau ada {g} yang dirugikan, silakan melapor, kami akan tindak lanjuti",
    "Anggarannya sudah kami siapkan, sekitar Rp {n} miliar untuk {s}",
    "Target kami tahun ini naik {pc} persen dibanding tahun lalu",
    "Kami tidak akan ragu menindak tegas siapa pun yang terlibat",
    "Saya sudah turun langsung ke {p} dan melihat sendiri kondisinya",
    "Prosesnya memang butuh waktu, tapi kami pastikan transparan",
    "Jangan sampai {g} menjadi korban untuk kedua kalinya",
    "Pemerintah hadir, negara tidak boleh kalah oleh keadaan seperti ini",
]
INDIRECT_T = [
    "pihaknya telah menyiapkan {s} untuk mengantisipasi lonjakan {t} dalam beberapa pekan ke depan",
    "koordinasi dengan {o} terus dilakukan agar {g} tidak dirugikan",
    "jumlah {g} yang terdampak mencapai {n2} orang hingga {d} malam",
    "kebijakan tersebut akan dievaluasi setelah tiga bulan berjalan",
    "penyelidikan masih berlangsung dan hasilnya akan diumumkan secepatnya",
    "kenaikan {t} dipicu oleh cuaca buruk dan tersendatnya distribusi",
    "pemerintah daerah diminta segera mendata {g} di {p}",
]
NARR_T = [
    "Pantauan di {p} pada {d} ({dt}) menunjukkan antrean {g} mengular hingga ratusan meter.",
    "Sejak pukul {hh}.{mm} WIB, petugas gabungan dari {o} berjaga di sejumlah titik.",
    "Data {o} mencatat kenaikan {pc} persen dibanding periode yang sama tahun lalu.",
    "Harga di tingkat eceran kini mencapai Rp {n3} per kilogram, naik dari Rp {n4} pekan lalu.",
    "Peristiwa itu terjadi di {town} sekitar pukul {hh}.{mm} WIB.",
    "Sebelumnya, {o} telah mengeluarkan imbauan serupa pada {dd} {mon} {yy}.",
    "Hingga berita ini diturunkan, belum ada keterangan resmi dari {o}.",
    "Rapat koordinasi digelar di kantor {o}, Jl. {street} No. {no}, {town}.",
    "Informasi lebih lanjut dapat dilihat di laman www.{dom}.go.id atau melalui surel humas@{dom}.go.id.",
]
STREETS = ["Sudirman", "M.H. Thamrin", "Gatot Subroto", "Diponegoro", "Ahmad Yani", "Pemuda",
           "Merdeka Barat", "Asia Afrika", "Pahlawan", "Veteran"]
BOILER = ["Baca juga: {t} Naik Lagi, Ini Kata {o}", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
          "Baca Juga: Soal {t}, {o} Angkat Bicara", "Simak breaking news dan berita pilihan kami langsung di ponselmu."]
QUOTE_MARKS = [("“", "”"), ("\"", "\""), ("”", "”"), ("“", "”"), ("\"", "\"")]


class Gen:
    def __init__(self, rnd):
        self.r = rnd

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    def person(self):
        r = self.r
        name = f"{self.pick(FIRST)} {self.pick(LAST)}"
        full = name
        if r.random() < 0.15:
            full = f"{self.pick(TITLES)} {name}"
        if r.random() < 0.1:
            full = f"{full}, {self.pick(DEGREES)}"
        return {"name": name, "full": full, "last": name.split()[-1], "role": self.pick(ROLES)}

    def fill(self, tpl, topic, day, date):
        r = self.r
        t, p, g, s = topic
        return tpl.format(
            t=t, p=p, g=g, s=s, o=self.pick(ORGS), d=day, dt=date, town=self.pick(TOWNS),
            n=r.randrange(2, 900), n2=f"{r.randrange(1, 99)}.{r.randrange(0, 999):03d}",
            n3=f"{r.randrange(9, 20)}.{r.choice(['000', '500', '250'])}",
            n4=f"{r.randrange(8, 15)}.{r.choice(['000', '500'])}",
            pc=f"{r.randrange(1, 40)},{r.randrange(0, 9)}", hh=f"{r.randrange(0, 24):02d}",
            mm=f"{r.choice([0, 15, 30, 45]):02d}", dd=r.randrange(1, 29), mon=self.pick(MONTHS),
            yy=r.randrange(2019, 2025), street=self.pick(STREETS), no=r.randrange(1, 200),
            dom=self.pick(["kemenkeu", "bmkg", "kemkes", "dephub", "bps", "kpu"]))

    def article(self):
        r = self.r
        topic = self.pick(TOPICS)
        people = [self.person() for _ in range(r.randrange(1, 4))]
        y, m, d = r.randrange(2019, 2025), r.randrange(1, 13), r.randrange(1, 29)
        day = self.pick(DAYS)
        date = f"{d}/{m}/{y}"
        published = f"{y:04d}-{m:02d}-{d:02d}"
        paras = []
        place = self.pick(PLACES)
        outlet = self.pick(OUTLETS)
        style = r.randrange(3)
        if style == 0:
            dl = f"{place}, {outlet} -"
        elif style == 1:
            dl = f"{place} ({outlet}) -"
        else:
            dl = f"{place.title()} -"
        lead_p = people[0]
        paras.append(f"{dl} {lead_p['role']} {lead_p['full']} {self.pick(CUES_VERB)} "
                     f"{self.fill(self.pick(INDIRECT_T), topic, day, date)}.")
        introduced = {lead_p["name"]}
        for _ in range(r.randrange(8, 22)):
            k = r.random()
            p = self.pick(people)
            if p["name"] in introduced:
                who = self.pick([p["last"], f"{p['role']} {p['last']}", p["full"], p["name"]])
            else:
                who = f"{p['role']} {p['full']}"
                introduced.add(p["name"])
            qo, qc = self.pick(QUOTE_MARKS)
            content = self.fill(self.pick(QUOTE_T), topic, day, date)
            src = ""
            if r.random() < 0.2:
                src = ", " + self.pick(AGENCY_CUES).format(a=self.pick(AGENCIES))
            if k < 0.3:
                paras.append(f"{qo}{content},{qc} {self.pick(CUES_AFTER)} {who} di {self.pick(TOWNS)}, "
                             f"{day} ({date}){src}.")
            elif k < 0.45:
                paras.append(f"{qo}{content}. {self.fill(self.pick(QUOTE_T), topic, day, date)},{qc} "
                             f"{self.pick(CUES_NYA)}.")
            elif k < 0.65:
                paras.append(f"{who} {self.pick(CUES_VERB)}, {self.fill(self.pick(INDIRECT_T), topic, day, date)}{src}.")
            elif k < 0.72:
                words = content.split()
                a = r.randrange(0, max(1, len(words) - 3))
                part = " ".join(words[a:a + 3])
                paras.append(f"Menurut {who}, {self.fill(self.pick(INDIRECT_T), topic, day, date)} "
                             f"dan merupakan {qo}{part}{qc}.")
            elif k < 0.78:
                paras.append(self.fill(self.pick(BOILER), (topic[0].title(),) + topic[1:], day, date))
            else:
                paras.append(" ".join(self.fill(self.pick(NARR_T), topic, day, date)
                                      for _ in range(r.randrange(1, 4))))
        return "\n\n".join(paras) + "\n", published


# ------------------------------------------------------------------ pool

def shipped_articles():
    """(name, text) of the sample articles and of the test cases' inputs."""
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "samples", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            out.append(("sample-" + os.path.splitext(os.path.basename(path))[0], f.read()))
    lines = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "**", "*.cases"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("in: "):
                    text = line[4:].rstrip("\n").replace("\\r", "\r").replace("\\t", "\t").replace("\\n", "\n")
                    if "\\" not in text and "\0" not in text:
                        lines.append(text)
    for i in range(0, len(lines), 8):
        out.append((f"cases-{i // 8:03d}", "\n".join(lines[i:i + 8]) + "\n"))
    return out


def pool():
    """The article pool: (name, text, published), in the fixed order it repeats in."""
    rnd = random.Random(SEED)
    g = Gen(rnd)
    arts = [(name, text, None) for name, text in shipped_articles()]
    for i in range(POOL_GENERATED):
        text, pub = g.article()
        arts.append((f"gen-{i:05d}", text, pub))
    rnd.shuffle(arts)
    return arts


def parse_size(s):
    mult = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}
    s = s.strip().upper()
    if s and s[-1] in mult:
        return int(float(s[:-1]) * mult[s[-1]])
    return int(s)


def records(limit):
    """Yields encoded JSONL lines (bytes) until limit bytes have been yielded."""
    arts = pool()
    # the text part of each record is encoded once; only id and date change
    enc = [json.dumps(t, ensure_ascii=False) for _, t, _ in arts]
    total, rep = 0, 0
    while True:
        for (name, _, pub), etext in zip(arts, enc):
            if pub is None:
                pub = "2023-09-13"
            y = int(pub[:4]) - (rep % 3)
            line = f'{{"id": "{name}-r{rep}", "published": "{y:04d}{pub[4:]}", "text": {etext}}}\n'.encode()
            if total + len(line) > limit and total > 0:
                return
            total += len(line)
            yield line
        rep += 1


def write_jsonl(size, out):
    f = sys.stdout.buffer if out == "-" else open(out + ".tmp", "wb")
    buf = []
    nbuf = 0
    for line in records(size):
        buf.append(line)
        nbuf += len(line)
        if nbuf >= 1 << 20:
            f.write(b"".join(buf))
            buf, nbuf = [], 0
    f.write(b"".join(buf))
    if out != "-":
        f.close()
        os.replace(out + ".tmp", out)
    else:
        f.flush()


def write_text(size, outdir, part=1 << 20):
    os.makedirs(outdir, exist_ok=True)
    for old in glob.glob(os.path.join(outdir, "part-*.txt")):
        os.remove(old)
    arts = pool()
    total, n, cur, curlen, rep, count = 0, 0, [], 0, 0, 0
    while total < size:
        for _, text, _ in arts:
            b = text.encode() + b"\n"
            cur.append(b)
            count += 1
            curlen += len(b)
            total += len(b)
            if curlen >= part or total >= size:
                with open(os.path.join(outdir, f"part-{n:04d}.txt"), "wb") as f:
                    f.write(b"".join(cur))
                n, cur, curlen = n + 1, [], 0
            if total >= size:
                break
        rep += 1
    with open(os.path.join(outdir, "ARTICLES"), "w") as f:
        f.write(f"{count} {total}\n")


def write_articles(size, outdir):
    os.makedirs(outdir, exist_ok=True)
    for old in glob.glob(os.path.join(outdir, "*.txt")):
        os.remove(old)
    total, n = 0, 0
    for line in records(size):
        text = json.loads(line)["text"].encode()
        with open(os.path.join(outdir, f"{n:06d}.txt"), "wb") as f:
            f.write(text)
        total += len(text)
        n += 1
    with open(os.path.join(outdir, "ARTICLES"), "w") as f:
        f.write(f"{n} {total}\n")


def stats(path):
    n = nb = nt = 0
    with open(path, "rb") as f:
        for line in f:
            n += 1
            nb += len(line)
            nt += len(json.loads(line)["text"].encode())
    print(f"{n} {nb} {nt}")


def main(argv):
    if len(argv) >= 3 and argv[0] == "jsonl":
        write_jsonl(parse_size(argv[1]), argv[2])
    elif len(argv) >= 3 and argv[0] == "text":
        write_text(parse_size(argv[1]), argv[2])
    elif len(argv) >= 3 and argv[0] == "articles":
        write_articles(parse_size(argv[1]), argv[2])
    elif len(argv) >= 2 and argv[0] == "stats":
        stats(argv[1])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
