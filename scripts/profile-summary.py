#!/usr/bin/env python3
"""Summarises a dotnet-trace thread-time sample (converted to speedscope JSON) of the hub.

Only samples whose stack ends in CPU_TIME count (the sampler saw managed code running). The sampler stops threads at
GC safe points, so a leaf PollGC (or an unresolved frame) stands for its caller; stacks that end in a wait (a parked
thread-pool worker, a blocked wait handle) are left out. Each sample is charged to the innermost frame that belongs
to a component below, so "Azure SDK" is time in the SDK's own code, not in the HTTP client it calls. The split is an
estimate from stack samples; the process CPU seconds measured by profile-ingest.sh are the firm figure. Usage: profile-summary.py TRACE.speedscope.json [hottest-methods]
"""
import collections
import json
import re
import sys

COMPONENTS = [
    ("tracing and metrics (EventSource, Activity, metrics, Orleans Dashboard's grain profiler)",
     r"EventSource\.Write|Diagnostics\.Metrics|System\.Diagnostics\.Activity|MetricsHandler\.SendAsyncWithMetrics|"
     r"RequestActivityPolicy\.ProcessAsync|DiagnosticScope|GrainProfilerFilter|LoggingPolicy"),
    ("exceptions thrown and caught", r"EH\.Dispatch|StackFrameHelper|ExceptionDispatchInfo|\.SetException\("),
    ("Azure SDK (requests to Azurite built and parsed)", r"Azure\.(Core|Storage)"),
    ("HTTP/1.1 client and sockets (to Azurite)", r"System\.Net\.Http|System\.Net\.Sockets"),
    ("Orleans serialization", r"Orleans\.Serialization"),
    ("Orleans messaging, scheduling, grain storage", r"Orleans\."),
    ("Kestrel, gRPC server, authentication", r"Kestrel|Grpc\.|AspNetCore"),
    ("the hub's own code (SupplyQuality.*)", r"SupplyQuality\."),
]
TRANSPARENT = re.compile(r"PollGC|^\?!\?$|^\?$")
WAITING = re.compile(r"WaitOneNoCheck|WaitHandle\.Wait|Monitor\.Wait|LowLevelLifoSemaphore|LowLevelSpinWaiter|"
                     r"ManualResetEventSlim\.Wait|WorkerThreadStart|Interop\+Sys\.Read\(|GC\.RunFinalizers")


def main() -> None:
    trace = json.load(open(sys.argv[1], encoding="utf-8"))
    hottest = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    frames = [f["name"] for f in trace["shared"]["frames"]]
    by_component: collections.Counter[str] = collections.Counter()
    by_method: collections.Counter[str] = collections.Counter()
    total = 0.0
    for profile in trace["profiles"]:
        stack: list[int] = []
        last = None
        for event in profile["events"]:
            at = event["at"]
            if stack and last is not None and at > last and frames[stack[-1]] == "CPU_TIME":
                span = at - last
                names = [frames[f] for f in stack[:-1]]
                while names and TRANSPARENT.search(names[-1]):
                    names.pop()
                leaf = names[-1] if names else "?"
                if names and not WAITING.search(leaf):
                    total += span
                    by_method[leaf] += span
                    component = "other (runtime, thread pool, GC, collections)"
                    for name in reversed(names):
                        hit = next((c for c, pattern in COMPONENTS if re.search(pattern, name)), None)
                        if hit:
                            component = hit
                            break
                    by_component[component] += span
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
    print(f"  managed CPU sampled: {total / 1000:.1f} s")
    for component, span in by_component.most_common():
        print(f"  {100 * span / total:5.1f} %  {component}")
    print("  hottest methods (exclusive):")
    for method, span in by_method.most_common(hottest):
        print(f"  {100 * span / total:5.1f} %  {method.split('!')[-1][:120]}")


if __name__ == "__main__":
    main()
