"""Many small portals on loopback for the simulated national crawl (bench/bench_scaleout.py).

One asyncio server process answers for N sites, each on its own port of 127.0.0.1 (a portal per
netloc, as the crawler's per-domain politeness sees them): a home page linking to two articles,
robots.txt, and 404 for the rest. Every request is written to the server's own log as
"<site> <arrival> <answer>" (seconds), the arrival when its headers are read and the answer when
the server starts replying after a short think time; the most requests at once per site is read
from that log afterwards (max_concurrent_per_site), not from the crawler's word.

    python -m portal_sim.national N LOGFILE   # prints "ready <first port> ... <last port>" lines
"""
from __future__ import annotations

import asyncio
import sys
import time
from collections import defaultdict

THINK = 0.02      # seconds a portal takes to answer: long enough for overlapping requests to show

PROVINCES = ("Hà Nội", "Cần Thơ", "Đà Nẵng", "Huế", "Lào Cai", "Gia Lai", "An Giang", "Cà Mau")


def home(site: int) -> bytes:
    items = "".join(f'<li class="news-item"><a href="/tin-tuc/{site}-{k}.html">Kế hoạch cải cách hành chính '
                    f'số {k}/KH-UBND năm 2025 của huyện {site}</a> <span class="date">0{k}/03/2025</span></li>'
                    for k in (1, 2))
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin huyện {site}</title>'
            f'</head><body><header><a href="/">Trang chủ</a></header><main><h2>Tin tức</h2><ul>{items}</ul></main>'
            f'<footer>Ủy ban nhân dân huyện {site}</footer></body></html>').encode()


def article(site: int, k: int) -> bytes:
    body = "".join(
        f"<p>Thực hiện Kế hoạch số {k}/KH-UBND, Ủy ban nhân dân huyện {site} triển khai nhiệm vụ cải cách hành "
        f"chính năm 2025, nâng cao Chỉ số PAR INDEX; đến năm 2025 đạt 100% hồ sơ được tiếp nhận trực tuyến "
        f"(đoạn {p}).</p>" for p in range(3))
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch {k}/KH-UBND</title></head>'
            f'<body><header><a href="/">Trang chủ</a></header><main><article><h1>Kế hoạch cải cách hành chính số '
            f'{k}/KH-UBND năm 2025</h1><div class="date">Thứ hai, 0{k}/03/2025 08:00</div>'
            f'<div class="content">{body}</div></article></main><footer>Ủy ban nhân dân huyện {site}</footer>'
            f'</body></html>').encode()


def answer(site: int, path: str) -> tuple[int, bytes, str]:
    if path == "/":
        return 200, home(site), "text/html; charset=utf-8"
    if path == "/robots.txt":
        return 200, b"User-agent: *\nAllow: /\n", "text/plain"
    for k in (1, 2):
        if path == f"/tin-tuc/{site}-{k}.html":
            return 200, article(site, k), "text/html; charset=utf-8"
    return 404, b"not found", "text/plain"


async def serve(n: int, log_path: str) -> None:
    log = open(log_path, "w", buffering=1)

    def handler_for(site: int):
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                while True:     # keep-alive: one request after another on the connection
                    head = await reader.readuntil(b"\r\n\r\n")
                    t0 = time.time()
                    path = head.split(b" ", 2)[1].decode("latin-1").split("?")[0]
                    await asyncio.sleep(THINK)
                    status, body, ctype = answer(site, path)
                    log.write(f"{site} {t0:.6f} {time.time():.6f}\n")
                    writer.write(f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
                                 f"\r\n".encode() + body)
                    await writer.drain()
            except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
                pass
            finally:
                writer.close()
        return handle

    servers = [await asyncio.start_server(handler_for(i), "127.0.0.1", 0) for i in range(n)]
    ports = [s.sockets[0].getsockname()[1] for s in servers]
    for i in range(0, n, 200):
        print("ready", *ports[i:i + 200], flush=True)
    print("end", flush=True)
    await asyncio.Event().wait()


def max_concurrent_per_site(log_path: str) -> dict[int, int]:
    """From the server's log: the most requests of one site being served at the same moment."""
    events: dict[int, list] = defaultdict(list)
    with open(log_path) as f:
        for line in f:
            site, a, b = line.split()
            events[int(site)] += [(float(a), 1), (float(b), -1)]
    peak = {}
    for site, ev in events.items():
        now = best = 0
        for _, d in sorted(ev, key=lambda e: (e[0], e[1])):    # an answer before an arrival at the same instant
            now += d
            best = max(best, now)
        peak[site] = best
    return peak


def source_entries(ports: list[int]) -> list[dict]:
    return [{"id": f"nat-{i:04d}", "name": f"Cổng thông tin huyện {i} (mô phỏng)", "province": PROVINCES[i % len(PROVINCES)],
             "base_url": f"http://127.0.0.1:{p}/", "kind": "district",
             "limits": {"max_depth": 2, "delay": 0}} for i, p in enumerate(ports)]


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1]), sys.argv[2]))
