"""A runtime's sandbox image: its content-hash tag, how it is built, how its base is bootstrapped.

The tag is a hash of everything baked into the image (the runtime's directory,
its Dockerfile included, and its runner files), so a changed runner always gets
a new image and the judge never runs new code against an old runner or the
reverse.

Where no registry is reachable the base image is bootstrapped locally:
``debootstrap --variant=minbase trixie`` from the Debian mirror that this
machine's own apt configuration names, then ``docker import``.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from judge.errors import EnvironmentProblem
from judge.sandbox.policy import SANDBOX_LABEL
from judge.sandbox.runtimes import Runtime, SandboxImage

IMAGE_REPOSITORY = "drill-judge-sandbox"
DEFAULT_BASE = "debian:trixie-slim"
BOOTSTRAP_BASE = "drill-judge-base:trixie"
IMAGE_OVERRIDE_ENV = "JUDGE_SANDBOX_IMAGE"


def build_fix(runtime: Runtime) -> str:
    return f"build it with `judge sandbox build --runtime {runtime.name}` (or `make image`)"


def image_tag(runtime: Runtime, files: dict[str, bytes] | None = None) -> str:
    files = files if files is not None else runtime.baked_files()
    if "Dockerfile" not in files:
        raise EnvironmentProblem(f"{runtime.directory / 'Dockerfile'} is missing",
                                 "reinstall drill-judge (its wheel ships every runtime's files) or fix JUDGE_SANDBOXES")
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
    return f"{IMAGE_REPOSITORY}:{runtime.tag_prefix}-{digest.hexdigest()[:16]}"


def image_present(client, tag: str) -> bool:
    import docker

    try:
        client.images.get(tag)
        return True
    except docker.errors.ImageNotFound:
        return False


def require_image(client, runtime: Runtime) -> SandboxImage:
    """The runtime's current image (or JUDGE_SANDBOX_IMAGE), or EnvironmentProblem when it has not been built.

    JUDGE_SANDBOX_IMAGE names another image to run submissions in, under the same container policy.  It
    bypasses the content-hash pairing of runner and host, so it is for testing the judge itself (its own
    tests point it at a missing and at a broken image), not for everyday use.
    """
    override = os.environ.get(IMAGE_OVERRIDE_ENV)
    tag = override or image_tag(runtime)
    if not image_present(client, tag):
        fix = f"unset {IMAGE_OVERRIDE_ENV} to use the judge's own image, or build {tag}" if override \
            else build_fix(runtime)
        raise EnvironmentProblem(f"sandbox image {tag} is not built", fix)
    return SandboxImage(runtime, tag)


def apt_mirror(sources_list: Path = Path("/etc/apt/sources.list"),
               sources_dir: Path = Path("/etc/apt/sources.list.d")) -> str:
    """The first Debian archive URI this machine's apt configuration names.

    Reads deb822 ``URIs:`` lines in ``*.sources`` files and classic ``deb`` lines
    in ``*.list`` files; skips comments and security archives.
    """
    candidates: list[str] = []
    files = ([sources_list] if sources_list.is_file() else []) + sorted(sources_dir.glob("*.list"))
    deb822 = sorted(sources_dir.glob("*.sources"))
    for path in deb822:
        for line in path.read_text(errors="replace").splitlines():
            line = line.strip()
            if line.lower().startswith("uris:"):
                candidates.extend(line.split(":", 1)[1].split())
    for path in files:
        for line in path.read_text(errors="replace").splitlines():
            parts = line.split("#", 1)[0].split()
            if parts and parts[0] == "deb":
                uri = next((p for p in parts[1:] if not p.startswith("[")), None)
                if uri:
                    candidates.append(uri)
    for uri in candidates:
        if uri.startswith(("http://", "https://")) and "security" not in uri and uri.rstrip("/").endswith("debian"):
            return uri
    raise EnvironmentProblem("no Debian mirror found in the apt configuration",
                             "add one to /etc/apt/sources.list.d/debian.sources, "
                             "or load debian:trixie-slim into the engine")


def bootstrap_base(client, log) -> str:
    """debootstrap a minimal trixie and import it into the engine as BOOTSTRAP_BASE."""
    if shutil.which("debootstrap") is None:
        raise EnvironmentProblem("debootstrap is not installed and no base image is present",
                                 "install it (`apt-get install debootstrap`) or load debian:trixie-slim")
    mirror = apt_mirror()
    with tempfile.TemporaryDirectory(prefix="drill-judge-rootfs-") as tmp:
        rootfs = Path(tmp) / "rootfs"
        log(f"bootstrapping Debian trixie (minbase) from the apt mirror into {rootfs} ...")
        result = subprocess.run(["debootstrap", "--variant=minbase", "trixie", str(rootfs), mirror],
                                capture_output=True, text=True)
        if result.returncode != 0:
            tail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
            raise EnvironmentProblem(f"debootstrap failed: {tail[0]}",
                                     "check that the apt mirror answers and you are root")
        archive = Path(tmp) / "rootfs.tar"
        subprocess.run(["tar", "-C", str(rootfs), "--numeric-owner", "-cf", str(archive), "."], check=True)
        log(f"importing the root filesystem as {BOOTSTRAP_BASE} ...")
        repository, tag = BOOTSTRAP_BASE.split(":")
        client.api.import_image_from_file(str(archive), repository=repository, tag=tag)
    return BOOTSTRAP_BASE


def choose_base(client, log) -> str:
    for candidate in (DEFAULT_BASE, BOOTSTRAP_BASE):
        if image_present(client, candidate):
            return candidate
    return bootstrap_base(client, log)


def build_image(client, runtime: Runtime, log=print, force: bool = False) -> str:
    """Build the runtime's image if its tag is missing; return the tag."""
    files = runtime.baked_files()
    tag = image_tag(runtime, files)
    if image_present(client, tag) and not force:
        log(f"sandbox image {tag} is up to date")
        return tag
    base = choose_base(client, log)
    context = io.BytesIO()
    with tarfile.open(fileobj=context, mode="w") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    context.seek(0)
    log(f"building {tag} on {base} ...")
    error = None
    for chunk in client.api.build(fileobj=context, custom_context=True, tag=tag, buildargs={"BASE_IMAGE": base},
                                  rm=True, forcerm=True, decode=True, network_mode="bridge",
                                  labels={SANDBOX_LABEL: runtime.name}):
        if "stream" in chunk and chunk["stream"].strip():
            log("  " + chunk["stream"].rstrip())
        if "error" in chunk:
            error = chunk["error"].strip()
    if error or not image_present(client, tag):
        raise EnvironmentProblem(f"sandbox image build failed: {error or 'no image produced'}",
                                 "read the build log above; the apt mirror must be reachable from the default bridge")
    return tag
