"""A second, blind set of human software translations: French catalogues of packages not installed here.

Usage: python bench/fetch_catalogues.py [--out /tmp/mtaudit-catalogues] [--installed /usr/share/locale/fr/LC_MESSAGES]
then:  python bench/l10n_human.py --dir /tmp/mtaudit-catalogues --mt

Downloads the Debian packages of PACKAGES with `apt-get download` (nothing is installed; run
`apt-get update` first), unpacks them with `dpkg-deb -x` and copies every French gettext catalogue
(`locale/fr/LC_MESSAGES/*.mo`) whose name is not already in --installed into --out. The catalogues of the
machine (bench/l10n_human.py's tune and held-out halves) have been read while designing the rules; these
have not, so they measure what the rules do on translations nobody tuned for. A package that fails to
download is reported and skipped. The list was written on 2026-12-04 (stop 42) from common Debian tools
and desktop programs with French translations, before any of them was audited.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGES = """aspell bison cpio e2fsprogs enscript flex gdb hello indent lynx m4 mc mutt nano parted pv quilt rcs
sharutils texinfo time units wdiff xorriso gnome-calculator gedit mousepad thunar xfce4-terminal network-manager
gparted transmission-common evince-common sudo tasksel-data debconf-i18n apt-listchanges aptitude-common synaptic
dialog libnewt0.52 kbd grub-common acl attr cryptsetup-bin xfsprogs fish gnome-keyring seahorse file-roller
gnupg-l10n gettext-base libgpg-error-l10n pulseaudio-utils rsync ed""".split()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("/tmp/mtaudit-catalogues"))
    ap.add_argument("--installed", type=Path, default=Path("/usr/share/locale/fr/LC_MESSAGES"),
                    help="catalogues already on the machine (left out)")
    args = ap.parse_args()
    if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
        sys.exit("needs apt-get and dpkg-deb (Debian)")
    args.out.mkdir(parents=True, exist_ok=True)
    have = {p.name for p in args.installed.glob("*.mo")} if args.installed.is_dir() else set()
    copied = 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name in PACKAGES:
            run = subprocess.run(["apt-get", "download", "-q", name], cwd=tmp, capture_output=True, text=True)
            if run.returncode:
                print(f"skipped {name}: {run.stderr.strip().splitlines()[-1] if run.stderr.strip() else 'download failed'}",
                      file=sys.stderr)
        for deb in sorted(tmp.glob("*.deb")):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp / "x")], check=True)
        for mo in sorted((tmp / "x").glob("**/locale/fr/LC_MESSAGES/*.mo")):
            if mo.name not in have and not (args.out / mo.name).exists():
                shutil.copyfile(mo, args.out / mo.name)
                copied += 1
    print(f"{copied} catalogues in {args.out}")


if __name__ == "__main__":
    main()
