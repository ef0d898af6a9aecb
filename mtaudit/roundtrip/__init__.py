"""Round-trip fidelity (French -> English -> French) and bilingual checks against an English source.

Nothing heavy is imported here: torch/transformers/ctranslate2/the encoder load only when a round
trip actually runs. Entry point: run_roundtrip(article, config, source_text=None) -> dict.

Config keys (`Config.roundtrip`, a dict; CLI: --roundtrip ENGINE, --source PATH):
  engine          auto | ctranslate2 | marian | apertium | none. auto tries ctranslate2 (converted
                  models in models_dir), then marian (a model already on disk), then apertium. With
                  "none" and a source text, auto is used (the source needs a translator).
  fr_en, en_fr    MarianMT model id or local folder per direction
                  (default Helsinki-NLP/opus-mt-fr-en, Helsinki-NLP/opus-mt-en-fr)
  ct2_fr_en, ct2_en_fr      CTranslate2 folders (default models_dir/<model name>-ct2)
  apertium_fr_en, apertium_en_fr   apertium mode chains, "a|b" (default fr-es|spa-eng, eng-spa|es-fr)
  models_dir      where `mtaudit models pull` writes (default $MTAUDIT_MODELS_DIR, else ./models)
  beam_size (4), batch_size (16), max_length (256 tokens), threads (0 = min(4, CPUs))
  device          auto | cpu | cuda;  compute_type: auto (int8 on CPU, int8_float16 on GPU) or a
                  CTranslate2 compute type
  local_only      never download (default: follow HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE)
  apertium_timeout  seconds per apertium call (300)
  cache           true: the SQLite translation cache (folder: cache_dir, $MTAUDIT_CACHE_DIR,
                  $XDG_CACHE_HOME/mtaudit or ~/.cache/mtaudit)
  semantic        true: semantic similarity with the multilingual sentence encoder
  thresholds      overrides of mtaudit/data/roundtrip_thresholds.tsv (minor, major, chrf_minor,
                  chrf_major) and of the bilingual rules (similarity_minor, similarity_major): 0..1
                  (chrF: 0..100), each major not above its minor
Bad keys and values raise options.OptionError (a ValueError) naming the key and what is allowed.

How the thresholds were set: mtaudit/roundtrip/CALIBRATION.md.
"""
from __future__ import annotations


def run_roundtrip(article, config, source_text: str | None = None, **kw) -> dict:
    """The report's `roundtrip` dict; an unexpected failure becomes {"available": false, ...}."""
    import logging

    try:
        from .fidelity import run_roundtrip as run

        return run(article, config, source_text=source_text, **kw)
    except Exception as e:  # the audit must complete whatever happens here
        from ..i18n import _
        from .backends import HOW_TO_ENABLE
        from .backends.base import problem

        log = logging.getLogger("mtaudit")
        log.debug("round trip failed", exc_info=True)  # the traceback only when debugging
        reason = _("round trip failed: {problem}").format(problem=problem(e))
        log.warning(reason)
        return {"available": False, "reason": reason, "how_to_enable": _(HOW_TO_ENABLE)}


__all__ = ["run_roundtrip"]
