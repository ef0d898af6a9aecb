"""Service edges found by the QA sweep: requests during warm-up, clients gone mid-body, the word and
work estimates that route and limit requests."""
import json
import logging
import re
import socket
import threading
import time

import pytest

httpx = pytest.importorskip("httpx")
uvicorn = pytest.importorskip("uvicorn")

from mtaudit.config import Config  # noqa: E402
from mtaudit.service import app as service_app  # noqa: E402
from mtaudit.service.app import _size_of, _words_of, create_app  # noqa: E402

from test_service import free_port, running  # noqa: E402


def test_html_word_estimate_reads_entities_as_characters():
    body = json.dumps({"html": "<p>" + "&eacute;t&eacute; " * 50 + "</p>"}).encode()
    assert _words_of(body) == 50


def test_html_words_are_counted_as_the_html_reader_reads_them():
    """script/style/head content and comments are no article words (README: skipped, tags removed)."""
    from mtaudit.read.article import count_words
    from mtaudit.read.html_input import html_to_text

    body = "<p>Le conseil municipal a voté le budget de la ville jeudi soir.</p>"
    script = "<script type='application/ld+json'>" + " ".join('"k%d": "valeur"' % i for i in range(21000)) + "</script>"
    docs = [
        "<html><head>" + script + "</head><body>" + body + "</body></html>",
        "<html><body>" + body + "<!-- " + "note " * 21000 + "-> --></body></html>",
        "<html><head><title>Un titre</title><style>p { color: red }</style></head><body>" + body + "</body></html>",
        "<p>vot<b>é</b> le bud<i>get</i></p><p>jeudi</p><ul><li>un</li><li>deux</li></ul>"
        "<table><tr><td>trois</td><td>quatre</td></tr></table>l&apos;&eacute;t&eacute; &amp; l'hiver<br>fin",
        "<svg><text>pas un mot</text></svg><noscript>non plus</noscript><textarea>ni ici</textarea>" + body,
    ]
    for doc in docs:
        words, work = _size_of(json.dumps({"html": doc}).encode())
        assert words == count_words(html_to_text(doc).text), doc[:80]
        assert work == words
    assert _words_of(json.dumps({"html": docs[0]}).encode()) == 12


def test_long_runs_count_as_work_not_words():
    words, work = _size_of(json.dumps({"text": "[" * 5000}).encode())
    assert words == 0 and work >= 5000  # spaCy makes a token of each: routed to the heavy lane
    words, work = _size_of(json.dumps({"text": "Le maire a vu https://exemple.fr/budget-2024 hier."}).encode())
    assert words == work


def test_requests_during_warm_up_get_an_immediate_503_warming(monkeypatch):
    release = threading.Event()

    def slow_warm_up(self):
        release.wait(30)
        self.ready.set()
    monkeypatch.setattr(service_app.ServiceState, "warm_up", slow_warm_up)
    app = create_app(Config(), token="", warm=True, timeout=20)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.time() + 60
        while not server.started:
            assert thread.is_alive() and time.time() < deadline
            time.sleep(0.02)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as c:
            t0 = time.monotonic()
            r = c.post("/v1/audit", json={"text": "Le maire a parlé."})
            assert time.monotonic() - t0 < 5
            assert r.status_code == 503 and r.json()["error"] == "warming" and r.headers["retry-after"]
            assert r.headers["server-timing"].startswith("total;dur=")
            assert app.state.mtaudit.pending == 0  # nothing queued behind the warm-up
    finally:
        release.set()
        server.should_exit = True
        thread.join(30)


class _Lines(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


def test_client_gone_mid_body_is_one_short_log_line():
    app = create_app(Config(), token="", warm=False)
    lines = _Lines()
    loggers = [logging.getLogger(n) for n in ("uvicorn.error", "mtaudit.service")]
    with running(app) as url:  # uvicorn sets its loggers up as it starts: listen after that
        for lg in loggers:
            lg.addHandler(lines)
        try:
            port = int(url.rsplit(":", 1)[1])
            for _ in range(2):
                with socket.create_connection(("127.0.0.1", port)) as s:
                    s.sendall(b"POST /v1/audit HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                              b"Content-Length: 1000\r\n\r\n{\"text\": \"Le")
                    time.sleep(0.2)
            time.sleep(0.5)
            with httpx.Client(base_url=url) as c:
                assert c.get("/healthz").status_code == 200
        finally:
            for lg in loggers:
                lg.removeHandler(lines)
    assert not any(r.exc_info for r in lines.records)
    assert not any("Exception in ASGI application" in r.getMessage() for r in lines.records)


@pytest.mark.parametrize("flag", ["--max-queue", "--heavy-words", "--max-words"])
def test_negative_serve_limits_are_usage_errors(monkeypatch, capsys, flag):
    from mtaudit.cli import main

    started = []
    monkeypatch.setattr(service_app, "serve", lambda *a, **k: started.append(k))
    assert main(["--no-config", "serve", "--port", "0", flag, "-3"]) == 2
    err = capsys.readouterr().err
    assert not started and flag in err and len(err.strip().splitlines()) == 1


def test_serve_gives_the_mtaudit_loggers_a_stderr_handler_unless_logging_is_set_up(monkeypatch, capsys):
    """README: a client gone mid-body is one `info` line in the log; warnings carry time and level."""
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: None)
    monkeypatch.setattr(service_app, "create_app", lambda *a, **k: None)
    monkeypatch.setattr(service_app, "_log_level", None)
    logger, root = logging.getLogger("mtaudit"), logging.getLogger()
    saved = root.handlers[:], logger.handlers[:], logger.level
    root.handlers[:] = []  # pytest's own capture handlers aside: a bare process
    try:
        service_app.serve(Config(), port=0, log_level="info")
        logging.getLogger("mtaudit.service").info("client disconnected before the end of its request body")
        logging.getLogger("mtaudit.service").debug("not at info")
        err = capsys.readouterr().err
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO mtaudit\.service: client disconnected "
                            r"before the end of its request body\n", err), err
        logger.handlers[:] = saved[1]
        root.handlers[:] = [logging.NullHandler()]  # the program set logging up: left alone
        service_app.serve(Config(), port=0, log_level="info")
        assert logger.handlers == saved[1]
    finally:
        root.handlers[:], logger.handlers[:] = saved[0], saved[1]
        logger.setLevel(saved[2])


@pytest.mark.parametrize("value", ["nan", "0", "-1"])
def test_a_serve_timeout_that_is_not_above_0_is_a_usage_error(monkeypatch, capsys, value):
    from mtaudit.cli import main

    started = []
    monkeypatch.setattr(service_app, "serve", lambda *a, **k: started.append(k))
    assert main(["--no-config", "serve", "--port", "0", "--timeout", value]) == 2
    err = capsys.readouterr().err
    assert not started and "--timeout" in err and len(err.strip().splitlines()) == 1


def test_a_non_ascii_token_sent_as_utf8_is_accepted():
    app = create_app(Config(), token="clé-secrète", warm=False)
    with running(app) as url, httpx.Client(base_url=url) as c:
        def status(token: bytes):  # 415 (no JSON): past the token check
            return c.post("/v1/audit", content=b"x", headers={"Authorization": b"Bearer " + token,
                                                              "Content-Type": "text/plain"}).status_code
        assert status("clé-secrète".encode("utf-8")) == 415
        assert status("clé-secrète".encode("latin-1")) == 401
        assert status(b"cle-secrete") == 401


def test_answers_given_without_an_audit_carry_server_timing_too():
    app = create_app(Config(), token="t", warm=False, max_words=3, max_body=2000)
    auth = {"Authorization": "Bearer t"}
    with running(app) as url, httpx.Client(base_url=url) as c:
        answers = {
            401: c.post("/v1/audit", json={"text": "Le maire."}),
            415: c.post("/v1/audit", content=b"{}", headers={**auth, "Content-Type": "text/plain"}),
            413: c.post("/v1/audit", json={"text": "Le maire a parlé hier soir."}, headers=auth),
            "too_large": c.post("/v1/audit", json={"text": "mot " * 1000}, headers=auth),
        }
        for what, r in answers.items():
            assert r.status_code == (what if isinstance(what, int) else 413)
            assert re.fullmatch(r"total;dur=\d+\.\d", r.headers.get("server-timing", "")), (what, r.headers)
