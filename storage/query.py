"""The search query language, parsed once and compiled for SQLite FTS5 or PostgreSQL tsquery.

What a user types (the CLI, the Python API and the web view all take the same):

=====================  ==================================================================
``Integrationszentren``  every form of the word (Snowball German, ``storage.german.stem``)
``Kreistag Kleve``       both words (AND is implicit; ``AND`` may be written)
``Kreistag OR Rat``      either
``-Ruhr``, ``NOT Ruhr``  without the word (a query may consist of negations alone)
``"Kreis Kleve"``        the words in this order, each in any form
``Integration*``         words beginning with the prefix
``(A OR B) C``           grouping
=====================  ==================================================================

Operators are upper case (``or`` is a word). Umlauts, ``ß`` and ``ae/oe/ue`` fold, so
``Gruenen`` = ``Grünen`` and ``Strasse`` = ``Straße``; a word also finds the compounds it is the
head of (``Straße`` finds ``Kreisstraße``: the index keeps their heads, ``storage.german.heads``),
a phrase only the words in the text. Bad syntax (an unclosed quote or
parenthesis, an operator with nothing to apply to) raises :class:`QueryError` with a message
for the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storage.german import MIN_HEAD, prefix_form, stem, words

MAX_TERMS = 64
ALL_DOCS = "any_doc"  # a tag every indexed announcement carries (storage.search_index.tags)
PHRASE_COLUMNS = "title lead text"  # a single word also matches the compound heads (``parts``)


class QueryError(ValueError):
    """The query cannot be parsed; the message says why, for the person who typed it."""


@dataclass(frozen=True)
class Term:
    form: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    forms: tuple[str, ...]


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Term | Phrase | Not | And | Or

_TOKEN = re.compile(r'\s*(?:(?P<quote>-?"[^"]*"?\*?)|(?P<paren>[()])|(?P<word>[^\s()"]+))')


@dataclass
class Query:
    """A parsed query: the tree (None for an empty query) and the word forms to highlight."""

    text: str
    tree: Node | None
    highlight: set[str] = field(default_factory=set)
    highlight_prefixes: set[str] = field(default_factory=set)

    def fts5(self) -> str | None:
        return None if self.tree is None else _fts5(self.tree)

    def tsquery(self) -> str | None:
        return None if self.tree is None else _tsquery(self.tree)

    def matches(self, form: str) -> bool:
        """Whether a word of the text (its stem) is one to highlight: a searched form, a word
        with a searched prefix, or a compound ending in a searched form (``kreisstrass`` for
        ``strass``: what the index's compound heads found, without splitting again)."""
        if form in self.highlight or any(form.startswith(p) for p in self.highlight_prefixes):
            return True
        return any(len(h) >= MIN_HEAD and len(form) > len(h) and form.endswith(h) for h in self.highlight)


def _lex(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        if m.group("quote") is not None:
            raw = m.group("quote")
            negated = raw.startswith("-")
            raw = raw[1:] if negated else raw
            if len(raw) < 2 or not raw.rstrip("*").endswith('"'):
                raise QueryError(f'unclosed quote in query {text!r}: close the phrase with "')
            if negated:
                out.append(("op", "NOT"))
            out.append(("phrase", raw.rstrip("*")[1:-1]))
        elif m.group("paren"):
            out.append(("paren", m.group("paren")))
        else:
            word = m.group("word")
            if word in ("AND", "OR", "NOT"):
                out.append(("op", word))
            elif word.startswith("-") and len(word) > 1:
                out.append(("op", "NOT"))
                out.append(("word", word[1:]))
            else:
                out.append(("word", word))
    return out


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], text: str) -> None:
        self.tokens, self.pos, self.text, self.terms = tokens, 0, text, 0
        self.highlight: set[str] = set()
        self.prefixes: set[str] = set()

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node | None:
        node = self.or_expr(negated=False)
        if self.peek() is not None:
            raise QueryError(f"unbalanced ')' in query {self.text!r}")
        return node

    def or_expr(self, negated: bool) -> Node | None:
        parts = [self.and_expr(negated)]
        while self.peek() == ("op", "OR"):
            self.take()
            parts.append(self.and_expr(negated))
        if len(parts) > 1 and any(p is None for p in parts):
            raise QueryError(f"OR needs a word on both sides in query {self.text!r}")
        kept = [p for p in parts if p is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(tuple(kept))

    def and_expr(self, negated: bool) -> Node | None:
        parts: list[Node] = []
        while True:
            token = self.peek()
            if token is None or token == ("op", "OR") or token == ("paren", ")"):
                break
            if token == ("op", "AND"):
                self.take()
                if not parts or self.peek() in (None, ("op", "OR"), ("paren", ")")):
                    raise QueryError(f"AND needs a word on both sides in query {self.text!r}")
                continue
            node = self.unary(negated)
            if node is not None:
                parts.append(node)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def unary(self, negated: bool) -> Node | None:
        kind, value = self.take()
        if kind == "op" and value == "NOT":
            if self.peek() is None or self.peek() in (("op", "OR"), ("paren", ")")):
                raise QueryError(f"NOT (or -) needs a word after it in query {self.text!r}")
            child = self.unary(not negated)
            return None if child is None else Not(child)
        if kind == "paren" and value == "(":
            node = self.or_expr(negated)
            if self.peek() != ("paren", ")"):
                raise QueryError(f"unclosed '(' in query {self.text!r}")
            self.take()
            return node
        if kind == "paren":
            raise QueryError(f"unbalanced ')' in query {self.text!r}")
        if kind == "op":
            raise QueryError(f"{value} needs a word on both sides in query {self.text!r}")
        if kind == "phrase":
            return self.words(words(value), prefix=False, negated=negated)
        prefix = value.endswith("*")
        return self.words(words(value.rstrip("*")), prefix=prefix, negated=negated)

    def words(self, found: list[str], *, prefix: bool, negated: bool) -> Node | None:
        if not found:
            return None
        self.terms += len(found)
        if self.terms > MAX_TERMS:
            raise QueryError(f"query has more than {MAX_TERMS} words")
        forms = [stem(w) for w in found[:-1]]
        last = prefix_form(found[-1]) if prefix else stem(found[-1])
        if not negated:
            self.highlight.update(forms)
            (self.prefixes if prefix else self.highlight).add(last)
        if len(found) == 1:
            return Term(last, prefix)
        if prefix:  # "SPD-Kreis*": the phrase of the parts, its last a prefix
            return And((Phrase(tuple(forms)), Term(last, True)))
        return Phrase((*forms, last))


def parse(text: str) -> Query:
    """Parse a user query (raises :class:`QueryError`)."""
    parser = _Parser(_lex(text or ""), text)
    tree = parser.parse()
    return Query(text, tree, parser.highlight, parser.prefixes)


# -- FTS5 -----------------------------------------------------------------------------------------
def _fts5(node: Node) -> str:
    if isinstance(node, Term):
        return f'"{node.form}"' + ("*" if node.prefix else "")
    if isinstance(node, Phrase):  # in the text's own columns, not across the compound heads
        return f'({{{PHRASE_COLUMNS}}} : "' + " ".join(node.forms) + '")'
    if isinstance(node, Or):
        return "(" + " OR ".join(_fts5(c) for c in node.children) + ")"
    if isinstance(node, Not):
        return f'("{ALL_DOCS}" NOT {_fts5(node.child)})'
    positives = [c for c in node.children if not isinstance(c, Not)]
    negatives = [c.child for c in node.children if isinstance(c, Not)]
    expr = " AND ".join(_fts5(c) for c in positives) if positives else f'"{ALL_DOCS}"'
    for neg in negatives:
        expr = f"({expr}) NOT {_fts5(neg)}"
    return f"({expr})"


# -- PostgreSQL tsquery (config simple over the stems) --------------------------------------------
def _tsquery(node: Node) -> str:
    if isinstance(node, Term):
        return f"'{node.form}'" + (":*" if node.prefix else "")
    if isinstance(node, Phrase):  # weights A-C: title, lead, text (D: the compound heads)
        return "(" + " <-> ".join(f"'{f}':ABC" for f in node.forms) + ")"
    if isinstance(node, Or):
        return "(" + " | ".join(_tsquery(c) for c in node.children) + ")"
    if isinstance(node, Not):
        return f"!{_tsquery(node.child)}"
    return "(" + " & ".join(_tsquery(c) for c in node.children) + ")"
