"""spaCy's layers multiply matrices with numpy (detect/nlp.py, _numpy_matmul): the same products as
thinc's own ops, the same analyses, and numpy's BLAS on one thread while spaCy runs."""
from __future__ import annotations

import numpy as np
import pytest

from conftest import SEEDS
from test_coldcache import ODD, _signature


def test_matmul_ops_multiply_like_thinc():
    from thinc.api import NumpyOps

    from mtaudit.detect.nlp import _matmul_ops

    ops, plain = _matmul_ops(), NumpyOps()
    rng = np.random.default_rng(7)
    x, y = rng.random((37, 24), dtype=np.float32), rng.random((24, 11), dtype=np.float32)
    for a, b, t1, t2 in ((x, y, False, False), (x.T.copy(), y, True, False), (x, y.T.copy(), False, True),
                         (x.T.copy(), y.T.copy(), True, True)):
        got = ops.gemm(a, b, trans1=t1, trans2=t2)
        assert got.shape == (37, 11) and got.dtype == np.float32
        assert np.allclose(got, plain.gemm(a, b, trans1=t1, trans2=t2), rtol=1e-5, atol=1e-5)
        out = np.zeros((37, 11), dtype=np.float32)
        assert ops.gemm(a, b, out=out, trans1=t1, trans2=t2) is out and np.allclose(out, got)


class _Component:
    def __init__(self, model):
        self.model = model


class _Pipeline:
    def __init__(self, *models):
        self.components = [(f"c{i}", _Component(m)) for i, m in enumerate(models)] + [("rules", object())]


def test_every_layer_gets_the_matmul_ops_unless_blis_is_asked(monkeypatch):
    from thinc.api import Linear, NumpyOps, Relu, chain

    from mtaudit.detect import nlp

    model = chain(Relu(4, 3), Linear(2, 4))
    monkeypatch.setenv("MTAUDIT_SPACY_GEMM", "blis")
    nlp._numpy_matmul(_Pipeline(model))
    assert {type(n.ops) for n in model.walk()} == {NumpyOps}
    monkeypatch.delenv("MTAUDIT_SPACY_GEMM")
    nlp._numpy_matmul(_Pipeline(model))
    assert {type(n.ops).__name__ for n in model.walk()} == {"MatmulOps"}


def test_numpy_blas_runs_on_one_thread_inside_and_as_before_after():
    threadpoolctl = pytest.importorskip("threadpoolctl")
    from mtaudit.detect.nlp import _one_blas_thread

    def numpy_blas():  # numpy's own BLAS (other libraries' may be loaded by other tests)
        return [lib["num_threads"] for lib in threadpoolctl.threadpool_info()
                if lib["user_api"] == "blas" and "numpy" in lib["filepath"]]

    before = numpy_blas()
    if not before:
        pytest.skip("numpy does not bundle its BLAS here")
    with _one_blas_thread():
        inside = numpy_blas()
    assert inside == [1] * len(before) and numpy_blas() == before


def test_analyses_with_numpy_products_equal_thincs():
    from thinc.api import Model, NumpyOps

    from mtaudit.detect import nlp

    pipeline, _name = nlp.load_spacy()
    if pipeline is None:
        pytest.skip("spaCy's French model is not installed")
    nodes = [n for _c, p in pipeline.components
             if isinstance(getattr(p, "model", None), Model) for n in p.model.walk()]
    assert {type(n.ops).__name__ for n in nodes} == {"MatmulOps"}
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + ODD
    with nlp._one_blas_thread():
        ours = [_signature(d) for d in pipeline.pipe(texts)]
    kept = [n.ops for n in nodes]
    try:
        for n in nodes:
            n.ops = NumpyOps()
        plain = [_signature(d) for d in pipeline.pipe(texts)]
    finally:
        for n, ops in zip(nodes, kept):
            n.ops = ops
    assert ours == plain
