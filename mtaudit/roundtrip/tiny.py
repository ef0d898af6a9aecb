"""A tiny MarianMT model built from scratch (random weights, a SentencePiece vocabulary trained on a
few sentences): exercises the real transformers / CTranslate2 code paths offline, for tests and
benchmarks. Its translations are nonsense."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

SENTENCES = [
    "Le gouvernement a présenté son budget lundi.", "The government presented its budget on Monday.",
    "Les syndicats appellent à la grève générale.", "Unions are calling for a general strike.",
    "Le président a rencontré le chancelier à Berlin.", "The president met the chancellor in Berlin.",
    "Il pleut à Paris depuis trois jours.", "It has been raining in Paris for three days.",
    "Les marchés ont reculé après l'annonce.", "Markets fell after the announcement.",
    "La police a arrêté deux suspects.", "Police arrested two suspects.",
    "Le sommet de l'OTAN se tiendra en juin.", "The NATO summit will be held in June.",
    "Les prix de l'énergie augmentent encore.", "Energy prices keep rising.",
]


def build_tiny_marian(folder: str | Path, sentences: list[str] | None = None, vocab_size: int = 150,
                      d_model: int = 16, layers: int = 1, seed: int = 0) -> Path:
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    folder = Path(folder)
    work = folder.parent / f".{folder.name}-spm"
    work.mkdir(parents=True, exist_ok=True)
    (work / "corpus.txt").write_text("\n".join((sentences or SENTENCES) * 3), encoding="utf-8")
    spm.SentencePieceTrainer.train(input=str(work / "corpus.txt"), model_prefix=str(work / "sp"),
                                   vocab_size=vocab_size, character_coverage=1.0, hard_vocab_limit=False,
                                   bos_id=-1, eos_id=-1, unk_id=0, pad_id=-1, minloglevel=2)
    sp = spm.SentencePieceProcessor(model_file=str(work / "sp.model"))
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        vocab.setdefault(sp.id_to_piece(i), len(vocab))
    vocab["<pad>"] = len(vocab)
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("source.spm", "target.spm"):
        shutil.copy(work / "sp.model", folder / name)
    (folder / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    torch.manual_seed(seed)
    tok = MarianTokenizer(str(folder / "source.spm"), str(folder / "target.spm"), str(folder / "vocab.json"))
    cfg = MarianConfig(vocab_size=len(vocab), d_model=d_model, encoder_layers=layers, decoder_layers=layers,
                       encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=2 * d_model,
                       decoder_ffn_dim=2 * d_model, max_position_embeddings=512, pad_token_id=vocab["<pad>"],
                       eos_token_id=0, decoder_start_token_id=vocab["<pad>"], forced_eos_token_id=None)
    MarianMTModel(cfg).save_pretrained(str(folder))
    tok.save_pretrained(str(folder))
    return folder
