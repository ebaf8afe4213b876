"""The web application: the form, the check of an upload, and the health answer.

Nothing is stored. Each upload is written to a temporary folder of its own request,
checked by a worker process, and the folder is removed before the answer leaves;
the downloads travel inside the answer itself.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from checker.plugins import load_registry
from checker.serve._limits import ServeSettings
from checker.serve._page import PageContent, render_page
from checker.serve._pool import CheckPool, PoolFailure, PoolTrouble
from checker.serve._uploads import Refusal, UploadRefused, receive_uploads
from checker.serve._words import LANGUAGES, words
from checker.serve._work import CheckRequest, Outcome, download_formats

__all__ = ["LOOPBACK_HOSTS", "SECURITY_HEADERS", "create_app"]

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
PAGE_FORMAT = "page"

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
# For every answer that does not bring its own (an error, the health answer).
_DEFAULT_CSP = ("default-src 'none'; base-uri 'none'; form-action 'self'; "
                "frame-ancestors 'none'")
_DOWNLOAD_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'"


class _SecurityHeaders:
    """Adds the security headers to every answer, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                extra = dict(SECURITY_HEADERS)
                extra.setdefault("content-security-policy", _DEFAULT_CSP)
                extra.setdefault("cache-control", "no-store")
                headers += [(name.encode(), value.encode()) for name, value in extra.items()
                            if name.encode() not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _Service:
    """The state of one server: its settings, the formats it offers, its workers."""

    def __init__(self, settings: ServeSettings, plugins: Sequence[str],
                 config_path: str | None) -> None:
        self.settings = settings
        self.limits = settings.limits
        self.formats = download_formats(
            load_registry(extra=[(name, _import(name)) for name in plugins]))
        self.pool = CheckPool(settings.workers, plugins, config_path)

    def page(self, content: PageContent, status: int = 200) -> Response:
        page = render_page(content, self.limits)
        return HTMLResponse(page.html, status, headers={
            "content-security-policy": page.content_security_policy})

    def error(self, lang: str, status: int, *messages: str) -> Response:
        return self.page(PageContent(lang=lang, formats=self.formats, errors=messages), status)

    async def home(self, request: Request) -> Response:
        return self.page(PageContent(lang=_lang(request.query_params.get("lang")),
                                     formats=self.formats))

    async def health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "workers": self.pool.workers,
                             "busy": self.pool.busy, "waiting": self.pool.waiting})

    async def check(self, request: Request) -> Response:
        lang = _lang(request.query_params.get("lang"))
        if _from_another_site(request):
            # Nothing here changes state, but another site's page must not make its
            # visitors' browsers send files to this server.
            return self.error(lang, 403, words(lang)["foreign_origin"])
        folder = Path(tempfile.mkdtemp(prefix="lkjip-serve-"))
        try:
            return await self._check_in(folder, request, lang)
        except UploadRefused as refused:
            return self.error(lang, refused.refusal.status, self._refusal_text(refused, lang))
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    async def _check_in(self, folder: Path, request: Request, lang: str) -> Response:
        form = await receive_uploads(dict(request.headers), request.stream(), folder,
                                     self.limits)
        lang = _lang(form.fields.get("lang") or lang)
        wanted = form.fields.get("format") or PAGE_FORMAT
        select, ignore = form.fields.get("select", ""), form.fields.get("ignore", "")
        content = PageContent(lang=lang, formats=self.formats, select=select, ignore=ignore)
        if not form.names:
            return self.page(_with(content, errors=(words(lang)["no_files"],)), 400)
        if wanted != PAGE_FORMAT and wanted not in self.formats:
            known = ", ".join(self.formats)
            return self.page(_with(content, errors=(
                f"format keluaran {wanted!r} tidak dikenal (unknown output format {wanted!r};"
                f" known: {known})",)), 400)
        page = wanted == PAGE_FORMAT
        try:
            outcome = await self.pool.check(CheckRequest(
                folder=str(folder), names=form.names, lang=lang, select=_codes(select),
                ignore=_codes(ignore), formats=self.formats if page else (wanted,),
                page=page, timeout_seconds=self.limits.timeout_seconds))
        except PoolFailure as failure:
            return self.page(_with(content, errors=(
                self._failure_text(failure.trouble, lang),)), 503)
        return self._answer(outcome, content, page)

    def _answer(self, outcome: Outcome, content: PageContent, page: bool) -> Response:
        if outcome.timed_out:
            return self.page(_with(content, errors=(
                self._failure_text(PoolTrouble.TIMED_OUT, content.lang),)), 503)
        if outcome.problem:
            return self.page(_with(content, errors=(outcome.problem,)), 400)
        unreadable = tuple(f.error for f in outcome.files if f.error)
        if not page and not unreadable and outcome.downloads:
            return _download(outcome.downloads[0].data, outcome.downloads[0].filename,
                             outcome.downloads[0].media_type)
        return self.page(_with(
            content, errors=unreadable, files=outcome.files, downloads=outcome.downloads,
            regional=outcome.summary, notes=outcome.notes), 400 if unreadable else 200)

    def _refusal_text(self, refused: UploadRefused, lang: str) -> str:
        w, limits = words(lang), self.limits
        max_mb = f"{limits.max_file_mb:g}"
        if refused.refusal is Refusal.TOO_LARGE:
            if refused.name:
                return w["too_large"].format(name=refused.name, max_mb=max_mb)
            return w["too_large_request"].format(max_files=limits.max_files, max_mb=max_mb)
        if refused.refusal is Refusal.TOO_MANY_FILES:
            return w["too_many_files"].format(max_files=limits.max_files)
        return w["not_a_form"]

    def _failure_text(self, trouble: PoolTrouble, lang: str) -> str:
        if trouble is PoolTrouble.TIMED_OUT:
            return words(lang)["timed_out"].format(seconds=f"{self.limits.timeout_seconds:g}")
        return words(lang)[trouble.value]


def _import(name: str) -> Any:
    import importlib

    return importlib.import_module(name)


def _from_another_site(request: Request) -> bool:
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return True
    # With the page's no-referrer policy a browser sends "Origin: null" even for its
    # own form: only a named origin can be judged.
    origin = request.headers.get("origin", "null")
    return origin != "null" and urlsplit(origin).netloc != request.headers.get("host", "")


def _lang(value: str | None) -> str:
    return value if value in LANGUAGES else "id"


def _codes(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _with(content: PageContent, **changes: Any) -> PageContent:
    from dataclasses import replace

    return replace(content, **changes)


def _download(data: bytes, filename: str, media_type: str) -> Response:
    return Response(data, media_type=media_type, headers={
        "content-disposition": f'attachment; filename="{filename}"',
        "content-security-policy": _DOWNLOAD_CSP})


def create_app(settings: ServeSettings | None = None, *, plugins: Sequence[str] = (),
               config_path: str | None = None) -> Starlette:
    """The application; ``plugins`` are extra plugin modules (by import name) that the
    server and its workers register besides the installed ones."""
    service = _Service(settings or ServeSettings(), plugins, config_path)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await service.pool.warm_up()
        try:
            yield
        finally:
            service.pool.close()

    async def http_error(request: Request, exc: Exception) -> Response:
        lang = _lang(request.query_params.get("lang"))
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        key = {404: "not_found", 405: "method"}.get(status, "server_error")
        return service.error(lang, status, words(lang)[key])

    async def server_error(request: Request, exc: Exception) -> Response:
        lang = _lang(request.query_params.get("lang"))
        return _plain_error(words(lang)["server_error"], lang)

    middleware = [Middleware(_SecurityHeaders)]
    if settings is None or settings.host in LOOPBACK_HOSTS:
        # A server on this machine only answers to this machine's names: a web page
        # elsewhere cannot reach it through a DNS name that points here.
        middleware.append(Middleware(TrustedHostMiddleware,
                                     allowed_hosts=list(LOOPBACK_HOSTS)))
    return Starlette(
        routes=[
            Route("/", service.home, methods=["GET"]),
            Route("/check", service.check, methods=["POST"]),
            Route("/healthz", service.health, methods=["GET"]),
        ],
        middleware=middleware,
        exception_handlers={HTTPException: http_error, Exception: server_error},
        lifespan=lifespan,
    )


def _plain_error(message: str, lang: str) -> Response:
    """The last resort: a page that needs nothing that could have failed."""
    from html import escape

    body = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>500</title></head><body><h1>500</h1><p>{escape(message)}</p>"
            '<p><a href="/">lkjip</a></p></body></html>')
    # Sent by Starlette's outermost error handler, outside the headers middleware.
    return HTMLResponse(body, 500, headers={
        **SECURITY_HEADERS, "content-security-policy": _DEFAULT_CSP, "cache-control": "no-store"})
