"""Running the application under uvicorn, with a one-line answer to a busy port."""

from __future__ import annotations

import socket
import sys

from checker.errors import UsageError
from checker.serve._limits import ServeSettings

__all__ = ["serve"]


def serve(settings: ServeSettings, config_path: str | None = None) -> int:
    import uvicorn

    from checker.serve._app import LOOPBACK_HOSTS, create_app

    listener = _bind(settings.host, settings.port)
    app = create_app(settings, config_path=config_path)
    port = listener.getsockname()[1]
    shown = f"[{settings.host}]" if ":" in settings.host else settings.host
    sys.stderr.write(f"lkjip serve: http://{shown}:{port}/ (Ctrl+C to stop)\n")
    if settings.host not in LOOPBACK_HOSTS:
        sys.stderr.write("lkjip serve: listening on the network: anyone who can reach "
                         f"this machine on port {port} can upload reports (see docs/serve.md)\n")
    config = uvicorn.Config(app, log_level="warning", access_log=False,
                            timeout_graceful_shutdown=5)
    uvicorn.Server(config).run(sockets=[listener])
    return 0


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so that a busy port is one clear line."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host.strip("[]"), port))
    except OSError as exc:
        listener.close()
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                         f"tidak dapat mendengarkan di {host}:{port}") from None
    listener.listen(128)
    listener.set_inheritable(True)
    return listener
