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
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.SchoolRegister;

/// <summary>The upload page; its problems, if any, are in ModelState.</summary>
public sealed record ImportPage(string? FileName);

/// <summary>
/// One row of the choice page: the establishment in the file, whether the trust already has it, and
/// whether its "Trusts (name)" is this trust's name (<see cref="GiasImportHandler.SameTrustName"/>).
/// </summary>
public sealed record ImportChoice(GiasEstablishment Establishment, bool InRegister, bool MatchesTrust, bool Selected);

/// <summary>The choice page: the file's establishments, to tick those that belong to the trust; the file sealed for the next step.</summary>
public sealed record ImportChoosePage(string FileName, string Payload, string TrustName, IReadOnlyList<ImportChoice> Rows)
{
    public int Matching => Rows.Count(r => r.MatchesTrust);
}

/// <summary>The upload step's answer: the choice page, or the file refused with every problem (nothing kept).</summary>
public sealed record ImportRead(ImportChoosePage? Page, CommandResult.Refused? Refused);

/// <summary>
/// Imports schools from a GIAS establishment file in two steps: upload (read and check the whole
/// file: a query) and confirm (create or update the chosen URNs, all in one save: a command).
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
public sealed class GiasImportHandler(PortalDbContext db, IDataProtectionProvider protection, TrustContext trust, TimeProvider clock, IConfiguration configuration)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The most establishments one file may hold (docs/gias-import.md); default <see cref="GiasEstablishmentReader.DefaultMaxRows"/>.</summary>
    public const string MaxRowsSetting = "Imports:GiasMaxRows";
    private const string Purpose = "SchoolImprovement.SchoolRegister.GiasImport.v1";
    private const string Expired = "The uploaded file has expired or was changed. Upload it again.";
    private static readonly TimeSpan PayloadLifetime = TimeSpan.FromHours(1);

    private DateOnly Today => clock.Today();

    private int MaxRows => configuration.GetValue(MaxRowsSetting, GiasEstablishmentReader.DefaultMaxRows) is var max and > 0 ? max : GiasEstablishmentReader.DefaultMaxRows;

    private GiasReadResult ReadFile(byte[] bytes) => GiasEstablishmentReader.Read(new MemoryStream(bytes), Today, MaxRows);

    /// <summary>The upload: the choice page for a good file, or every problem with it.</summary>
    public async Task<ImportRead> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Refused("Choose a GIAS establishment CSV file to upload.");
        }

        var fileName = Path.GetFileName(file.FileName);
        if (!string.Equals(Path.GetExtension(fileName), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            return Refused("The file must be a CSV file (ending .csv), as downloaded from GIAS.");
        }

        if (file.Length > MaxBytes)
        {
            return Refused($"The file is larger than {MaxBytes / 1024 / 1024} MB. Download only your trust's establishments from GIAS.");
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
            return Refused("The file is not a CSV text file. Save it as CSV, or download it again from GIAS.");
        }

        var read = ReadFile(bytes);
        return read.IsValid
            ? new ImportRead(await ChoosePageAsync(fileName, bytes, read, selected: null, cancellationToken), null)
            : new ImportRead(null, Problems(read.Problems));
    }

    /// <summary>The choice page again for a sealed file and the URNs ticked; null when the file has expired, was changed or is not importable.</summary>
    public async Task<ImportChoosePage?> ChoosePageAsync(ImportConfirmForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (Unseal(form.Payload) is not { } bytes)
        {
            return null;
        }

        var read = ReadFile(bytes);
        return read.IsValid
            ? await ChoosePageAsync(Path.GetFileName(form.FileName ?? ""), bytes, read, [.. form.Urns ?? []], cancellationToken)
            : null;
    }

    /// <summary>Adds or updates the chosen URNs, all or nothing. Done's detail says how many were added and updated.</summary>
    public async Task<CommandResult> ConfirmAsync(ImportConfirmForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (Unseal(form.Payload) is not { } bytes)
        {
            return CommandResult.Refuse(Expired);
        }

        var read = ReadFile(bytes);
        if (!read.IsValid)
        {
            return Problems(read.Problems);
        }

        var chosen = (form.Urns ?? []).Distinct().ToHashSet();
        var inFile = read.Establishments.ToDictionary(e => e.Details.Urn);
        if (chosen.Count == 0)
        {
            return CommandResult.Refuse("Choose at least one school that belongs to the trust.");
        }

        if (chosen.Any(urn => !inFile.ContainsKey(urn)))
        {
            return CommandResult.Refuse("Choose only URNs from the file.");
        }

        var existing = await db.Schools.Where(s => chosen.Contains(s.Urn)).ToDictionaryAsync(s => s.Urn, cancellationToken);
        int added = 0, updated = 0;
        var result = await db.SaveCommandAsync(
            () =>
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

                return Guid.Empty;
            },
            cancellationToken,
            // Someone added one of these schools while the import ran: all or nothing, so nothing was saved.
            () => Task.FromResult<CommandResult?>(CommandResult.Refuse("Someone else changed the register while this import ran. Nothing has been imported; check the choice and import again.")));
        return result is CommandResult.Done
            ? CommandResult.Success(Guid.Empty, $"{added} school{(added == 1 ? "" : "s")} added, {updated} updated")
            : result;
    }

    /// <summary>
    /// The first time the page is shown, the schools already in the register and those whose GIAS
    /// "Trusts (name)" is this trust's name are ticked (so a trust of 190 schools does not tick 190
    /// boxes); shown again after a refusal, exactly the ticks the user sent.
    /// </summary>
    private async Task<ImportChoosePage> ChoosePageAsync(string fileName, byte[] bytes, GiasReadResult read, HashSet<int>? selected, CancellationToken cancellationToken)
    {
        var urns = read.Establishments.Select(e => e.Details.Urn).ToList();
        var inRegister = (await db.Schools.Where(s => urns.Contains(s.Urn)).Select(s => s.Urn).ToListAsync(cancellationToken)).ToHashSet();
        var trustId = trust.TrustId ?? throw new InvalidOperationException("The import needs a trust.");
        var trustName = await db.Trusts.Where(t => t.Id == trustId).Select(t => t.Name).SingleAsync(cancellationToken);
        var rows = read.Establishments
            .Select(e =>
            {
                var urn = e.Details.Urn;
                var matches = SameTrustName(e.Trusts, trustName);
                return new ImportChoice(e, inRegister.Contains(urn), matches, selected?.Contains(urn) ?? (inRegister.Contains(urn) || matches));
            })
            .ToList();
        return new ImportChoosePage(fileName, Seal(bytes), trustName, rows);
    }

    /// <summary>
    /// Whether GIAS's "Trusts (name)" names this trust: the same words, ignoring case and runs of
    /// white space ("DERBY DIOCESAN ACADEMY TRUST" is "Derby Diocesan  Academy Trust"). Exact otherwise:
    /// no prefix, abbreviation or "Ltd" guessing, so a similarly named trust is never ticked.
    /// </summary>
    public static bool SameTrustName(string? giasTrusts, string trustName)
    {
        ArgumentNullException.ThrowIfNull(trustName);
        return giasTrusts is not null && string.Equals(Words(giasTrusts), Words(trustName), StringComparison.OrdinalIgnoreCase);

        static string Words(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Every problem with the file, one line each ("Line 3: ..."; line 0 is the file as a whole).</summary>
    private static CommandResult.Refused Problems(IEnumerable<GiasProblem> problems) =>
        new([.. problems.Select(p => p.Line > 0 ? $"Line {p.Line}: {p.Reason}" : p.Reason)]);

    private static ImportRead Refused(string reason) => new(null, new CommandResult.Refused([reason]));

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
