from mtaudit.l10n import quoted_literals
from mtaudit.lang.technical import technical_spans


def spans(text):
    return [text[a:b] for a, b in technical_spans(text)]


def test_options_paths_and_identifiers_are_technical():
    assert spans("utilisez --data-only dans /etc/apt.") == ["--data-only", "/etc/apt"]
    assert spans("  -a, --data-only   restaure") == ["-a", "--data-only"]
    assert spans("veuillez utiliser -depth à la place") == ["-depth"]
    assert spans("[--[no-]exec-counts[=nom]]") == ["--[no-]exec-counts[=nom]"]
    assert spans("--binary-files=without-match") == ["--binary-files=without-match"]
    assert spans("dans debian/source/options.conf si") == ["debian/source/options.conf"]
    assert spans("appels à Free_list::allocate : %u") == ["Free_list::allocate"]
    assert spans("la section .note.gnu.property, pr_datasz doit") == [".note.gnu.property", "pr_datasz"]


def test_french_prose_has_no_technical_token():
    for text in ("Jean-Pierre a dit - oui - et/ou le km/h", "les 20-30 ans, le COVID-19, c'est-à-dire -5 degrés",
                 "Il a vu 3/4 des gens le 12/03/2024", "un _mot_ souligné", "en 2020-2021 aux États-Unis",
                 "la France -- et l'Europe -- hésitent"):
        assert spans(text) == [], text


def test_quoted_literals_need_the_source_to_quote_them_too():
    src, tgt = "LTYPE is 'old', 'new', or 'unchanged'.", "LTYPE vaut « old », « new » ou « unchanged »."
    assert [tgt[a:b] for a, b in quoted_literals(src, tgt)] == ["old", "new", "unchanged"]
    assert quoted_literals("It is awesome", "C'est « awesome »") == []  # not quoted in the source
    # several words are a mention only with a code character in them
    assert quoted_literals('He said "no comment" twice', "Il a dit « no comment » deux fois") == []
    src, tgt = 'run "apt-get install perl" now', "lancez « apt-get install perl »."
    assert [tgt[a:b] for a, b in quoted_literals(src, tgt)] == ["apt-get install perl"]


def test_dashes_and_word_lists_in_prose_are_not_options_or_paths():
    assert spans("--Lew, client fidèle") == []  # a signature
    assert spans("les -prismes et -Quand") == []
    assert spans("étanche/antibuée/antichoc et cliquer/spécifier/remplir") == []
    assert spans("voir lib/x86_64/libc.so.6") == ["lib/x86_64/libc.so.6"]
