"""The HTML reporter: one self-contained page per run, for people who open a file.

It shows, per document, the counts, the pohon kinerja drawn as an SVG tree whose
nodes are coloured by their worst finding, and the findings with their source lines.
Styles, script and drawing are inline and the page fetches nothing (its
Content-Security-Policy forbids it), so it opens offline from an email attachment.
The output is the same for the same results except the date of the check
(``SOURCE_DATE_EPOCH`` fixes that too).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from checker.hookspecs import RenderOptions, Reporter, hookimpl
from checker.result import DocumentResult

if TYPE_CHECKING:
    import jinja2

# jinja2 and the page's views are imported when a page is rendered: a run that writes
# no HTML does not pay for them.

__all__ = ["render_html"]


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("reports", "templates"),
        autoescape=True,  # every template, whatever its name: report text is hostile
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    return environment.get_template("report.html.j2")


def render_html(results: Sequence[DocumentResult], options: RenderOptions) -> str:
    from reports._html_context import check_date, document_view, words
    from reports._html_tree import NODE_HEIGHT, NODE_WIDTH
    from reports.summary import (
        SUMMARY_WORDS,
        TOP_REGION,
        name_of,
        regional_summary,
        top_rules_text,
    )

    lang = options.lang if options.lang in ("id", "en") else "id"
    return _template().render(
        lang=lang,
        words=words(lang),
        tool_version=options.tool_version,
        checked_on=check_date(),
        documents=[document_view(index, result, lang) for index, result in enumerate(results)],
        # A batch gets the region's one table first: a row per report, the rules most broken.
        region=regional_summary(results) if len(results) > 1 else None,
        region_words=SUMMARY_WORDS[lang],
        region_top=TOP_REGION,
        name_of=name_of,
        top_rules_text=top_rules_text,
        node_width=NODE_WIDTH,
        node_height=NODE_HEIGHT,
    )


@hookimpl
def lkjip_reporters() -> list[Reporter]:
    return [Reporter("html", render_html,
                     "a page to open: counts, the pohon kinerja drawn, findings with excerpts",
                     extensions=(".html", ".htm"))]
