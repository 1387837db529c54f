using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Imports;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Web.Features.SchoolRegister;

/// <summary>One row of the choice page: the establishment in the file and whether the trust already has it.</summary>
public sealed record ImportChoice(GiasEstablishment Establishment, bool InRegister, bool Selected);

public sealed record ImportPreview(string FileName, string Payload, IReadOnlyList<ImportChoice> Rows);

public abstract record ImportOutcome
{
    /// <summary>The file cannot be imported: every problem, nothing saved. Line 0 is the file as a whole.</summary>
    public sealed record Problems(string? FileName, IReadOnlyList<GiasProblem> List) : ImportOutcome;

    /// <summary>The file is good: choose which URNs belong to the trust (with any messages about the last choice).</summary>
    public sealed record Choose(ImportPreview Preview, IReadOnlyList<string> Messages) : ImportOutcome;

    public sealed record Imported(int Added, int Updated) : ImportOutcome;
}

/// <summary>
/// Imports schools from a GIAS establishment file in two steps: upload (read and check the whole
/// file) and confirm (create or update the chosen URNs, all in one save).
/// <para>
/// Between the steps the file travels back to the browser as a hidden field, gzipped and sealed
/// with ASP.NET Core Data Protection (encrypted and authenticated), bound to this trust and this
/// user and valid for an hour. The confirm step unseals it and reads and checks it again, so
/// nothing the client sends is trusted: a changed, expired or another user's payload is refused.
/// This was chosen over a temporary file in the data folder because it leaves nothing on disk to
/// clean up, and works the same behind several web servers that share the Data Protection keys
/// (as the sign-in cookie and antiforgery already require).
/// </para>
/// </summary>
public sealed class GiasImportHandler(PortalDbContext db, IDataProtectionProvider protection, TrustContext trust, TimeProvider clock)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    private const string Purpose = "SchoolImprovement.SchoolRegister.GiasImport.v1";
    private static readonly TimeSpan PayloadLifetime = TimeSpan.FromHours(1);

    private DateOnly Today => clock.Today();

    public async Task<ImportOutcome> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Refused(null, "Choose a GIAS establishment CSV file to upload.");
        }

        var fileName = Path.GetFileName(file.FileName);
        if (!string.Equals(Path.GetExtension(fileName), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            return Refused(fileName, "The file must be a CSV file (ending .csv), as downloaded from GIAS.");
        }

        if (file.Length > MaxBytes)
        {
            return Refused(fileName, $"The file is larger than {MaxBytes / 1024 / 1024} MB. Download only your trust's establishments from GIAS.");
        }

        byte[] bytes;
        await using (var stream = file.OpenReadStream())
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }

        // A CSV file is text: a NUL byte means a binary file (a spreadsheet or an archive renamed .csv).
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return Refused(fileName, "The file is not a CSV text file. Save it as CSV, or download it again from GIAS.");
        }

        return await PreviewAsync(fileName, bytes, selected: null, [], cancellationToken);
    }

    public async Task<ImportOutcome> ConfirmAsync(ImportConfirmForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fileName = Path.GetFileName(form.FileName ?? "");
        var bytes = Unseal(form.Payload);
        if (bytes is null)
        {
            return Refused(fileName, "The uploaded file has expired or was changed. Upload it again.");
        }

        var read = GiasEstablishmentReader.Read(new MemoryStream(bytes), Today);
        if (!read.IsValid)
        {
            return new ImportOutcome.Problems(fileName, read.Problems);
        }

        var chosen = (form.Urns ?? []).Distinct().ToHashSet();
        var inFile = read.Establishments.ToDictionary(e => e.Details.Urn);
        if (chosen.Count == 0)
        {
            return await PreviewAsync(fileName, bytes, chosen, ["Choose at least one school that belongs to the trust."], cancellationToken);
        }

        if (chosen.Any(urn => !inFile.ContainsKey(urn)))
        {
            return await PreviewAsync(fileName, bytes, chosen, ["Choose only URNs from the file."], cancellationToken);
        }

        var existing = await db.Schools.Where(s => chosen.Contains(s.Urn)).ToDictionaryAsync(s => s.Urn, cancellationToken);
        int added = 0, updated = 0;
        try
        {
            foreach (var urn in chosen.Order())
            {
                var row = inFile[urn];
                if (existing.TryGetValue(urn, out var school))
                {
                    // Without an open date in the file, a school already in the register keeps its date joined.
                    school.Update(row.Details with { DateJoined = row.OpenDate ?? school.DateJoined });
                    updated++;
                }
                else
                {
                    db.Schools.Add(new School(row.Details));
                    added++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return await PreviewAsync(fileName, bytes, chosen, [e.Message + " Nothing has been imported."], cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Someone changed or added one of these schools while the import ran: all or nothing, so nothing was saved.
            db.ChangeTracker.Clear();
            return await PreviewAsync(fileName, bytes, chosen, ["Someone else changed the register while this import ran. Nothing has been imported; check the choice and import again."], cancellationToken);
        }

        return new ImportOutcome.Imported(added, updated);
    }

    private async Task<ImportOutcome> PreviewAsync(string fileName, byte[] bytes, HashSet<int>? selected, IReadOnlyList<string> messages, CancellationToken cancellationToken)
    {
        var read = GiasEstablishmentReader.Read(new MemoryStream(bytes), Today);
        if (!read.IsValid)
        {
            return new ImportOutcome.Problems(fileName, read.Problems);
        }

        var urns = read.Establishments.Select(e => e.Details.Urn).ToList();
        var inRegister = (await db.Schools.Where(s => urns.Contains(s.Urn)).Select(s => s.Urn).ToListAsync(cancellationToken)).ToHashSet();
        var rows = read.Establishments
            .Select(e => new ImportChoice(e, inRegister.Contains(e.Details.Urn), selected?.Contains(e.Details.Urn) ?? inRegister.Contains(e.Details.Urn)))
            .ToList();
        return new ImportOutcome.Choose(new ImportPreview(fileName, Seal(bytes), rows), messages);
    }

    private static ImportOutcome.Problems Refused(string? fileName, string reason) => new(fileName, [new GiasProblem(0, reason)]);

    private ITimeLimitedDataProtector Protector =>
        protection.CreateProtector(Purpose, (trust.TrustId ?? Guid.Empty).ToString(), (trust.UserId ?? Guid.Empty).ToString())
            .ToTimeLimitedDataProtector();

    private string Seal(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return WebEncoders.Base64UrlEncode(Protector.Protect(packed.ToArray(), PayloadLifetime));
    }

    private byte[]? Unseal(string? payload)
    {
        if (string.IsNullOrEmpty(payload))
        {
            return null;
        }

        try
        {
            var packed = Protector.Unprotect(WebEncoders.Base64UrlDecode(payload), out _);
            using var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            return bytes.ToArray();
        }
        catch (Exception e) when (e is CryptographicException or FormatException or InvalidDataException)
        {
            return null;
        }
    }
}
