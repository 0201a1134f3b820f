# shellcheck shell=bash
# Processes started by a script of deploy/ (stack.sh, chaos/cluster.sh), known by their pid files: sourced, with
#   RUN       the folder of the pid files
#   LOGS      the folder of the logs
#   OWN_MARK  an extended regular expression that the command line of every process of ours contains
# so that a pid recycled by an unrelated process is never taken for ours.

# is_ours PID: the process exists and its command line carries OWN_MARK.
is_ours() {
  [[ -r /proc/$1/cmdline ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -qE -- "$OWN_MARK"
}

pid_of() { cat "$RUN/$1.pid" 2>/dev/null || true; }

running() {
  local pid
  pid=$(pid_of "$1")
  [[ -n $pid ]] && is_ours "$pid"
}

# launch NAME COMMAND...: run COMMAND in its own session (so that all of its processes can be signalled at once),
# detached from this terminal, appending to NAME's log.
launch() {
  local name=$1
  shift
  setsid nohup "$@" >>"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN/$name.pid"
}
