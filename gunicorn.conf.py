"""gunicorn settings for production: `gunicorn` in the project folder picks this file up.

Everything can be set from the environment, so one image or checkout serves any machine.
The app server keeps no state on disk: sessions and the PDF cache live in the database.
"""
import multiprocessing
import os


def env_int(name, default):
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


wsgi_app = "planner.wsgi:application"

# Behind a reverse proxy (TLS ends there) on the same host; containers set 0.0.0.0:8000.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Whether the visitor used HTTPS is Django's call alone (SECURE_PROXY_SSL_HEADER, only with
# DJANGO_PROXY_COUNT set): gunicorn would otherwise believe X-Forwarded-Proto from any local client.
secure_scheme_headers = {}

# Processes: Python runs one thread at a time per process, so the CPU work (pages, PDFs)
# spreads over processes. Two per core plus one is gunicorn's own advice.
workers = env_int("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count() + 1)
# Requests run in threads: measured 3-6 times less CPU per step page than gunicorn's "sync"
# worker. Python 3.11 frees and re-allocates a block of its frame stack on every call that
# crosses the block's edge (CPython gh-142183, fixed in 3.14 and late 3.13 releases); deep in
# the sync worker's stack our template rendering hit that edge 60,000 times a page.
# One thread per process: a process busy with a request then takes no other, so the next one
# goes to an idle process instead of waiting for this one's lock on the interpreter (the GIL).
# bench/load.py, quiet 2-core machine, 5 processes: with 4 threads each, 22 ms of server CPU per
# request, 81 requests/s at full load and a workday step p95 of 72 ms; with 1, 14 ms, 134
# requests/s and 43 ms.
worker_class = "gthread"
threads = env_int("GUNICORN_THREADS", 1)

# Long enough for the largest PDF, short enough that a hung worker is replaced.
timeout = env_int("GUNICORN_TIMEOUT", 60)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = env_int("GUNICORN_KEEPALIVE", 5)

# Recycle workers now and then so memory a large PDF took is given back.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = env_int("GUNICORN_MAX_REQUESTS_JITTER", 200)

# Logs to stdout/stderr for the process manager; %(M)s is the response time in milliseconds.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms'

# gunicorn 25+ opens a control socket in the home folder by default: no state on disk.
control_socket_disable = True
# Heartbeat files in memory, not on a (possibly slow) disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None


def post_worker_init(worker):
    """Keep what every request needs out of the garbage collector's way (gc.freeze).

    A full collection walks every object in the process: Django, the catalogues, the step
    forms. That took 50-90 ms once every 30 or so requests: the slowest few percent of page
    loads. Objects loaded before the first request live as long as the process, so they are
    frozen (never scanned again); a full collection then takes about 15 ms.
    """
    import gc

    from django.urls import get_resolver

    get_resolver().url_patterns  # import views, forms and catalogues now, not at the first request
    gc.collect()
    gc.freeze()
