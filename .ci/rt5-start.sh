#!/usr/bin/env bash
# .ci/rt5-start.sh: install (if needed) and start a throw-away Request Tracker 5 for deskterm's
# integration tests (Debian 12 packages request-tracker5 + rt5-db-sqlite + rt5-standalone) on
# 127.0.0.1, with its own SQLite database and config under $RT_STATE_DIR, and print the base URL
# and a REST2 auth token as export lines. Based on the project's RT 5 notes (services/rt5).
#
# Usage (as root on Debian 12):
#   bash .ci/rt5-start.sh            # install if missing, (re)start fresh, print env
#   bash .ci/rt5-start.sh stop       # stop the server started from this state dir
#   bash .ci/rt5-start.sh status     # is it up?
#   eval "$(bash .ci/rt5-start.sh)"  # export RT_URL RT_REST2_URL RT_TOKEN ... into the shell
#
# Environment knobs (all optional):
#   RT_STATE_DIR   state dir (config, sqlite db, logs, pid, captured mail)   [/tmp/deskterm-rt5]
#   RT_PORT        TCP port on 127.0.0.1 ("auto" = pick a free one)          [8089]
#   RT_ROOT_PASSWORD  password for RT user "root" (>= 5 chars)               [password]
#   RT_WORKERS     Starlet worker processes                                  [2]
#   RT_FRESH       1 = wipe the database on every start, 0 = keep it         [1]
#   RT_GRANT_STAFF_RIGHTS 1 = grant usual staff rights globally to the
#                  "Privileged" group, so agents created via REST2 can own/
#                  reply/comment (RT's stock install grants nothing)         [1]
#   RT_START_TIMEOUT  seconds to wait for the first HTTP 200                 [90]
#   RT_BCRYPT_COST bcrypt cost for passwords/tokens (RT default 12 = ~0.3s
#                  per authenticated request; fine for tests: 4)             [4]
#   RT_INSTALL     0 = never run apt-get: fail if the packages are missing   [1]
#
# Everything except the apt install lives under $RT_STATE_DIR; the server never
# touches /etc/request-tracker5 (RT_SITE_CONFIG / RT_SITE_CONFIG_DIR point RT at
# our own config).  Outgoing mail is captured as files in $RT_STATE_DIR/mail/.
# stdout carries only the export lines; progress goes to stderr.
set -euo pipefail

STATE="${RT_STATE_DIR:-/tmp/deskterm-rt5}"
PORT="${RT_PORT:-8089}"
ROOT_PW="${RT_ROOT_PASSWORD:-password}"
WORKERS="${RT_WORKERS:-2}"
FRESH="${RT_FRESH:-1}"
GRANT="${RT_GRANT_STAFF_RIGHTS:-1}"
TIMEOUT="${RT_START_TIMEOUT:-90}"
INSTALL="${RT_INSTALL:-1}"
HOST=127.0.0.1
RT_LIB=/usr/share/request-tracker5/lib
RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
# dbconfig-no-thanks: skip dbconfig-common entirely (we create our own SQLite db),
# w3m: RT's preferred HTML->text converter (else it warns on every start).
PKGS=(request-tracker5 rt5-db-sqlite rt5-standalone dbconfig-no-thanks w3m)

log() { printf '[rt5-start %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}'; }

export RT_SITE_CONFIG="$STATE/RT_SiteConfig.pm"
export RT_SITE_CONFIG_DIR="$STATE/RT_SiteConfig.d"

# ---------------------------------------------------------------- helpers
# PID of a live server started from this state dir, or nothing.
our_pid() {
  local pid
  [ -f "$STATE/server.pid" ] || return 0
  pid="$(cat "$STATE/server.pid" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  [ -r "/proc/$pid/cmdline" ] || return 0
  # make sure the PID was not recycled by some other program
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q 'rt-server' || return 0
  tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qxF "RT_SITE_CONFIG=$RT_SITE_CONFIG" || return 0
  echo "$pid"
}

stop_server() {
  local pid
  pid="$(our_pid)"
  if [ -z "$pid" ]; then log "no running server for $STATE"; rm -f "$STATE/server.pid"; return 0; fi
  log "stopping rt-server master PID $pid (SIGTERM; Starlet stops its workers)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    log "still alive after 10s, sending SIGKILL to PID $pid and its workers"
    for c in $(ps -o pid= --ppid "$pid" 2>/dev/null); do kill -KILL "$c" 2>/dev/null || true; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$STATE/server.pid"
}

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

free_port() {
  perl -MIO::Socket::INET -e 'my $s=IO::Socket::INET->new(Listen=>1,LocalAddr=>"127.0.0.1",LocalPort=>0,ReuseAddr=>1) or die $!; print $s->sockport'
}

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" 2>/dev/null || true; }

# ---------------------------------------------------------------- subcommands
case "${1:-start}" in
  stop)   stop_server; exit 0 ;;
  status)
    pid="$(our_pid)"
    if [ -n "$pid" ] && [ -f "$STATE/rt.env" ]; then
      # shellcheck disable=SC1091
      . "$STATE/rt.env"
      code="$(http_code -H "Authorization: token $RT_TOKEN" "$RT_REST2_URL/rt")"
      echo "running pid=$pid url=$RT_URL rest2=$code"; [ "$code" = 200 ]; exit $?
    fi
    echo "not running"; exit 1 ;;
  start) ;;
  *) die "unknown command '$1' (start|stop|status)" ;;
esac

T0="$(now)"
[ "$(id -u)" = 0 ] || die "must run as root (apt-get install, RT's own files)"

# ---------------------------------------------------------------- 1. install
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ] && [ "$INSTALL" = 0 ]; then
  die "packages missing (${missing[*]}) and RT_INSTALL=0"
fi
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]} (apt-get, noninteractive)"
  t="$(now)"
  # Answer debconf up front (cosmetic: these only fill /etc/request-tracker5,
  # which our server ignores; DEBIAN_FRONTEND=noninteractive alone also works).
  # The database questions are not preseeded: dbconfig-no-thanks makes the
  # package skip dbconfig-common (no /var/lib/dbconfig-common db, no 'initial
  # root password' question).  debconf-set-selections is allowed to fail: after
  # an earlier purge it can refuse some lines ("Cannot find a question").
  debconf-set-selections <<'EOF' || log "debconf-set-selections reported errors (ignored)"
request-tracker5 request-tracker5/rtname string rt.test
request-tracker5 request-tracker5/organization string example.test
request-tracker5 request-tracker5/correspondaddress string rt@rt.test
request-tracker5 request-tracker5/commentaddress string rt-comment@rt.test
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1:8089
request-tracker5 request-tracker5/webpath string /rt
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/install-cronjobs boolean false
EOF
  export DEBIAN_FRONTEND=noninteractive
  apt_opts=(-y -q --no-install-recommends -o DPkg::Lock::Timeout=300
            -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  ok=0
  for attempt in 1 2 3; do
    if apt-get -q update >&2 && apt-get install "${apt_opts[@]}" "${PKGS[@]}" >&2; then ok=1; break; fi
    log "apt attempt $attempt failed; retrying in 5s"; sleep 5
  done
  [ "$ok" = 1 ] || die "apt-get install failed"
  log "install done in $(since "$t")s"
else
  log "packages already installed"
fi
[ -x "$RT_SERVER" ] || die "$RT_SERVER missing after install"

# ---------------------------------------------------------------- 2. config + db
stop_server   # idempotent: a previous server from this state dir goes first

if [ "$PORT" = auto ]; then PORT="$(free_port)"; fi
if port_in_use "$PORT"; then die "port $PORT on $HOST is already in use by another program (set RT_PORT=... or RT_PORT=auto)"; fi
BASE="http://$HOST:$PORT"

mkdir -p "$STATE" "$RT_SITE_CONFIG_DIR" "$STATE/mail" "$STATE/mason_data" "$STATE/session_data"
chmod 700 "$STATE"

cat > "$STATE/fake-sendmail" <<'EOF'
#!/bin/sh
# Stand-in for sendmail: RT pipes each outgoing message here; keep it as a file.
d="$(dirname "$0")/mail"; mkdir -p "$d"
cat > "$d/$(date +%s%N)-$$.eml"
exit 0
EOF
chmod 755 "$STATE/fake-sendmail"

cat > "$RT_SITE_CONFIG" <<EOF
# generated by rt5-start.sh — RT loads this instead of /etc/request-tracker5/*
Set(\$rtname, 'rt.test');
Set(\$Organization, 'example.test');
Set(\$CorrespondAddress, 'rt@rt.test');
Set(\$CommentAddress, 'rt-comment@rt.test');
Set(\$WebDomain, '$HOST');
Set(\$WebPort, $PORT);
Set(\$WebPath, '');
Set(\$WebBaseURL, '$BASE');
Set(\$DatabaseType, 'SQLite');
Set(\$DatabaseName, '$STATE/rt.sqlite');
Set(\$DatabaseHost, '');
Set(\$DatabaseUser, '');
Set(\$DatabasePassword, '');
Set(\$Timezone, 'UTC');
# test speed: every token/basic-auth request runs bcrypt; RT's default cost 12
# costs ~0.3 s per request on 2 cores, cost 4 ~nothing.  TEST INSTANCES ONLY.
Set(\$BcryptCost, ${RT_BCRYPT_COST:-4});
Set(\$LogToSyslog, undef);
Set(\$LogToFile, undef);
Set(\$LogToSTDERR, 'warning');
Set(\$MailCommand, 'sendmailpipe');
Set(\$SendmailPath, '$STATE/fake-sendmail');
# keep RT's caches/sessions in the state dir instead of /var/cache/request-tracker5
\$RT::MasonDataDir    = '$STATE/mason_data';
\$RT::MasonSessionDir = '$STATE/session_data';
1;
EOF

if [ "$FRESH" = 1 ]; then
  rm -f "$STATE/rt.sqlite" "$STATE/rt.sqlite-journal" "$STATE/rt.sqlite-wal" "$STATE/rt.sqlite-shm"
  rm -rf "$STATE/session_data" "$STATE/mail"; mkdir -p "$STATE/session_data" "$STATE/mail"
fi

pwfile="$STATE/.rootpw"
( umask 077; printf '%s\n' "$ROOT_PW" > "$pwfile" )
if [ ! -s "$STATE/rt.sqlite" ]; then
  log "initialising SQLite database $STATE/rt.sqlite"
  t="$(now)"
  /usr/sbin/rt-setup-database-5 --action init --skip-create --root-password-file "$pwfile" \
      > "$STATE/setup-database.log" 2>&1 || { cat "$STATE/setup-database.log" >&2; die "rt-setup-database failed"; }
  log "database ready in $(since "$t")s"
fi

# root password (idempotent, also for a kept db), optional staff rights, new token
log "setting root password and creating a REST2 auth token"
TOKEN="$(RT_GRANT="$GRANT" RT_PWFILE="$pwfile" perl -I/usr/local/share/request-tracker5/lib -I"$RT_LIB" -e '
  use strict; use warnings;
  use RT; RT::LoadConfig(); RT::Init();
  open my $fh, "<", $ENV{RT_PWFILE} or die "pwfile: $!"; chomp(my $pw = <$fh>);
  my $u = RT::User->new(RT->SystemUser);
  $u->Load("root") or die "cannot load RT user root\n";
  unless ($u->IsPassword($pw)) {
      my ($ok, $msg) = $u->SetPassword($pw); die "SetPassword: $msg\n" unless $ok;
  }
  if ($ENV{RT_GRANT}) {
      my $g = RT::Group->new(RT->SystemUser);
      $g->LoadSystemInternalGroup("Privileged") or die "no Privileged group\n";
      for my $r (qw(SeeQueue ShowTicket CreateTicket ReplyToTicket CommentOnTicket
                    OwnTicket TakeTicket StealTicket ModifyTicket ShowTicketComments
                    ShowOutgoingEmail Watch WatchAsAdminCc SeeCustomField ModifyCustomField)) {
          next if $g->PrincipalObj->HasRight(Right => $r, Object => RT->System);
          my ($ok, $msg) = $g->PrincipalObj->GrantRight(Right => $r, Object => RT->System);
          die "GrantRight $r: $msg\n" unless $ok;
      }
  }
  my $t = RT::AuthToken->new(RT->SystemUser);
  my ($id, $msg, $auth) = $t->Create(Owner => $u->Id, Description => "rt5-start.sh ".scalar(localtime));
  die "AuthToken create: $msg\n" unless $id;
  print "$auth\n";
' 2> "$STATE/bootstrap.log")" || { cat "$STATE/bootstrap.log" >&2; die "bootstrap (password/token) failed"; }
[[ "$TOKEN" =~ ^[0-9]+-[0-9]+-[0-9a-f]+$ ]] || { cat "$STATE/bootstrap.log" >&2; die "unexpected token '$TOKEN'"; }

# ---------------------------------------------------------------- 3. start
log "starting rt-server (Starlet, $WORKERS workers) on $BASE"
t="$(now)"
# setsid: own session/process group, so the caller's shell/CI step can exit
# without taking the server with it.  nohup-like: stdin from /dev/null.
setsid "$RT_SERVER" --server Starlet --host "$HOST" --port "$PORT" --max-workers "$WORKERS" \
    >> "$STATE/server.log" 2>&1 < /dev/null &
PID=$!
echo "$PID" > "$STATE/server.pid"

code=
deadline=$(( $(date +%s) + TIMEOUT ))
while :; do
  # REST2 with the token => proves the web server, the db and auth all work.
  # (GET / would also answer 200 in RT's *installer* mode when the db is broken.)
  code="$(http_code -H "Authorization: token $TOKEN" "$BASE/REST/2.0/rt")"
  [ "$code" = 200 ] && break
  kill -0 "$PID" 2>/dev/null || { tail -n 40 "$STATE/server.log" >&2; die "rt-server exited during start-up"; }
  [ "$(date +%s)" -lt "$deadline" ] || { tail -n 40 "$STATE/server.log" >&2; stop_server; die "no HTTP 200 from $BASE/REST/2.0/rt after ${TIMEOUT}s (last code: $code)"; }
  sleep 0.2
done
log "HTTP 200 after $(since "$t")s (script total $(since "$T0")s)"

{
  printf 'RT_URL=%q\n'        "$BASE"
  printf 'RT_REST2_URL=%q\n'  "$BASE/REST/2.0"
  printf 'RT_TOKEN=%q\n'      "$TOKEN"
  printf 'RT_USER=%q\n'       root
  printf 'RT_PASSWORD=%q\n'   "$ROOT_PW"
  printf 'RT_PID=%q\n'        "$PID"
  printf 'RT_STATE_DIR=%q\n'  "$STATE"
  printf 'RT_MAIL_DIR=%q\n'   "$STATE/mail"
} > "$STATE/rt.env"
chmod 600 "$STATE/rt.env"
sed 's/^/export /' "$STATE/rt.env"
