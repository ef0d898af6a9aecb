"""The language layer the rules share, one module a concern:

    text.py        the ways of folding text, each named for what it keeps (fold, fold_name, ...)
    frequency.py   word frequencies (wordfreq), cached, and the thresholds the rules use, named
    hunspell.py    the system's French Hunspell word list
    grammalecte.py the Grammalecte engine, loaded once per process; french_lists (its lexicon, or Hunspell's)
    names.py       the name knowledge base (people, places, organisations, roles, English terms)
    bilex.py       the bilingual lexicon (data/bilex.tsv): English lemmas and the French ones they translate to
    kinds.py       the kinds of thing a string names (data/name_kinds.tsv: commande, command)

Rules import from here; nothing here imports a rule."""
