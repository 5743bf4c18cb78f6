#!/usr/bin/env python3
"""Gates for dealline's data formats.

    data.py schema SCHEMA.json TIMELINE.json [JSONL]   JSON (and JSON lines) valid against the schema
    data.py ics EVENTS.json CALENDAR.ics [EPOCH]       strict iCalendar, one VEVENT per dated event
    data.py csv EVENTS.json TABLE.csv                  RFC 4180, one row per event
    data.py jsonld EVENTS.json PAGE.html               the page's JSON-LD lists every event and source

Exits 1 with a FAIL line for each problem, so a deliberately broken input
must make it fail (the negative checks in .ci/html-gates rely on that).
"""
import csv
import datetime as dt
import io
import json
import re
import sys

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL " + msg, file=sys.stderr)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def check_schema(schema_path, timeline_path, jsonl_path=None):
    import jsonschema
    schema = load(schema_path)
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    for e in v.iter_errors(load(timeline_path)):
        fail(f"{timeline_path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    if jsonl_path:
        line_schema = dict(schema)
        line_schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/line"}
        lv = jsonschema.Draft202012Validator(line_schema)
        n = 0
        with open(jsonl_path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                n += 1
                for e in lv.iter_errors(json.loads(line)):
                    fail(f"{jsonl_path}:{i}: {e.message}")
        if n != len(load(timeline_path)["events"]):
            fail(f"{jsonl_path}: {n} lines for {len(load(timeline_path)['events'])} events")


def check_ics(timeline_path, ics_path, epoch=None):
    import icalendar
    raw = open(ics_path, "rb").read()
    if not raw.endswith(b"\r\n"):
        fail(f"{ics_path}: does not end in CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for i, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            fail(f"{ics_path}:{i}: bare line break")
        if len(line) > 75:
            fail(f"{ics_path}:{i}: {len(line)} octets, over 75")
        if not line:
            fail(f"{ics_path}:{i}: blank line")
    try:
        cal = icalendar.Calendar.from_ical(raw.decode("utf-8"))
    except Exception as e:  # the parser's own complaint
        fail(f"{ics_path}: does not parse: {e}")
        return
    for key in ("VERSION", "PRODID"):
        if key not in cal:
            fail(f"{ics_path}: no {key}")
    if cal.errors:
        fail(f"{ics_path}: parser errors {cal.errors}")
    events = cal.walk("VEVENT")
    timeline = load(timeline_path)
    dated = [e for e in timeline["events"] if e["date"] is not None]
    if len(events) != len(dated):
        fail(f"{ics_path}: {len(events)} VEVENTs for {len(dated)} dated events")
    uids = set()
    for ev, want in zip(events, dated):
        if ev.errors:
            fail(f"{ics_path}: VEVENT errors {ev.errors}")
        for key in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            if key not in ev:
                fail(f"{ics_path}: VEVENT without {key}")
        if "UID" not in ev or "DTSTART" not in ev or "DTEND" not in ev:
            continue
        uid = str(ev["UID"])
        if uid in uids:
            fail(f"{ics_path}: duplicate UID {uid}")
        uids.add(uid)
        if uid != want["id"] + "@dealline":
            fail(f"{ics_path}: UID {uid} is not the event id {want['id']}")
        start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
        if isinstance(start, dt.datetime) or isinstance(end, dt.datetime):
            fail(f"{ics_path}: {uid} is not all-day")
            continue
        if start.isoformat() != want["date"]["start"]:
            fail(f"{ics_path}: {uid} starts {start}, expected {want['date']['start']}")
        last = dt.date.fromisoformat(want["date"]["end"])
        if end != last + dt.timedelta(days=1):
            fail(f"{ics_path}: {uid} DTEND {end} is not the day after {last} (exclusive end)")
        if epoch is not None and "DTSTAMP" in ev:
            stamp = ev.decoded("DTSTAMP")
            if int(stamp.timestamp()) != int(epoch):
                fail(f"{ics_path}: DTSTAMP {stamp} is not SOURCE_DATE_EPOCH {epoch}")


def check_csv(timeline_path, csv_path):
    raw = open(csv_path, "rb").read()
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    timeline = load(timeline_path)
    if not rows or rows[0][:2] != ["id", "type"]:
        fail(f"{csv_path}: no header row")
        return
    if len(rows) - 1 != len(timeline["events"]):
        fail(f"{csv_path}: {len(rows) - 1} rows for {len(timeline['events'])} events")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(rows[0]):
            fail(f"{csv_path}:{i}: {len(r)} fields, header has {len(rows[0])}")
    if [r[0] for r in rows[1:]] != [e["id"] for e in timeline["events"]]:
        fail(f"{csv_path}: rows are not the events in timeline order")


def check_jsonld(timeline_path, page_path):
    html = open(page_path, encoding="utf-8").read()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    if len(blocks) != 1:
        fail(f"{page_path}: {len(blocks)} JSON-LD blocks, expected 1")
        return
    data = json.loads(blocks[0])
    graph = data.get("@graph", [])
    lists = [g for g in graph if g.get("@type") == "ItemList"]
    timeline = load(timeline_path)
    if len(lists) != 1:
        fail(f"{page_path}: no ItemList")
        return
    items = lists[0]["itemListElement"]
    if len(items) != len(timeline["events"]):
        fail(f"{page_path}: ItemList has {len(items)} items for {len(timeline['events'])} events")
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    articles = {g["@id"] for g in graph if g.get("@type") == "NewsArticle"}
    for it in items:
        ev = it["item"]
        if ev.get("@type") != "Event" or ev.get("@id", "#")[1:] not in ids:
            fail(f"{page_path}: item {it.get('position')} is not an Event on the page")
        for s in ev.get("subjectOf", []):
            if s["@id"] not in articles or s["@id"][1:] not in ids:
                fail(f"{page_path}: {ev.get('@id')} cites {s['@id']}, not a NewsArticle on the page")
        for key in ("startDate", "endDate"):
            if key in ev and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", ev[key]):
                fail(f"{page_path}: {ev['@id']} {key} {ev[key]!r} is not an ISO date")
    if len(articles) != len(timeline["documents"]):
        fail(f"{page_path}: {len(articles)} NewsArticles for {len(timeline['documents'])} documents")


if __name__ == "__main__":
    what, args = sys.argv[1], sys.argv[2:]
    {"schema": check_schema, "ics": check_ics, "csv": check_csv, "jsonld": check_jsonld}[what](*args)
    if failures:
        sys.exit(1)
    print(f"data gate {what}: ok")
