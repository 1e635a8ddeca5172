# Shared by run.sh and test.sh: install the Node tooling and start or stop Azurite on loopback.
# Source it; it defines functions only.

# Installs the pinned npm packages (Azurite, axe-core) when they are missing.
sq_ensure_node_packages() {
  # axe-core (browser tests) too: node_modules installed before it was added get it.
  if [ ! -x node_modules/.bin/azurite ] || [ ! -f node_modules/axe-core/axe.min.js ]; then
    echo "Installing Azurite and the other node packages (npm ci)..."
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# sq_start_azurite DATA_DIR BLOB_PORT QUEUE_PORT TABLE_PORT LOG_FILE: starts Azurite in the background,
# waits until its blob port answers, and sets SQ_AZURITE_PID.
sq_start_azurite() {
  local dir=$1 blob=$2 queue=$3 table=$4 log=$5
  mkdir -p "$dir"
  node_modules/.bin/azurite --location "$dir" --silent --disableTelemetry --skipApiVersionCheck \
    --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" \
    --tableHost 127.0.0.1 --tablePort "$table" >"$log" 2>&1 &
  SQ_AZURITE_PID=$!
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$blob") 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$SQ_AZURITE_PID" 2>/dev/null; then
      echo "Azurite did not start; its log:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "Azurite did not open port $blob within 10 s" >&2
  return 1
}

# Stops Azurite: SIGINT makes it save its metadata and close; it may linger afterwards, so SIGKILL after a wait.
sq_stop_azurite() {
  local pid=${SQ_AZURITE_PID:-}
  [ -n "$pid" ] || return 0
  kill -INT "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}
