"""A runtime is one directory under sandboxes/: adding one takes that directory and the problems that use it.

The test copies the checkout's sandboxes/ and one problem into a temporary tree, adds a throwaway runtime
``alt`` (the python runtime's Dockerfile plus one marker file, a runtime.toml of its own), points the judge
at the tree with JUDGE_SANDBOXES and JUDGE_PROBLEMS, and then builds, checks and judges through the CLI
as a user would: no file of the judge is edited.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from judge.errors import EXIT_ENVIRONMENT, EXIT_NOT_ACCEPTED, EXIT_OK, EXIT_USAGE

pytestmark = pytest.mark.docker

REPO = Path(__file__).resolve().parents[2]
MARKER = "/etc/drill-judge-alt"

# Accepted only where the marker exists: proof that it ran in the alt runtime's image.
ONLY_IN_ALT = f"""
def is_palindrome(s):
    with open({MARKER!r}) as marker:
        assert marker.read().strip() == "alt"
    kept = [c.lower() for c in s if c.isalnum()]
    return kept == kept[::-1]
"""

ALT_RUNTIME = f"""
name = "alt"
tag_prefix = "alt"
command = ["python3", "-s", "-P", "/opt/judge/runner.py"]
runner_files = ["runner.py", "guard.py", "wire.py", "submission.py"]
preload = ["fractions"]
suffix = ".py"
wire_tags = ["tuple", "list_node"]

[environment]
OMP_NUM_THREADS = "1"

[smoke]
entry = "probe"
source = '''
import sys
def probe():
    return {{"python": sys.version.split()[0], "marker": open({MARKER!r}).read().strip()}}
'''
"""


@pytest.fixture(scope="module")
def tree(tmp_path_factory, engine):
    root = tmp_path_factory.mktemp("runtimes")
    shutil.copytree(REPO / "sandboxes", root / "sandboxes")
    alt = root / "sandboxes" / "alt"
    alt.mkdir()
    dockerfile = (REPO / "sandboxes" / "python" / "Dockerfile").read_text()
    # Everything up to the user switch is the python image's (cached layers); then one marker file.
    dockerfile = dockerfile.replace("USER 65534:65534", f'RUN echo alt > {MARKER}\nUSER 65534:65534')
    (alt / "Dockerfile").write_text(dockerfile)
    (alt / "runtime.toml").write_text(ALT_RUNTIME)
    pack = root / "problems" / "alt-pack"
    pack.mkdir(parents=True)
    (pack / "pack.toml").write_text('name = "alt-pack"\ntitle = "Alt"\ndescription = "Problems on the alt runtime."\n')
    for runtime in ("alt", "python"):
        directory = pack / f"valid-palindrome-{runtime}"
        shutil.copytree(REPO / "problems" / "two-pointers" / "valid-palindrome", directory)
        toml = directory / "problem.toml"
        text = toml.read_text().replace('slug = "valid-palindrome"', f'slug = "valid-palindrome-{runtime}"')
        toml.write_text(text.replace("\n[entry]", f'runtime = "{runtime}"\n\n[entry]', 1))
    solution = root / "solution.py"
    solution.write_text(ONLY_IN_ALT)
    env = {"JUDGE_SANDBOXES": str(root / "sandboxes"), "JUDGE_PROBLEMS": str(root / "problems"),
           "JUDGE_HOME": str(root / "home"), "JUDGE_WARM": "0"}
    yield root, env, solution
    subprocess.run(["docker", "image", "rm", "-f", *_alt_images()], capture_output=True)


def _alt_images() -> list[str]:
    listed = subprocess.run(["docker", "image", "ls", "--format", "{{.Repository}}:{{.Tag}}",
                             "drill-judge-sandbox"], capture_output=True, text=True).stdout.split()
    return [tag for tag in listed if tag.startswith("drill-judge-sandbox:alt-")]


def judge(env, *args):
    proc = subprocess.run([sys.executable, "-m", "judge", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=600)
    return proc, (json.loads(proc.stdout) if "--json" in args and proc.stdout.strip() else None)


def test_a_new_runtime_directory_builds_checks_and_judges_with_no_other_edit(tree):
    root, env, solution = tree
    built, _ = judge(env, "sandbox", "build", "--runtime", "alt")
    assert built.returncode == EXIT_OK, built.stderr[-2000:]
    assert built.stdout.strip().startswith("drill-judge-sandbox:alt-")

    checked, status = judge(env, "sandbox", "check", "--runtime", "alt", "--json")
    assert checked.returncode == EXIT_OK, checked.stdout
    (alt,) = status["runtimes"]
    assert alt["runtime"] == "alt" and alt["ok"] and alt["versions"]["marker"] == "alt"

    listed, problems = judge(env, "problems", "--json")
    assert listed.returncode == EXIT_OK
    assert {p["slug"]: p["runtime"] for p in problems["problems"]} == {"valid-palindrome-alt": "alt",
                                                                      "valid-palindrome-python": "python"}

    on_alt, report = judge(env, "submit", solution, "--problem", "valid-palindrome-alt", "--json")
    assert on_alt.returncode == EXIT_OK, on_alt.stdout[-2000:] + on_alt.stderr[-2000:]
    assert report["verdict"] == "accepted"

    # The same file on the same problem in the python runtime: the marker is missing there.
    on_python, report = judge(env, "submit", solution, "--problem", "valid-palindrome-python", "--json")
    assert on_python.returncode == EXIT_NOT_ACCEPTED and report["verdict"] == "runtime_error"


def test_all_builds_and_checks_every_runtime(tree):
    root, env, _ = tree
    built, _ = judge(env, "sandbox", "build", "--all")
    assert built.returncode == EXIT_OK, built.stderr[-2000:]
    # The checkout's own runtimes (python, pytorch) are copied into the tree: --all builds them and alt.
    prefixes = sorted(line.split(":")[1].split("-")[0] for line in built.stdout.split())
    assert prefixes == ["alt", "py", "torch"]
    checked, status = judge(env, "sandbox", "check", "--json")
    assert checked.returncode == EXIT_OK
    assert [r["runtime"] for r in status["runtimes"]] == ["alt", "python", "pytorch"]
    (torch,) = [r for r in status["runtimes"] if r["runtime"] == "pytorch"]
    assert torch["versions"]["torch"].startswith("2.")


def test_a_runtime_that_is_not_there_or_is_broken_is_one_line_with_a_fix(tree):
    root, env, solution = tree
    proc, _ = judge(env, "sandbox", "build", "--runtime", "nope")
    assert proc.returncode == EXIT_USAGE and "no runtime called 'nope'" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1

    broken = root / "sandboxes" / "broken"
    broken.mkdir()
    broken_toml = ALT_RUNTIME.replace('name = "alt"', 'name = "broken"')
    (broken / "runtime.toml").write_text(broken_toml.replace('command = ["python3", "-s", "-P", "/opt/judge/runner.py"]',
                                                             "command = []"))
    try:
        proc, _ = judge(env, "sandbox", "check", "--runtime", "broken")
        assert proc.returncode == EXIT_ENVIRONMENT and "runtime.toml: command" in proc.stderr
    finally:
        shutil.rmtree(broken)


def test_a_problem_naming_an_unknown_runtime_is_refused_naming_file_and_field(tree):
    root, env, _ = tree
    problem = root / "problems" / "alt-pack" / "valid-palindrome-alt" / "problem.toml"
    original = problem.read_text()
    problem.write_text(original.replace('runtime = "alt"', 'runtime = "cobol"'))
    try:
        proc, _ = judge(env, "pack", "validate", problem.parent, "--static")
        assert proc.returncode != EXIT_OK
        assert "problem.toml: field `runtime` must name a runtime under sandboxes/ (alt, python, pytorch)" in \
            proc.stdout + proc.stderr
    finally:
        problem.write_text(original)
