"""The article-body metric of the Zyte (Scrapinghub) article-extraction benchmark, exactly.

As defined in ``shared/benchmarks/zyte-article-extraction/README.md`` and the benchmark's
``evaluate.py``: tokenise with ``\\w+`` (Unicode), count word 4-gram shingles, compare counts
(TP = min, FP/FN = the excess), normalise TP/FP/FN per page so that every page weighs the same,
average precision over pages with TP+FP > 0 and recall over pages with TP+FN > 0, F1 of the two
averages. Accuracy is the share of pages whose token lists are equal.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

TpFpFn = tuple[float, float, float]

_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def tokenize(text: str | None) -> list[str]:
    return _TOKEN_RE.findall(text or "")


def ngrams(text: str | None, n: int = 4) -> list[tuple[str, ...]]:
    """Word n-grams; a text shorter than ``n`` tokens gives one shorter shingle, empty text none."""
    tokens = tokenize(text)
    result = []
    for i in range(max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i : i + n])
        if shingle:
            result.append(shingle)
    return result


def shingle_counts(text: str | None, n: int = 4) -> Counter[tuple[str, ...]]:
    return Counter(ngrams(text, n))


def string_shingle_matching(true: str | None, pred: str | None, n: int = 4) -> TpFpFn:
    """TP, FP, FN over shingles of one page, normalised to sum to 1 (unless all are 0)."""
    true_sh = shingle_counts(true, n)
    pred_sh = shingle_counts(pred, n)
    tp = fp = fn = 0.0
    for key in set(true_sh) | set(pred_sh):
        t, p = true_sh.get(key, 0), pred_sh.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    if total > 0:
        return tp / total, fp / total, fn / total
    return tp, fp, fn


def precision_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def accuracy(true: str | None, pred: str | None) -> float:
    return float(tokenize(true) == tokenize(pred))


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "accuracy": self.accuracy,
            "pages": self.pages,
        }


def scores_from_tp_fp_fns(tp_fp_fns: list[TpFpFn], accuracies: list[float] | None = None) -> Scores:
    precisions = [precision_score(*x) for x in tp_fp_fns if x[0] + x[1] > 0]
    recalls = [recall_score(*x) for x in tp_fp_fns if x[0] + x[2] > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    acc = statistics.mean(accuracies) if accuracies else 0.0
    return Scores(p, r, f1, acc, len(tp_fp_fns))


def evaluate(pairs: Iterable[tuple[str | None, str | None]]) -> Scores:
    """Scores over (truth, prediction) pairs, one per page."""
    tp_fp_fns, accs = [], []
    for true, pred in pairs:
        tp_fp_fns.append(string_shingle_matching(true, pred))
        accs.append(accuracy(true, pred))
    return scores_from_tp_fp_fns(tp_fp_fns, accs)


def page_scores(true: str | None, pred: str | None) -> tuple[float, float, float]:
    """Precision, recall and F1 of one page (for per-page reports)."""
    tp, fp, fn = string_shingle_matching(true, pred)
    p, r = precision_score(tp, fp, fn), recall_score(tp, fp, fn)
    return p, r, (2 * p * r / (p + r) if p + r > 0 else 0.0)
