"""Rust toolchain discovery, the kernel target spec, and the cargo driver."""

from longmode.toolchain.cargo import BuildRequest, build_kernel
from longmode.toolchain.discover import Toolchain, ToolchainMissing, find_toolchain
from longmode.toolchain.targetspec import SEED_SPEC, TARGET_NAME, seed_target_spec, write_spec

__all__ = [
    "SEED_SPEC",
    "TARGET_NAME",
    "BuildRequest",
    "Toolchain",
    "ToolchainMissing",
    "build_kernel",
    "find_toolchain",
    "seed_target_spec",
    "write_spec",
]
