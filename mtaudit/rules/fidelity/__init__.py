"""Fidelity to the source: round trip (MTA801, stage "roundtrip", roundtrip.py) and source against
target (MTA810-MTA821, stage "bilingual": the French article against its --source, sentence by
sentence after alignment), one rule a file, over the report's `roundtrip` records (common.py)."""
from .roundtrip import LowRoundTripFidelity
from .source_meaning_mismatch import SourceMeaningMismatch
from .source_name_missing import SourceNameMissing, source_names
from .source_number_missing import SourceNumberMissing, english_numbers, french_numbers
from .source_sentence_omitted import SourceSentenceOmitted
from .target_sentence_added import TargetSentenceAdded

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    LowRoundTripFidelity,  # MTA801
    SourceSentenceOmitted,  # MTA810
    SourceNumberMissing,  # MTA811
    SourceNameMissing,  # MTA812
    TargetSentenceAdded,  # MTA820
    SourceMeaningMismatch,  # MTA821
)

__all__ = ["RULES", "english_numbers", "french_numbers", "source_names"]
