"""The article's date (metadata, --date, dateline) for names in time, and the typography house
style (config, --style, request option). Sentences are written for these tests."""
import io
import json

import pytest

from mtaudit.cli import main
from mtaudit.config import Config
from mtaudit.pipeline import Auditor
from mtaudit.read import Article
from mtaudit.read.dates import DateError, article_date, find_dateline, parse_date
from mtaudit.request import AuditorCache, RequestError, audit_request, parse_request
from mtaudit.settings import ConfigError, load_config


@pytest.mark.parametrize("text,date", [
    ("LYON, 14 juillet 2016 (AFP) - Les pompiers sont intervenus.", "2016-07-14"),
    ("BRUXELLES (Reuters), le 1er février 2023 - La Commission a proposé un texte.", "2023-02-01"),
    ("Titre de l'article\nPublié le 05/11/2020 à 18h30\nLe texte commence ici.", "2020-11-05"),
    ("Mis à jour le mardi 3 septembre 2024\nLe texte commence ici.", "2024-09-03"),
    ("Vendredi 7 avril 2017\nLe conseil municipal s'est réuni.", "2017-04-07"),
    ("Publié le 3 Mars 2019 à 10h\nLe texte.", "2019-03-03"),  # a month with a capital, as web pages write it
    ("Lundi 3 Mars 2019\nLe texte.", "2019-03-03"),
])
def test_dateline_is_found(text, date):
    assert find_dateline(text)[0] == date


@pytest.mark.parametrize("text", [
    "Le conseil s'est réuni le 3 mars 2019 pour voter le budget.",  # a date in a sentence, not a dateline
    "Les résultats du 12/05/2021 sont bons.",
    "Intro.\nDeux.\nTrois.\nQUIMPER, 3 mars 2019 (AFP) - trop loin du début.",
    "PARIS, 31 février 2019 (AFP) - date impossible.",
])
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_parse_date_forms_and_errors():
    assert parse_date("2019-03-03") == "2019-03-03"
    assert parse_date("2019-03") == "2019-03"
    assert parse_date("2019") == "2019"
    assert parse_date("03/03/2019") == "2019-03-03"
    assert parse_date("2019-03-03T10:00:00Z") == "2019-03-03"
    assert parse_date("2019-03-03 10:00") == "2019-03-03"
    for bad_value in ("hier", "2019-13-01", "", None, "32/01/2019", "2019-03-03 25:99", "2019-03-03Tjunk"):
        with pytest.raises(DateError):
            parse_date(bad_value)


def test_date_precedence_metadata_then_option_then_dateline():
    text = "ROME, 2 juin 2018 (AFP) - Le texte."
    assert article_date(Article.from_text(text)) == ("2018-06-02", "dateline «ROME, 2 juin 2018»")
    assert article_date(Article.from_text(text), Config(date="2020-01-01")) == ("2020-01-01", "--date")
    art = Article.from_text(text, date="2021-05-05", date_source="request")
    assert article_date(art, Config(date="2020-01-01")) == ("2021-05-05", "request")


PM = "Le Premier ministre Jean Castex a présenté les nouvelles mesures sanitaires."


def _tenure(report):
    return [f for f in report["findings"] if f["rule"] == "MTA204"]


def test_names_in_time_uses_the_date_and_says_which():
    auditor = Auditor(Config(select=["MTA204"]))
    assert _tenure(auditor.audit(Article.from_text(PM))) == []  # no date: today's behaviour
    rep = auditor.audit(Article.from_text(PM, date="2021-02-10", date_source="request"))
    assert _tenure(rep) == [] and rep["article"]["date"] == {"value": "2021-02-10", "source": "request"}
    rep = auditor.audit(Article.from_text(PM, date="2023-06-01", date_source="request"))
    hit = _tenure(rep)
    assert [f["text"] for f in hit] == ["Jean Castex"]
    assert "2023-06-01" in hit[0]["message"] and "request" in hit[0]["message"]
    text = "MARSEILLE, 4 octobre 2023 (AFP) - " + PM
    hit = _tenure(auditor.audit(Article.from_text(text)))
    assert hit and "dateline" in hit[0]["message"] and "2023-10-04" in hit[0]["message"]
    hit = _tenure(Auditor(Config(select=["MTA204"], lang="fr")).audit(Article.from_text(text)))
    assert "d’après : lieu et date en tête «MARSEILLE" in hit[0]["message"]  # the date's source in French too
    assert "occupée par Jean Castex de " in hit[0]["message"]
    for ok in ("MARSEILLE, 4 octobre 2023 (AFP) - L'ancien Premier ministre Jean Castex a parlé.",
               "MARSEILLE, 4 octobre 2023 (AFP) - En 2021, le Premier ministre Jean Castex avait parlé."):
        assert _tenure(auditor.audit(Article.from_text(ok))) == []


def test_cli_date_and_style(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(PM + "\nIl a dit : « Nous verrons ».\n", encoding="utf-8")
    main(["check", str(f), "--no-config", "--date", "2023-06-01"])
    rep = json.loads(capsys.readouterr().out)
    assert any(x["rule"] == "MTA204" and "--date" in x["message"] for x in rep["findings"])
    assert not any(x["rule"] == "MTA660" for x in rep["findings"])
    main(["check", str(f), "--no-config", "--style", "press"])
    rep = json.loads(capsys.readouterr().out)
    assert any(x["rule"] == "MTA660" for x in rep["findings"])
    assert not any(x["rule"] == "MTA204" for x in rep["findings"])
    assert main(["check", str(f), "--date", "demain"]) == 2
    assert "--date" in capsys.readouterr().err


def test_config_style(tmp_path):
    (tmp_path / "mtaudit.toml").write_text('style = "press"\n', encoding="utf-8")
    assert load_config(cwd=tmp_path).style == "press"
    (tmp_path / "mtaudit.toml").write_text('[typography]\nstyle = "press"\n', encoding="utf-8")
    cfg = load_config(cwd=tmp_path)
    assert cfg.style == "press" and "mtaudit.toml" in cfg.origins["style"]
    assert load_config({"style": "web"}, cwd=tmp_path).style == "web"
    (tmp_path / "mtaudit.toml").write_text('style = "magazine"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="valid styles: web, press"):
        load_config(cwd=tmp_path)


def test_request_style_and_date():
    auditors = AuditorCache(Config())
    body = {"text": PM + "\nIl a dit : « Nous verrons ».", "date": "2023-06-01", "options": {"style": "press"}}
    out = audit_request(parse_request(body), auditors)
    rules = {f["rule"] for f in out["findings"]}
    assert {"MTA204", "MTA660"} <= rules and out["article"]["date"]["source"] == "request"
    out = audit_request(parse_request({"text": body["text"]}), auditors)
    assert not {"MTA204", "MTA660"} & {f["rule"] for f in out["findings"]}
    with pytest.raises(RequestError, match="style"):
        parse_request({"text": "x y z", "options": {"style": "fancy"}})
    with pytest.raises(RequestError, match="date"):
        parse_request({"text": "x y z", "date": "soon"})
