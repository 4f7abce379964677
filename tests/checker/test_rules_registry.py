"""Every rule is registered once, documented, and recognises the examples in its docstring."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import chitieu.checker
from chitieu.checker import check_text
from chitieu.checker.rules import RULES, Rule

EXAMPLE = re.compile(r'^\s+"(.+)"', re.M)


def examples(rule: Rule) -> list[str]:
    docstring = rule.__doc__ or ""
    return EXAMPLE.findall(docstring.split("Examples:", 1)[1]) if "Examples:" in docstring else []


def test_each_rule_is_registered_once() -> None:
    assert len({rule.__name__ for rule in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_each_rule_has_a_docstring_with_examples(rule: Rule) -> None:
    assert examples(rule), f"{rule.__name__} has no examples in its docstring"


@pytest.mark.parametrize(
    ("rule", "sentence"),
    [(rule, sentence) for rule in RULES for sentence in examples(rule)],
    ids=lambda value: value if isinstance(value, str) else value.__name__,
)
def test_each_rule_recognises_its_examples(rule: Rule, sentence: str) -> None:
    templates = {claim.template for claim in check_text(sentence).claims}
    assert rule.__name__ in templates


@pytest.mark.parametrize("module", ["rules", "tokens", "check", "judge", "grids", "matching"])
def test_no_name_is_defined_twice_in_a_module(module):
    # a pattern defined twice is silently the second one everywhere (a "_NOT_YET" of one rule once replaced
    # another's): each name once
    source = (Path(chitieu.checker.__file__).parent / f"{module}.py").read_text(encoding="utf-8")
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    assert sorted({name for name in names if names.count(name) > 1}) == []
