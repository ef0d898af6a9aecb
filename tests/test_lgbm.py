"""LightGBM trees scored through the C API (mtaudit/score/lgbm.py) give LightGBM's own raw scores."""
import subprocess
import sys

import numpy as np
import pytest

from mtaudit.score.lgbm import Trees


def test_scores_equal_lightgbm_python_package():
    import lightgbm as lgb

    rng = np.random.default_rng(1)
    X = rng.normal(size=(2000, 6)).astype(np.float32)
    y = (X[:, 0] + X[:, 1] * X[:, 2] > 0).astype(int)
    booster = lgb.train({"objective": "binary", "verbose": -1, "num_leaves": 7}, lgb.Dataset(X, y), 20)
    trees = Trees(booster.model_to_string())
    assert trees.num_features == 6
    got = trees.raw(X[:300])
    assert np.array_equal(got, booster.predict(X[:300], raw_score=True))
    assert np.array_equal(trees.raw(X[:300], threads=2), got)
    assert trees.raw(X[:0]).shape == (0,)
    with pytest.raises(ValueError, match="6"):
        trees.raw(X[:, :5])
    with pytest.raises(RuntimeError, match="LightGBM"):
        Trees("not a model")


def test_scoring_does_not_import_the_python_package():
    code = ("import sys; from mtaudit.score import words as W; m = W.load(); "
            "import numpy as np; m['_trees'].raw(np.zeros((2, len(m['features'])), dtype=np.float32)); "
            "print(sorted(k for k in ('lightgbm', 'sklearn', 'pandas') if k in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
