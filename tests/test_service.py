"""The pre-publish service over real HTTP on 127.0.0.1 (uvicorn in a thread, free port)."""
import html as htmllib
import json
import re
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest

httpx = pytest.importorskip("httpx")
uvicorn = pytest.importorskip("uvicorn")

from mtaudit.config import Config  # noqa: E402
from mtaudit.detect import registry  # noqa: E402
from mtaudit.detect.rule import Rule, bad, good  # noqa: E402
from mtaudit.pipeline import Auditor  # noqa: E402
from mtaudit.read import Article  # noqa: E402
from mtaudit.read.html_input import html_to_text  # noqa: E402
from mtaudit.service.app import create_app  # noqa: E402

TOKEN = "s3cret-token"
TEXT = ("Le ministre a présenté le projet de loi jeudi à Paris.\n\n"
        "Bonjour {{prenom}}, le texte sera examiné au Sénat en juin.\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(app):
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while not server.started:
            assert thread.is_alive() and time.time() < deadline, "server did not start"
            time.sleep(0.02)
        with httpx.Client(base_url=base, timeout=60) as c:
            while c.get("/readyz").status_code != 200:
                assert time.time() < deadline, "server not ready"
                time.sleep(0.05)
        yield base
    finally:
        server.should_exit = True
        thread.join(30)


@pytest.fixture(scope="module")
def base():
    app = create_app(Config(), token=TOKEN, max_body=64 * 1024, timeout=30)
    with running(app) as url:
        yield url


@pytest.fixture
def client(base):
    with httpx.Client(base_url=base, timeout=60, headers={"Authorization": f"Bearer {TOKEN}"}) as c:
        yield c


def test_health_ready_and_docs(base):
    with httpx.Client(base_url=base, timeout=30) as c:  # no token: probes and docs stay open
        assert c.get("/healthz").json()["status"] == "ok"
        ready = c.get("/readyz")
        assert ready.status_code == 200 and ready.json()["ready"] is True
        assert "nlp" in ready.json()["engines"]
        spec = c.get("/openapi.json").json()
        body = spec["paths"]["/v1/audit"]["post"]["requestBody"]["content"]["application/json"]["schema"]
        assert {"text", "html", "options"} <= set(body["properties"])
        assert c.get("/docs").status_code == 200


def test_audit_text_matches_the_library(client):
    r = client.post("/v1/audit", json={"id": "art-1", "title": "Projet de loi", "text": TEXT})
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["schema"] == "mtaudit.report/1"
    assert got["verdict"] in ("pass", "review", "fail") and got["verdict"] == got["score"]["verdict"]
    assert got["article"]["id"] == "art-1" and got["article"]["title"] == "Projet de loi"
    assert "audit;dur=" in r.headers["server-timing"]
    expected = Auditor(Config()).audit(Article.from_text(TEXT, id="art-1"))
    assert got["findings"] == expected["findings"]
    assert any(f["text"] == "{{prenom}}" for f in got["findings"])
    for f in got["findings"]:
        assert TEXT[f["start"]:f["end"]] == f["text"]


def test_options_select_and_gate(client):
    r = client.post("/v1/audit", json={"text": TEXT, "options": {"select": ["markup"], "fail_on": "minor"}})
    got = r.json()
    assert r.status_code == 200
    assert got["findings"] and all(f["category"] == "markup" for f in got["findings"])
    assert got["verdict"] == "fail" and got["gate"] == {"fail_under": None, "fail_on": "minor", "crossed": True}
    r = client.post("/v1/audit", json={"text": TEXT, "options": {"ignore": ["markup"]}})
    assert all(f["category"] != "markup" for f in r.json()["findings"])


def test_options_select_and_ignore_take_id_prefixes(client):
    text = TEXT + "Voir &nbsp; la suite.\n"
    r = client.post("/v1/audit", json={"text": text, "options": {"select": ["MTA10"], "ignore": ["MTA103"]}})
    assert r.status_code == 200, r.text
    assert {f["rule"] for f in r.json()["findings"]} == {"MTA104"}
    r = client.post("/v1/audit", json={"text": text, "options": {"select": ["MTA103"], "ignore": ["markup"]}})
    assert {f["rule"] for f in r.json()["findings"]} == {"MTA103"}  # the id is more specific
    r = client.post("/v1/audit", json={"text": text, "options": {"ignore": ["MTA1"]}})
    assert r.status_code == 200 and all(not f["rule"].startswith("MTA1") for f in r.json()["findings"])


def test_request_selection_is_resolved_with_the_service_configuration():
    from mtaudit.request import AuditorCache, audit_request, parse_request

    auditors = AuditorCache(Config(ignore=["MTA1"]))
    text = TEXT + "Voir &nbsp; la suite.\n"
    got = audit_request(parse_request({"text": text, "options": {"select": ["MTA103", "MTA104"]}}), auditors)
    assert {f["rule"] for f in got["findings"]} == {"MTA103", "MTA104"}  # ids beat the configured prefix
    got = audit_request(parse_request({"text": text, "options": {"select": ["markup"]}}), auditors)
    assert got["findings"] == []  # the configured prefix beats a category


def _visible(fragment: str) -> str:
    return " ".join(htmllib.unescape(re.sub(r"<[^>]*>", "", fragment)).split())


def test_html_input_offsets_point_into_the_html(client):
    page = ("<html><head><title>Ignored</title><style>p { color: red }</style></head><body>\n"
            "<h1>Réforme&nbsp;: le vote</h1>\n"
            "<p>Le d&eacute;put&eacute; a parl&eacute; de <b>{{nom_depute}}</b> hier &amp; aujourd&rsquo;hui.</p>\n"
            "<p>Un caf\u00c3&copy; en terrasse, puis <em>%s</em> au menu.</p>\n"
            "<script>var x = '{{not_text}}';</script></body></html>") % "{{plat}}"
    r = client.post("/v1/audit", json={"id": "page", "html": page})
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["article"]["format"] == "html"
    texts = {f["text"] for f in got["findings"]}
    assert {"{{nom_depute}}", "{{plat}}"} <= texts
    assert "{{not_text}}" not in texts  # script content is not article text
    for f in got["findings"]:
        fragment = page[f["html_start"]:f["html_end"]]
        assert _visible(fragment) == " ".join(f["text"].split()), (f, fragment)
    moji = [f for f in got["findings"] if f["rule"] == "MTA105"]
    assert moji  # the mojibake rule flags "Ã©"; its HTML span holds the entity
    assert page[moji[0]["html_start"]:moji[0]["html_end"]] == "\u00c3&copy;"


def test_html_to_text_mapping():
    page = "<div>Un&nbsp;: <i>deux</i>\n   trois</div><ul><li>quatre</li><li>cinq &lt;6&gt;</li></ul><p>x&#233;</p>"
    conv = html_to_text(page)
    assert conv.text == "Un\u00a0: deux trois\n\nquatre\ncinq <6>\n\nxé"
    for i, ch in enumerate(conv.text):
        raw = page[conv.starts[i]:conv.ends[i]]
        if ch not in " \n":
            assert htmllib.unescape(raw) == ch, (ch, raw)
    s = conv.text.index("deux")
    assert conv.html_span(s, s + 4) == (page.index("deux"), page.index("deux") + 4)


def test_html_suppression_comments_are_kept(client):
    page = "<p>Un {{a}} ici.</p><!-- mtaudit-disable MTA103 --><p>Deux {{b}} l&agrave;.</p><!-- note -->"
    assert html_to_text(page).text == "Un {{a}} ici.\n\n<!-- mtaudit-disable MTA103 -->\n\nDeux {{b}} là."
    got = client.post("/v1/audit", json={"html": page}).json()
    holes = [f["text"] for f in got["findings"] if f["rule"] == "MTA103"]
    assert holes == ["{{a}}"]


def test_token_is_required(base):
    body = {"text": TEXT}
    with httpx.Client(base_url=base, timeout=60) as c:
        r = c.post("/v1/audit", json=body)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        assert "Bearer" in r.json()["detail"]
        assert c.post("/v1/audit", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post("/v1/audit", json=body, headers={"Authorization": f"Basic {TOKEN}"}).status_code == 401
        assert c.get("/v1/rules").status_code == 401
        assert c.post("/v1/audit", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_rules_endpoint(client):
    rules = client.get("/v1/rules").json()
    ids = [r["id"] for r in rules]
    assert ids == sorted(ids) and "MTA101" in ids
    assert all(r["what"] and r["examples"]["incorrect"] for r in rules)


@pytest.mark.parametrize("content,status,needle", [
    (b'{"text": "Bonjour",}', 400, "line 1, column"),
    (b'{"text": "Bonjour"', 400, "malformed JSON"),
    (b"", 400, "empty"),
    (b'{"text": "caf\xe9"}', 400, "UTF-8"),
    (b'["text"]', 422, "JSON object"),
    (b'{"title": "Sans texte"}', 422, '"text"'),
    (b'{"text": 42}', 422, "must be a string"),
    (b'{"text": "a", "html": "<p>b</p>"}', 422, 'not several: "text", "html"'),
    (b'{"text": "   "}', 422, "no text"),
    (b'{"txt": "Bonjour"}', 422, "unknown field"),
    (b'{"text": "Bonjour", "options": {"select": ["MTA999"]}}', 400, "MTA101"),
    (b'{"text": "Bonjour", "options": {"select": ["MTA99"]}}', 400, "'MTA99'"),
    (b'{"text": "Bonjour", "options": {"ignore": ["MTA3", "mta3"]}}', 400, "'mta3'"),
    (b'{"text": "Bonjour", "options": {"ignore": "nonsense"}}', 400, "valid categories"),
    (b'{"text": "Bonjour", "options": {"fail_on": "fatal"}}', 400, "fail_on"),
    (b'{"text": "Bonjour", "options": {"colour": 1}}', 400, "valid options"),
    (b'{"text": "Bonjour le monde.", "title": "\\ud800"}', 422, "lone surrogate (U+D800) at offset 0"),
    (b'{"text": "Bonjour le monde.", "id": "\\udfff"}', 422, "lone surrogate"),
    (b'{"text": "Bonjour \\ud800 le monde."}', 422, '"text" contains a lone surrogate (U+D800) at offset 8'),
    (b'{"html": "<p>Bonjour \\ud800 le monde.</p>"}', 422, '"html" contains a lone surrogate'),
    (b'{"text": "Bonjour le monde.", "source_text": "Hello \\ud800"}', 422, '"source_text" contains'),
    (b'{"text": "Bonjour le monde.", "source_text": "  \\n  "}', 422, '"source_text" is blank'),
    (b'{"text": "Bonjour le monde.", "source_text": "Hello\\u0000 world."}', 422, '"source_text" contains a NUL'),
    (b'{"text": "Bonjour", "options": {"select": ["\\ud800"]}}', 400, "unknown rule"),
    (b"[" * 30000 + b"]" * 30000, 400, "nested too deeply"),
    (b'{"text": "Bonjour", "n": ' + b"9" * 5000 + b"}", 400, "malformed JSON: a number has more than"),
    (b'{"text": "Bon\x01jour"}', 400, "Invalid control character at line 1"),
    (b'{"text": "Bonjour", "options": []}', 422, '"options" must be an object'),
    (b'{"text": "Bonjour", "options": false}', 422, '"options" must be an object'),
    (b'{"text": "Bonjour", "options": 0}', 422, '"options" must be an object'),
    (b'{"text": "Bonjour", "id": "a\\u001b[31mb"}', 422, '"id" contains a control character (U+001B)'),
    (b'{"text": "Bonjour", "id": "a\\u009bb"}', 422, "U+009B"),
])
def test_bad_requests(client, content, status, needle):
    r = client.post("/v1/audit", content=content, headers={"Content-Type": "application/json"})
    assert r.status_code == status, r.text
    assert needle in r.json()["detail"]


def test_wrong_method_or_path_answers_in_the_service_shape(client):
    r = client.get("/v1/audit")
    assert r.status_code == 405 and r.json()["error"] == "method_not_allowed" and r.headers["allow"] == "POST"
    r = client.get("/v2/nothing")
    assert r.status_code == 404 and r.json()["error"] == "not_found"


def test_body_limit(client):
    big = json.dumps({"text": "mot " * 20000})
    r = client.post("/v1/audit", content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "limit" in r.json()["detail"]

    def chunks():  # no Content-Length: the streamed size is checked
        for _ in range(40):
            yield b" " * 4096
    r = client.post("/v1/audit", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert client.post("/v1/audit", json={"text": TEXT}).status_code == 200  # still serving


def test_twenty_concurrent_requests(client, base):
    def body(i):
        holes = " ".join(f"{{{{champ_{i}_{k}}}}}" for k in range(i % 4))
        return {"id": f"req-{i}", "text": f"Le maire de la commune numéro {i} a parlé hier soir. {holes}\n"}

    expected = {}
    auditor = Auditor(Config())
    for i in range(20):
        b = body(i)
        expected[b["id"]] = auditor.audit(Article.from_text(b["text"], id=b["id"]))["findings"]

    def send(i):
        with httpx.Client(base_url=base, timeout=120, headers={"Authorization": f"Bearer {TOKEN}"}) as c:
            return c.post("/v1/audit", json=body(i))

    with ThreadPoolExecutor(20) as pool:
        responses = list(pool.map(send, range(20)))
    assert [r.status_code for r in responses] == [200] * 20
    for i, r in enumerate(responses):
        got = r.json()
        assert got["article"]["id"] == f"req-{i}"
        assert got["findings"] == expected[f"req-{i}"]
        assert sum(f["text"].startswith("{{champ_") for f in got["findings"]) == i % 4


class Boom(Rule):
    id = "MTA998"
    slug = "test-boom"
    category = "style"
    mqm = "Style/Unidiomatic"
    what = why = example = "test rule"
    examples_bad = [bad("x")]
    examples_good = [good("y")]

    def check(self, ctx):
        raise RuntimeError("kaboom")


class Slow(Boom):
    id = "MTA997"
    slug = "test-slow"

    def check(self, ctx):
        if "LENT" in ctx.text:
            time.sleep(1.5)
        return []


def test_a_rule_that_raises_is_reported_and_the_service_lives(monkeypatch):
    monkeypatch.setitem(registry.all_rules(), "MTA998", Boom)
    with running(create_app(Config(), token="")) as url, httpx.Client(base_url=url, timeout=60) as c:
        for _ in range(2):
            r = c.post("/v1/audit", json={"text": TEXT})
            assert r.status_code == 200
            got = r.json()
            failed = {f["rule"]: f["error"] for f in got["failures"]}
            assert "kaboom" in failed["MTA998"]
            assert any(f["text"] == "{{prenom}}" for f in got["findings"])  # the other rules still ran
        assert c.get("/healthz").status_code == 200


def test_time_limit_gives_503(monkeypatch):
    monkeypatch.setitem(registry.all_rules(), "MTA997", Slow)
    with running(create_app(Config(), token="", timeout=0.5)) as url, httpx.Client(base_url=url, timeout=60) as c:
        r = c.post("/v1/audit", json={"text": "Texte LENT à auditer."})
        assert r.status_code == 503
        assert "time limit" in r.json()["detail"] and r.json()["error"] == "timeout"
        time.sleep(1.5)  # the abandoned audit finishes; the next one is served
        assert c.post("/v1/audit", json={"text": "Texte rapide."}).status_code == 200


def test_accept_language_picks_the_messages_language(client):
    body = {"text": "Il faut que que l'Europe agisse.", "options": {"select": ["MTA700"]}}
    fr = client.post("/v1/audit", json=body, headers={"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"}).json()
    en = client.post("/v1/audit", json=body, headers={"Accept-Language": "en-US"}).json()
    assert fr["lang"] == "fr" and en["lang"] == "en"
    assert [f["rule"] for f in fr["findings"]] == [f["rule"] for f in en["findings"]] == ["MTA700"]
    forced = client.post("/v1/audit", json={**body, "options": {**body["options"], "lang": "en"}},
                         headers={"Accept-Language": "fr"}).json()
    assert forced["lang"] == "en"  # the request's own option wins over the header
    rules = client.get("/v1/rules", headers={"Accept-Language": "fr"}).json()
    assert next(r for r in rules if r["id"] == "MTA700")["name"] == "Mot doublé"


def test_error_details_follow_the_language_and_codes_stay(client):
    """The machine-readable `error` code never changes; the human `detail` is in the reader's language."""
    cases = [({"txt": "x"}, "invalid_request", "champ(s) inconnu(s)"),
             ({"text": "  "}, "missing_text", "n’a pas de texte à auditer"),
             ({"text": "Bonjour.", "options": {"fail_under": 300}}, "invalid_options", "compris entre 0 et 100")]
    for body, code, french in cases:
        fr = client.post("/v1/audit", json=body, headers={"Accept-Language": "fr"}).json()
        en = client.post("/v1/audit", json=body, headers={"Accept-Language": "en"}).json()
        assert fr["error"] == en["error"] == code
        assert french in fr["detail"] and french not in en["detail"]
    # the request's own options.lang wins over the header for its errors too
    body = {"text": "Bonjour.", "options": {"lang": "en", "fail_under": 300}}
    assert "from 0 to 100" in client.post("/v1/audit", json=body, headers={"Accept-Language": "fr"}).json()["detail"]
    r = client.post("/v1/audit", content=b"{", headers={"Accept-Language": "fr", "Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error"] == "malformed_json" and "JSON mal formé" in r.json()["detail"]
    r = client.post("/v1/audit", content=b"{}", headers={"Accept-Language": "fr", "Content-Type": "text/plain"})
    assert r.json()["error"] == "unsupported_media_type" and "envoyez la requête" in r.json()["detail"]
