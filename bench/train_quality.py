"""Fit the calibrated quality estimate (mtaudit/data/quality_model.json) to human document MQM.

Usage: python bench/train_quality.py [--jobs 2] [--no-source] [--out mtaudit/data/quality_model.json]

Data: WMT20 QE Task 3 en->fr train (../shared/data/wmt20-qe-enfr, 1,448 product-listing documents
with human document_mqm); the pass line uses the human references of ../shared/data/wmt22-defr.
One model per feature set the audit can have (mtaudit/score/features.py): base (detectors only),
roundtrip (+ Apertium round trip), source (+ the English source). Each is a ridge regression on
standardised features with non-negative weights on features oriented so that higher reads better
(so a finding can only lower the estimate); the shipped quality is also capped at 100 - severe_penalty
(confidence-weighted MQM points of major and critical findings per 1,000 words), so that serious
findings fail an article whatever the fit says; both Spearmans are printed. Alpha is chosen by 5-fold cross-validation grouped by
document, and the cross-validated Spearman is printed. Offset: the raw prediction is the MQM a WMT20
annotator would give (mean 27 on this MT data); the base model's offset puts the pass line (90) at
the 10th percentile of its predictions on the wmt22 human references (professional translations),
the other models are aligned to the base one by their median difference on WMT20.
Audits are cached (bench/_cache.py), so re-running after a score change takes seconds.
"""
from __future__ import annotations

import argparse
import math
import datetime
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _cache as C  # noqa: E402

from mtaudit.score import apply_precision, features as F  # noqa: E402

# +1: higher is better; -1: higher is worse; 0: sign taken from the training data
SIGNS = {f"{s}_density": -1 for s in ("minor", "major", "critical")}
SIGNS.update({f"{g}_density": -1 for g in F.GROUP_NAMES})
SIGNS.update({"english_share": -1, "unknown_share": -1, "capitals_share": -1, "log_words": 0,
              "function_share": 1, "mean_zipf": 1, "unended_lines": -1, "words_per_line": 0,
              "rt_chrf": 1, "rt_semantic": 1, "rt_semantic_low": 1,
              "copied_share": -1, "numbers_missing": -1, "names_missing": -1, "length_ratio": -1,
              "xling": 1, "xling_low": 1, "bi_gaps": -1, "bi_chrf": 1, "pseudo_chrf": 1})
BASE = [f"{s}_density" for s in ("minor", "major", "critical")] + [f"{g}_density" for g in F.GROUP_NAMES] \
    + ["english_share", "unknown_share", "capitals_share", "function_share", "mean_zipf", "unended_lines",
       "words_per_line", "log_words"]
SETS = {"base": BASE,
        "roundtrip": BASE + ["rt_chrf", "rt_semantic", "rt_semantic_low"],
        "source": BASE + ["rt_chrf", "rt_semantic", "rt_semantic_low", "copied_share", "numbers_missing",
                          "names_missing", "length_ratio", "xling", "xling_low", "bi_gaps", "bi_chrf",
                          "pseudo_chrf"]}
BILINGUAL_RULES = ("MTA81", "MTA82")  # bilingual findings exist only when the source is given
FIXED = "severe_penalty"  # quality is capped at 100 - this (MQM points of confirmed serious errors)
ALPHAS = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
PASS_QUANTILE = 0.10
PASS_LINE = 90.0


def spearman(x, y) -> float:
    from scipy.stats import spearmanr

    return float(spearmanr(x, y).correlation)


def matrix(rows: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[float(r.get(n, 0.0)) for n in names] for r in rows], dtype=float)


class Fitted:
    def __init__(self, names, X, y, alpha, X_fixed=None):
        from sklearn.linear_model import Ridge

        self.names = names
        self.mean = X.mean(axis=0)
        self.scale = np.where(X.std(axis=0) > 1e-9, X.std(axis=0), 1.0)
        Z = (X - self.mean) / self.scale
        self.signs = np.array([SIGNS[n] if SIGNS[n] else (1.0 if np.corrcoef(Z[:, i], y)[0, 1] >= 0 else -1.0)
                               for i, n in enumerate(names)])
        self.model = Ridge(alpha=alpha, positive=True).fit(Z * self.signs, y)

    def predict(self, X, X_fixed=None):
        return self.model.predict((X - self.mean) / self.scale * self.signs)

    def to_json(self, alpha, cv, offset) -> dict:
        return {"features": self.names,
                "mean": [round(float(v), 6) for v in self.mean],
                "scale": [round(float(v), 6) for v in self.scale],
                "signs": [int(v) for v in self.signs],
                "weights": [round(float(v), 6) for v in self.model.coef_],
                "intercept": round(float(self.model.intercept_), 6),
                "offset": round(float(offset), 4), "cap": FIXED,
                "alpha": alpha, "cv_spearman": round(cv, 4)}


def cross_validate(names, X, Xf, y, groups, alpha) -> np.ndarray:
    from sklearn.model_selection import GroupKFold

    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(X, y, groups):
        oof[test] = Fitted(names, X[train], y[train], alpha, Xf[train]).predict(X[test], Xf[test])
    return oof


def features_for(docs, plain, src) -> dict:
    for rep in plain + [r for r in (src or []) if r]:  # confidences as the product sets them (measured precision)
        apply_precision(rep["findings"])
    rows = {"base": [], "roundtrip": [], "source": []}
    for i, d in enumerate(docs):
        rep = plain[i]
        rows["base"].append(F.compute(d["text"], rep["findings"], rep["article"]["words"])[1])
        if src is None:
            continue
        if src[i] is None:
            rows["roundtrip"].append(None)
            rows["source"].append(None)
            continue
        rep = C.with_plain(plain[i], src[i])
        rt = dict(rep.get("roundtrip") or {})
        rt_only = {k: v for k, v in rt.items() if k != "bilingual"}
        no_bi = [f for f in rep["findings"] if not f["rule"].startswith(BILINGUAL_RULES)]
        kind, feats = F.compute(d["text"], no_bi, rep["article"]["words"], rt_only)
        rows["roundtrip"].append(feats if kind == "roundtrip" else None)
        kind, feats = F.compute(d["text"], rep["findings"], rep["article"]["words"], rt, d["source"])
        rows["source"].append(feats if kind == "source" else None)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-source", action="store_true", help="fit the base model only (no round trip)")
    ap.add_argument("--source-every", type=int, default=1, metavar="K",
                    help="round-trip/source models on every K-th document only (the round trip and the "
                         "sentence encoder are slow on a small CPU; default 1: all)")
    ap.add_argument("--limit", type=int, default=None, help="first N WMT20 documents (a quick dry run)")
    ap.add_argument("--ref-limit", type=int, default=None, help="first N wmt22 references (a quick dry run)")
    ap.add_argument("--out", type=Path, default=C.ROOT / "mtaudit" / "data" / "quality_model.json")
    args = ap.parse_args()

    docs = C.wmt20_docs(args.limit)
    y = np.array([d["mqm"] for d in docs])
    groups = np.array([d["id"] for d in docs])
    plain = C.audit_all([{"text": d["text"]} for d in docs], "plain", args.jobs)
    src = None
    if not args.no_source:
        picked = list(range(0, len(docs), args.source_every))
        sub = [docs[i] for i in picked]
        C.prewarm_translations(sub, embed=False)
        got = C.audit_all([{"text": d["text"], "source": d["source"]} for d in sub], "source", args.jobs)
        src = [None] * len(docs)
        for i, rep in zip(picked, got):
            src[i] = rep
    rows = features_for(docs, plain, src)

    refs = C.wmt22_docs(("ref_fr",))[:args.ref_limit]
    ref_reps = C.audit_all(refs, "plain", args.jobs)
    for rep in ref_reps:
        apply_precision(rep["findings"])
    ref_rows = [F.compute(r["text"], rep["findings"], rep["article"]["words"])[1] for r, rep in zip(refs, ref_reps)]

    out = {"version": "q1", "date": datetime.date.today().isoformat(), "commit": C.git_head(),
           "trained_on": f"WMT20 QE Task 3 en-fr train, {len(docs)} documents, target document_mqm",
           "calibration": f"logistic map: pass line {PASS_LINE:g} at the {PASS_QUANTILE:.0%} quantile of "
                          f"{len(refs)} wmt22 de-fr human references; other sets aligned by median on WMT20",
           "models": {}}
    oof_all, fits, capped = {}, {}, {}
    print(f"WMT20 QE en-fr train, {len(docs)} documents, {datetime.date.today()}, mtaudit @ {C.git_head()}")
    print("| features | documents | alpha | cross-validated Spearman of the fit (5 folds by document) |")
    print("|---|---|---|---|")
    for kind, names in SETS.items():
        keep = [i for i, r in enumerate(rows[kind]) if r is not None] if rows[kind] else []
        if len(keep) < 50:
            continue
        X = matrix([rows[kind][i] for i in keep], names)
        Xf = matrix([rows[kind][i] for i in keep], [FIXED])
        yy, gg = y[keep], groups[keep]
        best = max(((spearman(cross_validate(names, X, Xf, yy, gg, a), yy), a) for a in ALPHAS))
        cv, alpha = best
        oof = np.full(len(y), np.nan)
        oof[keep] = cross_validate(names, X, Xf, yy, gg, alpha)
        oof_all[kind] = oof
        fits[kind] = (Fitted(names, X, yy, alpha, Xf), alpha, cv)
        capped[kind] = (oof[keep], Xf[:, 0], yy)
        print(f"| {kind} | {len(keep)} | {alpha:g} | {cv:+.3f} |")

    base = fits["base"][0]
    raw_refs = base.predict(matrix(ref_rows, base.names), matrix(ref_rows, [FIXED]))
    # the logistic map: quality 90 at the PASS_QUANTILE of the human references' raw predictions, with
    # slope 1 there (one predicted MQM point is one quality point at the pass line, as an offset would
    # give); strictly increasing, so no ties at 0 or 100
    spread = PASS_LINE * (100 - PASS_LINE) / 100
    center = float(np.quantile(raw_refs, PASS_QUANTILE)) - spread * math.log(PASS_LINE / (100 - PASS_LINE))
    offset = center
    # cross-fitted pass rate: the map set on half the references, the rate on the other half
    idx = np.arange(len(raw_refs))
    rates = []
    for a, b in ((idx % 2 == 0, idx % 2 == 1), (idx % 2 == 1, idx % 2 == 0)):
        pass_raw = float(np.quantile(raw_refs[a], PASS_QUANTILE))
        rates.append(float(np.mean(raw_refs[b] >= pass_raw)))
    print()
    print(f"Pass line: raw {np.quantile(raw_refs, PASS_QUANTILE):.2f} -> {PASS_LINE:g} (logistic centre {center:.2f}, "
          f"scale {spread:.2f}); share of held-out human references passing (2-fold by document): {np.mean(rates):.1%}")
    for kind, (fit, alpha, cv) in fits.items():
        off = offset
        if kind != "base":
            both = ~np.isnan(oof_all[kind])
            off = offset - float(np.median(oof_all["base"][both] - oof_all[kind][both]))
        pred, sp, yy = capped[kind]
        mapped = 100.0 / (1.0 + np.exp(-np.clip((pred - off) / spread, -60, 60)))
        shipped = np.minimum(mapped, np.maximum(0.0, 100 - sp))
        print(f"{kind}: Spearman of the shipped quality (fit through the map, capped at 100 - severe_penalty): "
              f"{spearman(shipped, yy):+.3f} (uncapped {spearman(mapped, yy):+.3f}); capped on "
              f"{np.mean(100 - sp < mapped):.0%} of documents")
        out["models"][kind] = fit.to_json(alpha, cv, 0.0) | {"map": {"kind": "logistic", "center": round(off, 4),
                                                                    "scale": round(spread, 4)}}
        top = sorted(zip(fit.names, fit.model.coef_), key=lambda t: -t[1])[:6]
        print(f"{kind}: offset {off:+.2f}; largest weights " + ", ".join(f"{n} {w:.2f}" for n, w in top if w > 0))
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out.relative_to(C.ROOT) if args.out.is_relative_to(C.ROOT) else args.out}")


if __name__ == "__main__":
    main()
