#!/usr/bin/env bash
# Passes Maven's console output through, line by line as it comes, without the trailer Maven prints
# after a failed build ("To see the full stack trace", "Re-run Maven", "For more information",
# "After correcting the problems", "mvn <args> -rf :module", empty [ERROR] lines, "-> [Help 1]"),
# and without the parts of its "Failed to execute goal" block that repeat what was printed before:
# a message holding flowcheck's verdict line, a compiler's error lines. The scripts end with a
# verdict line instead. Every other line passes, the [ERROR] lines that say what failed included.
#   mvn ... 2>&1 | scripts/lib/maven-trailer.sh [--verdict-from-build] [--state FILE] [--stopped-when FILE]
# --verdict-from-build: the build prints flowcheck's verdict line; when other lines followed it, it
#   is printed once more at the end, so it is the last line.
# --state FILE: for the calling script: "verdict=<the build's verdict line>" (with
#   --verdict-from-build), and "last=<the line to end with when the build has no verdict>" once
#   Maven reported a failed goal.
# --stopped-when FILE: once FILE exists the script has stopped the build (Ctrl-C), and Maven's report
#   of the goal that failed (a test JVM that ended "without saying goodbye", its stack trace) is
#   dropped whole: the script says it stopped the run.
# Plain bash on purpose: `read` takes each line as soon as it is there, where some awk builds (mawk)
# wait for a full buffer, which would hold the build's progress back.
set -uo pipefail
from_build=0
state=/dev/null
stopped_when=/nonexistent
while [ $# -gt 0 ]; do
  case "$1" in
    --verdict-from-build) from_build=1; shift ;;
    --state) state=$2; shift 2 ;;
    --stopped-when) stopped_when=$2; shift 2 ;;
    *) echo "usage: maven-trailer.sh [--verdict-from-build] [--state FILE] [--stopped-when FILE]" >&2; exit 2 ;;
  esac
done

goal_failed='^\[ERROR\] Failed to execute goal( [^ ]+)?( \([^)]*\))?( on project ([^:]+))?: '
boilerplate='^\[ERROR\] (To see the full stack trace|Re-run Maven using|For more information about the errors|After correcting the problems|\[Help [0-9]+\] )'
help_ref=' ?-> \[Help [0-9]+\]$'
ours='^flowcheck( upgrade)?: '
verdict_shape='^flowcheck( upgrade)?: (FAILED|PASSED|[0-9]+ scenarios passed|shard .* had no scenario|baseline ready)'

trailer=0    # 1 from Maven's first trailer line on
message=0    # 1 within a "Failed to execute goal" message, up to its "-> [Help n]"
blanks=()    # empty [ERROR] lines, held until the next line shows whether they belong to the trailer
verdicts=()  # verdict lines printed so far (a goal message holding one repeats it)
declare -A printed_errors=()
verdict=""   # the build's verdict, with --verdict-from-build
followed=0   # other lines came after it
last=""

emit() {
  printf '%s\n' "$1"
  [ -z "$verdict" ] || followed=1
  [[ $1 != "[ERROR]"* ]] || printed_errors["$1"]=1
}

repeats_a_verdict() {
  local v
  for v in "${verdicts[@]+"${verdicts[@]}"}"; do
    [[ $1 != *"$v"* ]] || return 0
  done
  return 1
}

# One line of a goal's message: kept unless it was printed before; a line of ours ends the output.
message_line() {
  local line=$1 text=${1#\[ERROR\] }
  if [[ $text =~ $ours ]]; then
    last=$text
  elif [[ $line =~ ^\[ERROR\]\ *$ || -n ${printed_errors["$line"]+x} ]]; then
    :
  else
    emit "$line"
  fi
}

while IFS= read -r line || [ -n "$line" ]; do
  if [[ $line =~ $goal_failed ]]; then
    project=${BASH_REMATCH[4]:-the build}
    trailer=1
    blanks=() # the empty [ERROR] lines before it belong to the trailer
    message=1
    if [[ $line =~ $help_ref ]]; then
      message=0
      line=${line%%-> \[Help*}
      line=${line% }
    fi
    [ -n "$last" ] || last="flowcheck: FAILED: Maven stopped in $project; the lines above say why"
    if [ -e "$stopped_when" ]; then
      message=0
    elif repeats_a_verdict "$line"; then
      :
    elif [[ $line =~ flowcheck( upgrade)?:\ .* ]]; then
      last=${BASH_REMATCH[0]}
    else
      emit "$line"
    fi
    continue
  fi
  if [[ $line =~ $boilerplate ]]; then
    trailer=1
    message=0
    blanks=()
  fi
  if [ "$trailer" = 1 ] && [[ $line == "[ERROR]"* ]]; then
    if [ "$message" = 1 ]; then
      if [[ $line =~ $help_ref ]]; then
        message=0
        line=${line%%-> \[Help*}
        line=${line% }
      fi
      message_line "$line"
    fi
    continue
  fi
  if [[ $line =~ ^\[ERROR\]\ *$ ]]; then
    blanks+=("$line")
    continue
  fi
  for b in "${blanks[@]+"${blanks[@]}"}"; do emit "$b"; done
  blanks=()
  emit "$line"
  if [[ $line =~ $verdict_shape ]]; then
    verdicts+=("$line")
    if [ "$from_build" = 1 ]; then
      verdict=$line
      followed=0
    fi
  fi
done
for b in "${blanks[@]+"${blanks[@]}"}"; do emit "$b"; done
if [ -n "$verdict" ] && [ "$followed" = 1 ]; then
  printf '%s\n' "$verdict"
fi
printf 'verdict=%s\nlast=%s\n' "$verdict" "$last" > "$state"
