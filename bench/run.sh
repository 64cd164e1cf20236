#!/usr/bin/env bash
# The benchmark: generates N cases into its own PostgreSQL 15, starts the packaged app against it, signs in eight
# users and measures the main pages with wrk. See bench/README.md.
#
#   bench/run.sh [--keep] [--regenerate] [--generate-only] [sizes...]     (default size: 10000)
set -Eeuo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")

PG_BIN=${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${BENCH_PG_PORT:-55432}
APP_PORT=${BENCH_APP_PORT:-18080}
WORK=${BENCH_WORK_DIR:-$BENCH_DIR/work}
RESULTS=${BENCH_RESULTS_DIR:-$BENCH_DIR/results}
WARMUP=${BENCH_WARMUP:-5}         # seconds per page before measuring
WARMUP_PASS=${BENCH_WARMUP_PASS:-30}  # seconds per page in one unmeasured pass over every page first (see README)
DURATION=${BENCH_DURATION:-15}    # seconds measured per page
SETTLE=${BENCH_SETTLE:-11}        # seconds for PostgreSQL to flush its transaction counters (see README)
TIMEOUT=${BENCH_TIMEOUT:-10}      # wrk's per-request timeout, seconds
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
CDS=${BENCH_CDS:-0}               # 1: run the extracted jar with a class data sharing archive (see README)
JAVA=${BENCH_JAVA:-java}          # the JVM that runs the app (e.g. a JDK 25, whose AOT cache replaces the CDS archive)
PAGES=${BENCH_PAGES:-}            # optional: only these pages (space-separated names)
PROFILE=${BENCH_PROFILE:-0}       # 1: record each measured run with Java Flight Recorder, and give rendering's share
CONNECTIONS=8                     # one per signed-in user
PASSWORD='benchmark-wachtwoord-2024'
APP_DB=omgekeerdetoets
APP_ROLE=omgekeerdetoets

KEEP=false
REGENERATE=false
GENERATE_ONLY=false
SIZES=()
for arg in "$@"; do
	case "$arg" in
		--keep) KEEP=true ;;
		--regenerate) REGENERATE=true ;;
		--generate-only) GENERATE_ONLY=true; KEEP=true ;;
		-h | --help) sed -n '2,6p' "$0"; exit 0 ;;
		[0-9]*) SIZES+=("$arg") ;;
		*) echo "unknown argument: $arg (see bench/README.md)" >&2; exit 2 ;;
	esac
done
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(10000)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- prerequisites ----------------------------------------------------------------------------------------------
need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk; then
	if [[ $EUID -eq 0 ]] && need apt-get; then
		log "installing wrk (apt-get install -y wrk)"
		apt-get install -y wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y wrk >/dev/null; }
	else
		die "wrk is missing: sudo apt-get install wrk"
	fi
fi
for tool in curl psql perl java; do need "$tool" || die "$tool is missing (see bench/README.md)"; done
if [[ -z ${BENCH_DATABASE_URL:-} ]]; then
	[[ -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl ]] || die "no PostgreSQL 15 server binaries in $PG_BIN (apt-get install postgresql-15, or set BENCH_PG_BIN)"
fi

JAR=$(ls "$REPO_DIR"/target/omgekeerde-toets-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [[ -z $JAR ]]; then
	log "building the jar (./mvnw -q package -DskipTests)"
	(cd "$REPO_DIR" && ./mvnw -q package -DskipTests)
	JAR=$(ls "$REPO_DIR"/target/omgekeerde-toets-*.jar | grep -v -- '-plain' | head -1)
fi

# An app left running on the port would answer the health check and be measured instead of this jar.
if curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null; then
	die "something already answers on port $APP_PORT: stop it first (or set BENCH_APP_PORT)"
fi

mkdir -p "$WORK" "$RESULTS"
STAMP=$(date +%Y-%m-%d-%H%M)
COMMIT=$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)
GENERATOR_SUM=$(cat "$BENCH_DIR"/sql/*.sql | sha1sum | cut -c1-12)

# --- PostgreSQL -------------------------------------------------------------------------------------------------
# PostgreSQL refuses to run as root: as root, the cluster belongs to the user "postgres".
as_pg() {
	if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

PGDATA_DIR=""
PG_STARTED=false
APP_PID=""

pg_conf() {
	cat >>"$PGDATA_DIR/postgresql.conf" <<-EOF

		# bench/run.sh: everything else is PostgreSQL's default
		port = $PG_PORT
		listen_addresses = '127.0.0.1'
		unix_socket_directories = '$PGDATA_DIR'
		shared_preload_libraries = 'pg_stat_statements'
	EOF
}

pg_start() { # mode: load (for the generator) or measure (defaults)
	local mode=$1 opts=""
	if [[ $mode == load ]]; then
		# Only while generating: no crash safety, a bigger WAL and more memory for index builds.
		opts="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0"
		opts+=" -c max_wal_size=16GB -c checkpoint_timeout=1h -c maintenance_work_mem=1GB -c work_mem=256MB -c shared_buffers=2GB"
	fi
	as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/../postgres.log" -w -t 120 -o "$opts" start >/dev/null
	PG_STARTED=true
}

pg_stop() {
	if $PG_STARTED; then
		as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 300 stop >/dev/null || true
		PG_STARTED=false
	fi
}

# psql as the superuser (own cluster) or as the given URL's user.
ADMIN_URL=""
APP_URL=""
psql_admin() { psql "$ADMIN_URL" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_app() { psql "$APP_URL" -X -q -v ON_ERROR_STOP=1 "$@"; }
# Counters: statements (without transaction control) of the app's role, and the app database's commits.
stats_url() { if [[ -n ${BENCH_DATABASE_URL:-} ]]; then echo "$APP_URL"; else echo "postgresql://postgres@127.0.0.1:$PG_PORT/postgres"; fi; }

# --- the app ----------------------------------------------------------------------------------------------------
# With BENCH_CDS=1 the jar is extracted once and trained: Spring starts against the database, stops after its
# context refreshed, and the JVM writes the classes it loaded to an archive, which later starts read from. A JVM
# with an AOT cache (JDK 24 and later) writes that instead: the classes loaded and linked as well.
RUN_JAR=$JAR
RUN_OPTS=$JAVA_OPTS
cds_prepare() {
	local dir="$WORK/app-cds" archive_opt run_opt
	rm -rf "$dir"
	"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$dir" >/dev/null
	RUN_JAR="$dir/$(basename "$JAR")"
	if "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
		archive_opt="-XX:AOTCacheOutput=$dir/app.aot" run_opt="-XX:AOTCache=$dir/app.aot"
		log "AOT cache: training run"
	else
		archive_opt="-XX:ArchiveClassesAtExit=$dir/app.jsa" run_opt="-XX:SharedArchiveFile=$dir/app.jsa"
		log "class data sharing: training run"
	fi
	SPRING_DATASOURCE_URL=$JDBC_URL SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
		"$JAVA" $JAVA_OPTS $archive_opt -Dspring.context.exit=onRefresh -jar "$RUN_JAR" \
		--server.port="$APP_PORT" >"$WORK/app-cds-training.log" 2>&1 || die "the training run failed (log: $WORK/app-cds-training.log)"
	RUN_OPTS="$JAVA_OPTS $run_opt"
}

app_start() { # log file; sets APP_PID, STARTUP_S
	local logfile=$1 t0
	t0=$(date +%s.%N)
	SPRING_DATASOURCE_URL=$JDBC_URL SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
		"$JAVA" $RUN_OPTS -jar "$RUN_JAR" --server.port="$APP_PORT" >"$logfile" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 600); do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			tail -30 "$logfile" >&2
			die "the app stopped during start-up (log: $logfile)"
		fi
		if curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
			STARTUP_S=$(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { printf "%.1f", a - b }')
			return 0
		fi
		sleep 0.2
	done
	die "the app did not report UP within 120 s (log: $logfile)"
}

app_stop() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
}

# A cluster generated by this run is removed at the end unless --keep; one reused from an earlier run (generated
# with --keep, often an hour's work at 1M) is never removed, also not when this run fails.
REUSED=false
cleanup() {
	app_stop
	pg_stop
	if [[ -n $PGDATA_DIR && $KEEP == false && $REUSED == false && -z ${BENCH_DATABASE_URL:-} ]]; then
		rm -rf "$(dirname "$PGDATA_DIR")"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the database for one size ----------------------------------------------------------------------------------
GEN_SECONDS=""
prepare_database() { # size
	local size=$1 dir marker
	if [[ -n ${BENCH_DATABASE_URL:-} ]]; then
		APP_URL=$BENCH_DATABASE_URL
		ADMIN_URL=$BENCH_DATABASE_URL
		parse_url "$BENCH_DATABASE_URL"
	else
		dir="$WORK/pg-$size"
		PGDATA_DIR="$dir/data"
		marker="$dir/generated"
		ADMIN_URL="postgresql://postgres@127.0.0.1:$PG_PORT/$APP_DB"
		APP_URL="postgresql://$APP_ROLE:$APP_ROLE@127.0.0.1:$PG_PORT/$APP_DB"
		JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$APP_DB"
		DB_USER=$APP_ROLE
		DB_PASSWORD=$APP_ROLE
		DB_NAME=$APP_DB
		if [[ -f $marker ]] && ! $REGENERATE && [[ $(sed -n 's/^generator=//p' "$marker") == "$GENERATOR_SUM" ]]; then
			log "reusing the cluster in $dir ($(sed -n 's/^cases=//p' "$marker") cases)"
			REUSED=true
			GEN_SECONDS="$(sed -n 's/^seconds=//p' "$marker") s, in an earlier run on $(sed -n 's/^date=//p' "$marker" | cut -c1-16)"
			pg_start measure
			return
		fi
		REUSED=false
		rm -rf "$dir"
		mkdir -p "$PGDATA_DIR"
		if [[ $EUID -eq 0 ]]; then chown -R postgres: "$dir"; fi
		log "initdb in $PGDATA_DIR"
		as_pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
		pg_conf
		pg_start load
		psql "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" -X -q -v ON_ERROR_STOP=1 <<-SQL
			create role $APP_ROLE login password '$APP_ROLE';
			create database $APP_DB owner $APP_ROLE;
			create extension pg_stat_statements;
			create extension pgcrypto;
		SQL
	fi
	if [[ -n ${BENCH_DATABASE_URL:-} ]]; then
		local have
		have=$(psql_app -At -c "select count(*) from case_file" 2>/dev/null || echo none)
		if [[ $have == "$size" ]] && ! $REGENERATE; then
			log "using $BENCH_DATABASE_URL as it is ($have cases)"
			GEN_SECONDS="not generated in this run"
			return
		fi
		[[ $have == none || $have == 0 ]] || $REGENERATE ||
			die "$BENCH_DATABASE_URL holds $have cases, not $size: pass --regenerate to replace ALL its data"
	fi

	log "migrating the schema: starting the app once"
	app_start "$WORK/app-migrate-$size.log"
	app_stop

	log "generating $size cases"
	local hash fast t0 t1
	hash=$(bcrypt_hash)
	fast=$(psql_admin -At -c "select rolsuper from pg_roles where rolname = current_user" | sed 's/t/on/;s/f/off/')
	t0=$(date +%s.%N)
	psql_admin -v cases="$size" -v pwhash="$hash" -v fast_load="$fast" -f "$BENCH_DIR/sql/generate.sql" \
		>"$WORK/generate-$size.log"
	t1=$(date +%s.%N)
	log "analyze and vacuum"
	psql_admin -c "vacuum (analyze)" >>"$WORK/generate-$size.log"
	local t2
	t2=$(date +%s.%N)
	GEN_SECONDS="$(awk -v a="$t2" -v b="$t0" 'BEGIN { printf "%.0f", a - b }') s"
	log "generated in $(awk -v a="$t1" -v b="$t0" 'BEGIN { printf "%.0f", a - b }') s, vacuum and analyze $(awk -v a="$t2" -v b="$t1" 'BEGIN { printf "%.0f", a - b }') s (log: $WORK/generate-$size.log)"
	if [[ -z ${BENCH_DATABASE_URL:-} ]]; then
		psql_admin -c "checkpoint" >/dev/null
		pg_stop
		sync
		printf 'cases=%s\ngenerator=%s\nseconds=%s\ndate=%s\n' "$size" "$GENERATOR_SUM" "${GEN_SECONDS% s}" "$(date -Is)" >"$marker"
		pg_start measure
	fi
}

parse_url() { # postgresql://user:password@host:port/db
	local re='^postgres(ql)?://([^:@/]+)(:([^@]*))?@([^:/]+)(:([0-9]+))?/([^?]+)'
	[[ $1 =~ $re ]] || die "BENCH_DATABASE_URL must look like postgresql://user:password@host:port/database"
	DB_USER=${BASH_REMATCH[2]}
	DB_PASSWORD=${BASH_REMATCH[4]}
	DB_NAME=${BASH_REMATCH[8]}
	JDBC_URL="jdbc:postgresql://${BASH_REMATCH[5]}:${BASH_REMATCH[7]:-5432}/${BASH_REMATCH[8]}"
}

bcrypt_hash() { # {bcrypt} hash of $PASSWORD: pgcrypto where available, else Spring Security's BCrypt from ~/.m2
	local h
	h=$(psql_admin -At -c "select crypt('$PASSWORD', gen_salt('bf', 10))" 2>/dev/null ||
		psql "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" -X -At -c "select crypt('$PASSWORD', gen_salt('bf', 10))" 2>/dev/null || true)
	if [[ -z $h ]]; then
		local jar
		jar=$(ls ~/.m2/repository/org/springframework/security/spring-security-crypto/*/spring-security-crypto-*.jar | grep -v sources | tail -1)
		h=$(printf 'System.out.println(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("%s"));\n/exit\n' "$PASSWORD" |
			jshell -q --class-path "$jar" 2>/dev/null | grep '^\$2')
	fi
	[[ $h == \$2* ]] || die "could not make a bcrypt hash"
	echo "{bcrypt}$h"
}

# --- signing in -------------------------------------------------------------------------------------------------
BASE="http://127.0.0.1:$APP_PORT"

login() { # username jarfile -> the SESSION cookie on stdout
	local user=$1 jar=$2 page csrf status
	rm -f "$jar"
	page=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login")
	csrf=$(printf '%s' "$page" | perl -ne 'print $1 if /name="_csrf"\s+value="([^"]+)"/ || /value="([^"]+)"\s+name="_csrf"/')
	[[ -n $csrf ]] || die "no _csrf on the login page"
	status=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
		--data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login")
	[[ $status == 302* && $status != *error* && $status != */login* ]] || die "login of $user failed: $status"
	awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar"
}

# One line per connection: cookie, case id, _csrf, version, the effect step's other fields, its ownStrength.
make_sessions() { # size
	local size=$1 i=0 user case_id cookie form
	: >"$WORK/consultants.tsv"
	: >"$WORK/lead.tsv"
	while IFS='|' read -r user case_id; do
		i=$((i + 1))
		cookie=$(login "$user" "$WORK/cookies-$i.txt")
		form=$(curl -fsS -H "Cookie: $cookie" "$BASE/cases/$case_id/steps/effect" | perl "$BENCH_DIR/lib/stepform.pl") ||
			die "could not read the effect step of case $case_id as $user"
		printf '%s\t%s\t%s\n' "$cookie" "$case_id" "$form" >>"$WORK/consultants.tsv"
	done < <(psql_app -At -F'|' -c "
		select a.username, (select max(c.id) from case_file c where c.owner_id = a.id and c.status = 'CHANGES_REQUESTED')
		from account a join account_team m on m.account_id = a.id
		where m.team_id = 1 and a.role = 'CONSULTANT' order by a.id limit $CONNECTIONS")
	[[ $i -eq $CONNECTIONS ]] || die "the viewed team has $i consultants, need $CONNECTIONS"
	local lead lead_case
	lead=$(psql_app -At -c "select username from account where id = 2")
	lead_case=$(psql_app -At -c "select max(id) from case_file where team_id = 1 and status = 'IN_REVIEW'")
	for i in $(seq 1 $CONNECTIONS); do
		cookie=$(login "$lead" "$WORK/cookies-lead-$i.txt")
		printf '%s\t%s\t-\t-\t-\t-\n' "$cookie" "${lead_case:-0}" >>"$WORK/lead.tsv"
	done
	log "signed in ${CONNECTIONS} consultants of the viewed team and their lead $lead ($CONNECTIONS sessions)"
}

# --- measuring --------------------------------------------------------------------------------------------------
counters() { # statements (no BEGIN/COMMIT/SET...) of the app's role; commits of the app's database
	psql "$(stats_url)" -X -At -F' ' -c "
		select (select coalesce(sum(s.calls), 0) from pg_stat_statements s join pg_roles r on r.oid = s.userid
				join pg_database d on d.oid = s.dbid
				where r.rolname = '$DB_USER' and d.datname = '$DB_NAME'
				and s.query !~* '^\\s*(begin|commit|rollback|start transaction|set |show |savepoint|release|reset)'),
			(select xact_commit from pg_stat_database where datname = '$DB_NAME')"
}

# CPU time used so far, in clock ticks: the app's, and PostgreSQL's (the postmaster, its backends and the children it
# has reaped), when the benchmark runs its own cluster. Divided by the requests, it is what a page costs the machine,
# which varies less from run to run than the requests per second on two shared cores do.
cpu_ticks() {
	local app pg=- pm
	app=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat" 2>/dev/null || echo 0)
	if [[ -z ${BENCH_DATABASE_URL:-} && -f $PGDATA_DIR/postmaster.pid ]]; then
		pm=$(head -1 "$PGDATA_DIR/postmaster.pid")
		pg=$( (awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pm/stat"
			for child in $(pgrep -P "$pm"); do awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null; done) |
			awk '{ t += $1 } END { print t + 0 }')
	fi
	echo "$app $pg"
}

# With BENCH_PROFILE=1: the share (%) of the app's CPU samples in a recording that were rendering a page (inside
# Thymeleaf's view), read with the JDK's jfr tool beside the java that runs the app.
render_share() { # recording
	"$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jfr" print --events jdk.ExecutionSample --stack-depth 512 "$1" |
		awk '/^jdk\.ExecutionSample/ { n++ } /ThymeleafView\.render\(/ && !seen[n]++ { r++ }
			END { if (n) printf "%.0f", 100 * r / n; else printf "–" }'
}

# The autosave sends the case's version; a run before this one (the warm-up) moved it on.
refresh_versions() { # sessions file
	local f=$1 cookie case_id csrf version fields own
	while IFS=$'\t' read -r cookie case_id csrf version fields own; do
		version=$(psql_app -At -c "select version from case_file where id = $case_id")
		printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$cookie" "$case_id" "$csrf" "$version" "$fields" "$own"
	done <"$f" >"$f.tmp"
	mv "$f.tmp" "$f"
}

# Until no statement of the app runs for two seconds: the server finishes the requests wrk left in flight.
wait_idle() {
	local quiet=0 n
	for _ in $(seq 1 240); do
		n=$(psql "$(stats_url)" -X -At -c "select count(*) from pg_stat_activity
			where usename = '$DB_USER' and datname = '$DB_NAME' and state <> 'idle'")
		if [[ $n == 0 ]]; then quiet=$((quiet + 1)); else quiet=0; fi
		[[ $quiet -ge 4 ]] && return 0
		sleep 0.5
	done
}

# The median of five requests one after the other (users 1 to 5), in ms: the latency without concurrency.
single_user_ms() { # path sessions-file
	local path=$1 file=$2 cookie case_id rest
	head -5 "$file" | while IFS=$'\t' read -r cookie case_id rest; do
		curl -sS -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" -H "Accept-Language: nl-NL,nl;q=0.9" \
			--max-time 120 "$BASE${path//\{case\}/$case_id}"
	done | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", v[int((NR + 1) / 2)] * 1000 }'
}

ROWS=()
run_page() { # name script args...
	local name=$1 script=$2
	shift 2
	if [[ -n $PAGES && " $PAGES " != *" $name "* ]]; then return; fi
	local wrk_args=(-t "$CONNECTIONS" -c "$CONNECTIONS" --timeout "${TIMEOUT}s" -s "$BENCH_DIR/wrk/$script" "$BASE")
	log "page $name: warm-up ${WARMUP}s"
	if [[ $script == autosave.lua ]]; then refresh_versions "${@: -1}"; fi
	wrk -d "${WARMUP}s" "${wrk_args[@]}" -- "$@" >"$WORK/wrk-warmup.txt" 2>&1 || true
	wait_idle
	sleep "$SETTLE"
	local before after out
	if [[ $script == autosave.lua ]]; then refresh_versions "${@: -1}"; fi
	before=$(counters)
	local cpu_before cpu_after
	local jcmd render=–
	jcmd="$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd"
	if [[ $PROFILE == 1 ]]; then
		"$jcmd" "$APP_PID" JFR.start name=bench settings=profile filename="$WORK/profile-$name.jfr" >/dev/null
	fi
	cpu_before=$(cpu_ticks)
	log "page $name: measuring ${DURATION}s"
	out=$(wrk -d "${DURATION}s" --latency "${wrk_args[@]}" -- "$@" 2>&1) || true
	printf '%s\n' "$out" >"$WORK/wrk-$name.txt"
	wait_idle
	cpu_after=$(cpu_ticks)
	if [[ $PROFILE == 1 ]]; then
		"$jcmd" "$APP_PID" JFR.stop name=bench >/dev/null
		render=$(render_share "$WORK/profile-$name.jfr")
	fi
	sleep "$SETTLE"
	after=$(counters)
	local single=-
	if [[ $script == get.lua ]]; then single=$(single_user_ms "$1" "$2"); fi
	local line
	line=$(printf '%s\n' "$out" | grep '^BENCH ' || true)
	[[ -n $line ]] || { printf '%s\n' "$out" >&2; die "wrk gave no result for $name"; }
	# shellcheck disable=SC2086
	local requests duration_us p50_us p99_us max_us ok n3xx n4xx n5xx timeouts socket_errors
	eval "$(printf '%s' "${line#BENCH }" | tr ' ' '\n' | sed 's/^/local /')"
	local b_stmt b_tx a_stmt a_tx b_app b_pg a_app a_pg
	read -r b_stmt b_tx <<<"$before"
	read -r a_stmt a_tx <<<"$after"
	read -r b_app b_pg <<<"$cpu_before"
	read -r a_app a_pg <<<"$cpu_after"
	# The server also finished the request each connection had in flight when wrk stopped: the counts are divided
	# by the requests completed plus one per connection. Latencies of requests that timed out are not in wrk's
	# histogram: where more than 1% (50%) timed out, p99 (p50) is only known to be above the timeout.
	ROWS+=("$(awk -v n="$name" -v r="$requests" -v d="$duration_us" -v p50="$p50_us" -v p99="$p99_us" \
		-v bad=$((n3xx + n4xx + n5xx)) -v to="$timeouts" -v s=$((a_stmt - b_stmt)) -v x=$((a_tx - b_tx)) \
		-v c="$CONNECTIONS" -v tmo="$TIMEOUT" -v single="$single" -v tck="$(getconf CLK_TCK)" \
		-v app=$((a_app - b_app)) -v pg="$([[ $b_pg == - ]] && echo - || echo $((a_pg - b_pg)))" -v render="$render" 'BEGIN {
			rps = (d > 0) ? r / (d / 1e6) : 0
			handled = r + c
			q50 = (r > 0 && to / r > 0.5) ? ">" tmo * 1000 : sprintf("%.1f", p50 / 1000)
			q99 = (r > 0 && to / r > 0.01) ? ">" tmo * 1000 : sprintf("%.1f", p99 / 1000)
			app_ms = sprintf("%.2f", app * 1000 / tck / handled)
			pg_ms = (pg == "-") ? "–" : sprintf("%.2f", pg * 1000 / tck / handled)
			printf "%s|%.1f|%s|%s|%d|%d|%.1f|%.2f|%d|%s|%s|%s|%s", n, rps, q50, q99, bad, to, s / handled, x / handled, r, single, app_ms, pg_ms, render }')")
	log "page $name: $(printf '%s' "${ROWS[-1]}" | awk -F'|' '{ printf "%s req/s, p50 %s ms, p99 %s ms, non-2xx %s, SQL/req %s, tx/req %s, one user %s ms, CPU/req app %s ms, PostgreSQL %s ms, rendering %s%% of the app'"'"'s", $2, $3, $4, $5, $7, $8, $10, $11, $12, $13 }')"
}

PAGE_NAMES=(password team-list team-search my-cases review case step-action home home-lead autosave)
declare -A PAGE_PATHS=(
	[password]=/account/password [team-list]='/cases/team?page=1' [team-search]='/cases/team?page=1&q=scoot'
	[my-cases]=/cases [review]=/review [case]='/cases/{id}' [step-action]='/cases/{id}/steps/action' [home]=/
	[home-lead]='/ (lead)' [autosave]='POST /cases/{id}/steps/effect'
)

# name, who (c: the consultants, l: the lead's sessions), path ({case}: the user's own case)
GET_PAGES=(
	"password c /account/password"
	"team-list c /cases/team?page=1"
	"team-search c /cases/team?page=1&q=scoot"
	"my-cases c /cases"
	"review l /review"
	"case c /cases/{case}"
	"step-action c /cases/{case}/steps/action"
	"home c /"
	"home-lead l /"
)

sessions_file() { if [[ $1 == l ]]; then echo "$WORK/lead.tsv"; else echo "$WORK/consultants.tsv"; fi; }

# Each page once per user with curl, before measuring: a page that fails or redirects stops the run, and the
# page sizes go into the results.
declare -A PAGE_BYTES=()
check_pages() {
	local entry name who path file cookie case_id rest out
	for entry in "${GET_PAGES[@]}"; do
		read -r name who path <<<"$entry"
		file=$(sessions_file "$who")
		while IFS=$'\t' read -r cookie case_id rest; do
			out=$(curl -sS -o "$WORK/page-$name.html" -w '%{http_code} %{size_download}' -H "Cookie: $cookie" -H "Accept-Language: nl-NL,nl;q=0.9" \
				"$BASE${path//\{case\}/$case_id}")
			[[ $out == 200* ]] || die "GET ${path//\{case\}/$case_id} answered $out (page $name; see $WORK/page-$name.html)"
		done <"$file"
		PAGE_BYTES[$name]=${out#* }
	done
	PAGE_BYTES[autosave]=0
}

# A server that has run for a while has compiled its hot code (C2); a freshly started one, on two cores shared with
# PostgreSQL and wrk, takes minutes of load to get there, and its first pages measured at half their speed. One
# unmeasured pass over every page first, so that what is measured is the running server, not its JIT compiler.
warm_up_app() {
	[[ $WARMUP_PASS -gt 0 ]] || return 0
	local entry name who path
	local wrk_args=(-d "${WARMUP_PASS}s" -t "$CONNECTIONS" -c "$CONNECTIONS" --timeout "${TIMEOUT}s")
	log "warm-up pass: ${WARMUP_PASS}s per page"
	for entry in "${GET_PAGES[@]}"; do
		read -r name who path <<<"$entry"
		if [[ -n $PAGES && " $PAGES " != *" $name "* ]]; then continue; fi
		wrk "${wrk_args[@]}" -s "$BENCH_DIR/wrk/get.lua" "$BASE" -- "$path" "$(sessions_file "$who")" >/dev/null 2>&1 || true
	done
	if [[ -z $PAGES || " $PAGES " == *" autosave "* ]]; then
		refresh_versions "$(sessions_file c)"
		wrk "${wrk_args[@]}" -s "$BENCH_DIR/wrk/autosave.lua" "$BASE" -- "$(sessions_file c)" >/dev/null 2>&1 || true
	fi
	wait_idle
}

measure() {
	local entry name who path
	ROWS=()
	for entry in "${GET_PAGES[@]}"; do
		read -r name who path <<<"$entry"
		run_page "$name" get.lua "$path" "$(sessions_file "$who")"
	done
	run_page autosave autosave.lua "$(sessions_file c)"
}

# --- one size ---------------------------------------------------------------------------------------------------
declare -A RPS_BY_SIZE=()
table_header() {
	echo "| page | path | req/s | p50 ms | p99 ms | non-2xx | timeouts | SQL/req | tx/req | app CPU ms/req | PostgreSQL CPU ms/req | rendering % | requests | 1 user ms | page KiB |"
	echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
}

run_size() {
	local size=$1
	log "=== size $size ==="
	prepare_database "$size"
	if $GENERATE_ONLY; then pg_stop; return; fi
	local load_before counts startup rss pgsettings
	psql_app -c "delete from spring_session; delete from login_lockout" >/dev/null
	if [[ -z ${BENCH_DATABASE_URL:-} ]]; then
		psql "$(stats_url)" -X -q -c "select pg_stat_statements_reset()" >/dev/null
	fi
	counts=$(psql_app -At -F' ' -c "
		select (select count(*) from case_file), (select count(*) from case_file where team_id = 1),
			(select count(*) from team), (select count(*) from account), (select count(*) from audit_event),
			(select count(*) from review_comment), (select count(*) from event_publication),
			(select pg_size_pretty(pg_database_size(current_database())))")
	[[ $CDS == 1 && $RUN_JAR == "$JAR" ]] && cds_prepare
	load_before=$(uptime)
	log "starting the app ($RUN_OPTS)"
	app_start "$WORK/app-$size.log"
	startup=$STARTUP_S
	log "app UP after $(printf '%.1f' "$startup") s"
	make_sessions "$size"
	check_pages
	warm_up_app
	measure
	rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
	local hwm
	hwm=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
	local load_after
	load_after=$(uptime)
	app_stop

	local file="$RESULTS/$STAMP-$size.md"
	local c_total c_team teams accounts audits comments pubs dbsize
	read -r c_total c_team teams accounts audits comments pubs dbsize <<<"$counts"
	{
		echo "# Benchmark $size cases, $(date '+%Y-%m-%d %H:%M')"
		echo
		echo "- commit \`$COMMIT\`; jar \`$(basename "$RUN_JAR")\`$([[ $CDS == 1 ]] && echo " (extracted, CDS archive or AOT cache)"); JVM \`$RUN_OPTS\`, $("$JAVA" -version 2>&1 | head -1)"
		echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load before: \`${load_before##*load average: }\`, after: \`${load_after##*load average: }\`"
		echo "- data: $c_total cases ($c_team in the viewed team), $teams teams, $accounts accounts, $audits audit events, $comments review comments, $pubs event publications; database $dbsize"
		echo "- generation: ${GEN_SECONDS} (including vacuum and analyze)"
		echo "- app start-up to /actuator/health UP: $(printf '%.1f' "$startup") s ($(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/app-$size.log" | head -1 || true)); RSS after the run: ${rss} MiB (peak ${hwm} MiB)"
		echo "- wrk: $CONNECTIONS connections, one signed-in user each (8 consultants of the viewed team; the lead's pages: the lead in 8 sessions), a first pass of ${WARMUP_PASS} s per page unmeasured, then per page ${WARMUP} s warm-up and ${DURATION} s measured, timeout ${TIMEOUT} s"
		echo
		table_header
		local row
		for row in "${ROWS[@]}"; do
			IFS='|' read -r n rps p50 p99 bad to sql tx req single app_ms pg_ms render <<<"$row"
			echo "| $n | \`${PAGE_PATHS[$n]}\` | $rps | $p50 | $p99 | $bad | $to | $sql | $tx | $app_ms | $pg_ms | $render | $req | $single | $(awk -v b="${PAGE_BYTES[$n]:-0}" 'BEGIN { printf "%.0f", b / 1024 }') |"
			RPS_BY_SIZE["$size|$n"]=$rps
		done
	} >"$file"
	echo
	cat "$file"
	echo
	log "written to $file"
	pg_stop
	if [[ $KEEP == false && $REUSED == false && -z ${BENCH_DATABASE_URL:-} ]]; then rm -rf "$(dirname "$PGDATA_DIR")"; fi
	PGDATA_DIR=""
}

for size in "${SIZES[@]}"; do
	run_size "$size"
done

# --- comparison -------------------------------------------------------------------------------------------------
if [[ ${#SIZES[@]} -gt 1 ]] && ! $GENERATE_ONLY; then
	small=${SIZES[0]} large=${SIZES[0]}
	for s in "${SIZES[@]}"; do
		((s < small)) && small=$s
		((s > large)) && large=$s
	done
	file="$RESULTS/$STAMP-compare.md"
	{
		echo "# Cost per request, $large ÷ $small cases"
		echo
		printf '| page |'; for s in "${SIZES[@]}"; do printf ' req/s @ %s |' "$s"; done; echo " cost ×$large/$small |"
		printf '|---|'; for _ in "${SIZES[@]}"; do printf -- '---:|'; done; echo '---:|'
		for n in "${PAGE_NAMES[@]}"; do
			[[ -n ${RPS_BY_SIZE["$small|$n"]:-} ]] || continue
			printf '| %s |' "$n"
			for s in "${SIZES[@]}"; do printf ' %s |' "${RPS_BY_SIZE["$s|$n"]:-}"; done
			awk -v a="${RPS_BY_SIZE["$small|$n"]}" -v b="${RPS_BY_SIZE["$large|$n"]}" \
				'BEGIN { if (b > 0) printf " %.1f |\n", a / b; else print " – |" }'
		done
	} >"$file"
	echo
	cat "$file"
	log "written to $file"
fi
