"""Score: MQM-style penalties into a quality score and a verdict."""
from .mqm import score, verdict_for

__all__ = ["score", "verdict_for"]
