"""The worksheet's compositor: Textual's, painting a frame's changes in groups.

Textual paints a frame's changed regions by rendering every widget that overlaps the one
rectangle around all of them. A key in a field at the left changes the field, the chain's
lines at the right and (once) the file's mark at the top: the rectangle around them is most
of the screen, some 75 widgets at 80x24, each asked for its lines. Here the changed regions
are grouped — regions whose columns overlap, split where more than a few rows lie between
them — and each group's rectangle is rendered alone: some 20 widgets for the same frame,
each asked only for its lines in the rectangle's rows (Textual asks a widget for all of its
visible lines, a container the height of the screen for every one to paint one row); and a
widget whose part of those rows lies wholly under the widgets above it (a container under
its children) is not rendered at all, which halves the widgets rendered for a key again.
What the terminal is sent is the same: the same spans, each cell from the same widgets in the
same order (a cell of a group's rectangle is covered by exactly the widgets that overlap it,
all of which overlap the rectangle). tests/tui/test_tui_paint.py compares every frame of a
session with Textual's own.

Textual's ``Compositor.render_partial_update``, ``_get_renders`` and ``_render_chops`` are
private: if a Textual lacks them this falls back to Textual's painting, and
tests/tui/test_tui_textual_internals.py names what is gone.
"""

from __future__ import annotations

from textual._compositor import ChopsUpdate, Compositor
from textual.geometry import Region

#: Changed regions further apart than this many rows are rendered apart.
ROWS_APART = 3


def groups_of(regions: list[Region]) -> list[list[Region]]:
    """The regions grouped where their columns overlap, each group split where more than
    ``ROWS_APART`` rows lie between its regions."""
    columns: list[list] = []  # [left, right, regions]
    for region in sorted(regions, key=lambda r: r.x):
        if columns and region.x < columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], region.right)
            columns[-1][2].append(region)
        else:
            columns.append([region.x, region.right, [region]])
    groups: list[list[Region]] = []
    for _, _, members in columns:
        members.sort(key=lambda r: r.y)
        run, bottom = [members[0]], members[0].bottom
        for region in members[1:]:
            if region.y > bottom + ROWS_APART:
                groups.append(run)
                run, bottom = [region], region.bottom
            else:
                run.append(region)
                bottom = max(bottom, region.bottom)
        groups.append(run)
    return groups


class GroupedCompositor(Compositor):
    """Textual's compositor, rendering each group of a frame's changed regions alone."""

    def render_partial_update(self) -> ChopsUpdate | None:
        regions = list(self._dirty_regions)
        if not regions:
            return super().render_partial_update()
        groups = groups_of(regions)
        if len(groups) == 1:  # one rectangle: as Textual paints it
            return super().render_partial_update()
        self._dirty_regions.clear()
        screen = self.size.region
        spans = list(self._regions_to_spans(regions))
        cuts = self.cuts
        chops: list[dict] = [dict.fromkeys(cut_set[:-1]) for cut_set in cuts]
        for group in groups:
            crop = Region.from_union(group).intersection(screen)
            if not crop:
                continue
            rows = {y for region in group for y in range(region.y, region.bottom)
                    if 0 <= y < len(cuts)}
            part = self._render_chops(crop, rows.__contains__)
            left, right = crop.x, crop.right
            for y in rows:
                cut_set, rendered, line = cuts[y], part[y], chops[y]
                for index in range(len(cut_set) - 1):
                    cut = cut_set[index]
                    # the cells from this cut to the next, where they meet the rectangle
                    if cut < right and cut_set[index + 1] > left:
                        strip = rendered[cut]
                        if strip is not None:
                            line[cut] = strip
        return ChopsUpdate(chops, spans, [cut_set[1:] for cut_set in cuts])


    def _get_renders(self, crop: Region | None = None):
        """Each widget that overlaps ``crop`` and shows in it, rendered in the rows of
        ``crop`` only (all its columns there): Textual renders each such widget whole, and a
        container the height of the screen is asked for every one of its lines to paint one
        row. A widget whose part of those rows lies wholly under the widgets above it (a
        container under its children, most often) is not rendered: Textual paints a cell
        from the first widget, top-most first, that covers it (``_render_chops``), so
        nothing of it would be painted."""
        if crop is None:
            yield from super()._get_renders(crop)
            return
        band = Region(0, crop.y, max(self.size.width, crop.right), crop.height)
        overlaps, intersection = crop.overlaps, Region.intersection
        covered = Covered(crop.y, crop.height)
        for widget, (region, clip) in self.visible_widgets.items():
            if not overlaps(clip):
                continue
            clip = intersection(clip, band)
            shown = intersection(region, clip)
            x, y, width, height = shown
            if width and height and not covered.add(shown):
                yield region, clip, widget.render_lines(
                    Region(x - region.x, y - region.y, width, height))


class Covered:
    """The cells of some rows covered so far: for each row, the spans of columns (sorted,
    apart) the widgets already rendered cover."""

    def __init__(self, top: int, height: int) -> None:
        self.top = top
        self.rows: list[list[tuple[int, int]]] = [[] for _ in range(height)]

    def add(self, box: Region) -> bool:
        """Whether ``box`` was already wholly covered; if not, it is covered from now on."""
        left, right = box.x, box.right
        rows = self.rows[box.y - self.top:box.bottom - self.top]
        if all(any(start <= left and right <= end for start, end in row) for row in rows):
            return True
        for row in rows:
            merged, placed = [], False
            for start, end in row:
                if end < left or start > right:  # apart (spans that touch are merged)
                    if start > right and not placed:
                        merged.append((left, right))
                        placed = True
                    merged.append((start, end))
                else:
                    left, right = min(left, start), max(right, end)
            if not placed:
                merged.append((left, right))
            row[:] = merged
            left, right = box.x, box.right
        return False


def has_textual_internals() -> bool:
    """Whether this Textual has what GroupedCompositor overrides and calls."""
    probe = Compositor()
    return (all(callable(getattr(Compositor, name, None))
                for name in ("render_partial_update", "_render_chops", "_regions_to_spans",
                             "_get_renders"))
            and all(hasattr(probe, name)
                    for name in ("_dirty_regions", "cuts", "size", "visible_widgets")))


def compositor() -> Compositor:
    """The compositor for the worksheet: grouped where this Textual allows it."""
    return GroupedCompositor() if TEXTUAL_INTERNALS else Compositor()


TEXTUAL_INTERNALS = has_textual_internals()
