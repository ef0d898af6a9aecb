"""The pre-publish HTTP service (`mtaudit serve`) and the JSON request format it shares with `check -`."""
