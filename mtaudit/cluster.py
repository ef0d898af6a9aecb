"""`mtaudit audit --engine ray [--address ADDR]`: the audit on Ray Data.

The batch runner (mtaudit.runner) still reads the inputs, skips articles already reported (resume),
and writes every report, the index and the summaries; only the audits move to Ray. Articles go to
Ray Data in windows of rows (`ray.data.from_items`), and `map_batches` sends them to a pool of
actors that each build one Auditor (models loaded once per actor, per window) and audit a batch
with one spaCy `nlp.pipe` call. Reports come back as JSON text and are written as they arrive, so
an interrupted run resumes like a local one. With no address, Ray starts locally on this machine;
with one (`ray://host:10001` or `host:6379`), the run joins that cluster, whose workers need
mtaudit[cluster] installed. Needs the `cluster` extra (`pip install mtaudit[cluster]`).
"""
from __future__ import annotations

import json
import os
import re

from .i18n import _

WINDOW = 2000  # articles per Ray Data dataset, at least; each window starts its actors, which load the
PER_ACTOR = 1000  # models (~10 s), so a window gives every actor this many articles (minutes of work)
BATCH = 16     # articles per map_batches call (one nlp.pipe batch)


class RayUnavailable(Exception):
    """Ray cannot be used (not installed, cluster unreachable, job failed): the run stops; str() is one line."""


CONNECT_TIMEOUT = 5  # seconds to reach --address before giving up (ray.init itself retries for minutes)
INIT_TIMEOUT = 60  # seconds for ray.init to join a cluster at an address that answers (not Ray: it never returns)


def endpoint(address: str) -> tuple[str, int] | None:
    """(host, port) of an --address to pre-check: ray://host[:10001] or host:port; None for Ray's
    own words ("auto", "local"). RayUnavailable when it is neither."""
    if address in ("auto", "local"):
        return None
    client = address.startswith("ray://")
    rest = address[len("ray://"):] if client else address
    m = re.fullmatch(r"\[([^\]]+)\](?::(\d+))?|([^:\[\]/]+)(?::(\d+))?", rest)
    host = m and (m.group(1) or m.group(3))
    port = m and (m.group(2) or m.group(4))
    if not host or not (port or client) or (port and not 0 < int(port) < 65536):
        raise RayUnavailable(_("--address {address}: expected ray://HOST:10001 (Ray Client) or HOST:PORT of the "
                               "head node (e.g. head:6379)").format(address=address))
    return host, int(port or 10001)


def reach(address: str) -> None:
    """A TCP connection to the address, in seconds: RayUnavailable when nothing answers (ray.init
    would retry for minutes without a word)."""
    import socket

    where = endpoint(address)
    if where is None:
        return
    try:
        socket.create_connection(where, timeout=CONNECT_TIMEOUT).close()
    except OSError as e:
        problem = e.strerror or str(e) or type(e).__name__
        raise RayUnavailable(_("cannot reach the Ray cluster at {address} ({problem})").format(
            address=address, problem=problem)) from None


def _join(ray, address: str, kw: dict) -> None:
    """ray.init(address=...) in a thread, given up after INIT_TIMEOUT: something that accepts
    connections but is not a Ray head makes ray.init retry forever."""
    import threading

    outcome: list = []

    def init():
        try:
            ray.init(address=address, **kw)
            outcome.append(None)
        except BaseException as e:
            outcome.append(e)

    t = threading.Thread(target=init, name="mtaudit-ray-init", daemon=True)
    t.start()
    t.join(INIT_TIMEOUT)
    if not outcome:
        raise RayUnavailable(_("cannot reach the Ray cluster at {address} (no Ray answer within {seconds} s: is it "
                               "the head node's port?)").format(address=address, seconds=INIT_TIMEOUT))
    if outcome[0] is not None:
        raise outcome[0]


def _one_line(e: BaseException) -> str:
    """An exception as one short line (Ray's carry whole tracebacks)."""
    text = next((line.strip() for line in str(e).splitlines() if line.strip()), "")
    text = f"{type(e).__name__}: {text}" if text else type(e).__name__
    return text if len(text) <= 300 else text[:297] + "..."


class _Auditing:
    """A Ray Data actor: one Auditor, loaded once; audits a batch of rows into JSON reports."""

    def __init__(self, config):
        from .pipeline import Auditor

        self.auditor = Auditor(config)

    def __call__(self, batch):
        import pickle

        import numpy as np

        from .runner import AuditFailed, audit_batch

        # each row carries its whole Article, pickled as --jobs sends it to worker processes: an HTML
        # input's offset map and a bilingual file's units travel with it
        articles = [pickle.loads(bytes(a)) for a in batch["article"]]
        out = []
        for report in audit_batch(self.auditor, articles):  # a failure is this article's, not the batch's
            if isinstance(report, AuditFailed):
                report = {"failed": report.problem}
            else:
                report = {"report": report}
            out.append(json.dumps(report, ensure_ascii=False))
        return {"index": np.asarray(batch["index"]), "report": np.asarray(out, dtype=object)}


def start(address: str | None, jobs: int, quiet: bool = False):
    """Connect to (or start) Ray; returns the ray module. quiet (-q): Ray's Python warnings are not
    printed either (mtaudit reports a failed job itself)."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise RayUnavailable(_("--engine ray needs Ray Data: pip install 'mtaudit[cluster]'")) from None
    import importlib.util

    if not ray.is_initialized():
        kw = dict(ignore_reinit_error=True, include_dashboard=False, log_to_driver=False,
                  logging_level="ERROR")
        if address and address.startswith("ray://") and importlib.util.find_spec("grpc") is None:
            raise RayUnavailable(_("--address {address}: Ray Client (ray://) needs pip install 'ray[client]'").format(
                address=address))
        try:
            if address:
                reach(address)
                _join(ray, address, kw)
            else:
                ray.init(num_cpus=jobs or os.cpu_count() or 1, **kw)
        except RayUnavailable:
            raise
        except Exception as e:
            if address:
                raise RayUnavailable(_("cannot reach the Ray cluster at {address} ({problem})").format(
                    address=address, problem=_one_line(e))) from None
            raise RayUnavailable(_("cannot start Ray on this machine ({problem})").format(problem=_one_line(e))) from None
        from .runner import catch_sigterm

        catch_sigterm()  # ray.init set its own SIGTERM handler (tracebacks, no summary): stop as Ctrl-C does
    import logging

    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR if quiet else logging.WARNING)
    # mtaudit turns Ray Data's progress bars off itself (it has its own): "Progress bars disabled"
    # is noise, with or without -q
    logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)
    return ray


def mute_driver_logs() -> None:
    """On Ctrl-C: Ray Data kills the run's actors and the raylet reports each ("Task ... killed by
    ray.kill") on the driver's stdout; mtaudit says "interrupted" itself. Ray has no public switch
    for those lines after ray.init (log_to_driver covers worker output only): its own debugger turns
    them off with this module flag, so does mtaudit, where the flag exists."""
    try:
        from ray._private import worker
    except ImportError:
        return
    if hasattr(worker, "_worker_logs_enabled"):
        worker._worker_logs_enabled = False


def actors_for(ray, jobs: int) -> int:
    if jobs > 0:
        return jobs
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def run(sources, config, jobs: int, address: str | None, load, finish, bar, result, quiet: bool = False) -> None:
    """Audit every loadable source on Ray; same callbacks as the runner's local strategies."""
    import pickle

    window: list = []
    pending: dict = {}

    from .runner import AuditFailed

    def failed(e: Exception):
        """The job failed (an actor or node lost): what came back is written; the window's other
        articles are listed as not audited, and the run stops."""
        for index, (article, _run) in pending.items():
            result.errors.append(_error(index, article, _("not audited: the Ray job failed (see the error below)")))
        pending.clear()
        window.clear()
        return RayUnavailable(_("the Ray job failed ({problem}); the articles audited before it are written, "
                                "run again to audit the others").format(problem=_one_line(e)))

    def flush():
        if not window:
            return
        ray = start(address, jobs, quiet)  # only when there is work: a resumed run with nothing new starts no Ray
        try:
            actors = actors_for(ray, jobs)
            rows = [{"index": index, "article": pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)}
                    for index, a, _ in window]
            batches = -(-len(rows) // BATCH)
            ds = ray.data.from_items(rows, override_num_blocks=max(1, min(batches, actors * 4)))

            class Auditing(_Auditing):  # the configuration travels with the class, not as an object-store argument
                def __init__(self):
                    super().__init__(config)

            import warnings

            with warnings.catch_warnings():  # max_restarts has no named parameter: Ray warns about the remote-args form
                warnings.filterwarnings("ignore", message=".*ray_remote_args.*")
                ds = ds.map_batches(Auditing, batch_size=BATCH, batch_format="numpy", num_cpus=1,
                                    compute=ray.data.ActorPoolStrategy(size=min(actors, batches)),
                                    # not restarted: with Ray Data's default (restarts) Ray logs an error line from
                                    # core_worker.cc for every pool (constructor arguments in the object store and
                                    # max_restarts > 0); a lost actor fails the job, which stops the run as README says
                                    max_restarts=0)
            returned = iter(ds.iter_batches(batch_size=None, batch_format="numpy"))
        except Exception as e:
            raise failed(e) from None
        while True:
            try:
                batch = next(returned)
            except StopIteration:
                break
            except KeyboardInterrupt:
                mute_driver_logs()
                raise
            except Exception as e:
                raise failed(e) from None
            for index, text in zip(batch["index"], batch["report"]):
                index = int(index)
                article, run_info = pending.pop(index)
                got = json.loads(text)
                finish(index, article, AuditFailed(got["failed"]) if "failed" in got else got["report"], run_info)
                bar.update(words=article.words)
        window.clear()

    for index, source in enumerate(sources):
        got = load(index, source)
        if got is None:
            continue
        article, run_info = got
        window.append((index, article, run_info))
        pending[index] = (article, run_info)
        if len(window) >= max(WINDOW, PER_ACTOR * (jobs or 32)):
            flush()
    flush()
    for index, (article, _run) in pending.items():  # a row Ray never gave back
        result.errors.append(_error(index, article, _("not audited: the Ray job lost this article")))


def _error(index, article, problem):
    from .runner import article_error, at

    return at(index, article_error(article, problem))


def shutdown() -> None:
    if os.environ.get("MTAUDIT_RAY_KEEP") == "1":
        return
    try:
        import ray

        if ray.is_initialized():
            ray.shutdown()
    except ImportError:
        pass
