# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""The Sunflower WordPress site's page shell and related-post card (templates of ``wp.py``)."""

from __future__ import annotations

from tests.generators.blind.text import (
    Release,
    attr,
    esc,
    long_date,
)
from tests.generators.blind.wp_data import (
    WPH,
)


def wp_page(title: str, main: str, body_class: str, head: str = "") -> str:
    menu = [
        (
            "Aktuelles",
            "/aktuelles/",
            [
                ("Pressemitteilungen", "/category/pressemitteilungen/"),
                ("Aus dem Gemeinderat", "/category/kommunalpolitik/"),
                ("Aus dem Ortsverband", "/category/ortsverband/"),
            ],
        ),
        ("Über uns", "/ueber-uns/", [("Vorstand", "/vorstand/"), ("Termine", "/termine/")]),
        ("Mitmachen", "/mitmachen/", [("Mitgliederbereich", "/mitgliederbereich/")]),
    ]
    items = "".join(
        f'<li itemscope="itemscope" itemtype="https://www.schema.org/SiteNavigationElement" class="menu-item menu-item-type-post_type '
        f'menu-item-has-children dropdown nav-item"><a title="{attr(lab)}" href="{WPH}{href}" data-toggle="dropdown" aria-haspopup="true" '
        f'aria-expanded="false" class="dropdown-toggle nav-link"><span itemprop="name">{esc(lab)}</span></a>\n<ul class="dropdown-menu" role="menu">'
        + "".join(
            f'<li class="menu-item nav-item"><a title="{attr(s)}" href="{WPH}{u}" class="dropdown-item"><span itemprop="name">{esc(s)}</span></a></li>'
            for s, u in subs
        )
        + "</ul>\n</li>\n"
        for lab, href, subs in menu
    )
    return f"""<!doctype html>
<html lang="de">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>{esc(title)} &#8211; GRÜNE Kirchberg (Ems)</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="GRÜNE Kirchberg (Ems) &raquo; Feed" href="{WPH}/feed/" />
<link rel="alternate" type="application/rss+xml" title="GRÜNE Kirchberg (Ems) &raquo; Kommentar-Feed" href="{WPH}/comments/feed/" />
{head}<link rel='stylesheet' id='wp-block-library-css' href='{WPH}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='sunflower-style-css' href='{WPH}/wp-content/themes/sunflower/style.css?ver=2.1.4' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='{WPH}/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1714562187' media='all' />
<script src="{WPH}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{WPH}/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{WPH}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.3" />
</head>

<body class="{body_class} wp-embed-responsive">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Springe zum Inhalt</a>
	<header id="masthead" class="site-header">
		<nav class="navbar bg-darkgreen navbar-top navbar-expand-md"><div class="container"><div class="some-profiles d-flex">
		<a href="https://www.instagram.com/gruene_kirchberg_ems/" target="_blank" title="Instagram" class="social-media-profile" rel="me"><i class="fab fa-instagram"></i></a>
		<a href="https://gruene.social/@kirchberg_ems" target="_blank" title="Mastodon" class="social-media-profile" rel="me"><i class="fab fa-mastodon"></i></a></div>
		<div class="d-flex flex-row-reverse"><form class="form-inline my-2 my-md-0 search d-flex" action="{WPH}"><label for="topbar-search" class="visually-hidden">Suche</label><input class="form-control form-control-sm topbar-search-q" name="s" type="text" placeholder="Suche" aria-label="Suche" id="topbar-search"></form>
		<ul id="topmenu" class="navbar-nav small"><li class="menu-item nav-item"><a href="https://www.gruene.de/mitglied-werden" class="nav-link">Mitglied werden</a></li><li class="menu-item nav-item"><a href="{WPH}/kontakt/" class="nav-link">Kontakt</a></li></ul></div>
		</div></nav>
		<div class="container-fluid bloginfo bg-primary"><div class="container d-flex align-items-center"><div class="img-container"><a href="{WPH}/" rel="home"><img src="{WPH}/wp-content/themes/sunflower/assets/img/sunflower.svg" class="" alt="Sonnenblume - Logo"></a></div>
		<div><a href="{WPH}" class="d-block h5 text-white bloginfo-name no-link">GRÜNE Kirchberg (Ems)</a><a href="{WPH}" class="d-block h6 text-white bloginfo-description no-link">Ortsverband Kirchberg (Ems)</a></div></div></div>
	</header><!-- #masthead -->
	<div id="navbar-sticky-detector"></div>
	<nav class="navbar navbar-main navbar-expand-lg navbar-light bg-white"><div class="container">
	<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainmenu-container" aria-controls="mainmenu" aria-expanded="false" aria-label="Toggle navigation"><i class="fas fa-times close"></i><i class="fas fa-bars open"></i></button>
	<div class="collapse navbar-collapse" id="mainmenu-container"><ul id="mainmenu" class="navbar-nav mr-auto">
{items}</ul></div></div></nav>
	<div id="content" class="container container-narrow ">
		<div class="row"><div class="col-12">
{main}
		</div></div>
	</div><!-- #content -->
	<footer id="colophon" class="site-footer">
		<div class="container site-info"><div class="row">
			<div class="col-12 col-md-4 d-flex justify-content-center justify-content-md-start"><div class="social-media-profiles d-flex"><a href="https://www.instagram.com/gruene_kirchberg_ems/" target="_blank" title="Instagram" class="social-media-profile" rel="me"><i class="fab fa-instagram"></i></a></div></div>
			<div class="col-12 col-md-4 p-2 justify-content-center d-flex"><nav class="navbar navbar-top navbar-expand-md "><div class="text-center "><ul id="footer1" class="navbar-nav small">
			<li class="menu-item nav-item"><a href="{WPH}/kontakt/" class="nav-link">Kontakt</a></li><li class="menu-item nav-item"><a href="{WPH}/impressum/" class="nav-link">Impressum</a></li><li class="menu-item nav-item"><a href="{WPH}/datenschutz/" class="nav-link">Datenschutz</a></li><li class="menu-item nav-item"><a href="{WPH}/mitgliederbereich/" class="nav-link">Intern</a></li><li class="menu-item nav-item"><a href="{WPH}/wp-admin/" class="nav-link">Anmelden</a></li></ul></div></nav></div>
			<div class="col-12 col-md-4 d-flex justify-content-center justify-content-md-end"><ul class="navbar-nav small"><li><a href="{WPH}/feed/" class="nav-link">RSS-Feed</a></li></ul></div>
		</div>
		<div class="row"><div class="col-12 mt-3 mb-3 d-flex justify-content-center"><img class="img-fluid" src="{WPH}/wp-content/themes/sunflower/assets/img/logo-diegruenen.png" alt="Logo BÜNDNIS 90/DIE GRÜNEN"></div></div>
		<div class="row d-block d-lg-none mb-5"><div class="col-12"><p class="small text-center">BÜNDNIS 90/DIE GRÜNEN · Ortsverband Kirchberg (Ems) · Marktstraße 9 · 49744 Kirchberg</p></div></div>
		</div>
	</footer><!-- #colophon -->
</div><!-- #page -->
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Cookie-Zustimmung verwalten</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>Wir verwenden Cookies, um unsere Website und unseren Service zu optimieren.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Akzeptieren</button><button class="cmplz-btn cmplz-deny">Ablehnen</button></div>
<div class="cmplz-links cmplz-documents"><a href="{WPH}/datenschutz/" class="cmplz-link privacy-statement">Datenschutzerklärung</a><a href="{WPH}/impressum/" class="cmplz-link impressum">Impressum</a></div></div></div>
<script src="{WPH}/wp-content/themes/sunflower/assets/vndr/bootstrap/dist/js/bootstrap.bundle.min.js?ver=2.1.4" id="bootstrap-js"></script>
<script src="{WPH}/wp-includes/js/comment-reply.min.js?ver=6.5.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


def wp_card(o: Release, link: str, heading: str = "h2") -> str:
    return (
        f'<article class="bg-white mb-4 has-shadow"><div class="p-45"><div class="entry-meta mb-2"><time class="entry-date published" '
        f'datetime="{o.iso}T{o.hour:02d}:{o.minute:02d}:00+02:00">{long_date(o.published)}</time></div>'
        f'<{heading} class="card-title h4 mb-3"><a href="{link}" rel="bookmark">{esc(o.title)}</a></{heading}>'
        f'<div class="entry-content"><p>{esc(o.teaser(30))}</p></div>'
        f'<div class="d-flex flex-row-reverse"><a href="{link}" class="continue-reading">weiterlesen</a></div></div></article>\n'
    )
