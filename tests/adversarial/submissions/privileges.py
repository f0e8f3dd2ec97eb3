"""Tries every way up and out it can name: become root, chroot, mount, new namespaces, raw sockets, device
nodes, ptrace of the init, kernel interfaces, raising its own limits. Reports each outcome, then answers
wrongly. Expected: wrong_answer, with every attempt refused."""
import ctypes
import errno
import json
import os
import resource
import socket
import stat

libc = ctypes.CDLL(None, use_errno=True)
outcomes = {}


def attempt(name, action):
    try:
        result = action()
    except OSError as exc:
        outcomes[name] = errno.errorcode.get(exc.errno, str(exc.errno))
        return
    except (ValueError, PermissionError) as exc:
        outcomes[name] = type(exc).__name__
        return
    outcomes[name] = "OK" if result in (None, 0) or result is True else f"OK:{result}"


def libc_call(name, *args):
    def call():
        if getattr(libc, name)(*args) == -1:
            number = ctypes.get_errno()
            raise OSError(number, os.strerror(number))
        return 0
    return call


attempt("setuid_0", lambda: os.setuid(0))
attempt("setgid_0", lambda: os.setgid(0))
attempt("chroot", lambda: os.chroot("/tmp"))
attempt("mount_tmpfs", libc_call("mount", b"none", b"/tmp", b"tmpfs", 0, None))
attempt("remount_root_rw", libc_call("mount", b"none", b"/", None, 32 | 4096, None))  # MS_REMOUNT | MS_BIND
attempt("unshare_user", libc_call("unshare", 0x10000000))  # CLONE_NEWUSER
attempt("unshare_net", libc_call("unshare", 0x40000000))  # CLONE_NEWNET
attempt("raw_socket", lambda: socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP))
attempt("packet_socket", lambda: socket.socket(socket.AF_PACKET, socket.SOCK_RAW))
attempt("mknod_mem", lambda: os.mknod("/tmp/mem", stat.S_IFCHR | 0o600, os.makedev(1, 1)))
attempt("ptrace_init", libc_call("ptrace", 16, 1, None, None))  # PTRACE_ATTACH
attempt("sysrq", lambda: open("/proc/sysrq-trigger", "w").write("b"))
attempt("kmsg", lambda: open("/dev/kmsg", "rb").read(1))
attempt("core_pattern", lambda: open("/proc/sys/kernel/core_pattern", "w").write("|/tmp/x"))
attempt("cgroup_write", lambda: open("/sys/fs/cgroup/memory/memory.limit_in_bytes", "w").write("-1"))
attempt("nice_up", lambda: os.nice(-5) and None)
attempt("raise_nofile", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1 << 20, 1 << 20)))
attempt("raise_fsize", lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (-1, -1)))
attempt("sethostname", libc_call("sethostname", b"pwned", 5))
attempt("settime", libc_call("stime", ctypes.byref(ctypes.c_long(0)))
        if hasattr(libc, "stime") else libc_call("settimeofday", ctypes.byref((ctypes.c_long * 2)(0, 0)), None))
if os.uname().machine == "x86_64":
    attempt("bpf", libc_call("syscall", 321, 0, None, 0))  # bpf(BPF_MAP_CREATE)
    attempt("keyctl", libc_call("syscall", 250, 0, None, 0))  # keyctl(KEYCTL_GET_KEYRING_ID)

REPORT = json.dumps(outcomes, separators=(",", ":"))


def two_sum_sorted(numbers, target):
    print(REPORT)
    return [0, 0]
