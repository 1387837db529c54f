using SchoolImprovement.Domain.Committee;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>Draws a pack's content as a PDF (cover, contents, sections, header and footer), through the PDF layout module.</summary>
public interface IPackPdfRenderer
{
    byte[] Render(PackContent content, PackEdition edition);
}

/// <summary>Which copy of the pack this is, as the cover and every page's footer say.</summary>
/// <param name="Label">"Version 2, published 3 December 2026" or "Draft, not for circulation".</param>
/// <param name="Hash">The published snapshot's SHA-256 (null for a draft).</param>
/// <param name="CorrectionReason">Why this version replaced an earlier one (null for the first).</param>
public sealed record PackEdition(string Label, string? Hash, string? CorrectionReason);
