using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Storage;

namespace SchoolImprovement.Web.Features.Returns;

/// <summary>A version's stored file, opened for streaming, with the name and type to send it under.</summary>
public sealed record ReturnFile(Stream Content, string FileName, string ContentType);

/// <summary>
/// Opens a version's file from the <see cref="IFileStore"/> (never from a path the user gave); the controller
/// sends it through <see cref="Uploads.DocumentDownload"/> (attachment, cleaned name, allow-listed type, nosniff).
/// </summary>
public sealed class DownloadReturnHandler(PortalDbContext db, IFileStore store)
{
    public async Task<ReturnFile?> OpenAsync(Guid id, CancellationToken ct)
    {
        var file = await db.ReturnVersions.Where(v => v.Id == id)
            .Join(db.StoredFiles, v => v.FileId, f => f.Id, (v, f) => new { f.StorageKey, f.OriginalName, f.ContentType })
            .SingleOrDefaultAsync(ct);
        if (file is null || await store.OpenReadAsync(file.StorageKey, ct) is not { } content)
        {
            return null;
        }

        return new ReturnFile(content, file.OriginalName, file.ContentType);
    }
}
