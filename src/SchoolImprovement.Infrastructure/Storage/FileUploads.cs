using Microsoft.Extensions.Logging;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Infrastructure.Storage;

/// <summary>
/// Keeps an uploaded file for the current trust: stores the bytes first, then registers the
/// <see cref="StoredFile"/>, so a registered file always has its bytes. If the store fails (mid-write
/// included) nothing is registered and whatever the store may hold under the key is removed; if the
/// registration fails the stored file is removed, so no bytes are left that nothing points to. The
/// key is made here ("{trust}/{file id}", both Guids), never from the uploaded name. Checking what
/// may be uploaded (extension, magic bytes, size) is the caller's, before this.
/// </summary>
public sealed partial class FileUploads(PortalDbContext db, IFileStore store, TrustContext trust, TimeProvider clock, ILogger<FileUploads> logger)
{
    public async Task<StoredFile> SaveAsync(Stream content, string originalName, string contentType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(originalName);
        ArgumentNullException.ThrowIfNull(contentType);
        var trustId = trust.TrustId ?? throw new InvalidOperationException("Files are kept for a trust: no trust is set.");
        var uploader = trust.UserId ?? throw new InvalidOperationException("Files are kept for a person: nobody is signed in.");
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var key = $"{trustId:N}/{id:N}";

        using var hashing = new HashingReadStream(content);
        try
        {
            await store.SaveAsync(key, hashing, ct);
        }
        catch
        {
            await RemoveAsync(key);
            throw;
        }

        var file = new StoredFile(id, Fit(Path.GetFileName(originalName), StoredFile.OriginalNameLength), Fit(contentType, StoredFile.ContentTypeLength),
            hashing.BytesRead, hashing.Sha256(), key, uploader, now);
        db.Add(file);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            db.Entry(file).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
            await RemoveAsync(key);
            throw;
        }

        return file;
    }

    /// <summary>Best effort: a file that cannot be removed is logged (by key, never by name) for the operator to remove.</summary>
    private async Task RemoveAsync(string key)
    {
        try
        {
            await store.DeleteAsync(key, CancellationToken.None);
        }
#pragma warning disable CA1031 // The original failure is the one to report; this one is logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogNotRemoved(logger, e, key);
        }
    }

    private static string Fit(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored file {Key} could not be removed after its upload failed; remove it by hand")]
    private static partial void LogNotRemoved(ILogger logger, Exception failure, string key);
}
