"""Who may write, and how the browser proves it.

Two ways in, both derived from one secret token:

* API clients send ``Authorization: Bearer TOKEN``. Browsers never attach that
  header on their own, so a Bearer request cannot be forged cross-site and
  needs no CSRF token.
* Analysts sign in once on ``/login`` by pasting the token. They get an
  HttpOnly, SameSite=Strict session cookie signed with a key derived from the
  token (rotating the token signs everyone out). Because a cookie *is* sent
  automatically, every state-changing request that relies on it must also
  carry a CSRF token (a hidden form field or the ``X-CSRF-Token`` header)
  bound to that session, and its Origin/Referer, when given, must be ours.

Nothing here keeps server-side state: sessions and CSRF tokens are HMACs.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.requests import Request

SESSION_COOKIE = "wc_session"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SESSION_MAX_AGE = 7 * 24 * 3600


class AuthError(Exception):
    """A write refused: ``status`` is 401 (who are you?) or 403 (not like this)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.status, self.message))


@dataclass(frozen=True)
class Session:
    nonce: str
    reviewer: str
    issued: int


def new_token() -> str:
    return secrets.token_urlsafe(24)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Guard:
    """Checks tokens, signs and reads session cookies, makes and checks CSRF tokens."""

    def __init__(self, token: str) -> None:
        if not token:
            raise ValueError("the API token must not be empty")
        self._token = token.encode()
        # A separate key, so a leaked cookie signature says nothing about the token itself.
        self._key = hashlib.sha256(b"wirecoder-session\x00" + self._token).digest()

    def token_ok(self, candidate: str | None) -> bool:
        return bool(candidate) and hmac.compare_digest(str(candidate).encode(), self._token)

    def _sign(self, purpose: str, payload: str) -> str:
        return _b64(hmac.new(self._key, f"{purpose}\x00{payload}".encode(), hashlib.sha256).digest())

    # ---- sessions -----------------------------------------------------------------
    def make_session(self, reviewer: str) -> str:
        body = _b64(json.dumps({"n": secrets.token_urlsafe(12), "r": reviewer[:80], "t": int(time.time())})
                    .encode())
        return f"{body}.{self._sign('session', body)}"

    def read_session(self, cookie: str | None) -> Session | None:
        if not cookie or "." not in cookie:
            return None
        body, sig = cookie.rsplit(".", 1)
        if not hmac.compare_digest(sig, self._sign("session", body)):
            return None
        try:
            data = json.loads(_unb64(body))
            s = Session(str(data["n"]), str(data.get("r") or ""), int(data["t"]))
        except (ValueError, KeyError, TypeError):
            return None
        return s if time.time() - s.issued < SESSION_MAX_AGE else None

    def csrf_for(self, session: Session) -> str:
        return self._sign("csrf", session.nonce)

    def csrf_ok(self, session: Session, candidate: str | None) -> bool:
        return bool(candidate) and hmac.compare_digest(str(candidate), self.csrf_for(session))

    # ---- requests -----------------------------------------------------------------
    def session_of(self, request: Request) -> Session | None:
        return self.read_session(request.cookies.get(SESSION_COOKIE))

    def check_write(self, request: Request, form_csrf: str | None = None) -> str:
        """Allow a state-changing request or raise AuthError; returns who is writing."""
        auth = request.headers.get("authorization", "")
        if auth:
            scheme, _, value = auth.partition(" ")
            if scheme.lower() == "bearer" and self.token_ok(value.strip()):
                return "api"
            raise AuthError(401, "wrong API token")
        session = self.session_of(request)
        if session is None:
            raise AuthError(401, "sign in first: send 'Authorization: Bearer TOKEN' or sign in on /login")
        check_origin(request)
        if not self.csrf_ok(session, request.headers.get(CSRF_HEADER) or form_csrf):
            raise AuthError(403, "missing or wrong CSRF token: reload the page and try again")
        return session.reviewer or "analyst"


def _origin_of(url: str) -> str:
    # Host and port only: behind a TLS-terminating proxy the scheme we see differs from the browser's.
    return urlsplit(url).netloc.lower()


def check_origin(request: Request) -> None:
    """Refuse a cookie-authenticated write whose Origin (or, lacking it, Referer) is another site."""
    own = request.headers.get("host", "").lower() or _origin_of(str(request.base_url))
    origin = request.headers.get("origin")
    if origin is not None:
        if origin == "null" or _origin_of(origin) != own:
            raise AuthError(403, f"cross-site request refused (Origin {origin!r})")
        return
    referer = request.headers.get("referer")
    if referer and _origin_of(referer) != own:
        raise AuthError(403, "cross-site request refused (Referer is another site)")


SECURITY_HEADERS = {
    # Every asset is ours: no CDN, no inline scripts or styles, no framing.
    "content-security-policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                               "frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    # Same-origin Referer lets check_origin work for old browsers that omit Origin.
    "referrer-policy": "same-origin",
}
