"""Report: JSON first; Markdown, HTML and batch outputs are rendered from it."""
from .batch import render_csv, render_index, summary_rows
from .html import render_html
from .io import to_json, write_atomic
from .markdown import render_markdown
from .xliff import render_xliff

RENDERERS = {
    "json": ("json", lambda report, text: to_json(report)),
    "md": ("md", render_markdown),
    "html": ("html", render_html),
    "xliff": ("mtaudit.xlf", render_xliff),  # XLIFF inputs only (None for others)
}

__all__ = ["RENDERERS", "render_csv", "render_index", "summary_rows", "render_html", "to_json",
           "write_atomic", "render_markdown"]
