"""A §1B1.10 reduction (``ussg reduce``) as text, Markdown or JSON: the ranges, eligibility
and why, the lowest term allowed with each limit, and the steps the amendments changed."""

from __future__ import annotations

from ussg.guidelines.engine.computation import Step
from ussg.guidelines.engine.tables import format_date
from decimal import Decimal

from ussg.guidelines.manual.ch1.part_b_reductions import ImpactSummary, Reduction, level_chain


def _months(value: int | None) -> str:
    return "none" if value is None else f"{value} months"


def _step_line(step: Step | None) -> str:
    if step is None:
        return "(not applied)"
    arrow = "" if step.change[:1] in ("→", "=", "+", "-", "−") else "→ "
    return f"{step.section} {step.title}: {step.input} {arrow}{step.change}" + (
        f" ({step.source})" if step.source else "")


def reduction_facts(r: Reduction) -> list[tuple[str, str]]:
    """The summary rows both text and Markdown print."""
    rows = [
        ("Motion decided", format_date(r.motion_date)),
        ("§1B1.10 applied", f"as in force on {format_date(r.motion_date)} ({r.policy.citation})"),
        ("Manual at sentencing", r.original.manual),
        ("Covered amendments applied", ", ".join(r.amendments) or "none"),
        ("Original range", str(r.original_range)),
        ("Amended range", "not determined" if r.amended_range is None else str(r.amended_range)),
    ]
    rows.append(("Offense level (original)", level_chain(r.original)))
    if r.amended is not None:
        rows.append(("Offense level (amended)", level_chain(r.amended)))
    rows.append(("Term imposed", str(r.imposed) if r.imposed else "not stated"))
    rows.append(("Eligible", ("yes" if r.eligible else "no") + f" ({r.reason_section})"))
    rows.append(("Why", r.reason))
    if r.eligible:
        rows.append(("Lowest term allowed", _months(r.lowest_months) if r.lowest_months
                     is not None else "no limit in §1B1.10 as in force then"))
        if r.most_months is not None:
            rows.append(("Reduction possible", f"at most {r.most_months} months" if r.most_months
                         else "none: the term imposed is not above the lowest term allowed"))
    return rows


def text_reduction(r: Reduction) -> str:
    lines = [r.case_name or "Sentence reduction", "=" * max(len(r.case_name), 18)]
    width = max(len(k) for k, _ in reduction_facts(r))
    lines += [f"{k:<{width}}  {v}" for k, v in reduction_facts(r)]
    if r.limits:
        lines += ["", "Limits"]
        lines += [f"  {s.section} {s.title}: {s.input} → {s.change}" for s in r.limits]
    if r.changed:
        lines += ["", "Steps the amendments changed"]
        for before, after in r.changed:
            lines += [f"  was: {_step_line(before)}", f"  now: {_step_line(after)}"]
    if r.not_considered:
        lines += ["", "Covered amendments not considered"]
        lines += [f"  {n}" for n in r.not_considered]
    for warning in r.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines) + "\n"


def markdown_reduction(r: Reduction) -> str:
    lines = [f"# {r.case_name or 'Sentence reduction'}", "", "| | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in reduction_facts(r)]
    if r.limits:
        lines += ["", "## Limits", "", "| Section | Limit | Input | Term | Text |",
                  "|---|---|---|---|---|"]
        lines += [f"| {s.section} | {s.title} | {s.input} | {s.change} | {s.reason} |"
                  for s in r.limits]
    if r.changed:
        lines += ["", "## Steps the amendments changed", "", "| At sentencing | Amended |",
                  "|---|---|"]
        lines += [f"| {_step_line(a)} | {_step_line(b)} |" for a, b in r.changed]
    if r.not_considered:
        lines += ["", "## Covered amendments not considered", ""]
        lines += [f"- {n}" for n in r.not_considered]
    return "\n".join(lines) + "\n"


def _step_json(step: Step | None) -> dict | None:
    if step is None:
        return None
    return {"section": step.section, "title": step.title, "input": step.input,
            "change": step.change, "level": step.level, "reason": step.reason,
            "source": str(step.source)}


def reduction_json(r: Reduction) -> dict:
    def rng(value):
        return None if value is None else {"min_months": value.min_months,
                                           "max_months": value.max_months, "life": value.life}
    return {
        "case_name": r.case_name,
        "motion_date": r.motion_date.isoformat(),
        "policy_statement": {"section": "§1B1.10", "effective": r.policy.effective.isoformat(),
                             "amendments": list(r.policy.amendments),
                             "citation": str(r.policy.citation),
                             "covered": r.policy["list_text"]},
        "manual_at_sentencing": r.original.manual,
        "amendments": list(r.amendments),
        "substituted": [{"table": t, "version_effective": d.isoformat()}
                        for t, d in r.substituted],
        "original_range": rng(r.original_range),
        "amended_range": rng(r.amended_range),
        "amended_offense_level": None if r.amended is None else level_chain(r.amended),
        "imposed": rng(r.imposed),
        "eligible": r.eligible,
        "reason_section": r.reason_section,
        "reason": r.reason,
        "lowest_months": r.lowest_months,
        "most_months": r.most_months,
        "limits": [_step_json(s) for s in r.limits],
        "changed_steps": [{"original": _step_json(a), "amended": _step_json(b)}
                          for a, b in r.changed],
        "not_considered": r.not_considered,
        "warnings": r.warnings,
    }


def _decimal(value: Decimal | None) -> str:
    return "–" if value is None else f"{value.quantize(Decimal('0.1')):f}".removesuffix(".0")


def text_impact(summary: ImpactSummary, width: int = 50) -> str:
    """The counts, the reasons and the distribution of the largest reduction allowed, with a
    histogram in bins of 12 months (or a multiple of 12, for at most 12 bins)."""
    lines = ["Impact of the motions", "=====================",
             f"Motions                {summary.motions}",
             f"Eligible               {summary.eligible}",
             f"Not eligible           {sum(summary.reasons.values())}"]
    lines += [f"  {section:<21}{count}" for section, count in sorted(summary.reasons.items())]
    lines.append(f"Not computed           {summary.not_computed}")
    if summary.counted:
        months = sorted(summary.months)
        lines += ["", "Largest reduction allowed, months (eligible motions with a term in "
                  "months)",
                  f"  min {months[0]}   median {_decimal(summary.quantile(Decimal(1) / 2))}   "
                  f"mean {_decimal(summary.mean)}   max {months[-1]}", ""]
        binned = histogram_bins(summary)
        top = max(count for _, _, count in binned)
        for low, high, count in binned:
            bar = "█" * (round(width * count / top) if count else 0)
            lines.append(f"  {low:>4}–{high:<4} {bar} {count}")
    return "\n".join(lines) + "\n"


def histogram_bins(summary: ImpactSummary) -> list[tuple[int, int, int]]:
    """(first month, last month, motions) of each bin of 12 months (or a multiple of 12, for
    at most 12 bins), from the lowest reduction's bin to the highest's, empty ones included."""
    if not summary.counted:
        return []
    months = sorted(summary.months)
    step = 12 * max(1, -(-(months[-1] // 12 - months[0] // 12 + 1) // 12))
    bins: dict[int, int] = {}
    for value, count in summary.months.items():
        bins[value // step] = bins.get(value // step, 0) + count
    return [(index * step, index * step + step - 1, bins.get(index, 0))
            for index in range(min(bins), max(bins) + 1)]


def svg_impact(summary: ImpactSummary) -> str:
    """The histogram of the largest reduction allowed as an SVG chart (`ussg reduce --summary
    --chart FILE.svg`): one bar a bin, its motions above it, the months below, the counts of
    the summary in the title. Plain SVG 1.1, no script, no external resource."""
    binned = histogram_bins(summary)
    width, height, left, bottom, top_margin = 640, 360, 56, 48, 56
    plot_w, plot_h = width - left - 16, height - bottom - top_margin
    title = (f"Largest reduction allowed (months): {summary.counted} eligible motions of "
             f"{summary.motions}")
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
             f'<title>{_escape(title)}</title>',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="{left}" y="24" font-size="14">{_escape(title)}</text>']
    if not binned:
        parts.append(f'<text x="{left}" y="{top_margin + 20}">no eligible motion with a '
                     f'reduction in months</text>')
    else:
        peak = max(count for _, _, count in binned)
        bar_w = plot_w / len(binned)
        for i, (low, high, count) in enumerate(binned):
            h = 0 if not count else max(1, round(plot_h * count / peak))
            x = left + i * bar_w
            y = top_margin + plot_h - h
            parts.append(f'<rect x="{x + 2:.1f}" y="{y}" width="{bar_w - 4:.1f}" height="{h}" '
                         f'fill="#4a6fa5"><title>{low}–{high} months: {count}</title></rect>')
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{y - 4}" text-anchor="middle">'
                         f'{count}</text>')
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{top_margin + plot_h + 16}" '
                         f'text-anchor="middle">{low}–{high}</text>')
        parts.append(f'<line x1="{left}" y1="{top_margin + plot_h}" x2="{left + plot_w}" '
                     f'y2="{top_margin + plot_h}" stroke="black"/>')
        parts.append(f'<text x="{left + plot_w / 2:.0f}" y="{height - 10}" '
                     f'text-anchor="middle">months</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def impact_json(summary: ImpactSummary) -> dict:
    return {"motions": summary.motions, "eligible": summary.eligible,
            "not_eligible": dict(sorted(summary.reasons.items())),
            "not_computed": summary.not_computed,
            "most_months": {"min": min(summary.months, default=None),
                            "median": None if not summary.counted else
                            str(summary.quantile(Decimal(1) / 2)),
                            "mean": None if summary.mean is None else _decimal(summary.mean),
                            "max": max(summary.months, default=None),
                            "counts": {str(k): v for k, v in sorted(summary.months.items())}}}
