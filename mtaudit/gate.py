"""The gate: when does an audited article make a run fail (exit 1, JUnit failure, verdict "fail")?

One gate for `audit`, `check`, the service and every CI format. An article crosses it when its
quality is below `fail_under` or when it has a finding at or above `fail_on`. With neither set,
the DEFAULT applies: the article crosses when its verdict is "fail" (quality below the "review"
threshold, 70 by default). Setting either flag replaces the default; `--fail-under 0` never fails.
"""
from __future__ import annotations

from .i18n import N_, _, ngettext

from dataclasses import dataclass

from .detect.finding import SEVERITIES, SEVERITY_RANK

DEFAULT_DOC = N_('the verdict is "fail" (quality below the review threshold)')  # translated where shown


@dataclass(frozen=True)
class Gate:
    fail_under: float | None = None
    fail_on: str | None = None

    def __post_init__(self):
        if self.fail_on is not None and self.fail_on not in SEVERITIES:
            raise ValueError(_("fail_on must be one of {valid}, got {value}").format(valid=", ".join(SEVERITIES), value=repr(self.fail_on)))
        if self.fail_under is not None and not 0 <= self.fail_under <= 100:
            raise ValueError(_("fail_under must be from 0 to 100, got {value}").format(value=repr(self.fail_under)))

    @property
    def is_set(self) -> bool:
        return self.fail_under is not None or self.fail_on is not None

    def over(self, other: "Gate | None") -> "Gate":
        """Field by field: this gate's value where set, else `other`'s. The more specific wins: in
        the service a request's options over the server's flags; in `check` the command line over
        the options of a JSON request piped in."""
        if other is None:
            return self
        return Gate(self.fail_under if self.fail_under is not None else other.fail_under,
                    self.fail_on if self.fail_on is not None else other.fail_on)

    def resolved(self, thresholds: dict) -> "Gate":
        """The gate actually applied: the default (verdict "fail") when nothing is set."""
        return self if self.is_set else Gate(fail_under=float(thresholds["review"]))

    def crosses(self, report: dict) -> bool:
        """Quality below fail_under, or a finding at or above fail_on. An unset gate never crosses;
        call resolved() first for the default."""
        return self.reason(report) is not None

    def reason(self, report: dict) -> str | None:
        """Why the report crosses this gate, in words, or None when it does not (the one test of crosses())."""
        q = report["score"]["quality"]
        if self.fail_under is not None and q < self.fail_under:
            return _("quality {quality} is below {limit}").format(quality=f"{q:g}", limit=f"{self.fail_under:g}")
        if self.fail_on is not None:
            floor = SEVERITY_RANK[self.fail_on]
            hits = [f for f in report["findings"] if SEVERITY_RANK[f["severity"]] >= floor]
            if hits:
                return ngettext("{n} finding at or above {severity}", "{n} findings at or above {severity}", len(hits)).format(
                    n=len(hits), severity=self.fail_on)
        return None

    def to_dict(self, crossed: bool) -> dict:
        return {"fail_under": self.fail_under, "fail_on": self.fail_on, "crossed": crossed}
