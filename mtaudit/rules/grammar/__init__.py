"""Grammar and agreement (MTA501-MTA504): Grammalecte when installed, spaCy agreement otherwise."""
from .grammar_checker import GrammarChecker, NounPhraseAgreement, InvertedSubjectAgreement, AuxiliaryOrReflexive

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    GrammarChecker,  # MTA501
    NounPhraseAgreement,  # MTA502
    InvertedSubjectAgreement,  # MTA503
    AuxiliaryOrReflexive,  # MTA504
)
