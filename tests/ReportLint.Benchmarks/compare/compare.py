#!/usr/bin/env python3
"""Whole-process comparison of ReportLint with cspell and hunspell on generated Vietnamese corpora.

One command from a fresh clone:  python3 tests/ReportLint.Benchmarks/compare/compare.py
Installs the peers (npm ci, apt-get), publishes ReportLint, generates corpora under artifacts/bench/,
times every tool as a whole process and prints a Markdown report (also written to
artifacts/bench/compare.md). Python 3.11 standard library only.
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import random
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
PEERS = HERE / "peers"
BENCH = REPO / "artifacts" / "bench"
RL_DIR = BENCH / "reportlint"
RL = RL_DIR / "reportlint"
FLOOR = "reportlint, every rule off"
CSPELL = PEERS / "node_modules" / "cspell" / "bin.mjs"
CSPELL_CONFIG = PEERS / "cspell.json"
COLD_START_SAMPLE = REPO / "samples" / "du-thao-dung.txt"

MIB = 1024 * 1024            # "MB" in this report: MiB of UTF-8 on disk
FILE_BYTES = 64 * 1024       # a year of reports is many files, not one big one
SEED = 20241130              # fixed, so every machine measures the same text
CORPUS_FORMAT = "v1"         # bump when the generator changes, to regenerate old corpora
DEFAULT_SIZES = [0.5, 1, 2, 5, 10]
COMPARE_SIZE = 5
COLD_START_RUNS = 10
COLD_START_AIM_MS = 300
MEMORY_AIM_MIB = 300
LINEAR_LIMIT = 11            # 10x the text in at most 11x the time
SHIPPED_BUILD = "self-contained composite ReadyToRun (publish profile linux-x64)"
FDD_R2R = "framework-dependent ReadyToRun (the shipped build FAILED to publish)"
PLAIN_IL = "plain IL (ReadyToRun FAILED)"
AS_FOUND = "as found (--skip-install)"

# Exit codes that mean "ran fine" (finding problems is not failing).
OK_EXIT = {"reportlint": {0, 1}, "cspell": {0, 1}, "hunspell": {0}}


def log(message):
    """Progress goes to stderr so stdout stays pure Markdown."""
    print(f"[compare] {message}", file=sys.stderr, flush=True)


def die(message):
    print(f"compare.py: error: {message}", file=sys.stderr)
    sys.exit(1)


def run_checked(cmd, cwd=None, env=None):
    """An installation step; its output goes to stderr, as stdout is reserved for the Markdown report."""
    log("$ " + " ".join(str(c) for c in cmd))
    result = subprocess.run(cmd, cwd=cwd, env=env, stdout=sys.stderr)
    if result.returncode != 0:
        die(f"command failed with exit code {result.returncode}: {' '.join(map(str, cmd))}")


def capture(cmd):
    """First line of a version command, or 'missing'."""
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "missing"
    text = (out.stdout or out.stderr).strip()
    return text.splitlines()[0] if text else "unknown"


# ---------------------------------------------------------------- installation

def hunspell_has_vi():
    if not shutil.which("hunspell"):
        return False
    # `hunspell -D` lists the dictionaries it can find (on stderr), whatever the distribution's path.
    out = subprocess.run(["hunspell", "-D", "-l"], input="", capture_output=True, text=True)
    return re.search(r"/vi_VN$", out.stdout + out.stderr, re.MULTILINE) is not None


def ensure_hunspell():
    if hunspell_has_vi():
        return
    if not shutil.which("apt-get"):
        die("hunspell with the vi_VN dictionary is missing and apt-get is not available; install hunspell and hunspell-vi")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    if sudo and not shutil.which("sudo"):
        die("hunspell-vi is missing and installing it needs root: run as root, or install sudo")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run_checked(sudo + ["apt-get", "update"], env=env)
    run_checked(sudo + ["apt-get", "install", "-y", "hunspell", "hunspell-vi"], env=env)
    if not hunspell_has_vi():
        die("hunspell-vi installed but hunspell still cannot find the vi_VN dictionary")


def peers_installed():
    """node_modules holds exactly the pinned versions (a stale install from older pins does not count)."""
    pinned = json.loads((PEERS / "package.json").read_text())["dependencies"]
    for name, version in pinned.items():
        installed = PEERS / "node_modules" / name / "package.json"
        if not installed.exists() or json.loads(installed.read_text())["version"] != version:
            return False
    return CSPELL.exists()


def ensure_cspell():
    if peers_installed():
        return
    if not shutil.which("npm"):
        die("npm is missing: install Node.js (with npm) to run cspell")
    run_checked(["npm", "ci", "--no-audit", "--no-fund"], cwd=PEERS)
    if not CSPELL.exists():
        die(f"npm ci finished but {CSPELL} is missing")


def publish_reportlint():
    """Publish the build users install (the CLI's linux-x64 publish profile: self-contained, composite
    ReadyToRun); if the mirror lacks its runtime packs, fall back to framework-dependent ReadyToRun, then
    to plain IL, loudly: those figures are not the shipped build's."""
    if not shutil.which("dotnet"):
        die("dotnet is missing: install the .NET 10 SDK")
    cli = REPO / "src" / "ReportLint.Cli"
    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")
    attempts = [
        (SHIPPED_BUILD, ["-p:PublishProfile=linux-x64"]),
        (FDD_R2R, ["-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true"]),
        (PLAIN_IL, ["-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=false"]),
    ]
    for build, options in attempts:
        # A ReadyToRun image left in obj/ by a publish with other settings can be reused and crash at start.
        shutil.rmtree(cli / "obj" / "Release" / "net10.0" / "linux-x64", ignore_errors=True)
        shutil.rmtree(RL_DIR, ignore_errors=True)
        command = ["dotnet", "publish", str(cli), *options, "-o", str(RL_DIR), "-nologo", "-v", "quiet"]
        log("$ " + " ".join(command))
        if subprocess.run(command, env=env, stdout=sys.stderr).returncode == 0:
            if build != SHIPPED_BUILD:
                banner = "!" * 78
                print(f"{banner}\n!! The shipped build could not be published: measuring {build}.\n"
                      f"!! Its figures are NOT those of the build users install.\n{banner}", file=sys.stderr, flush=True)
            return build
    die("dotnet publish failed for every build")


def check_tools():
    missing = []
    if not RL.exists():
        missing.append(f"{RL} (publish ReportLint, or run without --skip-install)")
    if not CSPELL.exists():
        missing.append(f"{CSPELL} (npm ci in {PEERS}, or run without --skip-install)")
    if not shutil.which("node"):
        missing.append("node")
    if not hunspell_has_vi():
        missing.append("hunspell with the vi_VN dictionary (apt-get install hunspell hunspell-vi)")
    if missing:
        die("missing tools:\n  " + "\n  ".join(missing))


# ---------------------------------------------------------------- corpora

def sample_files():
    samples = REPO / "samples"
    files = sorted(p for p in list(samples.glob("*.txt")) + list(samples.glob("*.md")) if p.name != "README.md")
    if not files:
        die(f"no samples in {samples}")
    return files


def sample_paragraphs(files):
    """Each non-blank line of a sample is one paragraph."""
    paragraphs = []
    for path in files:
        paragraphs += [line.rstrip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return paragraphs


def samples_hash(files):
    digest = hashlib.sha256(f"{CORPUS_FORMAT} {SEED} {FILE_BYTES}\n".encode())
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def size_label(size):
    return f"{size:g}"


def corpus_dir(size):
    return BENCH / f"corpus-{size_label(size)}"


def generate_corpus(size, paragraphs, source_hash):
    """Shuffled concatenations of the paragraphs in ~64 KiB files until the target size in UTF-8 bytes.

    The same seed for every size makes each corpus a prefix of the larger ones, so the scaling
    series measures more of the same text, not different text.
    """
    target = int(size * MIB)
    directory = corpus_dir(size)
    stamp = directory / "source.sha256"
    if stamp.exists() and stamp.read_text().strip() == source_hash:
        return
    log(f"generating {directory.relative_to(REPO)} ({size_label(size)} MiB)")
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    rng = random.Random(SEED)
    pool = []
    total = index = 0
    while total < target:
        chunks, file_bytes = [], 0
        while file_bytes < FILE_BYTES and total + file_bytes < target:
            if not pool:
                pool = paragraphs[:]
                rng.shuffle(pool)
            chunk = (pool.pop() + "\n").encode("utf-8")
            chunks.append(chunk)
            file_bytes += len(chunk)
        index += 1
        (directory / f"report-{index:04d}.txt").write_bytes(b"".join(chunks))
        total += file_bytes
    stamp.write_text(source_hash + "\n")


def corpus_files(size):
    return sorted(corpus_dir(size).glob("*.txt"))


def corpus_bytes(size):
    return sum(p.stat().st_size for p in corpus_files(size))


# ---------------------------------------------------------------- measuring

def tool_command(tool, size):
    directory = corpus_dir(size)
    if tool == "reportlint":
        return [str(RL), "check", str(directory), "--no-progress"]
    if tool == "cspell":
        # cspell skips files outside its root (the working directory) without a word, so the
        # runs start in the corpus directory; --no-cache keeps every run a full check.
        return ["node", str(CSPELL), "lint", "--no-progress", "--no-summary", "--no-cache", "-c", str(CSPELL_CONFIG),
                f"{directory}/**/*.txt"]
    if tool == "hunspell":
        return ["hunspell", "-d", "vi_VN", "-l"] + [str(p) for p in corpus_files(size)]
    raise ValueError(tool)


def tool_cwd(tool, size):
    return corpus_dir(size) if tool == "cspell" else REPO


def run_once(tool, cmd, cwd, stdout=subprocess.DEVNULL, stderr=None):
    """One whole-process run: wall seconds, peak RSS in KiB (ru_maxrss of the child, Linux) and CPU seconds.

    stderr goes to a temporary file rather than /dev/null so that a failing run can say why.
    """
    with tempfile.TemporaryFile() as scratch:
        err = stderr or scratch
        start = time.perf_counter()
        child = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=stdout, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
        if child.returncode not in OK_EXIT[tool]:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace")[-2000:]
            die(f"{tool} failed with exit code {child.returncode}\n  command: {shlex.join(cmd)}\n  stderr:\n{tail}")
    return seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def measure(jobs, runs):
    """jobs: name -> (tool, cmd, cwd). One warm-up each, then the runs taken in turns (a, b, c, a, b, c, ...)
    so that load from other processes drifting over minutes falls on every job alike."""
    for name, (tool, cmd, cwd) in jobs.items():
        log(f"{name}: 1 warm-up + {runs} runs: {shlex.join(cmd[:8])}{' ...' if len(cmd) > 8 else ''}")
        run_once(tool, cmd, cwd)
    results = {name: [] for name in jobs}
    for _ in range(runs):
        for name, (tool, cmd, cwd) in jobs.items():
            results[name].append(run_once(tool, cmd, cwd))
    return {name: summarize(runs_of_job) for name, runs_of_job in results.items()}


def summarize(results):
    seconds = [s for s, _, _ in results]
    # CPU time is reported next to wall time: on a busy machine it is the steadier of the two.
    return {
        "median": statistics.median(seconds), "min": min(seconds), "max": max(seconds),
        "rss_mib": statistics.median(rss for _, rss, _ in results) / 1024,
        "cpu": statistics.median(cpu for _, _, cpu in results),
    }


FINDING = {
    "reportlint": re.compile(r"\): \w+ RL\d{4}:"),      # file(line,col): severity RLxxxx: message
    "cspell": re.compile(r" - Unknown word \("),          # file:line:col - Unknown word (x)
    "hunspell": re.compile(r"\S"),                        # -l prints one misspelled word a line
}
FILES_CHECKED = {
    "reportlint": re.compile(r"(?:Đã kiểm tra|Checked) (\d+)"),   # summary line on stdout
    "cspell": re.compile(r"Files checked: (\d+)"),                # summary line on stderr
}


def sanity_run(tool, cmd, cwd, expected_files):
    """One extra run with the output kept: findings and files checked, so a tool that silently
    checked nothing (cspell does when its glob misses) stops the script instead of winning."""
    if tool == "cspell":
        cmd = [c for c in cmd if c != "--no-summary"]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        run_once(tool, cmd, cwd, stdout=out, stderr=err)
        out.seek(0), err.seek(0)
        stdout, stderr = (f.read().decode("utf-8", "replace") for f in (out, err))
    findings = sum(1 for line in stdout.splitlines() if FINDING[tool].search(line))
    pattern = FILES_CHECKED.get(tool)
    match = pattern.search(stdout + stderr) if pattern else None
    files = int(match.group(1)) if match else (expected_files if tool == "hunspell" else 0)
    if files != expected_files:
        die(f"{tool} checked {files} of the {expected_files} corpus files\n  command: {shlex.join(cmd)} (in {cwd})")
    return findings, files


# ---------------------------------------------------------------- report

def machine_line(build):
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    try:
        os_name = platform.freedesktop_os_release()["PRETTY_NAME"]
    except OSError:
        os_name = platform.system()
    listed = subprocess.run(["dotnet", "--list-runtimes"], capture_output=True, text=True).stdout
    runtimes = re.findall(r"Microsoft\.NETCore\.App (\S+)", listed)
    load = Path("/proc/loadavg").read_text().split()[:3]
    return (f"Machine: {cpu}, {os.cpu_count()} cores, {mem_kib / MIB:.1f} GiB RAM, {os_name} "
            f"(kernel {platform.release()}); .NET SDK {capture(['dotnet', '--version'])}, runtime "
            f"{max(runtimes, key=version_key, default='?')}, ReportLint build: {build}; node {capture(['node', '--version'])}, "
            f"cspell {capture(['node', str(CSPELL), '--version'])}, {capture(['hunspell', '-v']).split('(but really ')[-1].rstrip(')')}; "
            f"load average at start {' '.join(load)}. "
            f"Date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}.")


def version_key(version):
    return [int(n) for n in re.findall(r"\d+", version)]


def fmt(value, digits=2):
    return f"{value:,.{digits}f}"


def comparison_table(stats, sanity, size, runs):
    base = stats["reportlint"]["median"]
    lines = [
        f"## Side by side on the {size_label(size)} MB corpus",
        "",
        f"Whole process, median of {runs} runs after 1 warm-up, the tools taking turns, stdout/stderr discarded. "
        "Findings and files checked come from one extra run with the output kept (reportlint: RLxxxx lines; "
        "cspell: unknown words; hunspell: misspelled words, one a line).",
        "",
        "| Tool | Median s | Min s | Max s | CPU s (median) | Peak RSS MiB (median) | Findings | Files checked "
        "| Time vs reportlint |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for tool, s in stats.items():
        ratio = "1.00×" if tool == "reportlint" else f"{s['median'] / base:.2f}×"
        lines.append(f"| {tool} | {fmt(s['median'])} | {fmt(s['min'])} | {fmt(s['max'])} | {fmt(s['cpu'])} "
                     f"| {fmt(s['rss_mib'], 0)} "
                     f"| {sanity[tool][0]:,} | {sanity[tool][1]} | {ratio} |")
    floor = stats[FLOOR]["median"]
    lines += ["",
              f"cspell/reportlint: {stats['cspell']['median'] / base:.2f}; "
              f"hunspell/reportlint: {stats['hunspell']['median'] / base:.2f} (above 1: ReportLint is faster).",
              "",
              f"{FLOOR}: start-up, reading, parsing and output without any rule take {fmt(floor)} s, so even rules "
              f"costing nothing would give cspell/reportlint at most {stats['cspell']['median'] / floor:.1f} here; "
              f"the rules take the other {fmt(base - floor)} s."]
    return lines


def scaling_table(series, compared_size, runs):
    lines = ["## ReportLint scaling", "",
             f"Median of {runs} runs after 1 warm-up per size, the sizes taking turns; the "
             f"{size_label(compared_size)} MB row reuses the side-by-side runs above.", "",
             "| Size MB | Bytes | Files | Median s | s per MB | Min s | CPU s (median) |",
             "|---:|---:|---:|---:|---:|---:|---:|"]
    for size, (s, nbytes, nfiles) in series.items():
        lines.append(f"| {size_label(size)} | {nbytes:,} | {nfiles} | {fmt(s['median'])} | {fmt(s['median'] / size)} "
                     f"| {fmt(s['min'])} | {fmt(s['cpu'])} |")
    lines.append("")
    if 1 in series and 10 in series:
        ratio = series[10][0]["median"] / series[1][0]["median"]
        cpu_ratio = series[10][0]["cpu"] / series[1][0]["cpu"]
        lines.append(f"time(10 MB)/time(1 MB) = {ratio:.2f} on the medians (linear means at most {LINEAR_LIMIT}); "
                     f"{cpu_ratio:.2f} on CPU time, for a busy machine.")
        lines.append("")
        lines.append(f"linear: {'yes' if ratio <= LINEAR_LIMIT else 'no'}")
    else:
        lines.append("time(10 MB)/time(1 MB): n/a (needs sizes 1 and 10).")
    return lines


# ---------------------------------------------------------------- main

def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per measurement after 1 warm-up (default 5)")
    parser.add_argument("--quick", action="store_true", help="smoke test: --runs 1 --sizes 0.5,1")
    parser.add_argument("--skip-install", action="store_true", help="do not run npm ci, apt-get or dotnet publish")
    parser.add_argument("--sizes", default=None, help="corpus sizes in MiB, comma-separated (default 0.5,1,2,5,10)")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.sizes = 1, args.sizes or "0.5,1"
    try:
        args.sizes = sorted({float(s) for s in (args.sizes or ",".join(map(str, DEFAULT_SIZES))).split(",")})
    except ValueError:
        parser.error(f"--sizes must be numbers separated by commas, got {args.sizes!r}")
    args.sizes = [int(s) if s.is_integer() else s for s in args.sizes]
    if args.runs < 1 or any(s <= 0 for s in args.sizes):
        parser.error("--runs and --sizes must be positive")
    return args


def rules_off_config():
    """A configuration that turns every rule off, written from `reportlint rules --format json`."""
    listed = json.loads(subprocess.run([str(RL), "rules", "--format", "json"], capture_output=True, text=True, check=True).stdout)
    rules = listed["rules"] if isinstance(listed, dict) else listed
    path = BENCH / "rules-off.json"
    path.write_text(json.dumps({"rules": {rule["id"]: "off" for rule in rules}}, indent=2) + "\n", encoding="utf-8")
    return path


def compare_tools(size, runs):
    """The three tools, and reportlint with every rule off: its start-up, reading, parsing and output,
    the part of its time no rule work can remove (so the best ratio to cspell any rule work could reach)."""
    jobs, sanity, commands = {}, {}, {}
    for name in ("reportlint", "cspell", "hunspell", FLOOR):
        tool = "reportlint" if name == FLOOR else name
        cmd, cwd = tool_command(tool, size), tool_cwd(tool, size)
        if name == FLOOR:
            cmd = cmd + ["--config", str(rules_off_config())]
        sanity[name] = sanity_run(tool, cmd, cwd, len(corpus_files(size)))
        jobs[name] = (tool, cmd, cwd)
        shown = shlex.join(cmd)
        if tool == "hunspell":  # the file list is long: show it as the glob it came from
            shown = f"{shlex.join(cmd[:4])} {corpus_dir(size)}/*.txt ({len(cmd) - 4} files)"
        commands[name] = f"cd {cwd} && {shown}"
    return measure(jobs, runs), sanity, commands


def scaling_series(sizes, compared_size, compared_stats, runs):
    """Timings, bytes and files per size; the compared size reuses its measurement."""
    jobs = {f"reportlint {size_label(size)} MB": ("reportlint", tool_command("reportlint", size), REPO)
            for size in sizes if size != compared_size}
    stats = measure(jobs, runs)
    return {size: (compared_stats if size == compared_size else stats[f"reportlint {size_label(size)} MB"],
                   corpus_bytes(size), len(corpus_files(size)))
            for size in sizes}


def main():
    args = parse_args()
    started = time.perf_counter()
    if args.skip_install:
        build = AS_FOUND
    else:
        ensure_hunspell()
        ensure_cspell()
        build = publish_reportlint()
    check_tools()

    files = sample_files()
    paragraphs, source_hash = sample_paragraphs(files), samples_hash(files)
    for size in args.sizes:
        generate_corpus(size, paragraphs, source_hash)

    # The comparison runs on 5 MB; a smoke test without it uses its largest size instead.
    size = COMPARE_SIZE if COMPARE_SIZE in args.sizes else args.sizes[-1]
    stats, sanity, commands = compare_tools(size, args.runs)
    series = scaling_series(args.sizes, size, stats["reportlint"], args.runs)
    cold_cmd = [str(RL), "check", str(COLD_START_SAMPLE), "--no-progress"]
    cold_ms = measure({"cold start": ("reportlint", cold_cmd, REPO)}, COLD_START_RUNS)["cold start"]["median"] * 1000
    commands["cold start"] = f"cd {REPO} && {shlex.join(cold_cmd)}"
    rss = stats["reportlint"]["rss_mib"]

    report = [
        "# ReportLint side by side with cspell and hunspell", "",
        machine_line(build), "",
        "\"MB\" means MiB (1,048,576 bytes) of UTF-8 text on disk, in files of about 64 KiB generated "
        f"from samples/*.txt and samples/*.md (seed {SEED}).", "",
        *comparison_table(stats, sanity, size, args.runs), "",
        *scaling_table(series, size, args.runs), "",
        "## Cold start", "",
        f"`reportlint check samples/{COLD_START_SAMPLE.name} --no-progress`, whole process, median of "
        f"{COLD_START_RUNS} runs after 1 warm-up: {cold_ms:.0f} ms "
        f"({'under' if cold_ms < COLD_START_AIM_MS else 'NOT under'} the {COLD_START_AIM_MS} ms aim)."
        + ("" if build in (SHIPPED_BUILD, AS_FOUND) else f" **Measured on a {build} build: not the start-up users get.**"), "",
        "## Memory", "",
        f"Peak RSS of reportlint on the {size_label(size)} MB corpus: {rss:.0f} MiB "
        f"({'within' if rss <= MEMORY_AIM_MIB else 'ABOVE'} the {MEMORY_AIM_MIB} MiB aim).", "",
        "## Commands", "",
        *[f"- {tool}: `{command}`" for tool, command in commands.items()], "",
        f"Whole script: {time.perf_counter() - started:.0f} s.",
    ]
    text = "\n".join(report) + "\n"
    sys.stdout.write(text)
    (BENCH / "compare.md").write_text(text, encoding="utf-8")
    log(f"written {(BENCH / 'compare.md').relative_to(REPO)}")


if __name__ == "__main__":
    main()
