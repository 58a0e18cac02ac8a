# Sourced by the scripts that run Maven for a person (run-suite.sh, upgrade.sh, test.sh), from the
# checkout's root folder.
#   run_maven [--verdict-from-build] MAVEN-ARGUMENTS...
# Runs mvn as a child with its output through lib/maven-trailer.sh, so the script's last line is a
# verdict and Maven's failure trailer does not repeat its reason, and returns Maven's exit status.
#   --verdict-from-build: the build prints flowcheck's verdict (the main job, the upgrade check), and
#     it stays the last line. Without it, or when the build stopped before its verdict, a failed
#     build ends with "flowcheck: FAILED: <why Maven stopped>"; a passed one with nothing, for the
#     script to say what passed.
# One run per checkout at a time: the module folders' target/ are shared, and a second build would
# delete and rewrite the files of the first while it runs.
# A stop signal (Ctrl-C, SIGTERM, SIGHUP) is passed to what Maven started first: the JVM that runs
# the suite cleans up what the run created and prints that through Maven while Maven still reads it.
# The command returns when they have ended, with the signal's exit status (130 for Ctrl-C).

flowcheck_lib=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

run_maven() {
  local from_build=()
  if [ "${1:-}" = --verdict-from-build ]; then
    from_build=(--verdict-from-build)
    shift
  fi
  lock_checkout || return 1
  local work
  work=$(mktemp -d "${TMPDIR:-/tmp}/flowcheck-maven.XXXXXX")
  mkfifo "$work/output"
  maven_work=$work
  # Both run in the background, so Ctrl-C at the terminal reaches neither (a non-interactive shell
  # starts background commands with SIGINT ignored): the trap below decides what is stopped when.
  "$flowcheck_lib/maven-trailer.sh" "${from_build[@]+"${from_build[@]}"}" --state "$work/state" \
    --stopped-when "$work/stopped" < "$work/output" &
  local filter_pid=$!
  mvn "$@" > "$work/output" 2>&1 &
  maven_pid=$!
  maven_stopped_by=""
  trap 'stop_maven INT' INT
  trap 'stop_maven TERM' TERM
  trap 'stop_maven HUP' HUP
  await "$maven_pid"
  local status=$awaited
  await "$filter_pid" # every line Maven and its children wrote is out
  trap - INT TERM HUP
  local verdict last
  verdict=$(sed -n 's/^verdict=//p' "$work/state" 2> /dev/null || true)
  last=$(sed -n 's/^last=//p' "$work/state" 2> /dev/null || true)
  rm -rf "$work"
  if [ -n "$maven_stopped_by" ]; then
    echo "flowcheck: FAILED: stopped by SIG$maven_stopped_by before the verdict; the run's cleanup is above"
    return $((128 + $(kill -l "$maven_stopped_by")))
  fi
  if [ "$status" != 0 ] && [ -z "$verdict" ]; then
    echo "${last:-"flowcheck: FAILED: Maven exited with $status; the lines above say why"}"
  fi
  return "$status"
}

# Waits for a child and sets `awaited` to its exit status; a trapped signal ends `wait` early, so it
# waits again while the child lives.
await() {
  awaited=0
  wait "$1" || awaited=$?
  while kill -0 "$1" 2> /dev/null; do
    awaited=0
    wait "$1" || awaited=$?
  done
}

# The first signal goes to the processes Maven started (the JVM that runs the suite), or to Maven
# when it started none (a step in its own JVM); Maven ends on its own when they have. A second
# signal stops Maven too.
stop_maven() {
  local targets=""
  if [ -z "$maven_stopped_by" ]; then
    targets=$(started_by "$maven_pid")
  fi
  maven_stopped_by=$1
  : > "$maven_work/stopped" # Maven's report of the test JVM it then loses says nothing new
  # shellcheck disable=SC2086 # one process id per word
  kill -TERM ${targets:-"$maven_pid"} 2> /dev/null || true
}

# The processes below $1 at any depth, without shells: surefire starts the suite's JVM through
# /bin/sh, which would die of the signal without passing it on, and Maven would then stop showing
# what the JVM prints while it cleans up. Nothing without pgrep.
started_by() {
  local child
  for child in $(pgrep -P "$1" 2> /dev/null || true); do
    case "$(ps -o comm= -p "$child" 2> /dev/null || true)" in
      sh | dash | bash | zsh | ksh) ;;
      *) echo "$child" ;;
    esac
    started_by "$child"
  done
}

# Takes the checkout's run lock for this shell and everything it starts (they inherit it), or says
# who holds it. Without flock(1) (util-linux) there is no check.
lock_checkout() {
  command -v flock > /dev/null 2>&1 || return 0
  local file=.flowcheck-run.lock
  exec {flowcheck_lock}>> "$file"
  if ! flock -n "$flowcheck_lock"; then
    local holder
    holder=$(cat "$file" 2> /dev/null)
    echo "flowcheck: FAILED: another flowcheck run (${holder:-pid unknown}) is using this checkout ($(pwd)); wait for it or run from another checkout"
    exec {flowcheck_lock}>&-
    return 1
  fi
  printf 'pid %s, started %s\n' "$$" "$(date '+%Y-%m-%d %H:%M:%S')" > "$file"
}
