"""What a program at the lowest priority on the spare core costs short requests, without Django.

    .venv/bin/python bench/idle_core.py            # 40 s per setting

Five server processes each answer a request with 12 ms of computing (a step page is 10-15 ms);
25 clients send one every 0.5-2 s, as in bench/load.py's werkdag. The same load runs three
times: alone, beside a busy loop under SCHED_IDLE (`chrt --idle`, as the PDF worker runs), and
with every process held to one core (what the machine would be with one core fewer). It prints
the p50/p95/p99 of each.

Why: the PDF worker at SCHED_IDLE still raised the officers' step p95 in bench/load.py, and so
did a plain busy loop at the same priority (its werkdag-rekenen phase). This bench takes the
planner, its database and its memory out of the picture: if a plain loop costs the same here,
it is the operating system's placement of tasks, not the PDF.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import threading
import time

SERVERS = 5
CLIENTS = 25
REQUEST_CPU_SECONDS = 0.012
BUSY_LOOP = "while True:\n    pass\n"


def serve(requests, answers):
    """A server process: a byte in, 12 ms of computing, a byte out."""
    while os.read(requests, 1):
        started = time.process_time()
        while time.process_time() - started < REQUEST_CPU_SECONDS:
            pass
        os.write(answers, b".")


def start_servers():
    servers = []
    for _ in range(SERVERS):
        request_read, request_write = os.pipe()
        answer_read, answer_write = os.pipe()
        if os.fork() == 0:
            os.close(request_write)
            serve(request_read, answer_write)
            os._exit(0)
        os.close(request_read)
        os.close(answer_write)
        servers.append((request_write, answer_read))
    return servers


def load(seconds, seed=7):
    """Latencies (ms) of the requests of CLIENTS clients during `seconds`."""
    servers = start_servers()
    free, latencies = list(range(SERVERS)), []
    ready = threading.Condition()

    def client(number):
        rng, stop_at = random.Random(seed * 100 + number), time.monotonic() + seconds
        while time.monotonic() < stop_at:
            time.sleep(rng.uniform(0.5, 2.0))
            started = time.perf_counter()
            with ready:
                while not free:
                    ready.wait()
                server = free.pop()
            os.write(servers[server][0], b".")
            os.read(servers[server][1], 1)
            with ready:
                free.append(server)
                ready.notify()
            latencies.append((time.perf_counter() - started) * 1000)

    clients = [threading.Thread(target=client, args=(number,)) for number in range(CLIENTS)]
    for thread in clients:
        thread.start()
    for thread in clients:
        thread.join()
    for request_write, answer_read in servers:
        os.close(request_write)
        os.close(answer_read)
    for _ in servers:
        os.wait()
    return sorted(latencies)


def show(title, latencies):
    def at(share):
        return latencies[min(len(latencies) - 1, int(share * len(latencies)))]

    print(f"{title:<48} {len(latencies):>6} {at(0.5):>7.1f} {at(0.95):>7.1f} {at(0.99):>7.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconden", type=float, default=40, help="length of each setting")
    args = parser.parse_args()
    if not shutil.which("chrt") or not hasattr(os, "sched_setaffinity"):
        raise SystemExit("Nodig: Linux met chrt (util-linux).")
    print(f"{os.cpu_count()} kernen; {SERVERS} servers van {REQUEST_CPU_SECONDS * 1000:.0f} ms, {CLIENTS} klanten")
    print(f"{'':<48} {'aantal':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}")
    show("alleen", load(args.seconden))
    loop = subprocess.Popen(["chrt", "--idle", "0", sys.executable, "-c", BUSY_LOOP])
    try:
        show("naast een rekenlus op SCHED_IDLE", load(args.seconden))
    finally:
        loop.kill()
        loop.wait()
    everything = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(everything)})  # the servers, forked after this, inherit it
    try:
        show("alles op één kern", load(args.seconden))
    finally:
        os.sched_setaffinity(0, everything)


if __name__ == "__main__":
    main()
