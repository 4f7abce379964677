"""gunicorn's settings for chitieu in production (deploy/systemd/chitieu.service starts it with them).

Every value can be changed from the environment file (/etc/chitieu/chitieu.env) without editing
this file: CHITIEU_BIND, CHITIEU_WORKERS, CHITIEU_TIMEOUT, CHITIEU_LOG_DIR.
"""

import multiprocessing
import os

# nginx talks to gunicorn over a Unix socket that only they can reach (see deploy/nginx/chitieu.conf).
bind = os.environ.get("CHITIEU_BIND", "unix:/run/chitieu/gunicorn.sock")
workers = int(os.environ.get("CHITIEU_WORKERS", str(multiprocessing.cpu_count() + 1)))
# A district's PDF report takes seconds on an old machine: longer than gunicorn's default 30 s
# would be a hung worker, not a slow report.
timeout = int(os.environ.get("CHITIEU_TIMEOUT", "120"))
graceful_timeout = 30
max_requests = 2000  # a worker is replaced now and then: memory stays flat over months
max_requests_jitter = 200
# Only nginx on this machine may say which scheme and client a request came from.
forwarded_allow_ips = os.environ.get("CHITIEU_TRUSTED_PROXIES", "127.0.0.1")
_log_dir = os.environ.get("CHITIEU_LOG_DIR", "/var/log/chitieu")
accesslog = os.path.join(_log_dir, "access.log")
errorlog = os.path.join(_log_dir, "error.log")
capture_output = True  # the application's own log lines go to error.log too
