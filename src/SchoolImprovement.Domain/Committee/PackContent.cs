using SchoolImprovement.Domain.Assessment;

namespace SchoolImprovement.Domain.Committee;

/// <summary>
/// What an Education and Standards Committee pack says: built from live data as a draft, and stored, serialised
/// (<see cref="PackSnapshot"/>), when published, so that the published pack never changes. Short and exception-based:
/// every section says what changed since the last pack and what needs the committee's decision. Sections the trust's
/// profile does not use, or that hold nothing yet, are left out rather than shown empty. The web view and the PDF are
/// both drawn from this and nothing else.
/// </summary>
/// <param name="TrustName">The trust, as the pack's cover and footer name it.</param>
/// <param name="MeetingOn">The committee meeting the pack is for.</param>
/// <param name="BuiltAt">UTC, when the content was read from the live data.</param>
/// <param name="PreviousMeetingOn">The meeting of the last published pack the changes are counted from; null for the first pack.</param>
public sealed record PackContent(
    string TrustName,
    DateOnly MeetingOn,
    DateTime BuiltAt,
    DateOnly? PreviousMeetingOn,
    IReadOnlyList<PackSection> Sections)
{
    /// <summary>Every item of every section, in pack order.</summary>
    public IEnumerable<PackItem> Items => Sections.SelectMany(s => s.Items);

    /// <summary>The items that ask the committee to decide (everything but designations for information).</summary>
    public IEnumerable<PackItem> ForDecision => Items.Where(i => i.Kind.NeedsDecision());

    public PackSection? Section(PackSectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}

/// <summary>One section of a pack.</summary>
/// <param name="Summary">One or two sentences: the headline of the section ("4 of 52 schools are causing concern; 1 newly designated").</param>
/// <param name="Changes">What changed since the last pack, one line each (empty: nothing changed, or the first pack).</param>
/// <param name="Items">What the committee is asked to decide or to note (<see cref="CommitteeItemKind"/>).</param>
/// <param name="Tables">Tables, each row naming its school when it is about one.</param>
/// <param name="Charts">Bar charts (headline data against national and target).</param>
public sealed record PackSection(
    PackSectionKind Kind,
    string Title,
    string Summary,
    IReadOnlyList<string> Changes,
    IReadOnlyList<PackItem> Items,
    IReadOnlyList<PackTable> Tables,
    IReadOnlyList<PackChart> Charts);

/// <summary>An item put to the committee: the record it flows back to (<paramref name="ItemId"/> of <paramref name="Kind"/>), its school and what it asks.</summary>
/// <param name="Context">Where it came from or its history, e.g. "RAB meeting of 3 October 2026" or "Deferred on 12 November 2026: awaiting the summer results".</param>
public sealed record PackItem(
    CommitteeItemKind Kind,
    Guid ItemId,
    Guid SchoolId,
    string SchoolName,
    string Text,
    string? Context);

/// <summary>A table; the first row's cells line up with <paramref name="Columns"/>.</summary>
public sealed record PackTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<PackRow> Rows);

/// <summary>A table row; <paramref name="SchoolId"/> set when the row is about one school (the web pack links it).</summary>
public sealed record PackRow(Guid? SchoolId, IReadOnlyList<PackCell> Cells);

/// <summary>A cell: text, shown as a RAG chip when <paramref name="Rag"/> is set.</summary>
public sealed record PackCell(string Text, Rag? Rag = null);

/// <summary>A bar chart: one group of bars per <see cref="PackBar"/> (the value, national and target side by side).</summary>
/// <param name="Unit">"%" or "points": how values are shown.</param>
public sealed record PackChart(string Title, string Unit, IReadOnlyList<PackBar> Bars);

/// <summary>One group in a chart; national or target null when there is none.</summary>
public sealed record PackBar(string Label, decimal? Value, decimal? National, decimal? Target);
