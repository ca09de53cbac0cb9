"""Settings for Beleidsplanner Mantelzorg, read from environment variables.

Safe defaults: DEBUG is off unless DJANGO_DEBUG=1, a SECRET_KEY is required when DEBUG is
off, SQLite in the project folder unless DATABASE_URL points elsewhere.
"""
from datetime import timedelta
from pathlib import Path
import os

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0), got {value!r}")


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for development).")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "formtools",
    "axes",
    "csp",  # django-csp: its system checks catch settings in the old CSP_* form
    "django_tasks",
    "django_tasks_db",
    "planner",
]

# Background work such as rendering PDFs (planner/tasks.py): queued in the database, done by
# `manage.py db_worker` on any machine that shares the database.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "planner.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before any view reads the body: refuse one larger than the planner needs (Dutch 400 page).
    "planner.middleware.RequestBodyLimitMiddleware",
    # Cache-Control: private, no-store on every response to a signed-in user (plan data).
    "planner.middleware.PrivateCacheMiddleware",
    # Before CSRF and the views' method checks: another gemeente's plan is a 404 for every request.
    "planner.access.AccessFirstMiddleware",
    # Remembers who this browser belongs to, so input posted after the session ended is kept.
    "planner.wizard.unsaved.RememberUserMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a refused sign-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "planner.urls"
# A form sent back without a valid CSRF token gets a Dutch page (planner/errors.py).
CSRF_FAILURE_VIEW = "planner.errors.csrf_failure"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Form widgets render through Jinja2: several times faster than Django templates for the
# many radio buttons and drop-downs of a step page. Our own page templates stay Django's.
FORM_RENDERER = "planner.wizard.form_renderer.FormRenderer"

WSGI_APPLICATION = "planner.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes or threads may save at once. Take the write lock when a transaction
    # starts (a lock upgrade halfway fails at once with "database is locked"), wait up to 20 s
    # for it, and let readers go on while someone writes (WAL).
    DATABASES["default"].setdefault("OPTIONS", {}).update({
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    })
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A cache all app servers share (the PDF cache lives here): by default a table in the
# database (`manage.py createcachetable`), so an app server keeps nothing on its own disk.
CACHES = {
    "default": {
        "BACKEND": os.environ.get("DJANGO_CACHE_BACKEND", "django.core.cache.backends.db.DatabaseCache"),
        "LOCATION": os.environ.get("DJANGO_CACHE_LOCATION", "django_cache"),
        "TIMEOUT": int(os.environ.get("DJANGO_CACHE_TIMEOUT", str(7 * 24 * 60 * 60))),
    }
}
# After a change the PDF is made in advance, once the plan has been left alone this long: the
# download is then usually there at once, and a burst of saves costs one render. 0: only on request.
PDF_PRERENDER_SECONDS = int(os.environ.get("DJANGO_PDF_PRERENDER_SECONDS", "120") or 0)
# A render that takes longer is stopped and the officer told (the demo plan takes about 2 s).
PDF_RENDER_SECONDS = int(os.environ.get("DJANGO_PDF_RENDER_SECONDS", "60") or 0)
# Renders one gemeente may have waiting for the worker at once, so it cannot hold up the others.
PDF_QUEUE_PER_GEMEENTE = int(os.environ.get("DJANGO_PDF_QUEUE_PER_GEMEENTE", "4") or 4)
# A render no worker has started after this long (worker down, or died halfway) is made by the
# web process instead, so the officer still gets the PDF.
PDF_WORKER_WAIT_SECONDS = int(os.environ.get("DJANGO_PDF_WORKER_WAIT_SECONDS", "30") or 30)
# Sessions stay in the database (Django's default engine), shared by every app server too.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# /bench/leeg/, a bare view bench/load.py measures as the ceiling; never on in production.
BENCH_VIEWS = env_bool("DJANGO_BENCH_VIEWS", False)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# Where collectstatic puts the files WhiteNoise serves (hashed and compressed when DEBUG is off).
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "planner:dashboard"
LOGOUT_REDIRECT_URL = "login"

# A step with every table full posts up to about 1,600 fields (a ticked box in a row is one);
# Django's default of 1,000 would refuse such a save with "400 Bad Request".
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000
# Request bodies; planner.middleware refuses larger ones (Dutch 400 page) before reading them.
# The demo's heaviest step posts 23 KB; the heaviest step with every field at its limit about
# 0.6 MB of plain text (tests/test_errors.py), up to 4x that for text full of accents.
DATA_UPLOAD_MAX_MEMORY_SIZE = 3 * 1024 * 1024
# A file upload only on the import page: a plan file is at most 2 MB (planner/history/transfer.py),
# plus room for the form around it; it stays in memory, never in a temporary file on disk.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024 + 64 * 1024
# Before sign-in (login, choosing a password) a few KB are plenty.
ANONYMOUS_BODY_MAX_SIZE = 64 * 1024

SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True

# Production hardening: on unless DEBUG (or switched off explicitly for a plain-HTTP test server).
SECURE = env_bool("DJANGO_SECURE", not DEBUG)
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_SSL_REDIRECT = SECURE and env_bool("DJANGO_SSL_REDIRECT", True)
# Load balancers probe the health check over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^gezondheid/$"]
SECURE_HSTS_SECONDS = 31536000 if SECURE else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
SECURE_HSTS_PRELOAD = SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): only our own files, no inline scripts or styles, no
# plugins, no frames, forms post to us only. A view that needs another policy says so with
# csp.decorators (csp_update, csp_replace, csp_exempt); none does today.
# tests/test_security.py holds the whole policy: loosening it here fails the tests.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}
# Django has no setting for this header and django-csp does not do it: planner.security adds it.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

# Login throttling (django-axes): after 5 wrong passwords for one user name from one IP
# address, that combination waits 15 minutes. Counted in the database, so every app server agrees.
AUTHENTICATION_BACKENDS = [
    "planner.security.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "planner/login_locked.html"
AXES_HTTP_RESPONSE_CODE = 429
# Behind reverse proxies (load balancer, TLS proxy): how many, so the visitor's own address is
# counted instead of the proxy's (see planner.security.client_ip). 0: Django faces the visitors.
# Not django-axes' AXES_IPWARE_* settings: django-ipware 8 lets a visitor choose the address that
# is counted, so they escape the lockout (tests/test_security.py shows it).
PROXY_COUNT = int(os.environ.get("DJANGO_PROXY_COUNT", "0") or 0)
# Only a proxy of our own may say the visitor used HTTPS; without one anyone could claim it.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if PROXY_COUNT > 0 else None
AXES_CLIENT_IP_CALLABLE = "planner.security.client_ip"

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "Beleidsplanner Mantelzorg <noreply@localhost>")
# Links in e-mail start with this address, never with the Host header of a request.
# `check --deploy` warns when it is missing in production (planner/checks.py).
BASE_URL = os.environ.get("DJANGO_BASE_URL", "http://127.0.0.1:8000" if DEBUG else "").rstrip("/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
