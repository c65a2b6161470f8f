"""Reading articles: .txt/.md with front matter, .jsonl, .html, folders and stdin."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain
from pathlib import Path
from typing import Any

from .errors import ArticleUnreadable
from .folding import fold

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
FRONT_MATTER_KEYS = {"id", "title", "published", "lang", "url", "source"}


@dataclass(frozen=True)
class Article:
    """One news article: its text and what is known of it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date
    lang: str | None = None  # fr | en
    url: str | None = None
    source: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Problem:
    """An input that was skipped, and why (file, optional line, reason)."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


def content_id(text: str) -> str:
    """A stable id for an article that has none: a hash of its text."""
    return "sha1-" + hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:16]


def normalise_date(value: Any, where: str, what: str = "published date") -> str | None:
    """Return an ISO date (YYYY-MM-DD) from a date or a string, or raise."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    text = str(value).strip()
    m = re.match(r"^(\d{4}-\d{2}-\d{2})", text)
    if not m:
        return lenient_date(text, where, what)
    try:
        date.fromisoformat(m.group(1))
    except ValueError as exc:
        raise ArticleUnreadable(where, f"published date {text!r} is not a valid date") from exc
    return m.group(1)


_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def lenient_date(text: str, where: str, what: str = "published date") -> str:
    """A written-out date ("January 6, 2025", "6 janvier 2025", "Tue, 07 Jan 2025
    10:00:00 GMT") as YYYY-MM-DD, read by dateparser in English and French; a numeric one
    that could be day/month or month/day ("03/04/2024") is refused rather than guessed."""
    m = _NUMERIC.match(text)
    if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2):
        raise ArticleUnreadable(where, f"{what} {text!r} could be day/month or "
                                       "month/day: write it as YYYY-MM-DD")
    import dateparser

    parsed = dateparser.parse(text, languages=["en", "fr"], settings={
        "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        raise ArticleUnreadable(where, f"{what} {text!r} is not a date: write it as "
                                       "YYYY-MM-DD (or e.g. 'January 6, 2025')")
    return parsed.date().isoformat()


_WORD = re.compile(r"[a-zA-Zàâçéèêëîïôûùüÿœ]+'?", re.IGNORECASE)


def detect_language(text: str) -> str:
    """Tell the languages kgbuild has apart by their commonest function words (offline, no
    model; lang/<code>/lexicon.yaml lists them); a tie goes to the default."""
    from .lang import DEFAULT, languages, load_language

    counts = dict.fromkeys(languages(), 0)
    words = {code: load_language(code).function_words for code in counts}
    for m in _WORD.finditer(text[:5000]):
        w = fold(m.group(0))
        for code, known in words.items():
            if w in known or w.rstrip("'") + "'" in known:
                counts[code] += 1
    best = max(counts.values(), default=0)
    winners = [code for code, n in counts.items() if n == best]
    return DEFAULT if DEFAULT in winners or not winners else winners[0]


def _check_text(text: str, where: str) -> str:
    if "\x00" in text:
        raise ArticleUnreadable(where, "binary content (NUL bytes): not a text article")
    if not text.strip():
        raise ArticleUnreadable(where, "empty: no article text")
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ArticleUnreadable(str(path), f"cannot read: {exc.strerror or exc}") from exc


def _decode(raw: bytes, where: str) -> str:
    if b"\x00" in raw[:8192]:
        raise ArticleUnreadable(where, "binary content (NUL bytes): not a text article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleUnreadable(
            where, f"not UTF-8 (byte {exc.start}): re-encode it, e.g. iconv -t UTF-8") from exc


def _build(fields: dict[str, Any], text: str, where: str, path: str | None) -> Article:
    unknown_lang = fields.get("lang")
    lang = str(unknown_lang).lower() if unknown_lang else None
    from .lang import languages

    if lang is not None and lang not in languages():
        raise ArticleUnreadable(where, f"lang {lang!r} is not supported "
                                       f"({' or '.join(languages())})")
    text = _check_text(text, where)
    return Article(
        # keyed by its id, else its URL, else its text: a page fetched again keeps its key
        id=str(fields.get("id") or fields.get("url") or content_id(text)),
        text=text,
        title=fields.get("title") or None,
        published=normalise_date(fields.get("published"), where),
        lang=lang,
        url=fields.get("url") or None,
        source=fields.get("source") or None,
        path=path,
    )


def parse_text(content: str, where: str, path: str | None = None) -> Article:
    """Parse a .txt/.md article with optional `---` front matter."""
    fields: dict[str, Any] = {}
    body = content
    lines = content.splitlines(keepends=True)
    if lines and lines[0].strip() == "---":
        for i, line in enumerate(lines[1:], start=1):
            if line.strip() in ("---", "..."):
                fields = _front_matter("".join(lines[1:i]), where)
                body = "".join(lines[i + 1:])
                break
        else:
            raise ArticleUnreadable(where, "front matter opened with '---' is never closed")
    return _build(fields, body.strip("\n"), where, path)


def _front_matter(block: str, where: str) -> dict[str, Any]:
    """YAML front matter (read by PyYAML: lists, quotes, dates); `date` stands for
    `published`; keys kgbuild does not use (tags, authors...) are ignored."""
    import yaml

    try:
        data = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 2}" if mark is not None else ""
        raise ArticleUnreadable(where, f"front matter{line} is not valid YAML "
                                       f"({getattr(exc, 'problem', None) or exc})") from exc
    if not isinstance(data, dict):
        raise ArticleUnreadable(where, "front matter is not a list of 'key: value' lines")
    fields: dict[str, Any] = {}
    for key, value in data.items():
        key = str(key).strip().lower()
        if key == "date":
            key = "published" if "published" not in data else key
        if key in FRONT_MATTER_KEYS and value not in (None, ""):
            fields[key] = value if isinstance(value, date) else str(value)
    return fields


def _jsonl_file(path: Path) -> Iterator[Article | Problem]:
    """A JSONL file read line by line: memory holds one line, whatever the file's size; a
    line that is not UTF-8 costs that line only."""
    where = str(path)
    try:
        f = path.open("rb")
    except OSError as exc:
        raise ArticleUnreadable(where, f"cannot read: {exc.strerror or exc}") from exc
    with f:
        if b"\x00" in f.peek(8192)[:8192]:
            raise ArticleUnreadable(where, "binary content (NUL bytes): not a text article")

        def lines() -> Iterator[tuple[int, str | Problem]]:
            for n, raw in enumerate(f, start=1):
                try:
                    yield n, raw.decode("utf-8-sig" if n == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield n, Problem(where, f"not UTF-8 (byte {exc.start}): re-encode it, "
                                            "e.g. iconv -t UTF-8", n)

        seen = False
        for item in parse_jsonl_lines(lines(), where):
            seen = True
            yield item
        if not seen:
            raise ArticleUnreadable(where, "empty: no article lines")


def parse_jsonl_lines(lines: Iterable[tuple[int, str | Problem]], where: str
                      ) -> Iterator[Article | Problem]:
    """Numbered JSONL lines to articles; a broken line is a Problem, the rest go on."""
    for n, line in lines:
        if isinstance(line, Problem):
            yield line
            continue
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(where, f"malformed JSON ({exc.msg} at column {exc.colno})", n)
            continue
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            yield Problem(where, "no 'text' string in this JSON object", n)
            continue
        try:
            yield _build(data, data["text"], f"{where}:{n}", where)
        except ArticleUnreadable as exc:
            yield Problem(where, exc.reason, n)


def parse_html(raw: bytes | str, where: str, path: str | None = None) -> Article:
    """Extract the main text, title and date of an HTML page with trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    html = raw if isinstance(raw, str) else _decode(raw, where)
    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True)
    if not text or not text.strip():
        raise ArticleUnreadable(where, "HTML page with no article text")
    meta = trafilatura.extract_metadata(html)
    fields: dict[str, Any] = {}
    if meta is not None:
        fields = {"title": meta.title, "url": meta.url, "source": meta.sitename,
                  "published": meta.date}
        if meta.language and meta.language[:2] in _supported():
            fields["lang"] = meta.language[:2]
    return _build(fields, text, where, path)


def read_path(path: Path) -> Iterator[Article | Problem]:
    """Read one file as articles; problems are yielded, never raised."""
    where = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl_file(path)
            return
        raw = _read_bytes(path)
        if suffix in HTML_SUFFIXES:
            yield parse_html(raw, where, where)
            return
        yield parse_text(_decode(raw, where), where, where)
    except ArticleUnreadable as exc:
        yield Problem(exc.path, exc.reason, exc.line)


def iter_files(paths: Iterable[str]) -> Iterator[Path | str | Problem]:
    """Expand files and folders (recursively, article suffixes only); '-' stays '-'. A
    link to a folder that holds it (a loop) is reported, not followed."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                here = child.parent.resolve()
                if child.is_symlink() and child.is_dir() and \
                        child.resolve() in (here, *here.parents):
                    yield Problem(str(child), "symbolic link loop: not followed")
                elif child.is_file() and child.suffix.lower() in SUFFIXES \
                        and not any(part.startswith(".") for part in child.parts):
                    yield child
        else:
            yield path


def read_stdin(stream: Any = None) -> Iterator[Article | Problem]:
    """Read stdin: JSONL (line by line) when it starts with a JSON object, else one text
    article."""
    stream = stream or sys.stdin
    head: list[str] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if head and head[-1].lstrip().startswith("{"):
        rest = ((n, line) for n, line in enumerate(stream, start=len(head) + 1))
        yield from parse_jsonl_lines(
            chain(enumerate(head, start=1), rest), "<stdin>")
        return
    content = "".join(head) + stream.read()
    if content.lstrip().startswith("<"):
        try:
            yield parse_html(content, "<stdin>")
        except ArticleUnreadable as exc:
            yield Problem(exc.path, exc.reason)
    else:
        try:
            yield parse_text(content, "<stdin>")
        except ArticleUnreadable as exc:
            yield Problem(exc.path, exc.reason)


def count_articles(paths: Iterable[str]) -> int | None:
    """How many articles `paths` hold, counted without reading them as articles (JSONL:
    its non-blank lines; any other file: one), for an honest progress bar; None when
    one of them is stdin."""
    total = 0
    for item in iter_files(paths):
        if isinstance(item, Problem):
            continue
        if item == "-":
            return None
        path = Path(item)
        if path.suffix.lower() == ".jsonl":
            try:
                with path.open("rb") as f:
                    total += sum(1 for line in f if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def read_articles(paths: Iterable[str], *, published: str | None = None,
                  lang: str | None = None, stdin: Any = None) -> Iterator[Article | Problem]:
    """Read every article under `paths`; overrides apply to each; language detected if unknown."""
    pub = normalise_date(published, "--published") if published else None
    forced = None if lang in (None, "auto") else lang
    for item in iter_files(paths):
        if isinstance(item, Problem):
            yield item
            continue
        source = read_stdin(stdin) if item == "-" else read_path(Path(item))
        for art in source:
            if isinstance(art, Problem):
                yield art
                continue
            changes: dict[str, Any] = {}
            if pub:
                changes["published"] = pub
            if forced:
                changes["lang"] = forced
            elif not art.lang:
                changes["lang"] = detect_language(art.text)
            yield replace(art, **changes) if changes else art


def _supported() -> tuple[str, ...]:
    from .lang import languages

    return languages()
