#!/usr/bin/env python3
"""make_pages.py -- how the HTML fixture pages in this directory were made.

The pages imitate the layouts of Indonesian news sites (a Kompas-like,
Detik-like, Antara-like, VOI-like, Tribun-like, Tempo-like, CNN-Indonesia-like
and Liputan6-like site, two old table-layout regional sites in windows-1252
and ISO-8859-1, a WordPress regional site and a site with generated CSS class
names).  Every outlet name, person and event is invented; the layouts and the
article texts (articles/*.txt) were written for these tests.

For each page NAME this writes:
  NAME.html       the page (in the page's charset)
  NAME.body.txt   the hand-marked article body: the article's paragraphs,
                  sub-headings and list items, one per paragraph, separated by
                  blank lines -- no title, byline, captions, "Baca juga"
                  boxes, ads, share bars, tags, comments or editor credits
  NAME.meta       the metadata the page states (title, published, author,
                  url, outlet; empty when the page does not say), plus the
                  HTTP Content-Type for a page whose charset is given only
                  there.  "published" counts when it is machine-readable
                  (meta, JSON-LD, <time>), not a date in running text;
                  "author" when it is marked up (meta, JSON-LD) or labelled
                  in a byline ("Oleh", "Penulis:", "Laporan:"), not a bare
                  name next to the date.

The pages named hand-*.html were written by hand, not by this script, after
the extractor was working on the generated ones (so that they test it on
layouts it was not built against); their .body.txt and .meta were marked by
hand the same way.

Run it from anywhere: python3 make_pages.py.  The output is committed; the
tests read the committed files, not this script.
"""
import html
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def read_article(name):
    with open(os.path.join(HERE, 'articles', name + '.txt'), encoding='utf-8') as f:
        head, body = f.read().split('\n---\n', 1)
    meta = dict(line.split(': ', 1) for line in head.strip().split('\n'))
    blocks = []
    for para in body.strip().split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('- ') for l in lines):
            blocks.append(('ul', [l[2:] for l in lines]))
        elif para.startswith('## '):
            blocks.append(('h2', para[3:]))
        else:
            blocks.append(('p', para.replace('\n', ' ')))
    return meta['title'], blocks


def body_text(blocks):
    out = []
    for kind, v in blocks:
        if kind == 'ul':
            out.extend(v)
        else:
            out.append(v)
    return '\n\n'.join(out) + '\n'


# ----------------------------------------------------------------- noise
HEADLINES = [
    'Polisi Tangkap Dua Pelaku Pencurian Kabel di Jalan Tol Cikampek',
    'Jadwal SIM Keliling di Jakarta Hari Ini, Cek Lokasinya',
    'Cuaca Besok: Hujan Lebat Berpotensi Guyur Sebagian Jawa Barat',
    'Harga Emas Antam Naik Rp 6.000 per Gram Pagi Ini',
    'Timnas U-17 Menang Tipis atas Tamunya dalam Laga Uji Coba',
    '5 Fakta Kebakaran Gudang Kertas di Tangerang',
    'Daftar Tanggal Merah dan Cuti Bersama Tahun Depan',
    'Kemenkes Ingatkan Bahaya Obat Sirup Tanpa Izin Edar',
    'Viral Video Sopir Bus Ugal-ugalan di Tol, Ini Kata Polisi',
    'Pemkot Bandung Perpanjang Masa Tanggap Darurat Sampah',
    'Bocah 7 Tahun Hilang Saat Berenang di Sungai Ditemukan Selamat',
    'Mengenal Tradisi Pacu Jalur yang Mendunia',
    'Sidang Kasus Korupsi Dana Desa Digelar Pekan Depan',
    'Kereta Api Tambahan Disiapkan untuk Libur Akhir Tahun',
    'Ribuan Peserta Ikuti Lari Maraton di Borobudur',
    'Gubernur Minta Bupati Percepat Penyaluran Bantuan Pangan',
]
MENU = ['News', 'Nasional', 'Megapolitan', 'Regional', 'Internasional', 'Ekonomi', 'Bola',
        'Tekno', 'Otomotif', 'Lifestyle', 'Kesehatan', 'Travel', 'Edukasi', 'Foto', 'Video']
COMMENTS = [
    ('Budi_Santoso88', 'Setiap tahun kejadiannya sama terus, tapi tidak ada penyelesaian yang '
     'jelas dari pemerintah daerah. Semoga kali ini benar-benar ditindaklanjuti, jangan cuma '
     'janji waktu kampanye saja, kasihan masyarakat kecil yang selalu jadi korban.'),
    ('ibu_rina', 'Turut prihatin untuk warga yang terdampak. Tolong bantuan disalurkan tepat '
     'sasaran dan petugas di lapangan jangan pilih kasih. Di tempat kami bantuan sering tidak '
     'sampai ke warga yang benar-benar membutuhkan.'),
    ('Anak Rantau', 'Kampung saya di sana, dari dulu memang begitu kondisinya. Mudah-mudahan '
     'berita ini dibaca oleh pejabat yang berwenang supaya ada perubahan yang nyata, bukan '
     'hanya peninjauan lalu foto-foto saja.'),
    ('Hendra W.', 'Beritanya bagus dan lengkap, terima kasih kepada wartawan yang sudah turun '
     'langsung ke lapangan. Kalau bisa ada liputan lanjutan beberapa minggu lagi untuk melihat '
     'apakah janji-janji itu sudah dipenuhi atau belum.'),
    ('warga_biasa', 'Saya setuju dengan pendapat narasumber, tetapi masalahnya ada pada '
     'pengawasan. Aturannya sudah ada sejak lama, hanya saja pelaksanaannya di lapangan masih '
     'jauh dari harapan dan masyarakat tidak tahu harus mengadu ke mana.'),
]
TAGS = ['banjir', 'pemerintah daerah', 'cuaca ekstrem', 'harga pangan', 'pendidikan', 'nelayan',
        'infrastruktur', 'kesehatan']

BIG_SCRIPT = ('window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}'
              'gtag("js",new Date());gtag("config","G-XXXX12345");\n'
              + ''.join('var slot%d = googletag.defineSlot("/1234567/%s_%d", [[300, 250], [336, 280]], '
                        '"div-gpt-ad-%d").addService(googletag.pubads());\n' % (i, 'desktop_article', i, i)
                        for i in range(60)))
BIG_STYLE = ''.join('.c%d{display:flex;margin:0 auto;padding:%dpx %dpx;color:#%06x;font-size:%dpx}\n'
                    % (i, i % 9, i % 13, (i * 7919) % 0xffffff, 12 + i % 6) for i in range(180))
SVG_ICON = ('<svg width="24" height="24" viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 '
            '10 10 10 10-4.48 10-10S17.52 2 12 2zm-1 17.93c-3.95-.49-7-3.85-7-7.93 0-.62.08-1.21.21-'
            '1.79L9 15v1c0 1.1.9 2 2 2v1.93z"/></svg>')


def rnd_headlines(r, n):
    return r.sample(HEADLINES, n)


def menu_ul(cls, base, r, n=None):
    items = MENU if n is None else MENU[:n]
    return ('<ul class="%s">' % cls
            + ''.join('<li><a href="%s/%s">%s</a></li>' % (base, m.lower(), m) for m in items)
            + '</ul>')


def jsonld(obj):
    return ('<script type="application/ld+json">%s</script>'
            % json.dumps(obj, ensure_ascii=False, indent=2).replace('</', '<\\/'))


def news_jsonld(title, url, date, author, outlet, author_list=False):
    a = {'@type': 'Person', 'name': author}
    return jsonld({
        '@context': 'https://schema.org', '@type': 'NewsArticle',
        'mainEntityOfPage': {'@type': 'WebPage', '@id': url},
        'headline': title, 'image': {'@type': 'ImageObject', 'url': url + '/foto.jpg'},
        'datePublished': date, 'dateModified': date,
        'author': [a] if author_list else a,
        'publisher': {'@type': 'Organization', 'name': outlet,
                      'logo': {'@type': 'ImageObject', 'url': 'https://static.example/logo.png'}}})


# ----------------------------------------------------------------- layouts
# Each layout takes (page dict, title, blocks, random) and returns the HTML.

def kabarkini(pg, title, blocks, r):
    url = pg['url']
    out = ['<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<title>%s Halaman all - Kabarkini.com</title>' % esc(title),
           '<meta name="description" content="%s">' % attr(blocks[0][1][:150]),
           '<meta name="content_PublishedDate" content="%s">' % pg['date_sp'],
           '<meta name="content_author" content="%s">' % attr(pg['author']),
           '<meta name="content_category" content="Megapolitan">',
           '<meta property="og:title" content="%s">' % attr(title),
           '<meta property="og:site_name" content="KABARKINI.com">',
           '<meta property="og:url" content="%s">' % url,
           '<meta property="og:type" content="article">',
           '<link rel="canonical" href="%s">' % url,
           '<link rel="stylesheet" href="https://asset.kabarkini.example/css/main.css">',
           news_jsonld(title, url, pg['date_iso'], pg['author'], 'KABARKINI.com', author_list=True),
           '<script>%s</script>' % BIG_SCRIPT, '<style>%s</style>' % BIG_STYLE,
           '</head>\n<body class="read">',
           '<div class="header"><div class="header__wrap"><a class="logo" href="/">%s<img src="/logo.png" alt="Kabarkini.com"></a>' % SVG_ICON,
           '<div class="nav">%s</div>' % menu_ul('nav__menu', '/kanal', r),
           '<form class="search" action="/search"><input type="text" name="q" placeholder="Cari berita..."><button type="submit">Cari</button></form></div></div>',
           '<div class="trending"><span>Trending</span>' + ' '.join('<a href="/tag/%d">#%s</a>' % (i, t) for i, t in enumerate(TAGS[:5])) + '</div>',
           '<div class="container clearfix"><div class="row col-offset-fluid clearfix">',
           '<div class="breadcrumb"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/megapolitan">Megapolitan</a></li></ul></div>',
           '<div class="col-bs10-7">',
           '<h1 class="read__title">%s</h1>' % esc(title),
           '<div class="read__info"><div class="read__info__author">Penulis <a href="/penulis/1">%s</a></div>' % esc(pg['author']),
           '<div class="read__info__date">Kabarkini.com - %s</div></div>' % pg['date_shown'],
           '<div class="social--share"><span>Bagikan:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">Salin Link</a></div>',
           '<div class="photo"><div class="photo__wrap"><img src="/foto/utama.jpg" alt="Ilustrasi"></div>',
           '<div class="photo__caption">Suasana di lokasi kejadian pada hari yang sama. Petugas dan warga tampak bergotong royong membersihkan sisa material. (KABARKINI.com/DOKUMENTASI)</div></div>',
           '<div class="read__content"><div class="clearfix">']
    baca = iter(rnd_headlines(r, 4))
    for i, (kind, v) in enumerate(blocks):
        out.append(render_block(kind, v))
        if i in (1, 4):
            out.append('<p><strong>Baca juga: </strong><a class="inner-link-baca-juga" href="/read/2023/%d">%s</a></p>' % (i, esc(next(baca))))
        if i == 3:
            out.append('<div class="ads-on-body" id="div-gpt-ad-1"><div class="ads-label">ADVERTISEMENT</div></div>')
    out += ['</div></div>',
            '<div class="read__editor"><div class="read__editor__name">Editor : <a href="/editor/9">%s</a></div></div>' % esc(pg['editor']),
            '<div class="kcm__bottom clearfix">Dapatkan update berita pilihan dan breaking news setiap hari dari Kabarkini.com. Mari bergabung di Grup Telegram "Kabarkini.com News Update", caranya klik link berikut, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.</div>',
            '<div class="tag"><h3 class="tag__title">Tag</h3><ul class="tag__article__wrap">' + ''.join('<li class="tag__article__item"><a href="/tag/%s">%s</a></li>' % (t, t) for t in TAGS[:4]) + '</ul></div>',
            '<div class="social--share bottom">' + ''.join('<a href="#">%s</a>' % s for s in ('Facebook', 'Twitter', 'WhatsApp')) + '</div>',
            '<div class="comment" id="comment"><h3>Komentar</h3><div class="comment__list">']
    for name, text in COMMENTS[:3]:
        out.append('<div class="comment__item"><div class="comment__name">%s</div><p class="comment__text">%s</p><div class="comment__act"><a href="#">Balas</a> <a href="#">Suka</a></div></div>' % (esc(name), esc(text)))
    out += ['</div></div>', '</div>',
            '<div class="col-bs10-3"><div class="most"><h3 class="most__title">Terpopuler</h3><ol class="most__list">'
            + ''.join('<li class="most__item"><a class="most__link" href="/read/%d"><h4 class="most__title">%s</h4></a><div class="most__read">%d.%03d dibaca</div></li>' % (i, esc(h), r.randint(1, 90), r.randint(0, 999)) for i, h in enumerate(rnd_headlines(r, 6)))
            + '</ol></div>',
            '<div class="ads-sidebar"><div id="div-gpt-ad-2">ADVERTISEMENT</div></div></div>',
            '</div></div>',
            '<div class="footer"><div class="footer__wrap">%s' % menu_ul('footer__menu', '/info', r, 6),
            '<p class="footer__copy">Copyright 2008 - 2023 PT. Kabar Kini Digital. All Rights Reserved.</p></div></div>',
            '</body>\n</html>\n']
    return '\n'.join(out)


def render_block(kind, v, ptag='p', h='h2'):
    if kind == 'ul':
        return '<ul>' + ''.join('<li>%s</li>' % esc(x) for x in v) + '</ul>'
    if kind == 'h2':
        return '<%s>%s</%s>' % (h, esc(v), h)
    return '<%s>%s</%s>' % (ptag, esc(v), ptag)


def detak(pg, title, blocks, r):
    url = pg['url']
    out = ['<!DOCTYPE html>\n<html lang="id-ID">\n<head>\n<meta charset="utf-8">',
           '<title>%s - detakNews</title>' % esc(title),
           '<meta name="publishdate" content="%s">' % pg['date_slash'],
           '<meta name="author" content="%s - detakNews">' % attr(pg['author']),
           '<meta name="keywords" content="%s">' % ', '.join(TAGS[:3]),
           '<meta property="og:title" content="%s">' % attr(title),
           '<meta property="og:site_name" content="detakNews">',
           '<meta property="og:image" content="https://akcdn.detak.example/community/media/visual/2023/foto.jpeg">',
           '<link rel="canonical" href="%s">' % url,
           '<link rel="amphtml" href="%s/amp">' % url,
           '<script>%s</script>' % BIG_SCRIPT,
           '<script src="https://cdn.detak.example/libs/detak.min.js"></script>',
           '<style>%s</style>' % BIG_STYLE[:3000], '</head>\n<body>',
           '<header class="header"><div class="container"><a href="/" class="header__logo">detakNews</a>',
           '<nav class="navbar">%s</nav>' % menu_ul('nav', '/berita', r, 10),
           '<div class="header__login"><a href="/login">Masuk</a> <a href="/daftar">Daftar</a></div></div></header>',
           '<div class="container"><div class="grid-row content__bg">',
           '<div class="column-8"><article class="detail">',
           '<div class="detail__header"><div class="page__breadcrumb"><a href="/">detakNews</a> <a href="/berita">Berita</a></div>',
           '<h1 class="detail__title">%s</h1>' % esc(title),
           '<div class="detail__author">%s - detakNews</div>' % esc(pg['author']),
           '<div class="detail__date">%s</div></div>' % pg['date_shown'],
           '<div class="detail__media"><figure class="detail__media-image"><img src="/foto.jpeg" alt="foto">',
           '<figcaption class="detail__media-caption">Foto ilustrasi untuk artikel ini. (Dok. detakNews)</figcaption></figure></div>',
           '<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">']
    first = True
    for i, (kind, v) in enumerate(blocks):
        if first and kind == 'p' and ' - ' in v[:30]:
            place, rest = v.split(' - ', 1)
            out.append('<p><strong>%s</strong> - %s</p>' % (esc(place), esc(rest)))
        else:
            out.append(render_block(kind, v, h='h3'))
        first = False
        if i == 1:
            out.append('<div class="parallaxindetail scrollpage"><div class="parallax_ads"><div>ADVERTISEMENT</div><div id="div-gpt-ad-parallax"></div></div><div class="scroll-to-continue">SCROLL TO CONTINUE WITH CONTENT</div></div>')
        if i == 3:
            out.append('<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga: </strong><a href="/berita/d-1">%s</a></div></td></tr></table>' % esc(rnd_headlines(r, 1)[0]))
    out += ['<p><strong>Simak Video "Video: Detik-detik Petugas Evakuasi Warga"</strong></p>',
            '<div class="embed-video"><iframe src="https://20.detak.example/embed/123"></iframe></div>',
            '<!--s:parallaxindetail--><div class="clearfix"></div>',
            '<strong>(%s)</strong>' % pg['code'],
            '</div>',
            '<div class="detail__body-tag mgt-16"><div class="nav">' + ''.join('<a class="nav__item" href="/tag/%s">%s</a>' % (t, t) for t in TAGS[2:6]) + '</div></div>',
            '</div>',
            '<div class="detail__share"><span>Bagikan</span> <a href="#">fb</a> <a href="#">tw</a> <a href="#">wa</a> <a href="#">copy link</a></div>',
            '</article>',
            '<div class="detail__komentar" id="komentar"><div class="komentar-header">Komentar</div>']
    for name, text in COMMENTS[1:4]:
        out.append('<div class="komentar-item"><b>%s</b><span class="komentar-time">2 jam yang lalu</span><div>%s</div><a href="#">Balas</a></div>' % (esc(name), esc(text)))
    out += ['</div>',
            '<div class="box cb-mostpop"><div class="title">Berita Terpopuler</div>'
            + ''.join('<article class="list-content__item"><a href="/b/%d" class="media__link"><h3 class="media__title">%s</h3></a></article>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5)))
            + '</div>',
            '</div>',
            '<div class="column-4 sticky"><div class="box"><div class="title">Video Terkini</div>'
            + ''.join('<div class="media"><a href="/v/%d">%s</a></div>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 4))) + '</div></div>',
            '</div></div>',
            '<footer class="footer"><div class="container">%s<div class="copy">Copyright @ 2023 detakNews. All rights reserved.</div></div></footer>' % menu_ul('footer__nav', '/info', r, 7),
            '</body>\n</html>\n']
    return '\n'.join(out)


def nusantara(pg, title, blocks, r):
    url = pg['url']
    out = ['<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="UTF-8">',
           '<title>%s - NUSANTARA News</title>' % esc(title),
           '<meta property="og:title" content="%s">' % attr(title),
           '<meta property="og:site_name" content="NUSANTARA News">',
           '<meta property="og:url" content="%s">' % url,
           '<meta property="article:published_time" content="%s">' % pg['date_iso'],
           '<meta property="article:section" content="Nusantara">',
           '<link rel="canonical" href="%s">' % url,
           news_jsonld(title, url, pg['date_iso'], pg['author'], 'NUSANTARA News'),
           '<script async src="https://www.googletagmanager.example/gtag/js?id=UA-1"></script>',
           '<script>%s</script>' % BIG_SCRIPT[:2500],
           '</head>\n<body>',
           '<div class="top-header"><div class="container"><span class="date">Rabu, 22 November 2023</span> <a href="/en">English</a> <a href="/foto">Foto</a> <a href="/tv">NUSANTARA TV</a></div></div>',
           '<nav class="navbar navbar-expand-lg">%s</nav>' % menu_ul('navbar-nav mr-auto', '/nusantara', r, 12),
           '<div class="wrapper"><div class="container"><div class="row">',
           '<div class="col-md-8"><div class="post-header">',
           '<h1 class="post-title">%s</h1>' % esc(title),
           '<p class="text-secondary"><i class="fa fa-clock-o"></i> %s</p></div>' % pg['date_shown'],
           '<div class="post-image"><img src="/foto.jpg" alt="foto"><p class="wp-caption-text">Dokumentasi kegiatan yang diberitakan. NUSANTARA/Dok.</p></div>',
           '<div class="post-content clearfix font17">']
    text = []
    for i, (kind, v) in enumerate(blocks):
        text.append(esc(v) if kind == 'p' else render_block(kind, v))
        if i in (1, 4):
            text.append('<span class="baca-juga"><b>Baca juga: </b><a href="/berita/%d">%s</a></span>' % (i, esc(rnd_headlines(r, 1)[0])))
    out.append('<br><br>\n'.join(text) + '<br><br>')
    out += ['<p class="text-muted mt-2 small">Pewarta: %s<br>Editor: %s<br>COPYRIGHT © NUSANTARA 2023</p>' % (esc(pg['author']), esc(pg['editor'])),
            '</div>',
            '<div class="tags-wrapper"><h6>Tag:</h6>' + ''.join('<a href="/tag/%s" class="tags">%s</a>' % (t, t) for t in TAGS[:3]) + '</div>',
            '<div class="share-box">Share <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>',
            '<div class="related-news"><h4>Berita Terkait</h4><ul>' + ''.join('<li><a href="/berita/r%d">%s</a></li>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 4))) + '</ul></div>',
            '</div>',
            '<div class="col-md-4"><div class="widget"><h4>Terpopuler</h4><ol>' + ''.join('<li><a href="/p/%d">%s</a></li>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</ol></div></div>',
            '</div></div></div>',
            '<footer><div class="container"><p>NUSANTARA News adalah kantor berita fiktif yang dibuat untuk pengujian perangkat lunak. Semua berita di halaman ini tidak pernah terjadi.</p>%s<p>Hak cipta dilindungi undang-undang.</p></div></footer>' % menu_ul('footer-links', '/info', r, 5),
            '</body></html>\n']
    return '\n'.join(out)


def voks(pg, title, blocks, r):
    url = pg['url']
    graph = {'@context': 'https://schema.org', '@graph': [
        {'@type': 'WebPage', '@id': url, 'url': url, 'name': title},
        {'@type': 'NewsArticle', '@id': url + '#article', 'isPartOf': {'@id': url},
         'headline': title, 'datePublished': pg['date_iso'], 'dateModified': pg['date_iso'],
         'author': {'@type': 'Person', 'name': pg['author'], 'url': 'https://voks.example/author/x'},
         'publisher': {'@id': 'https://voks.example/#organization'}},
        {'@type': 'Organization', '@id': 'https://voks.example/#organization', 'name': 'VOKS',
         'logo': {'@type': 'ImageObject', 'url': 'https://voks.example/logo.png'}}]}
    out = ['<!doctype html>\n<html lang="id">\n<head>\n<meta charset="utf-8">',
           '<title>%s</title>' % esc(title),
           '<meta property="og:title" content="%s">' % attr(title),
           '<meta property="og:site_name" content="VOKS">',
           '<meta property="og:url" content="%s">' % url,
           '<link rel="canonical" href="%s">' % url,
           jsonld(graph),
           '<script>%s</script>' % BIG_SCRIPT[:4000],
           '</head>\n<body>',
           '<div id="topbar"><a href="/" class="logo">VOKS</a><a href="/en">English</a></div>',
           '<div id="menu" class="mainmenu">%s</div>' % menu_ul('menu-list', '/kanal', r, 9),
           '<div class="main-wrapper"><div class="container"><div class="row">',
           '<div class="col-lg-8 col-content"><div class="article-header">',
           '<h1 class="article-title">%s</h1>' % esc(title),
           '<div class="article-meta"><span class="author">%s</span> | <time datetime="%s">%s</time></div></div>' % (esc(pg['author']), pg['date_iso'], pg['date_shown']),
           '<div class="share-top">' + ''.join('<a class="btn-share" href="#">%s</a>' % s for s in ('Facebook', 'X', 'WhatsApp', 'Line')) + '</div>',
           '<figure class="article-image"><img src="/img.jpg" alt=""><figcaption>Ilustrasi (Foto: Dok. VOKS)</figcaption></figure>',
           '<div class="article-content">']
    for i, (kind, v) in enumerate(blocks):
        out.append(render_block(kind, v))
        if i == 2:
            out.append('<div class="bacajuga"><strong>BACA JUGA:</strong><ul>' + ''.join('<li><a href="/berita/%d">%s</a></li>' % (j, esc(h)) for j, h in enumerate(rnd_headlines(r, 3))) + '</ul></div>')
        if i == 5:
            out.append('<div class="ads_inarticle"><ins class="adsbygoogle" data-ad-slot="123"></ins></div>')
    out += ['</div>',
            '<div class="article-tag"><span>Tag: </span>' + ''.join('<a href="/tag/%s">%s</a> ' % (t, t) for t in TAGS[3:7]) + '</div>',
            '<div class="article-footer-share">Bagikan artikel ini: <a href="#">Facebook</a> <a href="#">X</a></div>',
            '<div class="related-article"><h3>Berita Terkait</h3>' + ''.join('<div class="related-item"><a href="/r/%d"><img src="/t.jpg"><span>%s</span></a></div>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 4))) + '</div>',
            '</div>',
            '<div class="col-lg-4 sidebar"><div class="widget-popular"><h3>Populer</h3>' + ''.join('<div class="pop-item"><span class="num">%d</span><a href="/p/%d">%s</a></div>' % (i + 1, i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</div></div>',
            '</div></div></div>',
            '<footer class="site-footer"><div class="about">VOKS adalah media daring fiktif untuk pengujian. Kantor redaksi: Jalan Contoh Nomor 1, Jakarta.</div>%s<div class="copyright">&copy; 2023 VOKS</div></footer>' % menu_ul('footer-menu', '/info', r, 6),
            '</body>\n</html>\n']
    return '\n'.join(out)


def tribunkota(pg, title, blocks, r):
    url = pg['url']
    out = ['<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
           '<title>%s - TribunKota.com</title>' % esc(title),
           '<meta name="author" content="TribunKota.com">',
           '<meta itemprop="datePublished" content="%s">' % pg['date_iso'],
           '<meta property="og:title" content="%s">' % attr(title),
           '<meta property="og:site_name" content="TribunKota.com">',
           '<meta property="og:url" content="%s">' % url,
           '<link rel="canonical" href="%s">' % url,
           news_jsonld(title, url, pg['date_iso'], pg['author'], 'TribunKota.com'),
           '<script>%s</script>' % BIG_SCRIPT,
           '<style>%s</style>' % BIG_STYLE,
           '</head>\n<body>',
           '<div id="header" class="header"><div class="main"><a href="/" id="logo">TribunKota</a>%s</div>' % menu_ul('navmenu', '/kanal', r, 13),
           '<div class="subnav">' + ' | '.join('<a href="/%s">%s</a>' % (m.lower(), m) for m in ('Garut', 'Tasikmalaya', 'Ciamis', 'Bandung', 'Cimahi')) + '</div></div>',
           '<div id="ads-billboard" class="ads-billboard">ADVERTISEMENT</div>',
           '<div class="main"><div class="content"><div id="article" class="fl w677">',
           '<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/regional">Regional</a></div>',
           '<h1 id="arttitle" class="f50 black2 f400 crimson">%s</h1>' % esc(title),
           '<div class="credit"><div class="mt5"><a href="/penulis/s">Penulis: %s</a> | Editor: %s</div>' % (esc(pg['author']), esc(pg['editor'])),
           '<time class="grey">%s</time></div>' % pg['date_shown'],
           '<div class="ovh pt10 pb10"><div class="share-box">' + ''.join('<a class="sfb" href="#">%s</a>' % s for s in ('Share', 'Tweet', 'WhatsApp')) + '</div></div>',
           '<div class="ovh imgfull_div"><img src="/foto.jpg"><div class="arial f12 grey2 pt5 pb5">Ilustrasi gempa bumi. (TribunKota.com/Dok)</div></div>',
           '<div id="article_con"><div class="side-article txt-article multi-fontsize">']
    for i, (kind, v) in enumerate(blocks):
        out.append(render_block(kind, v))
        if i in (1, 5):
            out.append('<p class="baca"><strong>Baca juga: <a href="/read/%d">%s</a></strong></p>' % (i, esc(rnd_headlines(r, 1)[0])))
        if i == 3:
            out.append('<div id="ads-mid" class="ads-mid"><div class="ads-label">ADVERTISEMENT</div><div id="div-gpt-ad-mid"></div></div>')
    out += ['<p>Artikel ini telah tayang di <a href="https://tribunkota.example">TribunKota.com</a> dengan judul %s</p>' % esc(title),
            '</div>',
            '<div class="paging"><span>Halaman 1/1</span> <a href="?page=all">Tampilkan Semua</a></div>',
            '<div class="gnews-box"><a href="https://news.google.example/x">Ikuti kami di Google News</a></div>',
            '<div class="tagcloud3"><h5>Tags:</h5>' + ''.join('<a href="/tag/%s" class="rd2">%s</a>' % (t, t) for t in TAGS[:5]) + '</div>',
            '<div id="comment-box" class="comment-box"><h3>Berikan Komentar</h3><div class="fb-comments" data-href="%s"></div>' % url,
            ''.join('<div class="fbcomment"><a href="#">%s</a><p>%s</p></div>' % (esc(n), esc(t)) for n, t in COMMENTS[2:5]),
            '</div>',
            '<div class="terkait"><h3>Berita Terkait</h3><ul>' + ''.join('<li><a href="/read/t%d">%s</a></li>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</ul></div>',
            '</div></div>',
            '<div id="right" class="fr w300"><div class="populer"><h3>Terpopuler</h3><ul>' + ''.join('<li><a href="/p/%d">%s</a></li>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 6))) + '</ul></div></div>',
            '</div></div>',
            '<div id="footer" class="footer">%s<p>&copy; 2023 TribunKota.com, Jaringan media daring fiktif untuk pengujian.</p></div>' % menu_ul('footnav', '/info', r, 8),
            '</body>\n</html>\n']
    return '\n'.join(out)


def tempa(pg, title, blocks, r):
    url = pg['url']
    out = ['<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">',
           '<title>%s | tempa.co</title>' % esc(title),
           '<meta name="author" content="%s">' % attr(pg['author']),
           '<meta property="article:published_time" content="%s">' % pg['date_iso'],
           '<meta property="og:title" content="%s">' % attr(title),
           '<meta property="og:site_name" content="Tempa.co">',
           '<meta property="og:url" content="%s">' % url,
           '<link rel="canonical" href="%s">' % url,
           '<script>%s</script>' % BIG_SCRIPT[:3000],
           '</head>\n<body>',
           '<header class="site-header"><div class="logo"><a href="/">TEMPA.CO</a></div>',
           '<nav class="main-nav">%s</nav>' % menu_ul('main-nav__list', '/kanal', r, 11),
           '<div class="header-search"><form><input name="q"><button>Cari</button></form></div></header>',
           '<main id="main"><div class="wrapper"><section class="col-left">',
           '<article class="detail-artikel">',
           '<div class="breadcrumb"><a href="/">Home</a> / <a href="/bisnis">Bisnis</a></div>',
           '<h1 class="title">%s</h1>' % esc(title),
           '<div class="detail-title"><div class="reporter"><span>Reporter:</span> <a href="/penulis/a">%s</a></div><div class="editor"><span>Editor:</span> <a href="/penulis/b">%s</a></div>' % (esc(pg['author']), esc(pg['editor'])),
           '<div class="date">%s</div></div>' % pg['date_shown'],
           '<div class="share-sosmed">Bagikan <a href="#">f</a> <a href="#">t</a> <a href="#">w</a></div>',
           '<div class="foto-detail"><img src="/foto.jpg"><div class="foto-caption">Ilustrasi. TEMPA/Dok</div></div>',
           '<div class="detail-in" id="isi">']
    for i, (kind, v) in enumerate(blocks):
        out.append(render_block(kind, v))
        if i == 2:
            out.append('<p><strong>Baca juga:</strong> <a href="/read/%d">%s</a></p>' % (i, esc(rnd_headlines(r, 1)[0])))
        if i == 4:
            out.append('<div class="ads-inside"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-in"></div></div>')
    out += ['<p><strong>Pilihan Editor:</strong> <a href="/read/pe">%s</a></p>' % esc(rnd_headlines(r, 1)[0]),
            '</div>',
            '<div class="tags-detail"><span>Topik terkait</span>' + ''.join('<a href="/tag/%s">%s</a>' % (t, t) for t in TAGS[1:5]) + '</div>',
            '<div class="box-subscribe">Berlangganan newsletter Tempa.co untuk mendapatkan berita pilihan setiap pagi langsung di kotak masuk surel Anda. Gratis dan bisa berhenti kapan saja.</div>',
            '</article>',
            '<section class="artikel-terkait"><h2>Artikel Terkait</h2>' + ''.join('<div class="card"><a href="/read/c%d"><h3>%s</h3></a><p class="card__date">21 November 2023</p></div>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 4))) + '</section>',
            '</section>',
            '<aside class="col-right"><div class="terpopuler"><h2>Terpopuler</h2><ol>' + ''.join('<li><a href="/p/%d">%s</a></li>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</ol></div></aside>',
            '</div></main>',
            '<footer class="site-footer">%s<p>Tempa.co adalah situs berita fiktif yang dibuat untuk pengujian. &copy; 2023 Tempa Media Grup.</p></footer>' % menu_ul('footer-nav', '/info', r, 6),
            '</body>\n</html>\n']
    return '\n'.join(out)


def lensa(pg, title, blocks, r):
    url = pg['url']
    out = ['<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">',
           '<title>%s</title>' % esc(title),
           '<meta property="og:title" content="%s">' % attr(title),
           '<meta property="og:site_name" content="LENSA Indonesia">',
           '<meta property="og:url" content="%s">' % url,
           '<meta name="robots" content="index, follow">',
           '<link rel="canonical" href="%s">' % url,
           news_jsonld(title, url, pg['date_iso'], pg['author'], 'LENSA Indonesia'),
           '<script>%s</script>' % BIG_SCRIPT,
           '<style>%s</style>' % BIG_STYLE[:5000],
           '</head>\n<body class="bg-white">',
           '<header class="sticky top-0"><div class="flex"><a href="/" class="logo">%s LENSA Indonesia</a></div>' % SVG_ICON,
           '<nav class="flex gap-4">%s</nav></header>' % menu_ul('flex gap-2 text-sm', '/kanal', r, 12),
           '<div class="container mx-auto"><div class="flex gap-8"><div class="w-leftcontent min-w-0">',
           '<div class="text-cnn_grey text-sm mb-4">%s</div>' % pg['date_shown'],
           '<h1 class="mb-2 text-[28px] leading-9 text-cnn_black">%s</h1>' % esc(title),
           '<div class="text-cnn_red text-sm">%s, LENSA Indonesia</div>' % esc(pg['author']),
           '<div class="flex gap-2 share">' + ''.join('<a href="#" class="share-%s">%s</a>' % (s.lower(), s) for s in ('Facebook', 'Twitter', 'Whatsapp', 'Copy')) + '</div>',
           '<div class="detail-image my-5"><figure><img src="/foto.jpg"><figcaption class="text-xs">Ilustrasi. (LENSA Indonesia/Dok)</figcaption></figure></div>',
           '<div class="detail-wrap flex gap-4 relative"><div class="detail-text text-cnn_black text-sm grow min-w-0">']
    for i, (kind, v) in enumerate(blocks):
        out.append(render_block(kind, v))
        if i == 1:
            out.append('<table class="linksisip"><tr><td><div class="linksisip-title">Lihat Juga :</div><ul>' + ''.join('<li><a href="/l/%d">%s</a></li>' % (j, esc(h)) for j, h in enumerate(rnd_headlines(r, 2))) + '</ul></td></tr></table>')
        if i == 3:
            out.append('<div class="paradetail"><div class="text-xs">ADVERTISEMENT</div><div class="text-xs">SCROLL TO CONTINUE WITH CONTENT</div></div>')
    out += ['<p class="text-xs">(%s)</p>' % pg['code'],
            '</div></div>',
            '<div class="flex flex-wrap gap-2 mt-4">' + ''.join('<a class="label" href="/tag/%s">%s</a>' % (t, t) for t in TAGS[4:8]) + '</div>',
            '<div class="mt-8"><h2 class="text-cnn_red">BACA JUGA</h2>' + ''.join('<article class="flex"><a href="/b/%d"><span class="text-base">%s</span></a></article>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</div>',
            '</div>',
            '<div class="w-rightcontent shrink-0"><div class="sticky"><h3>TERPOPULER</h3>' + ''.join('<article><a href="/p/%d">%d. %s</a></article>' % (i, i + 1, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</div></div>',
            '</div></div>',
            '<footer class="bg-cnn_black text-white"><div class="container">%s<p>LENSA Indonesia - media fiktif untuk pengujian perangkat lunak. Hak cipta &copy; 2023.</p></div></footer>' % menu_ul('flex', '/info', r, 8),
            '</body>\n</html>\n']
    return '\n'.join(out)


def lapan6(pg, title, blocks, r):
    url = pg['url']
    out = ['<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">',
           '<title>%s - News Lapan6.com</title>' % esc(title),
           '<meta name="author" content="%s">' % attr(pg['author']),
           '<meta property="article:published_time" content="%s">' % pg['date_iso'],
           '<meta property="og:title" content="%s">' % attr(title),
           '<meta property="og:site_name" content="lapan6.com">',
           '<meta property="og:url" content="%s">' % url,
           '<link rel="canonical" href="%s">' % url,
           '<script>%s</script>' % BIG_SCRIPT[:5000],
           '</head>\n<body>',
           '<header class="navbar"><a href="/" class="navbar__logo">Lapan6</a>%s</header>' % menu_ul('navbar__menu', '/kanal', r, 10),
           '<div class="main-container"><div class="main-container__left">',
           '<article class="main hentry">',
           '<header class="read-page--header"><h1 class="read-page--header--title entry-title">%s</h1>' % esc(title),
           '<div class="read-page--header--author__wrapper"><a class="read-page--header--author__link" href="/penulis/x"><span class="read-page--header--author__name fn">%s</span></a>' % esc(pg['author']),
           '<p class="read-page--header--author__datetime-wrapper"><time class="read-page--header--author__datetime updated" datetime="%s">%s</time></p></div></header>' % (pg['date_iso'], pg['date_shown']),
           '<div class="read-page--top-media"><figure><img src="/foto.jpg"><figcaption class="read-page--photo-gallery--item__caption">Ilustrasi (Lapan6.com/Dok)</figcaption></figure></div>',
           '<div class="article-content-body article-content-body_with-aside">']
    # the body comes in "pages" of three paragraphs, with ads between them
    pages = [blocks[i:i + 3] for i in range(0, len(blocks), 3)]
    for n, pblocks in enumerate(pages):
        out.append('<div class="article-content-body__item-page" data-page="%d"><div class="article-content-body__item-content">' % (n + 1))
        for kind, v in pblocks:
            out.append(render_block(kind, v))
        out.append('</div></div>')
        if n == 0:
            out.append('<div class="baca-juga-collections"><div class="baca-juga-collections__title">Baca Juga</div><ul>' + ''.join('<li><a href="/read/%d">%s</a></li>' % (j, esc(h)) for j, h in enumerate(rnd_headlines(r, 3))) + '</ul></div>')
        if n < len(pages) - 1:
            out.append('<div class="article-ad article-ad_mid"><div class="advertisement-text">Advertisement</div><div id="gpt-ad-%d"></div></div>' % n)
    out += ['</div>',
            '<div class="tags--snippet"><span class="tags--snippet__title">Topik Terkait</span>' + ''.join('<a class="tags--snippet__link" href="/tag/%s">%s</a>' % (t, t) for t in TAGS[:4]) + '</div>',
            '<div class="article-share"><span>Share</span> <a href="#">Facebook</a> <a href="#">Twitter</a></div>',
            '</article>',
            '<section class="related-news"><h2>Berita Terkait</h2>' + ''.join('<article><a href="/r/%d"><h3>%s</h3></a></article>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 4))) + '</section>',
            '</div>',
            '<aside class="main-container__right"><div class="widget"><h3>Terpopuler</h3>' + ''.join('<a href="/p/%d">%s</a>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</div></aside>',
            '</div>',
            '<footer class="footer">%s<p class="footer__copyright">Lapan6.com - situs berita fiktif untuk pengujian. Copyright 2023.</p></footer>' % menu_ul('footer__list', '/info', r, 6),
            '</body>\n</html>\n']
    return '\n'.join(out)


def pelita(pg, title, blocks, r):
    """An old table-layout regional site in windows-1252, no Open Graph."""
    out = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n<HEAD>',
           '<META http-equiv="Content-Type" content="text/html; charset=windows-1252">',
           '<TITLE>%s - Pelita Timur Online</TITLE>' % esc(title),
           '<META name="keywords" content="berita, flores, maluku, nusa tenggara">',
           '<LINK href="style.css" rel="stylesheet" type="text/css">',
           '<SCRIPT language="JavaScript">function MM_swapImage(){var i,j=0,x,a=MM_swapImage.arguments;}</SCRIPT>',
           '</HEAD>\n<BODY bgcolor="#FFFFFF" leftmargin="0" topmargin="0">',
           '<TABLE width="780" border="0" cellpadding="0" cellspacing="0" align="center">',
           '<TR><TD colspan="2"><IMG src="img/banner.gif" width="780" height="90" alt="Pelita Timur"></TD></TR>',
           '<TR><TD colspan="2" bgcolor="#003366"><FONT color="#FFFFFF" size="2">' + ' | '.join('<A href="index.php?kat=%d"><FONT color="#FFFFFF">%s</FONT></A>' % (i, m) for i, m in enumerate(['Depan', 'Daerah', 'Ekonomi', 'Olahraga', 'Opini', 'Surat Pembaca'])) + '</FONT></TD></TR>',
           '<TR><TD width="170" valign="top" bgcolor="#EEEEEE"><TABLE width="100%"><TR><TD><B>Berita Lain</B></TD></TR>'
           + ''.join('<TR><TD><FONT size="1"><A href="berita.php?id=%d">%s</A></FONT></TD></TR>' % (100 + i, esc(h)) for i, h in enumerate(rnd_headlines(r, 6)))
           + '</TABLE><BR><CENTER><A href="iklan.php"><IMG src="img/iklan1.gif" alt="Pasang Iklan"></A></CENTER></TD>',
           '<TD width="610" valign="top"><TABLE width="100%" cellpadding="8"><TR><TD>',
           '<FONT face="Arial" size="2" color="#999999">%s</FONT><BR>' % pg['date_shown'],
           '<H1><FONT face="Georgia" color="#003366">%s</FONT></H1>' % esc(title),
           '<FONT face="Arial" size="2"><I>Laporan: %s</I></FONT><BR><BR>' % esc(pg['author']),
           '<FONT face="Arial" size="3">']
    text = []
    for kind, v in blocks:
        text.append(esc(v))
    out.append('<BR><BR>\n'.join(text))
    out += ['</FONT><BR><BR>',
            '<FONT size="1">[ <A href="javascript:window.print()">Cetak</A> | <A href="kirim.php">Kirim ke Teman</A> | <A href="index.php">Kembali</A> ]</FONT>',
            '</TD></TR></TABLE></TD></TR>',
            '<TR><TD colspan="2" align="center" bgcolor="#003366"><FONT color="#FFFFFF" size="1">Copyright © 2003-2023 Pelita Timur Online. Redaksi: Jl. Contoh No. 7, Maumere. Situs fiktif untuk pengujian.</FONT></TD></TR>',
            '</TABLE>\n</BODY>\n</HTML>\n']
    return '\n'.join(out)


def khatulistiwa(pg, title, blocks, r):
    """An old PHP site in ISO-8859-1 with the title after the site name."""
    out = ['<html>\n<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
           '<title>Suara Khatulistiwa :: %s</title>' % esc(title),
           '<meta name="date" content="%s">' % pg['date_ymd'],
           '<meta name="author" content="%s">' % attr(pg['author']),
           '<link rel="stylesheet" href="css/sk.css">',
           '</head>\n<body>',
           '<div id="kepala"><img src="img/logo.jpg" alt="Suara Khatulistiwa"><div id="menu">' + ' &middot; '.join('<a href="?p=%s">%s</a>' % (m.lower(), m) for m in MENU[:8]) + '</div></div>',
           '<div id="isi">',
           '<div id="kiri">',
           '<div class="judul"><h2>%s</h2></div>' % esc(title),
           '<div class="info">Oleh %s &middot; %s</div>' % (esc(pg['author']), pg['date_shown']),
           '<div class="teks">']
    for kind, v in blocks:
        out.append('<p align="justify">%s</p>' % esc(v))
    out += ['</div>',
            '<div class="kirim"><a href="?cetak=1">Versi cetak</a> | <a href="?kirim=1">Kirim berita ini</a></div>',
            '<div class="terkait"><b>Berita terkait:</b><br>' + '<br>'.join('&raquo; <a href="?id=%d">%s</a>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 4))) + '</div>',
            '</div>',
            '<div id="kanan"><div class="kotak"><b>Jajak Pendapat</b><br>Apakah Anda setuju jam kerja dimajukan saat cuaca panas?<br><input type="radio" name="j"> Setuju<br><input type="radio" name="j"> Tidak setuju<br><input type="submit" value="Pilih"></div>',
            '<div class="kotak"><b>Terpopuler</b><br>' + '<br>'.join('<a href="?id=p%d">%s</a>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</div></div>',
            '</div>',
            '<div id="kaki">Suara Khatulistiwa &copy; 2002-2023 &middot; Pontianak &middot; situs fiktif untuk pengujian</div>',
            '</body>\n</html>\n']
    return '\n'.join(out)


def wordpress(pg, title, blocks, r):
    url = pg['url']
    site = 'Wonolestari Pos'
    person = 'https://wonolestaripos.example/#/schema/person/8f1c2a'
    graph = {'@context': 'https://schema.org', '@graph': [
        {'@type': 'Article', '@id': url + '#article', 'isPartOf': {'@id': url},
         'author': {'name': pg['author'], '@id': person}, 'headline': title,
         'datePublished': pg['date_iso'], 'dateModified': pg['date_iso'],
         'mainEntityOfPage': {'@id': url}, 'publisher': {'@id': 'https://wonolestaripos.example/#organization'},
         'articleSection': ['Daerah'], 'inLanguage': 'id'},
        {'@type': 'WebPage', '@id': url, 'url': url, 'name': title + ' - ' + site},
        {'@type': 'Organization', '@id': 'https://wonolestaripos.example/#organization', 'name': site},
        {'@type': 'Person', '@id': person, 'name': pg['author'],
         'url': 'https://wonolestaripos.example/author/redaksi/'}]}
    out = ['<!DOCTYPE html>\n<html lang="id-ID">\n<head>\n<meta charset="UTF-8">',
           '<title>%s - %s</title>' % (esc(title), site),
           '<meta property="og:locale" content="id_ID">',
           '<meta property="og:type" content="article">',
           '<meta property="og:title" content="%s - %s">' % (attr(title), site),
           '<meta property="og:url" content="%s">' % url,
           '<meta property="og:site_name" content="%s">' % site,
           '<meta property="article:published_time" content="%s">' % pg['date_iso'],
           '<meta name="author" content="%s">' % attr(pg['author']),
           '<link rel="canonical" href="%s">' % url,
           '<script type="application/ld+json" class="yoast-schema-graph">%s</script>' % json.dumps(graph, ensure_ascii=False),
           "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css' media='all'>",
           '<style id="global-styles-inline-css">%s</style>' % BIG_STYLE[:6000],
           '</head>\n<body class="post-template-default single single-post postid-4821 single-format-standard">',
           '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Langsung ke konten</a>',
           '<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">%s</a></p><p class="site-description">Kabar dari Bumi Wonolestari</p></div>' % site,
           '<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button>%s</nav></header>' % menu_ul('menu', '/category', r, 8),
           '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">',
           '<article id="post-4821" class="post-4821 post type-post status-publish format-standard has-post-thumbnail hentry category-daerah">',
           '<header class="entry-header"><h1 class="entry-title">%s</h1>' % esc(title),
           '<div class="entry-meta"><span class="posted-on">Diposting pada <a href="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time></a></span> <span class="byline">oleh <span class="author vcard"><a class="url fn n" href="/author/redaksi/">%s</a></span></span></div></header>' % (url, pg['date_iso'], pg['date_shown'], esc(pg['author'])),
           '<div class="post-thumbnail"><img width="800" height="450" src="/wp-content/uploads/2023/12/foto.jpg" class="attachment-post-thumbnail" alt=""></div>',
           '<div class="entry-content">']
    for i, (kind, v) in enumerate(blocks):
        out.append(render_block(kind, v))
        if i == 2:
            out.append('<p><strong>Baca Juga:</strong> <a href="/daerah/%d/">%s</a></p>' % (i, esc(rnd_headlines(r, 1)[0])))
    out += ['<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Bagikan ini:</h3><div class="sd-content"><ul><li><a href="#" class="share-facebook">Facebook</a></li><li><a href="#" class="share-twitter">X</a></li><li><a href="#" class="share-jetpack-whatsapp">WhatsApp</a></li></ul></div></div></div>',
            '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Terkait</em></h3>' + ''.join('<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/r/%d/">%s</a></h4><p class="jp-relatedposts-post-context">Dalam &quot;Daerah&quot;</p></div>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 3))) + '</div>',
            '</div>',
            '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/daerah/" rel="category tag">Daerah</a></span> <span class="tags-links">Tagged ' + ', '.join('<a href="/tag/%s/" rel="tag">%s</a>' % (t, t) for t in TAGS[:3]) + '</span></footer>',
            '</article>',
            '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/p/prev/" rel="prev">%s</a></div><div class="nav-next"><a href="/p/next/" rel="next">%s</a></div></div></nav>' % tuple(esc(h) for h in rnd_headlines(r, 2)),
            '<div id="comments" class="comments-area"><h2 class="comments-title">3 tanggapan untuk &ldquo;%s&rdquo;</h2><ol class="comment-list">' % esc(title)]
    for n, (name, text) in enumerate(COMMENTS[:3]):
        out.append('<li id="comment-%d" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b> <span class="says">berkata:</span></div><div class="comment-metadata"><a href="#comment-%d"><time datetime="%s">%s</time></a></div></footer><div class="comment-content"><p>%s</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Balas</a></div></article></li>' % (n, esc(name), n, pg['date_iso'], pg['date_shown'], esc(text)))
    out += ['</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *</p><p class="comment-form-comment"><label for="comment">Komentar</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" value="Kirim Komentar"></p></form></div></div>',
            '</main></div>',
            '<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">Cari untuk:</span><input type="search" class="search-field" placeholder="Cari &hellip;"></label><input type="submit" class="search-submit" value="Cari"></form></section>',
            '<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Pos-pos Terbaru</h2><ul>' + ''.join('<li><a href="/n/%d/">%s</a></li>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</ul></section>',
            '<section id="text-3" class="widget widget_text"><h2 class="widget-title">Tentang Kami</h2><div class="textwidget"><p>%s adalah media daring lokal fiktif yang dibuat untuk pengujian perangkat lunak. Kami memberitakan peristiwa di Kabupaten Wonolestari dan sekitarnya sejak 2015, dengan redaksi di Jalan Merdeka Nomor 12.</p></div></section></aside>' % site,
            '</div>',
            '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2023 %s. Ditenagai oleh WordPress.</div></footer></div>' % site,
            "<script src='/wp-content/plugins/jetpack/_inc/build/photon/photon.min.js' id='jetpack-photon-js'></script>",
            '</body>\n</html>\n']
    return '\n'.join(out)


def css_hash(r):
    return 'css-' + ''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(6))


def ruangkabar(pg, title, blocks, r):
    """Generated class names (a React site): only text density can tell."""
    url = pg['url']
    c = {k: css_hash(r) for k in ('wrap', 'nav', 'main', 'col', 'body', 'p', 'side', 'card', 'cm', 'cmi', 'foot', 'head', 'meta')}
    next_data = json.dumps({'props': {'pageProps': {'article': {'id': 7781, 'slug': 'x', 'title': title,
                                                                'summary': blocks[0][1][:120]}}}, 'page': '/[slug]'})
    out = ['<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charSet="utf-8"/>',
           '<title>%s | RuangKabar</title>' % esc(title),
           '<meta property="og:title" content="%s"/>' % attr(title),
           '<meta property="og:site_name" content="RuangKabar"/>',
           '<meta property="og:url" content="%s"/>' % url,
           '<meta property="article:published_time" content="%s"/>' % pg['date_iso'],
           '<link rel="canonical" href="%s"/>' % url,
           news_jsonld(title, url, pg['date_iso'], pg['author'], 'RuangKabar'),
           '<style data-emotion="css">%s</style>' % BIG_STYLE,
           '</head>\n<body><div id="__next">',
           '<div class="%s"><div class="%s"><a href="/">RuangKabar</a>%s</div>' % (c['wrap'], c['nav'], ''.join('<a class="%s" href="/%s">%s</a>' % (c['nav'], m.lower(), m) for m in MENU[:9])),
           '<div class="%s"><div class="%s">' % (c['main'], c['col']),
           '<h1 class="%s">%s</h1>' % (c['head'], esc(title)),
           '<div class="%s"><span>%s</span><span>%s</span></div>' % (c['meta'], esc(pg['author']), pg['date_shown']),
           '<div class="%s"><img src="/img.webp" alt=""/><span>Foto: Dok. RuangKabar</span></div>' % c['meta'],
           '<div class="%s">' % c['body']]
    for i, (kind, v) in enumerate(blocks):
        out.append('<p class="%s">%s</p>' % (c['p'], esc(v)) if kind == 'p' else render_block(kind, v))
        if i == 3:
            out.append('<div class="%s"><span>Baca juga:</span><a href="/b/1">%s</a></div>' % (c['card'], esc(rnd_headlines(r, 1)[0])))
    out += ['</div>',
            '<div class="%s">' % c['meta'] + ''.join('<a href="/tag/%s">#%s</a>' % (t, t) for t in TAGS[:4]) + '</div>',
            '<section class="%s"><h3>Komentar (4)</h3>' % c['cm']]
    for name, text in COMMENTS[:4]:
        out.append('<div class="%s"><div><b>%s</b> <span>3 jam lalu</span></div><p>%s</p><div><button>Balas</button> <button>Suka</button></div></div>' % (c['cmi'], esc(name), esc(text)))
    out += ['</section>',
            '<div class="%s"><h3>Artikel Lainnya</h3>' % c['side'] + ''.join('<div class="%s"><a href="/a/%d">%s</a></div>' % (c['card'], i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</div>',
            '</div>',
            '<div class="%s"><h3>Terpopuler</h3>' % c['side'] + ''.join('<div class="%s"><a href="/p/%d">%s</a></div>' % (c['card'], i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</div>',
            '</div>',
            '<div class="%s"><p>RuangKabar adalah media fiktif untuk pengujian. Alamat redaksi: Jalan Contoh 21, Medan.</p>%s</div>' % (c['foot'], ''.join('<a href="/i/%d">%s</a>' % (i, m) for i, m in enumerate(MENU[:6]))),
            '</div></div>',
            '<script id="__NEXT_DATA__" type="application/json">%s</script>' % next_data,
            '</body>\n</html>\n']
    return '\n'.join(out)


def metropakuan(pg, title, blocks, r):
    """windows-1252 with the charset given only by the HTTP header."""
    out = ['<html>\n<head>',
           '<title>Metro Pakuan | %s</title>' % esc(title),
           '</head>\n<body>',
           '<table width="100%"><tr><td class="logo"><b>METRO PAKUAN</b></td><td class="menu">' + ' | '.join('<a href="/k/%d">%s</a>' % (i, m) for i, m in enumerate(MENU[:7])) + '</td></tr></table>',
           '<div class="wrap"><div class="kolom-utama">',
           '<h1>%s</h1>' % esc(title),
           '<div class="tgl"><time datetime="%s">%s</time> &ndash; %s</div>' % (pg['date_ymd'], pg['date_shown'], esc(pg['author'])),
           '<div class="naskah">']
    for kind, v in blocks:
        out.append('<p>%s</p>' % esc(v))
    out += ['</div>',
            '<div class="baca-lagi"><b>Baca lagi:</b><ul>' + ''.join('<li><a href="/b/%d">%s</a></li>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 3))) + '</ul></div>',
            '</div><div class="kolom-kanan"><b>Indeks Berita</b><ul>' + ''.join('<li><a href="/i/%d">%s</a></li>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</ul></div></div>',
            '<div class="kaki">Metro Pakuan &ndash; Bogor. Situs fiktif untuk pengujian.</div>',
            '</body>\n</html>\n']
    return '\n'.join(out)


def benuaetam(pg, title, blocks, r):
    """Paragraphs as <div>s, a related box and an inline ad inside the body."""
    url = pg['url']
    out = ['<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">',
           '<title>%s</title>' % esc(title),
           '<meta name="author" content="%s">' % attr(pg['author']),
           '<meta property="og:title" content="%s">' % attr(title),
           '<meta property="og:site_name" content="Benua Etam News">',
           '<meta property="article:published_time" content="%s">' % pg['date_iso'],
           '<link rel="canonical" href="%s">' % url,
           '<script>%s</script>' % BIG_SCRIPT[:2000],
           '</head>\n<body>',
           '<div class="topnav">%s</div>' % menu_ul('topnav-list', '/k', r, 8),
           '<div class="page"><div class="left">',
           '<div class="judul-berita"><h1>%s</h1></div>' % esc(title),
           '<div class="penulis">Penulis: %s &bull; %s</div>' % (esc(pg['author']), pg['date_shown']),
           '<div class="isi-berita">']
    for i, (kind, v) in enumerate(blocks):
        out.append('<div class="paragraf">%s</div>' % esc(v))
        if i == 2:
            out.append('<div class="berita-terkait-inline"><span>Berita terkait</span><a href="/b/1">%s</a></div>' % esc(rnd_headlines(r, 1)[0]))
        if i == 4:
            out.append('<div class="iklan-tengah"><img src="/iklan/bank.gif" alt="iklan"><span>Iklan</span></div>')
    out += ['</div>',
            '<div class="bagikan">Bagikan: <a href="#">WA</a> <a href="#">FB</a> <a href="#">X</a></div>',
            '</div>',
            '<div class="right"><div class="populer"><h3>Populer</h3>' + ''.join('<div><a href="/p/%d">%s</a></div>' % (i, esc(h)) for i, h in enumerate(rnd_headlines(r, 5))) + '</div></div>',
            '</div>',
            '<div class="footer">Benua Etam News &copy; 2023 &bull; Samarinda &bull; situs fiktif untuk pengujian</div>',
            '</body>\n</html>\n']
    return '\n'.join(out)


LAYOUTS = {f.__name__: f for f in (kabarkini, detak, nusantara, voks, tribunkota, tempa, lensa, lapan6,
                                    pelita, khatulistiwa, wordpress, ruangkabar, metropakuan, benuaetam)}

# name, article, layout, author, editor, date (ISO), time, outlet, url, charset
PAGES = [
    ('kabarkini-banjir-bekasi', 'banjir-bekasi', 'kabarkini', 'Dimas Prasetyo', 'Ayu Lestari', '2023-11-14', '10:15', 'KABARKINI.com', 'https://megapolitan.kabarkini.example/read/2023/11/14/10150011/banjir-rendam-400-rumah-di-bekasi-utara'),
    ('kabarkini-beasiswa-ntt', 'beasiswa-ntt', 'kabarkini', 'Sigiranus Marutho', 'Ayu Lestari', '2023-11-09', '14:02', 'KABARKINI.com', 'https://regional.kabarkini.example/read/2023/11/09/14020071/pemprov-ntt-siapkan-beasiswa'),
    ('detak-krl-manggarai', 'krl-manggarai', 'detak', 'Rizki Amelia', '', '2023-11-20', '08:57', 'detakNews', 'https://news.detak.example/berita/d-7051234/gangguan-sinyal-di-manggarai'),
    ('detak-cabai-kramatjati', 'cabai-kramatjati', 'detak', 'Fajar Nugroho', '', '2023-12-06', '11:20', 'detakNews', 'https://finance.detak.example/berita-ekonomi-bisnis/d-7077812/harga-cabai-rawit'),
    ('nusantara-pupuk-lampung', 'pupuk-lampung', 'nusantara', 'Hendra Kurniawan', 'Rahmad Nasution', '2023-11-17', '16:42', 'NUSANTARA News', 'https://www.nusantaranews.example/berita/3826112/petani-lampung-tengah-keluhkan-pupuk'),
    ('nusantara-rabies-bali', 'rabies-bali', 'nusantara', 'Ni Putu Eka Wiratmini', 'Rahmad Nasution', '2023-11-28', '13:05', 'NUSANTARA News', 'https://www.nusantaranews.example/berita/3844501/dinas-peternakan-bali-vaksinasi'),
    ('voks-nelayan-natuna', 'nelayan-natuna', 'voks', 'Yudha Setiawan', '', '2023-11-25', '18:30', 'VOKS', 'https://voks.example/berita/331245/nelayan-natuna-minta-patroli-laut-diperketat'),
    ('voks-kopi-gayo', 'kopi-gayo', 'voks', 'Cut Nurul Aini', '', '2023-11-30', '09:45', 'VOKS', 'https://voks.example/berita/332190/ekspor-kopi-gayo-naik-18-persen'),
    ('tribunkota-gempa-garut', 'gempa-garut', 'tribunkota', 'Siti Nurjanah', 'Dedy Herdiana', '2023-12-03', '21:40', 'TribunKota.com', 'https://garut.tribunkota.example/2023/12/03/gempa-magnitudo-48-guncang-garut'),
    ('tribunkota-sepakbola', 'sepakbola-persiwa', 'tribunkota', 'Bayu Aji Nugroho', 'Dedy Herdiana', '2023-11-18', '17:55', 'TribunKota.com', 'https://jateng.tribunkota.example/2023/11/18/persiwa-raya-tumbangkan-tamu-3-1'),
    ('tempa-rupiah-melemah', 'rupiah-melemah', 'tempa', 'Ananda Putri', 'Grace Gandhi', '2023-11-21', '16:20', 'Tempa.co', 'https://bisnis.tempa.example/read/1800123/rupiah-melemah-ke-15-780-per-dolar-as'),
    ('tempa-karhutla-kalteng', 'karhutla-kalteng', 'tempa', 'Karana Wijaya', 'Grace Gandhi', '2023-10-13', '12:10', 'Tempa.co', 'https://nasional.tempa.example/read/1782299/kebakaran-lahan-gambut-di-pulang-pisau-meluas'),
    ('lensa-debat-pilkada', 'debat-pilkada', 'lensa', 'Tim LENSA Indonesia', '', '2023-10-25', '22:14', 'LENSA Indonesia', 'https://www.lensaindonesia.example/nasional/20231025221400-32-1015/debat-perdana-pilkada-kota-sukamaju'),
    ('lensa-startup-phk', 'startup-phk', 'lensa', 'Yoga Pratama', '', '2023-11-16', '15:03', 'LENSA Indonesia', 'https://www.lensaindonesia.example/ekonomi/20231116150300-92-1022/perusahaan-rintisan-logistik-kirimin-phk'),
    ('lapan6-festival-sentani', 'festival-sentani', 'lapan6', 'Katharina Janur', '', '2023-06-15', '19:00', 'lapan6.com', 'https://www.lapan6.example/news/read/5318821/festival-danau-sentani-kembali-digelar'),
    ('lapan6-dbd-depok', 'dbd-depok', 'lapan6', 'Dicky Agung Prihanto', '', '2023-12-18', '14:35', 'lapan6.com', 'https://www.lapan6.example/health/read/5481001/kasus-dbd-di-depok-naik'),
    ('pelita-dermaga-maumere', 'dermaga-maumere', 'pelita', 'Kornelis Moa Nita', '', '2023-11-08', '', 'Pelita Timur Online', ''),
    ('pelita-kopra-halmahera', 'kopra-halmahera', 'pelita', 'Fahrul Marsaoly', '', '2023-11-27', '', 'Pelita Timur Online', ''),
    ('khatulistiwa-panas-pontianak', 'panas-pontianak', 'khatulistiwa', 'Agus Wahyuni', '', '2023-10-12', '', 'Suara Khatulistiwa', ''),
    ('wonolestari-pasar-sumberrejo', 'pasar-sumberrejo', 'wordpress', 'Redaksi Wonolestari Pos', '', '2023-12-04', '13:48', 'Wonolestari Pos', 'https://wonolestaripos.example/2023/12/04/bupati-resmikan-pasar-rakyat-sumberrejo/'),
    ('wonolestari-sekolah-rusak', 'sekolah-rusak', 'wordpress', 'Nur Hidayah', '', '2023-11-10', '09:12', 'Wonolestari Pos', 'https://wonolestaripos.example/2023/11/10/atap-ruang-kelas-sd-negeri-3-karanganyar-ambruk/'),
    ('ruangkabar-listrik-sumut', 'listrik-sumut', 'ruangkabar', 'Tigor Simanjuntak', '', '2023-12-04', '16:05', 'RuangKabar', 'https://ruangkabar.example/berita/pemadaman-bergilir-landa-medan-dan-sekitarnya'),
    ('ruangkabar-taman-surabaya', 'taman-surabaya', 'ruangkabar', 'Lailatul Fitria', '', '2023-10-22', '08:30', 'RuangKabar', 'https://ruangkabar.example/berita/surabaya-buka-taman-kota-baru'),
    ('metropakuan-angkot-bogor', 'angkot-bogor', 'metropakuan', 'Asep Saepudin', '', '2023-11-07', '', 'Metro Pakuan', ''),
    ('benuaetam-jembatan-kutai', 'jembatan-kutai', 'benuaetam', 'Paulus Lung', '', '2023-11-29', '20:10', 'Benua Etam News', 'https://benuaetam.example/berita/2023/11/29/jembatan-gantung-kutai-barat-putus'),
]

CHARSET = {'pelita': 'windows-1252', 'metropakuan': 'windows-1252', 'khatulistiwa': 'iso-8859-1'}
BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
         'Oktober', 'November', 'Desember']
HARI = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu']


def main():
    import datetime
    for i, (name, art, layout, author, editor, date, tm, outlet, url) in enumerate(PAGES):
        title, blocks = read_article(art)
        d = datetime.date.fromisoformat(date)
        t = tm or '00:00'
        pg = {'author': author, 'editor': editor or 'Redaktur', 'url': url,
              'date_iso': '%sT%s:00+07:00' % (date, t), 'date_sp': '%s %s:00' % (date, t),
              'date_slash': '%s %s:00' % (date.replace('-', '/'), t), 'date_ymd': date,
              'date_shown': '%s, %d %s %d %s WIB' % (HARI[d.weekday()], d.day, BULAN[d.month - 1], d.year, t) if tm
              else '%s, %02d %s %d' % (HARI[d.weekday()], d.day, BULAN[d.month - 1], d.year),
              'code': ['rdp/imk', 'aik/fas', 'dna/tsa', 'mhr/has'][i % 4]}
        r = random.Random(name)
        page = LAYOUTS[layout](pg, title, blocks, r)
        cs = CHARSET.get(layout, 'utf-8')
        with open(os.path.join(HERE, name + '.html'), 'wb') as f:
            f.write(page.encode(cs))
        with open(os.path.join(HERE, name + '.body.txt'), 'w', encoding='utf-8') as f:
            f.write(body_text(blocks))
        # what a reader of the page would note down; "published" only when
        # the page says it in a machine-readable way (meta, JSON-LD, <time>)
        has_date = layout not in ('pelita',)
        has_author = layout != 'metropakuan' 
        meta = [('title', title), ('published', date if has_date else ''),
                ('author', author if has_author else ''), ('url', url), ('outlet', outlet)]
        if layout == 'metropakuan':
            meta.append(('http-content-type', 'text/html; charset=windows-1252'))
        with open(os.path.join(HERE, name + '.meta'), 'w', encoding='utf-8') as f:
            for k, v in meta:
                f.write('%s: %s\n' % (k, v))


if __name__ == '__main__':
    main()
