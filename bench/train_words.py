"""The word-level error model (mtaudit/score/words.py) fitted to the WMT20 annotators' error spans.

Usage: python bench/train_words.py [--jobs 1] [--limit N] [--out FILE] [--source-check]

The shipped model (mtaudit/data/word_model.json) is written by bench/train_quality.py, which imports
this module and nests the word model inside its own folds (fold_features); run on its own, this script
measures the token-level model (and writes a model only to --out).

Data: WMT20 QE Task 3 en->fr train (../shared/data/wmt20-qe-enfr): 1,448 product-listing documents
whose French MT carries the annotators' error spans (character offsets, mapped to document offsets
by bench/wmt20_qe.py's loader). Each token of the language layer's analysis (the audit's own spaCy
tokens, bench/_cache.analyses) is labelled 1 when it overlaps an error span. Its features are
mtaudit/score/words.token_matrix (no word identity), computed with the plain audit's findings at
their measured confidence. The model is a logistic regression on standardised features (C chosen
by a 4-fold cross-validation by document) and, beside it, LightGBM trees over the same features
(TREES, settings fixed: monotone in the finding features); a token's log-odds are the blend of the two
(TREE_SHARE). --no-trees: the logistic regression alone (model w2).

Printed: the token-level AUC of held-out documents (5-fold by document), and the document features
(word_*) of each document computed by a model that never saw it. bench/train_quality.py imports
this module to nest the word model inside its own folds (fold_features).
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _cache as C  # noqa: E402

from mtaudit.score import apply_precision, words as W  # noqa: E402

C_VALUES = (0.01, 0.1, 1.0)
C_FIXED = 0.1  # the regularisation bench/train_quality.py uses (this script prints the AUC for C_VALUES)


class TokenData:
    """Per document: token matrix, labels (None when the document has no spans), word mask, lines."""

    def __init__(self, texts, analyses, findings, spans=None):
        self.X, self.y, self.words, self.lines = [], [], [], []
        for i, (text, an, fs) in enumerate(zip(texts, analyses, findings)):
            toks = an[0]
            self.X.append(W.token_matrix(text, toks, fs))
            self.words.append(W.word_mask(toks))
            self.lines.append(W.lines_of(text, toks))
            if spans is not None:
                self.y.append(labels(toks, spans[i]))

    def stack(self, docs):
        X = np.concatenate([self.X[i] for i in docs])
        y = np.concatenate([self.y[i] for i in docs]) if self.y else None
        return X, y


def labels(tokens, spans) -> np.ndarray:
    """1 for a token overlapping one of the spans' pieces (start, end), else 0."""
    n = len(tokens)
    out = np.zeros(n, dtype=np.int8)
    if not n:
        return out
    starts = np.fromiter((t.start for t in tokens), dtype=np.int64, count=n)
    ends = np.fromiter((t.end for t in tokens), dtype=np.int64, count=n)
    for sp in spans:
        for a, b in sp["pieces"]:
            lo = int(np.searchsorted(ends, a, side="right"))
            hi = int(np.searchsorted(starts, b, side="left"))
            out[lo:hi] = 1
    return out


# token features a finding raises: their weights are kept >= 0, so that a finding can only raise the
# model's error probabilities (and lower the quality estimate)
FINDING_FEATURES = {n for n in W.feature_names() if "found" in n or n == "line_findings"}
# The trees beside the logistic regression: they see interactions a linear model cannot build (a noun
# with no determiner after a preposition, a capital in a line of English-looking words). LightGBM's
# default leaves, a slow learning rate, and leaves of at least 200 tokens; settings fixed, not tuned per fold.
TREES = {"n_estimators": 400, "learning_rate": 0.05, "num_leaves": 31, "min_child_samples": 200, "subsample": 0.8,
         "subsample_freq": 1, "colsample_bytree": 0.8, "random_state": 0, "n_jobs": 2, "deterministic": True,
         "force_col_wise": True}
TREE_SHARE = 0.5  # share of the trees in a token's log-odds
USE_TREES = True  # --no-trees: False
MODEL_CODE = "lr-bounded-1"  # part of the cache keys: change it when the fit changes


def model_code() -> str:
    return MODEL_CODE + (f"+gbm-{TREE_SHARE:g}-" + repr(sorted(TREES.items())) if USE_TREES else "")


class TokenModel:
    """A logistic regression on standardised token features, L2-penalised (sklearn's objective:
    sum of log losses + |w|^2 / (2 C)), fitted by L-BFGS-B with the finding features' weights >= 0;
    and the trees (TREES) on the same tokens, monotone in the finding features."""

    def __init__(self, X, y, c=0.1):
        from scipy.optimize import minimize

        self.c = c
        self.mean = X.mean(axis=0).astype(np.float64)
        sd = X.std(axis=0).astype(np.float64)
        self.scale = np.where(sd > 1e-6, sd, 1.0)
        Z = ((X - self.mean) / self.scale).astype(np.float32)
        t = np.asarray(y, dtype=np.float32)
        d = Z.shape[1]

        def loss(v):
            w, b = v[:d].astype(np.float32), np.float32(v[d])
            z = Z @ w + b
            # log(1 + exp(z)) - t z, stably
            ll = np.logaddexp(0.0, z) - t * z
            g = (1.0 / (1.0 + np.exp(-np.clip(z, -40, 40))) - t).astype(np.float32)
            grad = np.empty(d + 1)
            grad[:d] = Z.T @ g + v[:d] / c
            grad[d] = g.sum()
            return float(ll.sum() + 0.5 * np.dot(v[:d], v[:d]) / c), grad

        names = W.feature_names()
        bounds = [(0.0, None) if n in FINDING_FEATURES else (None, None) for n in names]
        bounds += [(None, None)] * (d + 1 - len(bounds))  # extra columns (--source-check) and the intercept
        res = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                       options={"maxiter": 500})
        self.coef, self.intercept, self.iterations = res.x[:d], float(res.x[d]), int(res.nit)
        self.booster = None
        if USE_TREES and X.shape[1] == len(names):
            import lightgbm as lgb

            trees = lgb.LGBMClassifier(verbose=-1, monotone_constraints=[int(n in FINDING_FEATURES) for n in names],
                                       **TREES)
            # LightGBM's file takes no JSON punctuation in names ("dep_acl:relcl")
            trees.fit(X, np.asarray(y, dtype=np.int8), feature_name=[n.replace(":", "_") for n in names])
            self.booster = trees.booster_

    def as_model(self, tree_file: str = "word_trees.lgbm") -> dict:
        out = {"features": W.feature_names(), "mean": [round(float(v), 6) for v in self.mean],
               "scale": [round(float(v), 6) for v in self.scale],
               "weights": [round(float(v), 6) for v in self.coef],
               "intercept": round(float(self.intercept), 6), "C": self.c,
               "nonnegative": sorted(FINDING_FEATURES)}
        if self.booster is not None:
            out["trees"] = {"file": tree_file, "share": TREE_SHARE,
                            "settings": {k: v for k, v in TREES.items() if k not in ("n_jobs", "force_col_wise")},
                            "monotone": sorted(FINDING_FEATURES)}
        return out

    def __getstate__(self):  # pickled in the bench cache: the scoring model (C handle of its trees) is not
        return {k: v for k, v in self.__dict__.items() if k != "_scoring"}

    def proba(self, X):
        """The product's own probabilities (mtaudit.score.words.probabilities) of this model, as written
        (rounded) and read back (words.prepare); built once per model."""
        if getattr(self, "_scoring", None) is None:
            m = W.prepare(self.as_model())
            if self.booster is not None:
                from mtaudit.score.lgbm import Trees

                m["_trees"] = Trees(self.booster.model_to_string())
            self._scoring = m
        return W.probabilities(X, self._scoring)


def doc_features(data: TokenData, model: TokenModel, docs) -> dict:
    return {i: W.aggregate(model.proba(data.X[i]), data.words[i], data.lines[i]) for i in docs}


def cross_fitted(data: TokenData, docs, k=4, c=0.1) -> dict:
    """word_* of each of docs from a token model fitted on the other folds of docs (k-fold by document)."""
    from sklearn.model_selection import KFold

    docs = np.asarray(docs)
    out = {}
    for tr, te in KFold(k, shuffle=True, random_state=0).split(docs):
        m = TokenModel(*data.stack(docs[tr]), c=c)
        out.update(doc_features(data, m, docs[te]))
    return out


def fold_features(data: TokenData, train, test, c=0.1) -> tuple[dict, dict]:
    """For one outer fold: word_* of the training documents (cross-fitted inside them) and of the test
    documents (a token model fitted on all the training documents)."""
    m = TokenModel(*data.stack(train), c=c)
    return cross_fitted(data, train, c=c), doc_features(data, m, test)


def _key(data: TokenData, *parts) -> str:
    import hashlib

    h = hashlib.sha256()
    for X, y in zip(data.X, data.y or [None] * len(data.X)):
        h.update(X.tobytes())
        if y is not None:
            h.update(y.tobytes())
    h.update(repr((model_code(),) + tuple(parts)).encode())
    return h.hexdigest()[:16]


def cached(name: str, data: TokenData, parts, build):
    """build() memoised on disk ($MTAUDIT_BENCH_CACHE/words/) by the token matrices, labels and parts."""
    import pickle

    d = C.cache_dir() / "words"
    d.mkdir(exist_ok=True)
    p = d / f"{name}-{_key(data, *parts)}.pkl"
    if p.exists():
        return pickle.loads(p.read_bytes())
    out = build()
    p.write_bytes(pickle.dumps(out))
    return out


def nested(data: TokenData, folds, c=0.1) -> list:
    """fold_features for each outer fold [(train, test)] (cached)."""
    return cached("nested", data, ([(list(map(int, a)), list(map(int, b))) for a, b in folds], c),
                  lambda: [fold_features(data, tr, te, c) for tr, te in folds])


def token_auc(data: TokenData, docs, c) -> float:
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    docs = np.asarray(docs)
    ps, ys = [], []
    for tr, te in GroupKFold(5).split(docs, groups=docs):
        m = TokenModel(*data.stack(docs[tr]), c=c)
        X, y = data.stack(docs[te])
        ps.append(m.proba(X))
        ys.append(y)
    return float(roc_auc_score(np.concatenate(ys), np.concatenate(ps)))


def source_columns(docs, analyses) -> list:
    """Per document, two source-aware token features (for --source-check): the token's lower case is a
    word of the English source (copied), or of Apertium's French translation of the source (the
    pseudo-reference that pseudo_chrf reads; cached translations)."""
    import re

    from mtaudit.read.segment import split_sentences
    from mtaudit.roundtrip.backends.apertium import ApertiumBackend
    from mtaudit.roundtrip.cache import CachedTranslator, TranslationCache
    from mtaudit.roundtrip.fidelity import _LETTER
    from mtaudit.roundtrip.options import Options

    tr = CachedTranslator(ApertiumBackend(Options.from_dict({"engine": "apertium"})),
                          TranslationCache.default(str(C.cache_dir() / "rt")))
    word = re.compile(r"\w+")
    out = []
    for d, an in zip(docs, analyses):
        src = d["source"]
        sents = [src[a:b] for a, b in split_sentences(src) if _LETTER.search(src[a:b])]
        copied = {w.lower() for w in word.findall(src)}
        pseudo = {w.lower() for w in word.findall(" ".join(tr.translate(sents, "en-fr")) if sents else "")}
        f = np.zeros((len(an[0]), 2), dtype=np.float32)
        for k, t in enumerate(an[0]):
            low = t.text.lower()
            if any(c.isalpha() for c in low):
                f[k] = (low in copied, low in pseudo)
        out.append(f)
    return out


def source_check(docs, data: TokenData, c: float) -> None:
    """Held-out token AUC (5-fold by document) without and with the source-aware token features."""
    src = source_columns(docs, C.analyses([d["text"] for d in docs], progress=False))
    idx = np.arange(len(docs))
    a0 = token_auc(data, idx, c)
    with_src = TokenData([], [], [])
    with_src.X = [np.hstack([x, s]) for x, s in zip(data.X, src)]
    with_src.y, with_src.words, with_src.lines = data.y, data.words, data.lines
    a1 = token_auc(with_src, idx, c)
    print(f"source-aware token features (copied, in Apertium's translation of the source): held-out token AUC "
          f"{a0:.3f} -> {a1:.3f}")


def load_wmt20(limit=None, jobs=1):
    docs = C.wmt20_docs(limit)
    plain = C.audit_all([{"text": d["text"]} for d in docs], "plain", jobs)
    for rep in plain:
        apply_precision(rep["findings"])
    analyses = C.analyses([d["text"] for d in docs])
    data = TokenData([d["text"] for d in docs], analyses, [r["findings"] for r in plain], [d["spans"] for d in docs])
    return docs, plain, data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=None, help="write the model fitted on all documents here")
    ap.add_argument("--no-trees", action="store_true", help="the logistic regression alone (model w2)")
    ap.add_argument("--source-check", action="store_true",
                    help="only measure source-aware token features (copied from the source, in Apertium's translation)")
    args = ap.parse_args()
    global USE_TREES
    USE_TREES = not args.no_trees
    docs, plain, data = load_wmt20(args.limit, args.jobs)
    idx = np.arange(len(docs))
    X, y = data.stack(idx)
    print(f"WMT20 QE en-fr train, {len(docs)} documents, {len(y):,} tokens, {y.mean():.1%} in an error span")
    if args.source_check:  # the measurement only: no C loop, nothing written
        source_check(docs, data, C_FIXED)
        return
    best = None
    for c in C_VALUES:
        a = token_auc(data, idx, c)
        print(f"  C {c:g}: held-out token AUC {a:.3f}")
        best = max(best or (a, c), (a, c))
    m = TokenModel(X, y, c=best[1])
    top = sorted(zip(W.feature_names(), m.coef), key=lambda t: -abs(t[1]))[:15]
    print("largest weights (per standard deviation): " + ", ".join(f"{n} {w:+.2f}" for n, w in top))
    if args.out:
        write(m, data, docs, args.out, best[0])


def write(m: TokenModel, data: TokenData, docs, out: Path, auc: float | None = None) -> None:
    y = np.concatenate(data.y)
    doc = {"version": "w3" if m.booster is not None else "w2", "date": datetime.date.today().isoformat(),
           "commit": C.git_head(),
           "trained_on": f"WMT20 QE Task 3 en-fr train, {len(docs)} documents, {len(y)} tokens; label: the token "
                         f"overlaps an annotated error span ({y.mean():.1%} do)"}
    if auc is not None:
        doc["heldout_token_auc"] = round(auc, 4)
    trees = out.with_name(out.stem.replace("_model", "") + "_trees.lgbm")
    out.write_text(json.dumps(doc | m.as_model(trees.name), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if m.booster is not None:
        trees.write_text(m.booster.model_to_string(), encoding="utf-8")
    print(f"wrote {out}" + (f" and {trees}" if m.booster is not None else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
