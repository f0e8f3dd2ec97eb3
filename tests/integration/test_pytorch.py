"""The pytorch runtime through the real engine: the done-when of issue 12 and the runtime's promises.

Submissions run in the pytorch image; references run in a trusted container of the same image (the host
has no torch), whose answers are cached like any prepared case.
"""

import json
from pathlib import Path

import pytest

from judge.complexity import ComplexityOptions, complexity_step
from judge.errors import EnvironmentProblem
from judge.grading.grader import GradeRequest, grade, measure_complexity
from judge.packs.loader import find_problem
from judge.sandbox import wire
from judge.sandbox.container import Sandbox
from judge.sandbox.image import require_image
from judge.sandbox.policy import Limits
from judge.sandbox.reference import close_all
from judge.sandbox.runtimes import load_runtime

pytestmark = pytest.mark.docker

REPO = Path(__file__).resolve().parents[2]
PACK = REPO / "problems" / "ml-pytorch"


@pytest.fixture(scope="module")
def torch_image(engine):
    client, _ = engine
    try:
        image = require_image(client, load_runtime("pytorch"))
    except EnvironmentProblem as exc:
        pytest.fail(f"the pytorch image is not built ({exc.one_line()}): judge sandbox build --all")
    yield client, image
    close_all()


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("prepared")


def submission(slug, tag, name):
    return (PACK / slug / "submissions" / tag / name).read_text()


def judge(torch_image, cache, slug, source, examples=0):
    client, image = torch_image
    return grade(GradeRequest(client, image, find_problem(slug), source, cache_dir=cache,
                              database_dir=cache / "hypothesis", property_examples=examples))


SDPA = submission("scaled-dot-product-attention", "accepted", "masked_softmax.py")


def test_a_correct_attention_and_a_correct_module_are_accepted(torch_image, cache):
    report = judge(torch_image, cache, "scaled-dot-product-attention", SDPA, examples=20)
    assert report.verdict.value == "accepted", report.message
    assert report.passed == report.total >= 25 and report.property_examples == 20
    module = submission("multi-head-attention", "accepted", "einsum_heads.py")
    report = judge(torch_image, cache, "multi-head-attention", module, examples=10)
    assert report.verdict.value == "accepted", report.message


@pytest.mark.parametrize("slug,source,tags,why", [
    ("scaled-dot-product-attention", SDPA.replace(" * (1.0 / math.sqrt(q.size(-1)))", ""),
     {"no-mask"}, "first difference at index"),
    ("scaled-dot-product-attention", SDPA.replace("mask.logical_not()", "mask").replace(
        "torch.where(mask, weights", "torch.where(~mask, weights"), {"causal-mask"}, "first difference at index"),
    ("multi-head-attention", submission("multi-head-attention", "wrong_answer", "heads_by_plain_reshape.py"),
     {"no-mask"}, "first difference at index [0, 0, 0]"),
])
def test_classic_mistakes_are_wrong_answers_with_the_failing_case_shown(torch_image, cache, slug, source, tags, why):
    report = judge(torch_image, cache, slug, source)
    assert report.verdict.value == "wrong_answer", report.message
    case = report.failing_case
    assert case.source == "hidden" and tags & set(case.tags), case.tags
    assert case.reason.startswith(why) and "elements differ" in case.reason
    assert case.expected.startswith("tensor of shape") and case.got.startswith("tensor of shape")
    assert "q = tensor of shape" in case.input or "init = [" in case.input


@pytest.mark.parametrize("source", [
    "import torch.nn.functional as F\n"
    "def scaled_dot_product_attention(q, k, v, mask=None):\n"
    "    return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)\n",
    # Reached by another path to the same function: the TorchFunctionMode sees it.
    "import torch\n"
    "def scaled_dot_product_attention(q, k, v, mask=None):\n"
    "    return torch._C._nn.scaled_dot_product_attention(q, k, v, attn_mask=mask)\n",
    # Caught and swallowed: still refused, checked after the call.
    "import math, torch\nimport torch.nn.functional as F\n"
    "def scaled_dot_product_attention(q, k, v, mask=None):\n"
    "    try:\n"
    "        return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)\n"
    "    except BaseException:\n"
    "        pass\n" + SDPA.split("def scaled_dot_product_attention(q, k, v, mask=None):\n", 1)[1],
])
def test_calling_the_forbidden_function_is_not_accepted_and_named(torch_image, cache, source):
    report = judge(torch_image, cache, "scaled-dot-product-attention", source)
    assert report.verdict.value == "runtime_error"
    assert "torch.nn.functional.scaled_dot_product_attention" in report.message
    assert report.message.startswith("ForbiddenCall: called ")


def test_a_forbidden_class_is_refused_under_any_of_its_names(torch_image, cache):
    source = ("import torch\nfrom torch.nn.modules.activation import MultiheadAttention as M\n"
              "def scaled_dot_product_attention(q, k, v, mask=None):\n"
              "    M(q.shape[-1], 1)\n    return q\n")
    report = judge(torch_image, cache, "scaled-dot-product-attention", source)
    assert report.verdict.value == "runtime_error" and "torch.nn.MultiheadAttention" in report.message


def test_collate_pad_right_padding_is_accepted_and_left_padding_is_not(torch_image, cache):
    good = submission("collate-pad", "accepted", "new_full_rows.py")
    assert judge(torch_image, cache, "collate-pad", good, examples=10).verdict.value == "accepted"
    report = judge(torch_image, cache, "collate-pad", submission("collate-pad", "wrong_answer", "left_padding.py"))
    assert report.verdict.value == "wrong_answer"
    assert report.failing_case.reason.startswith("[0]: first difference at index")


def test_a_python_loop_over_the_batch_is_reported_as_not_vectorized(torch_image, cache):
    client, image = torch_image
    problem = find_problem("scaled-dot-product-attention")
    verdicts = {}
    for name in ("masked_softmax.py", "per_example_loop.py"):
        source = submission("scaled-dot-product-attention", "accepted", name)
        assert judge(torch_image, cache, "scaled-dot-product-attention", source).accepted
        step = complexity_step(problem, ComplexityOptions())
        verdicts[name] = measure_complexity(client, image, problem, source, step)["vectorized"]
    assert verdicts == {"masked_softmax.py": True, "per_example_loop.py": False}


PROBE = """
import random, torch
def probe(x):
    return {"t": x.T, "grad": torch.ones(2, requires_grad=True) * 2, "bf": x.to(torch.bfloat16) * 3,
            "rand": torch.rand(3), "py": random.random(), "threads": torch.get_num_threads(),
            "deterministic": torch.are_deterministic_algorithms_enabled(), "dtype": str(x.dtype)}
"""


def test_tensors_cross_both_ways_and_every_call_is_seeded_and_single_threaded(torch_image):
    client, image = torch_image
    x = wire.tensor([[1.0, 2.5, -3.0], [4.0, 5.0, 0.1]], "bfloat16")
    with Sandbox(client, image, Limits(memory_mb=image.runtime.memory_mb)) as sandbox:
        assert sandbox.request({"op": "load", "source": PROBE, "entry": "probe"}, 60)["ok"]
        answers = []
        for call_id in (1, 2):
            answer = sandbox.request(json.dumps({"op": "call", "id": call_id, "args": wire.encode([x])}), 30)
            assert answer["ok"], answer
            answers.append(wire.decode(answer["value"], tags=image.runtime.wire_tags))
    first, second = answers
    assert first["dtype"] == "torch.bfloat16" and first["threads"] == 1 and first["deterministic"]
    assert first["t"].dtype == "bfloat16" and first["t"].shape == (3, 2) and first["t"] == wire.tensor(
        [[1.0, 4.0], [2.5, 5.0], [-3.0, 0.1]], "bfloat16")  # the transposed view, in row-major order
    assert first["grad"] == wire.tensor([2.0, 2.0])  # requires_grad dropped
    assert first["bf"] == wire.tensor(x.array * 3, "bfloat16")
    assert first["rand"] == second["rand"] and first["py"] == second["py"]  # seeded per call


def test_a_module_is_judged_in_train_and_eval_mode_with_its_running_statistics(torch_image, cache):
    good = submission("batch-norm", "accepted", "torch_var.py")
    assert judge(torch_image, cache, "batch-norm", good).verdict.value == "accepted"
    report = judge(torch_image, cache, "batch-norm", submission("batch-norm", "wrong_answer", "biased_running_var.py"))
    assert report.verdict.value == "wrong_answer" and "train" in report.failing_case.tags
    assert report.failing_case.reason.startswith("[2]['running_var']: first difference")  # the buffers, after the call
    report = judge(torch_image, cache, "batch-norm", submission("batch-norm", "wrong_answer", "batch_stats_in_eval.py"))
    assert report.verdict.value == "wrong_answer" and "eval" in report.failing_case.tags


def test_a_custom_autograd_function_is_checked_against_autograd(torch_image, cache):
    good = submission("logsumexp-function", "accepted", "saves_softmax.py")
    assert judge(torch_image, cache, "logsumexp-function", good).verdict.value == "accepted"
    wrong = submission("logsumexp-function", "wrong_answer", "gradient_of_ones.py")
    report = judge(torch_image, cache, "logsumexp-function", wrong)
    assert report.verdict.value == "wrong_answer"
    assert report.failing_case.reason.startswith("[1][0]: first difference")  # the input's gradient
    plain = "import torch\ndef LogSumExp(x):\n    return torch.logsumexp(x, -1)\n"
    report = judge(torch_image, cache, "logsumexp-function", plain)
    assert report.verdict.value == "compile_error" and "class `LogSumExp`" in report.message


def test_beam_search_ended_hypotheses_must_leave_the_beam(torch_image, cache):
    good = submission("beam-search", "accepted", "heap_of_candidates.py")
    report = judge(torch_image, cache, "beam-search", good, examples=10)
    assert report.verdict.value == "accepted", report.message
    assert report.passed == report.total >= 25
    report = judge(torch_image, cache, "beam-search", submission("beam-search", "wrong_answer", "ended_stay_in_beam.py"))
    assert report.verdict.value == "wrong_answer"
    case = report.failing_case
    assert case.source == "hidden" and "end-token-likely" in case.tags, case.tags
    assert case.input and case.expected and case.got  # the failing case is shown, both answers
    assert case.reason == "[0][0]: expected 3 values, got list of 8"  # its best result runs on past eos


def test_kmeans_labels_are_accepted_up_to_a_renumbering_of_the_clusters(torch_image, cache):
    permuted = submission("kmeans-lloyd", "accepted", "clusters_sorted_by_size.py")
    assert judge(torch_image, cache, "kmeans-lloyd", permuted, examples=10).verdict.value == "accepted"
    merged = permuted.replace("return C[order], new_number[lab]", "return C[order], new_number[lab].clamp(max=0)")
    report = judge(torch_image, cache, "kmeans-lloyd", merged)
    assert report.verdict.value == "wrong_answer"
    assert "are in different clusters in the expected answer, but both labelled 0" in report.failing_case.reason


def test_a_harness_hands_the_entry_a_model_built_in_the_container(torch_image, cache):
    # causal-leak-check's cases are specs; harness.py builds each model beside the solution (and the reference).
    report = judge(torch_image, cache, "causal-leak-check",
                   submission("causal-leak-check", "accepted", "perturb_each_position.py"), examples=5)
    assert report.verdict.value == "accepted", report.message
    report = judge(torch_image, cache, "causal-leak-check",
                   submission("causal-leak-check", "wrong_answer", "sum_of_outputs.py"))
    assert report.verdict.value == "wrong_answer", report.message
    case = report.failing_case
    assert "cancelling" in case.tags and "'cancelling'" in case.input  # the spec is the input shown
    assert case.expected == "[0, 1, 2, 3]" and case.got == "[]"


SPACE_PROBE = """
import torch
def probe(x, copies):
    kept = [x * i for i in range(copies)]  # copies x-sized tensors alive at once, then freed
    view = x[1:]  # a view allocates nothing
    return view.sum() + sum(t.sum() for t in kept)  # a 4-byte tensor is all that is left alive
"""


def test_tensor_memory_is_measured_through_the_dispatcher(torch_image):
    # tracemalloc never sees torch's allocator: the pytorch hooks count the storages a run creates.
    client, image = torch_image
    x = wire.tensor([[0.5] * 256] * 64)  # 64 KB of float32
    with Sandbox(client, image, Limits(memory_mb=image.runtime.memory_mb)) as sandbox:
        assert sandbox.request({"op": "load", "source": SPACE_PROBE, "entry": "probe"}, 60)["ok"]
        peaks = {}
        for request_id, copies in ((1, 1), (2, 4)):
            answer = sandbox.request({"op": "measure", "id": request_id, "args": wire.encode([x, copies]),
                                      "returns_arg": None, "wrap": False, "space": True, "run_budget_s": 5,
                                      "time_budget_s": 0.01, "repeats": 2}, 60)
            assert answer["ok"], answer
            peaks[copies] = answer["tensor_peak_bytes"] - answer["tensor_retained_bytes"]
            assert 0 < answer["tensor_retained_bytes"] < 64
    assert 64 * 1024 <= peaks[1] < 2 * 64 * 1024 + 4096
    assert 4 * 64 * 1024 <= peaks[4] < 5 * 64 * 1024 + 4096


BACKWARD_WITH_GRADIENTS = """
import torch
def first_backward(x, grad):
    leaf = x.detach().requires_grad_()
    (leaf * leaf).sum(dim=1).backward(grad)  # explicit gradients: torch imports symbolic shapes (sympy) here
    return leaf.grad
"""


def test_torch_imports_nothing_lazily_inside_a_measured_run(torch_image):
    # The first backward given explicit gradients imported sympy (half a second) inside the measured run;
    # a run budget that fired during that import left sympy half-initialised, and every later backward in
    # the container failed.  The runtime's startup imports it, so a tight budget is never spent on it.
    client, image = torch_image
    args = wire.encode([wire.tensor([[1.0, 2.0], [3.0, 4.0]]), wire.tensor([1.0, 1.0])])
    with Sandbox(client, image, Limits(memory_mb=image.runtime.memory_mb)) as sandbox:
        assert sandbox.request({"op": "load", "source": BACKWARD_WITH_GRADIENTS, "entry": "first_backward"}, 60)["ok"]
        for request_id in (1, 2):
            answer = sandbox.request({"op": "measure", "id": request_id, "args": args, "returns_arg": None,
                                      "wrap": False, "space": True, "run_budget_s": 0.3, "time_budget_s": 0.01,
                                      "repeats": 2}, 60)
            assert answer["ok"], answer
            assert answer["over_budget"] is None, answer
