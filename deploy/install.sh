#!/usr/bin/env bash
# Install or update chitieu on a Debian/Ubuntu server: gunicorn behind nginx, PostgreSQL, systemd.
# Run as root from the checkout at /srv/chitieu:  sudo deploy/install.sh chitieu.example.gov.vn
# Safe to run again after `git pull`: it keeps the environment file, the database and the certificate.
set -euo pipefail
host=${1:?usage: deploy/install.sh HOST-NAME}
root=/srv/chitieu
cd "$root"

apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  python3-venv nginx postgresql openssl
deploy/system-packages run

id chitieu >/dev/null 2>&1 || useradd --system --home-dir "$root" --shell /usr/sbin/nologin chitieu
install -d -m 0750 -o root -g chitieu /etc/chitieu /etc/chitieu/tls

# The database and its owner (peer authentication over the local socket: no password to keep).
runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'chitieu'" | grep -q 1 \
  || runuser -u postgres -- createuser chitieu
runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'chitieu'" | grep -q 1 \
  || runuser -u postgres -- createdb --owner chitieu chitieu

# The environment file: written once, from .env.example, with a new secret key.
env_file=/etc/chitieu/chitieu.env
if [ ! -f "$env_file" ]; then
  key=$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')
  sed -e "s|^CHITIEU_SECRET_KEY=.*|CHITIEU_SECRET_KEY=$key|" \
      -e "s|^CHITIEU_ALLOWED_HOSTS=.*|CHITIEU_ALLOWED_HOSTS=$host|" \
      -e "s|^CHITIEU_CSRF_TRUSTED_ORIGINS=.*|CHITIEU_CSRF_TRUSTED_ORIGINS=https://$host|" \
      -e "s|^DATABASE_URL=.*|DATABASE_URL=postgres:///chitieu|" \
      -e "s|^CHITIEU_EMAIL_BACKEND=.*|CHITIEU_EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend|" \
      .env.example > "$env_file"
  chown root:chitieu "$env_file"
  chmod 0640 "$env_file"
fi

# The code's environment, owned by root, readable by chitieu.
test -x .venv/bin/python || python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -r requirements.txt
.venv/bin/pip install --quiet --no-deps --no-build-isolation -e .
.venv/bin/python -m chitieu.locale.compile
install -d -o chitieu -g chitieu var var/backups var/reports var/uploads

as_chitieu() { runuser -u chitieu -- env $(grep -v '^#' "$env_file" | xargs) "$@"; }
as_chitieu .venv/bin/chitieu migrate --noinput
as_chitieu .venv/bin/chitieu collectstatic --noinput --verbosity 0
as_chitieu .venv/bin/chitieu check --deploy --fail-level WARNING

# A self-signed certificate until the real one is put in its place (same file names).
if [ ! -f /etc/chitieu/tls/chitieu.crt ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=$host" \
    -keyout /etc/chitieu/tls/chitieu.key -out /etc/chitieu/tls/chitieu.crt 2>/dev/null
  chmod 0640 /etc/chitieu/tls/chitieu.key
fi

sed "s/chitieu.example.gov.vn/$host/" deploy/nginx/chitieu.conf > /etc/nginx/sites-available/chitieu
ln -sf /etc/nginx/sites-available/chitieu /etc/nginx/sites-enabled/chitieu
rm -f /etc/nginx/sites-enabled/default
install -m 0644 deploy/systemd/chitieu.service deploy/systemd/chitieu-worker.service \
  deploy/systemd/chitieu-remind.service deploy/systemd/chitieu-remind.timer /etc/systemd/system/
install -m 0644 deploy/logrotate/chitieu /etc/logrotate.d/chitieu

systemctl daemon-reload
systemctl enable --now chitieu.service chitieu-worker.service chitieu-remind.timer
systemctl reload-or-restart chitieu.service
systemctl restart chitieu-worker.service
nginx -t && systemctl reload-or-restart nginx
echo "chitieu runs at https://$host/ — create the first administrator with:"
echo "  sudo -u chitieu env \$(grep -v '^#' $env_file | xargs) $root/.venv/bin/chitieu createsuperuser"
