using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Web.Features.DataDashboards;

namespace SchoolImprovement.Web.Features.DueDiligence;

/// <summary>
/// The due diligence report as a CSV file: the report page's content in its order (academic strand, financial strand,
/// further actions), one line per field or area. Written by <see cref="CsvExport"/>, so a cell a spreadsheet would take
/// for a formula (beginning with = + - @, tab or carriage return) starts with an apostrophe.
/// </summary>
public static class DueDiligenceCsv
{
    public static readonly IReadOnlyList<string> Header = ["Section", "Item", "RAG risk assessment", "Comments"];

    public static string FileName(DueDiligenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var slug = new string([.. report.SchoolName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return $"due-diligence-{(slug.Length == 0 ? "school" : slug)}.csv";
    }

    public static byte[] Write(DueDiligenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return CsvExport.Write(Header, Rows(report));
    }

    private static IEnumerable<IReadOnlyList<object?>> Rows(DueDiligenceReport r)
    {
        foreach (var strand in DueDiligenceAreas.Strands)
        {
            var section = strand.Label();
            yield return [section, strand == DueDiligenceStrand.Academic ? "School" : "Academy", null, r.SchoolName];
            yield return [section, "URN", null, r.Urn?.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            yield return [section, "Headteacher", null, r.Headteacher];
            yield return [section, "Chair of Governors", null, r.ChairOfGovernors];
            yield return [section, "Date, Time and Location", null, r.HeldAt];
            yield return [section, "Due Diligence Completed By", null, r.CompletedBy];
            if (strand == DueDiligenceStrand.Academic)
            {
                yield return [section, "Evidence Gathered", null, r.EvidenceGathered];
                yield return [section, "General Observations", null, r.GeneralObservations];
            }
            else
            {
                yield return [section, "Introduction", null, r.Introduction];
            }

            foreach (var area in r.AreasOf(strand))
            {
                yield return [section, area.Label, area.Rag?.Label() ?? "Not rated", area.Comments];
            }
        }

        yield return ["Further Actions", "Further Actions", null, r.FurtherActions];
        yield return ["Outcome", "Status", null, r.Status.Label()];
        if (r.ProposedCategory is not null)
        {
            yield return ["Outcome", "Proposed first category", null, r.ProposedCategory];
        }

        if (r.CompletedOn is { } completed)
        {
            yield return ["Outcome", "Completed on", null, UkFormat.Date(completed)];
        }

        if (r.WithdrawnOn is { } withdrawn)
        {
            yield return ["Outcome", "Withdrawn on", null, UkFormat.Date(withdrawn)];
        }
    }
}
