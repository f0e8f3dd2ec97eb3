"""sandboxes/<name>/runtime.toml: what the python runtime says, and one line with a fix for each mistake."""

import shutil
from pathlib import Path

import pytest

from judge.errors import EnvironmentProblem, UsageError
from judge.sandbox.image import image_tag
from judge.sandbox.runtimes import load_runtime, runtime_names

REPO = Path(__file__).resolve().parents[2]


def test_the_python_runtime_is_described_by_its_directory():
    python = load_runtime("python")
    assert python.command[0] == "python3" and python.preload == ("numpy",) and python.suffix == ".py"
    assert {"ndarray", "tree_node"} <= python.wire_tags
    assert set(python.baked_files()) >= {"Dockerfile", "runtime.toml", "runner.py", "guard.py", "wire.py"}
    assert image_tag(python).startswith("drill-judge-sandbox:py-")
    assert "python" in runtime_names()


@pytest.fixture
def sandboxes(tmp_path, monkeypatch):
    shutil.copytree(REPO / "sandboxes", tmp_path / "sandboxes")
    monkeypatch.setenv("JUDGE_SANDBOXES", str(tmp_path / "sandboxes"))
    return tmp_path / "sandboxes"


def edit(sandboxes, old, new):
    toml = sandboxes / "python" / "runtime.toml"
    text = toml.read_text()
    assert old in text
    toml.write_text(text.replace(old, new))


@pytest.mark.parametrize("old,new,said", [
    ('name = "python"', 'name = "pithon"', "runtime.toml: name: missing or invalid"),
    ('tag_prefix = "py"', 'tag_prefix = "Py!"', "runtime.toml: tag_prefix: missing or invalid"),
    ('suffix = ".py"', "suffix = 3", "runtime.toml: suffix: missing or invalid"),
    ('"runner.py",', '"runner.py", "../errors.py",', "runtime.toml: runner_files: missing or invalid"),
    ('"ndarray",', '"pickle",', "runtime.toml: wire_tags: missing or invalid"),
    ('preload = ["numpy"]', 'preload = ["numpy"]\nimage = "x"', "runtime.toml: image: not a runtime field"),
    ('name = "python"', 'name = ', "runtime.toml: cannot be read"),
])
def test_each_mistake_in_runtime_toml_is_named_with_a_fix(sandboxes, old, new, said):
    edit(sandboxes, old, new)
    with pytest.raises(EnvironmentProblem) as caught:
        load_runtime("python")
    assert said in caught.value.message and caught.value.fix


def test_the_pytorch_runtime_has_hooks_and_runs_references_in_a_container():
    torch = load_runtime("pytorch")
    assert torch.hooks == "torch_hooks" and not torch.reference_on_host and "tensor" in torch.wire_tags
    assert "torch_hooks.py" in torch.baked_files() and image_tag(torch).startswith("drill-judge-sandbox:torch-")
    assert torch.environment["OMP_NUM_THREADS"] == torch.environment["MKL_NUM_THREADS"] == "1"
    python = load_runtime("python")
    assert python.hooks is None and python.reference_on_host


def test_hooks_must_name_a_module_of_the_runtime_directory(sandboxes):
    edit(sandboxes, 'suffix = ".py"', 'suffix = ".py"\nhooks = "missing_hooks"')
    with pytest.raises(EnvironmentProblem, match="runtime.toml: hooks: missing or invalid"):
        load_runtime("python")


def test_an_unknown_runtime_lists_the_known_ones(sandboxes):
    with pytest.raises(UsageError, match=r"no runtime called 'ruby' \(installed: python, pytorch\)"):
        load_runtime("ruby")
    with pytest.raises(UsageError):
        load_runtime("../python")
