"""Load test of `mtaudit serve` on 127.0.0.1: latency and throughput of POST /v1/audit.

Usage: python bench/serve_load.py [--sequential 40] [--concurrency 4] [--concurrent 40]
                                  [--workers 1] [--words 860] [--heavy-mb 1] [--max-seconds 400] [--json]

Starts the service in a subprocess on a free loopback port (--no-config, detectors only), waits
for /readyz, then from this process runs these phases (each client keeps one HTTP/1.1 connection):
  never-seen  --sequential requests one after another, each a different article (~860 words built
              from the seeds' paragraphs, every paragraph made unique, so no cache can help);
  edited      --sequential requests, each the previous draft with one paragraph edited (the CMS case);
  concurrent  --concurrent never-seen requests from --concurrency clients at once;
  heavy       one ~1 MB article (--heavy-mb; audited in the service's heavy lane and stopped at the
              time limit) while one client keeps sending short articles: their latency meanwhile.
Everything is bounded: request counts, --max-seconds for the whole run, a per-request timeout; the
server is stopped at the end. Prints p50/p95/max latency and requests/s per phase. Run on demand.
"""
from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def seed_paragraphs() -> list[str]:
    paras = []
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        paras += [p.strip() for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return paras


def make_paragraphs(words: int = 860, tag: str = "") -> list[str]:
    """Paragraphs of an article of about `words` words; `tag` makes every paragraph unique."""
    out, n = [], 0
    for k, p in enumerate(itertools.cycle(seed_paragraphs())):
        out.append(f"{p} (Réf. {tag}.{k})" if tag else p)
        n += len(p.split())
        if n >= words:
            break
    return out


def make_article(words: int = 860, tag: str = "") -> str:
    return "\n\n".join(make_paragraphs(words, tag)) + "\n"


def body_of(text: str, ident: str = "bench") -> bytes:
    return json.dumps({"id": ident, "text": text}, ensure_ascii=False).encode("utf-8")


def never_seen(words: int, run: str):
    return lambda i: body_of(make_article(words, f"{run}-{i}"))


def edited_drafts(words: int, run: str):
    """Request i: the draft of request i-1 with paragraph i (mod n) edited."""
    paras = make_paragraphs(words, f"{run}-base")

    def body(i: int) -> bytes:
        k = i % len(paras)
        paras[k] = f"{paras[k].rsplit(' (Réf.', 1)[0]} (Réf. {run}-edit{i})"
        return body_of("\n\n".join(paras) + "\n", "draft")
    return body


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    v = sorted(values)
    if not v:
        return float("nan")
    k = (len(v) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


class Client:
    def __init__(self, port: int, timeout: float):
        self.conn = http.client.HTTPConnection(HOST, port, timeout=timeout)

    def post(self, body: bytes) -> tuple[int, bytes, float, float]:
        """(status, body, seconds, server-side audit seconds from the Server-Timing header)."""
        t0 = time.perf_counter()
        self.conn.request("POST", "/v1/audit", body=body, headers={"Content-Type": "application/json"})
        resp = self.conn.getresponse()
        data = resp.read()
        dt = time.perf_counter() - t0
        audit = 0.0
        for part in (resp.getheader("Server-Timing") or "").split(","):
            name, _, dur = part.strip().partition(";dur=")
            if name == "audit":
                audit = float(dur) / 1000
        return resp.status, data, dt, audit

    def close(self):
        self.conn.close()


def wait_ready(port: int, proc: subprocess.Popen, deadline: float) -> float:
    t0 = time.perf_counter()
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited early with code {proc.returncode}")
        try:
            c = http.client.HTTPConnection(HOST, port, timeout=2)
            c.request("GET", "/readyz")
            r = c.getresponse()
            r.read()
            c.close()
            if r.status == 200:
                return time.perf_counter() - t0
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("server not ready in time")


def run_phase(port: int, bodies, total: int, clients: int, deadline: float, timeout: float,
              until: threading.Event | None = None) -> dict:
    """bodies(i) -> request body i. With `until`, clients stop once it is set (total is then a cap)."""
    lat: list[float] = []
    server: list[float] = []
    bad: list[str] = []
    lock = threading.Lock()
    counter = itertools.count()

    def worker():
        c = Client(port, timeout)
        try:
            while time.time() < deadline and not (until is not None and until.is_set()):
                i = next(counter)
                if i >= total:
                    break
                with lock:
                    body = bodies(i)
                try:
                    status, data, dt, audit = c.post(body)
                except OSError as e:
                    with lock:
                        bad.append(f"{type(e).__name__}: {e}")
                    c.close()
                    c = Client(port, timeout)
                    continue
                with lock:
                    if status == 200 and json.loads(data).get("schema") == "mtaudit.report/1":
                        lat.append(dt)
                        server.append(audit)
                    else:
                        bad.append(f"HTTP {status}: {data[:120]!r}")
        finally:
            c.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {
        "clients": clients, "requests": len(lat), "errors": len(bad), "error_sample": bad[:3],
        "p50_ms": round(percentile(lat, 0.5) * 1000, 1), "p95_ms": round(percentile(lat, 0.95) * 1000, 1),
        "max_ms": round(max(lat) * 1000, 1) if lat else None,
        "req_per_s": round(len(lat) / wall, 2) if wall > 0 else None, "wall_s": round(wall, 2),
        "audit_p50_ms": round(percentile(server, 0.5) * 1000, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sequential", type=int, default=40, help="requests from one client (default 40)")
    ap.add_argument("--concurrency", type=int, default=4, help="clients at once in phase 2 (default 4)")
    ap.add_argument("--concurrent", type=int, default=40, help="requests in phase 2 (default 40)")
    ap.add_argument("--workers", type=int, default=1, help="service worker processes (default 1)")
    ap.add_argument("--words", type=int, default=860, help="article length (default 860)")
    ap.add_argument("--heavy-mb", type=float, default=1.0, help="size of the heavy article (0: skip that phase)")
    ap.add_argument("--max-seconds", type=float, default=400, help="bound on the whole run (default 400)")
    ap.add_argument("--request-timeout", type=float, default=30, help="client timeout per request")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    args.sequential = max(0, min(args.sequential, 10_000))
    args.concurrent = max(0, min(args.concurrent, 10_000))
    args.concurrency = max(1, min(args.concurrency, 64))

    text = make_article(args.words)
    run = f"{os.getpid()}-{int(time.time())}"
    port = free_port()
    deadline = time.time() + args.max_seconds
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.pop("MTAUDIT_TOKEN", None)
    cmd = [sys.executable, "-m", "mtaudit", "--no-config", "serve", "--host", HOST, "--port", str(port),
           "--workers", str(args.workers), "--log-level", "warning", "--timeout", str(args.request_timeout),
           "--max-body", str(int(args.heavy_mb * 1.2 * 1024 * 1024) + 1024 * 1024), "--max-words", "0"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True)
    phases = {}
    try:
        ready_s = wait_ready(port, proc, deadline)
        warm = Client(port, args.request_timeout)
        for i in range(3):  # the first requests fill caches; not counted
            warm.post(body_of(make_article(args.words, f"{run}-warm{i}")))
        warm.close()
        phases["never-seen"] = run_phase(port, never_seen(args.words, run + "s"), args.sequential, 1, deadline,
                                         args.request_timeout)
        phases["edited"] = run_phase(port, edited_drafts(args.words, run), args.sequential, 1, deadline,
                                     args.request_timeout)
        phases["concurrent"] = run_phase(port, never_seen(args.words, run + "c"), args.concurrent, args.concurrency,
                                         deadline, args.request_timeout)
        if args.heavy_mb > 0:
            phases["small during heavy"], heavy = heavy_phase(port, args, deadline, run)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGINT)
            proc.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    result = {"date": time.strftime("%Y-%m-%d %H:%M"), "load_average": round(os.getloadavg()[0], 1),
              "words": len(text.split()), "workers": args.workers, "cpus": os.cpu_count(),
              "ready_s": round(ready_s, 1), "phases": phases}
    if args.heavy_mb > 0:
        result["heavy"] = heavy
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['date']}: article {result['words']} words; service workers: {args.workers}; "
              f"CPUs: {result['cpus']} (load average {result['load_average']}); ready after {result['ready_s']} s")
        print("| phase | clients | requests | errors | p50 ms | p95 ms | max ms | req/s | audit p50 ms |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, r in phases.items():
            print(f"| {name} | {r['clients']} | {r['requests']} | {r['errors']} | {r['p50_ms']} | {r['p95_ms']} | "
                  f"{r['max_ms']} | {r['req_per_s']} | {r['audit_p50_ms']} |")
        if args.heavy_mb > 0:
            print(f"heavy article: {heavy['bytes']:,} bytes, {heavy['words']:,} words -> HTTP {heavy['status']} "
                  f"({heavy['error']}) after {heavy['seconds']} s; /readyz during it: {heavy['readyz']}")
        for r in phases.values():
            for e in r["error_sample"]:
                print(f"error: {e}", file=sys.stderr)
    return 1 if any(r["errors"] for r in phases.values()) else 0


def heavy_phase(port: int, args, deadline: float, run: str):
    """One ~N MB article in the background; short never-seen articles from another client meanwhile."""
    n = int(args.heavy_mb * 1024 * 1024)
    big = make_article(n // 6, f"{run}-big")[:n]
    done = threading.Event()
    out: dict = {"bytes": len(big.encode("utf-8")), "words": len(big.split())}

    def send_big():
        c = Client(port, max(args.request_timeout * 4, 120))
        try:
            status, data, dt, _ = c.post(body_of(big, "big"))
            out.update(status=status, seconds=round(dt, 1), error=json.loads(data).get("error", "-"))
        except OSError as e:
            out.update(status=None, seconds=None, error=str(e))
        finally:
            c.close()
            done.set()

    t = threading.Thread(target=send_big)
    t.start()
    time.sleep(0.5)
    try:
        c = http.client.HTTPConnection(HOST, port, timeout=5)
        c.request("GET", "/readyz")
        r = c.getresponse()
        out["readyz"] = f"{r.status} {r.read().decode()[:160]}"
        c.close()
    except OSError as e:
        out["readyz"] = str(e)
    small = run_phase(port, never_seen(200, run + "small"), 10_000, 1, deadline, args.request_timeout, until=done)
    t.join()
    return small, out


if __name__ == "__main__":
    sys.exit(main())
