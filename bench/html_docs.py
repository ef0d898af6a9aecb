r"""False alarms on human French documentation in HTML: manuals translated from English by people,
audited page by page as articles (`mtaudit audit PAGE.html …`).

Usage: python bench/html_docs.py --set dev|a|…|t [--per-package 12] [--seed 1] [--work DIR] [--jobs 2]
                                 [--no-fetch] [--majors FILE [--sample 15]] [--judged FILE]

Downloads the Debian packages of the set with `apt-get download` (nothing is installed; run `apt-get
update` first), unpacks them with `dpkg-deb -x`, takes their French HTML pages (every page of a
package named *-fr; else a path with a `fr` or `fr-FR` folder, or a name in `.fr.html`), draws up to
--per-package of them per package with random.Random(f"{seed}:{package}"), audits them with the
rules as they are, and prints per package and over all: pages, words, major-or-worse findings per
5,000 words, pages passing, median quality, and the majors by rule. --majors writes the majors
(page, rule, text, the line around it) for judging, all or a random sample of --sample per package;
--judged reads such a file back with a verdict ("real defect" / "false alarm") in its second column,
and each package's false alarms are estimated as its majors times the share of false alarms among
its judged majors that the run still finds (a judged sample of an earlier run stays a random sample
of the majors a later rule change leaves, as long as it adds none).

Sets, each written down before any of its pages was audited:
- dev: maint-guide-fr and aptitude-doc-fr, every page (--per-package 0). Read while designing stop 59's
  step (code elements of HTML are code), so not a measure.
- a (2026-12-06, stop 59, written after that step, before any of it was audited): Debian's French
  manuals and the French help of a few programs. The rules were never designed on them; three of
  them (debian-reference-fr, debian-faq-fr, developers-reference-fr) are the prose the part-of-speech
  model of the quality estimate counts (bench/build_pos_ngrams.py), which moves no finding.
  scilab-doc-fr ships its help in Java archives: no page of it is read. Its judged sample,
  bench/results/html_docs_a_sample_judged.tsv, is 15 majors per package (all of a package with
  fewer) drawn with random.Random(59) from the run of 6598584, before the steps designed on it.
- b (2026-12-06, stop 59, written after the steps designed on set a, before any of it was audited):
  the French help of GIMP, LinuxCNC, ExpEYES and LibreOffice, and the Debian Administrator's
  Handbook's French edition (fr-FR). The rules were never designed on them; the word-trigram probe of
  stop 35 (not shipped) counted the first two.
- c (2026-12-06, stop 59, written after set b was judged, before any of it was audited): the Ubuntu
  packaging guide in French, built by Sphinx (the last package of French HTML this machine's Debian
  lists that no set has; debian-edu-doc-legacy-fr is older editions of set a's manual).
- d (2026-12-06, stop 60, written before any of it was audited, with the stop's first two steps, for
  translation files, not yet committed): packages whose names do not say French but which ship a French
  edition beside others: the Debian installation guide (fr), the Securing Debian Manual (harden-doc,
  fr-FR), the Debian Live manual (.fr.html) and the Debian project's history (.fr.html). Its judged
  sample, bench/results/html_docs_d_sample_judged.tsv, is the run's `--majors F --sample 15` on 74dd8a7,
  before the steps designed on it.
- e (2026-12-06, stop 61, written before any of it was audited, on stop 60's final rules): GNOME's help
  in French, the user guide (gnome-user-docs) and seven programs' help. GNOME writes its help in Mallard
  (`help/fr/<doc>/*.page`, translated by people through PO files); the bench renders each French
  document to HTML with yelp-tools' `yelp-build html` (bench only: `apt-get install yelp-tools`), the
  pages help.gnome.org publishes, and audits those. Its judged files: bench/results/html_docs_e_sample_judged.tsv
  (15 majors per package drawn with --sample 15 from the blind run on stop 60's final rules) and
  html_docs_e_footer_judged.tsv (every major left after the first step designed on it, the page's footer).
- f (2026-12-06, stop 61, written after the steps designed on set e, before any of it was audited): the help
  of nine more GNOME programs, rendered the same way (a package without French help in Mallard adds no page:
  gnome-maps has none, rhythmbox's is DocBook). Its judged file, bench/results/html_docs_f_judged.tsv, is every
  major of its blind run on be97171.
- g (2026-12-06, stop 62, written before any of it was audited, on the stop's first commits): French man pages,
  translated by people (the manpages-l10n project's manpages-fr and manpages-fr-dev, and the pages dpkg, apt,
  man-db, po4a and procps ship in French). The bench renders each page (usr/share/man/fr/man*/) to HTML with
  mandoc (`mandoc -Thtml`; bench only: `apt-get install mandoc`), as man page sites publish them; a page that
  only points to another (`.so`) is left out. Stop 35's word-trigram probe (not shipped) counted manpages-fr
  and manpages-fr-dev; no rule was designed on them. Its judged sample, bench/results/html_docs_g_sample_judged.tsv,
  is 15 majors per package drawn from the blind run (seed 1, as --sample 15 draws them) on 28ad35d.
- h (2026-12-06, stop 62, written after the first two steps designed on set g, before any of it was audited): more French
  man pages, rendered the same way: those debhelper, devscripts, dpkg-dev, passwd, login, xz-utils, debianutils,
  adduser and apt-utils ship. Its judged sample, bench/results/html_docs_h_sample_judged.tsv, is 15 majors per
  package drawn from the blind run (seed 1) on 8444976.
- i (2026-12-06, stop 62, written after every step designed on set g and after set h was judged, before any of it was
  audited, on the stop's final rules): the French man pages of psmisc, sensible-utils, po-debconf, debconf-utils,
  vim-common, vim-runtime, apt-listchanges, debsums, apt-show-versions and deborphan. Its judged file,
  bench/results/html_docs_i_judged.tsv, is every major of its blind run on fdd49a8.
- j (2026-12-07, stop 63, written after the stop's two steps designed on sets g, h and i, before any of it was
  fetched or audited): the French man pages of fourteen more packages (live-build, schroot, fakeroot, net-tools,
  svn-buildpackage, live-boot-doc, live-config-doc, aptitude-common, debconf-doc, bootlogd, dselect, doc-base, menu,
  synaptic), found by listing which Debian packages ship usr/share/man/fr.
- k (2026-12-07, stop 64, written before any of it was fetched or audited, before the stop's steps): every package
  that ships three French man pages or more (`apt-file search -x 'usr/share/man/fr/.*\\.gz$'`, bookworm) and no
  earlier set has: calibre, kdesdk-scripts, cups-client, cups-daemon, cups, debconf-i18n, vim-gui-common, gputils,
  cups-ppdc, cups-ipp-utils, sysvinit-core, poxml, mkvtoolnix, dos2unix, cups-bsd, amule-utils, wesnoth-1.16-core,
  rubber, bilibop-common, awesome and amule-utils-gui. Its judged sample, bench/results/html_docs_k_sample_judged.tsv,
  is 6 majors per package (all of a package with fewer) drawn with --sample 6 from its blind run on 6b3efde.
- l (2026-12-07, stop 65, written before any of it was fetched or audited, before the stop's steps): every package
  that ships exactly two French man pages (the same listing) and no earlier set has: wine, weechat-curses, verbiste,
  uidmap, plasma-sdk, open-infrastructure-system-boot, multistrap, module-assistant, mbmon, live-tools, kiwix-tools,
  jpegpixi, inkscape, drumgizmo, ddtc, cryptmount, bilibop-lockfs, auto-multiple-choice-common, amule-daemon, acheck.
  Its judged sample, bench/results/html_docs_l_sample_judged.tsv, is 6 majors per package (all of a package with
  fewer) drawn with --sample 6 from its blind run on 482433f (stop 64's final rules).
- m (2026-12-07, stop 65, written after the stop's steps, before any of it was fetched or audited): 40 of the 115
  packages that ship exactly one French man page (the same listing) and no earlier set has, drawn with
  random.Random(65).sample(sorted(packages), 40). Its judged sample, bench/results/html_docs_m_sample_judged.tsv,
  is 3 majors per package (all of a package with fewer) drawn with --sample 3 from its blind run on 3f5b0b0.
- n (2026-12-07, stop 66, written before any of it was fetched or audited, before the stop's steps): 40 of the 75
  packages that ship exactly one French man page (the same listing) and no earlier set has, drawn with
  random.Random(66).sample(sorted(packages), 40). Its judged sample, bench/results/html_docs_n_sample_judged.tsv,
  is 3 majors per package (all of a package with fewer) drawn with --sample 3 from its blind run on 3dd494c.
- o (2026-12-07, stop 66, written after the stop's steps designed on sets g to n, before any of it was fetched or
  audited): the other 35 packages that ship exactly one French man page (the same listing) and no earlier set has.
  Its judged sample, bench/results/html_docs_o_sample_judged.tsv, is 3 majors per package drawn the same way from
  its blind run on a6fec8f.
- p (2026-12-07, stop 67, written before any of it was fetched or audited, before the stop's steps): KDE's handbooks
  in French. KDE writes its documentation in DocBook, translated by people through PO files; each package ships the
  pages its help centre shows, rendered, in usr/share/doc/HTML/fr/DOC/index.cache.bz2 (every page in one file, each
  in a <FILENAME filename="…"> element); the bench writes each page out and audits it. Of the 113 packages that ship
  one (`apt-file search -x 'usr/share/doc/HTML/fr/.*index.cache.bz2$'`, bookworm), the 100 no earlier set has, 30
  drawn with random.Random(67).sample(sorted(packages), 30). Their French man pages, if any, are read too. Its judged
  sample, bench/results/html_docs_p_sample_judged.tsv, is 3 majors per package (all of a package with fewer) drawn
  as --sample 3 draws them from its blind run on 2d22472 (stop 66's final rules).
- q (2026-12-07, stop 67, written with p, before any of either was fetched or audited): 30 more of the same 100, drawn
  by the same generator right after p, from those p did not take. Its judged sample,
  bench/results/html_docs_q_sample_judged.tsv, is 3 majors per package drawn the same way from its blind run on 0624ab0
  (the stop's steps designed on p and the earlier sets).
- r (2026-12-07, stop 67, written after set q was judged and the steps designed on it, before any of it was fetched or
  audited): the other 40 of the same 100, every KDE package that ships a French handbook and no earlier set has. Its
  judged sample, bench/results/html_docs_r_sample_judged.tsv, is 3 majors per package drawn the same way from its
  blind run on ceffe44 (the stop's final rules).
- s (2026-12-07, stop 68, written before any of it was fetched or audited, before the stop's steps): GNOME's help in
  French again, rendered with yelp-build as for sets e and f. Of the 77 packages that ship a French Mallard document
  (`apt-file search -x 'usr/share/help/fr/[^/]+/index\.page$'`, bookworm; GNOME's programs, a few MATE ones and
  others that write their help in Mallard), the 61 no earlier set has, 30 drawn with
  random.Random(68).sample(sorted(packages), 30). Their French man pages, if any, are read too. Its judged sample,
  bench/results/html_docs_s_sample_judged.tsv, is 3 majors per package drawn as --sample 3 draws them from its blind
  run on 4b3837f (stop 67's final rules).
- t (2026-12-07, stop 68, written with s, before any of either was fetched or audited): the other 31 of the same 61.
  Its judged sample, bench/results/html_docs_t_sample_judged.tsv, is 3 majors per package drawn the same way from its
  blind run on 4d497d9 (the stop's steps designed on s).
"""
from __future__ import annotations

import argparse
import bz2
import csv
import gzip
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

SETS = {
    "dev": ["maint-guide-fr", "aptitude-doc-fr"],
    "a": ["developers-reference-fr", "debian-faq-fr", "debian-reference-fr", "debian-edu-doc-fr",
          "texworks-help-fr", "lilypond-doc-html-fr", "gosa-help-fr", "scilab-doc-fr", "kicad-doc-fr"],
    "b": ["gimp-help-fr", "linuxcnc-doc-fr", "expeyes-doc-fr", "eyes17-manuals-fr", "libreoffice-help-fr",
          "debian-handbook"],
    "c": ["ubuntu-packaging-guide-html-fr"],
    "d": ["installation-guide-amd64", "harden-doc", "live-manual-html", "debian-history"],
    "e": ["gnome-user-docs", "evince-common", "gnome-terminal-data", "gedit-common", "totem-common", "eog",
          "gnome-calculator", "file-roller"],
    "f": ["baobab", "gnome-system-monitor", "gnome-clocks", "gnome-maps", "rhythmbox-data", "simple-scan", "seahorse",
          "gnome-logs", "gnome-boxes"],
    "g": ["manpages-fr", "manpages-fr-dev", "dpkg", "apt", "man-db", "po4a", "procps"],
    "h": ["debhelper", "devscripts", "dpkg-dev", "passwd", "login", "xz-utils", "debianutils", "adduser", "apt-utils"],
    "i": ["psmisc", "sensible-utils", "po-debconf", "debconf-utils", "vim-common", "vim-runtime", "apt-listchanges",
          "debsums", "apt-show-versions", "deborphan"],
    "j": ["live-build", "schroot", "fakeroot", "net-tools", "svn-buildpackage", "live-boot-doc", "live-config-doc",
          "aptitude-common", "debconf-doc", "bootlogd", "dselect", "doc-base", "menu", "synaptic"],
    "k": ["calibre", "kdesdk-scripts", "cups-client", "cups-daemon", "cups", "debconf-i18n", "vim-gui-common", "gputils",
          "cups-ppdc", "cups-ipp-utils", "sysvinit-core", "poxml", "mkvtoolnix", "dos2unix", "cups-bsd", "amule-utils",
          "wesnoth-1.16-core", "rubber", "bilibop-common", "awesome", "amule-utils-gui"],
    "l": ["wine", "weechat-curses", "verbiste", "uidmap", "plasma-sdk", "open-infrastructure-system-boot", "multistrap",
          "module-assistant", "mbmon", "live-tools", "kiwix-tools", "jpegpixi", "inkscape", "drumgizmo", "ddtc",
          "cryptmount", "bilibop-lockfs", "auto-multiple-choice-common", "amule-daemon", "acheck"],
    "m": ["ark", "bilibop-rules", "debian-reference-common", "dfc", "dnsmasq-base", "drascula", "goobox", "help2man",
          "hping3", "kalzium-data", "kbruch", "kfind", "kmousetool", "kmouth", "kpackagetool5", "ktouch-data",
          "libcups2-dev", "libkf5kdelibs4support5-bin", "libkf5service-bin", "linux-base", "live-clone", "locales", "lpe",
          "lure-of-the-temptress", "mplayer-gui", "nmap", "padthv1", "page-crunch", "plasma-framework",
          "python3-mecavideo", "python3-pysnmp4-mibs", "qjackctl", "qmidinet", "qsampler", "qxgedit", "wine64-tools",
          "xawtv", "xine-ui", "xmbmon", "zita-at1"],
    "n": ["acheck-rules", "amule", "apt-src", "base-passwd", "colobot", "cron-apt", "cups-server-common", "dgedit",
          "dnsmasq-base-lua", "freetable", "gramps", "gtkatlantic", "kded5", "keditbookmarks", "kig", "kmag", "kmod",
          "kmplot", "kvirc", "le-dico-de-rene-cougnenc", "man2html-base", "mkvtoolnix-gui", "mplayer", "polyphone",
          "powermanga", "pt2-clone", "qmidiarp", "qmidiroute", "restartd", "rpm-i18n", "samplv1", "secure-delete",
          "sitecopy", "slimevolley", "sonic-visualiser", "swami", "synthv1", "tilix", "wcd", "wesnoth-1.16-server"],
    "o": ["apt-build", "apt-show-source", "bambam", "bambootracker", "debarchiver", "dragonplayer", "drumkv1", "giada",
          "gliv", "ifcico", "isoquery", "khangman", "kinit", "kio", "libkf5configwidgets-data", "libkf5jsembed-dev",
          "libkf5kjs-dev", "mencoder", "nano-tiny", "okular", "open-infrastructure-system-config", "pdf2djvu",
          "pppconfig", "qelectrotech", "qsynth", "qtractor", "reptyr", "tecnoballz", "unhide", "verbiste-gtk",
          "weechat-headless", "worker", "xmountains", "xxd", "zita-rev1"],
    "p": ["blinken", "cantor", "cervisia", "juk", "kamoso", "kapptemplate", "katomic", "kcachegrind", "kcharselect",
          "kde-cli-tools-data", "kdenlive-data", "kfourinline", "kgoldrunner", "kgpg", "khotkeys-data", "killbots",
          "kmahjongg", "kmail", "kmenuedit", "kmines", "kmix", "knetwalk", "kolf", "konqueror", "krdc", "kstars-data",
          "kteatime", "ktuberling-data", "kwin-data", "partitionmanager"],
    "q": ["akregator", "bomber", "bovo", "kapman", "kblocks", "kde-config-cron", "kfloppy", "kgamma5", "kigo",
          "kimagemapeditor", "kio-extras-data", "kio-gopher", "kiriki", "knights", "kolourpaint", "kpat", "kphotoalbum",
          "kreversi", "ksirk", "kspaceduel", "ksquares", "ksudoku", "ksystemlog", "ktorrent-data", "kturtle", "kubrick",
          "marble-data", "powerdevil-data", "skanlite", "skrooge-common"],
    "r": ["choqok", "filelight", "granatier", "k3b-i18n", "kamera", "kblackbox", "kbounce", "kbreakout", "kcalc",
          "kde-config-cddb", "kdepim-runtime", "kdf", "kdiamond", "kget", "kile-doc", "kinfocenter", "kio-audiocd",
          "kiten", "kjumpingcube", "klickety", "klines", "knavalbattle", "knotes", "kollision", "konquest",
          "konversation-data",
          "krfb", "kruler", "kshisen", "ksnakeduel", "ktimer", "libkf5kdelibs4support-data", "lokalize", "lskat-data",
          "palapeli-data", "picmi", "plasma-workspace-data", "step", "sweeper", "tellico-doc"],
    "s": ["atril-common", "bijiben", "burner-common", "cheese-common", "deja-dup", "epiphany-browser-data",
          "evolution-common", "frogr-data", "gbrainy", "gnome-chess", "gnome-devel-docs", "gnome-music", "gnome-nettool",
          "gnome-nibbles", "gnome-photos", "gnome-sudoku", "gnome-taquin", "gnome-tetravex", "gnote", "gthumb-data",
          "kupfer", "latexila-data", "lightsoff", "mate-calc-common", "metadata-cleaner", "ocrfeeder", "pitivi", "polari",
          "swell-foop", "zenity-common"],
    "t": ["accerciser", "anjuta-common", "brasero-common", "devhelp-common", "easytag", "five-or-more",
          "font-manager-common", "four-in-a-row", "geary", "ghex", "giggle", "glabels-data", "gnome-connections",
          "gnome-dictionary", "gnome-mahjongg", "gnome-mines", "gnome-robots", "gnome-system-log", "gnome-text-editor",
          "gtranslator", "hamster-time-tracker", "hitori", "iagno", "modem-manager-gui-help", "orca", "parlatype",
          "pluma-plugins-common", "quadrapassel", "shotwell-common", "vinagre", "xiphos-data"],
}
KDE_SETS = frozenset("pqr")  # the sets that read KDE's handbooks (m, n and o have KDE packages: their man pages only)
FRENCH_PAGE = re.compile(r"(?:/fr(?:[-_]FR)?/.*|\.fr)\.html?$")
MIN_WORDS = 20  # a page with fewer is a redirect or an index of links


def fetch(packages: list[str], into: Path, kde: bool = False) -> dict[str, list[Path]]:
    """{package: its French HTML pages}, unpacked under into/package; kde: with its KDE handbooks' pages."""
    pages = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in packages:
            run = subprocess.run(["apt-get", "download", "-q", name], cwd=tmp, capture_output=True, text=True)
            debs = sorted(Path(tmp).glob(f"{name}_*.deb"))
            if run.returncode or not debs:
                print(f"skipped {name}: {run.stderr.strip()[-200:] or 'download failed'}", file=sys.stderr)
                continue
            root = into / name
            subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(root)], check=True)
            mallard(root)
            man_pages(root)
            if kde:
                kde_help(root)
            pages[name] = french_pages(root, name)
    return pages


def mallard(root: Path) -> None:
    """Renders each French Mallard document (usr/share/help/fr/DOC/*.page) to HTML in root/_html/fr/DOC."""
    for doc in sorted(p for p in (root / "usr/share/help/fr").glob("*") if p.is_dir()):
        if not any(doc.glob("*.page")):
            continue
        out = root / "_html" / "fr" / doc.name
        out.mkdir(parents=True, exist_ok=True)
        try:
            run = subprocess.run(["yelp-build", "html", "-o", str(out), str(doc)], capture_output=True, text=True)
        except FileNotFoundError:
            sys.exit("the GNOME help sets (e, f, s, t) need yelp-tools' yelp-build: apt-get install yelp-tools")
        if run.returncode:  # a missing figure stops the copying of media, not the pages
            print(f"yelp-build on {doc} (its pages written are read): {run.stderr.strip()[-200:]}", file=sys.stderr)


def man_pages(root: Path) -> None:
    """Renders each French man page (usr/share/man/fr/man*/PAGE[.gz]) to HTML in root/_html/fr/man with mandoc."""
    pages = sorted(p for p in (root / "usr/share/man/fr").glob("man*/*") if p.is_file() and not p.is_symlink())
    out = root / "_html" / "fr" / "man"
    for page in pages:
        data = gzip.decompress(page.read_bytes()) if page.suffix == ".gz" else page.read_bytes()
        if data.lstrip().startswith(b".so "):  # points to another page
            continue
        try:
            run = subprocess.run(["mandoc", "-Kutf-8", "-Thtml"], input=data, capture_output=True)
        except FileNotFoundError:
            sys.exit("the man page sets (g, h, i, j) need mandoc: apt-get install mandoc")
        if not run.stdout:
            print(f"mandoc on {page}: {run.stderr.decode(errors='replace').strip()[-200:]}", file=sys.stderr)
            continue
        out.mkdir(parents=True, exist_ok=True)
        (out / (page.name.removesuffix(".gz") + ".html")).write_bytes(run.stdout)


KDE_PAGE = re.compile(r'<FILENAME filename="([^"/]+)">(.*?)</FILENAME>', re.S)


def kde_help(root: Path) -> None:
    """Writes out each page of the French KDE handbooks (usr/share/doc/HTML/fr/DOC/index.cache.bz2) in _html/fr/kde."""
    for cache in sorted((root / "usr/share/doc/HTML/fr").rglob("index.cache.bz2")):
        doc = cache.parent.relative_to(root / "usr/share/doc/HTML/fr")
        out = root / "_html" / "fr" / "kde" / doc
        out.mkdir(parents=True, exist_ok=True)
        for name, page in KDE_PAGE.findall(bz2.decompress(cache.read_bytes()).decode("utf-8")):
            (out / name).write_text(page, encoding="utf-8")


def drawn(pages: dict[str, list[Path]], per_package: int, seed: int) -> dict[str, list[Path]]:
    """Up to per_package pages of each package, drawn with random.Random(f"{seed}:{package}")."""
    return {k: sorted(random.Random(f"{seed}:{k}").sample(v, min(per_package, len(v)))) if per_package else v
            for k, v in pages.items()}


def french_pages(root: Path, package: str) -> list[Path]:
    """The package's French HTML pages: every page of a package named *-fr, else those whose path says French."""
    return sorted(p for p in root.rglob("*") if p.is_file() and re.search(r"\.html?$", p.name)
                  and (package.endswith("-fr") or FRENCH_PAGE.search(p.as_posix())))


def audit(chosen: dict[str, list[Path]], work: Path, jobs: int) -> dict[str, str]:
    """Copies the pages flat into work/pages (package--path) and audits them; {page name: package}."""
    flat = work / "pages"
    shutil.rmtree(flat, ignore_errors=True)
    flat.mkdir(parents=True)
    owner = {}
    for package, paths in chosen.items():
        root = work / "unpacked" / package
        for p in paths:
            name = f"{package}--" + re.sub(r"[^\w.-]+", "_", p.relative_to(root).as_posix())
            shutil.copy(p, flat / name)
            owner[Path(name).stem] = package
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    files = sorted(str(p) for p in flat.iterdir())
    subprocess.run([sys.executable, "-m", "mtaudit", "audit", *files, "--out", str(out), "--format", "json",
                    "--no-config", "--fail-under", "0", "--quiet", "--jobs", str(jobs)], check=False)
    return owner


def reports(work: Path, owner: dict[str, str]):
    from mtaudit.read.inputs import read_file

    for name, package in sorted(owner.items()):
        path = work / "out" / f"{name}.json"
        if not path.exists():
            print(f"no report for {name}", file=sys.stderr)
            continue
        report = json.loads(path.read_text(encoding="utf-8"))
        if report["article"].get("words", 0) < MIN_WORDS:
            continue
        text = read_file(next((work / "pages").glob(f"{name}.htm*"))).text
        yield package, name, report, text


def line_of(text: str, start: int, end: int) -> str:
    a, b = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    b = len(text) if b < 0 else b
    a, b = max(a, start - 150), min(b, end + 150)
    return _cell(text[a:start] + "⟦" + text[start:end] + "⟧" + text[end:b])


def _cell(s: str) -> str:
    return s.replace("\t", " ").replace("\n", "\\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(SETS), default="a")
    ap.add_argument("--per-package", type=int, default=12, help="pages drawn per package (0: all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, help="default /tmp/mtaudit-html-docs-SET")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--majors", type=Path, help="write the major findings here (TSV) for judging")
    ap.add_argument("--sample", type=int, default=0,
                    help="with --majors: write a random sample of this many majors per package (0: all)")
    ap.add_argument("--judged", type=Path, help="the --majors file with verdicts in its second column")
    ap.add_argument("--no-fetch", action="store_true", help="use the pages unpacked by an earlier run")
    args = ap.parse_args()
    work = args.work or Path(f"/tmp/mtaudit-html-docs-{args.set}")
    unpacked = work / "unpacked"
    if args.no_fetch:
        pages = {p.name: french_pages(p, p.name) for p in sorted(unpacked.iterdir())}
    else:
        if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
            sys.exit("needs apt-get and dpkg-deb (Debian)")
        shutil.rmtree(unpacked, ignore_errors=True)
        unpacked.mkdir(parents=True)
        pages = fetch(SETS[args.set], unpacked, kde=args.set in KDE_SETS)
    owner = audit(drawn(pages, args.per_package, args.seed), work, args.jobs)
    verdicts = {}
    if args.judged:
        with open(args.judged, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"):
                verdicts[(row["page"], row["rule"], row["start"])] = (row["verdict"], row["why"])
    per = {}
    rows = []
    for package, name, report, text in reports(work, owner):
        p = per.setdefault(package, {"pages": 0, "words": 0, "majors": 0, "passed": 0, "quality": [],
                                     "rules": Counter(), "real": 0, "false": 0})
        p["pages"] += 1
        p["words"] += report["article"]["words"]
        p["passed"] += report["score"]["verdict"] == "pass"
        p["quality"].append(report["score"]["quality"])
        for f in report["findings"]:
            if f["severity"] not in ("major", "critical"):
                continue
            p["majors"] += 1
            p["rules"][f["rule"]] += 1
            verdict, why = verdicts.get((name, f["rule"], str(f["start"])), ("", ""))
            p["real"] += verdict == "real defect"
            p["false"] += verdict == "false alarm"
            rows.append({"n": len(rows), "verdict": verdict, "why": why, "package": package, "page": name,
                         "rule": f["rule"], "start": f["start"], "text": _cell(f["text"]),
                         "line": line_of(text, f["start"], f["end"]), "message": _cell(f["message"])})
    print("| package | pages | words | major+ | per 5,000 words | judged: real / false | false alarms per 5,000 "
          "words (estimated) | pages passing | median quality |")
    print("|---|---|---|---|---|---|---|---|---|")
    total = {"pages": 0, "words": 0, "majors": 0, "passed": 0, "real": 0, "false": 0, "estimate": 0.0}
    quality = []
    for package, p in sorted(per.items()):
        judged = p["real"] + p["false"]
        estimate = p["majors"] * p["false"] / judged if judged else None  # the judged sample's share
        for k in ("pages", "words", "majors", "passed", "real", "false"):
            total[k] += p[k]
        total["estimate"] += estimate or 0.0
        quality += p["quality"]
        print(_row(package, p, estimate, statistics.median(p["quality"])))
    # a package whose majors were all left out of the judged sample (or went since) has no share: the set's estimate
    # is then a range, those majors counted as real defects, then as false alarms
    unjudged = sum(p["majors"] for p in per.values() if not p["real"] + p["false"])
    estimate = (total["estimate"], total["estimate"] + unjudged) if unjudged else total["estimate"]
    print(_row("all", total, estimate if verdicts else None, statistics.median(quality) if quality else 0))
    if verdicts and unjudged:
        print(f"\n{unjudged} majors of packages with none judged: the estimate is a range, from none of them false "
              "to all of them")
    print("\nmajors by rule:", ", ".join(f"{k} {v}" for k, v in
                                        sum((p["rules"] for p in per.values()), Counter()).most_common()))
    if args.majors:
        chosen = rows
        if args.sample:  # a random sample of each package's majors, for judging
            chosen = []
            for package in sorted(per):
                mine = [r for r in rows if r["package"] == package]
                rng = random.Random(f"{args.seed}:{package}:majors")
                chosen += sorted(rng.sample(mine, min(args.sample, len(mine))), key=lambda r: r["n"])
        with open(args.majors, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else ["n"], delimiter="\t",
                               quoting=csv.QUOTE_NONE, escapechar="\\")
            w.writeheader()
            w.writerows(chosen)


def _row(name: str, p: dict, estimate: float | tuple | None, median: float) -> str:
    per5k = lambda n: 5000 * n / max(p["words"], 1)  # noqa: E731
    if isinstance(estimate, tuple):
        shown = f"{per5k(estimate[0]):.2f} to {per5k(estimate[1]):.2f}"
    else:
        shown = "–" if estimate is None else f"{per5k(estimate):.2f}"
    return (f"| {name} | {p['pages']} | {p['words']:,} | {p['majors']} | {per5k(p['majors']):.2f} | "
            f"{p['real']} / {p['false']} | {shown} | {100 * p['passed'] / max(p['pages'], 1):.1f} % | {median:.1f} |")


if __name__ == "__main__":
    main()
