"""The ml-pytorch pack as the loader sees it, without Docker or torch: kinds, forbidden names, tolerances."""

import shutil
from pathlib import Path

import pytest

from judge.errors import PackError
from judge.packs.loader import find_problem, load_pack, load_problem

REPO = Path(__file__).resolve().parents[2]
PACK = REPO / "problems" / "ml-pytorch"


def test_the_pack_covers_the_topics_in_the_pytorch_runtime():
    problems = load_pack(PACK).problems
    assert len(problems) >= 20
    assert {p.runtime for p in problems} == {"pytorch"}
    topics = {pattern for p in problems for pattern in p.patterns}
    assert len(topics) >= 7 and all(t.startswith("ml-") for t in topics)
    assert {p.entry.kind for p in problems} >= {"function", "module", "autograd"}
    assert all(len(p.hints) >= 2 for p in problems)


def test_the_entry_points_the_issue_names_are_exactly_these():
    sdpa = find_problem("scaled-dot-product-attention")
    assert sdpa.entry.name == "scaled_dot_product_attention" and sdpa.entry.params == ("q", "k", "v", "mask")
    assert "torch.nn.functional.scaled_dot_product_attention" in sdpa.forbidden
    assert "torch.nn.MultiheadAttention" in sdpa.forbidden and sdpa.vectorized
    mha = find_problem("multi-head-attention")
    assert mha.entry.name == "MultiHeadAttention" and mha.entry.kind == "module"
    assert find_problem("collate-pad").entry.params == ("batch", "pad_value")


def test_tensor_problems_use_dtype_tolerances_unless_they_set_their_own():
    assert find_problem("layer-norm").compare.dtype_defaults
    own = find_problem("bf16-linear").compare
    assert not own.dtype_defaults and own.rel_tol == 1e-5 and own.abs_tol == 1e-4


@pytest.fixture
def copied(tmp_path):
    target = tmp_path / "layer-norm"
    shutil.copytree(PACK / "layer-norm", target)
    return target


@pytest.mark.parametrize("old,new,said", [
    ('forbidden = ["torch.nn.functional.layer_norm"', 'forbidden = ["layer_norm"', "problem.toml: field `forbidden`"),
    ('runtime = "pytorch"', 'runtime = "cuda"', "problem.toml: field `runtime`"),
])
def test_mistakes_in_the_new_fields_are_named(copied, old, new, said):
    toml = copied / "problem.toml"
    text = toml.read_text()
    assert old in text
    toml.write_text(text.replace(old, new))
    with pytest.raises(PackError, match=said):
        load_problem(copied)


def test_an_unknown_entry_kind_is_named(copied):
    toml = copied / "problem.toml"
    toml.write_text(toml.read_text().replace('signature = "def layer_norm', 'kind = "lambda"\nsignature = "def layer_norm'))
    with pytest.raises(PackError, match="must be function, design, module or autograd"):
        load_problem(copied)


def test_a_runtime_sets_its_problems_default_memory_limit():
    assert find_problem("layer-norm").limits.memory_mb == 1024  # sandboxes/pytorch/runtime.toml memory_mb
    assert find_problem("two-sum-ii").limits.memory_mb == 256  # the python runtime's default
