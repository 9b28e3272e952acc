#!/usr/bin/env python3
"""Checks an `rgn export --format jsonl` folder the way a data tool reads it (Python, standard library only).

Every span in every file, wherever it sits in a record (an object with exactly the keys part, start, end, text),
must cover its text in its article's part: part_text[start:end] == text, offsets in code points. Every reference
must resolve: article ids, entity ids (mentions, speakers, relays, credits, cited sources, roles) and quote keys
(copies). Exits 1 with one line per problem, 0 with a summary.
"""
import json
import sys
from pathlib import Path

SPAN_KEYS = ["part", "start", "end", "text"]
TABLES = ["articles", "entities", "quotes", "mentions", "dates", "figures", "errata"]


def read(folder, table):
    path = folder / (table + ".jsonl")
    with path.open(encoding="utf-8", newline="") as file:
        text = file.read()
    if not text.endswith("\n") or "\r" in text:
        raise SystemExit(f"{path}: lines must end with \\n, the last one too")
    return [json.loads(line) for line in text.split("\n")[:-1]]


def spans(value, where):
    """Every span in a record, with the path to it."""
    if isinstance(value, dict):
        if list(value) == SPAN_KEYS:
            yield where, value
        else:
            for key, item in value.items():
                yield from spans(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from spans(item, f"{where}[{index}]")


def main(folder):
    folder = Path(folder)
    tables = {table: read(folder, table) for table in TABLES}
    problems = []
    articles = {a["id"]: a for a in tables["articles"]}
    entities = {e["id"] for e in tables["entities"]}
    quotes = {q["key"] for q in tables["quotes"]}

    def part_text(article, part):
        if part.startswith("caption:"):
            captions = article["captions"]
            index = int(part[len("caption:"):])
            return captions[index] if 0 <= index < len(captions) else None
        return article.get(part) if part in ("headline", "body", "dateline", "byline") else None

    def entity(table, number, what, entity_id):
        if entity_id is not None and entity_id not in entities:
            problems.append(f"{table}.jsonl:{number}: {what} names no entity: {entity_id!r}")

    checked = 0
    for table, records in tables.items():
        for number, record in enumerate(records, start=1):
            article_id = record["id"] if table == "articles" else record.get("article")
            if table != "entities":
                if article_id not in articles:
                    problems.append(f"{table}.jsonl:{number}: no article {article_id!r}")
                    continue
                for where, span in spans(record, table):
                    checked += 1
                    text = part_text(articles[article_id], span["part"])
                    if text is None:
                        problems.append(f"{table}.jsonl:{number}: {where}: {article_id} has no part {span['part']!r}")
                    elif (not (0 <= span["start"] <= span["end"] <= len(text))
                          or text[span["start"]:span["end"]] != span["text"]):
                        problems.append(f"{table}.jsonl:{number}: {where}: [{span['start']}:{span['end']}] of "
                                        f"{span['part']} is {text[span['start']:span['end']]!r}, "
                                        f"not {span['text']!r}")
            if table == "articles":
                for credit in ("publisher", "origin", "editor"):
                    entity(table, number, credit, (record[credit] or {}).get("entity"))
                for cited in record["cited_sources"] + [c for c in record["caption_credits"] if c]:
                    entity(table, number, "a source", cited)
            elif table == "entities":
                for role in record["roles"]:
                    if role["article"] not in articles:
                        problems.append(f"entities.jsonl:{number}: a role of {record['id']} "
                                        f"names no article: {role['article']!r}")
            elif table == "quotes":
                if record["key"] != f"{record['article']}/{record['id']}":
                    problems.append(f"quotes.jsonl:{number}: key {record['key']!r} is not article/id")
                entity(table, number, "the speaker", record["speaker"]["entity"])
                for relay in record["relays"]:
                    entity(table, number, "a relay", relay)
                for copy in record["copies"]:
                    if copy not in quotes or copy == record["key"]:
                        problems.append(f"quotes.jsonl:{number}: copy {copy!r} is no other quote")
            elif table == "mentions":
                entity(table, number, "the mention", record["entity"])
                if not record["spans"]:
                    problems.append(f"mentions.jsonl:{number}: a mention without a span")

    for problem in problems:
        print(problem)
    if problems:
        return 1
    counts = ", ".join(f"{len(records)} {table}" for table, records in tables.items())
    print(f"ok: {checked} spans cover their text (code points) and every reference resolves ({counts})")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: check-exports.py <folder written by 'rgn export --format jsonl'>")
    sys.exit(main(sys.argv[1]))
