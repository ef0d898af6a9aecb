"""CTranslate2: MarianMT models converted by `mtaudit models pull` (int8 on CPU) — the fast path.

Needs only ctranslate2 and sentencepiece (no torch): the converted folder carries the model's
source.spm/target.spm, copied there at conversion time.
"""
from __future__ import annotations

from pathlib import Path

from .base import Backend, BackendUnavailable
from .marian import files_date, has_modules, local_folder
from ...i18n import N_, _

HOW_TO = N_("run `mtaudit models pull` (downloads and converts the default models into models/), or set "
          "roundtrip.ct2_fr_en / roundtrip.ct2_en_fr to converted folders; pip install 'mtaudit[roundtrip]'")


def ct2_folder(options, direction: str) -> Path:
    if options.ct2_models.get(direction):
        return Path(options.ct2_models[direction]).expanduser()
    name = options.models[direction].rstrip("/").split("/")[-1]
    return options.models_path() / f"{name}-ct2"


def spm_files(options, direction: str) -> tuple[Path, Path] | None:
    for folder in (ct2_folder(options, direction), local_folder(options, direction)):
        if folder and (folder / "source.spm").is_file() and (folder / "target.spm").is_file():
            return folder / "source.spm", folder / "target.spm"
    return None


class CTranslate2Backend(Backend):
    name = "ctranslate2"

    @classmethod
    def probe(cls, options, strict=False):
        missing = has_modules("ctranslate2", "sentencepiece")
        if missing:
            return missing
        for direction in options.models:
            folder = ct2_folder(options, direction)
            if not (folder / "model.bin").is_file():
                return _("no converted model in {folder}").format(folder=folder)
            if not spm_files(options, direction):
                return _("no source.spm/target.spm next to {folder}").format(folder=folder)
        return None

    def model(self, direction):
        return str(ct2_folder(self.options, direction))

    def signature(self, direction):
        o = self.options
        return (f"ctranslate2:{self.model(direction)}|rev:{files_date(ct2_folder(o, direction), ('model.bin',))}"
                f"|{self.compute_type()}|beam:{o.beam_size}|max:{o.max_length}")

    def device(self) -> str:
        import ctranslate2

        if self.options.device == "auto":
            return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        return self.options.device

    def compute_type(self) -> str:
        if self.options.compute_type != "auto":
            return self.options.compute_type
        try:
            return "int8_float16" if self.device() == "cuda" else "int8"
        except ImportError:
            return "int8"

    def _open(self, direction):
        reason = self.probe(self.options, strict=True)
        if reason:
            raise BackendUnavailable(reason, _(HOW_TO))
        import ctranslate2
        import sentencepiece as spm

        src, tgt = spm_files(self.options, direction)
        try:
            translator = ctranslate2.Translator(str(ct2_folder(self.options, direction)), device=self.device(),
                                                compute_type=self.compute_type(), inter_threads=1,
                                                intra_threads=self.options.n_threads)
        except (RuntimeError, ValueError) as e:
            raise BackendUnavailable(_("cannot load {folder}: {problem}").format(folder=ct2_folder(self.options, direction), problem=e),
                                     _(HOW_TO)) from e
        return (translator, spm.SentencePieceProcessor(model_file=str(src)),
                spm.SentencePieceProcessor(model_file=str(tgt)))

    def _translate(self, texts, direction):
        translator, sp_src, sp_tgt = self._load(direction)
        o = self.options
        pieces = [p[:o.max_length - 1] + ["</s>"] for p in sp_src.encode(texts, out_type=str)]
        results = translator.translate_batch(pieces, beam_size=o.beam_size, max_batch_size=o.batch_size,
                                             batch_type="examples", max_decoding_length=o.max_length)
        out = []
        for r in results:
            tokens = [t for t in r.hypotheses[0] if t not in ("</s>", "<pad>")]
            out.append(sp_tgt.decode(tokens).strip())
        return out
