"""Grammar and agreement (MTA501-MTA504): Grammalecte when installed, spaCy agreement otherwise.
Each rule's file holds its declaration and its check (`candidates`); analysis.py holds what they
share and runs the checks once per article, so that findings of different rules never overlap."""
from .auxiliary import AuxiliaryOrReflexive
from .grammar_checker import GrammarChecker
from .inverted_subject import InvertedSubjectAgreement
from .noun_phrase import NounPhraseAgreement

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    GrammarChecker,  # MTA501
    NounPhraseAgreement,  # MTA502
    InvertedSubjectAgreement,  # MTA503
    AuxiliaryOrReflexive,  # MTA504
)
