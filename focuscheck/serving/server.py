"""The web server of ``focuscheck serve``: textual-serve, behind the checks of :mod:`.access`.

textual-serve starts one app process per websocket and streams its screen to
the page.  This server keeps that and changes what is around it:

- every kind of tab has a path, a secret token and a command fixed here: the
  facilitator's tab at ``/`` runs what ``serve`` was given, a retro's join link
  at ``/join/`` runs the member's screen and nothing else (no request can
  choose another command);
- the page and the websocket refuse requests without the tab's token or from
  a page of another site (the token goes into the websocket's path because
  textual's script appends its own query to the websocket address);
- the page is focuscheck's own: it loads its script, styles and font from this
  server only, and its Content-Security-Policy lets the browser fetch nothing
  from anywhere else;
- the access log, which would show every token, is not written.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.server import Server

from focuscheck.i18n import _, current_language
from focuscheck.serving.access import refusal

TEMPLATES: Final = Path(__file__).with_name("templates")
PAGE: Final = "page.html"
JOIN_PATH: Final = "/join/"
FONT_SIZES: Final = range(8, 41)
DEFAULT_FONT_SIZE: Final = 16

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True, slots=True)
class Tab:
    """One kind of browser tab: where it is served, its secret token, the command it runs."""

    path: str
    token: str
    command: str

    def link(self, base: str) -> str:
        """The address to open, token included: ``base`` is ``http://host:port``."""
        return f"{base}{self.path}?token={self.token}"


def page_headers(nonce: str, websocket_origin: str) -> dict[str, str]:
    """The page's headers: kept out of caches and referrers, and fetching from here only."""
    policy = "; ".join(
        (
            "default-src 'none'",
            f"script-src 'self' 'nonce-{nonce}'",
            # textual's script adds the terminal's styles as <style> elements.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            f"connect-src 'self' {websocket_origin}",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    return {
        "Content-Security-Policy": policy,
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
    }


def font_size(asked: str) -> int:
    """The page's font size from ``?fontsize=`` (as textual-serve offers), within reason."""
    size = int(asked) if asked.isdigit() else DEFAULT_FONT_SIZE
    return size if size in FONT_SIZES else DEFAULT_FONT_SIZE


class GuardedServer(Server):
    """textual-serve with a token per kind of tab and nothing fetched from elsewhere."""

    def __init__(self, tabs: tuple[Tab, ...], *, host: str, port: int) -> None:
        super().__init__(tabs[0].command, host=host, port=port, title="focuscheck")
        self.tabs = tabs
        """The facilitator's tab first, then a retro's join link, if any."""
        # One textual-serve server per tab starts that tab's command.
        self._runners = {tab.path: Server(tab.command, host=host, port=port) for tab in tabs}

    def initialize_logging(self) -> None:
        super().initialize_logging()
        # Its lines hold each request's address, token included.
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)

    async def on_startup(self, app: web.Application) -> None:
        """The command line has printed the links; nothing more to say."""

    async def _make_app(self) -> web.Application:
        app = web.Application()
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(TEMPLATES))
        for tab in self.tabs:
            app.add_routes(
                [
                    web.get(tab.path, self._page_handler(tab)),
                    web.get(f"{tab.path}ws/{{token:[^/]*}}", self._socket_handler(tab)),
                ]
            )
        host_runner = self._runners[self.tabs[0].path]
        app.add_routes(
            [
                web.get("/download/{key}", host_runner.handle_download),
                web.static("/static", self.statics_path),
            ]
        )
        return app

    @staticmethod
    def _guard(request: web.Request, tab: Tab, token: str | None) -> None:
        refused = refusal(
            token, tab.token, request.headers.get("Origin"), request.host, request.scheme
        )
        if refused is not None:
            raise web.HTTPForbidden(text=refused.message())

    def _page_handler(self, tab: Tab) -> Handler:
        async def page(request: web.Request) -> web.StreamResponse:
            self._guard(request, tab, request.query.get("token"))
            nonce = secrets.token_urlsafe(16)
            websocket_origin = f"{'wss' if request.secure else 'ws'}://{request.host}"
            context = {
                "lang": current_language(),
                "nonce": nonce,
                "static": "/static/",
                "websocket": f"{websocket_origin}{tab.path}ws/{tab.token}",
                "font_size": font_size(request.query.get("fontsize", "")),
                "title": "focuscheck",
                "starting": _("Starting focuscheck…"),
                "start": _("Start"),
                "ended": _("The session has ended."),
                "restart": _("Start again"),
            }
            response = aiohttp_jinja2.render_template(PAGE, request, context)
            response.headers.update(page_headers(nonce, websocket_origin))
            return response

        return page

    def _socket_handler(self, tab: Tab) -> Handler:
        runner = self._runners[tab.path]

        async def socket(request: web.Request) -> web.StreamResponse:
            self._guard(request, tab, request.match_info["token"])
            return await runner.handle_websocket(request)

        return socket
