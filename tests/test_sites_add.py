"""`pressarchive sites add URL` writes a profile to the user's directory, never into the package,
and the profile is found from there (and from `--sites-dir`) like a packaged one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from crawler.replicas.server import ReplicaServer
from crawler.sites import SITES_DIR
from tests.conftest import REPO
from tests.generators.dev import HOSTS

HOST = "www.spd-beispieldorf.test"


def pressarchive(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pressarchive", *args],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.fixture(scope="module")
def added(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    user_dir = tmp_path_factory.mktemp("user-sites")
    with ReplicaServer([HOSTS], include_builtin=False) as server:
        result = pressarchive(
            "sites", "add", f"http://{HOST}/", "--party", "SPD", "--max-pages", "20",
            "--replica-proxy", server.proxy_url, "--replica-host", HOST,
            env={"PRESSARCHIVE_USER_SITES_DIR": str(user_dir)},
        )  # fmt: skip
    return user_dir, result


def test_sites_add_writes_the_profile_into_the_user_directory(added):
    user_dir, result = added
    assert result.returncode == 0, result.stderr[-2000:]
    written = list(user_dir.glob("*.toml"))
    assert len(written) == 1
    profile = tomllib.loads(written[0].read_text(encoding="utf-8"))
    assert profile["start_urls"] == [f"http://{HOST}/"]
    assert profile["party"] == "SPD"
    assert f"written: {written[0]}" in " ".join(result.stdout.split())
    assert not any(SITES_DIR.rglob(written[0].name)), "sites add must not write into the package"


def test_an_added_profile_is_listed_and_a_second_add_refuses_to_overwrite(added):
    user_dir, _ = added
    env = {"PRESSARCHIVE_USER_SITES_DIR": str(user_dir)}
    listed = pressarchive("sites", "--json", env=env)
    ids = {json.loads(line)["id"] for line in listed.stdout.splitlines()}
    site_id = next(user_dir.glob("*.toml")).stem
    assert site_id in ids
    assert "rvr" in ids
    again = pressarchive("sites", "add", f"http://{HOST}/", "--max-pages", "5", env=env)
    assert again.returncode != 0
    assert "belongs to the known site" in again.stderr
    assert "Traceback" not in again.stderr


def test_sites_dir_adds_a_directory_of_profiles(added, tmp_path):
    user_dir, _ = added
    empty_user_dir = tmp_path / "nobody"
    env = {"PRESSARCHIVE_USER_SITES_DIR": str(empty_user_dir)}
    site_id = next(user_dir.glob("*.toml")).stem
    without = pressarchive("sites", "--json", env=env)
    assert site_id not in without.stdout
    with_dir = pressarchive("--sites-dir", str(user_dir), "sites", "--json", env=env)
    assert with_dir.returncode == 0, with_dir.stderr
    assert site_id in {json.loads(line)["id"] for line in with_dir.stdout.splitlines()}
