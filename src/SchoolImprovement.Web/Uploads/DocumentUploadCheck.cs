namespace SchoolImprovement.Web.Uploads;

/// <summary>
/// PLACEHOLDER (branch wt-returns) for the real checks written on branch wt-upload, which replace this file
/// whole at merge: refuses a missing or empty file and accepts .pdf, .docx and .xlsx by extension only.
/// </summary>
public sealed class DocumentUploadCheck
{
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public Task<DocumentCheckResult> CheckAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return Task.FromResult(Refuse("Choose a file to upload: the file is empty or missing."));
        }

        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        return Task.FromResult(Allowed.TryGetValue(Path.GetExtension(name), out var type)
            ? new DocumentCheckResult(true, null, name, type)
            : Refuse("Upload a PDF, Word (.docx) or Excel (.xlsx) file."));
    }

    private static DocumentCheckResult Refuse(string why) => new(false, why, "", "");
}

/// <summary>What the check decided: accepted with a safe name and the content type to store, or refused with the reason for the user.</summary>
public sealed record DocumentCheckResult(bool Accepted, string? Refusal, string SafeName, string ContentType);
