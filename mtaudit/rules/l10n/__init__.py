"""Localisation QA of bilingual units (MTA901-MTA917, stage "l10n"), one rule a file; what they share is
in mtaudit/l10n/."""
from .brackets import UnbalancedBrackets
from .case import FirstLetterCase
from .codes import InlineCodes
from .dnt import DoNotTranslate
from .empty import EmptyTarget
from .final_punctuation import FinalPunctuation
from .forbidden_term import ForbiddenTerm
from .glossary import GlossaryTerm
from .identical import TargetSameAsSource
from .inconsistent_source import InconsistentSource
from .inconsistent_target import InconsistentTarget
from .length import LengthRatio
from .links import Links
from .locked import LockedUnitChanged
from .number_format import NumberFormat
from .numbers import NumberMismatch
from .whitespace import EdgeWhitespace

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    NumberMismatch,  # MTA901
    NumberFormat,  # MTA902
    InlineCodes,  # MTA903
    Links,  # MTA904
    EmptyTarget,  # MTA905
    TargetSameAsSource,  # MTA906
    EdgeWhitespace,  # MTA907
    FinalPunctuation,  # MTA908
    FirstLetterCase,  # MTA909
    UnbalancedBrackets,  # MTA910
    LengthRatio,  # MTA911
    InconsistentTarget,  # MTA912
    InconsistentSource,  # MTA913
    GlossaryTerm,  # MTA914
    ForbiddenTerm,  # MTA915
    DoNotTranslate,  # MTA916
    LockedUnitChanged,  # MTA917
)
