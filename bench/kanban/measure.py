#!/usr/bin/python3
"""Kanban benchmark client: fills a job with applications spread over its stages, then times the
board page and stage moves over keep-alive connections, as a browser and an API client see them.

Usage: measure.py BASE_URL API_KEY [applications]   (run by bench/kanban/run.sh)
"""
import http.client
import http.cookiejar
import json
import random
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE, KEY = sys.argv[1], sys.argv[2]
COUNT = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
RUNS = 30
MOVES = 200
HOST = urllib.parse.urlsplit(BASE)
SKILLS = ["Python", "Django", "FastAPI", "PostgreSQL", "MySQL", "Docker", "AWS", "Kafka", "RabbitMQ", "Redis",
          "Kubernetes", "REST APIs", "Microservices", "GraphQL", "Go", "Java", "React", "TypeScript", "Terraform", "Linux"]


def api(method, path, body=None):
    request = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        text = response.read()
        return json.loads(text) if text else None


def json_resume(i):
    rng = random.Random(i)
    skills = rng.sample(SKILLS, rng.randint(2, 12))
    start = rng.randint(2005, 2022)
    return {
        "basics": {"name": f"Bench Candidate {i}", "email": f"bench{i}@example.com", "location": {"city": "Berlin", "countryCode": "DE"}},
        "work": [{"name": "Acme", "position": "Backend Engineer", "startDate": f"{start}-01", "highlights": [", ".join(skills)]}],
        "skills": [{"name": s} for s in skills],
    }


def generate(job):
    """COUNT applications through the JSON Resume import (scored at once), then spread them over the stages."""
    with ThreadPoolExecutor(4) as pool:
        ids = list(pool.map(lambda i: api("POST", f"/api/v1/jobs/{job}/applications/import", json_resume(i))["id"], range(COUNT)))
    stages = [s["id"] for s in api("GET", f"/api/v1/jobs/{job}/pipeline")["stages"]]
    # A realistic funnel: most stay in Applied; fewer at each later stage; some rejected.
    plan = [(stages[1], 400), (stages[2], 200), (stages[3], 100), (stages[4], 30), (stages[5], 10)]
    rest, at = ids, 0
    for stage, n in plan:
        chunk = rest[at:at + n]
        for i in range(0, len(chunk), 500):
            api("POST", f"/api/v1/jobs/{job}/applications/bulk-move", {"application_ids": chunk[i:i + 500], "to_stage_id": stage})
        at += n
    reasons = api("GET", "/api/v1/rejection-reasons?kind=rejected")
    rejected = rest[at:at + 300]
    api("POST", f"/api/v1/jobs/{job}/applications/bulk-reject", {"application_ids": rejected, "reason_id": reasons[0]["id"]})
    return stages


class Browser:
    """A signed-in staff member: the sign-in cookie on one keep-alive connection."""

    def __init__(self, email, password):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        page = self.opener.open(BASE + "/login").read().decode()
        fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page))
        fields.update({"Input.Email": email, "Input.Password": password})
        self.opener.open(BASE + "/login", urllib.parse.urlencode(fields).encode()).read()
        self.cookie = "; ".join(f"{c.name}={c.value}" for c in self.jar)
        assert "openhire.auth" in self.cookie, "sign-in failed"
        self.connection = http.client.HTTPConnection(HOST.hostname, HOST.port)

    def request(self, method, path, body=None, headers=None):
        self.connection.request(method, path, body=body, headers={"Cookie": self.cookie, **(headers or {})})
        response = self.connection.getresponse()
        return response.status, response.read()


def timed(action, runs):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def summary(label, times, extra=""):
    times = sorted(times)
    p95 = times[max(0, int(round(0.95 * len(times))) - 1)]
    print(f"{label}: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms over {len(times)} runs{extra}")


def main():
    jobs = api("GET", "/api/v1/jobs?limit=1")["items"]
    job = jobs[0]["id"]
    started = time.perf_counter()
    stages = generate(job)
    pipeline = api("GET", f"/api/v1/jobs/{job}/pipeline")
    print(f"generated {COUNT} applications in {time.perf_counter() - started:.0f} s; stages "
          + ", ".join(f"{s['name']} {s['application_count']}" for s in pipeline["stages"]))

    browser = Browser("admin@demo.openhire.local", "demo-password")
    board = f"/staff/jobs/{job}/board"
    for _ in range(3):
        browser.request("GET", board)
    status, html = browser.request("GET", board)
    assert status == 200, status
    cards = html.count(b'class="card"')
    summary("board page (GET " + board.replace(job, "{job}") + ")",
            timed(lambda: browser.request("GET", board), RUNS), f"; {len(html) // 1024} KB, {cards} cards shown")
    expanded = f"{board}?column={stages[0]}&show=500"
    summary("board with one column expanded to 500 cards", timed(lambda: browser.request("GET", expanded), RUNS // 3))

    # One application moved back and forth between two stages, each time from the stage it is in.
    applied = api("GET", f"/api/v1/jobs/{job}/applications?stage={stages[0]}&limit=1")["items"][0]["id"]
    here, there = stages[0], stages[1]
    api_connection = http.client.HTTPConnection(HOST.hostname, HOST.port)

    def api_move():
        nonlocal here, there
        api_connection.request("POST", f"/api/v1/applications/{applied}/move",
                               body=json.dumps({"to_stage_id": there, "expected_stage_id": here}),
                               headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"})
        response = api_connection.getresponse()
        response.read()
        assert response.status == 200, response.status
        here, there = there, here

    for _ in range(5):
        api_move()
    summary("stage move, API (POST /api/v1/applications/{id}/move)", timed(api_move, MOVES))

    # The board's drag and drop: the card's form posted with Accept: application/json.
    status, html = browser.request("GET", board)
    token = re.search(rb'name="__RequestVerificationToken" type="hidden" value="([^"]+)"|name="__RequestVerificationToken" value="([^"]+)"', html)
    token = (token.group(1) or token.group(2)).decode()

    def board_move():
        nonlocal here, there
        form = urllib.parse.urlencode({"__RequestVerificationToken": token, "to_stage_id": there, "expected_stage_id": here})
        status, _ = browser.request("POST", f"/staff/applications/{applied}/move", form,
                                    {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"})
        assert status == 200, status
        here, there = there, here

    for _ in range(5):
        board_move()
    summary("stage move, board drag and drop (POST /staff/applications/{id}/move, JSON)", timed(board_move, MOVES))


main()
