"""Speed-ups inside Grammalecte (mtaudit/lang/grammalecte.py) give the engine's own answers."""
import importlib
import uuid
from pathlib import Path

import pytest

from mtaudit.detect import all_rules
from mtaudit.lang import grammalecte as _grammalecte

ENGINE = _grammalecte.load()
pytestmark = pytest.mark.skipif(ENGINE is None, reason="Grammalecte not installed")
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def sample_lines() -> list[str]:
    """Every seed line and every rule example: prose with and without errors."""
    lines = [line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    for rule in all_rules().values():
        lines += [ex.text for ex in list(rule.examples_bad) + list(rule.examples_good)]
    return lines


def parse_all(lines, options) -> list:
    return [[dict(e) for e in ENGINE.gce.parse(line, "FR", dOptions=options)] for line in lines]


def test_remembered_graph_matches_give_the_same_parse(monkeypatch):
    parser = importlib.import_module(ENGINE.gce.__name__ + ".gc_engine").TextParser
    memo = parser._getMatches
    assert getattr(memo, "_mtaudit_memo", False)
    lines = sample_lines()
    everything = {name: True for name in ENGINE.default_options}
    for options in (dict(ENGINE.default_options), everything):
        monkeypatch.setattr(parser, "_getMatches", memo.original)
        expected = parse_all(lines, options)
        assert sum(map(len, expected)) > 20  # the sample has errors to compare
        monkeypatch.setattr(parser, "_getMatches", memo)
        assert parse_all(lines, options) == expected
        assert parse_all(lines, options) == expected  # now answered from the memo


def test_the_memo_answers_repeated_words_at_the_roots(monkeypatch):
    parser = importlib.import_module(ENGINE.gce.__name__ + ".gc_engine").TextParser
    memo = parser._getMatches
    find = next(c.cell_contents for c in memo.__closure__ if callable(c.cell_contents)
                and c.cell_contents is not memo)
    roots = []

    def counting(self, graph, token, node, keep=False):
        if node is graph[0]:
            roots.append(token["sValue"])
        return find(self, graph, token, node, keep)

    for c in memo.__closure__:
        if c.cell_contents is find:
            monkeypatch.setattr(c, "cell_contents", counting)
    line = f"Les chats dorment sur le canapé bleu du salon de Zorglub{uuid.uuid4().hex}."
    ENGINE.gce.parse(line, "FR", dOptions=ENGINE.default_options)
    first = len(roots)
    assert first >= 10  # the new word was asked at each graph's root
    ENGINE.gce.parse(line, "FR", dOptions=ENGINE.default_options)
    assert len(roots) == first  # every root question of the second parse came from the memo


def test_the_memo_tells_tokens_apart_by_their_morphologies_and_tags():
    """A rule that set a token's morphologies or tags changes what the token matches at a root."""
    module = importlib.import_module(ENGINE.gce.__name__ + ".gc_engine")
    graphs = importlib.import_module(ENGINE.gce.__name__ + ".gc_rules_graph").dAllGraph
    parser = module.TextParser("x")
    find = module.TextParser._getMatches.original
    word = f"zorglub{uuid.uuid4().hex}"
    checked = 0
    for graph in graphs.values():
        root = graph[0]
        variants = [{}]
        variants += [{"lMorph": [f">{word}/{m}"]} for m in list(root.get("<morph>", {}))[:3] if "¬" not in m]
        variants += [{"aTags": {t}} for t in list(root.get("<tags>", {}))[:3]]
        answers = []
        for extra in variants:
            token = {"i": 1, "sType": "WORD", "sValue": word, "nStart": 0, "nEnd": len(word), **extra}
            got = tuple(parser._getMatches(graph, dict(token), root))
            assert got == tuple(find(parser, graph, dict(token), root))
            answers.append(got)
        checked += len(set(answers)) > 1
    assert checked >= 2  # the set morphologies or tags did change the answer somewhere


def test_language_detection_gives_langdetect_s_probabilities():
    pytest.importorskip("langdetect")
    from langdetect import DetectorFactory, detect_langs

    from mtaudit.detect import language

    lines = sample_lines()
    texts = lines + ["\n".join(lines[i:i + 9]) for i in range(0, len(lines), 9)] + [
        "\n".join(lines) * 3,  # past langdetect's 10,000 characters
        "la table", "Une TABLE ronde", "  deux  espaces   ", "The quick brown fox jumps over the lazy dog.",
        "Der schnelle braune Fuchs springt über den faulen Hund.", "東京は日本の首都です", "Привет, как дела?",
        "voir https://example.com/a?b=1 ou écrire à a.b@example.fr", "ÉTÉ ÇA", "x" * 12000]
    language._init_factory()
    for text in texts:
        DetectorFactory.seed = 0
        try:
            expected = [(x.lang, x.prob) for x in detect_langs(text)]
        except Exception as e:  # no features: the same error
            with pytest.raises(type(e)):
                language._detect_langs(text)
            continue
        DetectorFactory.seed = 0
        assert [(x.lang, x.prob) for x in language._detect_langs(text)] == expected, text[:60]


MISSPELT = ("aujourdhui", "gouvernemnt", "ministére", "probleme", "developpement", "acceuil", "dévelloper",
            "conaissance", "parlementt", "batiment", "enviroment", "recomandation", "hopital", "vraiement",
            "comitté", "événemment", "boîtte", "langague", "négociatons", "manifestaton", "Pariss",
            "Marseile", "electorale", "finnancier", "suplémentaire", "qu'ilz", "apparament", "interressant",
            "bibliotheque", "aquérir", "succés", "tranquilement", "proffesseur", "réseaus", "ordinnateur",
            "chauffeure", "sécuritée", "réferendum", "technologiqe", "publicitée", "Lyonn", "Bruxeles")


def plain_dictionary(fast):
    """A second copy of the dictionary with Grammalecte's own arc readers (suggestion tails sorted as
    in mtaudit's copy, so that only the readers differ)."""
    plain = type(ENGINE.speller)("fr").oMainDic
    assert plain is not fast and not getattr(plain, "_mtaudit_fast", False)
    assert plain.sFileName == fast.sFileName
    _grammalecte._stable_tails(plain)
    return plain


def test_the_decoded_dictionary_gives_grammalecte_s_answers():
    fast = ENGINE.speller.oMainDic
    assert getattr(fast, "_mtaudit_fast", False)
    plain = plain_dictionary(fast)
    words = [w for line in sample_lines() for w in line.split()][:1500] + list(MISSPELT)
    for word in words:
        assert fast.isValidToken(word) == plain.isValidToken(word), word
        assert fast.getMorph(word) == plain.getMorph(word), word
    for chars in ("ab", "qx", "éa", "a", "abc", "", "zz", "ww"):
        assert fast.isNgramsOK(chars) == plain.isNgramsOK(chars)
        assert fast.isNgramsOK(chars) == plain.isNgramsOK(chars)  # from the table
    for addr in (0, 1) + tuple(sorted({a for _, a in plain._getCharArcs(0)}))[:50]:
        if addr == 1 and plain._getArcs(0):
            continue
        assert list(fast._getArcs(addr)) == list(plain._getArcs(addr))
        assert list(fast._getCharArcs(addr)) == list(plain._getCharArcs(addr))


def test_suggestions_through_the_decoded_dictionary_are_grammalecte_s():
    fast = ENGINE.speller.oMainDic
    plain = plain_dictionary(fast)
    for limit in (8, 10):
        for word in MISSPELT:
            expected = plain.suggest(word, limit)
            assert fast.suggest(word, limit) == expected, word
            assert fast.suggest(word, limit) == expected, word  # nodes from the tables now
