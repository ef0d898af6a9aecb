"""`mtaudit models pull` and `mtaudit models list`: translation models on disk.

pull downloads MarianMT models from the Hugging Face hub into models/<name>/ and converts each to
CTranslate2 (int8 by default) into models/<name>-ct2/, copying the SentencePiece files along so the
ctranslate2 backend needs no torch. The known models are the packaged ones (BUILTIN: the default pair
and the larger tc-big pair), whatever the folder, plus the [[model]] entries of registry.toml in the
models folder (an entry with a packaged name replaces it). A hub id (owner/name) not in the registry
is pulled too, into a folder named after it.
"""
from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from ..i18n import _

from .options import DEFAULT_MODELS, models_dir

BUILTIN = [
    {"name": "opus-mt-fr-en", "repo": DEFAULT_MODELS["fr-en"], "direction": "fr-en", "default": True},
    {"name": "opus-mt-en-fr", "repo": DEFAULT_MODELS["en-fr"], "direction": "en-fr", "default": True},
    {"name": "opus-mt-tc-big-fr-en", "repo": "Helsinki-NLP/opus-mt-tc-big-fr-en", "direction": "fr-en", "default": False},
    {"name": "opus-mt-tc-big-en-fr", "repo": "Helsinki-NLP/opus-mt-tc-big-en-fr", "direction": "en-fr", "default": False},
]
HF_FILES = ["config.json", "generation_config.json", "source.spm", "target.spm", "vocab.json",
            "tokenizer_config.json", "special_tokens_map.json", "model.safetensors", "pytorch_model.bin"]


class ModelError(RuntimeError):
    pass


QUANTIZATIONS = ("int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16", "float16", "bfloat16", "float32")


def check_folder(folder: str | Path | None, option: str = "--dir") -> Path:
    """The models folder, refused (ModelError) when something that is not a folder is in the way."""
    path = Path(folder or models_dir())
    if path.exists() and not path.is_dir():
        raise ModelError(_("{option} {path} is not a folder").format(option=option, path=path))
    return path


def _toml():
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib
        except ImportError:
            return None
    return tomllib


def registry(folder: str | Path | None = None) -> list[dict]:
    """The packaged models, then the folder's registry.toml entries (one with a packaged name replaces it)."""
    path = Path(folder or models_dir()) / "registry.toml"
    builtin = [dict(m) for m in BUILTIN]
    if not path.is_file():
        return builtin
    toml = _toml()
    if toml is None:
        raise ModelError(_("reading {path} needs Python 3.11+ or the tomli package").format(path=path))
    try:
        data = toml.loads(path.read_text(encoding="utf-8"))
    except Exception as e:
        raise ModelError(f"{path}: {e}") from None
    models = data.get("model") or []
    for m in models:
        missing = [k for k in ("name", "repo", "direction") if not m.get(k)]
        if missing:
            raise ModelError(_("{path}: a [[model]] lacks {keys}").format(path=path, keys=", ".join(missing)))
        m.setdefault("default", False)
    own = {m["name"] for m in models}
    return [m for m in builtin if m["name"] not in own] + models


def convert(src: str | Path, dst: str | Path, quantization: str = "int8", force: bool = False) -> Path:
    """Convert a transformers MarianMT folder to CTranslate2, with its SentencePiece files."""
    from ctranslate2.converters import TransformersConverter

    from .backends.marian import first_line, folder_missing

    src, dst = Path(src), Path(dst)
    if not (src / "config.json").is_file():
        raise ModelError(_("{path} is not a transformers model folder (no config.json)").format(path=src))
    missing = folder_missing(src)
    if missing:
        raise ModelError(_("{path} is incomplete (no {files}); download it again with --force").format(
            path=src, files=", ".join(missing)))
    try:
        TransformersConverter(str(src)).convert(str(dst), quantization=quantization, force=force)
    except (ImportError, KeyboardInterrupt, MemoryError):
        raise
    except Exception as e:  # a broken config.json ("Unrecognized model"), damaged weights...
        raise ModelError(_("cannot convert {path}: {problem}; download it again with --force").format(
            path=src, problem=first_line(f"{type(e).__name__}: {e}"))) from None
    for name in ("source.spm", "target.spm"):
        if (src / name).is_file():
            shutil.copy2(src / name, dst / name)
    (dst / "mtaudit.json").write_text(json.dumps(
        {"converted_from": str(src), "quantization": quantization, "converted": time.strftime("%Y-%m-%d %H:%M:%S"),
         "ctranslate2": _version("ctranslate2")}, indent=2) + "\n", encoding="utf-8")
    return dst


def download(repo: str, dst: str | Path, offline: bool = False) -> Path:
    try:
        from huggingface_hub import snapshot_download
    except ImportError as e:
        raise ModelError(_("downloading needs huggingface_hub (pip install 'mtaudit[roundtrip]')")) from e
    try:
        path = snapshot_download(repo_id=repo, local_dir=str(dst), allow_patterns=HF_FILES,
                                 local_files_only=offline)
    except Exception as e:
        from .backends.marian import first_line, offline_cause
        from .options import Options

        how = (_("downloads are off ({cause}) and the model is not in the local cache").format(
            cause=offline_cause(Options())) if offline else _("is the Hugging Face hub reachable from this machine?"))
        raise ModelError(_("cannot download {repo}: {problem} ({how})").format(
            repo=repo, problem=first_line(f"{type(e).__name__}: {e}"), how=how)) from None
    return Path(path)


def pull(names: list[str] | None = None, folder: str | Path | None = None, quantization: str = "int8",
         force: bool = False, offline: bool | None = None, say=print) -> list[dict]:
    from .backends.marian import folder_missing
    from .options import Options

    if quantization not in QUANTIZATIONS:
        raise ModelError(_("unknown quantization {value!r}; choose from {valid}").format(
            value=quantization, valid=", ".join(QUANTIZATIONS)))
    folder = check_folder(folder)
    known = registry(folder)
    if names:
        by_name = {m["name"]: m for m in known} | {m["repo"]: m for m in known}
        unknown = [n for n in names if n not in by_name and not is_hub_id(n)]
        if unknown:
            raise ModelError(_("unknown model(s) {names}; known: {known}; or give a Hugging Face hub id "
                               "(owner/name)").format(names=", ".join(unknown), known=", ".join(m["name"] for m in known)))
        chosen = [by_name[n] if n in by_name else hub_entry(n, known) for n in names]
    else:
        chosen = [m for m in known if m.get("default")]
    offline = Options().offline if offline is None else offline
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ModelError(_("cannot create the models folder {path}: {problem}").format(
            path=folder, problem=e.strerror or e)) from None
    done = []
    for m in chosen:
        hf_dir, ct2_dir = folder / m["name"], folder / f"{m['name']}-ct2"
        for sub in (hf_dir, ct2_dir):
            if sub.exists() and not sub.is_dir():
                raise ModelError(_("{path} is in the way: a file where the model's folder goes").format(path=sub))
        if force or folder_missing(hf_dir):  # a download cut short is downloaded again
            say(_("downloading {repo} -> {folder}").format(repo=m["repo"], folder=hf_dir))
            download(m["repo"], hf_dir, offline=offline)
        if force or not _ct2_complete(ct2_dir):
            say(_("converting {folder} -> {target} ({quantization})").format(folder=hf_dir, target=ct2_dir, quantization=quantization))
            convert(hf_dir, ct2_dir, quantization=quantization, force=True)
        done.append({"name": m["name"], "transformers": str(hf_dir), "ctranslate2": str(ct2_dir)})
    return done


def is_hub_id(name: str) -> bool:
    """owner/name as the hub writes a model id (not a path: no more slashes, no dot-only part)."""
    owner, sep, model = name.partition("/")
    ok = lambda part: bool(part) and part not in (".", "..") and all(c.isalnum() or c in "-_." for c in part)  # noqa: E731
    return bool(sep) and ok(owner) and ok(model)


def hub_entry(repo: str, known: list[dict]) -> dict:
    """A model pulled by its hub id: into a folder named after the model (owner--model when a known
    model already has that name)."""
    owner, _sep, model = repo.partition("/")
    name = model if model not in {m["name"] for m in known} else f"{owner}--{model}"
    return {"name": name, "repo": repo, "direction": None, "default": False}


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else 0


def _version(package: str) -> str | None:
    try:
        from importlib.metadata import version

        return version(package)
    except Exception:
        return None


def _ct2_complete(folder: Path) -> bool:
    """A converted model the ctranslate2 engine can load: a model.bin that is not empty, and its SentencePiece files."""
    model = folder / "model.bin"
    return model.is_file() and model.stat().st_size > 0 and all((folder / f).is_file() for f in ("source.spm", "target.spm"))


def installed(folder: str | Path | None = None) -> list[dict]:
    """Each known model (and any other model folder found) with what is on disk."""
    from .backends.marian import cache_state, folder_missing

    folder = check_folder(folder)
    rows = []
    seen = set()
    for m in registry(folder):
        hf_dir, ct2_dir = folder / m["name"], folder / f"{m['name']}-ct2"
        seen.update({hf_dir.name, ct2_dir.name})
        state, missing = cache_state(m["repo"])
        cut = folder_missing(hf_dir) if (hf_dir / "config.json").is_file() else []
        rows.append({
            "name": m["name"], "repo": m["repo"], "direction": m["direction"], "default": bool(m.get("default")),
            "transformers": str(hf_dir) if (hf_dir / "config.json").is_file() and not cut else None,
            **({"transformers_missing": cut} if cut else {}),  # a folder cut short: what it lacks (not used)
            "ctranslate2": str(ct2_dir) if _ct2_complete(ct2_dir) else None,
            "hf_cache": state == "complete",
            "hf_cache_missing": missing,  # a download cut short: the files the cache lacks
            "bytes": _size(hf_dir) + _size(ct2_dir),
        })
    if folder.is_dir():
        for sub in sorted(folder.iterdir()):
            if sub.name in seen or not sub.is_dir():
                continue
            if (sub / "config.json").is_file() or (sub / "model.bin").is_file():
                hf = (sub / "config.json").is_file() and not (sub / "model.bin").is_file()
                cut = folder_missing(sub) if hf else []
                rows.append({"name": sub.name, "repo": None, "direction": None, "default": False,
                             "transformers": str(sub) if hf and not cut else None,
                             **({"transformers_missing": cut} if cut else {}),
                             "ctranslate2": str(sub) if _ct2_complete(sub) else None,
                             "hf_cache": False, "bytes": _size(sub)})
    return rows
