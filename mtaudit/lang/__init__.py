"""The language layer the rules share: engines and knowledge about French and English text
(Grammalecte, and in time one text folding, one word-frequency wrapper, one Hunspell loader, one
name knowledge base). Rules import from here; nothing here imports a rule."""
