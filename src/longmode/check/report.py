"""What a check found, and how it is shown."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    """One broken rule at one place: ``rule`` is a short id such as ``red-zone``."""

    rule: str
    message: str
    #: Every place behind the message (one line each), shown by ``render(verbose=True)``.
    details: tuple[str, ...] = ()


@dataclass
class Report:
    """The outcome of checking one kernel: a header, passed rules, findings."""

    header: list[str] = field(default_factory=list)
    passed: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.findings

    def rules_broken(self) -> dict[str, int]:
        """How many findings each broken rule has, in the order first seen."""
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.rule] = counts.get(finding.rule, 0) + 1
        return counts

    def render(self, verbose: bool = False) -> str:
        """The report as text; ``verbose`` lists every place behind each finding."""
        lines = [*self.header]
        lines += [f"ok    {line}" for line in self.passed]
        for finding in self.findings:
            lines.append(f"FAIL  {finding.rule}: {finding.message}")
            if verbose:
                lines += [f"        {detail}" for detail in finding.details]
        if self.clean:
            lines.append("clean: every rule holds")
        else:
            broken = ", ".join(f"{rule} ({n})" for rule, n in self.rules_broken().items())
            lines.append(f"{len(self.findings)} problem(s): {broken}")
        return "\n".join(lines)
