"""MarianMT through Hugging Face transformers (torch). Models load lazily, once per direction.

Model lookup for a direction: the option value when it is a folder; else models_dir/<name> (what
`mtaudit models pull` writes); else the hub id through the Hugging Face cache, downloading only when
not offline (HF_HUB_OFFLINE=1, TRANSFORMERS_OFFLINE=1 or roundtrip.local_only make it cache-only).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

from .base import Backend, BackendUnavailable, length_batches
from ...i18n import N_, _

HOW_TO = N_("run `mtaudit models pull` on a machine with network access (it fills models/), or point "
          "roundtrip.fr_en / roundtrip.en_fr at local MarianMT folders; install the stack with "
          "pip install 'mtaudit[roundtrip]'")


def has_modules(*names: str) -> str | None:
    missing = [n for n in names if importlib.util.find_spec(n) is None]
    return _("python package(s) {names} not installed").format(names=", ".join(missing)) if missing else None


def local_folder(options, direction: str) -> Path | None:
    """The local folder holding the transformers model for a direction, if there is one."""
    value = options.models[direction]
    p = Path(value).expanduser()
    if p.is_dir() and (p / "config.json").is_file():
        return p
    q = options.models_path() / value.rstrip("/").split("/")[-1]
    if q.is_dir() and (q / "config.json").is_file():
        return q
    return None


def in_hf_cache(model_id: str) -> bool:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return False
    try:
        hit = try_to_load_from_cache(model_id, "config.json")
    except Exception:  # not a valid repo id (e.g. a missing local path)
        return False
    return isinstance(hit, str)


class MarianBackend(Backend):
    name = "marian"

    @classmethod
    def probe(cls, options, strict=False):
        missing = has_modules("torch", "transformers", "sentencepiece")
        if missing:
            return missing
        for direction, model_id in options.models.items():
            if local_folder(options, direction) or in_hf_cache(model_id):
                continue
            if Path(model_id).expanduser().is_absolute() or model_id.startswith("."):
                return _("model folder {model} not found").format(model=model_id)
            if not strict:
                return _("model {model} is not downloaded (auto only uses models already on disk)").format(model=model_id)
            if options.offline:
                return _("model {model} is not in the local cache and downloads are off (HF_HUB_OFFLINE)").format(model=model_id)
        return None

    def model(self, direction):
        folder = local_folder(self.options, direction)
        return str(folder) if folder else self.options.models[direction]

    def signature(self, direction):
        o = self.options
        return f"marian:{self.model(direction)}|beam:{o.beam_size}|max:{o.max_length}"

    def device(self) -> str:
        import torch

        if self.options.device == "auto":
            return "cuda" if torch.cuda.is_available() else "cpu"
        return self.options.device

    def _open(self, direction):
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        folder = local_folder(self.options, direction)
        source = str(folder) if folder else self.options.models[direction]
        local_only = bool(folder) or self.options.offline
        try:
            tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=local_only)
            model = AutoModelForSeq2SeqLM.from_pretrained(source, local_files_only=local_only)
        except (OSError, ValueError) as e:
            msg = _("cannot load translation model {model} offline (HF_HUB_OFFLINE/local_only): {problem}") if local_only \
                else _("cannot load translation model {model} from the Hugging Face hub: {problem}")
            raise BackendUnavailable(msg.format(model=source, problem=str(e).splitlines()[0][:200]), _(HOW_TO)) from e
        device = self.device()
        if device == "cpu":
            torch.set_num_threads(self.options.n_threads)
        model.to(device).eval()
        return (tokenizer, model, device)

    def _translate(self, texts, direction):
        import torch

        tokenizer, model, device = self._load(direction)
        o = self.options
        out: list[str] = [""] * len(texts)
        with torch.inference_mode():
            for idx in length_batches(texts, o.batch_size):
                batch = tokenizer([texts[i] for i in idx], return_tensors="pt", padding=True, truncation=True,
                                  max_length=o.max_length).to(device)
                generated = model.generate(**batch, num_beams=o.beam_size, max_new_tokens=o.max_length)
                for i, text in zip(idx, tokenizer.batch_decode(generated, skip_special_tokens=True)):
                    out[i] = text.strip()
        return out
