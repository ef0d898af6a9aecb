"""Article-level language identification with langdetect, seeded so results are deterministic.

langdetect reads its 55 language profiles (JSON) into one table of n-gram probabilities at the first
detection (about 0.4 s). The table is kept on disk by mtaudit.diskmemo (keyed on langdetect's
version and its profile files) in a sparse form: an n-gram is known to 2 languages on average, so
each n-gram keeps only its (language index, probability) pairs, packed as bytes."""
from __future__ import annotations

import struct
import threading

from .. import diskmemo

_lock = threading.Lock()


def detect_language(text: str) -> dict:
    try:
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:
        return {"code": "und", "confidence": 0.0, "engine": "none"}
    with _lock:  # the seed is global state in langdetect
        DetectorFactory.seed = 0
        try:
            _init_factory()
            langs = _detect_langs(text[:20000]) if _FAST else detect_langs(text[:20000])
        except LangDetectException:
            return {"code": "und", "confidence": 0.0, "engine": "langdetect"}
    best = langs[0]
    return {"code": best.lang, "confidence": round(best.prob, 3), "engine": "langdetect"}


_FAST = True  # langdetect's detection through _Detector (the same answer); False: langdetect's own


def _detect_langs(text: str) -> list:
    """langdetect's detect_langs(text), through _Detector."""
    from langdetect import detector_factory

    detector_factory.init_factory()
    detector = _detector_class()(detector_factory._factory)
    detector.append(text)
    return detector.get_probabilities()


_classes: dict = {}


def _detector_class():
    """langdetect's Detector with three of its steps rewritten to give the same values faster:
    - append: runs of spaces become one space with a regular expression instead of a loop over
      characters;
    - the n-gram extraction remembers each character's normalised form;
    - the trials multiply and normalise the 55 language probabilities as numpy arrays of doubles:
      the same operations on each element in the same order (the normalising sum is still Python's
      sequential sum), with the same random draws, so the same floats.
    An audit spends about 13 ms in langdetect on an 860-word article without this."""
    if "detector" in _classes:
        return _classes["detector"]
    import re

    import numpy as np
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    spaces = re.compile(" {2,}")
    words = re.compile("[^ ]+ ?")
    normal: dict = {}  # code point -> langdetect's normalised character
    per_word: dict = {}  # word (and the space after it) -> its n-grams in table[0]
    table = [None]

    def _word_ngrams(word, known):
        """langdetect's NGram buffer over one word, from its fresh state: the n-grams it keeps."""
        out = []
        grams, capital = " ", False
        for c in word:
            last = grams[-1]
            if last == " ":
                grams, capital = " ", False
            elif len(grams) >= NGram.N_GRAM:
                grams = grams[1:]
            grams += c
            if c.isupper():
                if last.isupper():
                    capital = True
            else:
                capital = False
            if capital:
                continue
            for n in range(1, NGram.N_GRAM + 1):
                if len(grams) < n:
                    break
                w = grams[-n:]
                if w and w != " " and w in known:
                    out.append(w)
        return tuple(out)

    class _Detector(Detector):
        def append(self, text):
            text = self.URL_RE.sub(" ", text)
            text = self.MAIL_RE.sub(" ", text)
            text = NGram.normalize_vi(text)
            self.text += spaces.sub(" ", text[:self.max_text_length])  # a space after a space is dropped

        def _extract_ngrams(self):
            # langdetect's n-gram buffer starts afresh after every space, so a word (with the space
            # after it) gives the same n-grams wherever it is: remembered per word
            text = self.text
            for ch in set(text).difference(map(chr, normal)):
                normal[ord(ch)] = NGram.normalize(ch)
            known = self.word_lang_prob_map
            if table[0] is not known:  # another language table: start afresh
                per_word.clear()
                table[0] = known
            out = []
            for m in words.finditer(text.translate(normal)):
                word = m.group()
                hit = per_word.get(word)
                if hit is None:
                    if len(per_word) >= 200_000:
                        per_word.clear()
                    hit = per_word[word] = _word_ngrams(word, known)
                out.extend(hit)
            return out

        def _detect_block(self):
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            known = self.word_lang_prob_map
            arrays = _arrays(known)
            width = len(self.langlist)
            langprob = [0.0] * width
            self.random.seed(self.seed)
            for _t in range(self.n_trial):
                prob = np.array(self._init_probability(), dtype=np.float64)
                alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
                weight = alpha / self.BASE_FREQ
                i = 0
                while True:
                    word = self.random.choice(ngrams)
                    if word is not None and word in known:
                        row = arrays.get(word)
                        if row is None:
                            row = arrays[word] = np.array(known[word], dtype=np.float64)
                        prob *= weight + row
                    if i % 5 == 0:
                        values = prob.tolist()
                        total = sum(values)
                        maxp = 0.0
                        for v in values:
                            if maxp < v / total:
                                maxp = v / total
                        prob /= total
                        if maxp > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                            break
                    i += 1
                values = prob.tolist()
                for j in range(width):
                    langprob[j] += values[j] / self.n_trial
            self.langprob = langprob

    _classes["detector"] = _Detector
    return _Detector


_row_arrays: dict = {}


def _arrays(rows) -> dict:
    """numpy rows of a language table, made on first use (one table per process)."""
    if _row_arrays.get("table") is not rows:
        _row_arrays.clear()
        _row_arrays["table"] = rows
        _row_arrays["rows"] = {}
    return _row_arrays["rows"]


PAIR = struct.Struct("<Hd")  # language index, probability (a C double: the same float back)


class SparseRows(dict):
    """langdetect's n-gram table: n-gram -> probability per language (a list as long as the language
    list), stored as packed (language index, probability) pairs and expanded on first use."""

    def __init__(self, rows: dict, width: int):
        super().__init__(rows)
        self.width = width
        self._lists: dict = {}

    def __getitem__(self, word):
        row = self._lists.get(word)
        if row is None:
            row = [0.0] * self.width
            for i, p in PAIR.iter_unpack(dict.__getitem__(self, word)):
                row[i] = p
            self._lists[word] = row
        return row

    def get(self, word, default=None):
        return self[word] if word in self else default


def _init_factory() -> None:
    """langdetect's shared factory, from the disk memo when it holds this installation's profiles."""
    from langdetect import detector_factory

    if detector_factory._factory is not None:
        return
    try:
        key = _profiles_key(detector_factory.PROFILES_DIRECTORY)
    except (OSError, AttributeError):
        return  # langdetect loads its profiles itself
    detector_factory._factory = diskmemo.load_or_build("langdetect", key, _plain_factory, _encode, _decode)


def _profiles_key(folder) -> tuple:
    import os
    from importlib.metadata import version

    # load_profile reads the folder in os.listdir order: that order is the language order
    names = os.listdir(folder)
    stats = [os.stat(os.path.join(folder, n)) for n in names]
    from ..diskmemo import source_digest

    return (version("langdetect"), str(folder), tuple((n, s.st_size, s.st_mtime_ns) for n, s in zip(names, stats)),
            source_digest(__file__))


def _plain_factory():
    from langdetect import detector_factory

    factory = detector_factory.DetectorFactory()
    factory.load_profile(detector_factory.PROFILES_DIRECTORY)
    return factory


def _encode(factory) -> tuple:
    rows = factory.word_lang_prob_map
    width = len(next(iter(rows.values()))) if rows else 0
    return (list(factory.langlist), width,
            {w: b"".join(PAIR.pack(i, p) for i, p in enumerate(row) if p) for w, row in rows.items()})


def _decode(data):
    from langdetect import detector_factory

    langlist, width, rows = data
    if not (isinstance(langlist, list) and langlist and type(width) is int and isinstance(rows, dict)
            and all(type(v) is bytes and len(v) % PAIR.size == 0 for v in rows.values())):
        raise diskmemo.BadValue("bad stored profiles")
    factory = detector_factory.DetectorFactory()
    factory.langlist = langlist
    factory.word_lang_prob_map = SparseRows(rows, width)
    return factory
