"""Finding and loading packs and problems; every error names the file and the field at fault."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from judge.errors import EnvironmentProblem, PackError, UsageError, did_you_mean
from judge.growth import ExpressionError, parse
from judge.packs.constraints import parse_constraints
from judge.packs.hints import HINTS_FILE, parse_hints
from judge.packs.model import (
    COMPARE_MODES,
    DIFFICULTIES,
    SMALL_LADDER_MAX,
    SMALL_MIN_STEPS,
    Compare,
    Entry,
    PackLimits,
    Problem,
    Relabel,
    SizeParameter,
)
from judge.paths import PackRoot, pack_roots
from judge.sandbox.runtimes import DEFAULT_RUNTIME, load_runtime, runtime_names

SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
DOTTED_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$")
COMPLEXITY_RE = re.compile(r"^O\(.+\)$")
REQUIRED_FILES = ("problem.toml", "statement.md", "starter.py", "reference.py", "cases.py", "strategy.py")


@dataclass(frozen=True)
class Pack:
    name: str
    title: str
    description: str
    directory: Path
    problems: tuple[Problem, ...]
    source: str = "built-in"  # where it was found: judge.paths.PackRoot.source, or "path" for a root named


class _Fields:
    """Typed access to a TOML table that reports `file: field` on every mistake."""

    def __init__(self, path: Path, table: dict, prefix: str = ""):
        self.path, self.table, self.prefix = path, table, prefix

    def fail(self, key: str, what: str):
        raise PackError(f"{self.path}: field `{self.prefix}{key}` {what}", "see problems/README.md for the format")

    def get(self, key: str, kind, default=..., check=None, what: str = ""):
        if key not in self.table:
            if default is ...:
                self.fail(key, "is missing")
            return default
        value = self.table[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            self.fail(key, f"must be {getattr(kind, '__name__', kind)}, not {type(value).__name__}")
        if check is not None and not check(value):
            self.fail(key, what or "has an invalid value")
        return value

    def strings(self, key: str, default=..., check=None, what: str = "") -> tuple[str, ...]:
        value = self.get(key, list, default)
        if not all(isinstance(v, str) for v in value):
            self.fail(key, "must be a list of strings")
        if check is not None and not all(check(v) for v in value):
            self.fail(key, what or "has an invalid item")
        return tuple(value)

    def sub(self, key: str) -> _Fields:
        return _Fields(self.path, self.get(key, dict, {}), f"{self.prefix}{key}.")

    def only(self, known) -> None:
        """Refuse keys this table does not define: a misspelt `[limit]` must not be silently ignored."""
        for key in self.table:
            if key not in known:
                where = f"[{self.prefix[:-1]}]" if self.prefix else "the top level"
                raise PackError(f"{self.path}: field `{self.prefix}{key}` is unknown",
                                f"the fields of {where} are {', '.join(sorted(known))} (problems/README.md)")


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{path}: not valid TOML ({exc})", "fix the syntax") from None


def load_problem(directory: Path, pack: str = "") -> Problem:
    directory = Path(directory)
    for name in REQUIRED_FILES:
        if not (directory / name).is_file():
            raise PackError(f"{directory / name}: file is missing", "see problems/README.md for a problem's files")
    path = directory / "problem.toml"
    top = _Fields(path, _read_toml(path))
    if "numpy" in top.table:  # the runtime preloads NumPy now (sandboxes/python/runtime.toml)
        top.fail("numpy", "is gone: NumPy is preloaded by the python runtime; write `[complexity] vectorized = true` "
                          "if Python-level work must not grow")
    top.only(_KNOWN_KEYS)
    entry_t, limits_t = top.sub("entry"), top.sub("limits")
    compare_t, complexity_t = top.sub("compare"), top.sub("complexity")
    for table, known in ((entry_t, _ENTRY_KEYS), (limits_t, _LIMITS_KEYS), (compare_t, _COMPARE_KEYS),
                         (complexity_t, _COMPLEXITY_KEYS), (top.sub("property"), _PROPERTY_KEYS),
                         (top.sub("mutants"), _MUTANTS_KEYS)):
        table.only(known)
    is_ident, idents = (lambda s: bool(IDENT_RE.match(s))), "must be Python identifiers"
    kind = entry_t.get("kind", str, "function", lambda k: k in ("function", "design", "module", "autograd"),
                       "must be function, design, module or autograd")
    entry = Entry(
        name=entry_t.get("name", str, check=IDENT_RE.match, what="must be a Python identifier"),
        aliases=entry_t.strings("aliases", [], is_ident, idents),
        params=entry_t.strings("params", [], is_ident, idents),
        signature=entry_t.get("signature", str),
        kind=kind,
        returns_arg=entry_t.get("returns_arg", int, None),
    )
    slug = top.get("slug", str, check=SLUG_RE.match, what="must be lowercase words joined by hyphens")
    if slug != directory.name:
        top.fail("slug", f"must equal the directory name {directory.name!r}")
    complexity = {
        axis: complexity_t.get(axis, str, check=COMPLEXITY_RE.match, what="must look like O(n log n)")
        for axis in ("time", "space")
    }
    size_parameters = _size_parameters(complexity_t, complexity, directory)
    no_sizes = complexity_t.get("no_sizes", str, "", lambda s: bool(s.strip()),
                                "must say in one line why a complexity report cannot apply")
    if no_sizes and size_parameters:
        complexity_t.fail("no_sizes", "cannot be given with [complexity.sizes]: a problem is measured, or says why not")
    runtimes = runtime_names()
    runtime = top.get("runtime", str, DEFAULT_RUNTIME, runtimes.__contains__,
                      f"must name a runtime under sandboxes/ ({', '.join(runtimes)})")
    leetcode = top.get("leetcode", int, None, lambda n: n >= 1, "must be a LeetCode problem number")
    variant_of = top.get("variant_of", int, None, lambda n: n >= 1, "must be a LeetCode problem number")
    if leetcode is not None and variant_of is not None:
        top.fail("variant_of", "cannot be given with leetcode: a problem is LeetCode N, or a variant of it")
    constraints = parse_constraints(top.sub("constraints"), entry.params)
    if constraints.custom and not (directory / "constraints.py").is_file():
        raise PackError(f"{directory / 'constraints.py'}: file is missing",
                        "`constraints.custom` names a check that constraints.py's check(args) makes")
    if (directory / "constraints.py").is_file() and not constraints.custom:
        top.sub("constraints").fail("custom", "is missing: say in one line what constraints.py checks")
    return Problem(
        slug=slug,
        title=top.get("title", str),
        pack=pack or directory.parent.name,
        patterns=top.strings("patterns", check=SLUG_RE.match, what="must be slugs like two-pointers"),
        difficulty=top.get("difficulty", str, check=lambda d: d in DIFFICULTIES, what=f"must be one of {DIFFICULTIES}"),
        leetcode=leetcode,
        entry=entry,
        limits=PackLimits(
            time_s=limits_t.get("time_s", float, 1.0, lambda t: 0 < t <= 30, "must be in (0, 30]"),
            memory_mb=limits_t.get("memory_mb", int, load_runtime(runtime).memory_mb, lambda m: 32 <= m <= 2048,
                                   "must be in [32, 2048]"),
            answer_mb=limits_t.get("answer_mb", int, 16, lambda m: 1 <= m <= 256, "must be in [1, 256]"),
        ),
        compare=Compare(
            mode=compare_t.get("mode", str, "exact", lambda m: m in COMPARE_MODES, f"must be one of {COMPARE_MODES}"),
            rel_tol=compare_t.get("rel_tol", float, 1e-6),
            abs_tol=compare_t.get("abs_tol", float, 1e-9),
            dtype_defaults=not ({"rel_tol", "abs_tol"} & set(compare_t.table)),
            relabel=_relabel(compare_t),
        ),
        complexity=complexity,
        property_examples=top.sub("property").get("examples", int, 100, lambda n: 0 <= n <= 10_000,
                                                  "must be in [0, 10000]"),
        property_budget_s=top.sub("property").get("budget_s", float, 1.0, lambda t: 0 < t <= 60, "must be in (0, 60]"),
        runtime=runtime,
        vectorized=complexity_t.get("vectorized", bool, False),
        directory=directory,
        no_sizes=no_sizes,
        size_parameters=size_parameters,
        equivalent_mutants=_equivalent_mutants(top.sub("mutants")),
        constraints=constraints,
        variant_of=variant_of,
        hints=parse_hints(directory / HINTS_FILE),
        forbidden=top.strings("forbidden", [], DOTTED_RE.match, "must be dotted names like torch.nn.functional.relu"),
    )


def _equivalent_mutants(fields: _Fields) -> dict[str, str]:
    """[mutants] equivalent = [{id = "3:10:cmp0", reason = "..."}]: mutants shown equal to the reference."""
    marked = {}
    for i, item in enumerate(fields.get("equivalent", list, [])):
        if not (isinstance(item, dict) and isinstance(item.get("id"), str) and isinstance(item.get("reason"), str)):
            fields.fail(f"equivalent[{i}]", 'must be {id = "line:col:kind", reason = "why it is equivalent"}')
        marked[item["id"]] = item["reason"]
    return marked


MIN_SIZE_RATIO = 128  # min to max must hold 8 doubling sizes (2.1 decades)
MIN_STEP_SIZES = 6  # a step ladder's sizes, at least


def _size_parameters(complexity_t: _Fields, targets: dict, directory: Path) -> tuple[SizeParameter, ...]:
    """``[complexity.sizes.NAME]`` tables: the size parameters the targets are written in (empty: no report)."""

    sizes_t = complexity_t.sub("sizes")
    if not sizes_t.table:
        return ()
    params = []
    for name in sizes_t.table:
        if not IDENT_RE.match(name) or name.lower() == "log":
            sizes_t.fail(name, "must be a parameter name such as n, V or E")
        fields = sizes_t.sub(name)
        fields.only(_SIZE_KEYS)
        low = fields.get("min", int, check=lambda v: v >= 1, what="must be at least 1")
        step = fields.get("step", int, 0, lambda v: v >= 1, "must be at least 1 (leave it out to double)")
        if step:  # an exponential solution's sizes: a few consecutive small ones
            high = fields.get("max", int, check=lambda v, low=low, step=step: (v - low) // step + 1 >= MIN_STEP_SIZES,
                              what=f"must leave at least {MIN_STEP_SIZES} sizes from min in steps of `step`")
        else:
            high = fields.get("max", int, check=lambda v, low=low: v >= low * MIN_SIZE_RATIO or (
                                  v <= SMALL_LADDER_MAX and v - low >= SMALL_MIN_STEPS),
                              what=f"must be at least {MIN_SIZE_RATIO} x min (8 doubling sizes), or, for exponential "
                                   f"work, at most {SMALL_LADDER_MAX} and at least min + {SMALL_MIN_STEPS}")
        floor = fields.get("floor", int, 1, lambda v, low=low: 1 <= v <= low, "must lie between 1 and min")
        params.append(SizeParameter(
            name=name,
            generator=fields.get("generator", str, check=IDENT_RE.match, what="must be a function name"),
            min=low,
            max=high,
            fixed=fields.get("fixed", int, low, lambda v, floor=floor, high=high: floor <= v <= high,
                             "must lie between floor and max"),
            floor=floor,
            step=step,
            past_constraints=fields.get("past_constraints", str, "", lambda s: bool(s.strip()),
                                        "must say in one line why no solution can depend on the bounds passed"),
        ))
    names = tuple(p.name for p in params)
    for axis, text in targets.items():
        # Other names are quantities no sweep varies, constants here: the q of O(n + q), an alphabet's k.
        try:
            parse(text, names, constants=True)
        except ExpressionError as exc:
            complexity_t.fail(axis, f"cannot be measured: {exc}")
    if not (directory / "generators.py").is_file():
        raise PackError(f"{directory / 'generators.py'}: file is missing",
                        "[complexity.sizes] needs generators.py with a worst-case input builder per parameter")
    return tuple(params)


def _relabel(compare_t: _Fields) -> Relabel | None:
    """``[compare] relabel = { labels = 1, rows = [0] }``: positions in a tensor answer (a tuple)."""
    if "relabel" not in compare_t.table:
        return None
    if compare_t.table.get("mode") != "tensor":
        compare_t.fail("relabel", 'needs mode = "tensor": it renumbers the clusters of a tuple of tensors')
    fields = compare_t.sub("relabel")
    fields.only(_RELABEL_KEYS)
    labels = fields.get("labels", int, check=lambda i: i >= 0, what="must be an answer position (0, 1, ...)")
    rows = fields.get("rows", list, [])
    if not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 and i != labels for i in rows):
        fields.fail("rows", "must be a list of answer positions other than labels'")
    return Relabel(labels=labels, rows=tuple(rows))


_KNOWN_KEYS = {"slug", "title", "patterns", "difficulty", "leetcode", "entry", "limits", "compare", "complexity",
               "property", "runtime", "mutants", "constraints", "variant_of", "forbidden"}
_ENTRY_KEYS = {"name", "aliases", "params", "signature", "kind", "returns_arg"}
_LIMITS_KEYS = {"time_s", "memory_mb", "answer_mb"}
_COMPARE_KEYS = {"mode", "rel_tol", "abs_tol", "relabel"}
_RELABEL_KEYS = {"labels", "rows"}
_COMPLEXITY_KEYS = {"time", "space", "vectorized", "sizes", "no_sizes"}
_PROPERTY_KEYS = {"examples", "budget_s"}
_MUTANTS_KEYS = {"equivalent"}
_SIZE_KEYS = {"generator", "min", "max", "fixed", "floor", "step", "past_constraints"}
_PACK_KEYS = {"name", "title", "description"}


def _pack_fields(directory: Path) -> _Fields:
    path = directory / "pack.toml"
    if not path.is_file():
        raise PackError(f"{path}: file is missing", "a pack directory needs pack.toml with name and title")
    return _Fields(path, _read_toml(path))


def load_pack_name(directory: Path) -> str:
    """A pack's name from its pack.toml (checked like load_pack checks it), without loading its problems."""
    fields = _pack_fields(Path(directory))
    fields.only(_PACK_KEYS)
    return fields.get("name", str, check=SLUG_RE.match, what="must be a slug")


def load_pack(directory: Path, source: str = "path") -> Pack:
    directory = Path(directory)
    fields = _pack_fields(directory)
    fields.only(_PACK_KEYS)
    name = fields.get("name", str, check=SLUG_RE.match, what="must be a slug")
    problems = tuple(
        load_problem(child, pack=name)
        for child in sorted(directory.iterdir())
        if child.is_dir() and (child / "problem.toml").exists()
    )
    return Pack(name=name, title=fields.get("title", str), description=fields.get("description", str, ""),
                directory=directory, problems=problems, source=source)


def _roots(root: Path | None) -> list[PackRoot]:
    return [PackRoot(Path(root), "path")] if root is not None else pack_roots()


def pack_directories(root: Path | None = None) -> list[tuple[Path, str]]:
    """(directory, source) of every pack: under ``root`` when given, else in every judge.paths.pack_roots().

    A root is a directory of packs, or one pack itself (it holds pack.toml); a missing user root holds none.
    """
    found = []
    for place in _roots(root):
        if (place.path / "pack.toml").is_file():
            found.append((place.path, place.source))
        elif place.path.is_dir():
            found.extend((child, place.source) for child in sorted(place.path.iterdir())
                         if (child / "pack.toml").is_file())
        elif place.source == "built-in":
            raise EnvironmentProblem(f"{place.path}: the built-in problem packs are missing",
                                     "reinstall drill-judge (its wheel ships them), or set JUDGE_PROBLEMS")
        elif place.source != "data dir":  # a path the user named: say so rather than show fewer problems
            raise UsageError(f"{place.path}: no such directory of problem packs (named by {place.source})",
                             f"create it, or correct {place.source}" if place.source != "path" else "correct the path")
    return found


def load_packs(root: Path | None = None) -> list[Pack]:
    packs = [load_pack(directory, source) for directory, source in pack_directories(root)]
    named: dict[str, Path] = {}
    seen: dict[str, Path] = {}
    for pack in packs:
        if pack.name in named:
            raise PackError(f"{pack.directory / 'pack.toml'}: pack name `{pack.name}` is also used by "
                            f"{named[pack.name]}", "pack names must be unique: rename one, or remove the copy")
        named[pack.name] = pack.directory
        for problem in pack.problems:
            if problem.slug in seen:
                raise PackError(f"{problem.directory}: slug `{problem.slug}` is also used by {seen[problem.slug]}",
                                "slugs must be unique across packs")
            seen[problem.slug] = problem.directory
    return packs


def all_problems(root: Path | None = None) -> list[Problem]:
    return [problem for pack in load_packs(root) for problem in pack.problems]


def catalogue(root: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Every installed problem's slug and patterns: what the statistics count coverage against."""
    return {problem.slug: problem.patterns for problem in all_problems(root)}


def find_problem(slug: str, root: Path | None = None, problems: list[Problem] | None = None) -> Problem:
    """The problem named by its slug, entry name, an alias or ``lc<number>``: among ``problems`` when
    given (already loaded), else in the packs under ``root`` (default: every pack root).

    A slug is also its directory's name, so that case loads one problem, not every pack (a third of a
    submit's start-up otherwise); any other name searches them all.
    """
    if problems is None:
        homes = ([directory / slug for directory, _ in pack_directories(root)
                  if (directory / slug / "problem.toml").is_file()] if SLUG_RE.match(slug) else [])
        if len(homes) == 1:
            problem = load_problem(homes[0], pack=load_pack_name(homes[0].parent))
            if problem.slug == slug:
                return problem
        problems = all_problems(root)
    for problem in problems:
        if slug in (problem.slug, problem.entry.name, *problem.entry.aliases) or slug == f"lc{problem.leetcode}":
            return problem
    names = [name for p in problems for name in (p.slug, p.entry.name, *p.entry.aliases)]
    raise UsageError(f"no problem named {slug!r}{did_you_mean(slug, names)}", "list them with `judge problems`")


def known_patterns(problems: list[Problem]) -> set[str]:
    return {pattern for problem in problems for pattern in problem.patterns}


def check_patterns(patterns, problems: list[Problem]) -> None:
    """UsageError naming the first of ``patterns`` that no problem drills (with the closest one that does)."""
    known = known_patterns(problems)
    for pattern in patterns:
        if pattern not in known:
            raise UsageError(f"no problem drills a pattern named {pattern!r}{did_you_mean(pattern, known)}",
                             "`judge problems` lists each problem's patterns")


def check_pack(name: str, problems: list[Problem]) -> None:
    names = {problem.pack for problem in problems}
    if name not in names:
        raise UsageError(f"no pack named {name!r}{did_you_mean(name, names)}", "`judge packs` lists them")


MARKER_RE = re.compile(r"^#\s*judge:\s*problem\s*=\s*([a-z0-9-]+)", re.MULTILINE)


def infer_problem(file: Path, root: Path | None = None) -> Problem:
    """The problem a submission file is for: a `# judge: problem=SLUG` line, else the file name (a slug, an
    entry point or LeetCode method name, lc<number>), else the entry point or LeetCode method the file
    defines (read with ``ast``, never run)."""
    try:
        text = file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    marker = MARKER_RE.search(text[:4096])
    if marker:
        return find_problem(marker.group(1), root)
    stem = file.stem.lower()
    problems = all_problems(root)
    for problem in problems:
        names = {problem.slug, problem.slug.replace("-", "_"), problem.entry.name.lower()}
        if problem.leetcode:
            names |= {f"lc{problem.leetcode}", f"lc_{problem.leetcode}", str(problem.leetcode)}
        if stem in names or any(stem.startswith(n + "_") or stem.startswith(n + "-") for n in names if len(n) > 3):
            return problem
    squashed = _squash(stem)  # threeSum.py, three-sum.py, ThreeSum.py
    by_name = [p for p in problems if squashed in {_squash(n) for n in (p.slug, p.entry.name, *p.entry.aliases)}]
    if len(by_name) == 1:
        return by_name[0]
    defined = _defined_names(text)
    by_entry = [p for p in problems if defined & {p.entry.name, *p.entry.aliases}]
    if len(by_entry) == 1:
        return by_entry[0]
    several = f" (it defines the entry of {', '.join(p.slug for p in by_entry)})" if by_entry else ""
    raise UsageError(f"cannot tell which problem {file.name} is for{several}",
                     "pass --problem SLUG, name the file after the slug, or add a `# judge: problem=SLUG` line")


def _squash(name: str) -> str:
    return name.lower().replace("-", "").replace("_", "")


def _defined_names(source: str) -> set[str]:
    """Top-level function and class names, and the methods of ``class Solution`` (LeetCode's form)."""
    import ast

    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return set()
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        if isinstance(node, ast.ClassDef) and node.name == "Solution":
            names |= {item.name for item in node.body if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))}
    return names
