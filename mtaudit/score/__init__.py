"""Score: MQM-style penalties into a quality score and a verdict."""
from .mqm import crosses, score, verdict_for

__all__ = ["crosses", "score", "verdict_for"]
