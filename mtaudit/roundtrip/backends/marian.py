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


WEIGHTS = ("model.safetensors", "pytorch_model.bin")
TOKENIZERS = (("source.spm", "target.spm", "vocab.json"), ("tokenizer.json",))  # MarianMT's, or a fast tokenizer's


def folder_missing(folder: Path) -> list[str]:
    """What a transformers model folder lacks to be loaded: config.json, the weights, the tokenizer's
    files (a download cut short leaves config.json alone). Empty when it is complete."""
    missing = [] if (folder / "config.json").is_file() else ["config.json"]
    if not any((folder / w).is_file() and (folder / w).stat().st_size > 0 for w in WEIGHTS):
        missing.append(WEIGHTS[0])
    if not any(all((folder / f).is_file() for f in files) for files in TOKENIZERS):
        missing += [f for f in TOKENIZERS[0] if not (folder / f).is_file()]
    return missing


def candidate_folders(options, direction: str) -> list[Path]:
    """Where a direction's model may be on disk: the option's value as a folder, models_dir/<name>."""
    value = options.models[direction]
    return [Path(value).expanduser(), options.models_path() / value.rstrip("/").split("/")[-1]]


def local_folder(options, direction: str) -> Path | None:
    """The local folder holding the complete transformers model for a direction, if there is one
    (a folder with config.json but not the weights or the tokenizer is not used)."""
    for p in candidate_folders(options, direction):
        if p.is_dir() and (p / "config.json").is_file() and not folder_missing(p):
            return p
    return None


def incomplete_folder(options, direction: str) -> tuple[Path, list[str]] | None:
    """(folder, missing files) of a model folder that is there but cut short, when no complete one is."""
    if local_folder(options, direction):
        return None
    for p in candidate_folders(options, direction):
        if p.is_dir() and (p / "config.json").is_file():
            return p, folder_missing(p)
    return None


def cache_state(model_id: str) -> tuple[str | None, list]:
    """(state, missing files) of a hub model in the Hugging Face cache: state None when it is not
    there, "incomplete" when config.json is but not the weights or the tokenizer's files (a download
    cut short), "complete" when it can be loaded without the network."""
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return None, []

    def cached(name: str) -> bool:
        try:
            return isinstance(try_to_load_from_cache(model_id, name), str)
        except Exception:  # not a valid repo id (e.g. a missing local path)
            return False

    if not cached("config.json"):
        return None, []
    missing = [] if any(cached(w) for w in WEIGHTS) else [WEIGHTS[0]]
    if not any(all(cached(f) for f in files) for files in TOKENIZERS):
        missing += [f for f in TOKENIZERS[0] if not cached(f)]
    return ("incomplete" if missing else "complete"), missing


def in_hf_cache(model_id: str) -> bool:
    """True when the model is in the Hugging Face cache with its weights and tokenizer (not config.json alone)."""
    return cache_state(model_id)[0] == "complete"


def offline_cause(options) -> str:
    """What turned downloads off: roundtrip.local_only, HF_HUB_OFFLINE or TRANSFORMERS_OFFLINE."""
    import os

    from ..options import _truthy

    if options.local_only is not None:
        return "roundtrip.local_only"
    return "HF_HUB_OFFLINE" if _truthy(os.environ.get("HF_HUB_OFFLINE")) else "TRANSFORMERS_OFFLINE"


def first_line(text: str, limit: int = 300) -> str:
    """The first two lines of an error message joined on one line (transformers often ends its first
    line with "from one of:" and says what on the next), cut at a word (with "…") past limit."""
    from .base import one_line

    lines = [line.strip() for line in str(text).strip().splitlines() if line.strip()]
    return one_line(" ".join(lines[:2]), limit)


_hub_problem: dict = {}  # endpoint -> why the hub could not be reached (said once per process)


def hub_unreachable(timeout: float = 5.0) -> str | None:
    """Why the Hugging Face hub cannot be reached (one request, no retries), or None. Remembered for
    the process: a run does not ask again for every article."""
    try:
        from huggingface_hub import constants
        from huggingface_hub.utils import get_session
    except ImportError:
        return None
    endpoint = constants.ENDPOINT
    if endpoint not in _hub_problem:
        try:
            get_session().head(endpoint, timeout=timeout)
            _hub_problem[endpoint] = None
        except Exception as e:  # a name that does not resolve, a refused connection, a timeout
            _hub_problem[endpoint] = first_line(f"{type(e).__name__}: {e}")
    return _hub_problem[endpoint]


def files_date(folder: Path, names=("config.json", *WEIGHTS, "model.bin")) -> str:
    """The modification times of a model folder's config and weights: a model replaced in place
    (pulled again, converted again) gets another cache key."""
    stamps = []
    for name in names:
        try:
            stamps.append(f"{name}@{(folder / name).stat().st_mtime_ns}")
        except OSError:
            pass
    return ",".join(stamps) or "?"


def revision(options, direction: str) -> str:
    """Which version of a direction's model translates: a local folder's files' dates, or the
    snapshot (commit) of the hub model in the Hugging Face cache ("?" when unknown)."""
    folder = local_folder(options, direction)
    if folder:
        return files_date(folder)
    try:
        from huggingface_hub import try_to_load_from_cache

        path = try_to_load_from_cache(options.models[direction], "config.json")
    except Exception:
        return "?"
    return Path(path).parent.name if isinstance(path, str) else "?"  # .../snapshots/<commit>/config.json


class MarianBackend(Backend):
    name = "marian"

    @classmethod
    def probe(cls, options, strict=False):
        missing = has_modules("torch", "transformers", "sentencepiece")
        if missing:
            return missing
        for direction, model_id in options.models.items():
            if local_folder(options, direction):
                continue
            cut = incomplete_folder(options, direction)
            if cut:
                return _("model folder {folder} is incomplete (no {files}); download it again: mtaudit models pull "
                         "--force").format(folder=cut[0], files=", ".join(cut[1]))
            if Path(model_id).expanduser().is_absolute() or model_id.startswith("."):
                return _("model folder {model} not found").format(model=model_id)
            state, missing = cache_state(model_id)
            if state == "complete":
                continue
            if state == "incomplete" and (not strict or options.offline):
                return _("model {model} is only partly in the Hugging Face cache (no {files}); download it again "
                         "(mtaudit models pull)").format(model=model_id, files=", ".join(missing))
            if not strict:
                return _("model {model} is not downloaded (auto only uses models already on disk)").format(model=model_id)
            if options.offline:
                return _("model {model} is not in the local cache and downloads are off ({cause})").format(
                    model=model_id, cause=offline_cause(options))
        return None

    def model(self, direction):
        folder = local_folder(self.options, direction)
        return str(folder) if folder else self.options.models[direction]

    def signature(self, direction):
        o = self.options
        return (f"marian:{self.model(direction)}|rev:{revision(self.options, direction)}"
                f"|beam:{o.beam_size}|max:{o.max_length}")

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
        if not local_only and not in_hf_cache(source):  # a download: fail at once when the hub is out of reach
            problem = hub_unreachable()
            if problem:
                raise BackendUnavailable(_("model {model} is not in the local cache and the Hugging Face hub cannot be "
                                           "reached ({problem})").format(model=source, problem=problem), _(HOW_TO))
        try:
            tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=local_only)
            model = AutoModelForSeq2SeqLM.from_pretrained(source, local_files_only=local_only)
        except Exception as e:  # OSError, ValueError; a tokenizer missing its files raises TypeError, AssertionError...
            problem = first_line(f"{type(e).__name__}: {e}")
            if folder:
                msg = _("cannot load translation model from the folder {model}: {problem}")
            elif local_only:
                msg = _("cannot load translation model {model} offline ({cause}): {problem}")
            else:
                msg = _("cannot load translation model {model} from the Hugging Face hub: {problem}")
            raise BackendUnavailable(msg.format(model=source, problem=problem, cause=offline_cause(self.options)),
                                     _(HOW_TO)) from e
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
