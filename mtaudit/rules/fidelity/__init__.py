"""Fidelity to the source: round trip (MTA801, stage "roundtrip") and source against target
(MTA810-MTA821, stage "bilingual"), over the report's `roundtrip` records (common.py)."""
from .bilingual import SourceSentenceOmitted, SourceNumberMissing, SourceNameMissing, TargetSentenceAdded, SourceMeaningMismatch
from .roundtrip import LowRoundTripFidelity

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    LowRoundTripFidelity,  # MTA801
    SourceSentenceOmitted,  # MTA810
    SourceNumberMissing,  # MTA811
    SourceNameMissing,  # MTA812
    TargetSentenceAdded,  # MTA820
    SourceMeaningMismatch,  # MTA821
)
